// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VASTQT_TESTS_TESTSERVER_H
#define VASTQT_TESTS_TESTSERVER_H

#include <QtCore/QByteArray>
#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QPair>
#include <QtCore/QString>
#include <QtCore/QUrl>
#include <QtCore/QUrlQuery>

#include <memory>

/*!
    \brief The local ad server that tests share: QtHttpServer on 127.0.0.1, a free port.

    Serves, by default:
    - \c /corpus/<path>: files of the shared IAB corpus (VASTQT_CORPUS_DIR), as application/xml;
    - \c /data/<path>: files of tests/data (VASTQT_TEST_DATA_DIR);
    - \c /track/<anything>: a beacon endpoint that answers 200 with a 1x1 GIF;
    - anything configured with setResponse() / setResponseSequence() / setRedirect();
    - everything else: 404.
    Every request is recorded (path, query, headers, time) before it is answered.

    All QtHttpServer calls of the test suite live in this class: its API changed in Qt 6.8.
*/
class TestServer : public QObject
{
    Q_OBJECT
public:
    /*! One canned answer. delayMs holds the answer back that long (never blocks the loop). */
    struct Response {
        int status = 200;
        QByteArray body;
        QByteArray contentType = QByteArrayLiteral("application/xml");
        int delayMs = 0;
        QList<QPair<QByteArray, QByteArray>> headers;
    };

    /*! One recorded request. receivedAtMs counts from start(). */
    struct Request {
        QByteArray method;
        QString path;
        QUrlQuery query;
        QUrl url;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        qint64 receivedAtMs = 0;

        /*! The value of header \a name (case-insensitive), empty when absent. */
        QByteArray rawHeader(const QByteArray &name) const
        {
            for (const auto &h : headers) {
                if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                    return h.second;
            }
            return QByteArray();
        }
    };

    explicit TestServer(QObject *parent = nullptr);
    ~TestServer() override;

    /*! Listens on 127.0.0.1 on a free port; false if that failed. */
    bool start();
    quint16 port() const;
    /*! http://127.0.0.1:<port><path>; \a path starts with '/', may carry a query. */
    QUrl url(const QString &path) const;
    /*! The file tests/data/\a path with every "http://vastqt-test-server" (the placeholder
        host of the test documents) replaced by this server's http://127.0.0.1:<port>; empty
        when the file cannot be read. */
    QByteArray testData(const QString &path) const;

    /*! Answers \a path (no query) with \a response from now on. */
    void setResponse(const QString &path, const Response &response);
    /*! Answers successive requests to \a path with \a responses in turn; the last repeats. */
    void setResponseSequence(const QString &path, const QList<Response> &responses);
    /*! Answers \a path with an HTTP redirect (\a status) to \a target. */
    void setRedirect(const QString &path, const QUrl &target, int status = 302);
    /*! Convenience: setResponse(path, {200, body}). */
    void setBody(const QString &path, const QByteArray &body,
                 const QByteArray &contentType = QByteArrayLiteral("application/xml"));

    QList<Request> requests() const;
    /*! The recorded requests whose path equals \a path (query ignored). */
    QList<Request> requestsFor(const QString &path) const;
    /*! The recorded requests whose path starts with \a prefix. */
    QList<Request> requestsWithPrefix(const QString &prefix) const;
    void clearRequests();

    /*! A port on 127.0.0.1 where nothing listens (for "dead server" tests). */
    static quint16 unusedPort();

    /*! \a data compressed in the gzip format (RFC 1952), for Content-Encoding: gzip answers. */
    static QByteArray gzip(const QByteArray &data);

Q_SIGNALS:
    void requestReceived(const TestServer::Request &request);

private:
    class Private;
    std::unique_ptr<Private> const d;
};

#endif // VASTQT_TESTS_TESTSERVER_H

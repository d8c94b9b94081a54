// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VASTQT_INSPECTORAPP_H
#define VASTQT_INSPECTORAPP_H

#include <QtCore/QObject>
#include <QtCore/QStringList>
#include <QtCore/QUrl>
#include <QtQml/qqmlregistration.h>

struct InspectorOptions;

/*!
    \brief What the inspector window needs from outside QML: the tag given on the command
    line, the embedded demo server's tag, the recent tags (QSettings, kept across runs) and
    turning what the user typed or dropped into a URL or a document.

    A multi-source start (`--source A --source B --fallback C --strategy race`) comes as
    initialSources / initialFallbacks / initialStrategy ("sequential", "parallel", "race"),
    with sourceTimeout and overallTimeout in ms (0 for overallTimeout: none).
    contentDurationMs (`--content-duration`, -1 when not given) places VMAP breaks.
*/
class InspectorApp : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by main()")
    Q_PROPERTY(QString initialTag READ initialTag CONSTANT)
    Q_PROPERTY(QUrl demoTagUrl READ demoTagUrl CONSTANT)
    Q_PROPERTY(QStringList recentTags READ recentTags NOTIFY recentTagsChanged)
    Q_PROPERTY(bool realtime READ realtime CONSTANT)
    Q_PROPERTY(double speed READ speed CONSTANT)
    Q_PROPERTY(QStringList initialSources READ initialSources CONSTANT)
    Q_PROPERTY(QStringList initialFallbacks READ initialFallbacks CONSTANT)
    Q_PROPERTY(QString initialStrategy READ initialStrategy CONSTANT)
    Q_PROPERTY(int sourceTimeout READ sourceTimeout CONSTANT)
    Q_PROPERTY(int overallTimeout READ overallTimeout CONSTANT)
    Q_PROPERTY(qint64 contentDurationMs READ contentDurationMs CONSTANT)
public:
    explicit InspectorApp(QObject *parent = nullptr);

    /*! Opens the inspector window on \a options (checked by InspectorOptions::parse(), a
        display available) in a QGuiApplication made of \a argc and \a argv, and runs it;
        returns the exit code. */
    static int exec(int argc, char *argv[], const InspectorOptions &options);

    QString initialTag() const { return m_initialTag; }
    void setInitialTag(const QString &tag) { m_initialTag = tag; }
    QUrl demoTagUrl() const { return m_demoTagUrl; }
    void setDemoTagUrl(const QUrl &url) { m_demoTagUrl = url; }
    bool realtime() const { return m_realtime; }
    void setRealtime(bool realtime) { m_realtime = realtime; }
    double speed() const { return m_speed; }
    void setSpeed(double speed) { m_speed = speed; }
    QStringList initialSources() const { return m_initialSources; }
    void setInitialSources(const QStringList &sources) { m_initialSources = sources; }
    QStringList initialFallbacks() const { return m_initialFallbacks; }
    void setInitialFallbacks(const QStringList &fallbacks) { m_initialFallbacks = fallbacks; }
    QString initialStrategy() const { return m_initialStrategy; }
    void setInitialStrategy(const QString &strategy) { m_initialStrategy = strategy; }
    /*! Timeout of each request of a load, ms (default 5000). */
    int sourceTimeout() const { return m_sourceTimeout; }
    void setSourceTimeout(int msecs) { m_sourceTimeout = msecs; }
    /*! Time a whole load may take, ms; 0 (default) = no limit. */
    int overallTimeout() const { return m_overallTimeout; }
    void setOverallTimeout(int msecs) { m_overallTimeout = msecs; }
    /*! Duration of the content, ms, for VMAP breaks; -1 (default) = unknown. */
    qint64 contentDurationMs() const { return m_contentDurationMs; }
    void setContentDurationMs(qint64 msecs) { m_contentDurationMs = msecs > 0 ? msecs : -1; }

    /*! The last tags loaded, newest first, at most 10. */
    QStringList recentTags() const;
    Q_INVOKABLE void addRecentTag(const QString &tag);
    Q_INVOKABLE void clearRecentTags();

    /*! Whether \a text is a pasted document rather than a URL or a path. */
    Q_INVOKABLE static bool isXml(const QString &text);
    /*! \a text as a URL: http(s), file: and qrc: as they are, a local path as a file: URL. */
    Q_INVOKABLE static QUrl tagUrl(const QString &text);
    /*! The tags of \a text, one per line (as tagUrl() reads each); blank lines and lines
        starting with '#' are skipped, duplicates dropped. */
    Q_INVOKABLE static QList<QUrl> tagUrls(const QString &text);
    /*! A file name for an exported report, in the documents folder. */
    Q_INVOKABLE static QUrl suggestedReportUrl();

Q_SIGNALS:
    void recentTagsChanged();

private:
    QString m_initialTag;
    QUrl m_demoTagUrl;
    bool m_realtime = true;
    double m_speed = 1.0;
    QStringList m_initialSources;
    QStringList m_initialFallbacks;
    QString m_initialStrategy = QStringLiteral("sequential");
    int m_sourceTimeout = 5000;
    int m_overallTimeout = 0;
    qint64 m_contentDurationMs = -1;
};

#endif // VASTQT_INSPECTORAPP_H

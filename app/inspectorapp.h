// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VASTQT_INSPECTORAPP_H
#define VASTQT_INSPECTORAPP_H

#include <QtCore/QObject>
#include <QtCore/QStringList>
#include <QtCore/QUrl>
#include <QtQml/qqmlregistration.h>

/*!
    \brief What the inspector window needs from outside QML: the tag given on the command
    line, the embedded demo server's tag, the recent tags (QSettings, kept across runs) and
    turning what the user typed or dropped into a URL or a document.
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
public:
    explicit InspectorApp(QObject *parent = nullptr);

    QString initialTag() const { return m_initialTag; }
    void setInitialTag(const QString &tag) { m_initialTag = tag; }
    QUrl demoTagUrl() const { return m_demoTagUrl; }
    void setDemoTagUrl(const QUrl &url) { m_demoTagUrl = url; }
    bool realtime() const { return m_realtime; }
    void setRealtime(bool realtime) { m_realtime = realtime; }
    double speed() const { return m_speed; }
    void setSpeed(double speed) { m_speed = speed; }

    /*! The last tags loaded, newest first, at most 10. */
    QStringList recentTags() const;
    Q_INVOKABLE void addRecentTag(const QString &tag);
    Q_INVOKABLE void clearRecentTags();

    /*! Whether \a text is a pasted document rather than a URL or a path. */
    Q_INVOKABLE static bool isXml(const QString &text);
    /*! \a text as a URL: http(s), file: and qrc: as they are, a local path as a file: URL. */
    Q_INVOKABLE static QUrl tagUrl(const QString &text);
    /*! A file name for an exported report, in the documents folder. */
    Q_INVOKABLE static QUrl suggestedReportUrl();

Q_SIGNALS:
    void recentTagsChanged();

private:
    QString m_initialTag;
    QUrl m_demoTagUrl;
    bool m_realtime = true;
    double m_speed = 1.0;
};

#endif // VASTQT_INSPECTORAPP_H

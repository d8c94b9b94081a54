// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VASTQT_ORCHESTRATOR_H
#define VASTQT_ORCHESTRATOR_H

#include "vastqt_export.h"
#include "orchestrator/adrequest.h"
#include "playback/mediafileselector.h"

#include <QtCore/QObject>
#include <QtCore/QUrlQuery>

#include <memory>

namespace VastQt
{

class Transport;
class Tracker;

/*!
    \brief How serve() fetches (seed 002, "FetchConfig").

    sources are tried one by one in order (the sequential strategy); fallbacks only when
    every source failed. params are added to each source URL's query (the URL's own values
    win); sourceTimeoutMs bounds each wrapper hop, overallTimeoutMs the whole serve()
    (0: none). maxWrapperDepth is the Wrapper limit per ad (1..10). mediaFiles says which
    MediaFile the player can play (SELECT phase). autoTrackErrors fires the Error URIs of
    failed chains with [ERRORCODE] (TRACK phase).
*/
struct VASTQT_EXPORT FetchConfig {
    QList<QUrl> sources;
    QList<QUrl> fallbacks;
    QUrlQuery params;
    int sourceTimeoutMs = 5000;
    int overallTimeoutMs = 0;
    int maxWrapperDepth = 5;
    qint64 maxResponseBytes = 2 * 1024 * 1024;
    MediaFileSelector::Config mediaFiles;
    bool autoTrackErrors = true;
};

class ServeReplyPrivate;

/*!
    \brief The reply of Orchestrator::serve(): finished() exactly once, never from inside
    serve(), preceded by errorOccurred() when no source gave a playable ad. Owned by the
    caller (deleteLater() in the finished() handler).
*/
class VASTQT_EXPORT ServeReply : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServeReply)
public:
    ~ServeReply() override;

    /*! The response; complete once isFinished(). */
    AdResponse response() const;
    bool isFinished() const;
    /*! Stops the work; finishes with 301 in phase fetch if still running. */
    void abort();
    /*! The tracker that fired the Error URIs of failed chains (TRACK phase); its beacons
        belong in the tracking timeline. Owned by the reply. */
    Tracker *errorTracker() const;

Q_SIGNALS:
    /*! A document was fetched (tag or wrapper hop) from \a source. */
    void hopFinished(const QUrl &source, const VastQt::WrapperHop &hop);
    void errorOccurred(VastQt::ErrorCode code, VastQt::Phase phase, const QString &message);
    void finished();

private:
    friend class Orchestrator;
    friend class OrchestratorPrivate;
    explicit ServeReply(QObject *parent = nullptr);
    std::unique_ptr<ServeReplyPrivate> const d;
};

class OrchestratorPrivate;

/*!
    \brief Serves an AdRequest from configured sources through one pipeline,
    FETCH → PARSE → SELECT → TRACK (seeds 002 and 004, serve verb of DESIGN.md).

    FETCH and PARSE: each source's tag is fetched and its Wrapper chain resolved by a
    WrapperResolver (codes 100–102, 301–303). SELECT: the first resolved ad with a Linear
    creative and a MediaFile that MediaFileSelector accepts wins (403 when none fits).
    TRACK: Error URIs of every failed chain or selection are fired with their code. A
    single tag is a one-source serve(); VastClient uses it so.
*/
class VASTQT_EXPORT Orchestrator : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Orchestrator)
public:
    /*! \a transport fetches tags and fires error beacons; not owned. */
    explicit Orchestrator(Transport *transport, QObject *parent = nullptr);
    ~Orchestrator() override;

    /*! Turns a URI template into a URL (request macros such as [CACHEBUSTING]); applied to
        source URLs and VASTAdTagURIs. */
    void setUrlExpander(const std::function<QUrl(const QString &)> &expander);

    /*! Serves \a request from \a config's sources. */
    ServeReply *serve(const AdRequest &request, const FetchConfig &config);
    /*! Serves a tag given as bytes (stdin, pasted XML) named \a baseUrl. */
    ServeReply *serve(const AdRequest &request, const QByteArray &xml, const QUrl &baseUrl,
                      const FetchConfig &config);

private:
    std::unique_ptr<OrchestratorPrivate> const d;
};

} // namespace VastQt

#endif // VASTQT_ORCHESTRATOR_H

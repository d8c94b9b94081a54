// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VASTQT_QML_VASTADLOADER_H
#define VASTQT_QML_VASTADLOADER_H

#include <VastQt/adbreakmodel.h>
#include <VastQt/adtreemodel.h>
#include <VastQt/compliancemodel.h>
#include <VastQt/vastclient.h>
#include <VastQt/metricsmiddleware.h>
#include <VastQt/mediafilemodel.h>
#include <VastQt/sourceoutcomemodel.h>
#include <VastQt/trackingtimelinemodel.h>
#include <VastQt/wrapperchainmodel.h>
#include <VastQt/vastqtqml_export.h>

#include <QtCore/QObject>
#include <QtCore/QUrl>
#include <QtCore/QVariantList>
#include <QtQml/QQmlParserStatus>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace VastQt
{

class VastAdLoaderPrivate;

/*!
    \brief Loads a VAST tag in QML: a declarative VastClient (the load verb of DESIGN.md).

    \qml
    VastAdLoader {
        id: loader
        source: "https://ads.example/vast.xml"
        onStatusChanged: if (status === VastAdLoader.Ready) player.play()
    }
    \endqml

    Set source (http, https, file or qrc) or xml (a pasted document; source then names it in
    the chain). Nothing is fetched before componentComplete() nor while active is false;
    changes made together start one load, from the event loop.

    status:
    - Null: nothing to load (no source, no xml, or not active);
    - Loading: the Wrapper chain is being resolved;
    - Ready: an InLine ad and its MediaFile were selected; stays Ready while it plays;
    - Error: the load failed; errorString and errors say why (IAB codes 100–102, 200–205,
      300–303, 403 as VAST 4.3 §2.3.6.3 numbers them).

    Several sources (seed 002): set sources (and fallbacks, tried only when every primary
    failed), strategy and overallTimeout; a non-empty sources list is loaded instead of
    source (xml still wins over both). Like source, changing sources or fallbacks starts a
    load; strategy, overallTimeout, timeout and contentDurationMs apply from the next one. sourceOutcomes then says what each source did and
    which one won; it is pending from the start of a load to its end.

    VMAP 1.0: when the tag is a VMAP document, vmap is true and breaks holds its ad breaks
    scheduled on a content timeline of contentDurationMs (also the AdRequest's content
    duration); the breaks follow playback as VastClient reports it (breakStarted, adStarted,
    breakEnded), and what became of each break comes from VastClient::report().

    Pods and VMAP breaks: as each ad starts, adTitle, durationMs, mediaUrl, ..., mediaFiles,
    adTree and the timeline's time axis switch to it, and the timeline starts a new segment
    (TrackingTimelineModel::startSegment()).

    The models fill live: wrapperChain as each hop arrives, timeline as each beacon fires
    (the Error URIs of a failed chain, then the ad's own), mediaFiles and adTree once Ready.
    errors lists every error as { code, phase, message, meaning, source }.
*/
class VASTQTQML_EXPORT VastAdLoader : public QObject, public QQmlParserStatus
{
    Q_OBJECT
    QML_ELEMENT
    Q_INTERFACES(QQmlParserStatus)
    Q_PROPERTY(QUrl source READ source WRITE setSource NOTIFY sourceChanged)
    Q_PROPERTY(QString xml READ xml WRITE setXml NOTIFY xmlChanged)
    Q_PROPERTY(bool active READ isActive WRITE setActive NOTIFY activeChanged)
    Q_PROPERTY(Status status READ status NOTIFY statusChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY statusChanged)
    Q_PROPERTY(int timeout READ timeout WRITE setTimeout NOTIFY timeoutChanged)
    Q_PROPERTY(int maxDepth READ maxDepth WRITE setMaxDepth NOTIFY maxDepthChanged)
    Q_PROPERTY(QVariantList errors READ errors NOTIFY errorsChanged)
    Q_PROPERTY(QString adTitle READ adTitle NOTIFY adChanged)
    Q_PROPERTY(QString adSystem READ adSystem NOTIFY adChanged)
    Q_PROPERTY(QString adId READ adId NOTIFY adChanged)
    Q_PROPERTY(qint64 durationMs READ durationMs NOTIFY adChanged)
    Q_PROPERTY(qint64 skipoffsetMs READ skipoffsetMs NOTIFY adChanged)
    Q_PROPERTY(QUrl mediaUrl READ mediaUrl NOTIFY adChanged)
    Q_PROPERTY(QUrl clickThrough READ clickThrough NOTIFY adChanged)
    Q_PROPERTY(qint64 resolutionTimeMs READ resolutionTimeMs NOTIFY adChanged)
    Q_PROPERTY(VastQt::WrapperChainModel *wrapperChain READ wrapperChain CONSTANT)
    Q_PROPERTY(VastQt::MediaFileModel *mediaFiles READ mediaFiles CONSTANT)
    Q_PROPERTY(VastQt::TrackingTimelineModel *timeline READ timeline CONSTANT)
    Q_PROPERTY(VastQt::AdTreeModel *adTree READ adTree CONSTANT)
    Q_PROPERTY(VastQt::VastClient *client READ client CONSTANT)
    Q_PROPERTY(QList<QUrl> sources READ sources WRITE setSources NOTIFY sourcesChanged)
    Q_PROPERTY(QList<QUrl> fallbacks READ fallbacks WRITE setFallbacks NOTIFY fallbacksChanged)
    Q_PROPERTY(Strategy strategy READ strategy WRITE setStrategy NOTIFY strategyChanged)
    Q_PROPERTY(int overallTimeout READ overallTimeout WRITE setOverallTimeout NOTIFY overallTimeoutChanged)
    Q_PROPERTY(qint64 contentDurationMs READ contentDurationMs WRITE setContentDurationMs NOTIFY contentDurationMsChanged)
    Q_PROPERTY(VastQt::SourceOutcomeModel *sourceOutcomes READ sourceOutcomes CONSTANT)
    Q_PROPERTY(VastQt::AdBreakModel *breaks READ breaks CONSTANT)
    Q_PROPERTY(VastQt::ComplianceModel *compliance READ compliance CONSTANT)
    Q_PROPERTY(VastQt::MetricsMiddleware *metrics READ metrics CONSTANT)
    Q_PROPERTY(bool vmap READ isVmap NOTIFY vmapChanged)
public:
    //! The load's progress (see the class description): Null, Loading, Ready or Error.
    enum class Status { Null, Loading, Ready, Error };
    Q_ENUM(Status)

    /*! How several sources are fetched (FetchConfig::Strategy).
        \value Sequential one by one in order, stop at the first playable ad
        \value Parallel   all at once; the first playable ad by source order wins
        \value Race       all at once; the first playable answer wins, the others are aborted */
    enum class Strategy { Sequential, Parallel, Race };
    Q_ENUM(Strategy)

    //! A loader with no source, active, with a VastClient of its own.
    explicit VastAdLoader(QObject *parent = nullptr);
    ~VastAdLoader() override;

    //! The VAST or VMAP tag to load (http, https, file or qrc).
    QUrl source() const;
    //! Sets source(); emits sourceChanged() and starts a load from the event loop (after componentComplete(), while
    //! active).
    void setSource(const QUrl &source);
    /*! A VAST document given as text; when not empty it is loaded instead of fetching source. */
    QString xml() const;
    //! Sets xml(); emits xmlChanged() and starts a load like setSource().
    void setXml(const QString &xml);
    /*! Default true; false clears nothing but starts no load. */
    bool isActive() const;
    //! Sets isActive(); emits activeChanged(). Becoming active starts a load of what is set.
    void setActive(bool active);

    //! The load's status; statusChanged() on each change.
    Status status() const;
    //! Why the load failed, in words; empty unless status() is Error.
    QString errorString() const;

    /*! Timeout of each request (wrapper hop, beacon attempt), ms; default 5000. */
    int timeout() const;
    //! Sets timeout() to \a msecs; emits timeoutChanged(). Applies from the next load.
    void setTimeout(int msecs);
    /*! Most Wrappers followed, 1..10; default 5. */
    int maxDepth() const;
    //! Sets maxDepth() to \a depth (clamped to 1..10); emits maxDepthChanged().
    void setMaxDepth(int depth);

    //! Every error of the last load, as { code, phase, message, meaning, source } maps; errorsChanged() on a change.
    QVariantList errors() const;
    //! The playing ad's <AdTitle>, empty before Ready; adChanged() on a change.
    QString adTitle() const;
    //! The playing ad's <AdSystem> name, empty before Ready.
    QString adSystem() const;
    //! The playing ad's id attribute, empty before Ready.
    QString adId() const;
    /*! The Linear's duration in ms, -1 before Ready. */
    qint64 durationMs() const;
    /*! The Linear's skipoffset in ms, -1 when not skippable. */
    qint64 skipoffsetMs() const;
    //! The URL of the selected MediaFile, empty before Ready.
    QUrl mediaUrl() const;
    //! The Linear's <ClickThrough> URL, empty when there is none; the caller opens it.
    QUrl clickThrough() const;
    //! The wall time of the load (VastClient serve(), Wrapper chain included), in ms; adChanged() on a change.
    qint64 resolutionTimeMs() const;

    /*! The primary tags of a multi-source load (http, https, file or qrc); empty (default):
        load source alone. */
    QList<QUrl> sources() const;
    //! Sets sources(); emits sourcesChanged() and starts a load.
    void setSources(const QList<QUrl> &sources);
    /*! Tags tried, with the same strategy, only when every primary failed. */
    QList<QUrl> fallbacks() const;
    //! Sets fallbacks(); emits fallbacksChanged() and starts a load.
    void setFallbacks(const QList<QUrl> &fallbacks);
    /*! Default Sequential. */
    Strategy strategy() const;
    //! Sets strategy(); emits strategyChanged(). Applies from the next load.
    void setStrategy(Strategy strategy);
    /*! Time the whole load may take, ms; 0 (default) = no limit (301 in phase fetch). */
    int overallTimeout() const;
    //! Sets overallTimeout() to \a msecs; emits overallTimeoutChanged(). Applies from the next load.
    void setOverallTimeout(int msecs);
    /*! Duration of the content the ads play in, ms; -1 (default) = unknown. Places VMAP breaks
        given in percent or at "end". */
    qint64 contentDurationMs() const;
    //! Sets contentDurationMs() to \a msecs; emits contentDurationMsChanged(). Applies from the next load.
    void setContentDurationMs(qint64 msecs);

    /*! What each source did in the last load (one row per configured source). */
    SourceOutcomeModel *sourceOutcomes() const;
    /*! The ad breaks of a VMAP tag, empty for a VAST tag. */
    AdBreakModel *breaks() const;
    /*! The compliance report of the last load (RunReport::compliance): per hop, its
        findings against the IAB schema and the spec's rules; filled when the load ends. */
    ComplianceModel *compliance() const;
    /*! Requests, failures and latency percentiles (ms) per source, over every load of this
        loader: the MetricsMiddleware the client's tag and Wrapper requests pass through. In
        QML: metrics.snapshot(url).p50Ms, metrics.requests(url), metrics.totalRequests. */
    MetricsMiddleware *metrics() const;
    /*! Whether the last loaded tag is a VMAP document. */
    bool isVmap() const;

    //! The documents of the Wrapper chain, one row per hop, filled as each arrives.
    WrapperChainModel *wrapperChain() const;
    //! The selected ad's MediaFiles, ranked, filled once Ready.
    MediaFileModel *mediaFiles() const;
    //! Every beacon of the run as it fires, on the ad's time axis.
    TrackingTimelineModel *timeline() const;
    //! The selected ad as a tree of its elements, filled once Ready.
    AdTreeModel *adTree() const;
    /*! The client doing the work; owned by the loader. */
    VastClient *client() const;

    /*! Loads source / xml again (from the event loop). */
    Q_INVOKABLE void reload();
    /*! The JSON report of the run (VastClient::report(), the `--headless` interface). */
    Q_INVOKABLE QString reportJson(bool compact = false) const;
    /*! Writes reportJson() to the local file \a fileUrl; false (and a warning) on failure. */
    Q_INVOKABLE bool exportReport(const QUrl &fileUrl) const;
    /*! The first document source \a row of sourceOutcomes answered, as received; empty when
        it answered none. */
    Q_INVOKABLE QString sourceDocument(int row) const;
    /*! The IAB description of error \a code (English; the UI translates its own labels). */
    Q_INVOKABLE QString errorMeaning(int code) const;

    //! QQmlParserStatus: the component's properties are being set; no load starts until componentComplete().
    void classBegin() override;
    //! QQmlParserStatus: the properties are set; starts the first load (from the event loop).
    void componentComplete() override;

Q_SIGNALS:
    //! source() changed.
    void sourceChanged();
    //! xml() changed.
    void xmlChanged();
    //! isActive() changed.
    void activeChanged();
    //! status() changed (errorString() with it).
    void statusChanged();
    //! timeout() changed.
    void timeoutChanged();
    //! maxDepth() changed.
    void maxDepthChanged();
    //! errors() changed.
    void errorsChanged();
    //! The ad changed (a load became Ready, or the next ad of a pod or a VMAP break started): adTitle(),
    //! durationMs(), mediaUrl(), ... changed.
    void adChanged();
    //! sources() changed.
    void sourcesChanged();
    //! fallbacks() changed.
    void fallbacksChanged();
    //! strategy() changed.
    void strategyChanged();
    //! overallTimeout() changed.
    void overallTimeoutChanged();
    //! contentDurationMs() changed.
    void contentDurationMsChanged();
    //! isVmap() changed.
    void vmapChanged();
    /*! A VAST error, as it happens; \a phase is "fetch", "parse", "resolve", "select", "play". */
    void errorOccurred(int code, const QString &phase, const QString &message);
    /*! The run is over (load failed, or the ad ended) and every beacon settled. */
    void finished();

private:
    std::unique_ptr<VastAdLoaderPrivate> const d;
};

} // namespace VastQt

#endif // VASTQT_QML_VASTADLOADER_H

// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/vastplayer.h>

#include <VastQt/vastclient.h>
#include <VastQt/headlessplayer.h>
#include <VastQt/vastadloader.h>

#include <QtCore/QPointer>
#include <QtCore/QTimer>

using namespace Qt::StringLiterals;

namespace VastQt
{

class VastPlayerPrivate
{
public:
    VastPlayer *q = nullptr;
    std::unique_ptr<VastAdLoader> ownLoader;
    QPointer<VastAdLoader> loader;
    QPointer<Player> player;
    QPointer<QObject> videoOutput;
    QList<QMetaObject::Connection> loaderConnections;
    PlaybackConfig override; // mode and speed once set: the per-player override level
    QString profile;
    QString publisher;
    bool autoPlay = false;
    bool muted = false;
    bool audioEnabled = false;
    bool complete = false;
    bool pendingPlay = false;
    VastPlayer::Status status = VastPlayer::Status::Null;
    QString errorString;
    int error = 0;
    // Last values seen, so a deleted Player still answers and changes are signalled once.
    Player::State state = Player::State::Idle;
    qint64 position = 0;
    qint64 duration = -1;
    bool canSkip = false;

    VastClient *client() const { return loader ? loader->client() : nullptr; }

    void updateStatus()
    {
        VastPlayer::Status s = VastPlayer::Status::Null;
        QString err;
        int code = 0;
        if (player && state == Player::State::Error) {
            s = VastPlayer::Status::Error;
            code = int(player->error());
            err = player->errorString();
        } else if (loader && loader->status() == VastAdLoader::Status::Error) {
            s = VastPlayer::Status::Error;
            err = loader->errorString();
            const QVariantList errors = loader->errors();
            code = errors.isEmpty() ? 0 : errors.constLast().toMap().value(u"code"_s).toInt();
        } else if ((loader && loader->status() == VastAdLoader::Status::Loading)
                   || (player && (state == Player::State::Idle || state == Player::State::Loading))) {
            s = VastPlayer::Status::Loading;
        } else if (loader && loader->status() == VastAdLoader::Status::Ready) {
            s = VastPlayer::Status::Ready;
        }
        if (s == status && err == errorString && code == error)
            return;
        status = s;
        errorString = err;
        error = code;
        Q_EMIT q->statusChanged();
    }

    void setState(Player::State s)
    {
        if (s == state)
            return;
        state = s;
        Q_EMIT q->stateChanged();
        updateStatus();
    }

    void setPosition(qint64 p)
    {
        if (p == position)
            return;
        position = p;
        Q_EMIT q->positionChanged();
    }

    void setDuration(qint64 ms)
    {
        if (ms == duration)
            return;
        duration = ms;
        Q_EMIT q->durationChanged();
    }

    void setCanSkip(bool c)
    {
        if (c == canSkip)
            return;
        canSkip = c;
        Q_EMIT q->canSkipChanged();
    }

    void attachPlayer(Player *p)
    {
        if (player == p)
            return;
        if (player)
            player->disconnect(q);
        player = p;
        if (!p)
            return;
        if (auto *h = qobject_cast<HeadlessPlayer *>(p); h && override.isSet(PlaybackConfig::Field::Speed))
            h->setSpeedFactor(override.speed());
        QObject::connect(p, &Player::stateChanged, q, [this](Player::State s) { setState(s); });
        QObject::connect(p, &Player::positionChanged, q, [this](qint64 ms) { setPosition(ms); });
        QObject::connect(p, &Player::durationChanged, q, [this](qint64 ms) { setDuration(ms); });
        QObject::connect(p, &Player::canSkipChanged, q, [this](bool c) { setCanSkip(c); });
        QObject::connect(p, &Player::mutedChanged, q, [this](bool m) {
            if (m == muted)
                return;
            muted = m;
            Q_EMIT q->mutedChanged();
        });
        QObject::connect(p, &Player::finished, q, [this] {
            updateStatus();
            Q_EMIT q->finished();
        });
        if (muted)
            p->setMuted(true);
        setDuration(p->duration());
        setPosition(p->position());
        setCanSkip(p->canSkip());
        setState(p->state());
    }

    void connectLoader()
    {
        for (const auto &c : std::as_const(loaderConnections))
            QObject::disconnect(c);
        loaderConnections.clear();
        if (!loader)
            return;
        loaderConnections.append(QObject::connect(loader, &VastAdLoader::statusChanged, q, [this] {
            if (loader->status() != VastAdLoader::Status::Ready) {
                // A new load: forget the previous playback.
                attachPlayer(nullptr);
                setState(Player::State::Idle);
                setPosition(0);
                setDuration(-1);
                setCanSkip(false);
            }
            updateStatus();
            if (loader->status() == VastAdLoader::Status::Ready && (pendingPlay || autoPlay)) {
                pendingPlay = false;
                startClient();
            } else if (loader->status() == VastAdLoader::Status::Error) {
                pendingPlay = false;
            }
        }));
        loaderConnections.append(QObject::connect(loader, &VastAdLoader::sourceChanged, q, &VastPlayer::sourceChanged));
        loaderConnections.append(QObject::connect(loader->client(), &VastClient::statusChanged, q,
                                                  [this](VastClient::Status s) {
                                                      if (s == VastClient::Status::Playing)
                                                          attachPlayer(client()->player());
                                                  }));
        // Each ad of a pod or a VMAP break has its own player, made right after adStarted.
        loaderConnections.append(QObject::connect(
            loader->client(), &VastClient::adStarted, q,
            [this] {
                if (client() && client()->status() == VastClient::Status::Playing)
                    attachPlayer(client()->player());
            },
            Qt::QueuedConnection));
    }

    void startClient()
    {
        VastClient *c = client();
        if (!c || c->status() != VastClient::Status::Ready)
            return;
        c->setPlaybackOverride(override);
        c->setProfile(profile);
        c->setPublisher(publisher);
        c->setVideoOutput(videoOutput);
        c->setAudioEnabled(audioEnabled);
        c->play();
        attachPlayer(c->player());
    }
};

VastPlayer::VastPlayer(QObject *parent)
    : QObject(parent)
    , d(new VastPlayerPrivate)
{
    d->q = this;
}

VastPlayer::~VastPlayer()
{
    d->attachPlayer(nullptr);
    for (const auto &c : std::as_const(d->loaderConnections))
        disconnect(c);
}

VastAdLoader *VastPlayer::loader() const
{
    return d->loader;
}

void VastPlayer::setLoader(VastAdLoader *loader)
{
    if (loader == d->loader)
        return;
    const QUrl oldSource = source();
    d->attachPlayer(nullptr);
    d->loader = loader;
    if (loader != d->ownLoader.get())
        d->ownLoader.reset();
    d->connectLoader();
    Q_EMIT loaderChanged();
    if (source() != oldSource)
        Q_EMIT sourceChanged();
    d->updateStatus();
}

QUrl VastPlayer::source() const
{
    return d->loader ? d->loader->source() : QUrl();
}

void VastPlayer::setSource(const QUrl &source)
{
    if (!d->loader) {
        d->ownLoader = std::make_unique<VastAdLoader>();
        d->ownLoader->classBegin();
        d->loader = d->ownLoader.get();
        d->connectLoader();
        Q_EMIT loaderChanged();
        if (d->complete)
            d->ownLoader->componentComplete();
    }
    d->loader->setSource(source);
}

VastPlayer::Mode VastPlayer::mode() const
{
    switch (d->override.mode()) {
    case PlaybackConfig::Mode::Realtime:
        return Mode::Realtime;
    case PlaybackConfig::Mode::Headless:
        return Mode::Headless;
    case PlaybackConfig::Mode::Auto:
        break;
    }
    return Mode::Auto;
}

void VastPlayer::setMode(Mode mode)
{
    if (d->override.isSet(PlaybackConfig::Field::Mode) && mode == this->mode())
        return;
    const Mode before = this->mode();
    d->override.setMode(mode == Mode::Realtime ? PlaybackConfig::Mode::Realtime
                            : mode == Mode::Headless ? PlaybackConfig::Mode::Headless
                                                     : PlaybackConfig::Mode::Auto);
    if (mode != before)
        Q_EMIT modeChanged();
}

QString VastPlayer::profile() const
{
    return d->profile;
}

void VastPlayer::setProfile(const QString &profile)
{
    if (profile == d->profile)
        return;
    d->profile = profile;
    Q_EMIT profileChanged();
}

QString VastPlayer::publisher() const
{
    return d->publisher;
}

void VastPlayer::setPublisher(const QString &publisher)
{
    if (publisher == d->publisher)
        return;
    d->publisher = publisher;
    Q_EMIT publisherChanged();
}

bool VastPlayer::isRealtimeAvailable() const
{
    return true;
}

bool VastPlayer::isAudioEnabled() const
{
    return d->audioEnabled;
}

void VastPlayer::setAudioEnabled(bool enabled)
{
    if (enabled == d->audioEnabled)
        return;
    d->audioEnabled = enabled;
    if (VastClient *c = d->client())
        c->setAudioEnabled(enabled);
    Q_EMIT audioEnabledChanged();
}

double VastPlayer::speed() const
{
    return d->override.speed();
}

void VastPlayer::setSpeed(double speed)
{
    speed = qMax(0.0, speed);
    const bool changed = !qFuzzyCompare(speed + 1, d->override.speed() + 1);
    if (!changed && d->override.isSet(PlaybackConfig::Field::Speed))
        return;
    d->override.setSpeed(speed);
    if (VastClient *c = d->client())
        c->setSpeed(speed);
    if (auto *h = qobject_cast<HeadlessPlayer *>(d->player.data()))
        h->setSpeedFactor(speed);
    if (changed)
        Q_EMIT speedChanged();
}

bool VastPlayer::autoPlay() const
{
    return d->autoPlay;
}

void VastPlayer::setAutoPlay(bool autoPlay)
{
    if (autoPlay == d->autoPlay)
        return;
    d->autoPlay = autoPlay;
    Q_EMIT autoPlayChanged();
    if (autoPlay && d->complete && d->state == Player::State::Idle)
        play();
}

VastPlayer::Status VastPlayer::status() const
{
    return d->status;
}

QString VastPlayer::errorString() const
{
    return d->errorString;
}

int VastPlayer::error() const
{
    return d->error;
}

Player::State VastPlayer::state() const
{
    return d->state;
}

bool VastPlayer::isPlaying() const
{
    return d->state == Player::State::Playing;
}

bool VastPlayer::isPaused() const
{
    return d->state == Player::State::Paused;
}

void VastPlayer::setPaused(bool paused)
{
    if (paused)
        pause();
    else
        resume();
}

bool VastPlayer::isMuted() const
{
    return d->muted;
}

void VastPlayer::setMuted(bool muted)
{
    if (muted == d->muted)
        return;
    d->muted = muted;
    if (d->player)
        d->player->setMuted(muted);
    Q_EMIT mutedChanged();
}

qint64 VastPlayer::position() const
{
    return d->position;
}

qint64 VastPlayer::duration() const
{
    return d->duration;
}

qint64 VastPlayer::skipoffset() const
{
    if (d->player)
        return d->player->skipoffsetMs();
    return d->loader ? d->loader->skipoffsetMs() : -1;
}

bool VastPlayer::canSkip() const
{
    return d->canSkip;
}

QObject *VastPlayer::videoOutput() const
{
    return d->videoOutput;
}

void VastPlayer::setVideoOutput(QObject *videoOutput)
{
    if (videoOutput == d->videoOutput)
        return;
    d->videoOutput = videoOutput;
    if (VastClient *c = d->client())
        c->setVideoOutput(videoOutput);
    Q_EMIT videoOutputChanged();
}

void VastPlayer::play()
{
    if (!d->complete || !d->loader)
        return;
    VastClient *c = d->client();
    switch (c->status()) {
    case VastClient::Status::Ready:
        d->pendingPlay = false;
        // From the event loop: no signal from inside play().
        QTimer::singleShot(0, this, [this] { d->startClient(); });
        break;
    case VastClient::Status::Loading:
        d->pendingPlay = true;
        break;
    case VastClient::Status::Playing:
        if (d->state == Player::State::Paused) {
            resume();
            break;
        }
        // Playing already: start over from a fresh load (e.g. after a mode change).
        d->pendingPlay = true;
        d->loader->reload();
        break;
    case VastClient::Status::Null:
    case VastClient::Status::Finished:
    case VastClient::Status::Error:
        // A VastClient plays a load once: load again, then play.
        d->pendingPlay = true;
        d->loader->reload();
        break;
    }
}

bool VastPlayer::pause()
{
    return d->player && d->player->pause();
}

bool VastPlayer::resume()
{
    return d->player && d->player->resume();
}

bool VastPlayer::stop()
{
    d->pendingPlay = false;
    return d->player && d->player->stop();
}

bool VastPlayer::skip()
{
    return d->player && d->player->skip();
}

bool VastPlayer::click()
{
    if (!d->player || !d->player->click())
        return false;
    Q_EMIT clicked(d->loader ? d->loader->clickThrough() : QUrl());
    return true;
}

void VastPlayer::classBegin()
{
}

void VastPlayer::componentComplete()
{
    d->complete = true;
    if (d->ownLoader)
        d->ownLoader->componentComplete();
    if (d->autoPlay)
        play();
}

} // namespace VastQt

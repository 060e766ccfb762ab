#pragma once

#include "syncengine.h"

#include "api/ratelimitstatus.h"

#include <QDateTime>
#include <QTimer>
#include <QWidget>

class QLabel;

namespace ReleaseDesk::Views {

/// Status-bar panel: what is happening now (a sync's progress, the last message), when the release
/// was last synced (kept whatever else is said), and the GitHub API budget, with a countdown while
/// a rate limit makes it wait.
class SyncStatusWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit SyncStatusWidget(QWidget *parent = nullptr);

    QString activityText() const;
    QString budgetText() const;
    QString lastSyncText() const;

public Q_SLOTS:
    void showRateLimit(const ReleaseDesk::Api::RateLimitStatus &status);
    void showProgress(const ReleaseDesk::Models::SyncProgress &progress);
    void showWaiting(const QDateTime &until);
    void showWaitOver();
    void showFinished(const ReleaseDesk::Models::SyncOutcome &outcome);
    void showMessage(const QString &message);
    /// When the open release was last synced completely (invalid: never).
    void setLastSynced(const QDateTime &when);
    /// The demo or a workspace without a release: nothing is ever synced.
    void setNothingToSync();

Q_SIGNALS:
    /// The activity line changed (messages follow each other quickly: a sync ends after a triage).
    void activityChanged(const QString &text);
    /// When the release was last synced completely changed (invalid: never; `syncable` false: the
    /// demo or no release, nothing to sync).
    void lastSyncedChanged(const QDateTime &when, bool syncable);
    /// A sync reached the `index`th of `count` repositories.
    void progressChanged(int index, int count);

private:
    void updateCountdown();
    void setActivity(const QString &text);

    QLabel *m_activity;
    QLabel *m_lastSync;
    QLabel *m_budget;
    QTimer m_countdown;
    QDateTime m_waitUntil;
};

} // namespace ReleaseDesk::Views

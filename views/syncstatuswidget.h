#pragma once

#include "syncengine.h"

#include "api/ratelimitstatus.h"

#include <QDateTime>
#include <QTimer>
#include <QWidget>

class QLabel;

namespace ReleaseDesk::Views {

/// Status-bar panel: what the sync is doing and the GitHub API budget, with a countdown while a
/// rate limit makes it wait.
class SyncStatusWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit SyncStatusWidget(QWidget *parent = nullptr);

    QString activityText() const;
    QString budgetText() const;

public Q_SLOTS:
    void showRateLimit(const ReleaseDesk::Api::RateLimitStatus &status);
    void showProgress(const ReleaseDesk::Models::SyncProgress &progress);
    void showWaiting(const QDateTime &until);
    void showWaitOver();
    void showFinished(const ReleaseDesk::Models::SyncOutcome &outcome);
    void showMessage(const QString &message);

private:
    void updateCountdown();

    QLabel *m_activity;
    QLabel *m_budget;
    QTimer m_countdown;
    QDateTime m_waitUntil;
};

} // namespace ReleaseDesk::Views

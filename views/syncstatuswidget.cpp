#include "syncstatuswidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace ReleaseDesk::Views {

SyncStatusWidget::SyncStatusWidget(QWidget *parent)
    : QWidget(parent)
    , m_activity(new QLabel(this))
    , m_lastSync(new QLabel(this))
    , m_budget(new QLabel(this))
{
    // Repository names come from GitHub: never interpreted as markup.
    m_activity->setTextFormat(Qt::PlainText);
    m_budget->setTextFormat(Qt::PlainText);
    m_lastSync->setTextFormat(Qt::PlainText);
    m_lastSync->setAccessibleName(tr("Last sync"));
    m_activity->setAccessibleName(tr("Sync status"));
    m_budget->setAccessibleName(tr("GitHub API budget"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_activity, 1);
    layout->addWidget(m_lastSync);
    layout->addWidget(m_budget);
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &SyncStatusWidget::updateCountdown);
}

QString SyncStatusWidget::activityText() const
{
    return m_activity->text();
}

void SyncStatusWidget::setActivity(const QString &text)
{
    m_activity->setText(text);
    Q_EMIT activityChanged(text);
}

QString SyncStatusWidget::lastSyncText() const
{
    return m_lastSync->text();
}

void SyncStatusWidget::setLastSynced(const QDateTime &when)
{
    m_lastSync->setText(when.isValid()
            ? tr("Last synced %1").arg(QLocale().toString(when.toLocalTime(), QLocale::ShortFormat))
            : tr("Not synced yet"));
    Q_EMIT lastSyncedChanged(when, true);
}

void SyncStatusWidget::setNothingToSync()
{
    m_lastSync->clear();
    Q_EMIT lastSyncedChanged({}, false);
}

QString SyncStatusWidget::budgetText() const
{
    return m_budget->text();
}

void SyncStatusWidget::showRateLimit(const Api::RateLimitStatus &status)
{
    if (!status.isKnown())
        return;
    const QLocale locale;
    m_budget->setText(tr("API: %1 of %2 left, resets at %3")
                          .arg(locale.toString(status.remaining), locale.toString(status.limit),
                              locale.toString(status.resetAt.toLocalTime().time(), QLocale::ShortFormat)));
}

void SyncStatusWidget::showProgress(const Models::SyncProgress &progress)
{
    setActivity(tr("Syncing %1 (%2 of %3): %4 pages, %5 items")
                    .arg(progress.repository)
                    .arg(progress.repositoryIndex)
                    .arg(progress.repositoryCount)
                    .arg(progress.pages)
                    .arg(progress.items));
    Q_EMIT progressChanged(progress.repositoryIndex, progress.repositoryCount);
}

void SyncStatusWidget::showWaiting(const QDateTime &until)
{
    m_waitUntil = until;
    updateCountdown();
    m_countdown.start();
}

void SyncStatusWidget::showWaitOver()
{
    m_countdown.stop();
}

void SyncStatusWidget::updateCountdown()
{
    const auto seconds = std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(m_waitUntil));
    setActivity(tr("Waiting for GitHub's rate limit: %1:%2")
                    .arg(seconds / 60)
                    .arg(seconds % 60, 2, 10, QLatin1Char('0')));
    if (seconds == 0)
        m_countdown.stop();
}

void SyncStatusWidget::showFinished(const Models::SyncOutcome &outcome)
{
    m_countdown.stop();
    const auto time = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
    if (outcome.fatalError)
        setActivity(tr("Sync failed: %1").arg(outcome.fatalError.message));
    else if (outcome.cancelled)
        setActivity(tr("Sync cancelled at %1; the next one resumes there.").arg(time));
    else if (!outcome.problems.isEmpty())
        setActivity(tr("Synced at %1 with %n warning(s) (first: %2)", nullptr, int(outcome.problems.size()))
                        .arg(time, outcome.problems.first()));
    else
        setActivity(tr("Synced at %1: %n item(s) updated", nullptr, outcome.items).arg(time));
    if (outcome.completed)
        setLastSynced(QDateTime::currentDateTime());
}

void SyncStatusWidget::showMessage(const QString &message)
{
    setActivity(message);
}

} // namespace ReleaseDesk::Views

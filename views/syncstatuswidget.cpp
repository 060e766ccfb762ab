#include "syncstatuswidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace ReleaseDesk::Views {

SyncStatusWidget::SyncStatusWidget(QWidget *parent)
    : QWidget(parent)
    , m_activity(new QLabel(this))
    , m_budget(new QLabel(this))
{
    // Repository names come from GitHub: never interpreted as markup.
    m_activity->setTextFormat(Qt::PlainText);
    m_budget->setTextFormat(Qt::PlainText);
    m_activity->setAccessibleName(tr("Sync status"));
    m_budget->setAccessibleName(tr("GitHub API budget"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_activity);
    layout->addWidget(m_budget);
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &SyncStatusWidget::updateCountdown);
}

QString SyncStatusWidget::activityText() const
{
    return m_activity->text();
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
    m_activity->setText(tr("Syncing %1 (%2 of %3): %4 pages, %5 items")
                            .arg(progress.repository)
                            .arg(progress.repositoryIndex)
                            .arg(progress.repositoryCount)
                            .arg(progress.pages)
                            .arg(progress.items));
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
    m_activity->setText(tr("Waiting for GitHub's rate limit: %1:%2")
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
        m_activity->setText(tr("Sync failed: %1").arg(outcome.fatalError.message));
    else if (outcome.cancelled)
        m_activity->setText(tr("Sync cancelled at %1; the next one resumes there.").arg(time));
    else if (!outcome.problems.isEmpty())
        m_activity->setText(tr("Synced at %1 with %2 warnings (first: %3)")
                                .arg(time)
                                .arg(outcome.problems.size())
                                .arg(outcome.problems.first()));
    else
        m_activity->setText(tr("Synced at %1: %2 items updated").arg(time).arg(outcome.items));
}

void SyncStatusWidget::showMessage(const QString &message)
{
    m_activity->setText(message);
}

} // namespace ReleaseDesk::Views

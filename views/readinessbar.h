#pragma once

#include "releasereadiness.h"
#include "schedule.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace ReleaseDesk::Views {

/// The go/no-go light above the board; each part links to the items behind it. Unknown has a light
/// of its own (grey, with a question mark) and says why, so that no data never looks like green.
class ReadinessBar final : public QWidget
{
    Q_OBJECT

public:
    explicit ReadinessBar(QWidget *parent = nullptr);

    void showReadiness(const Models::ReleaseReadiness &readiness);
    /// The release's phase and countdown on `today` ("Day 5 of code freeze · Release in 3 days").
    void showSchedule(const Api::Release &release, QDate today);
    QString scheduleText() const;
    const Models::ScheduleStatus &scheduleStatus() const { return m_schedule; }
    QString verdictText() const;
    /// The reasons as shown (one per line, those that decide the verdict first).
    QString reasonsText() const;
    QPushButton *blockersButton() const { return m_blockers; }
    QPushButton *signalButton() const { return m_signal; }
    Models::ReleaseReadiness::Verdict verdict() const { return m_shown; }

Q_SIGNALS:
    /// A part of the verdict was clicked: show the items behind it.
    void queryRequested(const QString &query);
    /// The release signal (the CI-signal report and its untracked flakes) was asked for.
    void signalReportRequested();

private:
    QLabel *m_light;
    QLabel *m_verdict;
    QLabel *m_phase;
    Models::ScheduleStatus m_schedule;
    QPushButton *m_blockers;
    QLabel *m_ci;
    QPushButton *m_signal;
    Models::ReleaseReadiness::Verdict m_shown = Models::ReleaseReadiness::Verdict::Unknown;
};

} // namespace ReleaseDesk::Views

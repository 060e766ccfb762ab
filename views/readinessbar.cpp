#include "readinessbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace ReleaseDesk::Views {

using Verdict = Models::ReleaseReadiness::Verdict;

ReadinessBar::ReadinessBar(QWidget *parent)
    : QWidget(parent)
    , m_light(new QLabel(this))
    , m_verdict(new QLabel(this))
    , m_phase(new QLabel(this))
    , m_blockers(new QPushButton(this))
    , m_ci(new QLabel(this))
    , m_signal(new QPushButton(tr("Release Si&gnal"), this))
{
    m_light->setFixedSize(16, 16);
    m_light->setAlignment(Qt::AlignCenter);
    m_verdict->setTextFormat(Qt::PlainText);
    m_phase->setTextFormat(Qt::PlainText); // a phase's name is the team's own text
    m_phase->setAccessibleName(tr("Release phase"));
    m_phase->setWordWrap(true); // never widens the window's minimum (a long phase name wraps)
    QFont phaseFont = m_phase->font();
    phaseFont.setBold(true);
    m_phase->setFont(phaseFont);
    m_ci->setTextFormat(Qt::PlainText); // context names and sync errors come from GitHub
    m_ci->setWordWrap(true);
    m_ci->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_blockers->setFlat(true);
    m_blockers->setAccessibleName(tr("Show open blockers"));
    setAccessibleName(tr("Release readiness"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_light, 0, Qt::AlignTop);
    layout->addWidget(m_verdict, 0, Qt::AlignTop);
    layout->addWidget(m_blockers, 0, Qt::AlignTop);
    layout->addWidget(m_phase, 0, Qt::AlignTop);
    layout->addWidget(m_ci, 1);
    layout->addWidget(m_signal, 0, Qt::AlignTop);
    connect(m_signal, &QPushButton::clicked, this, &ReadinessBar::signalReportRequested);
    connect(m_blockers, &QPushButton::clicked, this,
        [this] { Q_EMIT queryRequested(QStringLiteral("is:open is:blocker")); });
}

QString ReadinessBar::verdictText() const
{
    return m_verdict->text();
}

QString ReadinessBar::scheduleText() const
{
    return m_phase->text();
}

void ReadinessBar::showSchedule(const Api::Release &release, QDate today)
{
    m_schedule = Models::Schedule::status(release, today);
    m_phase->setText(m_schedule.line);
    // The whole schedule on hover, the current phase marked.
    QStringList lines;
    const auto phases = Models::Schedule::phases(release);
    for (int index = 0; index < phases.size(); ++index) {
        const auto &phase = phases.at(index);
        lines.append(tr("%1%2: %3")
                         .arg(index == m_schedule.currentPhase ? QStringLiteral("\u25B6 ") : QString(),
                             phase.name, QLocale().toString(phase.starts, QLocale::ShortFormat)));
    }
    m_phase->setToolTip(lines.join(QLatin1Char('\n')));
}

QString ReadinessBar::reasonsText() const
{
    return m_ci->text();
}

void ReadinessBar::showReadiness(const Models::ReleaseReadiness &readiness)
{
    m_shown = readiness.verdict;
    // Colour is never the only signal: Unknown also carries a "?" and every verdict says its name.
    QString color;
    QString mark;
    switch (readiness.verdict) {
    case Verdict::Go:
        color = QStringLiteral("#1a7f37");
        break;
    case Verdict::Caution:
        color = QStringLiteral("#bf8700");
        break;
    case Verdict::NoGo:
        color = QStringLiteral("#cf222e");
        break;
    case Verdict::Unknown:
        color = QStringLiteral("#6e7781");
        mark = QStringLiteral("?");
        break;
    }
    m_light->setStyleSheet(
        QStringLiteral("background: %1; color: white; font-weight: bold; border-radius: 8px;").arg(color));
    m_light->setText(mark);
    m_light->setAccessibleName(readiness.summary());
    m_verdict->setText(readiness.summary());
    m_blockers->setText(tr("%n open blocker(s)", nullptr, readiness.openBlockers));
    const auto reasons = readiness.reasonTexts();
    m_ci->setText(reasons.join(QLatin1Char('\n')));
    m_ci->setAccessibleName(tr("Reasons for the verdict"));
}

} // namespace ReleaseDesk::Views

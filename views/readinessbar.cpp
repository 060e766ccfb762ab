#include "readinessbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace ReleaseDesk::Views {

ReadinessBar::ReadinessBar(QWidget *parent)
    : QWidget(parent)
    , m_light(new QLabel(this))
    , m_verdict(new QLabel(this))
    , m_blockers(new QPushButton(this))
    , m_ci(new QLabel(this))
{
    m_light->setFixedSize(16, 16);
    m_verdict->setTextFormat(Qt::PlainText);
    m_ci->setTextFormat(Qt::PlainText); // context names come from GitHub
    m_ci->setWordWrap(true);
    m_blockers->setFlat(true);
    m_blockers->setAccessibleName(tr("Show open blockers"));
    setAccessibleName(tr("Release readiness"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_light);
    layout->addWidget(m_verdict);
    layout->addWidget(m_blockers);
    layout->addWidget(m_ci, 1);
    connect(m_blockers, &QPushButton::clicked, this,
        [this] { Q_EMIT queryRequested(QStringLiteral("is:open is:blocker")); });
}

QString ReadinessBar::verdictText() const
{
    return m_verdict->text();
}

void ReadinessBar::showReadiness(const Models::ReleaseReadiness &readiness)
{
    const auto color = readiness.verdict == Models::ReleaseReadiness::Verdict::Go ? QStringLiteral("#1a7f37")
        : readiness.verdict == Models::ReleaseReadiness::Verdict::Caution         ? QStringLiteral("#bf8700")
                                                                                  : QStringLiteral("#cf222e");
    m_light->setStyleSheet(QStringLiteral("background: %1; border-radius: 8px;").arg(color));
    m_verdict->setText(readiness.summary());
    m_blockers->setText(tr("%1 open blockers").arg(readiness.openBlockers));
    QStringList ci;
    if (!readiness.blockingFailures.isEmpty())
        ci.append(tr("blocking CI failing: %1").arg(readiness.blockingFailures.join(QStringLiteral(", "))));
    if (!readiness.informingFailures.isEmpty())
        ci.append(tr("informing CI failing: %1").arg(readiness.informingFailures.join(QStringLiteral(", "))));
    if (!readiness.pending.isEmpty())
        ci.append(tr("running: %1").arg(readiness.pending.join(QStringLiteral(", "))));
    m_ci->setText(ci.isEmpty() ? tr("release branch CI green") : ci.join(QStringLiteral("; ")));
}

} // namespace ReleaseDesk::Views

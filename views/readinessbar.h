#pragma once

#include "releasereadiness.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace ReleaseDesk::Views {

/// The go/no-go light above the board; each part links to the items behind it.
class ReadinessBar final : public QWidget
{
    Q_OBJECT

public:
    explicit ReadinessBar(QWidget *parent = nullptr);

    void showReadiness(const Models::ReleaseReadiness &readiness);
    QString verdictText() const;
    QPushButton *blockersButton() const { return m_blockers; }

Q_SIGNALS:
    /// A part of the verdict was clicked: show the items behind it.
    void queryRequested(const QString &query);

private:
    QLabel *m_light;
    QLabel *m_verdict;
    QPushButton *m_blockers;
    QLabel *m_ci;
};

} // namespace ReleaseDesk::Views

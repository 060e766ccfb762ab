#include "welcomedialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ReleaseDesk::Views {

WelcomeDialog::WelcomeDialog(Behind behind, QWidget *parent)
    : QDialog(parent)
    , m_dontShowAgain(new QCheckBox(tr("&Don't show this at start-up"), this))
{
    setWindowTitle(tr("Welcome to Release Desk"));
    setModal(false);
    auto *title = new QLabel(tr("Welcome to Release Desk"), this);
    auto font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    title->setFont(font);
    const auto howTo
        = tr("To work on your own release, connect a GitHub host (github.com or GitHub Enterprise) "
             "with a personal access token, then define the release: its repositories, "
             "milestones, branches and dates.");
    QString behindText;
    switch (behind) {
    case Behind::Demo:
        behindText = tr("The window behind this page shows a demo release: a blocker board across three "
                        "repositories, its metrics and a draft of its release notes. Everything works on "
                        "it, nothing reaches GitHub.");
        break;
    case Behind::EmptyWorkspace:
        behindText = tr("This workspace holds no release yet.");
        break;
    case Behind::Release:
        behindText = tr("The window behind this page shows your release: its blocker board, its metrics "
                        "and the draft of its notes. Changes you make there are sent to GitHub after a "
                        "preview.");
        break;
    }
    auto *text = new QLabel(behindText + QStringLiteral("\n\n") + howTo, this);
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    auto *explore = new QPushButton(behind == Behind::Demo ? tr("&Explore the Demo") : tr("&Close"), this);
    auto *connectHost = new QPushButton(tr("&Connect GitHub..."), this);
    auto *defineRelease = new QPushButton(tr("Define a &Release..."), this);
    explore->setDefault(true);
    connect(explore, &QPushButton::clicked, this, &QDialog::accept);
    connect(connectHost, &QPushButton::clicked, this, [this] {
        accept();
        Q_EMIT signInRequested();
    });
    connect(defineRelease, &QPushButton::clicked, this, [this] {
        accept();
        Q_EMIT newReleaseRequested();
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(explore);
    buttons->addWidget(connectHost);
    buttons->addWidget(defineRelease);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addLayout(buttons);
    layout->addWidget(m_dontShowAgain);
    resize(620, 300);
}

void WelcomeDialog::done(int result)
{
    QDialog::done(result);
    Q_EMIT dismissed(m_dontShowAgain->isChecked());
}

} // namespace ReleaseDesk::Views

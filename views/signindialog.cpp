#include "signindialog.h"

#include "signinflow.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ReleaseDesk::Views {

SignInDialog::SignInDialog(Models::SignInFlow *flow, QWidget *parent)
    : QDialog(parent)
    , m_flow(flow)
    , m_host(new QLineEdit(QStringLiteral("github.com"), this))
    , m_token(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_helpButton(new QPushButton(tr("Authorise on GitHub"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Sign In to GitHub"));
    m_host->setAccessibleName(tr("GitHub host"));
    m_host->setPlaceholderText(tr("github.com or https://github.example.com"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setAccessibleName(tr("Personal access token"));
    m_token->setPlaceholderText(tr("ghp_... or github_pat_..."));
    // Messages can quote GitHub's own text: never interpreted as markup.
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Sign-in status"));
    m_helpButton->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign In"));

    auto *explanation
        = new QLabel(tr("Release Desk reads issues, pull requests and CI, and writes labels, milestones, "
                        "assignees and comments with a personal access token: a classic token with the "
                        "repo scope (public_repo for public repositories only), or a fine-grained token "
                        "with read and write access to issues and pull requests. The token is kept in the "
                        "system keychain only."),
            this);
    explanation->setWordWrap(true);
    explanation->setTextFormat(Qt::PlainText);

    auto *form = new QFormLayout;
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Token:"), m_token);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_helpButton, 0, Qt::AlignLeft);
    layout->addWidget(m_buttons);
    resize(560, sizeHint().height());

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_helpButton, &QPushButton::clicked, this, [this] {
        // Only a web page: GitHub's header could name anything.
        if (m_helpUrl.scheme() == QLatin1StringView("https")
            || m_helpUrl.scheme() == QLatin1StringView("http"))
            QDesktopServices::openUrl(m_helpUrl);
    });
    connect(m_flow, &Models::SignInFlow::failed, this, &SignInDialog::showFailure);
    connect(m_flow, &Models::SignInFlow::succeeded, this, &SignInDialog::showSuccess);
}

QString SignInDialog::statusText() const
{
    return m_status->text();
}

void SignInDialog::submit()
{
    m_status->setText(tr("Checking the token with %1...").arg(m_host->text().trimmed()));
    m_helpButton->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_flow->signIn(m_host->text(), m_token->text());
}

void SignInDialog::showFailure(const QString &message, const QUrl &helpUrl)
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
    m_status->setText(message);
    m_helpUrl = helpUrl;
    m_helpButton->setVisible(helpUrl.isValid());
    m_token->setFocus();
}

void SignInDialog::showSuccess(const Models::Account &account, const QString &warning)
{
    m_login = account.login;
    m_token->clear(); // no copy of the secret stays in the widget
    m_warning = warning; // shown by the caller once the dialog has closed
    m_status->setText(tr("Signed in to %1 as %2.").arg(account.host, account.login));
    accept();
}

} // namespace ReleaseDesk::Views

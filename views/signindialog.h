#pragma once

#include <QDialog>
#include <QUrl>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ReleaseDesk::Models {
class SignInFlow;
struct Account;
} // namespace ReleaseDesk::Models

namespace ReleaseDesk::Views {

/// Host and token in, a verified account out. The flow does the work; the dialog shows it.
class SignInDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SignInDialog(Models::SignInFlow *flow, QWidget *parent = nullptr);

    QLineEdit *hostField() const { return m_host; }
    QLineEdit *tokenField() const { return m_token; }
    QString statusText() const;
    QString signedInLogin() const { return m_login; }
    /// Set when the token works with limits (no scope to write back).
    QString warning() const { return m_warning; }

private:
    void submit();
    void showFailure(const QString &message, const QUrl &helpUrl);
    void showSuccess(const Models::Account &account, const QString &warning);

    Models::SignInFlow *m_flow;
    QLineEdit *m_host;
    QLineEdit *m_token;
    QLabel *m_status;
    QPushButton *m_helpButton;
    QDialogButtonBox *m_buttons;
    QUrl m_helpUrl;
    QString m_login;
    QString m_warning;
};

} // namespace ReleaseDesk::Views

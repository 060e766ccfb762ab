#pragma once

#include <QList>
#include <QString>

#include <optional>

class QSettings;

namespace ReleaseDesk::Models {

/// A GitHub host the user signed in to. The token is in the keychain, never here.
struct Account
{
    QString host; ///< the host name items are keyed by ("github.com", "ghe.example.com")
    QString address; ///< what the user typed ("github.com", "https://ghe.example.com")
    QString login;

    friend bool operator==(const Account &, const Account &) = default;
};

/// The signed-in hosts, kept in the injected QSettings.
class AccountList final
{
public:
    explicit AccountList(QSettings *settings);

    QList<Account> accounts() const;
    std::optional<Account> forHost(const QString &host) const;
    bool isEmpty() const { return accounts().isEmpty(); }
    /// Adds or replaces the account of the same host.
    void add(const Account &account);
    void remove(const QString &host);

private:
    void write(const QList<Account> &accounts);

    QSettings *m_settings;
};

} // namespace ReleaseDesk::Models

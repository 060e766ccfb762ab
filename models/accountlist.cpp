#include "accountlist.h"

#include <QSettings>

namespace ReleaseDesk::Models {

AccountList::AccountList(QSettings *settings)
    : m_settings(settings)
{ }

QList<Account> AccountList::accounts() const
{
    QList<Account> result;
    const auto count = m_settings->beginReadArray(QStringLiteral("accounts"));
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        result.append({m_settings->value(QStringLiteral("host")).toString(),
            m_settings->value(QStringLiteral("address")).toString(),
            m_settings->value(QStringLiteral("login")).toString()});
    }
    m_settings->endArray();
    return result;
}

std::optional<Account> AccountList::forHost(const QString &host) const
{
    for (const auto &account : accounts()) {
        if (account.host == host)
            return account;
    }
    return std::nullopt;
}

void AccountList::add(const Account &account)
{
    auto list = accounts();
    list.removeIf([&](const Account &existing) { return existing.host == account.host; });
    list.append(account);
    write(list);
}

void AccountList::remove(const QString &host)
{
    auto list = accounts();
    list.removeIf([&](const Account &existing) { return existing.host == host; });
    write(list);
}

void AccountList::write(const QList<Account> &accounts)
{
    m_settings->beginWriteArray(QStringLiteral("accounts"), int(accounts.size()));
    for (int i = 0; i < accounts.size(); ++i) {
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("host"), accounts[i].host);
        m_settings->setValue(QStringLiteral("address"), accounts[i].address);
        m_settings->setValue(QStringLiteral("login"), accounts[i].login);
    }
    m_settings->endArray();
    m_settings->sync();
}

} // namespace ReleaseDesk::Models

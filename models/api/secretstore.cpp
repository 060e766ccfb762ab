#include "api/secretstore.h"

namespace ReleaseDesk::Api {

std::optional<QString> tokenFromEnvironment(const QString &host)
{
    const bool dotCom
        = host == QLatin1StringView("github.com") || host == QLatin1StringView("api.github.com");
    const char *names[2]
        = {dotCom ? "GITHUB_TOKEN" : "GH_ENTERPRISE_TOKEN", dotCom ? "GH_TOKEN" : "GITHUB_ENTERPRISE_TOKEN"};
    for (const char *name : names) {
        const auto value = qEnvironmentVariable(name).trimmed();
        if (!value.isEmpty())
            return value;
    }
    return std::nullopt;
}

void readToken(SecretStore *secrets, const QString &host, QObject *context, SecretStore::ReadCallback done)
{
    if (const auto token = tokenFromEnvironment(host))
        return done(token, QString());
    secrets->readToken(host, context, std::move(done));
}

} // namespace ReleaseDesk::Api

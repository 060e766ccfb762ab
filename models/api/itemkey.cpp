#include "api/itemkey.h"

namespace ReleaseDesk::Api {

RepositoryRef RepositoryRef::fromString(QStringView text)
{
    const auto parts = text.trimmed().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    RepositoryRef repo;
    if (parts.size() == 2) {
        repo.owner = parts[0].toString();
        repo.name = parts[1].toString();
    } else if (parts.size() == 3) {
        repo.host = parts[0].toString();
        repo.owner = parts[1].toString();
        repo.name = parts[2].toString();
    } else {
        repo.host.clear();
    }
    return repo;
}

QString ItemKey::shortReference() const
{
    return repository.name + QLatin1Char('#') + QString::number(number);
}

QString ItemKey::reference() const
{
    return repository.fullName() + QLatin1Char('#') + QString::number(number);
}

QString ItemKey::qualifiedReference() const
{
    return repository.host + QLatin1Char('/') + reference();
}

ItemKey ItemKey::fromQualifiedReference(QStringView text)
{
    const auto hash = text.lastIndexOf(QLatin1Char('#'));
    if (hash < 0)
        return {};
    bool ok = false;
    const int number = text.mid(hash + 1).toInt(&ok);
    const auto repository = RepositoryRef::fromString(text.left(hash));
    if (!ok || number <= 0 || !repository.isValid())
        return {};
    return {repository, number};
}

} // namespace ReleaseDesk::Api

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

} // namespace ReleaseDesk::Api

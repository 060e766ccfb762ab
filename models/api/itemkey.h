#pragma once

#include <QHashFunctions>
#include <QList>
#include <QString>

namespace ReleaseDesk::Api {

/// A repository on a GitHub host. Items, links and notes are always keyed with the host and the
/// full name: `console#12` and `kubesphere#12` are different items.
struct RepositoryRef
{
    QString host = QStringLiteral("github.com");
    QString owner;
    QString name;

    QString fullName() const { return owner + QLatin1Char('/') + name; }
    bool isValid() const { return !host.isEmpty() && !owner.isEmpty() && !name.isEmpty(); }
    /// Parses "owner/name" (host defaults to github.com) or "host/owner/name".
    static RepositoryRef fromString(QStringView text);

    friend bool operator==(const RepositoryRef &, const RepositoryRef &) = default;
};

/// The identity of an issue or pull request: (host, owner/repo, number).
struct ItemKey
{
    RepositoryRef repository;
    int number = 0;

    /// "repo#number", the short form release notes and the board use.
    QString shortReference() const;
    /// "owner/repo#number", unambiguous on one host.
    QString reference() const;
    /// "host/owner/repo#number": unique across hosts; the form stored in drafts and overlays.
    QString qualifiedReference() const;
    /// Parses qualifiedReference(); an invalid key (number 0) when the text is not one.
    static ItemKey fromQualifiedReference(QStringView text);

    friend bool operator==(const ItemKey &, const ItemKey &) = default;
};

inline size_t qHash(const RepositoryRef &repo, size_t seed = 0)
{
    return qHashMulti(seed, repo.host, repo.owner, repo.name);
}

inline size_t qHash(const ItemKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.repository, key.number);
}

} // namespace ReleaseDesk::Api

#pragma once

#include <QString>
#include <QStringList>

namespace ReleaseDesk::Models {

/// What the user asked to see, as a value: the proxy applies it, views only set it.
struct ItemFilter
{
    /// Free text; every whitespace-separated word must appear (case-insensitive) in the item's
    /// reference, title, author, labels or assignees.
    QString text;

    QStringList words() const { return text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts); }
    bool isEmpty() const { return text.trimmed().isEmpty(); }

    friend bool operator==(const ItemFilter &, const ItemFilter &) = default;
};

} // namespace ReleaseDesk::Models

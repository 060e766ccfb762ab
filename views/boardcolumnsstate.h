#pragma once

#include <QByteArray>
#include <QStringList>

#include <optional>

namespace ReleaseDesk::Views {

/// What the board keeps of its columns between runs (in the settings): which are collapsed and
/// hidden, by name (a release whose rule set has other columns keeps what matches), and the density.
struct BoardColumnsState
{
    QStringList collapsed;
    QStringList hidden;
    bool compact = false;

    QByteArray toBytes() const;
    /// Nothing for anything toBytes() did not write: an older version's layout, or damaged settings
    /// (a damaged list length is refused, never allocated).
    static std::optional<BoardColumnsState> fromBytes(const QByteArray &bytes);
};

} // namespace ReleaseDesk::Views

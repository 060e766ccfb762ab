#pragma once

#include <QString>

#include <optional>

namespace ReleaseDesk::Models {

/// The fenced ```release-note block of a PR body, as the conventions describe it.
struct ReleaseNoteBlock
{
    enum class Kind {
        Missing, ///< no block at all
        Empty, ///< a block nobody filled in: the author did not answer
        None, ///< NONE, None, N/A, NA, NO: no user-facing change
        Note, ///< a note
    };
    Kind kind = Kind::Missing;
    QString text; ///< trimmed, line endings normalised to \n

    /// Finds the first block whose info string is "release-note" (any spacing, ``` or ~~~, CRLF).
    static ReleaseNoteBlock extract(const QString &body);
    /// The block exactly as `body` has it (fences included, CRLF made LF), or empty without one:
    /// extract() on the excerpt gives what extract() on the whole body gives.
    static QString excerpt(const QString &body);
};

} // namespace ReleaseDesk::Models

#pragma once

#include <QString>

namespace ReleaseDesk::Models {

/// Text from GitHub as the screen shows it. Explicit direction controls (U+202A-U+202E,
/// U+2066-U+2069), which can make "U+202E gnp.exe" read "exe.png", become visible marks such as
/// "[RLO]"; the result is isolated (U+2068 ... U+2069) so that right-to-left text in it cannot
/// reorder the words around it (a card's "repo#number", a sentence it is quoted in).
QString displayText(const QString &untrusted);

/// The same without the isolation, for text that sits alone in its own paragraph or cell.
QString withVisibleDirectionControls(const QString &untrusted);

/// Text for a cell of a Markdown table or an item of a Markdown list: "|" and line breaks would break
/// the table, "<" could start HTML, so "|" is escaped, "<" becomes "&lt;" and a line break a space.
QString markdownTableCell(QString text);

/// Whether `text` holds an explicit direction control (the notes lint warns about them).
bool hasDirectionControls(const QString &text);

} // namespace ReleaseDesk::Models

#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QWidget;

namespace ReleaseDesk::Views {

/// One line of the keyboard table: the keys, in the platform's words, and what they do.
struct ShortcutRow
{
    QString keys;
    QString what;
};

/// The keyboard table, made from the window's own actions (their text and shortcuts) and the
/// board's movement keys, so the menus, the "?" page and the README cannot disagree.
class ShortcutTable final
{
    Q_DECLARE_TR_FUNCTIONS(ReleaseDesk::Views::ShortcutTable)

public:
    static QList<ShortcutRow> rows(const QWidget *window);
    /// The same rows as a Markdown table (for the README, checked by a test).
    static QString markdown(const QList<ShortcutRow> &rows);
};

} // namespace ReleaseDesk::Views

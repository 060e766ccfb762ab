#include "shortcuttable.h"

#include "notespanel.h"

#include <QAction>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QWidget>

namespace ReleaseDesk::Views {

namespace {
QString keysOf(const QAction *action)
{
    QStringList keys;
    for (const auto &sequence : action->shortcuts())
        keys.append(sequence.toString(QKeySequence::NativeText));
    return keys.join(QStringLiteral(", "));
}

QString plainText(const QAction *action)
{
    auto text = action->text();
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text.remove(QStringLiteral("..."));
    text.remove(QChar(0x2026));
    return text.trimmed();
}

void collect(const QWidget *widget, QList<ShortcutRow> *rows, QStringList *seen, const QString &where = {})
{
    for (auto *action : widget->actions()) {
        if (auto *menu = action->menu()) {
            collect(menu, rows, seen);
            continue;
        }
        const auto keys = keysOf(action);
        if (keys.isEmpty() || seen->contains(keys))
            continue;
        seen->append(keys);
        rows->append({keys,
            where.isEmpty() ? plainText(action) : ShortcutTable::tr("%1: %2").arg(where, plainText(action))});
    }
}
} // namespace

QList<ShortcutRow> ShortcutTable::rows(const QWidget *window)
{
    // Movement keys are handled by the board itself, not by actions: they are listed first.
    QList<ShortcutRow> rows = {
        {tr("/"), tr("Focus the query bar")},
        {tr("Left, Right, H, L"), tr("Move between board columns")},
        {tr("Up, Down, J, K"), tr("Move between cards")},
        {tr("Shift+Up, Shift+Down, Shift+Left, Shift+Right, Ctrl+Click"),
            tr("Select several cards, also across columns")},
        {tr("Return"), tr("Open the card's details")},
        {tr("?"), tr("This list")},
        {tr("F2"), tr("Release notes: edit the selected entry")},
        {tr("Shift+Arrows"), tr("Cherry-picks: select several cells")},
        {tr("Return"), tr("Cherry-picks: open the cell's pull request")},
    };
    QStringList seen;
    if (auto *bar = window->findChild<QMenuBar *>())
        collect(bar, &rows, &seen);
    // Panel actions that live on a toolbar or in a context menu (the composer's).
    for (auto *widget : window->findChildren<QWidget *>()) {
        if (qobject_cast<QMenu *>(widget) || qobject_cast<QMenuBar *>(widget))
            continue;
        bool composer = false;
        for (const QWidget *inside = widget; inside && !composer; inside = inside->parentWidget())
            composer = qobject_cast<const NotesPanel *>(inside) != nullptr;
        collect(widget, &rows, &seen, composer ? tr("Release notes") : QString());
    }
    return rows;
}

QString ShortcutTable::markdown(const QList<ShortcutRow> &rows)
{
    QString text = QStringLiteral("| keys | what |\n| --- | --- |\n");
    for (const auto &row : rows)
        text += QStringLiteral("| `%1` | %2 |\n").arg(row.keys, row.what);
    return text;
}

} // namespace ReleaseDesk::Views

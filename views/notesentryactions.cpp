#include "notesentryactions.h"

#include "notes/notessession.h"

#include <QAction>
#include <QInputDialog>
#include <QMenu>
#include <QToolBar>
#include <QToolButton>

namespace ReleaseDesk::Views {

NotesEntryActions::NotesEntryActions(Models::NotesSession *session, QWidget *entriesView,
    SelectedIds selectedIds, SelectEntry selectEntry, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_view(entriesView)
    , m_selectedIds(std::move(selectedIds))
    , m_selectEntry(std::move(selectEntry))
{
    // One selected entry with near-identical notes elsewhere: Merge joins it with them (one key).
    m_merge = addAction(tr("Merge"), QKeySequence(Qt::CTRL | Qt::Key_M), [this] { merge(); });
    m_split = addAction(tr("Split"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), [this] {
        const auto ids = m_selectedIds();
        if (!ids.isEmpty())
            m_session->splitEntry(ids.first());
    });
    m_moveUp = addAction(tr("Move Up"), QKeySequence(Qt::ALT | Qt::Key_Up), [this] { moveEntry(-1); });
    m_moveDown = addAction(tr("Move Down"), QKeySequence(Qt::ALT | Qt::Key_Down), [this] { moveEntry(1); });
    m_toSection
        = addAction(tr("Move to Section…"), QKeySequence(Qt::CTRL | Qt::Key_G), [this] { moveToSection(); });
    addAction(tr("Rename Section…"), QKeySequence(), [this] { renameSection(); });
    addAction(tr("Add Section…"), QKeySequence(), [this] { addSection(); });
}

QAction *NotesEntryActions::addAction(
    const QString &text, const QKeySequence &keys, std::function<void()> slot)
{
    auto *action = new QAction(text, m_view);
    action->setShortcut(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(
        keys.isEmpty() ? text : tr("%1 (%2)").arg(text, keys.toString(QKeySequence::NativeText)));
    connect(action, &QAction::triggered, this, std::move(slot));
    m_view->addAction(action);
    return action;
}

QToolBar *NotesEntryActions::createToolBar(QWidget *parent)
{
    auto *buttons = new QToolBar(parent);
    buttons->addActions({m_merge, m_split, m_moveUp, m_moveDown, m_toSection});
    auto *sections = new QToolButton(buttons);
    sections->setText(tr("Sections"));
    sections->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(sections);
    menu->addAction(tr("Rename Section…"), this, &NotesEntryActions::renameSection);
    menu->addAction(tr("Add Section…"), this, &NotesEntryActions::addSection);
    menu->addAction(tr("Move Section Up"), this, [this] { moveSelectedSection(-1); });
    menu->addAction(tr("Move Section Down"), this, [this] { moveSelectedSection(1); });
    sections->setMenu(menu);
    buttons->addWidget(sections);
    return buttons;
}

void NotesEntryActions::updateEnabled()
{
    const auto ids = m_selectedIds();
    const auto &document = m_session->document();
    const int selectedRow = ids.size() == 1 ? document.indexOf(ids.first()) : -1;
    m_merge->setEnabled(ids.size() > 1
        || (selectedRow >= 0
            && document.entries[selectedRow].warnings.testFlag(Models::LintWarning::Duplicate)));
    m_split->setEnabled(selectedRow >= 0 && document.entries[selectedRow].sources.size() > 1);
    m_moveUp->setEnabled(ids.size() == 1);
    m_moveDown->setEnabled(ids.size() == 1);
    m_toSection->setEnabled(!ids.isEmpty());
}

QString NotesEntryActions::sectionOf(const QString &id) const
{
    const int row = m_session->document().indexOf(id);
    return row >= 0 ? m_session->document().entries[row].section : QString();
}

void NotesEntryActions::merge()
{
    const auto ids = m_selectedIds();
    m_session->mergeEntries(
        ids.size() == 1 ? Models::nearIdenticalEntries(m_session->document(), ids.first()) : ids);
}

void NotesEntryActions::moveEntry(int delta)
{
    const auto ids = m_selectedIds();
    if (ids.size() != 1)
        return;
    m_session->moveEntry(ids.first(), delta);
    m_selectEntry(ids.first());
}

void NotesEntryActions::moveSelectedSection(int delta)
{
    const auto ids = m_selectedIds();
    if (!ids.isEmpty())
        m_session->moveSection(sectionOf(ids.first()), delta);
}

void NotesEntryActions::moveToSection()
{
    const auto ids = m_selectedIds();
    if (ids.isEmpty())
        return;
    bool ok = false;
    const auto current = sectionOf(ids.first());
    const auto sections = m_session->document().sections;
    const auto section
        = QInputDialog::getItem(m_view, tr("Move to Section"), tr("Section (type a new name to create one):"),
            sections, qMax(0, int(sections.indexOf(current))), true, &ok);
    if (!ok || section.trimmed().isEmpty())
        return;
    for (const auto &id : ids)
        m_session->setEntrySection(id, section);
    m_selectEntry(ids.first());
}

void NotesEntryActions::renameSection()
{
    const auto sections = m_session->document().sections;
    if (sections.isEmpty())
        return;
    const auto ids = m_selectedIds();
    const auto current = ids.isEmpty() ? sections.first() : sectionOf(ids.first());
    bool ok = false;
    const auto from = QInputDialog::getItem(m_view, tr("Rename Section"), tr("Section:"), sections,
        qMax(0, int(sections.indexOf(current))), false, &ok);
    if (!ok)
        return;
    const auto to
        = QInputDialog::getText(m_view, tr("Rename Section"), tr("New name:"), QLineEdit::Normal, from, &ok);
    if (ok)
        m_session->renameSection(from, to);
}

void NotesEntryActions::addSection()
{
    bool ok = false;
    const auto name = QInputDialog::getText(m_view, tr("Add Section"), tr("Name of the new section:"),
        QLineEdit::Normal, tr("Known Issues"), &ok);
    if (ok)
        m_session->addSection(name);
}

} // namespace ReleaseDesk::Views

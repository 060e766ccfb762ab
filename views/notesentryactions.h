#pragma once

#include <QObject>
#include <QStringList>

#include <functional>

class QAction;
class QToolBar;
class QWidget;

namespace ReleaseDesk::Models {
class NotesSession;
} // namespace ReleaseDesk::Models

namespace ReleaseDesk::Views {

/// What can be done to the selected release-note entries and their sections (merge, split, reorder,
/// move to a section, rename, add and reorder sections), as actions with keys on the entries view
/// and as a tool bar. The edits go to the NotesSession; the questions they ask are asked here.
class NotesEntryActions final : public QObject
{
    Q_OBJECT

public:
    using SelectedIds = std::function<QStringList()>;
    using SelectEntry = std::function<void(const QString &)>;

    /// The actions live on `entriesView` (their keys work while it has focus); `selectedIds` gives the
    /// selected entries in table order, `selectEntry` selects one after a move.
    NotesEntryActions(Models::NotesSession *session, QWidget *entriesView, SelectedIds selectedIds,
        SelectEntry selectEntry, QObject *parent = nullptr);

    QAction *mergeAction() const { return m_merge; }
    QAction *splitAction() const { return m_split; }
    /// The entry actions and a "Sections" menu, for below the entries.
    QToolBar *createToolBar(QWidget *parent);
    /// Enables what applies to the current selection.
    void updateEnabled();

private:
    QAction *addAction(const QString &text, const QKeySequence &keys, std::function<void()> slot);
    QString sectionOf(const QString &id) const;
    void merge();
    void moveEntry(int delta);
    void moveSelectedSection(int delta);
    void moveToSection();
    void renameSection();
    void addSection();

    Models::NotesSession *m_session;
    QWidget *m_view;
    SelectedIds m_selectedIds;
    SelectEntry m_selectEntry;
    QAction *m_merge = nullptr;
    QAction *m_split = nullptr;
    QAction *m_moveUp = nullptr;
    QAction *m_moveDown = nullptr;
    QAction *m_toSection = nullptr;
};

} // namespace ReleaseDesk::Views

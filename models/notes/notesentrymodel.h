#pragma once

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace ReleaseDesk::Models {

class NotesSession;

/// The entries of the open notes draft as a table, editable in place. Edits go to the session, which
/// recomposes; the model follows with dataChanged for exactly the entries that changed.
class NotesEntryModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        SectionColumn,
        TypeColumn,
        TextColumn,
        SourcesColumn,
        AuthorsColumn,
        IncludedColumn,
        ReviewedColumn,
        WarningsColumn,
        ColumnCount
    };
    enum Role {
        EntryIdRole = Qt::UserRole + 1,
        SortRole, ///< raw value per column
        WarningsRole, ///< LintWarnings as int
        SourceChangedRole,
        SourceTextRole, ///< what the PR says now
        SourceTextAtEditRole, ///< what it said when the entry was edited
        NeedsNoteRole,
        EditedRole,
        FilterTextRole, ///< everything the filter searches, case-folded (cached per row)
    };

    explicit NotesEntryModel(NotesSession *session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QString entryId(int row) const;
    int rowOf(const QString &entryId) const;

private:
    void onEntriesChanged(const QStringList &ids);
    QString filterTextOf(int row) const;

    NotesSession *m_session;
    /// The filter's haystack per row, built on first use: typing in the filter must not rebuild
    /// five strings for each of 5,000 rows per keystroke.
    mutable QList<QString> m_filterText;
};

/// Filter for the entries table: words in the text, section, PRs or authors; warnings only; unreviewed only.
struct NotesEntryFilter
{
    QString text;
    bool warningsOnly = false;
    bool unreviewedOnly = false;
    bool includedOnly = false;
    friend bool operator==(const NotesEntryFilter &, const NotesEntryFilter &) = default;
};

class NotesEntryFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit NotesEntryFilterProxyModel(QObject *parent = nullptr);
    void setFilter(const NotesEntryFilter &filter);
    const NotesEntryFilter &filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    NotesEntryFilter m_filter;
    QStringList m_words;
};

} // namespace ReleaseDesk::Models

#pragma once

#include "cherrypick/cherrypickmatrix.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace ReleaseDesk::Models {

/// The cherry-pick matrix as a table: one row per fix, column 0 the fix, then one column per
/// maintained branch (the headers are the branch names). Fed whole CherryPickMatrix values (computed
/// off the GUI thread); a new value with the same branches changes only the rows and cells that
/// differ, so the selection and the current cell survive a sync.
class CherryPickMatrixModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    /// Column 0 is the fix; the branches follow, in the matrix's order.
    enum Column { FixColumn, FirstBranchColumn };
    enum Role {
        /// CherryPickState as an int (the fix column: the row's most urgent state).
        StateRole = Qt::UserRole + 1,
        /// The raw value proxies sort on: the fix's merge time, a cell's state.
        SortRole,
        /// Whether a person has something to do here: a needed pick nobody asked for, a conflict, an
        /// open pick with failing CI (the fix column: any of its cells).
        NeedsActionRole,
        /// Whether "Request cherry-pick" applies (needed, nothing asked yet).
        CanRequestRole,
        FixKeyRole, ///< the fix's qualified reference ("github.com/owner/repo#123"), a stable key
        FixReferenceRole, ///< "kubesphere#123"
        FixTitleRole, ///< the fix's title as GitHub sent it (untrusted: display through displayText)
        FixUrlRole,
        BranchRole, ///< the cell's branch (empty in the fix column)
        PullRequestRole, ///< the cherry-pick's "#124" (short; empty without one)
        PullRequestKeyRole, ///< the cherry-pick's qualified reference (empty without one)
        UrlRole, ///< what "open" opens: the pull request, else the comment or the fix
        CiSummaryRole, ///< Api::CiSummary of an open pick
        CiStateRole, ///< Api::CiState of an open pick as an int; -1 without CI
        ClueRole, ///< CherryPickClue as an int
        ClueTextRole, ///< how the pick was found, in words
        ReasonsRole, ///< the policy labels that made the fix need back-porting (QStringList)
    };

    explicit CherryPickMatrixModel(QObject *parent = nullptr);

    /// Replaces the matrix. Other branches: a reset. The same branches: rows that left are removed,
    /// new rows inserted, moved rows moved and changed rows' cells reported, each as one range.
    void setMatrix(CherryPickMatrix matrix);
    const CherryPickMatrix &matrix() const { return m_matrix; }

    /// The cell behind an index of a branch column (nullptr in the fix column or out of range).
    const CherryPickCell *cell(const QModelIndex &index) const;
    const CherryPickRow &row(int row) const { return m_matrix.rows.at(row); }
    /// Cells in the matrix that need a person (see NeedsActionRole).
    int cellsNeedingAction() const;

    static bool needsAction(const CherryPickCell &cell);
    /// "needed", "open PR #124", "merged #124" ...: the words a cell shows.
    static QString cellText(const CherryPickCell &cell, const Api::ItemKey &fix);
    /// "release-4.1: open pull request #124, CI failing": the sentence a screen reader says.
    static QString accessibleText(const QString &branch, const CherryPickCell &cell, const Api::ItemKey &fix);
    /// "CI failing", "CI passing", "CI running", "CI unknown"; empty when nothing ran.
    static QString ciText(const Api::CiSummary &ci);
    static QString clueText(CherryPickClue clue);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant fixData(const CherryPickRow &row, int role) const;
    QVariant cellData(const CherryPickRow &row, int column, int role) const;

    CherryPickMatrix m_matrix;
};

/// What the matrix view shows: rows whose fix matches the words (title, reference, repository) and,
/// optionally, only rows with a cell that needs action.
struct CherryPickFilter
{
    QString text;
    bool needsActionOnly = false;

    friend bool operator==(const CherryPickFilter &, const CherryPickFilter &) = default;
};

class CherryPickFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CherryPickFilterProxyModel(QObject *parent = nullptr);

    void setFilter(const CherryPickFilter &filter);
    const CherryPickFilter &filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    CherryPickFilter m_filter;
    QStringList m_words;
};

} // namespace ReleaseDesk::Models

#include "cherrypick/cherrypickmatrixmodel.h"

#include "untrustedtext.h"

#include <QLocale>
#include <QSet>

namespace ReleaseDesk::Models {

using Api::ItemKey;

namespace {

bool sameCell(const CherryPickCell &a, const CherryPickCell &b)
{
    return a.state == b.state && a.pullRequest == b.pullRequest && a.url == b.url && a.clue == b.clue
        && a.ci == b.ci && a.at == b.at;
}

bool sameRow(const CherryPickRow &a, const CherryPickRow &b)
{
    if (a.fix != b.fix || a.title != b.title || a.url != b.url || a.mergedAt != b.mergedAt
        || a.reasons != b.reasons || a.cells.size() != b.cells.size())
        return false;
    for (qsizetype i = 0; i < a.cells.size(); ++i) {
        if (!sameCell(a.cells.at(i), b.cells.at(i)))
            return false;
    }
    return true;
}

/// "#124" for a pick in the fix's repository (the usual case), "console#124" otherwise.
QString pickReference(const CherryPickCell &cell, const ItemKey &fix)
{
    if (!cell.pullRequest)
        return {};
    return cell.pullRequest->repository == fix.repository
        ? QStringLiteral("#%1").arg(cell.pullRequest->number)
        : cell.pullRequest->shortReference();
}

} // namespace

CherryPickMatrixModel::CherryPickMatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void CherryPickMatrixModel::setMatrix(CherryPickMatrix matrix)
{
    if (matrix.branches != m_matrix.branches) {
        beginResetModel();
        m_matrix = std::move(matrix);
        endResetModel();
        return;
    }
    auto &rows = m_matrix.rows;
    const auto &next = matrix.rows;
    QSet<ItemKey> wanted;
    for (const auto &row : next)
        wanted.insert(row.fix);
    // Rows that left, from the bottom up, one range per run.
    for (auto last = rows.size() - 1; last >= 0;) {
        if (wanted.contains(rows.at(last).fix)) {
            --last;
            continue;
        }
        auto first = last;
        while (first > 0 && !wanted.contains(rows.at(first - 1).fix))
            --first;
        beginRemoveRows({}, int(first), int(last));
        rows.remove(first, last - first + 1);
        endRemoveRows();
        last = first - 1;
    }
    QSet<ItemKey> present;
    for (const auto &row : std::as_const(rows))
        present.insert(row.fix);
    // Then the new order, top down: keep, insert a run of new rows, or move a row up into place.
    int changedFirst = -1;
    const auto flushChanged = [&](int end) {
        if (changedFirst >= 0)
            Q_EMIT dataChanged(index(changedFirst, 0), index(end - 1, columnCount() - 1));
        changedFirst = -1;
    };
    for (qsizetype i = 0; i < next.size();) {
        if (i < rows.size() && rows.at(i).fix == next.at(i).fix) {
            if (!sameRow(rows.at(i), next.at(i))) {
                rows[i] = next.at(i);
                if (changedFirst < 0)
                    changedFirst = int(i);
            } else {
                flushChanged(int(i));
            }
            ++i;
            continue;
        }
        flushChanged(int(i));
        if (!present.contains(next.at(i).fix)) {
            auto last = i;
            while (last + 1 < next.size() && !present.contains(next.at(last + 1).fix))
                ++last;
            beginInsertRows({}, int(i), int(last));
            for (auto k = i; k <= last; ++k) {
                rows.insert(k, next.at(k));
                present.insert(next.at(k).fix);
            }
            endInsertRows();
            i = last + 1;
            continue;
        }
        qsizetype from = -1;
        for (auto j = i + 1; j < rows.size() && from < 0; ++j) {
            if (rows.at(j).fix == next.at(i).fix)
                from = j;
        }
        if (from < 0) { // the same fix twice in the new matrix: no minimal change describes that
            beginResetModel();
            m_matrix = std::move(matrix);
            endResetModel();
            return;
        }
        beginMoveRows({}, int(from), int(from), {}, int(i));
        rows.move(from, i);
        endMoveRows();
        // rows[i] is the fix now: the next turn compares its cells.
    }
    flushChanged(int(next.size()));
}

const CherryPickCell *CherryPickMatrixModel::cell(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.column() < FirstBranchColumn)
        return nullptr;
    const auto &cells = m_matrix.rows.at(index.row()).cells;
    const auto column = index.column() - FirstBranchColumn;
    return column < cells.size() ? &cells.at(column) : nullptr;
}

int CherryPickMatrixModel::cellsNeedingAction() const
{
    int count = 0;
    for (const auto &row : m_matrix.rows) {
        for (const auto &cell : row.cells)
            count += needsAction(cell);
    }
    return count;
}

bool CherryPickMatrixModel::needsAction(const CherryPickCell &cell)
{
    switch (cell.state) {
    case CherryPickState::Missing:
    case CherryPickState::Conflicts:
        return true;
    case CherryPickState::OpenPullRequest:
        return cell.ci.failed > 0;
    case CherryPickState::NotNeeded:
    case CherryPickState::Requested:
    case CherryPickState::Merged:
        return false;
    }
    return false;
}

QString CherryPickMatrixModel::cellText(const CherryPickCell &cell, const ItemKey &fix)
{
    const auto pick = pickReference(cell, fix);
    switch (cell.state) {
    case CherryPickState::NotNeeded:
        return tr("not needed");
    case CherryPickState::Missing:
        return tr("needed");
    case CherryPickState::Requested:
        return tr("requested");
    case CherryPickState::Conflicts:
        return tr("conflicts");
    case CherryPickState::OpenPullRequest:
        return pick.isEmpty() ? tr("open PR") : tr("open PR %1").arg(pick);
    case CherryPickState::Merged:
        return pick.isEmpty() ? tr("merged") : tr("merged %1").arg(pick);
    }
    return tr("unknown");
}

QString CherryPickMatrixModel::ciText(const Api::CiSummary &ci)
{
    if (ci.total() == 0)
        return {};
    switch (ci.overall()) {
    case Api::CiState::Failure:
        return ci.requiredFailed ? tr("CI failing (%1 required)").arg(ci.requiredFailed) : tr("CI failing");
    case Api::CiState::Pending:
        return tr("CI running");
    case Api::CiState::Success:
        return tr("CI passing");
    case Api::CiState::Neutral:
        return tr("CI neither passed nor failed");
    case Api::CiState::Unknown:
        break;
    }
    return tr("CI unknown");
}

QString CherryPickMatrixModel::clueText(CherryPickClue clue)
{
    switch (clue) {
    case CherryPickClue::None:
        return {};
    case CherryPickClue::Link:
        return tr("found by its link to the fix");
    case CherryPickClue::Title:
        return tr("found by its title");
    case CherryPickClue::HeadBranch:
        return tr("found by its branch name");
    }
    return {};
}

QString CherryPickMatrixModel::accessibleText(
    const QString &branch, const CherryPickCell &cell, const ItemKey &fix)
{
    const auto pick = pickReference(cell, fix);
    QString what;
    switch (cell.state) {
    case CherryPickState::NotNeeded:
        what = tr("not needed");
        break;
    case CherryPickState::Missing:
        what = tr("needed, not requested yet");
        break;
    case CherryPickState::Requested:
        what = tr("cherry-pick requested");
        break;
    case CherryPickState::Conflicts:
        what = tr("conflicts: the bot could not pick it, port it by hand");
        break;
    case CherryPickState::OpenPullRequest: {
        what = pick.isEmpty() ? tr("open pull request") : tr("open pull request %1").arg(pick);
        // An open pick without CI says so: no CI is not a green light.
        const auto ci = ciText(cell.ci);
        what = tr("%1, %2").arg(what, ci.isEmpty() ? tr("CI unknown") : ci);
        break;
    }
    case CherryPickState::Merged:
        what = pick.isEmpty() ? tr("merged") : tr("merged in %1").arg(pick);
        break;
    }
    return tr("%1: %2").arg(branch, what);
}

int CherryPickMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matrix.rows.size());
}

int CherryPickMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstBranchColumn + int(m_matrix.branches.size());
}

QVariant CherryPickMatrixModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const auto &row = m_matrix.rows.at(index.row());
    switch (role) {
    case FixKeyRole:
        return row.fix.qualifiedReference();
    case FixReferenceRole:
        return row.fix.shortReference();
    case FixTitleRole:
        return row.title;
    case FixUrlRole:
        return row.url;
    case ReasonsRole:
        return row.reasons;
    default:
        break;
    }
    return index.column() == FixColumn ? fixData(row, role) : cellData(row, index.column(), role);
}

QVariant CherryPickMatrixModel::fixData(const CherryPickRow &row, int role) const
{
    const auto merged = row.mergedAt.isValid()
        ? QLocale().toString(row.mergedAt.toLocalTime().date(), QLocale::ShortFormat)
        : tr("unknown");
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 %2").arg(row.fix.shortReference(), displayText(row.title));
    case Qt::ToolTipRole:
        return tr("%1: %2\nMerged %3\nNeeds back-porting: %4")
            .arg(row.fix.reference(), displayText(row.title), merged,
                row.reasons.isEmpty() ? tr("unknown") : displayText(row.reasons.join(QStringLiteral(", "))));
    case Qt::AccessibleTextRole:
        return tr("Fix %1: %2, merged %3").arg(row.fix.reference(), displayText(row.title), merged);
    case SortRole:
        return row.mergedAt;
    case NeedsActionRole:
        return std::any_of(row.cells.cbegin(), row.cells.cend(), &needsAction);
    case CanRequestRole:
        return false;
    case UrlRole:
        return row.url;
    default:
        return {};
    }
}

QVariant CherryPickMatrixModel::cellData(const CherryPickRow &row, int column, int role) const
{
    const auto at = column - FirstBranchColumn;
    if (at >= row.cells.size())
        return role == Qt::DisplayRole ? QVariant(tr("unknown")) : QVariant();
    const auto &cell = row.cells.at(at);
    const auto &branch = m_matrix.branches.at(at);
    switch (role) {
    case Qt::DisplayRole:
        return cellText(cell, row.fix);
    case Qt::AccessibleTextRole:
        return accessibleText(branch, cell, row.fix);
    case Qt::ToolTipRole: {
        QStringList lines {accessibleText(branch, cell, row.fix)};
        if (const auto clue = clueText(cell.clue); !clue.isEmpty())
            lines.append(clue);
        if (cell.at.isValid())
            lines.append(tr("Since %1").arg(QLocale().toString(cell.at.toLocalTime(), QLocale::ShortFormat)));
        return lines.join(QLatin1Char('\n'));
    }
    case StateRole:
    case SortRole:
        return int(cell.state);
    case NeedsActionRole:
        return needsAction(cell);
    case CanRequestRole:
        return cell.state == CherryPickState::Missing;
    case BranchRole:
        return branch;
    case PullRequestRole:
        return pickReference(cell, row.fix);
    case PullRequestKeyRole:
        return cell.pullRequest ? cell.pullRequest->qualifiedReference() : QString();
    case UrlRole:
        return cell.url;
    case CiSummaryRole:
        return QVariant::fromValue(cell.ci);
    case CiStateRole:
        return cell.state == CherryPickState::OpenPullRequest && cell.ci.total() > 0 ? int(cell.ci.overall())
                                                                                     : -1;
    case ClueRole:
        return int(cell.clue);
    case ClueTextRole:
        return clueText(cell.clue);
    default:
        return {};
    }
}

QVariant CherryPickMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    if (section == FixColumn)
        return role == Qt::ToolTipRole ? tr("Pull requests merged on the main branch that need back-porting")
                                       : tr("Fix");
    // Branch names are the user's (the release's policy), possibly from a team file.
    return withVisibleDirectionControls(m_matrix.branches.at(section - FirstBranchColumn));
}

CherryPickFilterProxyModel::CherryPickFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(CherryPickMatrixModel::SortRole);
    setDynamicSortFilter(true);
}

void CherryPickFilterProxyModel::setFilter(const CherryPickFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    m_words = filter.text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

bool CherryPickFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto fix = sourceModel()->index(sourceRow, CherryPickMatrixModel::FixColumn, sourceParent);
    if (m_filter.needsActionOnly && !fix.data(CherryPickMatrixModel::NeedsActionRole).toBool())
        return false;
    if (m_words.isEmpty())
        return true;
    const QString haystack = fix.data(CherryPickMatrixModel::FixKeyRole).toString() + QLatin1Char(' ')
        + fix.data(CherryPickMatrixModel::FixTitleRole).toString();
    return std::all_of(m_words.cbegin(), m_words.cend(),
        [&](const QString &word) { return haystack.contains(word, Qt::CaseInsensitive); });
}

} // namespace ReleaseDesk::Models

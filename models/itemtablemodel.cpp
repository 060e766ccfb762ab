#include "itemtablemodel.h"

#include "untrustedtext.h"

#include <QLocale>

#include <algorithm>

namespace ReleaseDesk::Models {

using namespace Api;

namespace {
QStringList labelNames(const Item &item)
{
    QStringList names;
    names.reserve(item.labels.size());
    for (const auto &label : item.labels)
        names.append(label.name);
    return names;
}

// Worst first, so an ascending sort puts failing CI on top.
int ciRank(const Item &item)
{
    if (item.ciContexts.isEmpty())
        return 9;
    switch (item.ciSummary().overall()) {
    case CiState::Failure:
        return 0;
    case CiState::Unknown:
        return 1;
    case CiState::Pending:
        return 2;
    case CiState::Neutral:
        return 3;
    case CiState::Success:
        return 4;
    }
    return 9;
}
} // namespace

ItemTableModel::ItemTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ItemTableModel::setItems(QList<Item> items)
{
    beginResetModel();
    m_items = std::move(items);
    // Search texts are made when a filter first asks: most sessions never type in the table's filter.
    m_rows.clear();
    m_rows.reserve(m_items.size());
    for (int row = 0; row < m_items.size(); ++row)
        m_rows.insert(m_items[row].key, row);
    endResetModel();
}

void ItemTableModel::updateItems(const QList<Item> &items)
{
    QList<Item> added;
    QList<int> changedRows;
    for (const auto &item : items) {
        const auto row = m_rows.value(item.key, -1);
        if (row < 0) {
            added.append(item);
            continue;
        }
        if (m_items[row] == item)
            continue;
        m_items[row] = item;
        changedRows.append(row);
    }
    // One signal per run of adjacent rows (a page of a sync touches many neighbours).
    std::sort(changedRows.begin(), changedRows.end());
    changedRows.erase(std::unique(changedRows.begin(), changedRows.end()), changedRows.end());
    for (qsizetype start = 0; start < changedRows.size();) {
        auto end = start;
        while (end + 1 < changedRows.size() && changedRows[end + 1] == changedRows[end] + 1)
            ++end;
        Q_EMIT dataChanged(index(changedRows[start], 0), index(changedRows[end], ColumnCount - 1));
        start = end + 1;
    }
    if (!added.isEmpty()) {
        const auto first = int(m_items.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (auto &item : added) {
            m_rows.insert(item.key, int(m_items.size()));
            m_items.append(std::move(item));
        }
        endInsertRows();
    }
    if (!changedRows.isEmpty() || !added.isEmpty())
        Q_EMIT batchUpdated();
}

const Item &ItemTableModel::itemAt(int row) const
{
    return m_items.at(row);
}

int ItemTableModel::rowOf(const ItemKey &key) const
{
    return m_rows.value(key, -1);
}

int ItemTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ItemTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ItemTableModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const auto &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(item, index.column());
    case Qt::ToolTipRole:
        // GitHub text is untrusted: escaped and wrapped so the tooltip never interprets it.
        // Cards are column 0: their tooltip holds the whole title, which a card may cut.
        if (index.column() == TitleColumn || index.column() == ReferenceColumn)
            return QStringLiteral("<p>%1</p>").arg(withVisibleDirectionControls(item.title).toHtmlEscaped());
        return {};
    case SortRole:
        return sortData(item, index.column());
    case ReferenceRole:
        return item.key.reference();
    case IsPullRequestRole:
        return item.isPullRequest();
    case IsOpenRole:
        return item.isOpen();
    case LabelNamesRole:
        return labelNames(item);
    case AssigneesRole:
        return item.assignees;
    case AuthorRole:
        return item.author;
    case RepositoryRole:
        return item.key.repository.fullName();
    case CiStateRole:
        return item.ciContexts.isEmpty() ? -1 : int(item.ciSummary().overall());
    case ShortReferenceRole:
        return item.key.shortReference();
    case TitleRole:
        return item.title;
    case LabelsRole: {
        QVariantList labels;
        labels.reserve(item.labels.size());
        for (const auto &label : item.labels)
            labels.append(
                QVariantMap {{QStringLiteral("name"), label.name}, {QStringLiteral("color"), label.color}});
        return labels;
    }
    case CiSummaryRole:
        return QVariant::fromValue(item.ciSummary());
    case ReviewDecisionRole:
        return item.reviewDecision;
    case CreatedAtRole:
        return item.createdAt;
    case UpdatedAtRole:
        return item.updatedAt;
    case StateRole:
        return int(item.state);
    case IsDraftRole:
        return item.isDraft;
    default:
        return {};
    }
}

QVariant ItemTableModel::displayData(const Item &item, int column) const
{
    switch (Column(column)) {
    case ReferenceColumn:
        return item.key.shortReference();
    case TypeColumn:
        return item.isPullRequest() ? tr("PR") : tr("Issue");
    case KindColumn:
        return item.labelValue(u"kind/");
    case TitleColumn:
        return withVisibleDirectionControls(item.title); // a cell is its own paragraph
    case StateColumn:
        switch (item.state) {
        case Item::State::Open:
            return item.isDraft ? tr("Draft") : tr("Open");
        case Item::State::Closed:
            return tr("Closed");
        case Item::State::Merged:
            return tr("Merged");
        }
        return {};
    case LabelsColumn: {
        // Each name isolated: one right-to-left label cannot reorder the list.
        QStringList names;
        for (const auto &name : labelNames(item))
            names.append(displayText(name));
        return names.join(QStringLiteral(", "));
    }
    case AssigneesColumn: {
        QStringList names;
        for (const auto &login : item.assignees)
            names.append(displayText(login));
        return names.join(QStringLiteral(", "));
    }
    case CiColumn: {
        if (item.ciContexts.isEmpty())
            return QString();
        const auto summary = item.ciSummary();
        switch (summary.overall()) {
        case CiState::Failure:
            return tr("Failing (%1 of %2)").arg(summary.failed).arg(summary.total());
        case CiState::Pending:
            return tr("Pending (%1 of %2)").arg(summary.pending).arg(summary.total());
        case CiState::Success:
            return tr("Passing (%1 of %2)").arg(summary.passed).arg(summary.total());
        case CiState::Neutral:
            return tr("Neutral (%1)").arg(summary.neutral);
        case CiState::Unknown:
            return tr("Unknown state (%1)").arg(item.ciContexts.first().rawState);
        }
        return {};
    }
    case UpdatedColumn: {
        // The locale's short date with minutes: seconds only widen the column.
        const QLocale locale;
        const auto local = item.updatedAt.toLocalTime();
        return QString(locale.toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ')
            + locale.toString(local.time(), QStringLiteral("HH:mm")));
    }
    case ColumnCount:
        break;
    }
    return {};
}

bool ItemTableModel::lessThan(int leftRow, int rightRow, int column) const
{
    const auto &left = m_items.at(leftRow);
    const auto &right = m_items.at(rightRow);
    switch (Column(column)) {
    case ReferenceColumn: {
        // Repository first, then number numerically (console#99 before console#100).
        const auto byRepository
            = QString::compare(left.key.repository.fullName(), right.key.repository.fullName());
        return byRepository != 0 ? byRepository < 0 : left.key.number < right.key.number;
    }
    case TypeColumn:
    case StateColumn:
    case CiColumn:
        return sortData(left, column).toInt() < sortData(right, column).toInt();
    case UpdatedColumn:
        return left.updatedAt < right.updatedAt;
    default:
        return QString::compare(displayData(left, column).toString(), displayData(right, column).toString())
            < 0;
    }
}

QVariant ItemTableModel::sortData(const Item &item, int column) const
{
    switch (Column(column)) {
    case ReferenceColumn:
        // Repository first, then number numerically (console#99 before console#100).
        return QString(item.key.repository.fullName()
            + QString::number(item.key.number).rightJustified(10, QLatin1Char('0')));
    case TypeColumn:
        return item.isPullRequest() ? 1 : 0;
    case StateColumn:
        return item.isDraft ? 0 : int(item.state) + 1;
    case CiColumn:
        return ciRank(item);
    case UpdatedColumn:
        return item.updatedAt;
    default:
        return displayData(item, column);
    }
}

QVariant ItemTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case ReferenceColumn:
        return tr("Item");
    case TypeColumn:
        return tr("Type");
    case KindColumn:
        return tr("Kind");
    case TitleColumn:
        return tr("Title");
    case StateColumn:
        return tr("State");
    case LabelsColumn:
        return tr("Labels");
    case AssigneesColumn:
        return tr("Assignees");
    case CiColumn:
        return tr("CI");
    case UpdatedColumn:
        return tr("Updated");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace ReleaseDesk::Models

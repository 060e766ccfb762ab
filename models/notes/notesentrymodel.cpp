#include "notes/notesentrymodel.h"

#include "notes/notessession.h"

#include <QGuiApplication>
#include <QPalette>

namespace ReleaseDesk::Models {

NotesEntryModel::NotesEntryModel(NotesSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    connect(m_session, &NotesSession::documentReset, this, [this] {
        beginResetModel();
        m_filterText.clear();
        endResetModel();
    });
    connect(m_session, &NotesSession::entriesChanged, this, &NotesEntryModel::onEntriesChanged);
}

int NotesEntryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_session->document().entries.size());
}

int NotesEntryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString NotesEntryModel::entryId(int row) const
{
    const auto &entries = m_session->document().entries;
    return row >= 0 && row < entries.size() ? entries[row].id : QString();
}

int NotesEntryModel::rowOf(const QString &entryId) const
{
    return m_session->document().indexOf(entryId);
}

void NotesEntryModel::onEntriesChanged(const QStringList &ids)
{
    for (const auto &id : ids) {
        const int row = rowOf(id);
        if (row < 0)
            continue;
        if (row < m_filterText.size())
            m_filterText[row].clear();
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

QString NotesEntryModel::filterTextOf(int row) const
{
    if (m_filterText.size() != m_session->document().entries.size())
        m_filterText = QList<QString>(m_session->document().entries.size());
    auto &cached = m_filterText[row];
    if (cached.isEmpty()) {
        const auto &entry = m_session->document().entries[row];
        QStringList parts {
            entry.text, entry.section, entry.authors.join(QLatin1Char(' ')), noteTypeDisplayName(entry.type)};
        for (const auto &key : entry.sources)
            parts.append(key.shortReference());
        for (const auto &pick : entry.cherryPicks)
            parts.append(pick.key.shortReference());
        cached = parts.join(QLatin1Char(' ')).toCaseFolded();
    }
    return cached;
}

QVariant NotesEntryModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, QAbstractItemModel::CheckIndexOption::IndexIsValid));
    const auto &entry = m_session->document().entries[index.row()];
    const auto references = [&entry] {
        QStringList list;
        for (const auto &key : entry.sources) {
            QStringList picks;
            for (const auto &pick : entry.cherryPicks) {
                if (pick.original == key)
                    picks.append(pick.key.repository == key.repository
                            ? QLatin1Char('#') + QString::number(pick.key.number)
                            : pick.key.shortReference());
            }
            list.append(picks.isEmpty()
                    ? key.shortReference()
                    : tr("%1 (cherry-pick %2)").arg(key.shortReference(), picks.join(QStringLiteral(", "))));
        }
        return list.join(QStringLiteral(", "));
    };
    switch (role) {
    case EntryIdRole:
        return entry.id;
    case WarningsRole:
        return int(entry.warnings.toInt());
    case SourceChangedRole:
        return entry.sourceChanged;
    case SourceTextRole:
        return entry.sourceText;
    case SourceTextAtEditRole:
        return entry.sourceTextAtEdit;
    case NeedsNoteRole:
        return entry.needsNote;
    case EditedRole:
        return entry.edited;
    case FilterTextRole:
        return filterTextOf(index.row());
    default:
        break;
    }
    const int column = index.column();
    if (role == Qt::CheckStateRole) {
        if (column == IncludedColumn)
            return entry.included ? Qt::Checked : Qt::Unchecked;
        if (column == ReviewedColumn)
            return entry.reviewed ? Qt::Checked : Qt::Unchecked;
        return {};
    }
    if (role == Qt::ForegroundRole) {
        // Excluded entries stay visible (an editor may include them) but read as inactive.
        return entry.included ? QVariant()
                              : QVariant(QGuiApplication::palette().color(QPalette::PlaceholderText));
    }
    if (role == Qt::ToolTipRole) {
        if (column == WarningsColumn || column == TextColumn) {
            const auto messages = lintWarningMessages(entry.warnings);
            return messages.isEmpty() ? QVariant() : QVariant(messages.join(QLatin1Char('\n')));
        }
        return {};
    }
    if (role == SortRole) {
        switch (column) {
        case SectionColumn:
            return int(m_session->document().sections.indexOf(entry.section));
        case TypeColumn:
            return int(entry.type);
        case TextColumn:
            return entry.text;
        case SourcesColumn:
            return entry.sources.isEmpty() ? 0 : entry.sources.first().number;
        case AuthorsColumn:
            return entry.authors.join(QLatin1Char(','));
        case IncludedColumn:
            return entry.included;
        case ReviewedColumn:
            return entry.reviewed;
        case WarningsColumn:
            return entry.warnings.toInt() == 0 ? 0 : int(lintWarningMessages(entry.warnings).size());
        }
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (column) {
    case SectionColumn:
        return entry.section;
    case TypeColumn:
        return role == Qt::EditRole ? QVariant(noteTypeId(entry.type))
                                    : QVariant(noteTypeDisplayName(entry.type));
    case TextColumn:
        if (role == Qt::DisplayRole && entry.text.isEmpty() && entry.status == ExtractedNote::Status::NoNote)
            return tr("(no user-facing change)");
        return role == Qt::EditRole ? entry.text
                                    : QString(entry.text).replace(QLatin1Char('\n'), QLatin1Char(' '));
    case SourcesColumn:
        return references();
    case AuthorsColumn:
        return entry.authors.join(QStringLiteral(", "));
    case WarningsColumn: {
        const auto count = lintWarningMessages(entry.warnings).size();
        return count == 0 ? QString() : tr("%n warning(s)", nullptr, int(count));
    }
    default:
        return {};
    }
}

bool NotesEntryModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, QAbstractItemModel::CheckIndexOption::IndexIsValid))
        return false;
    const auto id = entryId(index.row());
    if (role == Qt::CheckStateRole) {
        const bool checked = value.toInt() == Qt::Checked;
        if (index.column() == IncludedColumn)
            m_session->setEntryIncluded(id, checked);
        else if (index.column() == ReviewedColumn)
            m_session->setEntryReviewed(id, checked);
        else
            return false;
        return true;
    }
    if (role != Qt::EditRole)
        return false;
    switch (index.column()) {
    case TextColumn: {
        const auto text = value.toString().trimmed();
        if (text.isEmpty())
            return false;
        m_session->setEntryText(id, text);
        return true;
    }
    case SectionColumn:
        m_session->setEntrySection(id, value.toString());
        return true;
    case TypeColumn:
        m_session->setEntryType(id, noteTypeFromId(value.toString()));
        return true;
    default:
        return false;
    }
}

Qt::ItemFlags NotesEntryModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    auto flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    switch (index.column()) {
    case TextColumn:
    case SectionColumn:
    case TypeColumn:
        flags |= Qt::ItemIsEditable;
        break;
    case IncludedColumn:
    case ReviewedColumn:
        flags |= Qt::ItemIsUserCheckable;
        break;
    default:
        break;
    }
    return flags;
}

QVariant NotesEntryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SectionColumn:
        return tr("Section");
    case TypeColumn:
        return tr("Type");
    case TextColumn:
        return tr("Release note");
    case SourcesColumn:
        return tr("PRs");
    case AuthorsColumn:
        return tr("Authors");
    case IncludedColumn:
        return tr("Included");
    case ReviewedColumn:
        return tr("Reviewed");
    case WarningsColumn:
        return tr("Warnings");
    }
    return {};
}

NotesEntryFilterProxyModel::NotesEntryFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(NotesEntryModel::SortRole);
}

void NotesEntryFilterProxyModel::setFilter(const NotesEntryFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    m_words = filter.text.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

bool NotesEntryFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *model = sourceModel();
    const auto cell = [&](int column, int role = Qt::DisplayRole) {
        return model->data(model->index(sourceRow, column, sourceParent), role);
    };
    if (m_filter.warningsOnly && cell(0, NotesEntryModel::WarningsRole).toInt() == 0)
        return false;
    if (m_filter.unreviewedOnly
        && cell(NotesEntryModel::ReviewedColumn, Qt::CheckStateRole).toInt() == Qt::Checked)
        return false;
    if (m_filter.includedOnly
        && cell(NotesEntryModel::IncludedColumn, Qt::CheckStateRole).toInt() != Qt::Checked)
        return false;
    if (m_words.isEmpty())
        return true;
    const auto haystack = cell(0, NotesEntryModel::FilterTextRole).toString();
    return std::all_of(m_words.cbegin(), m_words.cend(),
        [&haystack](const QString &word) { return haystack.contains(word); });
}

} // namespace ReleaseDesk::Models

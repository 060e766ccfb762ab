#pragma once

#include "api/cicontext.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QVariant>

#include <functional>

class QSqlQuery;

namespace ReleaseDesk::Models {
class Store;
}

/// How the store's repositories turn values into bound SQL parameters and back: one place for the
/// text and date formats of the workspace file.
namespace ReleaseDesk::Models::SqlValues {

/// Qt binds a null QString as SQL NULL; our text columns are NOT NULL and hold '' instead.
inline QVariant bindable(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

inline QVariant bindable(const QVariant &value)
{
    return value;
}

template<typename T>
QVariant bindable(const T &value)
{
    return QVariant::fromValue(value);
}

/// "2026-06-01T08:30:00.000Z", or NULL for an invalid date-time.
QVariant dateValue(const QDateTime &dateTime);
/// "2026-06-01", or NULL for an invalid date.
QVariant dateValue(const QDate &date);
/// A stored date-time in UTC; invalid for NULL.
QDateTime toDateTime(const QVariant &value);
QDate toDate(const QVariant &value);

/// A CI context's columns in the order both tables that hold contexts (ci_contexts of items,
/// branch_ci_contexts of branches) list them: source, name, raw_state, required, url, completed_at.
QVariantList ciContextValues(const Api::CiContext &context);

/// Binds `values` in order to the prepared `query` and runs it.
bool execBound(QSqlQuery &query, const QVariantList &values);

/// Prepares `sql` on the store's connection and runs it with `values` bound in order: false, with
/// the failure recorded in the store (Store::failQuery), when it fails.
bool execute(const Store &store, const QString &sql, const QVariantList &values);
/// The same for a SELECT: `row` is called with the query on each row of the result.
bool select(const Store &store, const QString &sql, const QVariantList &values,
    const std::function<void(const QSqlQuery &)> &row);

/// A release's settings kept as one JSON document (the cherry-pick policy, the signal settings): the
/// `column` of `table`'s row for release_id; empty when there is none.
QJsonObject releaseDocument(
    const Store &store, const QString &table, const QString &column, qint64 releaseId);
/// Writes (inserts or replaces) that document in one transaction.
bool setReleaseDocument(
    Store &store, const QString &table, const QString &column, qint64 releaseId, const QJsonObject &document);

/// One copy of each distinct string of a load: 100,000 items name the same few hundred people,
/// states and CI jobs, and implicitly shared copies cost nothing.
class StringPool
{
public:
    QString operator()(const QVariant &value)
    {
        auto text = value.toString();
        if (text.isEmpty())
            return {};
        const auto it = m_pool.constFind(text);
        if (it != m_pool.cend())
            return *it;
        m_pool.insert(text, text);
        return text;
    }

private:
    QHash<QString, QString> m_pool;
};

} // namespace ReleaseDesk::Models::SqlValues

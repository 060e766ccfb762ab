#include "store/sqlvalues.h"

#include "store.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTimeZone>

#include <optional>

namespace ReleaseDesk::Models::SqlValues {

namespace {

// Our own format, "2026-06-01T08:30:00.000Z", read by hand: QDateTime::fromString took most of
// the time of loading 100,000 items (four dates each, one per CI context).
std::optional<QDateTime> fromStoredFormat(QStringView text)
{
    if (text.size() != 24 || text[4] != u'-' || text[7] != u'-' || text[10] != u'T' || text[13] != u':'
        || text[16] != u':' || text[19] != u'.' || text[23] != u'Z')
        return std::nullopt;
    bool ok = true;
    const auto number = [&](int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; ++i) {
            const int digit = text[i].unicode() - u'0';
            ok = ok && digit >= 0 && digit <= 9;
            value = value * 10 + digit;
        }
        return value;
    };
    const int year = number(0, 4);
    const int month = number(5, 2);
    const int day = number(8, 2);
    const int hour = number(11, 2);
    const int minute = number(14, 2);
    const int second = number(17, 2);
    const int millisecond = number(20, 3);
    if (!ok || !QDate::isValid(year, month, day) || hour > 23 || minute > 59 || second > 59)
        return std::nullopt;
    constexpr qint64 unixEpochJulianDay = 2440588;
    const qint64 days = QDate(year, month, day).toJulianDay() - unixEpochJulianDay;
    const qint64 msecs = (((days * 24 + hour) * 60 + minute) * 60 + second) * 1000 + millisecond;
    return QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::UTC);
}

} // namespace

QVariant dateValue(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return QVariant(QMetaType::fromType<QString>());
    return dateTime.toUTC().toString(Qt::ISODateWithMs);
}

QVariant dateValue(const QDate &date)
{
    if (!date.isValid())
        return QVariant(QMetaType::fromType<QString>());
    return date.toString(Qt::ISODate);
}

QDateTime toDateTime(const QVariant &value)
{
    if (value.isNull())
        return QDateTime();
    const auto text = value.toString();
    if (const auto parsed = fromStoredFormat(text))
        return *parsed;
    auto dateTime = QDateTime::fromString(text, Qt::ISODateWithMs);
    dateTime.setTimeZone(QTimeZone::UTC);
    return dateTime;
}

QVariantList ciContextValues(const Api::CiContext &context)
{
    return {bindable(context.source == Api::CiContext::Source::CheckRun ? 1 : 0), bindable(context.name),
        bindable(context.rawState), bindable(context.required ? 1 : 0), bindable(context.url.toString()),
        dateValue(context.completedAt)};
}

bool execBound(QSqlQuery &query, const QVariantList &values)
{
    for (const auto &value : values)
        query.addBindValue(value);
    return query.exec();
}

QDate toDate(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

bool execute(const Store &store, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(store.database());
    query.prepare(sql);
    return execBound(query, values) || store.failQuery(query);
}

bool select(const Store &store, const QString &sql, const QVariantList &values,
    const std::function<void(const QSqlQuery &)> &row)
{
    QSqlQuery query(store.database());
    query.prepare(sql);
    if (!execBound(query, values))
        return store.failQuery(query);
    while (query.next())
        row(query);
    return true;
}

QJsonObject releaseDocument(const Store &store, const QString &table, const QString &column, qint64 releaseId)
{
    QJsonObject document;
    if (releaseId > 0) {
        select(store, QStringLiteral("SELECT %1 FROM %2 WHERE release_id = ?").arg(column, table),
            {releaseId}, [&](const QSqlQuery &row) {
                document = QJsonDocument::fromJson(row.value(0).toString().toUtf8()).object();
            });
    }
    return document;
}

bool setReleaseDocument(
    Store &store, const QString &table, const QString &column, qint64 releaseId, const QJsonObject &document)
{
    return store.transaction([&] {
        return execute(store,
            QStringLiteral("INSERT INTO %1 (release_id, %2) VALUES (?, ?) "
                           "ON CONFLICT (release_id) DO UPDATE SET %2 = excluded.%2")
                .arg(table, column),
            {releaseId, QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Compact))});
    });
}

} // namespace ReleaseDesk::Models::SqlValues

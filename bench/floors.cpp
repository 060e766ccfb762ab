#include "floors.h"

#include "scaledata.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

#include <functional>

namespace ReleaseDesk::Bench {

namespace {

/// The median of five passes of `pass` in milliseconds (the first pass warms the caches too).
double medianMs(const std::function<void()> &pass)
{
    QList<double> times;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        pass();
        times.append(timer.nsecsElapsed() / 1e6);
    }
    return percentile(times, 0.5);
}

qint64 touch(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object: {
        qint64 sum = 0;
        const auto object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            sum += it.key().size() + touch(it.value());
        return sum;
    }
    case QJsonValue::Array: {
        qint64 sum = 0;
        for (const auto &element : value.toArray())
            sum += touch(element);
        return sum;
    }
    case QJsonValue::String:
        return value.toString().size();
    case QJsonValue::Double:
        return qint64(value.toDouble());
    default:
        return 1;
    }
}

volatile qint64 sink = 0; // keeps the floors' work from being optimised away

} // namespace

double bareSqliteItemsReadMs(const QString &workspacePath)
{
    const auto name = QUuid::createUuid().toString();
    double ms = 0;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(workspacePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            return -1;
        // The rows the board loads: every item's columns but its whole body (the window reads only
        // the release-note excerpt), and every child row (labels, assignees, CI, reviews, links).
        QStringList columns;
        {
            QSqlQuery info(db);
            info.exec(QStringLiteral("PRAGMA table_info(items)"));
            while (info.next()) {
                if (info.value(1).toString() != u"body")
                    columns.append(info.value(1).toString());
            }
        }
        const QStringList selects {QStringLiteral("SELECT %1 FROM items").arg(columns.join(u',')),
            QStringLiteral("SELECT * FROM item_labels"), QStringLiteral("SELECT * FROM item_assignees"),
            QStringLiteral("SELECT * FROM ci_contexts"), QStringLiteral("SELECT * FROM reviews"),
            QStringLiteral("SELECT * FROM item_links")};
        ms = medianMs([&db, &selects] {
            qint64 sum = 0;
            for (const auto &select : selects) {
                QSqlQuery query(db);
                query.setForwardOnly(true);
                query.exec(select);
                const int count = query.record().count();
                while (query.next()) {
                    for (int column = 0; column < count; ++column)
                        sum += query.value(column).toString().size();
                }
            }
            sink = sum;
        });
    }
    QSqlDatabase::removeDatabase(name);
    return ms;
}

double bareJsonParseMs(const QByteArray &json)
{
    return medianMs([&json] {
        const auto document = QJsonDocument::fromJson(json);
        sink = touch(document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array()));
    });
}

double bareWalkMs(const QList<Api::Item> &items, const QList<Api::TimelineEvent> &events)
{
    return medianMs([&] {
        qint64 sum = 0;
        for (const auto &item : items) {
            sum += item.createdAt.toMSecsSinceEpoch() + item.closedAt.toMSecsSinceEpoch()
                + item.labels.size();
            sum += item.milestone.size();
        }
        for (const auto &event : events)
            sum += event.at.toMSecsSinceEpoch() + event.detail.size();
        sink = sum;
    });
}

double bareJoinMs(const QStringList &texts)
{
    return medianMs([&texts] { sink = texts.join(QLatin1Char('\n')).size(); });
}

void reportRatio(const char *name, double value, double floor, Goal goal, double target)
{
    // A floor that could not be measured fails its bar rather than passing it with a negative ratio.
    reportBar(name, floor > 0 ? value / floor : 1e9, "x floor", goal, target);
}

} // namespace ReleaseDesk::Bench

#pragma once

#include "barreport.h"

#include "api/item.h"
#include "api/timelineevent.h"

#include <QByteArray>
#include <QString>

/// Floors: the same data handled by the bare minimum (no models, no engine, no window), measured in
/// the same run. Machines here differ 1.5-2x in speed; a bar judged on value / floor travels between
/// them, where an absolute time does not. Each floor is the median of several passes.
namespace ReleaseDesk::Bench {

/// Reads the rows a board loads (items without their whole bodies, and their child rows) with bare
/// SQLite queries through Qt's driver, no models: the least a cold start must do to show a board.
double bareSqliteItemsReadMs(const QString &workspacePath);

/// Parses `json` with QJsonDocument and touches every value: the least a sync does with a page.
double bareJsonParseMs(const QByteArray &json);

/// Walks the items and events once, touching their timestamps and labels: the least a metrics pass
/// must read.
double bareWalkMs(const QList<Api::Item> &items, const QList<Api::TimelineEvent> &events);

/// Joins `texts` into one string once: the least a draft of that many notes must write.
double bareJoinMs(const QStringList &texts);

/// Prints the ratio value / floor as a bar of its own (unit "x floor").
void reportRatio(const char *name, double value, double floor, Goal goal = Goal::Report, double target = 0);

} // namespace ReleaseDesk::Bench

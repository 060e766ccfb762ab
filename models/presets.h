#pragma once

#include "board.h"
#include "freezedesk.h"
#include "notes/areasectionmap.h"
#include "notes/notestemplate.h"
#include "releasesetupflow.h"
#include "schedule.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace ReleaseDesk::Models {

/// The presets Release Desk ships as data: JSON files under resources/presets/, compiled in with Qt's
/// resource system (":/presets/<kind>.json"). Each file is an object {"kind", "version": 1,
/// "description", "presets": [...]}; names a person reads may carry translations as "name[zh_CN]"
/// beside "name", picked by the default QLocale (the language the app runs in).
///
/// One reader per kind. Each checks the whole file (JSON syntax, kind, version, every entry's
/// fields, queries in the board's language) and returns nullopt with a message naming the file, the
/// entry and what is wrong, so a broken preset file is found by the tests, never shown half-read.
/// The functions without a path read the compiled-in file (and cache its JSON).
namespace Presets {

/// The compiled-in file of a kind ("board-columns" -> ":/presets/board-columns.json").
QString builtInPath(const QString &kind);
/// The kinds of preset files, in the order the settings show them.
QStringList kinds();

std::optional<QList<BlockerRulePreset>> readBlockerRules(const QString &path, QString *error = nullptr);
std::optional<QList<BoardColumn>> readBoardColumns(const QString &path, QString *error = nullptr);
std::optional<QList<BoardView>> readBoardViews(const QString &path, QString *error = nullptr);
std::optional<QList<SchedulePreset>> readSchedules(const QString &path, QString *error = nullptr);
std::optional<QList<NotesTemplate>> readNotesTemplates(const QString &path, QString *error = nullptr);
/// Area maps by id ("kubesphere", "kubernetes"), with their names.
struct NamedAreaMap
{
    QString id;
    QString name;
    AreaSectionMap map;
};
std::optional<QList<NamedAreaMap>> readAreaMaps(const QString &path, QString *error = nullptr);

/// The compiled-in presets (an empty list, and a warning logged, if a file were broken: the suite
/// reads every one of them).
QList<BlockerRulePreset> blockerRules();
QList<BoardColumn> boardColumns();
QList<BoardView> boardViews();
QList<SchedulePreset> schedules();
QList<NotesTemplate> notesTemplates();
QList<NamedAreaMap> areaMaps();
/// The compiled-in area map with this id, or an empty map.
AreaSectionMap areaMap(const QString &id);
/// The compiled-in notes template with this id, or a default-constructed one.
NotesTemplate notesTemplate(const QString &id);

} // namespace Presets

} // namespace ReleaseDesk::Models

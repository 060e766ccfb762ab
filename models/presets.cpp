#include "presets.h"

#include "itemquery.h"
#include "notes/notetype.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>
#include <QLoggingCategory>
#include <QMutex>

namespace ReleaseDesk::Models::Presets {

Q_LOGGING_CATEGORY(lcPresets, "releasedesk.presets", QtInfoMsg)

namespace {

constexpr int formatVersion = 1;

/// Reports the first problem of a file: "<path>: <where>: <what>".
class Problems
{
public:
    Problems(const QString &path, QString *error)
        : m_path(path)
        , m_error(error)
    { }
    bool fail(const QString &what)
    {
        if (m_error)
            *m_error = m_path + QStringLiteral(": ") + what;
        return false;
    }
    bool failAt(int index, const QString &what)
    {
        return fail(QStringLiteral("preset %1: %2").arg(index + 1).arg(what));
    }

private:
    QString m_path;
    QString *m_error;
};

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("missing");
}

/// The entries of a preset file of `kind`: every one an object.
std::optional<QJsonArray> readEntries(const QString &path, const QString &kind, QString *error)
{
    Problems problems(path, error);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        problems.fail(QStringLiteral("cannot be read (%1)").arg(file.errorString()));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const auto document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        problems.fail(
            QStringLiteral("not JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset));
        return std::nullopt;
    }
    if (!document.isObject()) {
        problems.fail(QStringLiteral("expected an object with \"kind\", \"version\" and \"presets\""));
        return std::nullopt;
    }
    const auto root = document.object();
    const auto fileKind = root.value(QLatin1StringView("kind"));
    if (fileKind.toString() != kind) {
        problems.fail(
            QStringLiteral("\"kind\" is %1, expected \"%2\"")
                .arg(fileKind.isString() ? QString(QLatin1Char('"') + fileKind.toString() + QLatin1Char('"'))
                                         : typeName(fileKind),
                    kind));
        return std::nullopt;
    }
    const auto version = root.value(QLatin1StringView("version"));
    if (!version.isDouble() || version.toDouble() != formatVersion) {
        problems.fail(
            QStringLiteral("\"version\" must be %1 (this version of Release Desk reads that format)")
                .arg(formatVersion));
        return std::nullopt;
    }
    const auto presets = root.value(QLatin1StringView("presets"));
    if (!presets.isArray() || presets.toArray().isEmpty()) {
        problems.fail(QStringLiteral("\"presets\" must be a non-empty array, not %1")
                          .arg(presets.isArray() ? QStringLiteral("an empty one") : typeName(presets)));
        return std::nullopt;
    }
    const auto entries = presets.toArray();
    for (int index = 0; index < entries.size(); ++index) {
        if (!entries[index].isObject()) {
            problems.failAt(
                index, QStringLiteral("expected an object, not %1").arg(typeName(entries[index])));
            return std::nullopt;
        }
    }
    return entries;
}

/// Checks one entry's fields as it is converted.
class Entry
{
public:
    Entry(const QJsonObject &object, int index, Problems &problems)
        : m_object(object)
        , m_index(index)
        , m_problems(problems)
    { }

    bool ok() const { return m_ok; }

    QString text(const char *key, bool required = true, bool allowEmpty = false)
    {
        const auto value = m_object.value(QLatin1StringView(key));
        if (value.isUndefined() && !required)
            return {};
        if (!value.isString())
            return failed(QStringLiteral("\"%1\" must be a string, not %2")
                              .arg(QLatin1StringView(key), typeName(value)));
        if (!allowEmpty && value.toString().trimmed().isEmpty())
            return failed(QStringLiteral("\"%1\" is empty").arg(QLatin1StringView(key)));
        return value.toString();
    }

    /// `key` in the running language when the file has it ("name[zh_CN]", "name[zh]"), else `key`.
    QString localized(const char *key)
    {
        const auto base = text(key);
        const auto locale = QLocale().name();
        for (const auto &candidate : {locale, locale.section(QLatin1Char('_'), 0, 0)}) {
            const auto translated = m_object.value(
                QString(QLatin1StringView(key) + QLatin1Char('[') + candidate + QLatin1Char(']')));
            if (translated.isString() && !translated.toString().trimmed().isEmpty())
                return translated.toString();
        }
        return base;
    }

    int integer(const char *key, int minimum, int maximum)
    {
        const auto value = m_object.value(QLatin1StringView(key));
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number != int(number) || number < minimum || number > maximum) {
            failed(QStringLiteral("\"%1\" must be a whole number from %2 to %3, not %4")
                       .arg(QLatin1StringView(key))
                       .arg(minimum)
                       .arg(maximum)
                       .arg(value.isDouble() ? QString::number(number) : typeName(value)));
            return 0;
        }
        return int(number);
    }

    QJsonArray array(const char *key, bool required = true)
    {
        const auto value = m_object.value(QLatin1StringView(key));
        if (value.isUndefined() && !required)
            return {};
        if (!value.isArray()) {
            failed(QStringLiteral("\"%1\" must be an array, not %2")
                       .arg(QLatin1StringView(key), typeName(value)));
            return {};
        }
        return value.toArray();
    }

    /// A query in the board's language (an empty one matches every item).
    QString query(const char *key)
    {
        const auto query = text(key, true, true);
        if (!m_ok || query.trimmed().isEmpty())
            return query;
        QString error;
        ItemQuery::parse(query, &error);
        if (!error.isEmpty())
            return failed(QStringLiteral("\"%1\" is not a query the board reads: %2")
                              .arg(QLatin1StringView(key), error));
        return query;
    }

    QString failed(const QString &what)
    {
        if (m_ok)
            m_problems.failAt(m_index, what);
        m_ok = false;
        return {};
    }

private:
    QJsonObject m_object;
    int m_index;
    Problems &m_problems;
    bool m_ok = true;
};

/// Converts every entry with `convert(Entry &, const QJsonObject &)`; nullopt at the first problem.
template<typename T, typename Convert>
std::optional<QList<T>> convertAll(
    const QJsonArray &entries, const QString &path, QString *error, Convert convert)
{
    Problems problems(path, error);
    QList<T> result;
    for (int index = 0; index < entries.size(); ++index) {
        const auto object = entries[index].toObject();
        Entry entry(object, index, problems);
        T value = convert(entry, object);
        if (!entry.ok())
            return std::nullopt;
        result.append(value);
    }
    return result;
}

std::optional<QList<BlockerRulePreset>> blockerRulesFrom(
    const QJsonArray &entries, const QString &path, QString *error)
{
    return convertAll<BlockerRulePreset>(entries, path, error, [](Entry &entry, const QJsonObject &) {
        return BlockerRulePreset {entry.localized("name"), entry.query("expression")};
    });
}

std::optional<QList<BoardColumn>> boardColumnsFrom(
    const QJsonArray &entries, const QString &path, QString *error)
{
    return convertAll<BoardColumn>(entries, path, error, [](Entry &entry, const QJsonObject &) {
        return BoardColumn {
            entry.localized("name"), entry.query("rule"), entry.integer("precedence", 0, 1000)};
    });
}

std::optional<QList<BoardView>> boardViewsFrom(const QJsonArray &entries, const QString &path, QString *error)
{
    return convertAll<BoardView>(entries, path, error, [](Entry &entry, const QJsonObject &) {
        return BoardView {entry.localized("name"), entry.query("query")};
    });
}

std::optional<QList<SchedulePreset>> schedulesFrom(
    const QJsonArray &entries, const QString &path, QString *error)
{
    return convertAll<SchedulePreset>(entries, path, error, [](Entry &entry, const QJsonObject &) {
        SchedulePreset preset {entry.localized("name"), {}};
        auto known = Schedule::phaseKinds();
        known.removeAll(Schedule::Custom); // a custom phase needs a name, which a preset has not
        known += {Schedule::FeatureFreeze, Schedule::CodeFreeze};
        const auto phases = entry.array("phases");
        for (const auto &value : phases) {
            const auto object = value.toObject();
            const auto kind = object.value(QLatin1StringView("kind")).toString();
            const auto days = object.value(QLatin1StringView("daysBefore"));
            if (!value.isObject() || !known.contains(kind)) {
                entry.failed(QStringLiteral("a phase's \"kind\" must be one of %1, not \"%2\"")
                                 .arg(known.join(QStringLiteral(", ")), kind));
                break;
            }
            if (!days.isDouble() || days.toDouble() < 0 || days.toDouble() != int(days.toDouble())) {
                entry.failed(
                    QStringLiteral("the %1 phase's \"daysBefore\" must be a whole number of days, 0 or more")
                        .arg(kind));
                break;
            }
            preset.offsets.append({kind, int(days.toDouble())});
        }
        if (entry.ok() && preset.offsets.isEmpty())
            entry.failed(QStringLiteral("\"phases\" is empty"));
        return preset;
    });
}

std::optional<QList<NotesTemplate>> notesTemplatesFrom(
    const QJsonArray &entries, const QString &path, QString *error)
{
    return convertAll<NotesTemplate>(entries, path, error, [](Entry &entry, const QJsonObject &object) {
        entry.text("id");
        entry.text("name");
        const auto style = entry.text("style");
        if (entry.ok() && style != u"kubesphere" && style != u"kubernetes" && style != u"drafter")
            entry.failed(
                QStringLiteral("\"style\" must be kubesphere, kubernetes or drafter, not \"%1\"").arg(style));
        for (const auto &group : entry.array("groups")) {
            const auto types = group.toObject().value(QLatin1StringView("types"));
            if (!group.isObject() || !types.isArray()) {
                entry.failed(
                    QStringLiteral("each of \"groups\" needs a \"heading\" and an array of \"types\""));
                break;
            }
            for (const auto &type : types.toArray()) {
                if (noteTypeId(noteTypeFromId(type.toString())) != type.toString())
                    entry.failed(
                        QStringLiteral("\"%1\" is not a note type (deprecation, api-change, feature, "
                                       "enhancement, design, documentation, failing-test, bug, "
                                       "cleanup, flake, other)")
                            .arg(type.toString()));
            }
        }
        return NotesTemplate::fromJson(object);
    });
}

std::optional<QList<NamedAreaMap>> areaMapsFrom(
    const QJsonArray &entries, const QString &path, QString *error)
{
    return convertAll<NamedAreaMap>(entries, path, error, [](Entry &entry, const QJsonObject &object) {
        NamedAreaMap named {entry.text("id"), entry.localized("name"), AreaSectionMap::fromJson(object)};
        const auto rules = entry.array("rules");
        for (const auto &rule : rules) {
            const auto value = rule.toObject();
            if (value.value(QLatin1StringView("area")).toString().trimmed().isEmpty()
                || value.value(QLatin1StringView("section")).toString().trimmed().isEmpty()) {
                entry.failed(QStringLiteral("each rule needs an \"area\" and a \"section\""));
                break;
            }
        }
        entry.text("fallback");
        entry.text("urgent");
        return named;
    });
}

/// The compiled-in file's entries; a broken file is logged and reads as no entries.
QJsonArray builtInEntries(const QString &kind)
{
    QString error;
    auto entries = readEntries(builtInPath(kind), kind, &error);
    if (!entries) {
        qCWarning(lcPresets).noquote() << error;
        return {};
    }
    return *entries;
}

/// A compiled-in kind, read once per language (names may be translated): the board asks for its
/// default columns on every recompute.
template<typename T>
QList<T> builtIn(
    const QString &kind, std::optional<QList<T>> (*from)(const QJsonArray &, const QString &, QString *))
{
    static QMutex mutex;
    static QHash<QString, QList<T>> byLanguage;
    const auto language = QLocale().name();
    QMutexLocker locker(&mutex);
    if (const auto known = byLanguage.constFind(language); known != byLanguage.cend())
        return *known;
    QString error;
    auto values = from(builtInEntries(kind), builtInPath(kind), &error);
    if (!values)
        qCWarning(lcPresets).noquote() << error;
    return *byLanguage.insert(language, values.value_or(QList<T>()));
}

} // namespace

QString builtInPath(const QString &kind)
{
    return QStringLiteral(":/presets/") + kind + QStringLiteral(".json");
}

QStringList kinds()
{
    return {QStringLiteral("board-columns"), QStringLiteral("board-views"), QStringLiteral("blocker-rules"),
        QStringLiteral("schedules"), QStringLiteral("notes-templates"), QStringLiteral("area-maps")};
}

std::optional<QList<BlockerRulePreset>> readBlockerRules(const QString &path, QString *error)
{
    const auto entries = readEntries(path, QStringLiteral("blocker-rules"), error);
    return entries ? blockerRulesFrom(*entries, path, error) : std::nullopt;
}

std::optional<QList<BoardColumn>> readBoardColumns(const QString &path, QString *error)
{
    const auto entries = readEntries(path, QStringLiteral("board-columns"), error);
    return entries ? boardColumnsFrom(*entries, path, error) : std::nullopt;
}

std::optional<QList<BoardView>> readBoardViews(const QString &path, QString *error)
{
    const auto entries = readEntries(path, QStringLiteral("board-views"), error);
    return entries ? boardViewsFrom(*entries, path, error) : std::nullopt;
}

std::optional<QList<SchedulePreset>> readSchedules(const QString &path, QString *error)
{
    const auto entries = readEntries(path, QStringLiteral("schedules"), error);
    return entries ? schedulesFrom(*entries, path, error) : std::nullopt;
}

std::optional<QList<NotesTemplate>> readNotesTemplates(const QString &path, QString *error)
{
    const auto entries = readEntries(path, QStringLiteral("notes-templates"), error);
    return entries ? notesTemplatesFrom(*entries, path, error) : std::nullopt;
}

std::optional<QList<NamedAreaMap>> readAreaMaps(const QString &path, QString *error)
{
    const auto entries = readEntries(path, QStringLiteral("area-maps"), error);
    return entries ? areaMapsFrom(*entries, path, error) : std::nullopt;
}

QList<BlockerRulePreset> blockerRules()
{
    return builtIn<BlockerRulePreset>(QStringLiteral("blocker-rules"), blockerRulesFrom);
}

QList<BoardColumn> boardColumns()
{
    return builtIn<BoardColumn>(QStringLiteral("board-columns"), boardColumnsFrom);
}

QList<BoardView> boardViews()
{
    return builtIn<BoardView>(QStringLiteral("board-views"), boardViewsFrom);
}

QList<SchedulePreset> schedules()
{
    return builtIn<SchedulePreset>(QStringLiteral("schedules"), schedulesFrom);
}

QList<NotesTemplate> notesTemplates()
{
    return builtIn<NotesTemplate>(QStringLiteral("notes-templates"), notesTemplatesFrom);
}

QList<NamedAreaMap> areaMaps()
{
    return builtIn<NamedAreaMap>(QStringLiteral("area-maps"), areaMapsFrom);
}

AreaSectionMap areaMap(const QString &id)
{
    for (const auto &named : areaMaps()) {
        if (named.id == id)
            return named.map;
    }
    return {};
}

NotesTemplate notesTemplate(const QString &id)
{
    for (const auto &preset : notesTemplates()) {
        if (preset.id == id)
            return preset;
    }
    return {};
}

} // namespace ReleaseDesk::Models::Presets

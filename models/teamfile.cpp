#include "teamfile.h"

#include "schedule.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ReleaseDesk::Models {

using namespace Api;

namespace {
const QString formatName = QStringLiteral("releasedesk-team");
constexpr int formatVersion = 1;

QJsonObject releaseToJson(const Release &release)
{
    QJsonArray repositories;
    for (const auto &entry : release.repositories) {
        QJsonObject repository {{QStringLiteral("host"), entry.repository.host},
            {QStringLiteral("owner"), entry.repository.owner},
            {QStringLiteral("name"), entry.repository.name},
            {QStringLiteral("milestones"), QJsonArray::fromStringList(entry.milestones)}};
        if (entry.hasRange()) {
            repository.insert(QStringLiteral("rangeFrom"), entry.rangeFrom);
            repository.insert(QStringLiteral("rangeTo"), entry.rangeTo);
        }
        repositories.append(repository);
    }
    const auto date
        = [](QDate day) { return day.isValid() ? QJsonValue(day.toString(Qt::ISODate)) : QJsonValue(); };
    QJsonArray phases;
    for (const auto &phase : release.phases) {
        QJsonObject object {
            {QStringLiteral("kind"), phase.kind}, {QStringLiteral("starts"), date(phase.starts)}};
        if (!phase.name.isEmpty())
            object.insert(QStringLiteral("name"), phase.name);
        phases.append(object);
    }
    return {{QStringLiteral("name"), release.name}, {QStringLiteral("repositories"), repositories},
        {QStringLiteral("query"), release.query}, {QStringLiteral("releaseBranch"), release.releaseBranch},
        {QStringLiteral("mainBranch"), release.mainBranch},
        {QStringLiteral("featureFreeze"), date(release.featureFreeze)},
        {QStringLiteral("codeFreeze"), date(release.codeFreeze)},
        {QStringLiteral("releaseDate"), date(release.releaseDate)},
        {QStringLiteral("blockerRule"), release.blockerRule}, {QStringLiteral("phases"), phases},
        {QStringLiteral("exceptionLabel"), release.exceptionLabel}};
}

std::optional<Release> releaseFromJson(const QJsonObject &json)
{
    Release release;
    release.name = json.value(u"name").toString().trimmed();
    if (release.name.isEmpty())
        return std::nullopt;
    for (const auto &value : json.value(u"repositories").toArray()) {
        const auto object = value.toObject();
        ReleaseRepository entry;
        entry.repository = {object.value(u"host").toString(QStringLiteral("github.com")),
            object.value(u"owner").toString(), object.value(u"name").toString()};
        if (!entry.repository.isValid())
            return std::nullopt;
        for (const auto &milestone : object.value(u"milestones").toArray())
            entry.milestones.append(milestone.toString());
        entry.rangeFrom = object.value(u"rangeFrom").toString();
        entry.rangeTo = object.value(u"rangeTo").toString();
        release.repositories.append(entry);
    }
    release.query = json.value(u"query").toString();
    release.releaseBranch = json.value(u"releaseBranch").toString();
    release.mainBranch = json.value(u"mainBranch").toString(QStringLiteral("master"));
    release.featureFreeze = QDate::fromString(json.value(u"featureFreeze").toString(), Qt::ISODate);
    release.codeFreeze = QDate::fromString(json.value(u"codeFreeze").toString(), Qt::ISODate);
    release.releaseDate = QDate::fromString(json.value(u"releaseDate").toString(), Qt::ISODate);
    release.blockerRule = json.value(u"blockerRule").toString();
    // Phases a person wrote by hand: a kind is optional (a named phase is "custom"), a day is not.
    for (const auto &value : json.value(u"phases").toArray()) {
        const auto object = value.toObject();
        Api::ReleasePhase phase {object.value(u"kind").toString().trimmed(), object.value(u"name").toString(),
            QDate::fromString(object.value(u"starts").toString(), Qt::ISODate)};
        if (phase.kind.isEmpty())
            phase.kind = Schedule::Custom;
        if (!phase.starts.isValid())
            return std::nullopt;
        release.phases.append(phase);
    }
    release.exceptionLabel = json.value(u"exceptionLabel").toString().trimmed();
    return release;
}
} // namespace

QByteArray TeamFile::toJson() const
{
    QJsonArray releaseArray;
    for (const auto &release : releases) {
        auto object = releaseToJson(release);
        if (const auto policy = cherryPicks.find(release.name); policy != cherryPicks.end())
            object.insert(QStringLiteral("cherryPicks"), policy->toJson());
        releaseArray.append(object);
    }
    QJsonArray columnArray;
    for (const auto &column : boardColumns)
        columnArray.append(
            QJsonObject {{QStringLiteral("name"), column.name}, {QStringLiteral("rule"), column.rule}});
    QJsonArray viewArray;
    for (const auto &[name, query] : savedViews)
        viewArray.append(QJsonObject {{QStringLiteral("name"), name}, {QStringLiteral("query"), query}});
    const QJsonObject root {{QStringLiteral("format"), formatName},
        {QStringLiteral("version"), formatVersion}, {QStringLiteral("releases"), releaseArray},
        {QStringLiteral("notesTemplates"), NotesTemplate::listToJson(notesTemplates)},
        {QStringLiteral("boardColumns"), columnArray}, {QStringLiteral("savedViews"), viewArray}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<TeamFile> TeamFile::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const auto document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = tr("This is not a Release Desk team file: it is not valid JSON (%1 at byte %2). Choose a "
                    "file exported with Settings > Export.")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    const auto root = document.object();
    if (root.value(u"format").toString() != formatName) {
        *error = tr("This JSON file is not a Release Desk team file. Choose a file exported with Settings > "
                    "Export.");
        return std::nullopt;
    }
    if (root.value(u"version").toInt() > formatVersion) {
        *error = tr("This team file was written by a newer Release Desk (format %1). Update Release Desk to "
                    "import it.")
                     .arg(root.value(u"version").toInt());
        return std::nullopt;
    }
    TeamFile file;
    for (const auto &value : root.value(u"releases").toArray()) {
        const auto release = releaseFromJson(value.toObject());
        if (!release) {
            *error = tr("A release in this team file has no name, a repository without owner/name or a phase "
                        "without a valid day (YYYY-MM-DD); nothing was imported. Fix the file and import it "
                        "again.");
            return std::nullopt;
        }
        file.releases.append(*release);
        const auto policy = value.toObject().value(u"cherryPicks");
        if (policy.isObject())
            file.cherryPicks.insert(release->name, CherryPickPolicy::fromJson(policy.toObject()));
    }
    file.notesTemplates = NotesTemplate::listFromJson(root.value(u"notesTemplates").toArray());
    for (const auto &value : root.value(u"boardColumns").toArray())
        file.boardColumns.append(
            {value.toObject().value(u"name").toString(), value.toObject().value(u"rule").toString()});
    for (const auto &value : root.value(u"savedViews").toArray())
        file.savedViews.append(
            {value.toObject().value(u"name").toString(), value.toObject().value(u"query").toString()});
    return file;
}

} // namespace ReleaseDesk::Models

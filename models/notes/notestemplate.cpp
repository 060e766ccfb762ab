#include "notes/notestemplate.h"

#include "presets.h"

#include <QJsonArray>

namespace ReleaseDesk::Models {

namespace {

QString styleId(NotesTemplate::Style style)
{
    switch (style) {
    case NotesTemplate::Style::KubeSphere:
        return QStringLiteral("kubesphere");
    case NotesTemplate::Style::Kubernetes:
        return QStringLiteral("kubernetes");
    case NotesTemplate::Style::Drafter:
        return QStringLiteral("drafter");
    }
    return {};
}

NotesTemplate::Style styleFromId(QStringView id)
{
    if (id == u"kubernetes")
        return NotesTemplate::Style::Kubernetes;
    if (id == u"drafter")
        return NotesTemplate::Style::Drafter;
    return NotesTemplate::Style::KubeSphere;
}

} // namespace

QString NotesTemplate::groupHeadingFor(NoteType type) const
{
    for (const auto &group : groups) {
        if (group.types.contains(type))
            return group.heading;
    }
    return {};
}

QJsonObject NotesTemplate::toJson() const
{
    QJsonArray groupArray;
    for (const auto &group : groups) {
        QJsonArray types;
        for (auto type : group.types)
            types.append(noteTypeId(type));
        groupArray.append(
            QJsonObject {{QStringLiteral("heading"), group.heading}, {QStringLiteral("types"), types}});
    }
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("style"), styleId(style)},
        {QStringLiteral("groups"), groupArray},
        {QStringLiteral("tableOfContents"), tableOfContents},
        {QStringLiteral("contributors"), contributors},
        {QStringLiteral("contributorsHeading"), contributorsHeading},
        {QStringLiteral("firstTimeContributorsHeading"), firstTimeContributorsHeading},
        {QStringLiteral("actionRequiredPrefix"), actionRequiredPrefix},
        {QStringLiteral("dependenciesHeading"), dependenciesHeading},
        {QStringLiteral("cherryPickCitation"),
            cherryPickCitation == CherryPickCitation::Original ? QStringLiteral("original")
                                                               : QStringLiteral("release-branch")},
        {QStringLiteral("allowRawHtml"), allowRawHtml},
        {QStringLiteral("drafter"), drafter.toJson()},
    };
}

QJsonArray NotesTemplate::listToJson(const QList<NotesTemplate> &templates)
{
    QJsonArray array;
    for (const auto &notesTemplate : templates)
        array.append(notesTemplate.toJson());
    return array;
}

QList<NotesTemplate> NotesTemplate::listFromJson(const QJsonArray &array)
{
    QList<NotesTemplate> templates;
    for (const auto &value : array)
        templates.append(fromJson(value.toObject()));
    return templates;
}

NotesTemplate NotesTemplate::fromJson(const QJsonObject &json)
{
    NotesTemplate result;
    result.id = json.value(QLatin1StringView("id")).toString();
    result.name = json.value(QLatin1StringView("name")).toString(result.id);
    result.style = styleFromId(json.value(QLatin1StringView("style")).toString());
    for (const auto &value : json.value(QLatin1StringView("groups")).toArray()) {
        const auto object = value.toObject();
        TypeGroup group {object.value(QLatin1StringView("heading")).toString(), {}};
        for (const auto &type : object.value(QLatin1StringView("types")).toArray())
            group.types.append(noteTypeFromId(type.toString()));
        result.groups.append(group);
    }
    result.tableOfContents = json.value(QLatin1StringView("tableOfContents")).toBool(true);
    result.contributors = json.value(QLatin1StringView("contributors")).toBool(true);
    result.contributorsHeading
        = json.value(QLatin1StringView("contributorsHeading")).toString(result.contributorsHeading);
    result.firstTimeContributorsHeading = json.value(QLatin1StringView("firstTimeContributorsHeading"))
                                              .toString(result.firstTimeContributorsHeading);
    result.actionRequiredPrefix
        = json.value(QLatin1StringView("actionRequiredPrefix")).toString(result.actionRequiredPrefix);
    result.dependenciesHeading
        = json.value(QLatin1StringView("dependenciesHeading")).toString(result.dependenciesHeading);
    result.cherryPickCitation
        = json.value(QLatin1StringView("cherryPickCitation")).toString() == QLatin1StringView("original")
        ? CherryPickCitation::Original
        : CherryPickCitation::ReleaseBranch;
    result.allowRawHtml = json.value(QLatin1StringView("allowRawHtml")).toBool(false);
    if (json.contains(QLatin1StringView("drafter"))) {
        result.drafter = ReleaseDrafterConfig::fromJson(json.value(QLatin1StringView("drafter")).toObject());
    } else {
        // Templates saved before the whole configuration was kept: categories, exclusions, two templates.
        for (const auto &value : json.value(QLatin1StringView("categories")).toArray()) {
            const auto object = value.toObject();
            ReleaseDrafterConfig::Category category {
                object.value(QLatin1StringView("title")).toString(), {}, 0};
            for (const auto &label : object.value(QLatin1StringView("labels")).toArray())
                category.labels.append(label.toString());
            result.drafter.categories.append(category);
        }
        for (const auto &label : json.value(QLatin1StringView("excludeLabels")).toArray())
            result.drafter.excludeLabels.append(label.toString());
        result.drafter.changeTemplate
            = json.value(QLatin1StringView("changeTemplate")).toString(result.drafter.changeTemplate);
        result.drafter.bodyTemplate
            = json.value(QLatin1StringView("bodyTemplate")).toString(result.drafter.bodyTemplate);
    }
    return result;
}

// The built-in templates are data: resources/presets/notes-templates.json.
NotesTemplate NotesTemplate::kubeSphere()
{
    return Presets::notesTemplate(QStringLiteral("kubesphere"));
}

NotesTemplate NotesTemplate::kubeSphereChinese()
{
    return Presets::notesTemplate(QStringLiteral("kubesphere-zh"));
}

NotesTemplate NotesTemplate::kubernetes()
{
    return Presets::notesTemplate(QStringLiteral("kubernetes"));
}

NotesTemplate NotesTemplate::releaseDrafter()
{
    return Presets::notesTemplate(QStringLiteral("drafter"));
}

QList<NotesTemplate> NotesTemplate::presets()
{
    return Presets::notesTemplates();
}

std::optional<NotesTemplate> NotesTemplate::fromReleaseDrafterYaml(const QByteArray &yaml, QString *error)
{
    auto config = ReleaseDrafterConfig::fromYaml(yaml, error);
    if (!config)
        return std::nullopt;
    NotesTemplate result = releaseDrafter();
    result.id = QStringLiteral("drafter-imported");
    result.name = QStringLiteral("release-drafter (imported)");
    result.drafter = *config;
    return result;
}

std::optional<NotesTemplate> findNotesTemplate(const QString &id, const QList<NotesTemplate> &userTemplates)
{
    for (const auto &list : {userTemplates, NotesTemplate::presets()}) {
        for (const auto &candidate : list) {
            if (candidate.id == id)
                return candidate;
        }
    }
    return std::nullopt;
}

} // namespace ReleaseDesk::Models

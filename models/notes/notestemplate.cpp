#include "notes/notestemplate.h"

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

NotesTemplate NotesTemplate::kubeSphere()
{
    NotesTemplate t;
    t.id = QStringLiteral("kubesphere");
    t.name = QStringLiteral("KubeSphere CHANGELOG");
    t.style = Style::KubeSphere;
    t.groups = {
        {QStringLiteral("Features"), {NoteType::Feature, NoteType::Design}},
        {QStringLiteral("Enhancements & Updates"),
            {NoteType::Enhancement, NoteType::Deprecation, NoteType::ApiChange, NoteType::Documentation,
                NoteType::Cleanup, NoteType::Other}},
        {QStringLiteral("Bug Fixes"), {NoteType::Bug, NoteType::FailingTest, NoteType::Flake}},
    };
    return t;
}

NotesTemplate NotesTemplate::kubeSphereChinese()
{
    NotesTemplate t = kubeSphere();
    t.id = QStringLiteral("kubesphere-zh");
    t.name = QStringLiteral("KubeSphere CHANGELOG (中文)");
    t.groups = {
        {QStringLiteral("新特性"), {NoteType::Feature, NoteType::Design}},
        {QStringLiteral("优化"), {NoteType::Enhancement, NoteType::Deprecation, NoteType::ApiChange}},
        {QStringLiteral("缺陷修复"), {NoteType::Bug, NoteType::FailingTest, NoteType::Flake}},
        {QStringLiteral("其他"), {NoteType::Documentation, NoteType::Cleanup, NoteType::Other}},
    };
    t.contributorsHeading = QStringLiteral("贡献者");
    t.firstTimeContributorsHeading = QStringLiteral("新贡献者");
    t.actionRequiredPrefix = QStringLiteral("**需要操作：** ");
    return t;
}

NotesTemplate NotesTemplate::kubernetes()
{
    NotesTemplate t;
    t.id = QStringLiteral("kubernetes");
    t.name = QStringLiteral("Kubernetes CHANGELOG");
    t.style = Style::Kubernetes;
    t.tableOfContents = false;
    // krel cites the PR that went into the branch; a reader of a patch changelog looks for the change
    // as merged on master, so the original leads and the cherry-pick follows it.
    t.cherryPickCitation = CherryPickCitation::Original;
    // The headings of kubernetes/kubernetes CHANGELOG files, in their order.
    t.groups = {
        {QStringLiteral("Deprecation"), {NoteType::Deprecation}},
        {QStringLiteral("API Change"), {NoteType::ApiChange}},
        {QStringLiteral("Feature"), {NoteType::Feature, NoteType::Enhancement, NoteType::Design}},
        {QStringLiteral("Documentation"), {NoteType::Documentation}},
        {QStringLiteral("Failing Test"), {NoteType::FailingTest}},
        {QStringLiteral("Bug or Regression"), {NoteType::Bug}},
        {QStringLiteral("Other (Cleanup or Flake)"), {NoteType::Cleanup, NoteType::Flake, NoteType::Other}},
    };
    return t;
}

NotesTemplate NotesTemplate::releaseDrafter()
{
    NotesTemplate t;
    t.id = QStringLiteral("drafter");
    t.name = QStringLiteral("release-drafter");
    t.style = Style::Drafter;
    t.tableOfContents = false;
    t.drafter.categories = {
        {QStringLiteral("🚀 Features"),
            {QStringLiteral("feature"), QStringLiteral("enhancement"), QStringLiteral("kind/feature")}, 0},
        {QStringLiteral("🐛 Bug Fixes"),
            {QStringLiteral("fix"), QStringLiteral("bugfix"), QStringLiteral("bug"),
                QStringLiteral("regression"), QStringLiteral("kind/bug")},
            0},
        {QStringLiteral("📝 Documentation updates"),
            {QStringLiteral("documentation"), QStringLiteral("kind/documentation")}, 0},
        {QStringLiteral("👻 Maintenance"),
            {QStringLiteral("chore"), QStringLiteral("dependencies"), QStringLiteral("kind/cleanup")}, 0},
    };
    t.drafter.excludeLabels
        = {QStringLiteral("skip-changelog"), QStringLiteral("no-changelog"), QStringLiteral("invalid")};
    t.drafter.bodyTemplate = QStringLiteral(
        "## What’s Changed\n\n$CHANGES\n\n**Full Changelog**: "
        "https://github.com/$OWNER/$REPOSITORY/compare/$PREVIOUS_TAG...v$RESOLVED_VERSION\n");
    t.drafter.nameTemplate = QStringLiteral("v$RESOLVED_VERSION");
    t.drafter.tagTemplate = QStringLiteral("v$RESOLVED_VERSION");
    return t;
}

QList<NotesTemplate> NotesTemplate::presets()
{
    return {kubeSphere(), kubeSphereChinese(), kubernetes(), releaseDrafter()};
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

#include "notes/notestemplate.h"

#include <QCoreApplication>
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

/// Strips YAML quotes from a scalar; good enough for release-drafter files, which use plain strings.
QString yamlScalar(QString value)
{
    value = value.trimmed();
    if (value.size() >= 2
        && ((value.front() == QLatin1Char('\'') && value.back() == QLatin1Char('\''))
            || (value.front() == QLatin1Char('"') && value.back() == QLatin1Char('"')))) {
        const QChar quote = value.front();
        value = value.mid(1, value.size() - 2);
        if (quote == QLatin1Char('\''))
            value.replace(QLatin1StringView("''"), QLatin1StringView("'"));
    } else {
        const auto comment = value.indexOf(QLatin1StringView(" #"));
        if (comment >= 0)
            value = value.left(comment).trimmed();
    }
    return value;
}

int indentOf(const QString &line)
{
    int indent = 0;
    while (indent < line.size() && line[indent] == QLatin1Char(' '))
        ++indent;
    return indent;
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
    QJsonArray categoryArray;
    for (const auto &category : categories)
        categoryArray.append(QJsonObject {{QStringLiteral("title"), category.title},
            {QStringLiteral("labels"), QJsonArray::fromStringList(category.labels)}});
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
        {QStringLiteral("categories"), categoryArray},
        {QStringLiteral("excludeLabels"), QJsonArray::fromStringList(excludeLabels)},
        {QStringLiteral("changeTemplate"), changeTemplate},
        {QStringLiteral("bodyTemplate"), bodyTemplate},
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
    for (const auto &value : json.value(QLatin1StringView("categories")).toArray()) {
        const auto object = value.toObject();
        Category category {object.value(QLatin1StringView("title")).toString(), {}};
        for (const auto &label : object.value(QLatin1StringView("labels")).toArray())
            category.labels.append(label.toString());
        result.categories.append(category);
    }
    for (const auto &label : json.value(QLatin1StringView("excludeLabels")).toArray())
        result.excludeLabels.append(label.toString());
    result.changeTemplate = json.value(QLatin1StringView("changeTemplate")).toString(result.changeTemplate);
    result.bodyTemplate = json.value(QLatin1StringView("bodyTemplate")).toString(result.bodyTemplate);
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
    t.categories = {
        {QStringLiteral("🚀 Features"),
            {QStringLiteral("feature"), QStringLiteral("enhancement"), QStringLiteral("kind/feature")}},
        {QStringLiteral("🐛 Bug Fixes"),
            {QStringLiteral("fix"), QStringLiteral("bugfix"), QStringLiteral("bug"),
                QStringLiteral("regression"), QStringLiteral("kind/bug")}},
        {QStringLiteral("📝 Documentation updates"),
            {QStringLiteral("documentation"), QStringLiteral("kind/documentation")}},
        {QStringLiteral("👻 Maintenance"),
            {QStringLiteral("chore"), QStringLiteral("dependencies"), QStringLiteral("kind/cleanup")}},
    };
    t.excludeLabels
        = {QStringLiteral("skip-changelog"), QStringLiteral("no-changelog"), QStringLiteral("invalid")};
    return t;
}

QList<NotesTemplate> NotesTemplate::presets()
{
    return {kubeSphere(), kubeSphereChinese(), kubernetes(), releaseDrafter()};
}

std::optional<NotesTemplate> NotesTemplate::fromReleaseDrafterYaml(const QByteArray &yaml, QString *error)
{
    // release-drafter.yml uses a small YAML subset: top-level keys, a list of category maps, string
    // lists and one literal block (`template: |`). This reader handles exactly that and says so otherwise.
    NotesTemplate result = releaseDrafter();
    result.id = QStringLiteral("drafter-imported");
    result.name = QStringLiteral("release-drafter (imported)");
    result.categories.clear();
    result.excludeLabels.clear();

    const auto lines = QString::fromUtf8(yaml)
                           .replace(QLatin1StringView("\r\n"), QLatin1StringView("\n"))
                           .split(QLatin1Char('\n'));
    QString topKey;
    Category *category = nullptr;
    QString categoryKey;
    bool sawCategories = false;
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines[i];
        const auto trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
            continue;
        const int indent = indentOf(line);
        if (indent == 0) {
            const auto colon = trimmed.indexOf(QLatin1Char(':'));
            if (colon < 0)
                continue;
            topKey = trimmed.left(colon).trimmed();
            const auto value = trimmed.mid(colon + 1).trimmed();
            category = nullptr;
            if (topKey == u"change-template")
                result.changeTemplate = yamlScalar(value);
            else if (topKey == u"template" && value.startsWith(QLatin1Char('|'))) {
                QStringList block;
                int blockIndent = -1;
                while (i + 1 < lines.size()) {
                    const auto &next = lines[i + 1];
                    if (!next.trimmed().isEmpty() && indentOf(next) == 0)
                        break;
                    ++i;
                    if (blockIndent < 0 && !next.trimmed().isEmpty())
                        blockIndent = indentOf(next);
                    block.append(next.mid(qMax(0, blockIndent)));
                }
                while (!block.isEmpty() && block.last().trimmed().isEmpty())
                    block.removeLast();
                result.bodyTemplate = block.join(QLatin1Char('\n'));
            } else if (topKey == u"template")
                result.bodyTemplate = yamlScalar(value);
            else if (topKey == u"categories")
                sawCategories = true;
            continue;
        }
        if (topKey == u"categories") {
            QString content = trimmed;
            if (content.startsWith(QLatin1StringView("- ")) && indent <= 2) {
                result.categories.append(Category {});
                category = &result.categories.last();
                content = content.mid(2).trimmed();
            }
            if (!category)
                continue;
            if (content.startsWith(QLatin1StringView("- "))) {
                if (categoryKey == u"labels")
                    category->labels.append(yamlScalar(content.mid(2)));
                continue;
            }
            const auto colon = content.indexOf(QLatin1Char(':'));
            if (colon < 0)
                continue;
            categoryKey = content.left(colon).trimmed();
            const auto value = content.mid(colon + 1).trimmed();
            if (categoryKey == u"title")
                category->title = yamlScalar(value);
            else if ((categoryKey == u"label" || categoryKey == u"labels") && !value.isEmpty()) {
                if (value.startsWith(QLatin1Char('['))) {
                    for (const auto &part : value.mid(1, value.size() - 2).split(QLatin1Char(',')))
                        category->labels.append(yamlScalar(part));
                } else {
                    category->labels.append(yamlScalar(value));
                }
            }
        } else if (topKey == u"exclude-labels" && trimmed.startsWith(QLatin1StringView("- "))) {
            result.excludeLabels.append(yamlScalar(trimmed.mid(2)));
        }
    }
    if (!sawCategories || result.categories.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("ReleaseDesk::NotesTemplate",
                "No categories found: is this a release-drafter.yml file? It needs a \"categories:\" list.");
        return std::nullopt;
    }
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

#include "notes/releasedrafterconfig.h"

#include "notes/yamlreader.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <map>
#include <tuple>

namespace ReleaseDesk::Models {

namespace {

using Config = ReleaseDrafterConfig;
using Notice = ReleaseDrafterNotice;

/// Thrown inside the reader only: one refusal, with its line and key, ends the import.
struct Refusal
{
    int line;
    QString key;
    QString reason;
};

QString scalarText(const YamlNode &node, const QString &key)
{
    if (node.isNull())
        return {};
    if (!node.isScalar())
        throw Refusal {node.line, key,
            QCoreApplication::translate(
                "ReleaseDesk::ReleaseDrafterConfig", "must be a text, not a list or a map")};
    return node.scalar;
}

bool booleanValue(const YamlNode &node, const QString &key)
{
    static const QStringList yes {QStringLiteral("true"), QStringLiteral("True"), QStringLiteral("TRUE")};
    static const QStringList no {QStringLiteral("false"), QStringLiteral("False"), QStringLiteral("FALSE")};
    if (node.isScalar() && yes.contains(node.scalar))
        return true;
    if (node.isScalar() && no.contains(node.scalar))
        return false;
    throw Refusal {node.line, key,
        QCoreApplication::translate("ReleaseDesk::ReleaseDrafterConfig", "must be true or false")};
}

/// A list of texts; a single text counts as a list of one, as release-drafter's labels do.
QStringList textList(const YamlNode &node, const QString &key)
{
    if (node.isNull())
        return {};
    if (node.isScalar())
        return {node.scalar};
    if (node.kind != YamlNode::Kind::Sequence)
        throw Refusal {node.line, key,
            QCoreApplication::translate("ReleaseDesk::ReleaseDrafterConfig", "must be a list of texts")};
    QStringList list;
    for (const auto &item : node.items) {
        if (!item.isScalar())
            throw Refusal {item.line, key,
                QCoreApplication::translate("ReleaseDesk::ReleaseDrafterConfig", "must be a list of texts")};
        list.append(item.scalar);
    }
    return list;
}

const YamlNode &mappingOf(const YamlNode &node, const QString &key)
{
    if (node.kind != YamlNode::Kind::Mapping)
        throw Refusal {node.line, key,
            QCoreApplication::translate("ReleaseDesk::ReleaseDrafterConfig", "must be a map of options")};
    return node;
}

QList<Config::Category> categoriesFrom(const YamlNode &node, QList<Notice> &notices)
{
    if (node.isNull())
        return {};
    if (node.kind != YamlNode::Kind::Sequence)
        throw Refusal {node.line, QStringLiteral("categories"),
            QCoreApplication::translate("ReleaseDesk::ReleaseDrafterConfig", "must be a list of categories")};
    QList<Config::Category> categories;
    for (int i = 0; i < node.items.size(); ++i) {
        const auto key = QStringLiteral("categories[%1]").arg(i);
        const auto &item = mappingOf(node.items[i], key);
        Config::Category category;
        QStringList single;
        for (int e = 0; e < item.entries.size(); ++e) {
            const auto &[name, value] = item.entries[e];
            const QString path = key + QLatin1Char('.') + name;
            if (name == u"title")
                category.title = scalarText(value, path);
            else if (name == u"label")
                single = textList(value, path);
            else if (name == u"labels")
                category.labels = textList(value, path);
            else if (name == u"collapse-after") {
                bool ok = false;
                category.collapseAfter = value.isScalar() ? value.scalar.toInt(&ok) : -1;
                if (!ok || category.collapseAfter < 0)
                    throw Refusal {value.line, path,
                        QCoreApplication::translate(
                            "ReleaseDesk::ReleaseDrafterConfig", "must be a whole number, 0 or more")};
            } else {
                notices.append({Notice::Kind::Unknown, path, item.keyLines.value(e),
                    QCoreApplication::translate("ReleaseDesk::ReleaseDrafterConfig",
                        "not a category option of release-drafter: skipped")});
            }
        }
        if (category.title.isEmpty())
            throw Refusal {item.line, key,
                QCoreApplication::translate("ReleaseDesk::ReleaseDrafterConfig", "a category needs a title")};
        category.labels += single; // release-drafter puts `label` after `labels`
        categories.append(category);
    }
    return categories;
}

QList<Config::Replacer> replacersFrom(const YamlNode &node)
{
    if (node.isNull())
        return {};
    if (node.kind != YamlNode::Kind::Sequence)
        throw Refusal {node.line, QStringLiteral("replacers"),
            QCoreApplication::translate(
                "ReleaseDesk::ReleaseDrafterConfig", "must be a list of search and replace")};
    QList<Config::Replacer> replacers;
    for (int i = 0; i < node.items.size(); ++i) {
        const auto key = QStringLiteral("replacers[%1]").arg(i);
        const auto &item = mappingOf(node.items[i], key);
        const auto *search = item.value(u"search");
        const auto *replace = item.value(u"replace");
        if (!search || scalarText(*search, key + QStringLiteral(".search")).isEmpty())
            throw Refusal {item.line, key,
                QCoreApplication::translate(
                    "ReleaseDesk::ReleaseDrafterConfig", "needs a search text or /regular expression/")};
        if (!replace)
            throw Refusal {item.line, key,
                QCoreApplication::translate(
                    "ReleaseDesk::ReleaseDrafterConfig", "needs a replace text (it may be empty)")};
        replacers.append({search->scalar, scalarText(*replace, key + QStringLiteral(".replace"))});
    }
    return replacers;
}

void versionResolverFrom(const YamlNode &node, Config &config)
{
    const QString key = QStringLiteral("version-resolver");
    if (node.isNull())
        return;
    const auto &map = mappingOf(node, key);
    for (const auto &[name, value] : map.entries) {
        const QString path = key + QLatin1Char('.') + name;
        if (name == u"default") {
            const auto text = scalarText(value, path);
            if (text != u"major" && text != u"minor" && text != u"patch")
                throw Refusal {value.line, path,
                    QCoreApplication::translate(
                        "ReleaseDesk::ReleaseDrafterConfig", "must be major, minor or patch")};
            config.defaultIncrement = text;
            continue;
        }
        QStringList *labels = name == u"major" ? &config.majorLabels
            : name == u"minor"                 ? &config.minorLabels
            : name == u"patch"                 ? &config.patchLabels
                                               : nullptr;
        if (!labels)
            throw Refusal {value.line, path,
                QCoreApplication::translate("ReleaseDesk::ReleaseDrafterConfig",
                    "version-resolver takes major, minor, patch and default")};
        const auto *list = mappingOf(value, path).value(u"labels");
        *labels = list ? textList(*list, path + QStringLiteral(".labels")) : QStringList();
    }
}

const QStringList &ignoredKeys()
{
    // release-drafter's own options that concern the workflow, not the text it drafts.
    static const QStringList keys {QStringLiteral("references"), QStringLiteral("branches"),
        QStringLiteral("autolabeler"), QStringLiteral("commitish"), QStringLiteral("latest"),
        QStringLiteral("filter-by-commitish"), QStringLiteral("filter-by-range"),
        QStringLiteral("pull-request-limit"), QStringLiteral("history-limit"),
        QStringLiteral("initial-commits-since"), QStringLiteral("_extends"),
        QStringLiteral("change-author-template"), QStringLiteral("change-authors-separator"),
        QStringLiteral("change-authors-final-separator")};
    return keys;
}

QString ignoredReason(const QString &key)
{
    if (key == u"_extends")
        return QCoreApplication::translate("ReleaseDesk::ReleaseDrafterConfig",
            "inherits options from another file, which is not read here: copy them into this file");
    if (key == u"autolabeler")
        return QCoreApplication::translate("ReleaseDesk::ReleaseDrafterConfig",
            "labels pull requests on GitHub; the notes use the labels the pull requests have");
    if (key == u"filter-by-commitish" || key == u"filter-by-range" || key == u"commitish")
        return QCoreApplication::translate("ReleaseDesk::ReleaseDrafterConfig",
            "chooses the previous release by branch or range; the app uses the last published one");
    return QCoreApplication::translate("ReleaseDesk::ReleaseDrafterConfig",
        "concerns the workflow, not the text of the release: kept for export, not applied");
}

bool isBlank(const QString &line)
{
    const auto trimmed = QStringView(line).trimmed();
    return trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#'));
}

/// The lines of a top-level entry as written (for keys this app keeps but does not apply).
QString sourceLinesOf(const QStringList &lines, int firstLine, int nextKeyLine)
{
    QStringList block = lines.mid(firstLine - 1, nextKeyLine - firstLine);
    while (!block.isEmpty() && isBlank(block.last()))
        block.removeLast();
    return block.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace

std::optional<ReleaseDrafterConfig> ReleaseDrafterConfig::fromYaml(const QByteArray &yaml, QString *error)
{
    const auto refuse = [&](const QString &message) -> std::optional<ReleaseDrafterConfig> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    YamlError yamlError;
    const auto root = parseYaml(yaml, &yamlError);
    if (!root)
        return refuse(QCoreApplication::translate("ReleaseDesk::ReleaseDrafterConfig",
            "Line %1: %2. This is not a YAML file release-drafter can read.")
                          .arg(yamlError.line)
                          .arg(yamlError.message));
    if (root->isNull())
        return refuse(QCoreApplication::translate("ReleaseDesk::ReleaseDrafterConfig",
            "The file is empty: a release-drafter.yml needs at least a \"template:\"."));
    if (root->kind != YamlNode::Kind::Mapping)
        return refuse(QCoreApplication::translate("ReleaseDesk::ReleaseDrafterConfig",
            "Line %1: a release-drafter.yml is a map of options (\"key: value\" lines); this "
            "file starts with a list or a text.")
                          .arg(root->line));

    auto lines = QString::fromUtf8(yaml)
                     .replace(QLatin1StringView("\r\n"), QLatin1StringView("\n"))
                     .split(QLatin1Char('\n'));
    ReleaseDrafterConfig config;
    bool hasTemplate = false;
    bool anyKnown = false;
    try {
        for (int i = 0; i < root->entries.size(); ++i) {
            const auto &[key, value] = root->entries[i];
            const int line = root->keyLines.value(i);
            const int nextLine = i + 1 < root->keyLines.size() ? root->keyLines[i + 1] : lines.size() + 1;
            const std::map<QString, QString *> texts {
                {QStringLiteral("header"), &config.header},
                {QStringLiteral("footer"), &config.footer},
                {QStringLiteral("category-template"), &config.categoryTemplate},
                {QStringLiteral("change-template"), &config.changeTemplate},
                {QStringLiteral("change-title-escapes"), &config.changeTitleEscapes},
                {QStringLiteral("no-changes-template"), &config.noChangesTemplate},
                {QStringLiteral("no-contributors-template"), &config.noContributorsTemplate},
                {QStringLiteral("version-template"), &config.versionTemplate},
                {QStringLiteral("name-template"), &config.nameTemplate},
                {QStringLiteral("tag-template"), &config.tagTemplate},
                {QStringLiteral("tag-prefix"), &config.tagPrefix},
                {QStringLiteral("prerelease-identifier"), &config.prereleaseIdentifier},
            };
            const std::map<QString, QStringList *> lists {
                {QStringLiteral("exclude-labels"), &config.excludeLabels},
                {QStringLiteral("include-labels"), &config.includeLabels},
                {QStringLiteral("exclude-contributors"), &config.excludeContributors},
                {QStringLiteral("include-paths"), &config.includePaths},
                {QStringLiteral("exclude-paths"), &config.excludePaths},
            };
            Notice notice {Notice::Kind::Used, key, line, {}};
            if (key == u"template") {
                config.bodyTemplate = scalarText(value, key);
                if (config.bodyTemplate.isEmpty())
                    throw Refusal {line, key,
                        QCoreApplication::translate("ReleaseDesk::ReleaseDrafterConfig",
                            "is empty; release-drafter needs a template")};
                hasTemplate = true;
            } else if (const auto textField = texts.find(key); textField != texts.end()) {
                *textField->second = scalarText(value, key);
            } else if (const auto listField = lists.find(key); listField != lists.end()) {
                *listField->second = textList(value, key);
                if (key == u"include-paths" || key == u"exclude-paths")
                    notice = {Notice::Kind::Unsupported, key, line,
                        QCoreApplication::translate("ReleaseDesk::ReleaseDrafterConfig",
                            "needs the files each pull request changed, which are not synced: every pull "
                            "request is listed as if this option were absent")};
            } else if (key == u"categories") {
                config.categories = categoriesFrom(value, config.notices);
            } else if (key == u"replacers") {
                config.replacers = replacersFrom(value);
            } else if (key == u"version-resolver") {
                versionResolverFrom(value, config);
            } else if (key == u"sort-by") {
                const auto text = scalarText(value, key);
                if (text != u"merged_at" && text != u"title")
                    throw Refusal {line, key,
                        QCoreApplication::translate(
                            "ReleaseDesk::ReleaseDrafterConfig", "must be merged_at or title")};
                config.sortBy = text == u"title" ? SortBy::Title : SortBy::MergedAt;
            } else if (key == u"sort-direction") {
                const auto text = scalarText(value, key);
                if (text != u"ascending" && text != u"descending")
                    throw Refusal {line, key,
                        QCoreApplication::translate(
                            "ReleaseDesk::ReleaseDrafterConfig", "must be ascending or descending")};
                config.sortDirection
                    = text == u"ascending" ? SortDirection::Ascending : SortDirection::Descending;
            } else if (key == u"prerelease") {
                config.prerelease = booleanValue(value, key);
            } else if (key == u"include-pre-releases") {
                config.includePreReleases = booleanValue(value, key);
            } else if (ignoredKeys().contains(key)) {
                notice = {Notice::Kind::Ignored, key, line, ignoredReason(key)};
                config.passthroughYaml += sourceLinesOf(lines, line, nextLine);
            } else {
                notice = {Notice::Kind::Unknown, key, line,
                    QCoreApplication::translate("ReleaseDesk::ReleaseDrafterConfig",
                        "not a release-drafter option: skipped, as release-drafter does")};
                config.passthroughYaml += sourceLinesOf(lines, line, nextLine);
            }
            anyKnown = anyKnown || notice.kind != Notice::Kind::Unknown;
            config.notices.append(notice);
        }
    } catch (const Refusal &refusal) {
        return refuse(QCoreApplication::translate("ReleaseDesk::ReleaseDrafterConfig", "Line %1, %2: %3.")
                          .arg(refusal.line)
                          .arg(refusal.key, refusal.reason));
    }
    // Nested notices (a category's unknown key) were added before their top-level key: file order.
    std::stable_sort(config.notices.begin(), config.notices.end(),
        [](const Notice &a, const Notice &b) { return a.line < b.line; });
    if (!anyKnown)
        return refuse(QCoreApplication::translate("ReleaseDesk::ReleaseDrafterConfig",
            "Line %1: \"%2\" is not a release-drafter option, and neither is any other key of "
            "this file. Is it a release-drafter.yml?")
                          .arg(root->keyLines.value(0))
                          .arg(root->entries.value(0).first));
    if (!hasTemplate) {
        if (!root->value(u"_extends"))
            return refuse(QCoreApplication::translate("ReleaseDesk::ReleaseDrafterConfig",
                "No \"template:\" key: release-drafter needs one to write the release (for "
                "example \"template: $CHANGES\")."));
        config.bodyTemplate = QStringLiteral("$CHANGES");
    }
    return config;
}

namespace {

QJsonArray stringArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    for (const auto &item : value.toArray())
        list.append(item.toString());
    return list;
}

} // namespace

QJsonObject ReleaseDrafterConfig::toJson() const
{
    QJsonArray categoryArray;
    for (const auto &category : categories)
        categoryArray.append(QJsonObject {{QStringLiteral("title"), category.title},
            {QStringLiteral("labels"), stringArray(category.labels)},
            {QStringLiteral("collapseAfter"), category.collapseAfter}});
    QJsonArray replacerArray;
    for (const auto &replacer : replacers)
        replacerArray.append(QJsonObject {
            {QStringLiteral("search"), replacer.search}, {QStringLiteral("replace"), replacer.replace}});
    QJsonObject json {
        {QStringLiteral("template"), bodyTemplate},
        {QStringLiteral("header"), header},
        {QStringLiteral("footer"), footer},
        {QStringLiteral("categories"), categoryArray},
        {QStringLiteral("categoryTemplate"), categoryTemplate},
        {QStringLiteral("changeTemplate"), changeTemplate},
        {QStringLiteral("changeTitleEscapes"), changeTitleEscapes},
        {QStringLiteral("noChangesTemplate"), noChangesTemplate},
        {QStringLiteral("excludeLabels"), stringArray(excludeLabels)},
        {QStringLiteral("includeLabels"), stringArray(includeLabels)},
        {QStringLiteral("excludeContributors"), stringArray(excludeContributors)},
        {QStringLiteral("noContributorsTemplate"), noContributorsTemplate},
        {QStringLiteral("sortBy"),
            sortBy == SortBy::Title ? QStringLiteral("title") : QStringLiteral("merged_at")},
        {QStringLiteral("sortDirection"),
            sortDirection == SortDirection::Ascending ? QStringLiteral("ascending")
                                                      : QStringLiteral("descending")},
        {QStringLiteral("replacers"), replacerArray},
        {QStringLiteral("majorLabels"), stringArray(majorLabels)},
        {QStringLiteral("minorLabels"), stringArray(minorLabels)},
        {QStringLiteral("patchLabels"), stringArray(patchLabels)},
        {QStringLiteral("defaultIncrement"), defaultIncrement},
        {QStringLiteral("versionTemplate"), versionTemplate},
        {QStringLiteral("nameTemplate"), nameTemplate},
        {QStringLiteral("tagTemplate"), tagTemplate},
        {QStringLiteral("tagPrefix"), tagPrefix},
        {QStringLiteral("prereleaseIdentifier"), prereleaseIdentifier},
        {QStringLiteral("includePreReleases"), includePreReleases},
        {QStringLiteral("includePaths"), stringArray(includePaths)},
        {QStringLiteral("excludePaths"), stringArray(excludePaths)},
        {QStringLiteral("passthroughYaml"), passthroughYaml},
    };
    if (prerelease)
        json.insert(QStringLiteral("prerelease"), *prerelease);
    return json;
}

ReleaseDrafterConfig ReleaseDrafterConfig::fromJson(const QJsonObject &json)
{
    ReleaseDrafterConfig c;
    const auto text
        = [&](const char *key, QString &into) { into = json.value(QLatin1StringView(key)).toString(into); };
    text("template", c.bodyTemplate);
    text("header", c.header);
    text("footer", c.footer);
    for (const auto &value : json.value(QLatin1StringView("categories")).toArray()) {
        const auto object = value.toObject();
        c.categories.append({object.value(QLatin1StringView("title")).toString(),
            stringList(object.value(QLatin1StringView("labels"))),
            object.value(QLatin1StringView("collapseAfter")).toInt()});
    }
    text("categoryTemplate", c.categoryTemplate);
    text("changeTemplate", c.changeTemplate);
    text("changeTitleEscapes", c.changeTitleEscapes);
    text("noChangesTemplate", c.noChangesTemplate);
    c.excludeLabels = stringList(json.value(QLatin1StringView("excludeLabels")));
    c.includeLabels = stringList(json.value(QLatin1StringView("includeLabels")));
    c.excludeContributors = stringList(json.value(QLatin1StringView("excludeContributors")));
    text("noContributorsTemplate", c.noContributorsTemplate);
    c.sortBy
        = json.value(QLatin1StringView("sortBy")).toString() == u"title" ? SortBy::Title : SortBy::MergedAt;
    c.sortDirection = json.value(QLatin1StringView("sortDirection")).toString() == u"ascending"
        ? SortDirection::Ascending
        : SortDirection::Descending;
    for (const auto &value : json.value(QLatin1StringView("replacers")).toArray()) {
        const auto object = value.toObject();
        c.replacers.append({object.value(QLatin1StringView("search")).toString(),
            object.value(QLatin1StringView("replace")).toString()});
    }
    c.majorLabels = stringList(json.value(QLatin1StringView("majorLabels")));
    c.minorLabels = stringList(json.value(QLatin1StringView("minorLabels")));
    c.patchLabels = stringList(json.value(QLatin1StringView("patchLabels")));
    text("defaultIncrement", c.defaultIncrement);
    text("versionTemplate", c.versionTemplate);
    text("nameTemplate", c.nameTemplate);
    text("tagTemplate", c.tagTemplate);
    text("tagPrefix", c.tagPrefix);
    if (json.contains(QLatin1StringView("prerelease")))
        c.prerelease = json.value(QLatin1StringView("prerelease")).toBool();
    text("prereleaseIdentifier", c.prereleaseIdentifier);
    c.includePreReleases = json.value(QLatin1StringView("includePreReleases")).toBool();
    c.includePaths = stringList(json.value(QLatin1StringView("includePaths")));
    c.excludePaths = stringList(json.value(QLatin1StringView("excludePaths")));
    text("passthroughYaml", c.passthroughYaml);
    return c;
}

bool operator==(const ReleaseDrafterConfig &a, const ReleaseDrafterConfig &b)
{
    const auto tied = [](const ReleaseDrafterConfig &c) {
        return std::tie(c.bodyTemplate, c.header, c.footer, c.categories, c.categoryTemplate,
            c.changeTemplate, c.changeTitleEscapes, c.noChangesTemplate, c.excludeLabels, c.includeLabels,
            c.excludeContributors, c.noContributorsTemplate, c.sortBy, c.sortDirection, c.replacers,
            c.majorLabels, c.minorLabels, c.patchLabels, c.defaultIncrement, c.versionTemplate,
            c.nameTemplate, c.tagTemplate, c.tagPrefix, c.prerelease, c.prereleaseIdentifier,
            c.includePreReleases, c.includePaths, c.excludePaths, c.passthroughYaml);
    };
    return tied(a) == tied(b);
}

} // namespace ReleaseDesk::Models

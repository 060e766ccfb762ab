#include "notes/areasectionmap.h"

#include <QJsonArray>

namespace ReleaseDesk::Models {

QString AreaSectionMap::sectionFor(const QStringList &areas) const
{
    for (const auto &rule : rules) {
        if (areas.contains(rule.area, Qt::CaseInsensitive))
            return rule.section;
    }
    return fallbackSection;
}

QStringList AreaSectionMap::sections() const
{
    QStringList names;
    for (const auto &rule : rules) {
        if (!names.contains(rule.section) && rule.section != fallbackSection)
            names.append(rule.section);
    }
    if (!fallbackSection.isEmpty())
        names.append(fallbackSection);
    return names;
}

QJsonObject AreaSectionMap::toJson() const
{
    QJsonArray array;
    for (const auto &rule : rules)
        array.append(
            QJsonObject {{QStringLiteral("area"), rule.area}, {QStringLiteral("section"), rule.section}});
    return {{QStringLiteral("rules"), array}, {QStringLiteral("fallback"), fallbackSection},
        {QStringLiteral("urgent"), urgentSection}};
}

AreaSectionMap AreaSectionMap::fromJson(const QJsonObject &json)
{
    AreaSectionMap map;
    for (const auto &value : json.value(QLatin1StringView("rules")).toArray()) {
        const auto rule = value.toObject();
        const auto area = rule.value(QLatin1StringView("area")).toString().trimmed();
        const auto section = rule.value(QLatin1StringView("section")).toString().trimmed();
        if (!area.isEmpty() && !section.isEmpty())
            map.rules.append({area, section});
    }
    map.fallbackSection = json.value(QLatin1StringView("fallback")).toString();
    map.urgentSection = json.value(QLatin1StringView("urgent")).toString();
    return map;
}

AreaSectionMap AreaSectionMap::kubeSphere()
{
    // docs/conventions.md, "KubeSphere's area map". Section names are the changelog's own (English);
    // the team renames them per release.
    const QList<std::pair<const char *, const char *>> pairs = {
        {"alerting", "Observability"},
        {"auditing", "Observability"},
        {"billing", "Observability"},
        {"logging", "Observability"},
        {"metering", "Observability"},
        {"monitoring", "Observability"},
        {"notification", "Observability"},
        {"observability", "Observability"},
        {"api-change", "API Changes"},
        {"app-management", "App Store"},
        {"apps", "App Store"},
        {"devops", "DevOps"},
        {"e2e-test-framework", "Development & Testing"},
        {"infra", "Development & Testing"},
        {"testing", "Development & Testing"},
        {"edge", "KubeEdge Integration"},
        {"iam", "Multi-tenancy & Multi-cluster"},
        {"multicluster", "Multi-tenancy & Multi-cluster"},
        {"microservice", "Service Mesh"},
        {"networking", "Network"},
        {"storage", "Storage"},
        {"ui", "User Experience"},
        {"security", "Security"},
    };
    AreaSectionMap map;
    for (const auto &[area, section] : pairs)
        map.rules.append({QString::fromLatin1(area), QString::fromLatin1(section)});
    map.fallbackSection = QStringLiteral("Uncategorized");
    map.urgentSection = QStringLiteral("API Changes");
    return map;
}

AreaSectionMap AreaSectionMap::kubernetes()
{
    AreaSectionMap map;
    map.fallbackSection = QStringLiteral("Changes by Kind");
    map.urgentSection = QStringLiteral("Urgent Upgrade Notes");
    return map;
}

} // namespace ReleaseDesk::Models

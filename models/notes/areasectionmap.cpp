#include "notes/areasectionmap.h"

#include "presets.h"

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

// The built-in maps are data: resources/presets/area-maps.json (KubeSphere's is docs/conventions.md's).
AreaSectionMap AreaSectionMap::kubeSphere()
{
    return Presets::areaMap(QStringLiteral("kubesphere"));
}

AreaSectionMap AreaSectionMap::kubernetes()
{
    return Presets::areaMap(QStringLiteral("kubernetes"));
}

} // namespace ReleaseDesk::Models

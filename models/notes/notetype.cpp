#include "notes/notetype.h"

#include <QCoreApplication>

namespace ReleaseDesk::Models {

namespace {

struct TypeInfo
{
    NoteType type;
    const char *id;
    const char *displayName;
};

// In priority order (the enum's order). The display names are for tables; templates have their own headings.
constexpr TypeInfo typeTable[] = {
    {NoteType::Deprecation, "deprecation", QT_TRANSLATE_NOOP("ReleaseDesk::NoteType", "Deprecation")},
    {NoteType::ApiChange, "api-change", QT_TRANSLATE_NOOP("ReleaseDesk::NoteType", "API change")},
    {NoteType::Feature, "feature", QT_TRANSLATE_NOOP("ReleaseDesk::NoteType", "Feature")},
    {NoteType::Enhancement, "enhancement", QT_TRANSLATE_NOOP("ReleaseDesk::NoteType", "Enhancement")},
    {NoteType::Design, "design", QT_TRANSLATE_NOOP("ReleaseDesk::NoteType", "Design")},
    {NoteType::Documentation, "documentation", QT_TRANSLATE_NOOP("ReleaseDesk::NoteType", "Documentation")},
    {NoteType::FailingTest, "failing-test", QT_TRANSLATE_NOOP("ReleaseDesk::NoteType", "Failing test")},
    {NoteType::Bug, "bug", QT_TRANSLATE_NOOP("ReleaseDesk::NoteType", "Bug fix")},
    {NoteType::Cleanup, "cleanup", QT_TRANSLATE_NOOP("ReleaseDesk::NoteType", "Cleanup")},
    {NoteType::Flake, "flake", QT_TRANSLATE_NOOP("ReleaseDesk::NoteType", "Flake")},
    {NoteType::Other, "other", QT_TRANSLATE_NOOP("ReleaseDesk::NoteType", "Other")},
};

const TypeInfo &infoOf(NoteType type)
{
    return typeTable[static_cast<int>(type)];
}

} // namespace

QList<NoteType> allNoteTypes()
{
    QList<NoteType> types;
    for (const auto &info : typeTable)
        types.append(info.type);
    return types;
}

QString noteTypeId(NoteType type)
{
    return QString::fromLatin1(infoOf(type).id);
}

NoteType noteTypeFromId(QStringView id)
{
    for (const auto &info : typeTable) {
        if (id.compare(QLatin1StringView(info.id), Qt::CaseInsensitive) == 0)
            return info.type;
    }
    return NoteType::Other;
}

QString noteTypeDisplayName(NoteType type)
{
    return QCoreApplication::translate("ReleaseDesk::NoteType", infoOf(type).displayName);
}

NoteTypeFromLabels noteTypeFromLabels(const QStringList &labelNames)
{
    // kind/regression is reported as a bug ("Bug or Regression" in Kubernetes' notes).
    static const QList<std::pair<QLatin1StringView, NoteType>> kinds = {
        {QLatin1StringView("deprecation"), NoteType::Deprecation},
        {QLatin1StringView("api-change"), NoteType::ApiChange},
        {QLatin1StringView("feature"), NoteType::Feature},
        {QLatin1StringView("design"), NoteType::Design},
        {QLatin1StringView("documentation"), NoteType::Documentation},
        {QLatin1StringView("failing-test"), NoteType::FailingTest},
        {QLatin1StringView("bug"), NoteType::Bug},
        {QLatin1StringView("regression"), NoteType::Bug},
        {QLatin1StringView("cleanup"), NoteType::Cleanup},
        {QLatin1StringView("flake"), NoteType::Flake},
        {QLatin1StringView("other"), NoteType::Other},
    };
    NoteTypeFromLabels result;
    int best = -1;
    for (const auto &label : labelNames) {
        if (!label.startsWith(QLatin1StringView("kind/"), Qt::CaseInsensitive))
            continue;
        const auto kind = QStringView(label).mid(5);
        for (const auto &[name, type] : kinds) {
            if (kind.compare(name, Qt::CaseInsensitive) != 0)
                continue;
            result.fromKindLabel = true;
            if (best < 0 || static_cast<int>(type) < best) {
                best = static_cast<int>(type);
                result.type = type;
            }
        }
    }
    return result;
}

} // namespace ReleaseDesk::Models

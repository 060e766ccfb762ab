#include "notes/notesdraft.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ReleaseDesk::Models {

namespace {
constexpr int draftFormat = 1;

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList toStringList(const QJsonValue &value)
{
    QStringList list;
    for (const auto &element : value.toArray())
        list.append(element.toString());
    return list;
}
} // namespace

QByteArray NotesDraft::toJson() const
{
    QJsonObject edited;
    for (auto it = edits.cbegin(); it != edits.cend(); ++it) {
        const auto &edit = it.value();
        QJsonObject object;
        if (edit.text)
            object.insert(QStringLiteral("text"), *edit.text);
        if (edit.section)
            object.insert(QStringLiteral("section"), *edit.section);
        if (edit.type)
            object.insert(QStringLiteral("type"), noteTypeId(*edit.type));
        if (edit.included)
            object.insert(QStringLiteral("included"), *edit.included);
        if (edit.reviewed)
            object.insert(QStringLiteral("reviewed"), true);
        if (edit.text)
            object.insert(QStringLiteral("sourceTextAtEdit"), edit.sourceTextAtEdit);
        edited.insert(it.key(), object);
    }
    QJsonObject renames;
    for (auto it = sectionRenames.cbegin(); it != sectionRenames.cend(); ++it)
        renames.insert(it.key(), it.value());
    QJsonObject reviewers;
    for (auto it = sectionReviewers.cbegin(); it != sectionReviewers.cend(); ++it) {
        if (!it.value().isEmpty())
            reviewers.insert(it.key(), it.value());
    }
    QJsonArray mergeGroups;
    for (const auto &group : merges)
        mergeGroups.append(toArray(group));
    QJsonObject root {
        {QStringLiteral("format"), draftFormat},
        {QStringLiteral("release"), releaseName},
        {QStringLiteral("name"), name},
        {QStringLiteral("template"), templateId},
        {QStringLiteral("areaMap"), areaMap.toJson()},
        {QStringLiteral("sectionOrder"), toArray(sectionOrder)},
        {QStringLiteral("sectionRenames"), renames},
        {QStringLiteral("edits"), edited},
        {QStringLiteral("merges"), mergeGroups},
        {QStringLiteral("entryOrder"), toArray(entryOrder)},
    };
    if (!reviewers.isEmpty())
        root.insert(QStringLiteral("sectionReviewers"), reviewers);
    if (publishedAt.isValid()) {
        QJsonObject published;
        for (auto it = publishedEntries.cbegin(); it != publishedEntries.cend(); ++it)
            published.insert(it.key(), it.value());
        root.insert(QStringLiteral("published"),
            QJsonObject {{QStringLiteral("at"), publishedAt.toUTC().toString(Qt::ISODate)},
                {QStringLiteral("entries"), published}});
    }
    if (detachedMarkdown)
        root.insert(QStringLiteral("detachedMarkdown"), *detachedMarkdown);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<NotesDraft> NotesDraft::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const auto document = QJsonDocument::fromJson(json, &parseError);
    const auto fail = [error](const QString &message) -> std::optional<NotesDraft> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return fail(
            QCoreApplication::translate("ReleaseDesk::NotesDraft", "The draft is not valid JSON (%1).")
                .arg(parseError.errorString()));
    const auto root = document.object();
    const int format = root.value(QLatin1StringView("format")).toInt();
    if (format != draftFormat)
        return fail(QCoreApplication::translate("ReleaseDesk::NotesDraft",
            "The draft has format %1; this version of Release Desk reads format %2. Update Release Desk to "
            "open it.")
                        .arg(format)
                        .arg(draftFormat));
    NotesDraft draft;
    draft.releaseName = root.value(QLatin1StringView("release")).toString();
    draft.name = root.value(QLatin1StringView("name")).toString();
    draft.templateId = root.value(QLatin1StringView("template")).toString(draft.templateId);
    if (root.contains(QLatin1StringView("areaMap")))
        draft.areaMap = AreaSectionMap::fromJson(root.value(QLatin1StringView("areaMap")).toObject());
    draft.sectionOrder = toStringList(root.value(QLatin1StringView("sectionOrder")));
    const auto renames = root.value(QLatin1StringView("sectionRenames")).toObject();
    for (auto it = renames.begin(); it != renames.end(); ++it)
        draft.sectionRenames.insert(it.key(), it.value().toString());
    const auto edits = root.value(QLatin1StringView("edits")).toObject();
    for (auto it = edits.begin(); it != edits.end(); ++it) {
        const auto object = it.value().toObject();
        EntryEdit edit;
        if (object.contains(QLatin1StringView("text")))
            edit.text = object.value(QLatin1StringView("text")).toString();
        if (object.contains(QLatin1StringView("section")))
            edit.section = object.value(QLatin1StringView("section")).toString();
        if (object.contains(QLatin1StringView("type")))
            edit.type = noteTypeFromId(object.value(QLatin1StringView("type")).toString());
        if (object.contains(QLatin1StringView("included")))
            edit.included = object.value(QLatin1StringView("included")).toBool();
        edit.reviewed = object.value(QLatin1StringView("reviewed")).toBool();
        edit.sourceTextAtEdit = object.value(QLatin1StringView("sourceTextAtEdit")).toString();
        draft.edits.insert(it.key(), edit);
    }
    for (const auto &group : root.value(QLatin1StringView("merges")).toArray()) {
        const auto keys = toStringList(group);
        if (keys.size() > 1)
            draft.merges.append(keys);
    }
    draft.entryOrder = toStringList(root.value(QLatin1StringView("entryOrder")));
    const auto reviewers = root.value(QLatin1StringView("sectionReviewers")).toObject();
    for (auto it = reviewers.begin(); it != reviewers.end(); ++it)
        draft.sectionReviewers.insert(it.key(), it.value().toString());
    const auto published = root.value(QLatin1StringView("published")).toObject();
    draft.publishedAt
        = QDateTime::fromString(published.value(QLatin1StringView("at")).toString(), Qt::ISODate);
    const auto publishedEntries = published.value(QLatin1StringView("entries")).toObject();
    for (auto it = publishedEntries.begin(); it != publishedEntries.end(); ++it)
        draft.publishedEntries.insert(it.key(), it.value().toString());
    if (root.contains(QLatin1StringView("detachedMarkdown")))
        draft.detachedMarkdown = root.value(QLatin1StringView("detachedMarkdown")).toString();
    return draft;
}

} // namespace ReleaseDesk::Models

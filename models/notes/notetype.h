#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ReleaseDesk::Models {

/// What kind of change a note describes. Derived from kind/* labels; Enhancement is only ever chosen by
/// a person (KubeSphere has no kind/enhancement label, "Enhancements" is an editing decision).
/// The enumerators are in the Kubernetes "Changes by Kind" order, which is also the priority used when a
/// PR carries several kind labels.
enum class NoteType {
    Deprecation,
    ApiChange,
    Feature,
    Enhancement,
    Design,
    Documentation,
    FailingTest,
    Bug,
    Cleanup,
    Flake,
    Other,
};

/// Every type, in priority order.
QList<NoteType> allNoteTypes();
/// Stable identifier used in files and on the command line ("api-change").
QString noteTypeId(NoteType type);
/// The inverse of noteTypeId; Other for anything unknown.
NoteType noteTypeFromId(QStringView id);
/// A translated, human name for tables and pickers.
QString noteTypeDisplayName(NoteType type);

/// The type a set of labels gives, and whether a kind label decided it (false: no kind/* label, Other).
struct NoteTypeFromLabels
{
    NoteType type = NoteType::Other;
    bool fromKindLabel = false;
};
NoteTypeFromLabels noteTypeFromLabels(const QStringList &labelNames);

} // namespace ReleaseDesk::Models

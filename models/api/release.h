#pragma once

#include "api/itemkey.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace ReleaseDesk::Api {

/// One repository of a release and how its items are found there.
struct ReleaseRepository
{
    RepositoryRef repository;
    /// Exact milestone titles picked for this repository (GitHub milestones do not span repositories).
    QStringList milestones;
    /// A range of history whose merged pull requests also belong to the release (the release-notes
    /// source "between two tags"): the commits after `rangeFrom` up to `rangeTo`, each a tag or a
    /// branch ("v4.1.2" .. "release-4.1"). Both empty: milestones only.
    QString rangeFrom;
    QString rangeTo;

    bool hasRange() const { return !rangeFrom.isEmpty() && !rangeTo.isEmpty(); }

    friend bool operator==(const ReleaseRepository &, const ReleaseRepository &) = default;
};

/// A dated phase of a release's schedule besides its three key dates (feature freeze, code freeze,
/// release): enhancements freeze, test freeze, docs freeze, a release candidate, or a phase the team
/// names itself. `kind` is a stable key ("test-freeze"); `name` is the team's own wording, empty
/// for the kind's translated name (Models::Schedule).
struct ReleasePhase
{
    QString kind;
    QString name;
    QDate starts;

    friend bool operator==(const ReleasePhase &, const ReleasePhase &) = default;
};

/// A release as the team defines it: the unit of the board, the metrics and the notes.
struct Release
{
    qint64 id = 0; ///< store id; 0 until saved
    QString name; ///< "v4.1.3"
    QList<ReleaseRepository> repositories;
    /// Optional extra selector (a label or a GitHub search qualifier) for items without a milestone.
    QString query;
    QString releaseBranch; ///< "release-4.1"
    QString mainBranch = QStringLiteral("master");
    QDate featureFreeze;
    QDate codeFreeze;
    QDate releaseDate;
    /// The blocker rule as an expression (see the board); presets exist for KubeSphere and Kubernetes.
    QString blockerRule;
    /// Further phases of the schedule (Models::Schedule merges them with the three dates above).
    QList<ReleasePhase> phases;
    /// The label that asks for an exception to the freeze; "<label>-approved" and "<label>-rejected"
    /// answer it. Empty: exceptions are not tracked.
    QString exceptionLabel;

    friend bool operator==(const Release &, const Release &) = default;
};

/// Lenient milestone matching as release teams need it: "v4.1.3" matches "4.1.3" and "v4.1.3.0",
/// "v3.2" matches "3.2.0"; case and surrounding spaces are ignored.
bool milestoneTitlesMatch(QStringView a, QStringView b);

/// Git's range notation, "v4.1.2..release-4.1", into its two ends. Spaces around either end are
/// ignored. False (and both left untouched) unless both ends are there; "..." is not accepted,
/// since a symmetric difference is not a release's content.
bool parseRefRange(QStringView text, QString *from, QString *to);
/// The inverse: "from..to", or empty without a range.
QString formatRefRange(const ReleaseRepository &entry);

} // namespace ReleaseDesk::Api

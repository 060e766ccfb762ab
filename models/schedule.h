#pragma once

#include "api/release.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace ReleaseDesk::Models {

/// One phase of a release as the window shows it: its kind, its name (translated or the team's
/// own) and the day it starts. A phase lasts until the next one starts.
struct SchedulePhase
{
    QString kind;
    QString name;
    QDate starts;

    friend bool operator==(const SchedulePhase &, const SchedulePhase &) = default;
};

/// Where a release stands on a given day: the phase it is in and the countdown the team watches.
struct ScheduleStatus
{
    /// Index into Schedule::phases(); -1 before the first dated phase (or without any).
    int currentPhase = -1;
    /// The phase's name; "Development" before the first phase, "Released" after the release day,
    /// empty without any date.
    QString phaseName;
    /// "Test freeze · Day 9 of code freeze · Release in 8 days": what the window and the board's
    /// Markdown show. Says that no date is set instead of looking like a good state.
    QString line;
    bool hasDates = false;
    /// Between the code freeze (inclusive) and the release day (inclusive).
    bool inCodeFreeze = false;
    bool released = false;
};

/// A schedule preset: phases by their distance to the release day (data, not code).
struct SchedulePreset
{
    QString name;
    /// Key dates (feature freeze, code freeze) and further phases, as (kind, days before release).
    QList<QPair<QString, int>> offsets;
};

/// A release's schedule: the three key dates of Api::Release (feature freeze, code freeze, release)
/// merged with its further phases (Api::Release::phases), as pure functions over values.
class Schedule
{
    Q_DECLARE_TR_FUNCTIONS(Schedule)

public:
    // The kinds of phase this version knows; a team file may bring others (shown by their name).
    static inline const QString EnhancementsFreeze = QStringLiteral("enhancements-freeze");
    static inline const QString ProductionReadinessFreeze = QStringLiteral("prr-freeze");
    static inline const QString FeatureFreeze = QStringLiteral("feature-freeze");
    static inline const QString CodeFreeze = QStringLiteral("code-freeze");
    static inline const QString TestFreeze = QStringLiteral("test-freeze");
    static inline const QString DocsFreeze = QStringLiteral("docs-freeze");
    static inline const QString ReleaseCandidate = QStringLiteral("release-candidate");
    static inline const QString ReleaseDay = QStringLiteral("release");
    static inline const QString Custom = QStringLiteral("custom");

    /// The kinds a team can add as further phases, in cycle order.
    static QStringList phaseKinds();
    static QString kindName(const QString &kind);
    static QString displayName(const Api::ReleasePhase &phase);

    /// All dated phases of the release, in the order they start (equal days keep key dates first).
    static QList<SchedulePhase> phases(const Api::Release &release);
    static ScheduleStatus status(const Api::Release &release, QDate today);

    /// The Kubernetes cycle (enhancements freeze, PRR freeze, code freeze, test freeze, docs freeze,
    /// a release candidate) and the KubeSphere cycle (feature freeze, code freeze, a release candidate).
    static QList<SchedulePreset> presets();
    /// The release with the preset's dates counted back from `releaseDay`: key dates set (those the
    /// preset does not name are cleared) and the further phases replaced.
    static Api::Release applyPreset(Api::Release release, const SchedulePreset &preset, QDate releaseDay);
};

} // namespace ReleaseDesk::Models

#pragma once

#include "board.h"
#include "cherrypick/cherrypickmatrix.h"
#include "notes/notestemplate.h"
#include "preferences.h"

#include "api/release.h"

#include <QCoreApplication>

#include <optional>

namespace ReleaseDesk::Models {

/// What a release team shares as one file: its releases (repositories, milestones, ranges, branches,
/// dates, blocker rules, maintained branches), notes templates, board columns and saved views. Never a token,
/// never a cached item: the file can be mailed around and committed to a repository.
struct TeamFile
{
    Q_DECLARE_TR_FUNCTIONS(TeamFile)

public:
    QList<Api::Release> releases;
    QList<NotesTemplate> notesTemplates;
    QList<BoardColumn> boardColumns;
    QList<SavedView> savedViews;
    /// Each release's cherry-pick policy, by release name (written inside the release's entry;
    /// releases without one have none here).
    QHash<QString, CherryPickPolicy> cherryPicks;

    QByteArray toJson() const;
    /// Reads a team file; on failure, `error` says what is wrong and what to do.
    static std::optional<TeamFile> fromJson(const QByteArray &json, QString *error);
};

} // namespace ReleaseDesk::Models

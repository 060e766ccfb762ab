#pragma once

#include "demoworkspace.h"
#include "notes/extractednote.h"
#include "notes/notesdraftstore.h"
#include "notes/notessession.h"

#include <QDate>
#include <QTemporaryDir>

namespace ReleaseDesk::Testing {

/// A notes session on the demo release, its drafts in a temporary folder: what the notes panels'
/// tests start from.
struct DemoNotesSession
{
    QTemporaryDir dir;
    Models::NotesDraftStore store {dir.path()};
    Models::NotesSession session {&store};
    Models::DemoWorkspace demo = Models::DemoWorkspace::generate(QDate(2026, 11, 25));

    /// Opens the demo release's "Draft 1" with its merged pull requests as the notes' sources.
    [[nodiscard]] bool openDraft()
    {
        if (!session.open(demo.release.name, QStringLiteral("Draft 1")))
            return false;
        session.setSources(Models::extractMergedPullRequests(demo.items));
        return true;
    }
};

} // namespace ReleaseDesk::Testing

#pragma once

#include "notes/notestemplate.h"
#include "notes/releasedrafterrenderer.h"

#include <QList>
#include <QObject>

#include <functional>

class QWidget;

namespace ReleaseDesk::Models {
class NotesSession;
} // namespace ReleaseDesk::Models

namespace ReleaseDesk::Views {

/// The composer's release-drafter templates: importing a release-drafter.yml and editing the current
/// one, each through DrafterConfigDialog, and storing the result as one of the team's own templates
/// (a preset is never edited in place: its edit becomes a template of its own).
class NotesTemplateActions final : public QObject
{
    Q_OBJECT

public:
    /// `dialogParent` owns the file and configuration dialogs.
    NotesTemplateActions(Models::NotesSession *session, QWidget *dialogParent, QObject *parent = nullptr);

    void importDrafterConfiguration();
    void editDrafterConfiguration();
    /// Drafts the release with a template from the session's current document and context.
    static std::function<Models::DrafterResult(const Models::NotesTemplate &)> drafterPreview(
        Models::NotesSession *session);

Q_SIGNALS:
    void message(const QString &text);
    /// A template was stored and chosen for the draft.
    void templateStored(const QString &id);
    void userTemplatesChanged(const QList<ReleaseDesk::Models::NotesTemplate> &templates);

private:
    void store(const Models::NotesTemplate &notesTemplate);

    Models::NotesSession *m_session;
    QWidget *m_dialogParent;
};

} // namespace ReleaseDesk::Views

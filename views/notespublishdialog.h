#pragma once

#include "api/release.h"
#include "api/releasedraft.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace ReleaseDesk::Views {

/// Where a draft GitHub release of the notes goes: the repository, the tag (and the branch it is cut
/// from) and the title, with what saving changes in the draft release since it was last published.
/// Nothing is announced: the release stays a draft until someone publishes it on GitHub.
class NotesPublishDialog final : public QDialog
{
    Q_OBJECT

public:
    /// `tag` and `title` are the proposals (release-drafter's templates decide them when in use);
    /// `changesText` says what this save changes in the draft release.
    NotesPublishDialog(const Api::Release &release, const QString &tag, const QString &title,
        const QString &changesText, QWidget *parent = nullptr);

    /// The draft release to save, with `body` as its text; an empty tag when none was given.
    Api::ReleaseDraft draft(const QString &body) const;

private:
    Api::Release m_release;
    QComboBox *m_repository;
    QLineEdit *m_tag;
    QLineEdit *m_target;
    QLineEdit *m_title;
};

} // namespace ReleaseDesk::Views

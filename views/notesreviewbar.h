#pragma once

#include "notes/notesreview.h"

#include <QWidget>

class QAction;
class QLabel;
class QToolButton;

namespace ReleaseDesk::Models {
class NotesSession;
}

namespace ReleaseDesk::Views {

/// The composer's review round trip: reviewers per section, "Export for review", "Import review" (a
/// diff of every change, applied as ordinary edits that one undo takes back), and each reviewer's
/// progress (reviewed/total).
class NotesReviewBar final : public QWidget
{
    Q_OBJECT

public:
    explicit NotesReviewBar(Models::NotesSession *session, QWidget *parent = nullptr);

    QLabel *progressLabel() const { return m_progress; }
    /// What changed since the draft was last published to GitHub.
    QLabel *publicationLabel() const { return m_publication; }
    QToolButton *menuButton() const { return m_button; }
    QAction *reviewersAction() const { return m_reviewers; }
    QAction *exportAction() const { return m_export; }
    QAction *importAction() const { return m_import; }
    QAction *undoAction() const { return m_undo; }

    /// Shows the import dialog for a returned file (asked for when `path` is empty); applies what the
    /// user accepts. Returns how many changes were applied.
    int importReview(const QString &path = QString());

Q_SIGNALS:
    void message(const QString &text);

private:
    void editReviewers();
    void exportForReview();
    void updateProgress();
    void updateUndo();

    Models::NotesSession *m_session;
    QToolButton *m_button;
    QLabel *m_progress;
    QLabel *m_publication;
    QAction *m_reviewers;
    QAction *m_export;
    QAction *m_import;
    QAction *m_undo;
};

} // namespace ReleaseDesk::Views

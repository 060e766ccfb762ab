#pragma once

#include <QDialog>

class QLineEdit;
class QTableWidget;

namespace ReleaseDesk::Models {
class NotesSession;
}

namespace ReleaseDesk::Views {

/// A reviewer per section, completed from the people of the release, with each section's progress.
/// Accepting assigns them in one undoable step.
class NotesReviewersDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit NotesReviewersDialog(Models::NotesSession *session, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    /// The reviewer field of a section's row.
    QLineEdit *reviewerField(const QString &section) const;
    void apply();

private:
    Models::NotesSession *m_session;
    QTableWidget *m_table;
};

} // namespace ReleaseDesk::Views

#pragma once

#include "notes/notesreview.h"

#include <QDialog>

class QTreeWidget;

namespace ReleaseDesk::Views {

/// Every change a returned review file makes (edited notes, section moves, exclusions, reviewed flags),
/// before and after, each with a box: the checked ones are applied.
class NotesReviewImportDialog final : public QDialog
{
    Q_OBJECT

public:
    NotesReviewImportDialog(const Models::ReviewImport &review, const Models::NotesDocument &document,
        const QString &fileName, QWidget *parent = nullptr);

    /// The changes whose box is checked.
    QList<Models::ReviewChange> acceptedChanges() const;
    QTreeWidget *changesView() const { return m_changes; }

private:
    QList<Models::ReviewChange> m_all;
    QTreeWidget *m_changes;
};

} // namespace ReleaseDesk::Views

#pragma once

#include "notes/notesreview.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace ReleaseDesk::Views {

/// Where "Export for review" writes and what: CSV, Markdown checklist, one file per reviewer or one for
/// all.
class NotesReviewExportDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit NotesReviewExportDialog(QWidget *parent = nullptr);

    QString folder() const;
    QList<Models::ReviewFileFormat> formats() const;
    bool perReviewer() const;

    QLineEdit *folderField() const { return m_folder; }
    QCheckBox *csvBox() const { return m_csv; }
    QCheckBox *checklistBox() const { return m_checklist; }
    QRadioButton *perReviewerButton() const { return m_perReviewer; }
    QRadioButton *oneFileButton() const { return m_oneFile; }

private:
    void updateOk();

    QLineEdit *m_folder;
    QCheckBox *m_csv;
    QCheckBox *m_checklist;
    QRadioButton *m_perReviewer;
    QRadioButton *m_oneFile;
    QPushButton *m_ok = nullptr;
};

} // namespace ReleaseDesk::Views

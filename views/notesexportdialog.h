#pragma once

#include "notes/notesexport.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;

namespace ReleaseDesk::Views {

/// Where and how to export the notes: the format, the file, and whether an HTML page may load the images
/// notes point to (off: a published page then fetches nothing from addresses a PR author chose).
class NotesExportDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit NotesExportDialog(const QString &releaseName, QWidget *parent = nullptr);

    QString path() const;
    Models::NotesExportOptions options() const;

    QComboBox *formatBox() const { return m_format; }
    QLineEdit *pathField() const { return m_path; }
    QCheckBox *remoteImagesBox() const { return m_remoteImages; }

private:
    void formatChanged();
    void browse();
    void updateOk();

    QComboBox *m_format;
    QLineEdit *m_path;
    QCheckBox *m_remoteImages;
    QPushButton *m_ok = nullptr;
};

} // namespace ReleaseDesk::Views

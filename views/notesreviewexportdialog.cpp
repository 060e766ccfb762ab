#include "notesreviewexportdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>

namespace ReleaseDesk::Views {

NotesReviewExportDialog::NotesReviewExportDialog(QWidget *parent)
    : QDialog(parent)
    , m_folder(new QLineEdit(QDir::homePath(), this))
    , m_csv(new QCheckBox(tr("CSV for spreadsheets"), this))
    , m_checklist(new QCheckBox(tr("Markdown checklist"), this))
    , m_perReviewer(new QRadioButton(tr("One file per reviewer"), this))
    , m_oneFile(new QRadioButton(tr("One file for everyone"), this))
{
    setWindowTitle(tr("Export for Review"));
    auto *form = new QFormLayout(this);
    auto *folderRow = new QHBoxLayout;
    m_folder->setAccessibleName(tr("Folder"));
    folderRow->addWidget(m_folder, 1);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setAutoDefault(false);
    folderRow->addWidget(browse);
    form->addRow(tr("F&older:"), folderRow);
    m_csv->setChecked(true);
    m_csv->setToolTip(tr("UTF-8 with a byte order mark, so spreadsheet programs show Chinese correctly"));
    form->addRow(tr("Formats:"), m_csv);
    form->addRow(QString(), m_checklist);
    m_perReviewer->setChecked(true);
    form->addRow(tr("Files:"), m_perReviewer);
    form->addRow(QString(), m_oneFile);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Export"));
    m_ok->setDefault(true);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, [this] {
        const auto chosen = QFileDialog::getExistingDirectory(this, tr("Export for Review"), folder());
        if (!chosen.isEmpty())
            m_folder->setText(chosen);
    });
    for (auto *box : {m_csv, m_checklist})
        connect(box, &QCheckBox::toggled, this, &NotesReviewExportDialog::updateOk);
    connect(m_folder, &QLineEdit::textChanged, this, &NotesReviewExportDialog::updateOk);
    updateOk();
}

QString NotesReviewExportDialog::folder() const
{
    return m_folder->text().trimmed();
}

QList<Models::ReviewFileFormat> NotesReviewExportDialog::formats() const
{
    QList<Models::ReviewFileFormat> list;
    if (m_csv->isChecked())
        list.append(Models::ReviewFileFormat::Csv);
    if (m_checklist->isChecked())
        list.append(Models::ReviewFileFormat::Checklist);
    return list;
}

bool NotesReviewExportDialog::perReviewer() const
{
    return m_perReviewer->isChecked();
}

void NotesReviewExportDialog::updateOk()
{
    m_ok->setEnabled(!folder().isEmpty() && !formats().isEmpty());
}

} // namespace ReleaseDesk::Views

#include "notesexportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace ReleaseDesk::Views {

NotesExportDialog::NotesExportDialog(const QString &releaseName, QWidget *parent)
    : QDialog(parent)
    , m_format(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_remoteImages(new QCheckBox(tr("Keep images from other websites"), this))
{
    setWindowTitle(tr("Export Release Notes"));
    auto *form = new QFormLayout(this);
    m_format->addItem(tr("Markdown"), QStringLiteral("md"));
    m_format->addItem(tr("HTML page"), QStringLiteral("html"));
    m_format->addItem(tr("PDF"), QStringLiteral("pdf"));
    m_format->addItem(tr("JSON for scripts and spreadsheets"), QStringLiteral("json"));
    form->addRow(tr("&Format:"), m_format);

    auto *pathRow = new QHBoxLayout;
    m_path->setAccessibleName(tr("File"));
    m_path->setText(QDir::home().filePath(
        (releaseName.isEmpty() ? tr("release-notes") : releaseName) + QStringLiteral(".md")));
    pathRow->addWidget(m_path, 1);
    auto *browseButton = new QPushButton(tr("&Browse…"), this);
    pathRow->addWidget(browseButton);
    form->addRow(tr("F&ile:"), pathRow);

    m_remoteImages->setToolTip(
        tr("Off: the page shows no image a PR author pointed to, so opening it contacts no other server. "
           "Links keep only web and mail addresses either way."));
    form->addRow(QString(), m_remoteImages);
    auto *note = new QLabel(
        tr("Exports keep links to web and mail addresses only, and show HTML from notes as text."), this);
    note->setWordWrap(true);
    form->addRow(note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Export"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browseButton, &QPushButton::clicked, this, &NotesExportDialog::browse);
    connect(m_format, &QComboBox::currentIndexChanged, this, &NotesExportDialog::formatChanged);
    connect(m_path, &QLineEdit::textChanged, this, &NotesExportDialog::updateOk);
    formatChanged();
}

QString NotesExportDialog::path() const
{
    return m_path->text().trimmed();
}

Models::NotesExportOptions NotesExportDialog::options() const
{
    Models::NotesExportOptions options;
    options.remoteImages = m_remoteImages->isEnabled() && m_remoteImages->isChecked();
    return options;
}

void NotesExportDialog::formatChanged()
{
    const auto suffix = m_format->currentData().toString();
    // Only an HTML page can load an image when it is opened; the PDF never embeds one.
    m_remoteImages->setEnabled(suffix == u"html");
    const QFileInfo info(path());
    if (!info.fileName().isEmpty())
        m_path->setText(info.dir().filePath(info.completeBaseName() + QLatin1Char('.') + suffix));
    updateOk();
}

void NotesExportDialog::browse()
{
    const auto chosen = QFileDialog::getSaveFileName(this, tr("Export Release Notes"), path(),
        tr("%1 (*.%2)").arg(m_format->currentText(), m_format->currentData().toString()));
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

void NotesExportDialog::updateOk()
{
    m_ok->setEnabled(!path().isEmpty());
}

} // namespace ReleaseDesk::Views

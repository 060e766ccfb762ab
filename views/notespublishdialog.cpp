#include "notespublishdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace ReleaseDesk::Views {

NotesPublishDialog::NotesPublishDialog(const Api::Release &release, const QString &tag, const QString &title,
    const QString &changesText, QWidget *parent)
    : QDialog(parent)
    , m_release(release)
    , m_repository(new QComboBox(this))
    , m_tag(new QLineEdit(tag, this))
    , m_target(new QLineEdit(release.releaseBranch, this))
    , m_title(new QLineEdit(title, this))
{
    setWindowTitle(tr("Publish Draft Release"));
    auto *form = new QFormLayout(this);
    for (const auto &entry : std::as_const(m_release.repositories))
        m_repository->addItem(entry.repository.fullName(), QVariant::fromValue(entry.repository.host));
    m_target->setPlaceholderText(tr("the default branch"));
    form->addRow(tr("&Repository:"), m_repository);
    form->addRow(tr("&Tag:"), m_tag);
    form->addRow(tr("Tag &from branch:"), m_target);
    form->addRow(tr("Release &title:"), m_title);
    auto *note
        = new QLabel(tr("The release is created or updated as a draft. Nothing is announced until someone "
                        "presses Publish on GitHub."),
            this);
    note->setWordWrap(true);
    form->addRow(note);
    // Before the draft release is updated: what this changes in it.
    auto *since = new QLabel(changesText, this);
    since->setTextFormat(Qt::PlainText);
    since->setWordWrap(true);
    since->setObjectName(QStringLiteral("sincePublication"));
    form->addRow(since);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save Draft on GitHub"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

Api::ReleaseDraft NotesPublishDialog::draft(const QString &body) const
{
    const int index = m_repository->currentIndex();
    if (index < 0 || index >= m_release.repositories.size())
        return {};
    return {m_release.repositories[index].repository, m_tag->text().trimmed(), m_target->text().trimmed(),
        m_title->text().trimmed(), body};
}

} // namespace ReleaseDesk::Views

#include "notestemplateactions.h"

#include "drafterconfigdialog.h"

#include "notes/notessession.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

#include <algorithm>

namespace ReleaseDesk::Views {

NotesTemplateActions::NotesTemplateActions(
    Models::NotesSession *session, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_dialogParent(dialogParent)
{ }

std::function<Models::DrafterResult(const Models::NotesTemplate &)> NotesTemplateActions::drafterPreview(
    Models::NotesSession *session)
{
    return [session](const Models::NotesTemplate &notesTemplate) {
        return Models::renderDrafterRelease(session->document(), notesTemplate, session->renderContext());
    };
}

void NotesTemplateActions::importDrafterConfiguration()
{
    const auto path = QFileDialog::getOpenFileName(m_dialogParent, tr("Import release-drafter.yml"),
        QString(), tr("release-drafter configuration (*.yml *.yaml);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Q_EMIT message(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    QString error;
    auto imported = Models::NotesTemplate::fromReleaseDrafterYaml(file.readAll(), &error);
    if (!imported) {
        QMessageBox box(
            QMessageBox::Warning, tr("Cannot import the file"), error, QMessageBox::Ok, m_dialogParent);
        box.setTextFormat(Qt::PlainText);
        box.exec();
        return;
    }
    imported->id = QStringLiteral("drafter-") + QFileInfo(path).dir().dirName();
    imported->name = tr("release-drafter (%1)").arg(QFileInfo(path).dir().dirName());
    // The import shows what each key of the file does here before anything is stored.
    DrafterConfigDialog dialog(*imported, drafterPreview(m_session), m_dialogParent);
    dialog.setWindowTitle(tr("Import %1").arg(QDir::toNativeSeparators(path)));
    if (dialog.exec() != QDialog::Accepted)
        return;
    store(dialog.notesTemplate());
    Q_EMIT message(tr("Imported %1 as a template.").arg(QFileInfo(path).fileName()));
}

void NotesTemplateActions::editDrafterConfiguration()
{
    auto current = m_session->currentTemplate();
    if (current.style != Models::NotesTemplate::Style::Drafter) {
        Q_EMIT message(tr("Pick a release-drafter template first (or import a release-drafter.yml)."));
        return;
    }
    DrafterConfigDialog dialog(current, drafterPreview(m_session), m_dialogParent);
    if (dialog.exec() != QDialog::Accepted || dialog.notesTemplate() == current)
        return;
    auto edited = dialog.notesTemplate();
    const bool isPreset = Models::findNotesTemplate(current.id, {}).has_value()
        && !std::any_of(m_session->userTemplates().cbegin(), m_session->userTemplates().cend(),
            [&](const Models::NotesTemplate &t) { return t.id == current.id; });
    if (isPreset) {
        // Presets are not edited in place: the edit becomes the team's own template.
        edited.id = current.id + QStringLiteral("-edited");
        edited.name = tr("%1 (edited)").arg(current.name);
    }
    store(edited);
}

void NotesTemplateActions::store(const Models::NotesTemplate &notesTemplate)
{
    auto templates = m_session->userTemplates();
    templates.removeIf([&](const Models::NotesTemplate &t) { return t.id == notesTemplate.id; });
    templates.append(notesTemplate);
    m_session->setUserTemplates(templates); // the picker follows through templatesChanged
    Q_EMIT userTemplatesChanged(templates);
    m_session->setTemplate(notesTemplate.id);
    Q_EMIT templateStored(notesTemplate.id);
}

} // namespace ReleaseDesk::Views

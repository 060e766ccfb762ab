// DesktopApp's settings, team file and welcome page: what the Settings dialog and the first-run
// page ask for, carried out on the store, the preferences and the keychain.

#include "desktopapp.h"

#include "boardpanel.h"
#include "cherrypick/cherrypickstore.h"
#include "mainwindow.h"
#include "querybar.h"
#include "settingsdialog.h"
#include "syncsession.h"
#include "teamfile.h"
#include "theme.h"
#include "welcomedialog.h"
#include "workspacemeta.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace ReleaseDesk::App {

void DesktopApp::showSettings()
{
    Views::SettingsDialog dialog(
        {m_preferences.language(), m_preferences.theme(), m_preferences.syncIntervalMinutes(),
            m_preferences.notificationsEnabled(), m_board.columns()},
        m_window.get());
    dialog.setAccounts(m_accounts.accounts());
    const auto listReleases = [this, &dialog] {
        QStringList names;
        for (const auto &release : m_store.releases())
            names.append(release.name);
        dialog.setReleases(names, m_release.name);
    };
    const auto listTemplates = [this, &dialog] {
        QStringList names;
        for (const auto &notesTemplate : m_notes.userTemplates())
            names.append(notesTemplate.name);
        dialog.setUserTemplates(names);
    };
    listReleases();
    listTemplates();
    connect(&dialog, &Views::SettingsDialog::newReleaseRequested, this, [this, listReleases] {
        defineRelease({});
        listReleases();
    });
    connect(&dialog, &Views::SettingsDialog::editReleaseRequested, this,
        [this, listReleases](const QString &name) {
            if (const auto release = m_store.release(name))
                defineRelease(*release);
            listReleases();
        });
    connect(&dialog, &Views::SettingsDialog::templateRemovalRequested, this,
        [this, listTemplates](const QString &name) {
            auto templates = m_notes.userTemplates();
            templates.removeIf([&](const Models::NotesTemplate &t) { return t.name == name; });
            storeUserTemplates(templates);
            listTemplates();
        });
    connect(&dialog, &Views::SettingsDialog::signInRequested, this, [this, &dialog] {
        signIn();
        dialog.setAccounts(m_accounts.accounts());
    });
    connect(
        &dialog, &Views::SettingsDialog::accountRemovalRequested, this, [this, &dialog](const QString &host) {
            m_accounts.remove(host);
            dialog.setAccounts(m_accounts.accounts());
            m_secrets->deleteToken(host, &dialog, [&dialog, host](const QString &error) {
                dialog.showStatus(error.isEmpty()
                        ? tr("%1 removed; its token was deleted from the keychain.").arg(host)
                        : tr("%1 removed, but its token could not be deleted from the keychain: %2")
                              .arg(host, error));
            });
        });
    connect(&dialog, &Views::SettingsDialog::exportRequested, this,
        [this, &dialog](const QString &path) { dialog.showStatus(exportTeamFile(path)); });
    connect(&dialog, &Views::SettingsDialog::importRequested, this,
        [this, &dialog, listReleases, listTemplates](const QString &path) {
            dialog.showStatus(importTeamFile(path));
            listReleases();
            listTemplates();
        });
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto values = dialog.values();
    m_preferences.setLanguage(values.language);
    m_preferences.setTheme(values.theme);
    applyTheme(values.theme);
    m_preferences.setSyncIntervalMinutes(values.syncIntervalMinutes);
    if (m_sync)
        m_sync->setInterval(std::chrono::minutes(m_preferences.syncIntervalMinutes()));
    m_preferences.setNotificationsEnabled(values.notifications);
    m_window->setNotificationsEnabled(values.notifications);
    m_preferences.setBoardColumns(values.columns);
    m_board.setColumns(m_preferences.boardColumns());
}

QString DesktopApp::exportTeamFile(const QString &path)
{
    Models::TeamFile file;
    file.releases = m_store.releases();
    for (const auto &release : std::as_const(file.releases)) {
        const auto policy = Models::CherryPickStore(m_store).policy(release.id);
        if (policy != Models::CherryPickPolicy())
            file.cherryPicks.insert(release.name, policy);
    }
    file.notesTemplates = m_notes.userTemplates();
    file.boardColumns = m_board.columns();
    file.savedViews = m_preferences.savedViews();
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(file.toJson()) < 0 || !out.commit())
        return tr("Cannot write %1: %2. Choose a folder you can write to.").arg(path, out.errorString());
    return tr("Exported %n release(s), with templates, columns and saved views, to %1.", nullptr,
        int(file.releases.size()))
        .arg(path);
}

QString DesktopApp::importTeamFile(const QString &path)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return tr("Cannot read %1: %2.").arg(path, in.errorString());
    QString error;
    const auto file = Models::TeamFile::fromJson(in.readAll(), &error);
    if (!file)
        return error;
    const bool stored = m_store.transaction([&] {
        for (auto release : file->releases) {
            if (!m_store.saveRelease(release))
                return false;
            if (const auto policy = file->cherryPicks.find(release.name); policy != file->cherryPicks.end()
                && !Models::CherryPickStore(m_store).setPolicy(release.id, *policy))
                return false;
        }
        // Last: the composer takes the templates only once they are stored.
        return file->notesTemplates.isEmpty() || storeUserTemplates(file->notesTemplates);
    });
    if (!stored)
        return m_store.lastError().message;
    if (!file->boardColumns.isEmpty()) {
        // Names and rules onto the board's own columns, as the preferences keep them.
        m_preferences.setBoardColumns(file->boardColumns);
        m_board.setColumns(m_preferences.boardColumns());
    }
    for (const auto &view : file->savedViews)
        m_preferences.saveView(view);
    m_window->boardPanel()->queryBar()->setUserViews(m_preferences.savedViews());
    return tr("Imported %n release(s), with templates, columns and saved views, from %1.", nullptr,
        int(file->releases.size()))
        .arg(path);
}

void DesktopApp::showWelcome()
{
    // Not modal: the demo behind it stays usable, and the page never stands in the way.
    // Made anew each time: what it says depends on the workspace open now.
    auto *welcome = m_window->findChild<Views::WelcomeDialog *>();
    if (welcome && !welcome->isVisible()) {
        delete welcome;
        welcome = nullptr;
    }
    if (!welcome) {
        using Behind = Views::WelcomeDialog::Behind;
        welcome = new Views::WelcomeDialog(m_isDemo ? Behind::Demo
                : m_release.repositories.isEmpty()  ? Behind::EmptyWorkspace
                                                    : Behind::Release,
            m_window.get());
        connect(welcome, &Views::WelcomeDialog::signInRequested, this, &DesktopApp::signIn);
        connect(welcome, &Views::WelcomeDialog::newReleaseRequested, this, [this] { defineRelease({}); });
        connect(welcome, &Views::WelcomeDialog::dismissed, this,
            [this](bool forGood) { m_preferences.setWelcomeDismissed(forGood); });
    }
    welcome->show();
    welcome->raise();
}

} // namespace ReleaseDesk::App

// The release signal window of the desktop app: the CI-signal report of the open release and
// "File Issue" for the failures and flakes nobody tracks, written like triage (REST, previewed).
#include "desktopapp.h"

#include "mainwindow.h"
#include "releasesignalpanel.h"
#include "syncstatuswidget.h"

#include "signal/issuedraft.h"
#include "signal/signalstore.h"

#include "api/githubclient.h"

#include <QDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace ReleaseDesk::App {

void DesktopApp::showSignal()
{
    if (!m_signalDialog) {
        m_signalDialog = new QDialog(m_window.get());
        m_signalDialog->setWindowTitle(tr("Release Signal"));
        m_signalDialog->resize(900, 700);
        m_signalPanel = new Views::ReleaseSignalPanel(m_signalDialog);
        auto *layout = new QVBoxLayout(m_signalDialog);
        layout->addWidget(m_signalPanel);
        connect(m_signalPanel, &Views::ReleaseSignalPanel::fileIssueRequested, this,
            &DesktopApp::fileSignalIssue);
        connect(m_signalPanel, &Views::ReleaseSignalPanel::reportCopied, this,
            [this](const Models::SignalRecord &record) {
                // Sent: the next report says what changed since this one.
                if (Models::SignalStore(m_store).recordReport(m_release.id, record))
                    m_window->syncStatus()->showMessage(
                        tr("Copied the report; the next one will say what changed since."));
                else
                    m_window->syncStatus()->showMessage(
                        tr("Copied the report (it could not be remembered: %1).")
                            .arg(m_store.lastError().message));
                refreshSignal();
            });
    }
    refreshSignal();
    m_signalDialog->show();
    m_signalDialog->raise();
}

QWidget *DesktopApp::openSignalWindow()
{
    showSignal();
    return m_signalDialog;
}

void DesktopApp::refreshSignal()
{
    if (!m_signalPanel)
        return;
    const auto items = m_items.items();
    m_signalPanel->showReport(Models::SignalReport::build(Models::SignalStore(m_store).reportInputs(
        m_release, items, m_board.context(), QDateTime::currentDateTimeUtc())));
}

void DesktopApp::fileSignalIssue(const Models::LedgerEntry &entry)
{
    const auto draft = Models::IssueDraft::forEntry(
        entry, Models::SignalStore(m_store).branchHistory(entry.repository, entry.branch));
    // A preview first: nothing is written to GitHub without a look at it.
    QMessageBox preview(QMessageBox::Question, tr("File Issue"),
        tr("File this issue in %1?\n\n%2\nLabels: %3")
            .arg(draft.repository.fullName(), draft.title, draft.labels.join(QStringLiteral(", "))),
        QMessageBox::Cancel, m_signalDialog ? static_cast<QWidget *>(m_signalDialog) : m_window.get());
    preview.setTextFormat(Qt::PlainText);
    preview.setDetailedText(draft.body);
    auto *file = preview.addButton(tr("&File Issue"), QMessageBox::AcceptRole);
    preview.exec();
    if (preview.clickedButton() != file)
        return;
    if (m_isDemo) {
        QMessageBox::information(m_signalDialog, tr("Demo workspace"),
            tr("The demo workspace is not on GitHub, so no issue is filed. Sign in and define a release to "
               "file issues for real."));
        return;
    }
    withClient([this, draft](std::unique_ptr<Api::GitHubClient> client) {
        m_signalClient = std::move(client);
        Models::fileIssue(m_signalClient.get(), draft, this, [this, draft](const Api::ApiError &error) {
            if (error) {
                QMessageBox warning(QMessageBox::Warning, tr("The issue was not filed"), error.message,
                    QMessageBox::Ok, m_signalDialog);
                warning.setTextFormat(Qt::PlainText);
                warning.exec();
                return;
            }
            m_window->syncStatus()->showMessage(
                tr("Filed \"%1\" in %2; the next sync brings it to the ledger.")
                    .arg(draft.title, draft.repository.fullName()));
        });
    });
}

} // namespace ReleaseDesk::App

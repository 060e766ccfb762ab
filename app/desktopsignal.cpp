// The release signal place of the desktop app: the CI-signal report of the open release and
// "File Issue" for the failures and flakes nobody tracks, written like triage (REST, previewed).
#include "desktopapp.h"

#include "mainwindow.h"
#include "releasesignalpanel.h"
#include "syncstatuswidget.h"

#include "signal/issuedraft.h"
#include "signal/signalstore.h"

#include "api/githubservice.h"

#include <QMessageBox>
#include <QPushButton>

namespace ReleaseDesk::App {

void DesktopApp::addSignalPlace()
{
    if (m_window->signalPanel())
        return;
    auto *panel = new Views::ReleaseSignalPanel;
    connect(panel, &Views::ReleaseSignalPanel::fileIssueRequested, this, &DesktopApp::fileSignalIssue);
    connect(
        panel, &Views::ReleaseSignalPanel::reportCopied, this, [this](const Models::SignalRecord &record) {
            // Sent: the next report says what changed since this one.
            if (Models::SignalStore(m_store).recordReport(m_release.id, record))
                m_window->syncStatus()->showMessage(
                    tr("Copied the report; the next one will say what changed since."));
            else
                m_window->syncStatus()->showMessage(tr("Copied the report (it could not be remembered: %1).")
                                                        .arg(m_store.lastError().message));
            refreshSignal();
        });
    m_window->setSignalPanel(panel);
    connect(m_window.get(), &Views::MainWindow::signalShown, this, &DesktopApp::refreshSignal);
}

void DesktopApp::refreshSignal()
{
    // Built when seen: the report reads the store's history, which nobody needs behind the board.
    if (!m_window->isSignalShown())
        return;
    const auto items = m_items.items();
    m_window->signalPanel()->showReport(Models::SignalReport::build(Models::SignalStore(m_store).reportInputs(
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
        QMessageBox::Cancel, m_window.get());
    preview.setTextFormat(Qt::PlainText);
    preview.setDetailedText(draft.body);
    auto *file = preview.addButton(tr("&File Issue"), QMessageBox::AcceptRole);
    preview.exec();
    if (preview.clickedButton() != file)
        return;
    if (m_isDemo) {
        QMessageBox::information(m_window.get(), tr("Demo workspace"),
            tr("The demo workspace is not on GitHub, so no issue is filed. Sign in and define a release to "
               "file issues for real."));
        return;
    }
    withClient([this, draft](std::unique_ptr<Api::GitHubService> client) {
        m_signalClient = std::move(client);
        Models::fileIssue(m_signalClient.get(), draft, this, [this, draft](const Api::ApiError &error) {
            if (error) {
                QMessageBox warning(QMessageBox::Warning, tr("The issue was not filed"), error.message,
                    QMessageBox::Ok, m_window.get());
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

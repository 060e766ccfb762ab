// The cherry-pick place of the desktop app: the release's matrix, computed off the GUI thread by a
// reader of the workspace of its own (after loading, switching release and every sync), and its
// requests sent as triage (the window previews them).
#include "desktopapp.h"

#include "cherrypickpanel.h"
#include "mainwindow.h"
#include "syncstatuswidget.h"

#include "cherrypick/cherrypickstore.h"
#include "store/storereaderfactory.h"

#include <QtConcurrentRun>

namespace ReleaseDesk::App {

void DesktopApp::addCherryPickPlace()
{
    if (m_window->cherryPickPanel())
        return;
    m_window->setCherryPickPanel(new Views::CherryPickPanel);
    connect(&m_cherryPickWatcher, &QFutureWatcher<std::optional<Models::CherryPickMatrix>>::finished, this,
        [this] {
            auto *panel = m_window->cherryPickPanel();
            auto result = m_cherryPickWatcher.result();
            // A result computed for the release shown before a switch is dropped: another run follows.
            if (m_cherryPickRunning == m_cherryPickGeneration) {
                if (result)
                    panel->setMatrix(std::move(*result));
                else
                    m_window->syncStatus()->showMessage(
                        tr("The cherry-pick matrix could not be read from the workspace."));
                panel->setComputing(false);
            }
            if (m_cherryPicksStale)
                refreshCherryPicks();
        });
}

void DesktopApp::refreshCherryPicks()
{
    auto *panel = m_window->cherryPickPanel();
    if (!panel)
        return;
    // Coalesced: a trigger during a run makes one more run when it ends.
    if (m_cherryPickWatcher.isRunning()) {
        m_cherryPicksStale = true;
        return;
    }
    m_cherryPicksStale = false;
    m_window->setCherryPickCommand(Models::CherryPickStore(m_store).policy(m_release.id).command);
    panel->setComputing(true);
    m_cherryPickRunning = m_cherryPickGeneration;
    m_cherryPickWatcher.setFuture(QtConcurrent::run(
        [readers = m_store.readers(), release = m_release]() -> std::optional<Models::CherryPickMatrix> {
            // A read-only connection of the worker's own, as the metrics computations use.
            const auto reader = readers.open();
            if (!reader->isOpen())
                return std::nullopt;
            return Models::CherryPickStore(*reader).matrix(release);
        }));
}

void DesktopApp::cherryPickReleaseChanged()
{
    ++m_cherryPickGeneration;
    if (auto *panel = m_window->cherryPickPanel())
        panel->setMatrix({}); // the other release's fixes are not this one's
    refreshCherryPicks();
}

} // namespace ReleaseDesk::App

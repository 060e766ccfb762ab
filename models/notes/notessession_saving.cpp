// How a notes session saves its draft: a throttled autosave written on a worker, and flush() for the
// moments that must not wait (opening another draft, closing, restoring a version).
#include "notes/notessession.h"

#include <QtConcurrentRun>

namespace ReleaseDesk::Models {

void NotesSession::setAutosaveDelay(std::chrono::milliseconds delay)
{
    m_autosave.setInterval(delay);
}

void NotesSession::scheduleSave()
{
    // A throttle, not a debounce: restarting the timer on every keystroke would never save a fast,
    // continuous typist. The first change starts the clock; the save takes everything since.
    if (!m_autosave.isActive())
        m_autosave.start();
}

void NotesSession::saveInBackground()
{
    if (!m_dirty || !isOpen())
        return;
    if (m_backgroundSave.isRunning()) {
        m_autosave.start(); // the next save takes these changes too
        return;
    }
    m_dirty = false;
    m_backgroundSaveSettled = false;
    // The store by value: the workspace may point the session's store elsewhere while this runs.
    m_backgroundSave.setFuture(QtConcurrent::run(&m_worker, [store = *m_store, draft = m_draft]() mutable {
        SaveOutcome outcome;
        outcome.saved = store.save(draft, &outcome.error);
        return outcome;
    }));
}

void NotesSession::settleBackgroundSave()
{
    if (m_backgroundSaveSettled)
        return;
    m_backgroundSaveSettled = true;
    m_backgroundSave.waitForFinished();
    const auto outcome = m_backgroundSave.result();
    if (outcome.saved) {
        Q_EMIT saved();
        return;
    }
    m_dirty = true; // still to be saved: the next change or flush() tries again
    Q_EMIT saveFailed(outcome.error);
}

bool NotesSession::flush()
{
    m_autosave.stop();
    settleBackgroundSave();
    if (!m_dirty || !isOpen())
        return true;
    QString error;
    if (!m_store->save(m_draft, &error)) {
        Q_EMIT saveFailed(error);
        return false;
    }
    m_dirty = false;
    Q_EMIT saved();
    return true;
}

} // namespace ReleaseDesk::Models

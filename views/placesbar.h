#pragma once

#include <QDateTime>
#include <QWidget>

class QComboBox;
class QLabel;
class QTimer;
class QListWidget;
class QToolButton;
class QAction;

namespace ReleaseDesk::Views {

/// The window's places, always on screen (as in Dolphin or System Settings): Board, Table, Release
/// notes, Metrics, Release signal, Cherry-picks, each with its icon and what needs attention there, and the
/// Sync button below them.
class PlacesBar final : public QWidget
{
    Q_OBJECT

public:
    enum Place { Board, Table, Notes, Metrics, Signal, CherryPicks, PlaceCount };

    explicit PlacesBar(QAction *syncAction, QWidget *parent = nullptr);

    void setCurrent(Place place);
    void setEnabled(Place place, bool enabled);
    /// What each place says under its name ("6 open blockers"); empty says nothing.
    void setDetail(Place place, const QString &detail);
    QString text(Place place) const;
    QListWidget *list() const { return m_list; }

    /// The release picker above the places: the workspace's releases (store id and name), `current`
    /// selected. With one release it only says which; with none, "No release".
    void setReleases(const QList<std::pair<qint64, QString>> &releases, qint64 current);

    /// Under the Sync button: how fresh the release is ("Synced 5 minutes ago", kept current), or
    /// how far a running sync is. Invalid `when` and `syncable`: never synced; not `syncable`: nothing
    /// is said (the demo).
    void setLastSynced(const QDateTime &when, bool syncable);
    void setSyncProgress(int index, int count);
    void setSyncRunning(bool running);
    QString syncStateText() const;
    /// "just now", "5 minutes ago", "3 hours ago", "2 days ago" (from `now`).
    static QString relativeAge(const QDateTime &when, const QDateTime &now);
    QComboBox *releasePicker() const { return m_release; }

Q_SIGNALS:
    void placeChosen(ReleaseDesk::Views::PlacesBar::Place place);
    /// The user picked another release (its store id).
    void releaseChosen(qint64 releaseId);

protected:
    void changeEvent(QEvent *event) override;

private:
    QString name(Place place) const;
    /// The icons follow the palette (light or dark theme).
    void updateIcons();
    void updateSyncState();

    QComboBox *m_release;
    QTimer *m_releaseSettle;
    QListWidget *m_list;
    QToolButton *m_sync;
    QAction *m_syncAction;
    QLabel *m_syncState;
    QTimer *m_ageing;
    QDateTime m_lastSynced;
    bool m_syncable = false;
    bool m_running = false;
    int m_progressIndex = 0;
    int m_progressCount = 0;
};

} // namespace ReleaseDesk::Views

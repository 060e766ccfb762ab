#pragma once

#include <QWidget>

class QListWidget;
class QToolButton;
class QAction;

namespace ReleaseDesk::Views {

/// The window's places, always on screen (as in Dolphin or System Settings): Board, Table, Release
/// notes, Metrics, each with what needs attention there, and the Sync button below them.
class PlacesBar final : public QWidget
{
    Q_OBJECT

public:
    enum Place { Board, Table, Notes, Metrics, PlaceCount };

    explicit PlacesBar(QAction *syncAction, QWidget *parent = nullptr);

    void setCurrent(Place place);
    void setEnabled(Place place, bool enabled);
    /// What each place says under its name ("6 open blockers"); empty says nothing.
    void setDetail(Place place, const QString &detail);
    QString text(Place place) const;
    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    void placeChosen(ReleaseDesk::Views::PlacesBar::Place place);

private:
    QString name(Place place) const;

    QListWidget *m_list;
    QToolButton *m_sync;
};

} // namespace ReleaseDesk::Views

#include "placesbar.h"

#include <QAction>
#include <QApplication>
#include <QListWidget>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace ReleaseDesk::Views {

PlacesBar::PlacesBar(QAction *syncAction, QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_sync(new QToolButton(this))
{
    m_list->setAccessibleName(tr("Views"));
    m_list->setIconSize(QSize(22, 22));
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setSpacing(2);
    m_list->setWordWrap(true);
    const QStyle::StandardPixmap icons[PlaceCount] = {QStyle::SP_FileDialogDetailedView,
        QStyle::SP_FileDialogListView, QStyle::SP_FileDialogContentsView, QStyle::SP_ComputerIcon};
    for (int place = 0; place < PlaceCount; ++place) {
        auto *item = new QListWidgetItem(style()->standardIcon(icons[place]), name(Place(place)), m_list);
        item->setData(Qt::AccessibleTextRole, name(Place(place)));
    }
    m_list->setCurrentRow(Board);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            Q_EMIT placeChosen(Place(row));
    });
    // The icon on the action: the button takes everything from it again whenever it changes.
    syncAction->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_sync->setDefaultAction(syncAction);
    m_sync->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_sync->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_sync);
    setMinimumWidth(150);
    setMaximumWidth(220);
}

QString PlacesBar::name(Place place) const
{
    switch (place) {
    case Board:
        return tr("Board");
    case Table:
        return tr("Table");
    case Notes:
        return tr("Release notes");
    case Metrics:
        return tr("Metrics");
    case PlaceCount:
        break;
    }
    return {};
}

void PlacesBar::setCurrent(Place place)
{
    const QSignalBlocker blocker(m_list);
    m_list->setCurrentRow(place);
}

void PlacesBar::setEnabled(Place place, bool enabled)
{
    auto *item = m_list->item(place);
    item->setFlags(enabled ? item->flags() | Qt::ItemIsEnabled : item->flags() & ~Qt::ItemIsEnabled);
}

void PlacesBar::setDetail(Place place, const QString &detail)
{
    m_list->item(place)->setText(detail.isEmpty() ? name(place) : name(place) + QLatin1Char('\n') + detail);
}

QString PlacesBar::text(Place place) const
{
    return m_list->item(place)->text();
}

} // namespace ReleaseDesk::Views

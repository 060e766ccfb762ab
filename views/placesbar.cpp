#include "placesbar.h"

#include "icons.h"
#include "untrustedtext.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace ReleaseDesk::Views {

PlacesBar::PlacesBar(QAction *syncAction, QWidget *parent)
    : QWidget(parent)
    , m_release(new QComboBox(this))
    , m_list(new QListWidget(this))
    , m_sync(new QToolButton(this))
    , m_syncAction(syncAction)
    , m_syncState(new QLabel(this))
    , m_ageing(new QTimer(this))
{
    m_syncState->setTextFormat(Qt::PlainText);
    m_syncState->setWordWrap(true);
    m_syncState->setAccessibleName(tr("Sync state"));
    m_syncState->setForegroundRole(QPalette::PlaceholderText);
    // "5 minutes ago" stays true while the window sits open.
    m_ageing->setInterval(30000);
    connect(m_ageing, &QTimer::timeout, this, &PlacesBar::updateSyncState);
    auto *releaseLabel = new QLabel(tr("&Release:"), this);
    releaseLabel->setBuddy(m_release);
    m_release->setAccessibleName(tr("Release"));
    m_release->setToolTip(tr("The release shown in every view; the workspace keeps all of them"));
    m_release->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_release->setMinimumContentsLength(8);
    // Arrow keys on the closed picker go through the releases one by one: the release is opened
    // once the user settles (each opening reloads the views and restarts the sync).
    m_releaseSettle = new QTimer(this);
    m_releaseSettle->setSingleShot(true);
    m_releaseSettle->setInterval(400);
    connect(m_release, &QComboBox::activated, m_releaseSettle, qOverload<>(&QTimer::start));
    connect(m_releaseSettle, &QTimer::timeout, this, [this] {
        const auto id = m_release->currentData().toLongLong();
        if (id > 0)
            Q_EMIT releaseChosen(id);
    });
    m_list->setAccessibleName(tr("Views"));
    m_list->setIconSize(QSize(22, 22));
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setSpacing(2);
    m_list->setWordWrap(true);
    for (int place = 0; place < PlaceCount; ++place) {
        auto *item = new QListWidgetItem(name(Place(place)), m_list);
        item->setData(Qt::AccessibleTextRole, name(Place(place)));
    }
    m_list->setCurrentRow(Board);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            Q_EMIT placeChosen(Place(row));
    });
    updateIcons();
    m_sync->setDefaultAction(syncAction);
    m_sync->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_sync->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(releaseLabel);
    layout->addWidget(m_release);
    layout->addSpacing(6);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_sync);
    layout->addWidget(m_syncState);
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
    case Signal:
        return tr("Release signal");
    case CherryPicks:
        return tr("Cherry-picks");
    case PlaceCount:
        break;
    }
    return {};
}

void PlacesBar::updateIcons()
{
    using Icon = Icons::Place;
    const Icon icons[PlaceCount]
        = {Icon::Board, Icon::Table, Icon::Notes, Icon::Metrics, Icon::Signal, Icon::CherryPicks};
    for (int place = 0; place < PlaceCount; ++place)
        m_list->item(place)->setIcon(Icons::place(icons[place], palette()));
    // The icon on the action: the button takes everything from it again whenever it changes.
    m_syncAction->setIcon(Icons::action(Icons::Action::Sync, palette()));
}

void PlacesBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateIcons();
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
    const auto text = detail.isEmpty() ? name(place) : name(place) + QLatin1Char('\n') + detail;
    m_list->item(place)->setText(text);
    m_list->item(place)->setData(
        Qt::AccessibleTextRole, QString(text).replace(QLatin1Char('\n'), QStringLiteral(", ")));
}

void PlacesBar::setReleases(const QList<std::pair<qint64, QString>> &releases, qint64 current)
{
    const QSignalBlocker blocker(m_release);
    m_release->clear();
    for (const auto &[id, name] : releases) {
        // Names are the user's, but may have come from a team file: direction controls made visible
        // (an entry has no text around it to reorder, and typing selects by prefix).
        m_release->addItem(Models::withVisibleDirectionControls(name), id);
        if (id == current)
            m_release->setCurrentIndex(m_release->count() - 1);
    }
    if (releases.isEmpty())
        m_release->addItem(tr("No release"), qint64(0));
    m_release->setEnabled(releases.size() > 1);
}

void PlacesBar::setLastSynced(const QDateTime &when, bool syncable)
{
    m_lastSynced = when;
    m_syncable = syncable;
    updateSyncState();
}

void PlacesBar::setSyncProgress(int index, int count)
{
    m_progressIndex = index;
    m_progressCount = count;
    updateSyncState();
}

void PlacesBar::setSyncRunning(bool running)
{
    m_running = running;
    m_progressIndex = m_progressCount = 0;
    updateSyncState();
}

QString PlacesBar::syncStateText() const
{
    return m_syncState->text();
}

QString PlacesBar::relativeAge(const QDateTime &when, const QDateTime &now)
{
    const auto minutes = std::max<qint64>(0, when.secsTo(now) / 60);
    if (minutes < 1)
        return tr("just now");
    if (minutes < 60)
        return tr("%n minute(s) ago", nullptr, int(minutes));
    if (minutes < 48 * 60)
        return tr("%n hour(s) ago", nullptr, int(minutes / 60));
    return tr("%n day(s) ago", nullptr, int(minutes / (24 * 60)));
}

void PlacesBar::updateSyncState()
{
    QString text;
    if (m_running && m_progressCount > 0)
        text = tr("Syncing repository %1 of %2\u2026").arg(m_progressIndex).arg(m_progressCount);
    else if (m_running)
        text = tr("Syncing\u2026");
    else if (m_syncable && m_lastSynced.isValid())
        text = tr("Synced %1").arg(relativeAge(m_lastSynced, QDateTime::currentDateTime()));
    else if (m_syncable)
        text = tr("Not synced yet");
    m_syncState->setText(text);
    m_syncState->setVisible(!text.isEmpty());
    if (m_syncable && m_lastSynced.isValid() && !m_running)
        m_ageing->start();
    else
        m_ageing->stop();
}

QString PlacesBar::text(Place place) const
{
    return m_list->item(place)->text();
}

} // namespace ReleaseDesk::Views

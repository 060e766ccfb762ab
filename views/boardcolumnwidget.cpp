#include "boardcolumnwidget.h"

#include <QContextMenuEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>

namespace ReleaseDesk::Views {

namespace {
/// A collapsed column: wide enough for its name wrapped over a few lines and its count.
constexpr int collapsedWidth = 96;
} // namespace

BoardColumnWidget::BoardColumnWidget(const QString &name, QListView *view, QWidget *parent)
    : QWidget(parent)
    , m_name(name)
    , m_view(view)
    , m_collapse(new QToolButton(this))
    , m_title(new QLabel(this))
{
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont font = m_title->font();
    font.setBold(true);
    m_title->setFont(font);
    m_collapse->setAutoRaise(true);
    m_collapse->setFocusPolicy(Qt::TabFocus);
    connect(m_collapse, &QToolButton::clicked, this, [this] { setCollapsed(!m_collapsed); });
    auto *header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->setSpacing(2);
    header->addWidget(m_collapse, 0, Qt::AlignTop);
    header->addWidget(m_title, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_view, 1);
    view->setParent(this);
    updateCollapseButton();
}

void BoardColumnWidget::setTitle(const QString &title)
{
    m_title->setText(title);
}

QString BoardColumnWidget::title() const
{
    return m_title->text();
}

void BoardColumnWidget::setCollapsed(bool collapsed)
{
    if (collapsed == m_collapsed)
        return;
    m_collapsed = collapsed;
    m_view->setVisible(!collapsed);
    if (collapsed) {
        setFixedWidth(collapsedWidth);
        m_title->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    } else {
        setMinimumWidth(0);
        setMaximumWidth(QWIDGETSIZE_MAX);
    }
    // The header and the strip below it take the whole height, so the strip reads as a column.
    static_cast<QVBoxLayout *>(layout())->setStretch(0, collapsed ? 1 : 0);
    updateCollapseButton();
    Q_EMIT collapsedChanged(collapsed);
}

void BoardColumnWidget::updateCollapseButton()
{
    m_collapse->setArrowType(m_collapsed ? Qt::RightArrow : Qt::DownArrow);
    // Screen readers hear the state, not only what a press does (a checkable button would look pressed).
    m_collapse->setAccessibleDescription(m_collapsed ? tr("Collapsed") : tr("Expanded"));
    const auto what
        = m_collapsed ? tr("Expand the column %1").arg(m_name) : tr("Collapse the column %1").arg(m_name);
    m_collapse->setToolTip(what);
    m_collapse->setAccessibleName(what);
}

void BoardColumnWidget::contextMenuEvent(QContextMenuEvent *event)
{
    // Over the cards the column's own menu would hide the triage actions: only the header has it.
    if (m_view->isVisible() && m_view->geometry().contains(event->pos()))
        return QWidget::contextMenuEvent(event);
    QMenu menu(this);
    menu.addAction(m_collapsed ? tr("&Expand Column") : tr("&Collapse Column"), this,
        [this] { setCollapsed(!m_collapsed); });
    menu.addAction(tr("&Hide Column"), this, &BoardColumnWidget::hideRequested);
    menu.exec(event->globalPos());
}

} // namespace ReleaseDesk::Views

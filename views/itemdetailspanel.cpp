#include "itemdetailspanel.h"

#include "board.h"
#include "boardmodel.h"
#include "itemtablemodel.h"

#include <QDesktopServices>
#include <QLocale>
#include <QSplitter>
#include <QVBoxLayout>

namespace ReleaseDesk::Views {

using namespace Api;

SafeTextBrowser::SafeTextBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1StringView("https") || url.scheme() == QLatin1StringView("http"))
            QDesktopServices::openUrl(url);
        else
            Q_EMIT linkRefused(url);
    });
}

QVariant SafeTextBrowser::loadResource(int, const QUrl &)
{
    ++m_refused; // images in bodies would phone home: never fetched
    return {};
}

namespace {
QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString stateText(const Item &item)
{
    switch (item.state) {
    case Item::State::Open:
        return item.isDraft ? ItemDetailsPanel::tr("Draft") : ItemDetailsPanel::tr("Open");
    case Item::State::Closed:
        return ItemDetailsPanel::tr("Closed");
    case Item::State::Merged:
        return ItemDetailsPanel::tr("Merged");
    }
    return {};
}

QString link(const QUrl &url, const QString &text)
{
    if (url.scheme() != QLatin1StringView("https") && url.scheme() != QLatin1StringView("http"))
        return escaped(text);
    return QStringLiteral("<a href=\"%1\">%2</a>")
        .arg(escaped(url.toString(QUrl::FullyEncoded)), escaped(text));
}
} // namespace

ItemDetailsPanel::ItemDetailsPanel(Models::BoardModel *board, CacheReaders readers, QWidget *parent)
    : QWidget(parent)
    , m_board(board)
    , m_readers(std::move(readers))
    , m_summary(new SafeTextBrowser(this))
    , m_body(new SafeTextBrowser(this))
{
    m_summary->setAccessibleName(tr("Item details"));
    m_body->setAccessibleName(tr("Item description"));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_summary);
    splitter->addWidget(m_body);
    splitter->setSizes({360, 240});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    for (auto *browser : {m_summary, m_body}) {
        connect(browser, &SafeTextBrowser::linkRefused, this, [this](const QUrl &url) {
            Q_EMIT message(
                tr("Refused to open %1: only web links (http, https) are opened.").arg(url.toString()));
        });
    }
    connect(board, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
            if (!m_shown)
                return;
            const auto row = m_board->items()->rowOf(*m_shown);
            if (row >= topLeft.row() && row <= bottomRight.row())
                m_summary->setHtml(summaryHtml(m_board->item(row)));
        });
    showRow(-1);
}

QString ItemDetailsPanel::summaryText() const
{
    return m_summary->toPlainText();
}

QString ItemDetailsPanel::bodyText() const
{
    return m_body->toPlainText();
}

void ItemDetailsPanel::showRow(int row)
{
    if (row < 0 || row >= m_board->rowCount()) {
        m_shown.reset();
        m_summary->setPlainText(tr("Select a card to see its details."));
        m_body->clear();
        return;
    }
    const auto &item = m_board->item(row);
    m_shown = item.key;
    m_summary->setHtml(summaryHtml(item));
    // GitHub-flavoured Markdown without raw HTML: a <script> or <img> in a body stays text.
    const auto whole
        = item.bodyComplete || !m_readers.body ? std::optional<QString>(item.body) : m_readers.body(item.key);
    m_body->document()->setMarkdown(whole.value_or(item.body),
        QTextDocument::MarkdownFeatures(
            QTextDocument::MarkdownDialectGitHub | QTextDocument::MarkdownNoHTML));
}

QString ItemDetailsPanel::summaryHtml(const Item &item) const
{
    const QLocale locale;
    QString html = QStringLiteral("<h3>%1</h3>").arg(escaped(item.title));
    QStringList meta = {item.isPullRequest() ? tr("Pull request") : tr("Issue"),
        link(item.url, item.key.reference()), stateText(item)};
    if (!item.author.isEmpty())
        meta.append(tr("by %1").arg(escaped(item.author)));
    if (!item.milestone.isEmpty())
        meta.append(tr("milestone %1").arg(escaped(item.milestone)));
    html += QStringLiteral("<p>%1</p>").arg(meta.join(QStringLiteral(" &middot; ")));
    if (m_board->context().blockers.contains(item.key))
        html += QStringLiteral("<p><b>%1</b></p>").arg(tr("Release blocker (by the release's blocker rule)"));

    QStringList labels;
    for (const auto &label : item.labels)
        labels.append(escaped(label.name));
    html += QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(tr("Labels:"), labels.isEmpty() ? tr("none") : labels.join(QStringLiteral(", ")));
    html += QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(tr("Assignees:"),
                    item.assignees.isEmpty() ? tr("none")
                                             : escaped(item.assignees.join(QStringLiteral(", "))));
    if (item.isPullRequest()) {
        html += QStringLiteral("<p><b>%1</b> %2 &middot; <b>%3</b> %4 (%5) &middot; <b>%6</b> %7</p>")
                    .arg(tr("Review:"),
                        escaped(item.reviewDecision.isEmpty() ? tr("none") : item.reviewDecision),
                        tr("Mergeable:"), escaped(item.mergeable), escaped(item.mergeStateStatus),
                        tr("Base:"), escaped(item.baseRef));
    }

    // Linked items with their state, when they are in the cache.
    auto *items = m_board->items();
    auto describe = [&](const ItemKey &key) -> QString {
        const auto row = items->rowOf(key);
        return row < 0
            ? escaped(key.reference()) + QStringLiteral(" (%1)").arg(tr("not in this release"))
            : escaped(key.reference()) + QStringLiteral(" (%1)").arg(stateText(items->itemAt(row)));
    };
    QStringList links;
    for (const auto &itemLink : item.links) {
        if (itemLink.kind == ItemLink::Kind::Closes)
            links.append(tr("closes %1").arg(describe(itemLink.target)));
        else if (itemLink.kind == ItemLink::Kind::CherryPickOf)
            links.append(tr("cherry-pick of %1").arg(describe(itemLink.target)));
    }
    for (const auto &other : items->items()) {
        for (const auto &otherLink : other.links) {
            if (otherLink.kind == ItemLink::Kind::Closes && otherLink.target == item.key)
                links.append(tr("fixed by %1").arg(describe(other.key)));
        }
        if (other.baseRef == m_board->release().releaseBranch && other.key != item.key
            && item.state == Item::State::Merged) {
            const auto origin = Models::Board::cherryPickOrigin(other);
            if (origin && *origin == item.key)
                links.append(tr("cherry-picked in %1").arg(describe(other.key)));
        }
    }
    if (!links.isEmpty())
        html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                    .arg(tr("Linked:"), links.join(QStringLiteral("<br>")));

    if (!item.ciContexts.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><table cellspacing=\"2\">").arg(tr("CI:"));
        for (const auto &context : item.ciContexts) {
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                        .arg(link(context.url, context.name), escaped(context.rawState),
                            context.required ? tr("required") : tr("informing"));
        }
        html += QStringLiteral("</table>");
    }
    if (m_readers.timeline) {
        const auto events = m_readers.timeline(item.key);
        if (!events.isEmpty()) {
            html += QStringLiteral("<p><b>%1</b><br>").arg(tr("Timeline:"));
            for (const auto &event : events) {
                html += QStringLiteral("%1 &middot; %2 &middot; %3 %4<br>")
                            .arg(escaped(locale.toString(event.at.toLocalTime(), QLocale::ShortFormat)),
                                escaped(event.actor), escaped(event.rawKind), escaped(event.detail));
            }
            html += QStringLiteral("</p>");
        }
    }
    return html;
}

} // namespace ReleaseDesk::Views

#pragma once

#include "api/item.h"
#include "api/timelineevent.h"

#include <QTextBrowser>
#include <QWidget>

#include <functional>
#include <optional>

namespace ReleaseDesk::Models {
class BoardModel;
}

namespace ReleaseDesk::Views {

/// A text browser that loads nothing: no image, no stylesheet, nothing remote or local. Links are
/// handed to linkActivated and opened only when they are http(s).
class SafeTextBrowser final : public QTextBrowser
{
    Q_OBJECT

public:
    explicit SafeTextBrowser(QWidget *parent = nullptr);
    QVariant loadResource(int type, const QUrl &name) override;
    int refusedResources() const { return m_refused; }

Q_SIGNALS:
    void linkRefused(const QUrl &url);

private:
    int m_refused = 0;
};

/// Everything about the selected item: title, state, repository, the body as Markdown (raw HTML off,
/// nothing loaded), labels, linked items with their state, CI contexts, review, mergeability,
/// cherry-picks and the timeline. All GitHub text is escaped.
class ItemDetailsPanel final : public QWidget
{
    Q_OBJECT

public:
    /// What the panel reads from the cache beyond the board's items (both optional).
    struct CacheReaders
    {
        std::function<QList<Api::TimelineEvent>(const Api::ItemKey &)> timeline;
        /// The whole body of an item the board holds only the release-note block of.
        std::function<std::optional<QString>(const Api::ItemKey &)> body;
    };

    ItemDetailsPanel(Models::BoardModel *board, CacheReaders readers, QWidget *parent = nullptr);

    /// Shows the item at `row` of the board's item model; -1 clears.
    void showRow(int row);
    QString summaryText() const;
    QString bodyText() const;
    SafeTextBrowser *summary() const { return m_summary; }
    SafeTextBrowser *body() const { return m_body; }

Q_SIGNALS:
    void message(const QString &text);

private:
    QString summaryHtml(const Api::Item &item) const;

    Models::BoardModel *m_board;
    CacheReaders m_readers;
    SafeTextBrowser *m_summary;
    SafeTextBrowser *m_body;
    /// The item shown, followed by key: a triage or a sync that changes it updates the details.
    std::optional<Api::ItemKey> m_shown;
};

} // namespace ReleaseDesk::Views

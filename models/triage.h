#pragma once

#include "api/issueedit.h"
#include "api/item.h"
#include "api/milestone.h"

#include <QCoreApplication>
#include <QObject>

#include <optional>

namespace ReleaseDesk::Api {
class GitHubService;
}

namespace ReleaseDesk::Models {

class ItemTableModel;
class Store;

/// One triage decision, as a value: what the board shows at once and what GitHub is asked to do.
struct TriageAction
{
    Q_DECLARE_TR_FUNCTIONS(TriageAction)

public:
    /// The same kinds GitHub is asked for (one enum, not two to keep in step).
    using Kind = Api::IssueEdit::Kind;

    Kind kind = Kind::Comment;
    QString value; ///< label, milestone title, login or comment text

    /// The preview line for one item ("console#12: add label kind/bug").
    QString describe(const Api::Item &item) const;
    /// The item as it will be once GitHub accepts the action; nullopt when nothing would change.
    std::optional<Api::Item> applyTo(Api::Item item) const;
    /// The action that undoes this one on `before`; nullopt for comments (they stay).
    std::optional<TriageAction> inverse(const Api::Item &before) const;

    friend bool operator==(const TriageAction &, const TriageAction &) = default;
};

struct TriageChange
{
    Api::ItemKey item;
    TriageAction action;
};

/// Sends triage to GitHub: the board changes at once, every change is a REST call, a refusal
/// rolls that item back with GitHub's reason, and the last bulk action can be undone.
class TriageExecutor final : public QObject
{
    Q_OBJECT

public:
    TriageExecutor(
        Api::GitHubService *client, Store *store, ItemTableModel *items, QObject *parent = nullptr);

    /// What `changes` will do, one line per change that changes something.
    QStringList preview(const QList<TriageChange> &changes) const;
    void apply(const QList<TriageChange> &changes);
    bool isBusy() const { return m_busy; }
    bool canUndo() const { return !m_undo.isEmpty() && !m_busy; }
    void undo();
    /// The client for the next batch (a new token after signing in again); not while busy.
    void setClient(Api::GitHubService *client);

    /// The bot command a cherry-pick request posts, %1 being the release branch (Prow: "/cherrypick %1").
    static QString cherryPickComment(
        const QString &releaseBranch, const QString &botSyntax = QStringLiteral("/cherrypick %1"));

Q_SIGNALS:
    /// Every change was sent; `failures` lists the refused ones with GitHub's reason (rolled back).
    /// `undone`: the batch was an undo of the previous one.
    void finished(int succeeded, const QStringList &failures, bool undone);

private:
    void next();
    std::optional<int> milestoneNumber(const Api::RepositoryRef &repository, const QString &title) const;

    Api::GitHubService *m_client;
    Store *m_store;
    ItemTableModel *m_items;
    /// A change still to send, with the item before it (for its inverse) and, for a milestone, the
    /// milestone's number in the item's repository.
    struct Pending
    {
        TriageChange change;
        Api::Item before;
        int milestoneNumber = 0;
    };
    QList<Pending> m_queue;
    QList<TriageChange> m_undo;
    QList<TriageChange> m_applied;
    QStringList m_failures;
    int m_succeeded = 0;
    bool m_busy = false;
    bool m_recording = true;
};

} // namespace ReleaseDesk::Models

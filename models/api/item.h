#pragma once

#include "api/cicontext.h"
#include "api/itemkey.h"
#include "api/itemlink.h"
#include "api/label.h"
#include "api/review.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace ReleaseDesk::Api {

/// An issue or a pull request, as cached. One type for both: the board, the metrics and the notes
/// treat them alike, and the PR-only fields are simply empty on issues.
struct Item
{
    enum class Kind { Issue, PullRequest };
    enum class State { Open, Closed, Merged };

    ItemKey key;
    Kind kind = Kind::Issue;
    State state = State::Open;
    /// GitHub's stateReason (COMPLETED, NOT_PLANNED, REOPENED, ...), raw.
    QString stateReason;
    QString title;
    QString body;
    /// False when `body` holds only the body's ```release-note block: lists of a large release leave
    /// bodies in the cache (100,000 of them would fill the memory) and read one when it is shown.
    /// The store never writes such a body back over the whole one.
    bool bodyComplete = true;
    QString author;
    QUrl url;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime closedAt;
    QDateTime mergedAt;
    QString milestone;
    QList<Label> labels;
    QStringList assignees;

    // Pull requests only.
    bool isDraft = false;
    QString baseRef;
    QString headRef;
    /// APPROVED, CHANGES_REQUESTED, REVIEW_REQUIRED or empty; raw.
    QString reviewDecision;
    /// MERGEABLE, CONFLICTING, UNKNOWN; raw.
    QString mergeable;
    /// CLEAN, BLOCKED, BEHIND, DIRTY, ...; raw.
    QString mergeStateStatus;
    QList<CiContext> ciContexts;
    QList<Review> reviews;

    QList<ItemLink> links;

    bool isPullRequest() const { return kind == Kind::PullRequest; }
    bool isOpen() const { return state == State::Open; }
    bool hasLabel(QStringView name) const;
    /// The suffix of the first label with this prefix: labelValue(u"kind/") is "bug" for kind/bug.
    QString labelValue(QStringView prefix) const;
    CiSummary ciSummary() const { return CiSummary::of(ciContexts); }

    friend bool operator==(const Item &, const Item &) = default;
};

QString itemStateToString(Item::State state);
Item::State itemStateFromString(QStringView text);

} // namespace ReleaseDesk::Api

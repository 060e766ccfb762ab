#pragma once

#include "api/itemkey.h"

#include <QString>
#include <QStringList>

namespace ReleaseDesk::Api {

/// One change to an issue or pull request, as the models ask for it; GitHubClient::editIssue turns it
/// into GitHub's REST call (the only place that knows the paths and bodies).
struct IssueEdit
{
    enum class Kind {
        AddLabel,
        RemoveLabel,
        SetMilestone,
        ClearMilestone,
        Assign,
        Unassign,
        Comment,
        Close,
        Reopen
    };

    ItemKey item;
    Kind kind = Kind::Comment;
    QString value; ///< the label, the login or the comment's text
    int milestoneNumber = 0; ///< SetMilestone: the milestone's number in the item's repository
};

/// An issue to file (the release signal's "File Issue").
struct NewIssue
{
    RepositoryRef repository;
    QString title;
    QString body;
    QStringList labels;
};

} // namespace ReleaseDesk::Api

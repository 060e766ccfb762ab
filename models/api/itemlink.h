#pragma once

#include "api/itemkey.h"

namespace ReleaseDesk::Api {

/// A directed relation from one item to another, possibly in another repository.
struct ItemLink
{
    enum class Kind {
        Closes, ///< this PR closes the target issue (closingIssuesReferences)
        CherryPickOf, ///< this PR cherry-picks the target PR onto a release branch
        References, ///< cross-referenced without a stronger relation
    };

    Kind kind = Kind::References;
    ItemKey target;

    friend bool operator==(const ItemLink &, const ItemLink &) = default;
};

} // namespace ReleaseDesk::Api

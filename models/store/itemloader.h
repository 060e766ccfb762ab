#pragma once

#include "api/item.h"
#include "store/itemselection.h"

#include <QList>

namespace ReleaseDesk::Models {

class Store;

/// Reads the items `selection` matches with their child rows (labels, assignees, CI contexts,
/// reviews, links), in row order: ItemRepository's reads. With `wholeBodies` false, each body is
/// only its release-note excerpt (Item::bodyComplete false).
///
/// A large load reads some child tables on a second, read-only connection while this thread reads
/// the items (see the implementation).
QList<Api::Item> loadItems(const Store &store, const SqlFilter &selection, bool wholeBodies);

} // namespace ReleaseDesk::Models

#pragma once

#include <QString>
#include <QStringList>

namespace ReleaseDesk::Api::GraphQLDocuments {

/// The document sent for `operation` (a file under models/api/graphql): the operation's own text,
/// then exactly the shared fragments (graphql/fragments.graphql) it spreads, directly or through
/// another fragment, each once, in the shared file's order. Empty when there is no such operation.
/// Thread-safe; assembled once per operation.
QString assemble(const QString &operation);

/// The names (without the shared fragments) of the fragments a GraphQL text spreads: `...Name`,
/// not inline fragments (`... on Type`).
QStringList spreadFragments(const QString &text);

} // namespace ReleaseDesk::Api::GraphQLDocuments

#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace ReleaseDesk::Models {

/// One node of a YAML document, with the line it starts on (1-based) so a reader can name the line of
/// whatever it refuses. Scalars stay text: the reader of a configuration decides what is a boolean.
struct YamlNode
{
    enum class Kind { Null, Scalar, Sequence, Mapping };

    Kind kind = Kind::Null;
    QString scalar;
    bool quoted = false; ///< a quoted scalar is a string even when it reads "true" or "5"
    QList<YamlNode> items;
    QList<std::pair<QString, YamlNode>> entries; ///< a mapping, in file order
    QList<int> keyLines; ///< the line of each entry's key
    int line = 0;

    bool isScalar() const { return kind == Kind::Scalar; }
    bool isNull() const { return kind == Kind::Null; }
    /// The value of a mapping's key, or nullptr.
    const YamlNode *value(QStringView key) const;
};

struct YamlError
{
    int line = 0;
    QString message;
};

/// Reads the YAML that configuration files use: block mappings and sequences, flow lists and maps on
/// one or several lines, plain, single- and double-quoted scalars, literal and folded block scalars with
/// their chomping, comments and a leading "---". Anchors, aliases and tags are refused with their line:
/// release-drafter's files do not use them, and silently misreading one would be worse than saying so.
std::optional<YamlNode> parseYaml(const QByteArray &text, YamlError *error = nullptr);

} // namespace ReleaseDesk::Models

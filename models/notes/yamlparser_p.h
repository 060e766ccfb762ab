#pragma once

// The YAML reader's parser, shared by its units (not a public API): yamlreader.cpp reads the block
// structure (mappings, sequences), yamlscalars.cpp the scalars and flow collections.

#include "notes/yamlreader.h"

#include <QStringList>

#include <functional>
#include <optional>

namespace ReleaseDesk::Models::Yaml {

int indentOf(const QString &line);
bool isBlankOrComment(const QString &line);
bool isSequenceEntry(QStringView content);
/// Where a comment starts in a plain scalar: a '#' after whitespace.
qsizetype commentStart(QStringView text);
QString withoutComment(QStringView text);
bool isNullScalar(QStringView text);
YamlNode scalarNode(const QString &text, bool quoted, int line);

class Parser
{
public:
    explicit Parser(QStringList lines)
        : m_lines(std::move(lines))
    { }

    std::optional<YamlNode> document(YamlError *error);

private:
    struct KeyAndRest
    {
        QString key;
        QString rest;
    };

    void fail(int line, const QString &message);
    void skipBlank();
    /// The node whose first line is the next content line, if it is indented at least `minIndent`.
    YamlNode block(int minIndent);
    std::optional<KeyAndRest> splitKey(QStringView content) const;
    /// One content line of a block: its number (1-based) and its text after the indentation.
    struct BlockLine
    {
        int number;
        QStringView content;
    };
    /// A mapping or sequence node starting at the current line.
    YamlNode collection(YamlNode::Kind kind) const;
    /// The next content line of a block indented `indent` (then m_lines[m_pos]); nullopt where the block
    /// ends: an error, the end of the text, or a line indented less. A line indented more is refused
    /// with the message `deeper` (untranslated: QT_TRANSLATE_NOOP in context ReleaseDesk::YamlReader).
    std::optional<BlockLine> nextLineOfBlock(int indent, const char *deeper);
    YamlNode mapping(int indent);
    YamlNode valueAfterKey(const QString &rest, int keyIndent, int lineNumber);
    YamlNode sequence(int indent);
    /// A value that starts on a line already consumed: a scalar, a flow collection or a block scalar.
    /// Continuation lines must be indented more than `parentIndent`.
    YamlNode inlineValue(const QString &text, int parentIndent, int lineNumber);
    YamlNode blockScalar(const QString &header, int parentIndent, int lineNumber);
    /// Joins the lines a quoted scalar or a flow collection spans, as YAML folds them: one line break
    /// becomes a space, each empty line a line break.
    QString continuedText(const QString &text, const std::function<bool(const QString &)> &complete);
    static qsizetype closingQuote(const QString &text);
    YamlNode quotedScalar(const QString &text, int lineNumber);
    static QString unquote(QStringView quoted, bool *ok);
    static bool flowBalanced(const QString &text);
    YamlNode flowCollection(const QString &text, int lineNumber);
    YamlNode flowValue(const QString &text, qsizetype &pos, int lineNumber);

    QStringList m_lines;
    int m_pos = 0;
    std::optional<YamlError> m_error;
};

} // namespace ReleaseDesk::Models::Yaml

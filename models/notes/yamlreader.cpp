#include "notes/yamlreader.h"
#include "notes/yamlparser_p.h"

#include <QCoreApplication>

namespace ReleaseDesk::Models::Yaml {

int indentOf(const QString &line)
{
    int indent = 0;
    while (indent < line.size() && line[indent] == QLatin1Char(' '))
        ++indent;
    return indent;
}

bool isBlankOrComment(const QString &line)
{
    const auto trimmed = QStringView(line).trimmed();
    return trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#'));
}

bool isSequenceEntry(QStringView content)
{
    return content == u"-" || content.startsWith(u"- ") || content.startsWith(u"-\t");
}

/// Where a comment starts in a plain scalar: a '#' after whitespace.
qsizetype commentStart(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('#') && (i == 0 || text[i - 1].isSpace()))
            return i;
    }
    return -1;
}

QString withoutComment(QStringView text)
{
    const auto at = commentStart(text);
    return (at < 0 ? text : text.left(at)).trimmed().toString();
}

bool isNullScalar(QStringView text)
{
    return text.isEmpty() || text == u"~" || text == u"null" || text == u"Null" || text == u"NULL";
}

YamlNode scalarNode(const QString &text, bool quoted, int line)
{
    YamlNode node;
    node.kind = !quoted && isNullScalar(text) ? YamlNode::Kind::Null : YamlNode::Kind::Scalar;
    node.scalar = text;
    node.quoted = quoted;
    node.line = line;
    return node;
}

std::optional<YamlNode> Parser::document(YamlError *error)
{
    skipBlank();
    while (m_pos < m_lines.size()
        && (m_lines[m_pos].startsWith(QLatin1Char('%')) || m_lines[m_pos].trimmed() == u"---")) {
        ++m_pos;
        skipBlank();
    }
    auto root = block(0);
    skipBlank();
    if (!m_error && m_pos < m_lines.size() && m_lines[m_pos].trimmed() != u"...")
        fail(m_pos + 1,
            QCoreApplication::translate(
                "ReleaseDesk::YamlReader", "this line is not indented like the lines before it"));
    if (m_error) {
        if (error)
            *error = *m_error;
        return std::nullopt;
    }
    return root;
}

void Parser::fail(int line, const QString &message)
{
    if (!m_error)
        m_error = YamlError {line, message};
}

void Parser::skipBlank()
{
    while (m_pos < m_lines.size() && isBlankOrComment(m_lines[m_pos]))
        ++m_pos;
}

/// The node whose first line is the next content line, if it is indented at least `minIndent`.
YamlNode Parser::block(int minIndent)
{
    skipBlank();
    if (m_error || m_pos >= m_lines.size())
        return {};
    const auto &line = m_lines[m_pos];
    const int indent = indentOf(line);
    if (indent < minIndent)
        return {};
    const auto content = QStringView(line).mid(indent);
    if (isSequenceEntry(content))
        return sequence(indent);
    if (splitKey(content))
        return mapping(indent);
    const int lineNumber = ++m_pos;
    return inlineValue(content.toString(), indent - 1, lineNumber);
}

namespace {
const char *const deeperThanKeys
    = QT_TRANSLATE_NOOP("ReleaseDesk::YamlReader", "this line is indented more than the keys before it");
const char *const deeperThanItems = QT_TRANSLATE_NOOP(
    "ReleaseDesk::YamlReader", "this line is indented more than the list items before it");
} // namespace

YamlNode Parser::collection(YamlNode::Kind kind) const
{
    YamlNode node;
    node.kind = kind;
    node.line = m_pos + 1;
    return node;
}

std::optional<Parser::BlockLine> Parser::nextLineOfBlock(int indent, const char *deeper)
{
    if (m_error)
        return std::nullopt;
    skipBlank();
    if (m_pos >= m_lines.size())
        return std::nullopt;
    const auto &line = m_lines[m_pos];
    const int lineIndent = indentOf(line);
    if (lineIndent < indent)
        return std::nullopt;
    if (lineIndent > indent) {
        fail(m_pos + 1, QCoreApplication::translate("ReleaseDesk::YamlReader", deeper));
        return std::nullopt;
    }
    return BlockLine {m_pos + 1, QStringView(line).mid(lineIndent)};
}

YamlNode Parser::mapping(int indent)
{
    auto node = collection(YamlNode::Kind::Mapping);
    while (const auto next = nextLineOfBlock(indent, deeperThanKeys)) {
        const auto [lineNumber, content] = *next;
        if (content == u"---" || content == u"...")
            break;
        if (isSequenceEntry(content)) {
            fail(lineNumber,
                QCoreApplication::translate(
                    "ReleaseDesk::YamlReader", "a list item where a \"key: value\" line was expected"));
            break;
        }
        const auto keyAndRest = splitKey(content);
        if (!keyAndRest) {
            fail(lineNumber,
                QCoreApplication::translate("ReleaseDesk::YamlReader", "a \"key: value\" line was expected"));
            break;
        }
        if (node.value(keyAndRest->key)) {
            fail(lineNumber,
                QCoreApplication::translate("ReleaseDesk::YamlReader", "the key \"%1\" appears twice")
                    .arg(keyAndRest->key));
            break;
        }
        ++m_pos;
        auto value = valueAfterKey(keyAndRest->rest, indent, lineNumber);
        node.entries.append({keyAndRest->key, value});
        node.keyLines.append(lineNumber);
    }
    return node;
}

YamlNode Parser::valueAfterKey(const QString &rest, int keyIndent, int lineNumber)
{
    if (rest.isEmpty() || rest.startsWith(QLatin1Char('#'))) {
        skipBlank();
        if (m_pos >= m_lines.size())
            return scalarNode({}, false, lineNumber);
        const auto &next = m_lines[m_pos];
        const int nextIndent = indentOf(next);
        if (nextIndent > keyIndent)
            return block(nextIndent);
        // "key:" followed by "- item" at the key's own indentation is a list (a common style).
        if (nextIndent == keyIndent && isSequenceEntry(QStringView(next).mid(nextIndent)))
            return sequence(nextIndent);
        return scalarNode({}, false, lineNumber);
    }
    return inlineValue(rest, keyIndent, lineNumber);
}

YamlNode Parser::sequence(int indent)
{
    auto node = collection(YamlNode::Kind::Sequence);
    while (const auto next = nextLineOfBlock(indent, deeperThanItems)) {
        const auto [lineNumber, content] = *next;
        if (!isSequenceEntry(content))
            break;
        auto rest = content.mid(1);
        int spaces = 0;
        while (spaces < rest.size() && rest[spaces].isSpace())
            ++spaces;
        const auto after = rest.mid(spaces);
        const int column = indent + 1 + spaces;
        if (after.isEmpty() || after.startsWith(QLatin1Char('#'))) {
            ++m_pos;
            skipBlank();
            if (m_pos < m_lines.size() && indentOf(m_lines[m_pos]) > indent)
                node.items.append(block(indentOf(m_lines[m_pos])));
            else
                node.items.append(scalarNode({}, false, lineNumber));
        } else if (isSequenceEntry(after) || splitKey(after)) {
            // "- key: value": the item is a mapping (or list) whose first line starts after the dash.
            m_lines[m_pos] = QString(column, QLatin1Char(' ')) + after.toString();
            node.items.append(block(column));
        } else {
            ++m_pos;
            node.items.append(inlineValue(after.toString(), indent, lineNumber));
        }
    }
    return node;
}

} // namespace ReleaseDesk::Models::Yaml

namespace ReleaseDesk::Models {

const YamlNode *YamlNode::value(QStringView key) const
{
    for (const auto &[name, node] : entries) {
        if (name == key)
            return &node;
    }
    return nullptr;
}

std::optional<YamlNode> parseYaml(const QByteArray &text, YamlError *error)
{
    auto decoded = QString::fromUtf8(text);
    if (decoded.startsWith(QChar(0xfeff)))
        decoded.remove(0, 1);
    decoded.replace(QLatin1StringView("\r\n"), QLatin1StringView("\n"));
    auto lines = decoded.split(QLatin1Char('\n'));
    // The last line break ends the last line; it does not start an empty one (a "|+" block keeps
    // only the empty lines really there).
    if (decoded.endsWith(QLatin1Char('\n')))
        lines.removeLast();
    Yaml::Parser parser(lines);
    return parser.document(error);
}

} // namespace ReleaseDesk::Models

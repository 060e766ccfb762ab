#include "notes/yamlparser_p.h"

#include <QCoreApplication>
#include <QHash>

// Scalars (plain, quoted, block) and flow collections of the YAML reader.

namespace ReleaseDesk::Models::Yaml {

std::optional<Parser::KeyAndRest> Parser::splitKey(QStringView content) const
{
    if (content.isEmpty())
        return std::nullopt;
    const QChar first = content.front();
    if (first == QLatin1Char('"') || first == QLatin1Char('\'')) {
        QString key;
        qsizetype i = 1;
        for (; i < content.size(); ++i) {
            if (content[i] == first) {
                if (first == QLatin1Char('\'') && i + 1 < content.size() && content[i + 1] == first) {
                    key.append(first);
                    ++i;
                    continue;
                }
                break;
            }
            if (first == QLatin1Char('"') && content[i] == QLatin1Char('\\') && i + 1 < content.size())
                ++i;
            key.append(content[i]);
        }
        qsizetype after = i + 1;
        while (after < content.size() && content[after] == QLatin1Char(' '))
            ++after;
        if (after < content.size() && content[after] == QLatin1Char(':')
            && (after + 1 == content.size() || content[after + 1].isSpace()))
            return KeyAndRest {key, content.mid(after + 1).trimmed().toString()};
        return std::nullopt;
    }
    if (QStringView(u"[{#&*!|>%@`").contains(first))
        return std::nullopt;
    for (qsizetype i = 0; i < content.size(); ++i) {
        if (content[i] == QLatin1Char('#') && i > 0 && content[i - 1].isSpace())
            return std::nullopt;
        if (content[i] == QLatin1Char(':') && (i + 1 == content.size() || content[i + 1].isSpace())) {
            const auto key = content.left(i).trimmed();
            if (key.isEmpty())
                return std::nullopt;
            return KeyAndRest {key.toString(), content.mid(i + 1).trimmed().toString()};
        }
    }
    return std::nullopt;
}

/// A value that starts on a line already consumed: a scalar, a flow collection or a block scalar.
/// Continuation lines must be indented more than `parentIndent`.
YamlNode Parser::inlineValue(const QString &text, int parentIndent, int lineNumber)
{
    if (text.isEmpty())
        return scalarNode({}, false, lineNumber);
    const QChar first = text.front();
    if (first == QLatin1Char('|') || first == QLatin1Char('>'))
        return blockScalar(text, parentIndent, lineNumber);
    if (first == QLatin1Char('&') || first == QLatin1Char('*') || first == QLatin1Char('!')) {
        fail(lineNumber,
            QCoreApplication::translate(
                "ReleaseDesk::YamlReader", "anchors, aliases and tags (&, *, !) are not supported"));
        return {};
    }
    if (first == QLatin1Char('"') || first == QLatin1Char('\''))
        return quotedScalar(text, lineNumber);
    if (first == QLatin1Char('[') || first == QLatin1Char('{'))
        return flowCollection(text, lineNumber);
    QString value = withoutComment(text);
    const bool hadComment = commentStart(text) >= 0;
    while (!hadComment && m_pos < m_lines.size() && !isBlankOrComment(m_lines[m_pos])
        && indentOf(m_lines[m_pos]) > parentIndent && !splitKey(QStringView(m_lines[m_pos]).trimmed())) {
        value += QLatin1Char(' ') + withoutComment(QStringView(m_lines[m_pos]).trimmed());
        ++m_pos;
    }
    return scalarNode(value, false, lineNumber);
}

YamlNode Parser::blockScalar(const QString &header, int parentIndent, int lineNumber)
{
    const bool folded = header.front() == QLatin1Char('>');
    QChar chomping;
    int explicitIndent = 0;
    const QString indicators = withoutComment(header).mid(1);
    for (const QChar c : indicators) {
        if (c == QLatin1Char('-') || c == QLatin1Char('+'))
            chomping = c;
        else if (c.isDigit() && c != QLatin1Char('0'))
            explicitIndent = c.digitValue();
        else {
            fail(lineNumber,
                QCoreApplication::translate("ReleaseDesk::YamlReader", "unexpected characters after | or >"));
            return {};
        }
    }
    int contentIndent = explicitIndent > 0 ? qMax(0, parentIndent) + explicitIndent : -1;
    QStringList body;
    while (m_pos < m_lines.size()) {
        const auto &line = m_lines[m_pos];
        const bool blank = line.trimmed().isEmpty();
        const int lineIndent = indentOf(line);
        if (!blank && lineIndent <= parentIndent)
            break;
        if (!blank && contentIndent < 0)
            contentIndent = lineIndent;
        if (!blank && lineIndent < contentIndent) {
            fail(m_pos + 1,
                QCoreApplication::translate("ReleaseDesk::YamlReader",
                    "this line of the text block is indented less than its first line"));
            return {};
        }
        body.append(blank
                ? QString(
                    line.size() > contentIndent && contentIndent >= 0 ? line.mid(contentIndent) : QString())
                : line.mid(contentIndent));
        ++m_pos;
    }
    int trailing = 0;
    while (trailing < body.size() && body[body.size() - 1 - trailing].isEmpty())
        ++trailing;
    const auto content = body.mid(0, body.size() - trailing);
    QString text;
    if (!folded) {
        for (const auto &line : content)
            text += line + QLatin1Char('\n');
    } else {
        bool first = true;
        bool previousNormal = false;
        int pendingBreaks = 0;
        for (const auto &line : content) {
            if (line.isEmpty()) {
                ++pendingBreaks;
                continue;
            }
            const bool normal = !line.front().isSpace();
            if (first)
                text += QString(pendingBreaks, QLatin1Char('\n'));
            else if (pendingBreaks == 0)
                text += previousNormal && normal ? QStringLiteral(" ") : QStringLiteral("\n");
            else
                text += QString(
                    previousNormal && normal ? pendingBreaks : pendingBreaks + 1, QLatin1Char('\n'));
            text += line;
            pendingBreaks = 0;
            previousNormal = normal;
            first = false;
        }
        if (!content.isEmpty())
            text += QLatin1Char('\n');
    }
    if (chomping == QLatin1Char('-')) {
        while (text.endsWith(QLatin1Char('\n')))
            text.chop(1);
    } else if (chomping == QLatin1Char('+')) {
        text += QString(trailing, QLatin1Char('\n'));
    }
    return scalarNode(text, true, lineNumber);
}

/// Joins the lines a quoted scalar or a flow collection spans, as YAML folds them: one line break
/// becomes a space, each empty line a line break.
QString Parser::continuedText(const QString &text, const std::function<bool(const QString &)> &complete)
{
    QString joined = text;
    int emptyLines = 0;
    while (!complete(joined) && m_pos < m_lines.size()) {
        const auto next = m_lines[m_pos++].trimmed();
        if (next.isEmpty()) {
            ++emptyLines;
            continue;
        }
        while (joined.endsWith(QLatin1Char(' ')))
            joined.chop(1);
        joined += emptyLines > 0 ? QString(emptyLines, QLatin1Char('\n')) : QStringLiteral(" ");
        joined += next;
        emptyLines = 0;
    }
    return joined;
}

qsizetype Parser::closingQuote(const QString &text)
{
    const QChar quote = text.front();
    for (qsizetype i = 1; i < text.size(); ++i) {
        if (quote == QLatin1Char('"') && text[i] == QLatin1Char('\\')) {
            ++i;
            continue;
        }
        if (text[i] == quote) {
            if (quote == QLatin1Char('\'') && i + 1 < text.size() && text[i + 1] == quote) {
                ++i;
                continue;
            }
            return i;
        }
    }
    return -1;
}

YamlNode Parser::quotedScalar(const QString &text, int lineNumber)
{
    const auto joined = continuedText(text, [](const QString &t) { return closingQuote(t) >= 0; });
    const auto end = closingQuote(joined);
    if (end < 0) {
        fail(lineNumber,
            QCoreApplication::translate("ReleaseDesk::YamlReader", "a quoted text is not closed"));
        return {};
    }
    if (!withoutComment(QStringView(joined).mid(end + 1)).isEmpty()) {
        fail(lineNumber,
            QCoreApplication::translate("ReleaseDesk::YamlReader", "unexpected text after a quoted text"));
        return {};
    }
    bool ok = true;
    const auto value = unquote(QStringView(joined).left(end + 1), &ok);
    if (!ok)
        fail(lineNumber,
            QCoreApplication::translate(
                "ReleaseDesk::YamlReader", "an unknown escape sequence in a double-quoted text"));
    return scalarNode(value, true, lineNumber);
}

QString Parser::unquote(QStringView quoted, bool *ok)
{
    const QChar quote = quoted.front();
    const auto inner = quoted.mid(1, quoted.size() - 2);
    QString out;
    for (qsizetype i = 0; i < inner.size(); ++i) {
        const QChar c = inner[i];
        if (quote == QLatin1Char('\'')) {
            out.append(c);
            if (c == QLatin1Char('\'') && i + 1 < inner.size() && inner[i + 1] == QLatin1Char('\''))
                ++i;
            continue;
        }
        if (c != QLatin1Char('\\') || i + 1 >= inner.size()) {
            out.append(c);
            continue;
        }
        const QChar e = inner[++i];
        const auto hex = [&](int digits) {
            bool valid = false;
            const uint code = inner.mid(i + 1, digits).toUInt(&valid, 16);
            if (!valid || i + digits >= inner.size()) {
                *ok = false;
                return;
            }
            const char32_t point = code;
            out += QString::fromUcs4(&point, 1);
            i += digits;
        };
        // YAML's escapes: the single-character ones map to a character, \x \u \U take hex digits.
        static const QHash<QChar, QChar> simple {{u'0', QChar(0)}, {u'a', QChar(7)}, {u'b', QChar(8)},
            {u't', u'\t'}, {u'\t', u'\t'}, {u'n', u'\n'}, {u'v', QChar(11)}, {u'f', QChar(12)}, {u'r', u'\r'},
            {u'e', QChar(27)}, {u' ', u' '}, {u'"', u'"'}, {u'/', u'/'}, {u'\\', u'\\'}, {u'N', QChar(0x85)},
            {u'_', QChar(0xa0)}, {u'L', QChar(0x2028)}, {u'P', QChar(0x2029)}};
        if (const auto found = simple.constFind(e); found != simple.cend())
            out.append(*found);
        else if (e == u'x' || e == u'u' || e == u'U')
            hex(e == u'x' ? 2 : e == u'u' ? 4 : 8);
        else {
            *ok = false;
            out.append(e);
        }
    }
    return out;
}

bool Parser::flowBalanced(const QString &text)
{
    int depth = 0;
    QChar quote;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (!quote.isNull()) {
            if (quote == QLatin1Char('"') && c == QLatin1Char('\\'))
                ++i;
            else if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == QLatin1Char('"') || c == QLatin1Char('\''))
            quote = c;
        else if (c == QLatin1Char('[') || c == QLatin1Char('{'))
            ++depth;
        else if (c == QLatin1Char(']') || c == QLatin1Char('}'))
            --depth;
        else if (c == QLatin1Char('#') && i > 0 && text[i - 1].isSpace())
            break;
        if (depth == 0)
            return true;
    }
    return false;
}

YamlNode Parser::flowCollection(const QString &text, int lineNumber)
{
    const auto joined = continuedText(text, flowBalanced);
    qsizetype pos = 0;
    auto node = flowValue(joined, pos, lineNumber);
    while (pos < joined.size() && joined[pos].isSpace())
        ++pos;
    if (!m_error && pos < joined.size() && joined[pos] != QLatin1Char('#'))
        fail(lineNumber,
            QCoreApplication::translate(
                "ReleaseDesk::YamlReader", "unexpected text after a [list] or {map}"));
    return node;
}

YamlNode Parser::flowValue(const QString &text, qsizetype &pos, int lineNumber)
{
    const auto skipSpaces = [&] {
        while (pos < text.size() && text[pos].isSpace())
            ++pos;
    };
    skipSpaces();
    if (pos >= text.size()) {
        fail(lineNumber,
            QCoreApplication::translate("ReleaseDesk::YamlReader", "a [list] or {map} is not closed"));
        return {};
    }
    const QChar c = text[pos];
    if (c == QLatin1Char('[') || c == QLatin1Char('{')) {
        const bool isMap = c == QLatin1Char('{');
        const QChar close = isMap ? QLatin1Char('}') : QLatin1Char(']');
        YamlNode node;
        node.kind = isMap ? YamlNode::Kind::Mapping : YamlNode::Kind::Sequence;
        node.line = lineNumber;
        ++pos;
        while (!m_error) {
            skipSpaces();
            if (pos >= text.size()) {
                fail(lineNumber,
                    QCoreApplication::translate(
                        "ReleaseDesk::YamlReader", "a [list] or {map} is not closed"));
                break;
            }
            if (text[pos] == close) {
                ++pos;
                break;
            }
            auto item = flowValue(text, pos, lineNumber);
            skipSpaces();
            if (isMap) {
                if (pos >= text.size() || text[pos] != QLatin1Char(':')) {
                    fail(lineNumber,
                        QCoreApplication::translate(
                            "ReleaseDesk::YamlReader", "a {map} entry needs \"key: value\""));
                    break;
                }
                ++pos;
                skipSpaces();
                YamlNode value;
                if (pos < text.size() && text[pos] != QLatin1Char(',') && text[pos] != close)
                    value = flowValue(text, pos, lineNumber);
                node.entries.append({item.scalar, value});
                node.keyLines.append(lineNumber);
            } else {
                node.items.append(item);
            }
            skipSpaces();
            if (pos < text.size() && text[pos] == QLatin1Char(','))
                ++pos;
        }
        return node;
    }
    if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
        const auto end = closingQuote(text.mid(pos));
        if (end < 0) {
            fail(lineNumber,
                QCoreApplication::translate("ReleaseDesk::YamlReader", "a quoted text is not closed"));
            return {};
        }
        bool ok = true;
        const auto value = unquote(QStringView(text).mid(pos, end + 1), &ok);
        pos += end + 1;
        return scalarNode(value, true, lineNumber);
    }
    const qsizetype start = pos;
    while (pos < text.size()) {
        const QChar d = text[pos];
        if (d == QLatin1Char(',') || d == QLatin1Char(']') || d == QLatin1Char('}'))
            break;
        if (d == QLatin1Char(':') && (pos + 1 >= text.size() || text[pos + 1].isSpace()))
            break;
        ++pos;
    }
    return scalarNode(text.mid(start, pos - start).trimmed(), false, lineNumber);
}

} // namespace ReleaseDesk::Models::Yaml

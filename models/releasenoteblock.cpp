#include "releasenoteblock.h"

#include <QRegularExpression>

namespace ReleaseDesk::Models {

namespace {
QRegularExpressionMatch matchBlock(const QString &body)
{
    // An opening fence of 3+ backticks or tildes, the info string release-note, then everything up to
    // a closing fence of the same character, or to the end when the author never closed it.
    static const QRegularExpression fence(
        QStringLiteral("^[ \\t]*(`{3,}|~{3,})[ \\t]*release-note[ \\t]*(?:\\n|\\z)(.*?)(?:^[ \\t]*\\1|\\z)"),
        QRegularExpression::MultilineOption | QRegularExpression::DotMatchesEverythingOption);
    // The block's info string says "release-note", so only the lines from its first mention on can
    // hold it: the rest of a long body is neither copied nor searched.
    const auto mention = body.indexOf(QLatin1StringView("release-note"));
    if (mention < 0)
        return {};
    QString normalised = body.mid(body.lastIndexOf(QLatin1Char('\n'), mention) + 1);
    normalised.replace(QLatin1StringView("\r\n"), QLatin1StringView("\n"));
    return fence.match(normalised);
}
} // namespace

QString ReleaseNoteBlock::excerpt(const QString &body)
{
    const auto match = matchBlock(body);
    return match.hasMatch() ? match.captured(0) : QString();
}

ReleaseNoteBlock ReleaseNoteBlock::extract(const QString &body)
{
    const auto match = matchBlock(body);
    ReleaseNoteBlock block;
    if (!match.hasMatch())
        return block;
    block.text = match.captured(2).trimmed();
    static const QRegularExpression none(
        QStringLiteral("^(none|n/a|na|no)\\.?$"), QRegularExpression::CaseInsensitiveOption);
    if (block.text.isEmpty())
        block.kind = Kind::Empty;
    else if (none.match(block.text).hasMatch())
        block.kind = Kind::None;
    else
        block.kind = Kind::Note;
    return block;
}

} // namespace ReleaseDesk::Models

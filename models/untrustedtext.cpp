#include "untrustedtext.h"

namespace ReleaseDesk::Models {

namespace {
const char *controlName(char16_t character)
{
    switch (character) {
    case u'\u202A':
        return "LRE";
    case u'\u202B':
        return "RLE";
    case u'\u202C':
        return "PDF";
    case u'\u202D':
        return "LRO";
    case u'\u202E':
        return "RLO";
    case u'\u2066':
        return "LRI";
    case u'\u2067':
        return "RLI";
    case u'\u2068':
        return "FSI";
    case u'\u2069':
        return "PDI";
    default:
        return nullptr;
    }
}
} // namespace

bool hasDirectionControls(const QString &text)
{
    return std::any_of(
        text.cbegin(), text.cend(), [](QChar c) { return controlName(c.unicode()) != nullptr; });
}

QString withVisibleDirectionControls(const QString &untrusted)
{
    if (!hasDirectionControls(untrusted))
        return untrusted;
    QString shown;
    shown.reserve(untrusted.size() + 8);
    for (const auto character : untrusted) {
        if (const auto *name = controlName(character.unicode()))
            shown += QLatin1Char('[') + QLatin1StringView(name) + QLatin1Char(']');
        else
            shown += character;
    }
    return shown;
}

QString displayText(const QString &untrusted)
{
    return QChar(0x2068) + withVisibleDirectionControls(untrusted) + QChar(0x2069);
}

QString markdownTableCell(QString text)
{
    text.replace(QLatin1Char('\\'), QLatin1StringView("\\\\"));
    text.replace(QLatin1Char('|'), QLatin1StringView("\\|"));
    text.replace(QLatin1Char('<'), QLatin1StringView("&lt;"));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return text;
}

} // namespace ReleaseDesk::Models

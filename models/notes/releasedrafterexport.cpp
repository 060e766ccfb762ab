// ReleaseDrafterConfig::toYaml(): the configuration written back as a release-drafter.yml.
#include "notes/releasedrafterconfig.h"

#include <QRegularExpression>

#include <algorithm>

namespace ReleaseDesk::Models {

namespace {

bool isPlainSafe(const QString &text)
{
    static const QRegularExpression plain(
        QStringLiteral("^[A-Za-z_][A-Za-z0-9_./()-]*( [A-Za-z0-9_./()-]+)*$"));
    static const QStringList reserved {QStringLiteral("true"), QStringLiteral("false"),
        QStringLiteral("null"), QStringLiteral("yes"), QStringLiteral("no"), QStringLiteral("on"),
        QStringLiteral("off"), QStringLiteral("y"), QStringLiteral("n")};
    return plain.match(text).hasMatch() && !reserved.contains(text.toLower());
}

QString doubleQuoted(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            out += QStringLiteral("\\") + c;
        else if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else if (c == QLatin1Char('\t'))
            out += QStringLiteral("\\t");
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out + QLatin1Char('"');
}

bool hasControlCharacters(const QString &text, bool allowNewline)
{
    return std::any_of(text.cbegin(), text.cend(), [&](QChar c) {
        return (c.unicode() < 0x20 && !(allowNewline && c == QLatin1Char('\n'))) || c.unicode() == 0x7f;
    });
}

/// A scalar after "key:" at `indent`: plain when nothing in it means something to YAML, a literal block
/// for multi-line text (readable in the file), quoted otherwise.
QString yamlScalar(const QString &text, int indent)
{
    if (text.isEmpty())
        return QStringLiteral(" ''");
    if (!text.contains(QLatin1Char('\n'))) {
        if (isPlainSafe(text))
            return QLatin1Char(' ') + text;
        if (!hasControlCharacters(text, false))
            return QStringLiteral(" '") + QString(text).replace(QLatin1Char('\''), QStringLiteral("''"))
                + QLatin1Char('\'');
        return QLatin1Char(' ') + doubleQuoted(text);
    }
    if (hasControlCharacters(text, true))
        return QLatin1Char(' ') + doubleQuoted(text);
    auto lines = text.split(QLatin1Char('\n'));
    QString header = QStringLiteral(" |");
    if (lines.first().startsWith(QLatin1Char(' ')) || lines.first().isEmpty())
        header += QStringLiteral("2");
    if (!text.endsWith(QLatin1Char('\n')))
        header += QLatin1Char('-');
    else if (text.endsWith(QStringLiteral("\n\n")))
        header += QLatin1Char('+');
    if (text.endsWith(QLatin1Char('\n')))
        lines.removeLast();
    const QString pad(indent + 2, QLatin1Char(' '));
    QString out = header;
    for (const auto &line : lines)
        out += QLatin1Char('\n') + (line.isEmpty() ? QString() : pad + line);
    return out;
}

QString yamlList(const QStringList &items, int indent)
{
    if (items.isEmpty())
        return QStringLiteral(" []");
    QString out;
    const QString pad(indent + 2, QLatin1Char(' '));
    for (const auto &item : items)
        out += QLatin1Char('\n') + pad + QLatin1Char('-') + yamlScalar(item, indent + 4);
    return out;
}

} // namespace

QByteArray ReleaseDrafterConfig::toYaml() const
{
    const ReleaseDrafterConfig defaults;
    QString out;
    const auto text = [&](const char *key, const QString &value, const QString &defaultValue) {
        if (value != defaultValue)
            out += QLatin1StringView(key) + QLatin1Char(':') + yamlScalar(value, 0) + QLatin1Char('\n');
    };
    const auto list = [&](const char *key, const QStringList &value) {
        if (!value.isEmpty())
            out += QLatin1StringView(key) + QLatin1Char(':') + yamlList(value, 0) + QLatin1Char('\n');
    };
    text("name-template", nameTemplate, {});
    text("tag-template", tagTemplate, {});
    text("tag-prefix", tagPrefix, {});
    text("version-template", versionTemplate, defaults.versionTemplate);
    if (prerelease)
        out += QStringLiteral("prerelease: %1\n").arg(*prerelease ? u"true" : u"false");
    text("prerelease-identifier", prereleaseIdentifier, {});
    if (includePreReleases)
        out += QStringLiteral("include-pre-releases: true\n");
    text("change-template", changeTemplate, defaults.changeTemplate);
    text("change-title-escapes", changeTitleEscapes, {});
    text("no-changes-template", noChangesTemplate, defaults.noChangesTemplate);
    text("category-template", categoryTemplate, defaults.categoryTemplate);
    if (!categories.isEmpty()) {
        out += QStringLiteral("categories:\n");
        for (const auto &category : categories) {
            out += QStringLiteral("  - title:") + yamlScalar(category.title, 4) + QLatin1Char('\n');
            if (!category.labels.isEmpty())
                out += QStringLiteral("    labels:") + yamlList(category.labels, 4) + QLatin1Char('\n');
            if (category.collapseAfter > 0)
                out += QStringLiteral("    collapse-after: %1\n").arg(category.collapseAfter);
        }
    }
    list("exclude-labels", excludeLabels);
    list("include-labels", includeLabels);
    list("exclude-contributors", excludeContributors);
    text("no-contributors-template", noContributorsTemplate, defaults.noContributorsTemplate);
    list("include-paths", includePaths);
    list("exclude-paths", excludePaths);
    if (sortBy != defaults.sortBy)
        out += QStringLiteral("sort-by: title\n");
    if (sortDirection != defaults.sortDirection)
        out += QStringLiteral("sort-direction: ascending\n");
    if (!replacers.isEmpty()) {
        out += QStringLiteral("replacers:\n");
        for (const auto &replacer : replacers)
            out += QStringLiteral("  - search:") + yamlScalar(replacer.search, 4)
                + QStringLiteral("\n    replace:") + yamlScalar(replacer.replace, 4) + QLatin1Char('\n');
    }
    if (!majorLabels.isEmpty() || !minorLabels.isEmpty() || !patchLabels.isEmpty()
        || defaultIncrement != defaults.defaultIncrement) {
        out += QStringLiteral("version-resolver:\n");
        for (const auto &[name, labels] : {std::pair {"major", &majorLabels},
                 std::pair {"minor", &minorLabels}, std::pair {"patch", &patchLabels}}) {
            if (!labels->isEmpty())
                out += QStringLiteral("  %1:\n    labels:").arg(QLatin1StringView(name))
                    + yamlList(*labels, 4) + QLatin1Char('\n');
        }
        out += QStringLiteral("  default: %1\n").arg(defaultIncrement);
    }
    text("header", header, {});
    text("footer", footer, {});
    out += QStringLiteral("template:") + yamlScalar(bodyTemplate, 0) + QLatin1Char('\n');
    if (!passthroughYaml.isEmpty())
        out += QLatin1Char('\n') + passthroughYaml;
    return out.toUtf8();
}

} // namespace ReleaseDesk::Models

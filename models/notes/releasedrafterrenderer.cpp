#include "notes/releasedrafterrenderer.h"

#include "notes/releasedrafterversion.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace ReleaseDesk::Models {

namespace {

using Config = ReleaseDrafterConfig;

bool hasAnyLabel(const DrafterPullRequest &pullRequest, const QStringList &labels)
{
    return std::any_of(pullRequest.labels.cbegin(), pullRequest.labels.cend(),
        [&](const QString &label) { return labels.contains(label); });
}

/// exclude-labels, then include-labels: what every part of the release (changes, contributors,
/// version) starts from. Label names match exactly, as in release-drafter.
QList<DrafterPullRequest> selected(const Config &config, const QList<DrafterPullRequest> &pullRequests)
{
    QList<DrafterPullRequest> list;
    for (const auto &pullRequest : pullRequests) {
        if (hasAnyLabel(pullRequest, config.excludeLabels))
            continue;
        if (!config.includeLabels.isEmpty() && !hasAnyLabel(pullRequest, config.includeLabels))
            continue;
        list.append(pullRequest);
    }
    return list;
}

QList<DrafterPullRequest> sorted(const Config &config, QList<DrafterPullRequest> pullRequests)
{
    const bool ascending = config.sortDirection == Config::SortDirection::Ascending;
    std::stable_sort(pullRequests.begin(), pullRequests.end(),
        [&](const DrafterPullRequest &a, const DrafterPullRequest &b) {
            // Titles compare by UTF-16 code unit, as JavaScript's < does.
            const int order = config.sortBy == Config::SortBy::Title
                ? a.title.compare(b.title)
                : (a.mergedAt < b.mergedAt ? -1 : (b.mergedAt < a.mergedAt ? 1 : 0));
            return ascending ? order < 0 : order > 0;
        });
    return pullRequests;
}

/// change-title-escapes: each listed character gets a backslash ("@" and "#" an empty HTML comment,
/// which stops GitHub's mentions and links); text between backticks stays as typed unless the backtick
/// itself is listed.
QString escapedTitle(const QString &title, const QString &escapes)
{
    if (escapes.isEmpty() && !title.contains(QLatin1Char('`')))
        return title;
    QString out;
    for (qsizetype i = 0; i < title.size(); ++i) {
        const QChar c = title[i];
        if (escapes.contains(c)) {
            if (c == QLatin1Char('@') || c == QLatin1Char('#'))
                out += QString(c) + QStringLiteral("<!---->");
            else
                out += QStringLiteral("\\") + c;
            continue;
        }
        if (c == QLatin1Char('`')) {
            qsizetype end = i + 1;
            while (end < title.size() && title[end] != QLatin1Char('`') && title[end] != QLatin1Char('\n')
                && title[end] != QLatin1Char('\r') && title[end] != QChar(0x2028)
                && title[end] != QChar(0x2029))
                ++end;
            if (end < title.size() && title[end] == QLatin1Char('`')) {
                out += QStringView(title).mid(i, end - i + 1);
                i = end;
                continue;
            }
        }
        out += c;
    }
    return out;
}

QString authorOf(const DrafterPullRequest &pullRequest)
{
    if (pullRequest.author.isEmpty())
        return QStringLiteral("ghost");
    if (pullRequest.authorIsBot)
        return QStringLiteral("[%1[bot]](%2)").arg(pullRequest.author, pullRequest.authorUrl);
    return pullRequest.author;
}

/// A template split once into text and variables, so that thousands of change lines cost neither a
/// regular expression nor a hash each (a 5,000-PR release renders in a few milliseconds).
struct TemplatePart
{
    QString text;
    bool variable = false;
};

QList<TemplatePart> compiledTemplate(const QString &text)
{
    static const QRegularExpression variable(QStringLiteral("\\$[A-Z_]+"));
    QList<TemplatePart> parts;
    qsizetype last = 0;
    for (auto it = variable.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        if (match.capturedStart() > last)
            parts.append({text.mid(last, match.capturedStart() - last), false});
        parts.append({match.captured(), true});
        last = match.capturedEnd();
    }
    if (last < text.size())
        parts.append({text.mid(last), false});
    return parts;
}

QString changeLines(const Config &config, const QList<DrafterPullRequest> &pullRequests)
{
    const auto parts = compiledTemplate(config.changeTemplate);
    QString out;
    for (qsizetype i = 0; i < pullRequests.size(); ++i) {
        const auto &pullRequest = pullRequests[i];
        if (i > 0)
            out += QLatin1Char('\n');
        for (const auto &part : parts) {
            const auto &name = part.text;
            if (!part.variable)
                out += name;
            else if (name == u"$TITLE")
                out += escapedTitle(pullRequest.title, config.changeTitleEscapes);
            else if (name == u"$NUMBER")
                out += QString::number(pullRequest.number);
            else if (name == u"$AUTHOR")
                out += authorOf(pullRequest);
            else if (name == u"$BODY")
                out += pullRequest.body;
            else if (name == u"$URL")
                out += pullRequest.url;
            else if (name == u"$BASE_REF_NAME")
                out += pullRequest.baseRefName;
            else if (name == u"$HEAD_REF_NAME")
                out += pullRequest.headRefName;
            else
                out += name; // release-drafter leaves a variable it does not know as typed
        }
    }
    return out;
}

QString changeLog(const Config &config, const QList<DrafterPullRequest> &pullRequests)
{
    QSet<QString> categoryLabels;
    for (const auto &category : config.categories) {
        for (const auto &label : category.labels)
            categoryLabels.insert(label);
    }
    int catchAll = -1;
    for (int i = 0; i < config.categories.size() && catchAll < 0; ++i) {
        if (config.categories[i].labels.isEmpty())
            catchAll = i;
    }
    QList<DrafterPullRequest> uncategorized;
    QList<QList<DrafterPullRequest>> inCategory(config.categories.size());
    QList<DrafterPullRequest> labelled;
    for (const auto &pullRequest : pullRequests) {
        const bool matchesAny = std::any_of(pullRequest.labels.cbegin(), pullRequest.labels.cend(),
            [&](const QString &label) { return categoryLabels.contains(label); });
        if (matchesAny)
            labelled.append(pullRequest);
        else if (catchAll < 0)
            uncategorized.append(pullRequest);
        else
            inCategory[catchAll].append(pullRequest);
    }
    // A pull request whose labels match several categories is listed in each.
    for (int i = 0; i < config.categories.size(); ++i) {
        for (const auto &pullRequest : labelled) {
            if (hasAnyLabel(pullRequest, config.categories[i].labels))
                inCategory[i].append(pullRequest);
        }
    }
    qsizetype total = uncategorized.size();
    for (const auto &list : inCategory)
        total += list.size();
    if (total == 0)
        return config.noChangesTemplate;

    QString out;
    if (!uncategorized.isEmpty())
        out += changeLines(config, uncategorized) + QStringLiteral("\n\n");
    for (int i = 0; i < config.categories.size(); ++i) {
        const auto &list = inCategory[i];
        if (list.isEmpty())
            continue;
        const auto &category = config.categories[i];
        out += substituteDrafterVariables(
                   config.categoryTemplate, {{QStringLiteral("$TITLE"), category.title}})
            + QStringLiteral("\n\n");
        const auto lines = changeLines(config, list);
        if (category.collapseAfter > 0 && list.size() > category.collapseAfter)
            out += QStringLiteral("<details>\n<summary>%1 change%2</summary>\n\n")
                       .arg(list.size())
                       .arg(list.size() > 1 ? QStringLiteral("s") : QString())
                + lines + QStringLiteral("\n</details>");
        else
            out += lines;
        if (i + 1 != config.categories.size())
            out += QStringLiteral("\n\n");
    }
    return out.trimmed();
}

/// ICU's root order for logins, as JavaScript's localeCompare gives it: punctuation, then digits, then
/// letters regardless of case; lower case first on a tie.
int compareLogins(const QString &a, const QString &b)
{
    const auto weight = [](QChar c) -> std::pair<int, ushort> {
        if (c.isLetter())
            return {3, c.toLower().unicode()};
        if (c.isDigit())
            return {2, c.unicode()};
        return {1, c.unicode()};
    };
    for (qsizetype i = 0; i < qMin(a.size(), b.size()); ++i) {
        const auto wa = weight(a[i]);
        const auto wb = weight(b[i]);
        if (wa != wb)
            return wa < wb ? -1 : 1;
    }
    if (a.size() != b.size())
        return a.size() < b.size() ? -1 : 1;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i] != b[i])
            return a[i].isLower() ? -1 : 1;
    }
    return 0;
}

QString contributors(const Config &config, const QList<DrafterPullRequest> &pullRequests)
{
    struct Contributor
    {
        QString login;
        bool bot = false;
        QString url;
    };
    QList<Contributor> list;
    for (const auto &pullRequest : pullRequests) {
        if (pullRequest.author.isEmpty())
            continue;
        const QString login
            = pullRequest.authorIsBot && !pullRequest.author.endsWith(QLatin1StringView("[bot]"))
            ? QString(pullRequest.author + QStringLiteral("[bot]"))
            : pullRequest.author;
        const bool excluded = std::any_of(config.excludeContributors.cbegin(),
            config.excludeContributors.cend(),
            [&](const QString &name) { return name == login || name + QStringLiteral("[bot]") == login; });
        const bool seen
            = std::any_of(list.cbegin(), list.cend(), [&](const Contributor &c) { return c.login == login; });
        if (!excluded && !seen)
            list.append({login, login.endsWith(QLatin1StringView("[bot]")), pullRequest.authorUrl});
    }
    if (list.isEmpty())
        return config.noContributorsTemplate;
    std::stable_sort(list.begin(), list.end(), [](const Contributor &a, const Contributor &b) {
        if (a.bot != b.bot)
            return !a.bot;
        return compareLogins(a.login, b.login) < 0;
    });
    QStringList mentions;
    for (const auto &contributor : list)
        mentions.append(contributor.bot ? QStringLiteral("[@%1](%2)").arg(contributor.login, contributor.url)
                                        : QLatin1Char('@') + contributor.login);
    if (mentions.size() == 1)
        return mentions.first();
    return QStringList(mentions.mid(0, mentions.size() - 1)).join(QStringLiteral(", "))
        + QStringLiteral(" and ") + mentions.last();
}

/// JavaScript's String.replace expansion: $$, $&, $`, $', $1..$99 and $<name>.
QString expandReplacement(
    const QString &replacement, const QRegularExpressionMatch &match, const QString &subject)
{
    QString out;
    const int groups = match.lastCapturedIndex();
    for (qsizetype i = 0; i < replacement.size(); ++i) {
        const QChar c = replacement[i];
        if (c != QLatin1Char('$') || i + 1 >= replacement.size()) {
            out += c;
            continue;
        }
        const QChar n = replacement[i + 1];
        if (n == QLatin1Char('$')) {
            out += QLatin1Char('$');
            ++i;
        } else if (n == QLatin1Char('&')) {
            out += match.captured(0);
            ++i;
        } else if (n == QLatin1Char('`')) {
            out += subject.left(match.capturedStart(0));
            ++i;
        } else if (n == QLatin1Char('\'')) {
            out += subject.mid(match.capturedEnd(0));
            ++i;
        } else if (n.isDigit()) {
            int number = n.digitValue();
            int used = 1;
            if (i + 2 < replacement.size() && replacement[i + 2].isDigit()
                && number * 10 + replacement[i + 2].digitValue() <= groups
                && number * 10 + replacement[i + 2].digitValue() > 0) {
                number = number * 10 + replacement[i + 2].digitValue();
                used = 2;
            }
            if (number == 0 || number > groups) {
                out += c;
                continue;
            }
            out += match.captured(number);
            i += used;
        } else if (n == QLatin1Char('<')
            && !match.regularExpression().namedCaptureGroups().join(QString()).isEmpty()) {
            const auto close = replacement.indexOf(QLatin1Char('>'), i + 2);
            if (close < 0) {
                out += c;
                continue;
            }
            out += match.captured(replacement.mid(i + 2, close - i - 2));
            i = close;
        } else {
            out += c;
        }
    }
    return out;
}

/// replacers: "/pattern/flags" is a regular expression (replacing the first match unless flagged g),
/// anything else a text replaced everywhere. An invalid expression is dropped, as release-drafter does.
QString applyReplacers(QString body, const QList<Config::Replacer> &replacers)
{
    static const QRegularExpression regexForm(
        QStringLiteral("^/(.+)/([gmixXsuUAJ]*)$"), QRegularExpression::DotMatchesEverythingOption);
    for (const auto &replacer : replacers) {
        QRegularExpression expression;
        bool global = true;
        if (const auto form = regexForm.match(replacer.search); form.hasMatch()) {
            const auto flags = form.captured(2);
            global = flags.contains(QLatin1Char('g'));
            QRegularExpression::PatternOptions options;
            if (flags.contains(QLatin1Char('i')))
                options |= QRegularExpression::CaseInsensitiveOption;
            if (flags.contains(QLatin1Char('m')))
                options |= QRegularExpression::MultilineOption;
            if (flags.contains(QLatin1Char('s')))
                options |= QRegularExpression::DotMatchesEverythingOption;
            if (flags.contains(QLatin1Char('x')))
                options |= QRegularExpression::ExtendedPatternSyntaxOption;
            expression = QRegularExpression(form.captured(1), options);
        } else {
            expression = QRegularExpression(QRegularExpression::escape(replacer.search));
        }
        if (!expression.isValid())
            continue;
        QString out;
        qsizetype last = 0;
        for (auto it = expression.globalMatch(body); it.hasNext();) {
            const auto match = it.next();
            out += QStringView(body).mid(last, match.capturedStart() - last);
            out += expandReplacement(replacer.replace, match, body);
            last = match.capturedEnd();
            if (!global)
                break;
        }
        body = out + QStringView(body).mid(last);
    }
    return body;
}

QString versionIncrement(const Config &config, const QList<DrafterPullRequest> &pullRequests)
{
    QHash<QString, int> priorityOfLabel;
    for (const auto &[labels, priority] : {std::pair {&config.patchLabels, 1},
             std::pair {&config.minorLabels, 2}, std::pair {&config.majorLabels, 3}}) {
        for (const auto &label : *labels)
            priorityOfLabel.insert(label, priority);
    }
    int highest = 0;
    for (const auto &pullRequest : pullRequests) {
        for (const auto &label : pullRequest.labels)
            highest = qMax(highest, priorityOfLabel.value(label, 0));
    }
    QString increment = highest == 3 ? QStringLiteral("major")
        : highest == 2               ? QStringLiteral("minor")
        : highest == 1               ? QStringLiteral("patch")
                                     : config.defaultIncrement;
    if (config.isPrerelease() && !config.prereleaseIdentifier.isEmpty())
        increment.prepend(QStringLiteral("pre"));
    return increment;
}

} // namespace

std::optional<DrafterRelease> findLastDrafterRelease(
    const ReleaseDrafterConfig &config, const QList<DrafterRelease> &releases)
{
    const bool withPrereleases = config.isPrerelease() || config.includePreReleases;
    QList<DrafterRelease> candidates;
    for (const auto &release : releases) {
        if (!config.tagPrefix.isEmpty() && !release.tagName.startsWith(config.tagPrefix))
            continue;
        if (release.draft || (release.prerelease && !withPrereleases))
            continue;
        candidates.append(release);
    }
    const auto stripped = [&](const QString &tag) {
        return config.tagPrefix.isEmpty() ? tag : tag.mid(config.tagPrefix.size());
    };
    std::stable_sort(
        candidates.begin(), candidates.end(), [&](const DrafterRelease &a, const DrafterRelease &b) {
            if (const auto order = compareReleaseVersions(stripped(a.tagName), stripped(b.tagName)))
                return *order < 0;
            return a.createdAt < b.createdAt;
        });
    if (candidates.isEmpty())
        return std::nullopt;
    return candidates.last();
}

DrafterResult draftRelease(const ReleaseDrafterConfig &config, const QList<DrafterPullRequest> &pullRequests,
    const QList<DrafterRelease> &releases, const DrafterInput &input)
{
    DrafterResult result;
    result.lastRelease = findLastDrafterRelease(config, releases);
    result.prerelease = config.isPrerelease();
    const auto chosen = selected(config, sorted(config, pullRequests));

    QString body = config.header + config.bodyTemplate + config.footer;
    body = substituteDrafterVariables(body,
        {
            {QStringLiteral("$PREVIOUS_TAG"), result.lastRelease ? result.lastRelease->tagName : QString()},
            {QStringLiteral("$CHANGES"), changeLog(config, chosen)},
            {QStringLiteral("$CONTRIBUTORS"), contributors(config, chosen)},
            {QStringLiteral("$OWNER"), input.owner},
            {QStringLiteral("$REPOSITORY"), input.repository},
        });
    body = applyReplacers(body, config.replacers);

    std::optional<std::pair<QString, QString>> last;
    if (result.lastRelease)
        last = std::pair {result.lastRelease->tagName, result.lastRelease->name};
    const auto inputVersion = !input.version.isEmpty() ? input.version
        : input.tag && !input.tag->isEmpty()           ? *input.tag
                                                       : input.name.value_or(QString());
    const auto versions = drafterVersionVariables(last, inputVersion, versionIncrement(config, chosen),
        config.versionTemplate, config.tagPrefix, config.prereleaseIdentifier);
    // Version variables are replaced after the others, in the whole body: as in release-drafter, a
    // "$RESOLVED_VERSION" inside a pull request's title becomes the version too.
    result.body = substituteDrafterVariables(body, versions);
    result.tag = substituteDrafterVariables(input.tag.value_or(config.tagTemplate), versions);
    result.name = substituteDrafterVariables(input.name.value_or(config.nameTemplate), versions);
    result.resolvedVersion = versions.value(QStringLiteral("$RESOLVED_VERSION"));
    return result;
}

} // namespace ReleaseDesk::Models

#include "notes/notesrenderer.h"

#include "notes/notesexport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextDocument>

#include <algorithm>

namespace ReleaseDesk::Models {

namespace {

/// GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens, repeats numbered.
class AnchorNames
{
public:
    QString anchorFor(const QString &heading)
    {
        QString anchor;
        for (const QChar c : heading.toLower()) {
            if (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_'))
                anchor.append(c);
            else if (c == QLatin1Char(' '))
                anchor.append(QLatin1Char('-'));
        }
        const int seen = m_seen.value(anchor, 0);
        m_seen.insert(anchor, seen + 1);
        return seen == 0 ? anchor : anchor + QLatin1Char('-') + QString::number(seen);
    }

private:
    QHash<QString, int> m_seen;
};

QString webBase(const NoteEntry &entry)
{
    for (const auto &url : entry.sourceUrls) {
        if (url.isValid() && !url.host().isEmpty())
            return url.scheme() + QStringLiteral("://") + url.host();
    }
    const auto host
        = entry.sources.isEmpty() ? QStringLiteral("github.com") : entry.sources.first().repository.host;
    return QStringLiteral("https://") + host;
}

QString pullUrl(const NoteEntry &entry, int index)
{
    if (index < entry.sourceUrls.size() && entry.sourceUrls[index].isValid())
        return entry.sourceUrls[index].toString();
    const auto &key = entry.sources[index];
    return webBase(entry) + QLatin1Char('/') + key.repository.fullName() + QStringLiteral("/pull/")
        + QString::number(key.number);
}

/// "- text (refs)", continuation lines indented so a multi-line note stays one list item.
QString listItem(const QString &bullet, const QString &text, const QString &suffix)
{
    auto lines = text.trimmed().split(QLatin1Char('\n'));
    for (int i = 1; i < lines.size(); ++i)
        lines[i] = QStringLiteral("  ") + lines[i];
    return bullet + lines.join(QLatin1Char('\n')) + suffix + QLatin1Char('\n');
}

QString citations(
    const NoteEntry &entry, bool withRepositoryName, NotesTemplate::CherryPickCitation cherryPickCitation)
{
    const auto label = [withRepositoryName](const Api::ItemKey &key) {
        return withRepositoryName ? key.shortReference() : QLatin1Char('#') + QString::number(key.number);
    };
    QStringList parts;
    for (int i = 0; i < entry.sources.size(); ++i) {
        const auto &key = entry.sources[i];
        QStringList picks;
        for (const auto &pick : entry.cherryPicks) {
            if (pick.original == key)
                picks.append(
                    QStringLiteral("[%1](%2)")
                        .arg(label(pick.key), pick.url.isValid() ? pick.url.toString() : pullUrl(entry, i)));
        }
        if (picks.isEmpty() || cherryPickCitation == NotesTemplate::CherryPickCitation::Original)
            parts.append(QStringLiteral("[%1](%2)").arg(label(key), pullUrl(entry, i)));
        if (!picks.isEmpty() && cherryPickCitation == NotesTemplate::CherryPickCitation::Original)
            parts.append(
                QString(QStringLiteral("cherry-pick ") + picks.join(QStringLiteral(", cherry-pick "))));
        else
            parts += picks;
    }
    for (const auto &author : entry.authors)
        parts.append(QStringLiteral("[@%1](%2/%1)").arg(author, webBase(entry)));
    return parts.isEmpty() ? QString()
                           : QStringLiteral(" (") + parts.join(QStringLiteral(", ")) + QLatin1Char(')');
}

/// A note as the template prints it: raw HTML from the PR escaped unless the template allows it.
QString noteText(const NoteEntry &entry, const NotesTemplate &notesTemplate)
{
    const auto text = entry.actionRequired && notesTemplate.style == NotesTemplate::Style::KubeSphere
        ? notesTemplate.actionRequiredPrefix + entry.text
        : entry.text;
    return notesTemplate.allowRawHtml ? text : escapeRawHtmlInMarkdown(text);
}

QList<const NoteEntry *> includedEntries(const NotesDocument &document)
{
    QList<const NoteEntry *> list;
    for (const auto &entry : document.entries) {
        if (entry.included)
            list.append(&entry);
    }
    return list;
}

QString groupHeading(const NotesTemplate &notesTemplate, NoteType type)
{
    const auto heading = notesTemplate.groupHeadingFor(type);
    return heading.isEmpty() ? QStringLiteral("Other") : heading;
}

QStringList groupOrder(const NotesTemplate &notesTemplate)
{
    QStringList order;
    for (const auto &group : notesTemplate.groups)
        order.append(group.heading);
    order.append(QStringLiteral("Other"));
    return order;
}

struct Contributors
{
    QStringList all;
    QStringList firstTime;
};

Contributors contributorsOf(const QList<const NoteEntry *> &entries, const NotesRenderContext &context)
{
    Contributors result;
    for (const auto *entry : entries) {
        for (const auto &author : entry->authors) {
            if (!result.all.contains(author))
                result.all.append(author);
            if (context.firstTimeContributors.contains(author) && !result.firstTime.contains(author))
                result.firstTime.append(author);
        }
    }
    const auto byName
        = [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; };
    std::sort(result.all.begin(), result.all.end(), byName);
    std::sort(result.firstTime.begin(), result.firstTime.end(), byName);
    return result;
}

QString contributorsMarkdown(const QList<const NoteEntry *> &entries, const NotesTemplate &notesTemplate,
    const NotesRenderContext &context, const QString &base)
{
    if (!notesTemplate.contributors)
        return {};
    const auto contributors = contributorsOf(entries, context);
    if (contributors.all.isEmpty())
        return {};
    QString out = QStringLiteral("## %1\n\n").arg(notesTemplate.contributorsHeading);
    for (const auto &login : contributors.all)
        out += QStringLiteral("- [@%1](%2/%1)\n").arg(login, base);
    if (context.firstTimeContributorsKnown && !contributors.firstTime.isEmpty()) {
        out += QStringLiteral("\n### %1\n\n").arg(notesTemplate.firstTimeContributorsHeading);
        for (const auto &login : contributors.firstTime)
            out += QStringLiteral("- [@%1](%2/%1)\n").arg(login, base);
    }
    return out + QLatin1Char('\n');
}

QString firstWebBase(const QList<const NoteEntry *> &entries)
{
    return entries.isEmpty() ? QStringLiteral("https://github.com") : webBase(*entries.first());
}

QString renderKubeSphere(
    const NotesDocument &document, const NotesTemplate &notesTemplate, const NotesRenderContext &context)
{
    const auto entries = includedEntries(document);
    // The urgent section (API Changes) closes the document, as in KubeSphere's changelogs.
    QStringList sections;
    for (const auto &section : document.sections) {
        if (section != document.urgentSection)
            sections.append(section);
    }
    if (!document.urgentSection.isEmpty())
        sections.append(document.urgentSection);

    struct Section
    {
        QString name;
        QList<std::pair<QString, QList<const NoteEntry *>>> groups; // heading -> entries
        QList<const NoteEntry *> plain; // urgent section: no type headings
    };
    QList<Section> layout;
    const auto order = groupOrder(notesTemplate);
    for (const auto &name : sections) {
        Section section {name, {}, {}};
        for (const auto &heading : order) {
            QList<const NoteEntry *> inGroup;
            for (const auto *entry : entries) {
                if (entry->section == name && name != document.urgentSection
                    && groupHeading(notesTemplate, entry->type) == heading)
                    inGroup.append(entry);
            }
            if (!inGroup.isEmpty())
                section.groups.append({heading, inGroup});
        }
        for (const auto *entry : entries) {
            if (entry->section == name && name == document.urgentSection)
                section.plain.append(entry);
        }
        if (!section.groups.isEmpty() || !section.plain.isEmpty())
            layout.append(section);
    }

    QString out;
    AnchorNames anchors;
    const auto version = context.version.isEmpty() ? document.releaseName : context.version;
    if (notesTemplate.tableOfContents) {
        out += QStringLiteral("- [%1](#%2)\n").arg(version, anchors.anchorFor(version));
        for (const auto &section : layout) {
            out += QStringLiteral("  - [%1](#%2)\n").arg(section.name, anchors.anchorFor(section.name));
            for (const auto &[heading, inGroup] : section.groups)
                out += QStringLiteral("    - [%1](#%2)\n").arg(heading, anchors.anchorFor(heading));
        }
        out += QLatin1Char('\n');
    }
    out += QStringLiteral("# %1\n\n").arg(version);
    for (const auto &section : layout) {
        out += QStringLiteral("## %1\n\n").arg(section.name);
        for (const auto &[heading, inGroup] : section.groups) {
            out += QStringLiteral("### %1\n\n").arg(heading);
            // KubeSphere's changelogs put these under "API Changes", which does not say that the
            // reader must act: the entry says it itself, wherever it is.
            for (const auto *entry : inGroup)
                out += listItem(QStringLiteral("- "), noteText(*entry, notesTemplate),
                    citations(*entry, true, notesTemplate.cherryPickCitation));
            out += QLatin1Char('\n');
        }
        for (const auto *entry : section.plain)
            out += listItem(QStringLiteral("- "), noteText(*entry, notesTemplate),
                citations(*entry, true, notesTemplate.cherryPickCitation));
        if (!section.plain.isEmpty())
            out += QLatin1Char('\n');
    }
    out += contributorsMarkdown(entries, notesTemplate, context, firstWebBase(entries));
    while (out.endsWith(QStringLiteral("\n\n")))
        out.chop(1);
    return out;
}

QString renderKubernetes(
    const NotesDocument &document, const NotesTemplate &notesTemplate, const NotesRenderContext &context)
{
    const auto entries = includedEntries(document);
    QSet<QString> repositories;
    for (const auto *entry : entries) {
        for (const auto &key : entry->sources)
            repositories.insert(key.repository.fullName());
        for (const auto &pick : entry->cherryPicks)
            repositories.insert(pick.key.repository.fullName());
    }
    const bool withRepositoryName = repositories.size() > 1;
    const auto line = [&](const NoteEntry &entry) -> QString {
        const auto sig = kubernetesSigSuffix(entry.sigs);
        return listItem(QStringLiteral("- "), noteText(entry, notesTemplate),
            citations(entry, withRepositoryName, notesTemplate.cherryPickCitation)
                + (sig.isEmpty() ? QString() : QLatin1Char(' ') + sig));
    };
    const auto isDependency
        = [](const NoteEntry &entry) { return entry.labels.contains(QStringLiteral("area/dependency")); };

    const auto version = context.version.isEmpty() ? document.releaseName : context.version;
    QString out = QStringLiteral("# %1\n\n").arg(version);
    if (!context.previousVersion.isEmpty())
        out += QStringLiteral("## Changelog since %1\n\n").arg(context.previousVersion);
    QList<const NoteEntry *> urgent;
    for (const auto *entry : entries) {
        if (entry->actionRequired)
            urgent.append(entry);
    }
    if (!urgent.isEmpty()) {
        out += QStringLiteral(
            "## Urgent Upgrade Notes\n\n### (No, really, you MUST read this before you upgrade)\n\n");
        for (const auto *entry : urgent)
            out += line(*entry);
        out += QLatin1Char('\n');
    }
    QString byKind;
    for (const auto &heading : groupOrder(notesTemplate)) {
        QString lines;
        for (const auto *entry : entries) {
            if (!entry->actionRequired && !isDependency(*entry)
                && groupHeading(notesTemplate, entry->type) == heading)
                lines += line(*entry);
        }
        if (!lines.isEmpty())
            byKind += QStringLiteral("### %1\n\n").arg(heading) + lines + QLatin1Char('\n');
    }
    if (!byKind.isEmpty())
        out += QStringLiteral("## Changes by Kind\n\n") + byKind;
    out += QStringLiteral("## %1\n\n").arg(notesTemplate.dependenciesHeading);
    QString changed;
    for (const auto *entry : entries) {
        if (isDependency(*entry))
            changed += line(*entry);
    }
    const QString nothing = QStringLiteral("_Nothing has changed._\n");
    out += QStringLiteral("### Added\n") + nothing + QStringLiteral("\n### Changed\n")
        + (changed.isEmpty() ? nothing : changed) + QStringLiteral("\n### Removed\n") + nothing
        + QLatin1Char('\n');
    out += contributorsMarkdown(entries, notesTemplate, context, firstWebBase(entries));
    while (out.endsWith(QStringLiteral("\n\n")))
        out.chop(1);
    return out;
}

QString sigDisplayName(const QString &sig)
{
    static const QHash<QString, QString> special = {
        {QStringLiteral("api"), QStringLiteral("API")},
        {QStringLiteral("cli"), QStringLiteral("CLI")},
        {QStringLiteral("k8s"), QStringLiteral("K8s")},
    };
    QStringList words;
    for (const auto &word : sig.split(QLatin1Char('-'), Qt::SkipEmptyParts)) {
        const auto lower = word.toLower();
        words.append(special.value(lower, lower.left(1).toUpper() + lower.mid(1)));
    }
    return words.join(QLatin1Char(' '));
}

} // namespace

QString kubernetesSigSuffix(const QStringList &sigs)
{
    if (sigs.isEmpty())
        return {};
    QStringList names;
    for (const auto &sig : sigs)
        names.append(sigDisplayName(sig));
    names.sort(Qt::CaseInsensitive);
    QString joined = names.last();
    if (names.size() > 1)
        joined = QStringList(names.mid(0, names.size() - 1)).join(QStringLiteral(", "))
            + QStringLiteral(" and ") + names.last();
    return QStringLiteral("[SIG %1]").arg(joined);
}

DrafterResult renderDrafterRelease(
    const NotesDocument &document, const NotesTemplate &notesTemplate, const NotesRenderContext &context)
{
    QList<DrafterPullRequest> pullRequests;
    pullRequests.reserve(document.entries.size());
    for (const auto &entry : document.entries) {
        if (entry.inclusionEdited && !entry.included)
            continue;
        DrafterPullRequest pullRequest;
        pullRequest.number = entry.sources.isEmpty() ? 0 : entry.sources.first().number;
        // release-drafter lists the PRs merged into the branch it drafts: a cherry-pick stands for its
        // original unless the template cites originals.
        const CherryPick *pick = entry.cherryPicks.isEmpty()
                || notesTemplate.cherryPickCitation == NotesTemplate::CherryPickCitation::Original
            ? nullptr
            : &entry.cherryPicks.first();
        if (pick)
            pullRequest.number = pick->key.number;
        const bool textEdited = entry.edited && entry.text != entry.sourceText;
        pullRequest.title = textEdited ? entry.text.simplified() : entry.title;
        pullRequest.body = entry.body;
        pullRequest.url = pick        ? pick->url.toString()
            : entry.sources.isEmpty() ? QString()
                                      : pullUrl(entry, 0);
        pullRequest.author = entry.authors.value(0);
        // REST spells a bot's login "name[bot]"; release-drafter links such authors to the app's page.
        if (pullRequest.author.endsWith(QLatin1StringView("[bot]"))) {
            pullRequest.author.chop(5);
            pullRequest.authorIsBot = true;
            pullRequest.authorUrl = webBase(entry) + QStringLiteral("/apps/") + pullRequest.author;
        }
        pullRequest.baseRefName = entry.baseRef;
        pullRequest.headRefName = entry.headRef;
        pullRequest.labels = entry.labels;
        pullRequest.mergedAt = entry.mergedAt;
        pullRequests.append(pullRequest);
    }
    DrafterInput input;
    input.owner = context.owner;
    input.repository = context.repository;
    if (input.owner.isEmpty() && !document.entries.isEmpty() && !document.entries.first().sources.isEmpty()) {
        input.owner = document.entries.first().sources.first().repository.owner;
        input.repository = document.entries.first().sources.first().repository.name;
    }
    QList<DrafterRelease> releases;
    if (context.releases) {
        releases = *context.releases;
    } else {
        if (!context.previousVersion.isEmpty())
            releases.append({context.previousVersion, context.previousVersion, false, false, {}});
        input.version = context.version.isEmpty() ? document.releaseName : context.version;
    }
    return draftRelease(notesTemplate.drafter, pullRequests, releases, input);
}

QString renderNotesMarkdown(
    const NotesDocument &document, const NotesTemplate &notesTemplate, const NotesRenderContext &context)
{
    switch (notesTemplate.style) {
    case NotesTemplate::Style::KubeSphere:
        return renderKubeSphere(document, notesTemplate, context);
    case NotesTemplate::Style::Kubernetes:
        return renderKubernetes(document, notesTemplate, context);
    case NotesTemplate::Style::Drafter:
        return renderDrafterRelease(document, notesTemplate, context).body;
    }
    return {};
}

QByteArray renderNotesJson(const NotesDocument &document)
{
    QJsonArray entries;
    for (const auto &entry : document.entries) {
        QJsonArray urls;
        for (int i = 0; i < entry.sources.size(); ++i)
            urls.append(pullUrl(entry, i));
        QJsonArray pickUrls;
        for (const auto &pick : entry.cherryPicks)
            pickUrls.append(pick.url.toString());
        QJsonArray warnings;
        for (const auto &message : lintWarningMessages(entry.warnings))
            warnings.append(message);
        entries.append(QJsonObject {
            {QStringLiteral("module"), entry.section},
            {QStringLiteral("type"), noteTypeId(entry.type)},
            {QStringLiteral("releaseNote"), entry.text},
            {QStringLiteral("prUrls"), urls},
            {QStringLiteral("cherryPickUrls"), pickUrls},
            {QStringLiteral("authors"), QJsonArray::fromStringList(entry.authors)},
            {QStringLiteral("included"), entry.included},
            {QStringLiteral("reviewed"), entry.reviewed},
            {QStringLiteral("actionRequired"), entry.actionRequired},
            {QStringLiteral("needsNote"), entry.needsNote},
            {QStringLiteral("edited"), entry.edited},
            {QStringLiteral("warnings"), warnings},
        });
    }
    return QJsonDocument(QJsonObject {{QStringLiteral("release"), document.releaseName},
                             {QStringLiteral("sections"), QJsonArray::fromStringList(document.sections)},
                             {QStringLiteral("entries"), entries}})
        .toJson(QJsonDocument::Indented);
}

QString renderNotesHtml(const QString &markdown, const QString &title)
{
    return renderSafeNotesHtml(markdown, title, {});
}

} // namespace ReleaseDesk::Models

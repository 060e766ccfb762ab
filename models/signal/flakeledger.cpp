#include "signal/flakeledger.h"

#include <QSet>

namespace ReleaseDesk::Models {

using namespace Api;

namespace {
bool isNameCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u'.';
}

bool containsWholeName(const QString &text, const QString &name)
{
    for (qsizetype at = text.indexOf(name, 0, Qt::CaseInsensitive); at >= 0;
         at = text.indexOf(name, at + 1, Qt::CaseInsensitive)) {
        const auto end = at + name.size();
        // A trailing "." ends a sentence, not a name.
        const bool startOk = at == 0 || !isNameCharacter(text.at(at - 1));
        const bool endOk = end >= text.size() || !isNameCharacter(text.at(end))
            || (text.at(end) == u'.' && (end + 1 >= text.size() || !isNameCharacter(text.at(end + 1))));
        if (startOk && endOk)
            return true;
    }
    return false;
}
} // namespace

bool isCiTrackingIssue(const Item &item)
{
    if (item.isPullRequest())
        return false;
    const auto title = item.title.trimmed();
    if (title.startsWith(QLatin1StringView("[Flaky Test]"), Qt::CaseInsensitive)
        || title.startsWith(QLatin1StringView("[Failing Test]"), Qt::CaseInsensitive))
        return true;
    return std::any_of(item.labels.cbegin(), item.labels.cend(), [](const Label &label) {
        return label.name == QLatin1StringView("kind/flake")
            || label.name == QLatin1StringView("kind/failing-test");
    });
}

bool issueNamesContext(const Item &issue, const QString &context)
{
    if (context.trimmed().isEmpty())
        return false;
    return containsWholeName(issue.title, context) || containsWholeName(issue.body, context);
}

QList<LedgerEntry> flakeLedger(const RepositoryRef &repository, const QString &branch,
    const QList<ContextHealth> &health, const QSet<QString> &required, const QList<Item> &items)
{
    QList<const Item *> tracking;
    for (const auto &item : items) {
        if (item.isOpen() && isCiTrackingIssue(item))
            tracking.append(&item);
    }
    QList<LedgerEntry> entries;
    for (const auto &context : health) {
        if (context.status != ContextHealth::Status::Failing
            && context.status != ContextHealth::Status::Flaky)
            continue;
        LedgerEntry entry;
        entry.repository = repository;
        entry.branch = branch;
        entry.health = context;
        entry.blocking = required.isEmpty() || required.contains(context.context);
        for (const auto *issue : std::as_const(tracking)) {
            if (issueNamesContext(*issue, context.context))
                entry.issues.append(issue->key);
        }
        entries.append(entry);
    }
    std::stable_sort(entries.begin(), entries.end(), [](const LedgerEntry &a, const LedgerEntry &b) {
        return a.blocking != b.blocking ? a.blocking : a.health.context < b.health.context;
    });
    return entries;
}

} // namespace ReleaseDesk::Models

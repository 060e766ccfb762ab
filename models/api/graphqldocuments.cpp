#include "api/graphqldocuments.h"

#include <QFile>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace ReleaseDesk::Api::GraphQLDocuments {

namespace {

QString readResource(const QString &name)
{
    QFile file(QStringLiteral(":/releasedesk/graphql/%1.graphql").arg(name));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

struct Fragment
{
    QString name;
    QString text;
};

/// The shared file's fragments in order, each with its text from `fragment` to its closing brace.
QList<Fragment> sharedFragments()
{
    const auto text = readResource(QStringLiteral("fragments"));
    QList<Fragment> fragments;
    static const QRegularExpression start(
        QStringLiteral(R"(^fragment\s+(\w+)\s+on\s+\w+\s*\{)"), QRegularExpression::MultilineOption);
    for (auto it = start.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        int depth = 0;
        auto end = match.capturedEnd() - 1; // the opening brace
        for (; end < text.size(); ++end) {
            if (text[end] == QLatin1Char('{'))
                ++depth;
            else if (text[end] == QLatin1Char('}') && --depth == 0)
                break;
        }
        fragments.append(
            {match.captured(1), text.mid(match.capturedStart(), end + 1 - match.capturedStart())});
    }
    return fragments;
}

QString assembleUncached(const QString &operation)
{
    auto document = readResource(operation);
    if (document.isEmpty())
        return {};
    static const auto shared = sharedFragments();
    // Which shared fragments are needed: spread by the operation, or by a needed fragment.
    QSet<QString> needed;
    QStringList pending = spreadFragments(document);
    while (!pending.isEmpty()) {
        const auto name = pending.takeLast();
        if (needed.contains(name))
            continue;
        const auto it = std::find_if(
            shared.cbegin(), shared.cend(), [&](const Fragment &fragment) { return fragment.name == name; });
        if (it == shared.cend())
            continue; // the operation's own fragment
        needed.insert(name);
        pending.append(spreadFragments(it->text));
    }
    for (const auto &fragment : shared) {
        if (needed.contains(fragment.name))
            document += QLatin1Char('\n') + fragment.text + QLatin1Char('\n');
    }
    return document;
}

} // namespace

QStringList spreadFragments(const QString &text)
{
    static const QRegularExpression spread(QStringLiteral(R"(\.\.\.\s*([A-Za-z_]\w*))"));
    QStringList names;
    for (auto it = spread.globalMatch(text); it.hasNext();) {
        const auto name = it.next().captured(1);
        if (name != QLatin1StringView("on") && !names.contains(name))
            names.append(name);
    }
    return names;
}

QString assemble(const QString &operation)
{
    // The sync runs the client on a thread of its own: the cache is shared.
    static QMutex mutex;
    static QHash<QString, QString> cache;
    const QMutexLocker locker(&mutex);
    if (const auto it = cache.constFind(operation); it != cache.cend())
        return it.value();
    const auto document = assembleUncached(operation);
    cache.insert(operation, document);
    return document;
}

} // namespace ReleaseDesk::Api::GraphQLDocuments

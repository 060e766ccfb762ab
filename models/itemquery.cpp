#include "itemquery.h"

#include "freezedesk.h"

#include <QSet>

#include <variant>

namespace ReleaseDesk::Models {

using namespace Api;

struct ItemQuery::Node
{
    enum class Type { And, Or, Not, Term, Text };
    Type type = Type::Term;
    QList<std::shared_ptr<const Node>> children;
    QString qualifier; ///< lower case
    QStringList values; ///< comma-separated alternatives, as typed
};

namespace {

using NodePtr = std::shared_ptr<const ItemQuery::Node>;
using Node = ItemQuery::Node;

QStringList tokenize(QStringView text)
{
    QStringList tokens;
    QString current;
    bool quoted = false;
    auto flush = [&] {
        if (!current.isEmpty())
            tokens.append(current);
        current.clear();
    };
    for (const auto ch : text) {
        if (ch == QLatin1Char('"')) {
            quoted = !quoted;
            current.append(ch);
        } else if (!quoted && ch.isSpace()) {
            flush();
        } else if (!quoted && (ch == QLatin1Char('(') || ch == QLatin1Char(')'))) {
            // A parenthesis is a token of its own, except inside a qualifier value ("label:(x)" is rare).
            flush();
            tokens.append(QString(ch));
        } else {
            current.append(ch);
        }
    }
    flush();
    return tokens;
}

QString unquote(QString text)
{
    text.remove(QLatin1Char('"'));
    return text;
}

const QStringList &knownQualifiers()
{
    static const QStringList qualifiers = {
        QStringLiteral("is"),
        QStringLiteral("label"),
        QStringLiteral("kind"),
        QStringLiteral("priority"),
        QStringLiteral("area"),
        QStringLiteral("sig"),
        QStringLiteral("author"),
        QStringLiteral("assignee"),
        QStringLiteral("repo"),
        QStringLiteral("milestone"),
        QStringLiteral("base"),
        QStringLiteral("ci"),
        QStringLiteral("review"),
        QStringLiteral("no"),
        QStringLiteral("cherry-pick"),
        QStringLiteral("freeze"),
        QStringLiteral("exception"),
    };
    return qualifiers;
}

class Parser
{
public:
    explicit Parser(QStringList tokens)
        : m_tokens(std::move(tokens))
    { }

    NodePtr parse(QString &error)
    {
        if (m_tokens.isEmpty())
            return nullptr;
        auto root = parseOr(error);
        if (error.isEmpty() && m_position < m_tokens.size())
            error = ItemQuery::tr("Unexpected \"%1\": close every parenthesis you open.")
                        .arg(m_tokens.at(m_position));
        return root;
    }

    bool usesContext = false;

private:
    bool atEnd() const { return m_position >= m_tokens.size(); }
    const QString &peek() const { return m_tokens.at(m_position); }

    NodePtr parseOr(QString &error)
    {
        auto left = parseAnd(error);
        QList<NodePtr> alternatives {left};
        while (!atEnd() && peek() == QLatin1StringView("OR")) {
            ++m_position;
            alternatives.append(parseAnd(error));
        }
        if (alternatives.size() == 1)
            return left;
        auto node = std::make_shared<Node>();
        node->type = Node::Type::Or;
        node->children = alternatives;
        return node;
    }

    NodePtr parseAnd(QString &error)
    {
        QList<NodePtr> terms;
        while (!atEnd() && peek() != QLatin1StringView("OR") && peek() != QLatin1StringView(")"))
            terms.append(parseUnary(error));
        if (terms.isEmpty()) {
            if (error.isEmpty())
                error = ItemQuery::tr("Something is missing before or after OR, or inside parentheses.");
            return std::make_shared<Node>(Node {Node::Type::And, {}, {}, {}});
        }
        if (terms.size() == 1)
            return terms.first();
        auto node = std::make_shared<Node>();
        node->type = Node::Type::And;
        node->children = terms;
        return node;
    }

    NodePtr parseUnary(QString &error)
    {
        const auto token = m_tokens.at(m_position++);
        if (token == QLatin1StringView("NOT")) {
            if (atEnd()) {
                error = ItemQuery::tr("NOT needs something after it.");
                return std::make_shared<Node>(Node {Node::Type::And, {}, {}, {}});
            }
            return negate(parseUnary(error));
        }
        if (token == QLatin1StringView("(")) {
            auto inner = parseOr(error);
            if (atEnd() || peek() != QLatin1StringView(")")) {
                if (error.isEmpty())
                    error = ItemQuery::tr("A parenthesis is not closed.");
            } else {
                ++m_position;
            }
            return inner;
        }
        if (token.startsWith(QLatin1Char('-')) && token.size() > 1)
            return negate(term(token.mid(1), error));
        return term(token, error);
    }

    static NodePtr negate(NodePtr inner)
    {
        auto node = std::make_shared<Node>();
        node->type = Node::Type::Not;
        node->children = {std::move(inner)};
        return node;
    }

    NodePtr term(const QString &token, QString &error)
    {
        auto node = std::make_shared<Node>();
        const auto colon = token.indexOf(QLatin1Char(':'));
        const auto qualifier = colon > 0 ? token.left(colon).toLower() : QString();
        if (colon > 0 && knownQualifiers().contains(qualifier) && colon + 1 < token.size()) {
            node->type = Node::Type::Term;
            node->qualifier = qualifier;
            node->values = unquote(token.mid(colon + 1)).split(QLatin1Char(','), Qt::SkipEmptyParts);
            const auto value = node->values.value(0).toLower();
            if ((qualifier == QLatin1StringView("is") && value == QLatin1StringView("blocker"))
                || (qualifier == QLatin1StringView("no") && value == QLatin1StringView("fix"))
                || qualifier == QLatin1StringView("cherry-pick") || qualifier == QLatin1StringView("freeze"))
                usesContext = true;
            return node;
        }
        if (colon > 0 && !qualifier.contains(QLatin1Char('"')) && error.isEmpty() && colon + 1 < token.size())
            error = ItemQuery::tr("Unknown qualifier \"%1:\"; it is searched as text. Known: %2.")
                        .arg(qualifier, knownQualifiers().join(QStringLiteral(", ")));
        node->type = Node::Type::Text;
        node->values = {unquote(token)};
        return node;
    }

    QStringList m_tokens;
    qsizetype m_position = 0;
};

bool equalsIgnoringCase(QStringView a, QStringView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

bool hasLabelWithPrefix(const Item &item, QStringView prefix, QStringView value)
{
    for (const auto &label : item.labels) {
        if (label.name.size() == prefix.size() + value.size()
            && label.name.startsWith(prefix, Qt::CaseInsensitive)
            && QStringView(label.name).mid(prefix.size()).compare(value, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool matchesOne(const Item &item, const QString &qualifier, const QString &value, const QueryContext &context)
{
    const auto lower = value.toLower();
    if (qualifier == QLatin1StringView("is")) {
        if (lower == QLatin1StringView("open"))
            return item.state == Item::State::Open;
        if (lower == QLatin1StringView("closed"))
            return item.state != Item::State::Open;
        if (lower == QLatin1StringView("merged"))
            return item.state == Item::State::Merged;
        if (lower == QLatin1StringView("unmerged"))
            return item.isPullRequest() && item.state != Item::State::Merged;
        if (lower == QLatin1StringView("pr"))
            return item.isPullRequest();
        if (lower == QLatin1StringView("issue"))
            return !item.isPullRequest();
        if (lower == QLatin1StringView("draft"))
            return item.isDraft;
        if (lower == QLatin1StringView("blocker"))
            return context.blockers.contains(item.key);
        return false;
    }
    if (qualifier == QLatin1StringView("label"))
        return item.hasLabel(value);
    if (qualifier == QLatin1StringView("kind") || qualifier == QLatin1StringView("priority")
        || qualifier == QLatin1StringView("area") || qualifier == QLatin1StringView("sig"))
        return hasLabelWithPrefix(item, QString(qualifier + QLatin1Char('/')), value);
    if (qualifier == QLatin1StringView("author"))
        return equalsIgnoringCase(item.author, value);
    if (qualifier == QLatin1StringView("assignee"))
        return std::any_of(item.assignees.cbegin(), item.assignees.cend(),
            [&](const QString &login) { return equalsIgnoringCase(login, value); });
    if (qualifier == QLatin1StringView("repo"))
        return value.contains(QLatin1Char('/')) ? equalsIgnoringCase(item.key.repository.fullName(), value)
                                                : equalsIgnoringCase(item.key.repository.name, value);
    if (qualifier == QLatin1StringView("milestone"))
        return milestoneTitlesMatch(item.milestone, value);
    if (qualifier == QLatin1StringView("base"))
        return equalsIgnoringCase(item.baseRef, value);
    if (qualifier == QLatin1StringView("ci")) {
        if (item.ciContexts.isEmpty())
            return lower == QLatin1StringView("none");
        const auto state = item.ciSummary().overall();
        if (lower == QLatin1StringView("failing"))
            return state == CiState::Failure;
        if (lower == QLatin1StringView("pending"))
            return state == CiState::Pending;
        if (lower == QLatin1StringView("passing") || lower == QLatin1StringView("success"))
            return state == CiState::Success;
        if (lower == QLatin1StringView("unknown"))
            return state == CiState::Unknown;
        return false;
    }
    if (qualifier == QLatin1StringView("review")) {
        if (lower == QLatin1StringView("none"))
            return item.reviewDecision.isEmpty();
        if (lower == QLatin1StringView("required"))
            return item.reviewDecision == QLatin1StringView("REVIEW_REQUIRED");
        return equalsIgnoringCase(item.reviewDecision, value);
    }
    if (qualifier == QLatin1StringView("no")) {
        if (lower == QLatin1StringView("assignee"))
            return item.assignees.isEmpty();
        if (lower == QLatin1StringView("label"))
            return item.labels.isEmpty();
        if (lower == QLatin1StringView("milestone"))
            return item.milestone.isEmpty();
        if (lower == QLatin1StringView("fix"))
            return !item.isPullRequest() && !context.issuesWithFix.contains(item.key);
        return false;
    }
    if (qualifier == QLatin1StringView("cherry-pick")) {
        if (lower == QLatin1StringView("done"))
            return context.cherryPicked.contains(item.key);
        if (lower == QLatin1StringView("pending"))
            return context.cherryPickPending.contains(item.key);
        if (lower == QLatin1StringView("missing"))
            return item.state == Item::State::Merged && context.release
                && !context.release->releaseBranch.isEmpty() && item.baseRef != context.release->releaseBranch
                && !context.cherryPicked.contains(item.key) && !context.cherryPickPending.contains(item.key);
        return false;
    }
    if (qualifier == QLatin1StringView("freeze"))
        return lower == QLatin1StringView("merged-after") && context.mergedAfterFreeze.contains(item.key);
    if (qualifier == QLatin1StringView("exception")) {
        const auto state
            = context.release ? FreezeDesk::exceptionState(item, *context.release) : ExceptionState::None;
        if (lower == QLatin1StringView("any"))
            return state != ExceptionState::None;
        if (lower == QLatin1StringView("requested"))
            return state == ExceptionState::Requested;
        if (lower == QLatin1StringView("approved"))
            return state == ExceptionState::Approved;
        if (lower == QLatin1StringView("rejected"))
            return state == ExceptionState::Rejected;
        return false;
    }
    return false;
}

bool evaluate(const Node &node, const Item &item, const QueryContext &context)
{
    switch (node.type) {
    case Node::Type::And:
        return std::all_of(node.children.cbegin(), node.children.cend(),
            [&](const NodePtr &child) { return evaluate(*child, item, context); });
    case Node::Type::Or:
        return std::any_of(node.children.cbegin(), node.children.cend(),
            [&](const NodePtr &child) { return evaluate(*child, item, context); });
    case Node::Type::Not:
        return !evaluate(*node.children.first(), item, context);
    case Node::Type::Term:
        return std::any_of(node.values.cbegin(), node.values.cend(),
            [&](const QString &value) { return matchesOne(item, node.qualifier, value, context); });
    case Node::Type::Text: {
        const auto &word = node.values.first();
        if (word.isEmpty()) // a pair of empty quotes
            return true;
        if (item.title.contains(word, Qt::CaseInsensitive)
            || item.key.repository.name.contains(word, Qt::CaseInsensitive))
            return true;
        // A word finds people and labels too ("alice", "kind/bug"), as the table's filter always did.
        const auto named = [&word](const QString &name) { return name.contains(word, Qt::CaseInsensitive); };
        if (named(item.author) || std::any_of(item.assignees.cbegin(), item.assignees.cend(), named)
            || std::any_of(item.labels.cbegin(), item.labels.cend(),
                [&named](const Label &label) { return named(label.name); }))
            return true;
        // Building "owner/repo#123" costs an allocation per item and keystroke: only when the
        // word could be a reference.
        if (word.contains(QLatin1Char('#')) || word.contains(QLatin1Char('/')))
            return item.key.reference().contains(word, Qt::CaseInsensitive);
        return word.front().isDigit() && QString::number(item.key.number).contains(word);
    }
    }
    return false;
}

} // namespace

ItemQuery ItemQuery::parse(QStringView text, QString *error)
{
    QString message;
    Parser parser(tokenize(text));
    ItemQuery query;
    query.m_root = parser.parse(message);
    query.m_usesContext = parser.usesContext;
    if (error)
        *error = message;
    return query;
}

bool ItemQuery::matches(const Item &item, const QueryContext &context) const
{
    return !m_root || evaluate(*m_root, item, context);
}

QStringList ItemQuery::completions(const QList<Item> &items)
{
    QStringList completions
        = {QStringLiteral("is:open"), QStringLiteral("is:closed"), QStringLiteral("is:merged"),
            QStringLiteral("is:pr"), QStringLiteral("is:issue"), QStringLiteral("is:draft"),
            QStringLiteral("is:blocker"), QStringLiteral("no:assignee"), QStringLiteral("no:label"),
            QStringLiteral("no:milestone"), QStringLiteral("no:fix"), QStringLiteral("ci:failing"),
            QStringLiteral("ci:pending"), QStringLiteral("ci:passing"), QStringLiteral("review:approved"),
            QStringLiteral("review:changes_requested"), QStringLiteral("review:required"),
            QStringLiteral("cherry-pick:missing"), QStringLiteral("cherry-pick:pending")};
    QSet<QString> labels;
    QSet<QString> people;
    QSet<QString> repositories;
    for (const auto &item : items) {
        for (const auto &label : item.labels)
            labels.insert(label.name);
        for (const auto &login : item.assignees)
            people.insert(login);
        if (!item.author.isEmpty())
            people.insert(item.author);
        repositories.insert(item.key.repository.name);
    }
    for (const auto &label : labels)
        completions.append(QStringLiteral("label:") + label);
    for (const auto &login : people) {
        completions.append(QStringLiteral("assignee:") + login);
        completions.append(QStringLiteral("author:") + login);
    }
    for (const auto &repository : repositories)
        completions.append(QStringLiteral("repo:") + repository);
    completions.sort();
    return completions;
}

} // namespace ReleaseDesk::Models

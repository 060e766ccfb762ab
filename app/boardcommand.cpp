#include "boardcommand.h"
#include "store/itemrepository.h"

#include "commandworkspace.h"
#include "translations.h"

#include "board.h"
#include "freezedesk.h"
#include "releasereadiness.h"
#include "schedule.h"
#include "signal/signalstore.h"
#include "untrustedtext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

namespace ReleaseDesk::App {

namespace {
QString ciText(const Api::Item &item)
{
    if (item.ciContexts.isEmpty())
        return QString();
    const auto ci = item.ciSummary();
    return tr("%1 passed, %2 failed, %3 pending").arg(ci.passed).arg(ci.failed).arg(ci.pending);
}
} // namespace

int runBoardCommand(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    CommandParser parser(app, "board");
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("table (default), json or markdown."),
        tr("FORMAT"), QStringLiteral("table"));
    const QCommandLineOption queryOption(
        QStringLiteral("query"), tr("Only cards matching QUERY (the query bar's syntax)."), tr("QUERY"));
    parser.process(app, {&formatOption, &queryOption});
    const auto format = parser.oneOf(
        formatOption, {u"table", u"json", u"markdown"}, tr("--format must be table, json or markdown."));
    if (!format)
        return 2;
    QString queryError;
    const auto query = Models::ItemQuery::parse(parser.value(queryOption), &queryError);
    if (!queryError.isEmpty())
        err << tr("warning: %1").arg(queryError) << Qt::endl;

    CommandWorkspace workspace;
    if (const int status = parser.open(workspace))
        return status;
    const auto &release = workspace.release;
    const auto today = QDate::currentDate();
    const auto &items = workspace.items;
    auto &store = workspace.store;
    const auto columns = Models::Board::defaultColumns();
    const auto context = Models::Board::context(items, release);
    const auto assignment = Models::Board::assign(items, columns, context);
    const auto readiness = Models::ReleaseReadiness::evaluate(
        items, context, Models::SignalStore(store).evidence(release, QDateTime::currentDateTimeUtc()));

    // Freeze exceptions with their dates: the timeline of those items only (a few, never all).
    QList<Api::Item> excepted;
    QList<Api::TimelineEvent> exceptionEvents;
    for (const auto &item : items) {
        if (Models::FreezeDesk::exceptionState(item, release) != Models::ExceptionState::None
            && query.matches(item, context)) {
            excepted.append(item);
            exceptionEvents.append(Models::ItemRepository(store).timelineEvents(item.key));
        }
    }
    const auto exceptions = Models::FreezeDesk::exceptions(excepted, exceptionEvents, release);
    const auto when = [](const QDateTime &at) {
        return at.isValid() ? QLocale().toString(at.toUTC().date(), QLocale::ShortFormat) : tr("unknown");
    };

    QList<QList<const Api::Item *>> byColumn(columns.size());
    for (int i = 0; i < items.size(); ++i) {
        if (assignment[i] >= 0 && query.matches(items[i], context))
            byColumn[assignment[i]].append(&items[i]);
    }
    for (auto &cards : byColumn)
        std::sort(cards.begin(), cards.end(),
            [](const Api::Item *a, const Api::Item *b) { return a->updatedAt > b->updatedAt; });

    if (*format == QLatin1StringView("json")) {
        QJsonArray jsonColumns;
        for (int column = 0; column < columns.size(); ++column) {
            QJsonArray cards;
            for (const auto *item : std::as_const(byColumn[column])) {
                QJsonArray labels;
                for (const auto &label : item->labels)
                    labels.append(label.name);
                const auto ci = item->ciSummary();
                cards.append(QJsonObject {{QStringLiteral("reference"), item->key.reference()},
                    {QStringLiteral("url"), item->url.toString()}, {QStringLiteral("title"), item->title},
                    {QStringLiteral("type"),
                        item->isPullRequest() ? QStringLiteral("pr") : QStringLiteral("issue")},
                    {QStringLiteral("state"), Api::itemStateToString(item->state)},
                    {QStringLiteral("labels"), labels},
                    {QStringLiteral("assignees"), QJsonArray::fromStringList(item->assignees)},
                    {QStringLiteral("blocker"), context.blockers.contains(item->key)},
                    {QStringLiteral("ci"),
                        QJsonObject {{QStringLiteral("passed"), ci.passed},
                            {QStringLiteral("failed"), ci.failed}, {QStringLiteral("pending"), ci.pending}}},
                    {QStringLiteral("updatedAt"), item->updatedAt.toString(Qt::ISODate)}});
            }
            jsonColumns.append(QJsonObject {
                {QStringLiteral("name"), columns[column].name}, {QStringLiteral("cards"), cards}});
        }
        const auto schedule = Models::Schedule::status(release, today);
        QJsonArray jsonExceptions;
        for (const auto &exception : exceptions) {
            static const char *const states[] = {"none", "requested", "approved", "rejected"};
            const auto iso = [](const QDateTime &at) {
                return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODate)) : QJsonValue();
            };
            jsonExceptions.append(QJsonObject {{QStringLiteral("reference"), exception.item.reference()},
                {QStringLiteral("state"), QLatin1StringView(states[int(exception.state)])},
                {QStringLiteral("requestedAt"), iso(exception.requestedAt)},
                {QStringLiteral("decidedAt"), iso(exception.decidedAt)}});
        }
        const QJsonObject document {{QStringLiteral("release"), release.name},
            {QStringLiteral("phase"), schedule.line}, {QStringLiteral("inCodeFreeze"), schedule.inCodeFreeze},
            {QStringLiteral("verdict"), Models::ReleaseReadiness::verdictCode(readiness.verdict)},
            {QStringLiteral("summary"), readiness.summary()},
            {QStringLiteral("reasons"), readiness.reasonsJson()},
            {QStringLiteral("openBlockers"), readiness.openBlockers},
            {QStringLiteral("columns"), jsonColumns}, {QStringLiteral("exceptions"), jsonExceptions}};
        out << QJsonDocument(document).toJson(QJsonDocument::Indented);
        return 0;
    }
    if (*format == QLatin1StringView("markdown")) {
        // The phase first: what a release manager reads before anything else in a status mail.
        out << tr("Phase: %1").arg(Models::markdownTableCell(Models::Schedule::status(release, today).line))
            << Qt::endl
            << Qt::endl;
        out << QStringLiteral("## ") << tr("Release %1 status").arg(Models::markdownTableCell(release.name))
            << Qt::endl
            << Qt::endl;
        out << QStringLiteral("**") << readiness.summary() << QStringLiteral("**") << Qt::endl << Qt::endl;
        for (const auto &reason : readiness.reasons) {
            out << QStringLiteral("- ")
                << (reason.link.isValid() ? QStringLiteral("%1 ([%2](%3))")
                                                .arg(Models::markdownTableCell(reason.text), tr("link"),
                                                    reason.link.toString(QUrl::FullyEncoded))
                                          : Models::markdownTableCell(reason.text))
                << Qt::endl;
        }
        if (!readiness.reasons.isEmpty())
            out << Qt::endl;
        if (!exceptions.isEmpty()) {
            out << QStringLiteral("### %1 (%2)").arg(tr("Freeze exceptions")).arg(exceptions.size())
                << Qt::endl
                << Qt::endl
                << QStringLiteral("| %1 | %2 | %3 | %4 |")
                       .arg(tr("Item"), tr("State"), tr("Requested"), tr("Decided"))
                << Qt::endl
                << QStringLiteral("| --- | --- | --- | --- |") << Qt::endl;
            for (const auto &exception : exceptions) {
                const auto decided = exception.state == Models::ExceptionState::Requested
                    ? QStringLiteral("\u2014")
                    : when(exception.decidedAt);
                out << QStringLiteral("| %1 | %2 | %3 | %4 |")
                           .arg(Models::markdownTableCell(exception.item.shortReference()),
                               Models::FreezeDesk::stateName(exception.state), when(exception.requestedAt),
                               decided)
                    << Qt::endl;
            }
            out << Qt::endl;
        }
        for (int column = 0; column < columns.size(); ++column) {
            out << QStringLiteral("### %1 (%2)").arg(columns[column].name).arg(byColumn[column].size())
                << Qt::endl
                << Qt::endl;
            if (byColumn[column].isEmpty())
                continue;
            out << QStringLiteral("| %1 | %2 | %3 | %4 |")
                       .arg(tr("Item"), tr("Title"), tr("Assignees"), tr("CI"))
                << Qt::endl
                << QStringLiteral("| --- | --- | --- | --- |") << Qt::endl;
            for (const auto *item : std::as_const(byColumn[column])) {
                out << QStringLiteral("| [%1](%2) | %3 | %4 | %5 |")
                           .arg(Models::markdownTableCell(item->key.shortReference()),
                               item->url.toString(QUrl::FullyEncoded), Models::markdownTableCell(item->title),
                               Models::markdownTableCell(item->assignees.join(QStringLiteral(", "))),
                               Models::markdownTableCell(ciText(*item)))
                    << Qt::endl;
            }
            out << Qt::endl;
        }
        return 0;
    }
    out << readiness.summary() << Qt::endl;
    for (const auto &reason : readiness.reasons)
        out << QStringLiteral("  - ") << reason.text << Qt::endl;
    out << Models::Schedule::status(release, today).line << Qt::endl;
    for (int column = 0; column < columns.size(); ++column) {
        out << Qt::endl
            << QStringLiteral("%1 (%2)").arg(columns[column].name).arg(byColumn[column].size()) << Qt::endl;
        for (const auto *item : std::as_const(byColumn[column])) {
            out << QStringLiteral("  %1  %2  %3  %4")
                       .arg(item->key.shortReference().leftJustified(20),
                           item->title.left(70).leftJustified(70),
                           item->assignees.join(QLatin1Char(',')).leftJustified(16), ciText(*item))
                << Qt::endl;
        }
    }
    return 0;
}

} // namespace ReleaseDesk::App

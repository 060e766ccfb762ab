#include "cherrypickscommand.h"

#include "commandworkspace.h"
#include "translations.h"

#include "cherrypick/cherrypickmatrix.h"
#include "cherrypick/cherrypickstore.h"
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
using Models::CherryPickCell;
using Models::CherryPickState;
using Models::CherryPickWords;

// A table cell (Models::markdownTableCell) in which no markup ("[text](link)", "*", ">") becomes live
// in a status report either, and direction controls show.
QString markdownCell(const QString &text)
{
    auto cell = Models::markdownTableCell(Models::withVisibleDirectionControls(text));
    for (const auto special : {u'[', u']', u'*', u'_', u'`'})
        cell.replace(QChar(special), QLatin1Char('\\') + QChar(special));
    cell.replace(QLatin1Char('>'), QLatin1StringView("&gt;"));
    return cell;
}

/// Only https links to GitHub pages go into a Markdown report.
bool isSafeLink(const QUrl &url)
{
    return url.isValid() && url.scheme() == QLatin1StringView("https") && !url.host().isEmpty();
}

QString ciText(const CherryPickCell &cell)
{
    if (cell.state != CherryPickState::OpenPullRequest || cell.ci.total() == 0)
        return {};
    return tr("CI: %1 passed, %2 failed, %3 pending")
        .arg(cell.ci.passed)
        .arg(cell.ci.failed)
        .arg(cell.ci.pending);
}

/// "Merged: console#200", "Requested", "Not needed".
QString cellText(const CherryPickCell &cell)
{
    auto text = CherryPickWords::stateName(cell.state);
    if (cell.pullRequest)
        text = tr("%1: %2").arg(text, cell.pullRequest->shortReference());
    return text;
}

QJsonValue iso(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODate)) : QJsonValue();
}
} // namespace

int runCherryPicksCommand(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    CommandParser parser(app, "cherry-picks");
    QTextStream out(stdout);
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("table (default), json or markdown."),
        tr("FORMAT"), QStringLiteral("table"));
    parser.process(app, {&formatOption});
    const auto format = parser.oneOf(
        formatOption, {u"table", u"json", u"markdown"}, tr("--format must be table, json or markdown."));
    if (!format)
        return 2;

    CommandWorkspace workspace;
    if (const int status = parser.open(workspace))
        return status;
    const auto &release = workspace.release;
    const Models::CherryPickStore picks(workspace.store);
    const auto matrix = picks.matrix(release);
    const auto policy = picks.policy(release.id);
    const auto when = [](const QDateTime &at) {
        return at.isValid() ? QLocale().toString(at.toUTC().date(), QLocale::ShortFormat) : tr("unknown");
    };

    if (*format == QLatin1StringView("json")) {
        QJsonArray rows;
        for (const auto &row : matrix.rows) {
            QJsonArray cells;
            for (int column = 0; column < row.cells.size(); ++column) {
                const auto &cell = row.cells.at(column);
                QJsonObject object {{QStringLiteral("branch"), matrix.branches.at(column)},
                    {QStringLiteral("state"), CherryPickWords::stateCode(cell.state)},
                    {QStringLiteral("pullRequest"),
                        cell.pullRequest ? QJsonValue(cell.pullRequest->reference()) : QJsonValue()},
                    {QStringLiteral("url"), cell.url.toString()},
                    {QStringLiteral("clue"),
                        cell.clue == Models::CherryPickClue::None
                            ? QJsonValue()
                            : QJsonValue(CherryPickWords::clueCode(cell.clue))},
                    {QStringLiteral("at"), iso(cell.at)}};
                if (cell.state == CherryPickState::OpenPullRequest)
                    object.insert(QStringLiteral("ci"),
                        QJsonObject {{QStringLiteral("passed"), cell.ci.passed},
                            {QStringLiteral("failed"), cell.ci.failed},
                            {QStringLiteral("pending"), cell.ci.pending}});
                cells.append(object);
            }
            rows.append(QJsonObject {{QStringLiteral("reference"), row.fix.reference()},
                {QStringLiteral("url"), row.url.toString()}, {QStringLiteral("title"), row.title},
                {QStringLiteral("mergedAt"), iso(row.mergedAt)},
                {QStringLiteral("reasons"), QJsonArray::fromStringList(row.reasons)},
                {QStringLiteral("cells"), cells}});
        }
        QJsonObject counts;
        for (const auto state :
            {CherryPickState::NotNeeded, CherryPickState::Missing, CherryPickState::Requested,
                CherryPickState::Conflicts, CherryPickState::OpenPullRequest, CherryPickState::Merged})
            counts.insert(CherryPickWords::stateCode(state), matrix.count(state));
        const QJsonObject document {{QStringLiteral("release"), release.name},
            {QStringLiteral("mainBranch"), release.mainBranch},
            {QStringLiteral("branches"), QJsonArray::fromStringList(matrix.branches)},
            {QStringLiteral("labels"), QJsonArray::fromStringList(policy.labels)},
            {QStringLiteral("since"),
                policy.since.isValid() ? QJsonValue(policy.since.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("counts"), counts}, {QStringLiteral("rows"), rows}};
        out << QJsonDocument(document).toJson(QJsonDocument::Indented);
        return 0;
    }

    const auto summary = QCoreApplication::translate(
        "ReleaseDesk::App", "%n fix(es) to back-port", nullptr, int(matrix.rows.size()));
    const auto noBranches
        = tr("The release maintains no branch besides %1: list the maintained branches in the "
             "release's settings (Cherry-picks).")
              .arg(release.mainBranch);
    if (*format == QLatin1StringView("markdown")) {
        out << QStringLiteral("## ") << tr("Cherry-picks of %1").arg(markdownCell(release.name)) << Qt::endl
            << Qt::endl;
        if (matrix.branches.isEmpty()) {
            out << markdownCell(noBranches) << Qt::endl;
            return 0;
        }
        out << summary << Qt::endl << Qt::endl;
        if (matrix.rows.isEmpty())
            return 0;
        QStringList header {tr("Fix"), tr("Title")};
        for (const auto &branch : matrix.branches)
            header.append(markdownCell(branch));
        out << QStringLiteral("| ") << header.join(QStringLiteral(" | ")) << QStringLiteral(" |") << Qt::endl;
        out << QStringLiteral("|") << QStringLiteral(" --- |").repeated(header.size()) << Qt::endl;
        for (const auto &row : matrix.rows) {
            QStringList cells;
            const auto reference = markdownCell(row.fix.shortReference());
            cells.append(isSafeLink(row.url)
                    ? QStringLiteral("[%1](%2)").arg(reference, row.url.toString(QUrl::FullyEncoded))
                    : reference);
            cells.append(markdownCell(row.title));
            for (const auto &cell : row.cells) {
                auto text = markdownCell(cellText(cell));
                if (cell.pullRequest && isSafeLink(cell.url))
                    text = QStringLiteral("[%1](%2)").arg(text, cell.url.toString(QUrl::FullyEncoded));
                if (const auto ci = ciText(cell); !ci.isEmpty())
                    text += QStringLiteral(" (%1)").arg(markdownCell(ci));
                cells.append(text);
            }
            out << QStringLiteral("| ") << cells.join(QStringLiteral(" | ")) << QStringLiteral(" |")
                << Qt::endl;
        }
        return 0;
    }

    out << tr("Cherry-picks of %1").arg(Models::withVisibleDirectionControls(release.name)) << Qt::endl;
    if (matrix.branches.isEmpty()) {
        out << noBranches << Qt::endl;
        return 0;
    }
    out << summary << Qt::endl;
    for (const auto &row : matrix.rows) {
        out << Qt::endl
            << QStringLiteral("%1  %2  %3")
                   .arg(row.fix.shortReference(), Models::withVisibleDirectionControls(row.title).left(70),
                       tr("merged %1").arg(when(row.mergedAt)))
            << Qt::endl;
        for (int column = 0; column < row.cells.size(); ++column) {
            const auto &cell = row.cells.at(column);
            auto line = QStringLiteral("  %1  %2")
                            .arg(matrix.branches.at(column).leftJustified(16), cellText(cell));
            if (const auto ci = ciText(cell); !ci.isEmpty())
                line += QStringLiteral("  ") + ci;
            if (cell.state != CherryPickState::Missing && cell.state != CherryPickState::NotNeeded
                && cell.at.isValid())
                line += QStringLiteral("  ") + when(cell.at);
            out << line << Qt::endl;
        }
    }
    return 0;
}

} // namespace ReleaseDesk::App

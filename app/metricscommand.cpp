#include "metricscommand.h"
#include "store/itemrepository.h"
#include "store/releaserepository.h"

#include "commandworkspace.h"
#include "metricspanel.h"
#include "translations.h"

#include "board.h"
#include "metrics/releasecomparison.h"
#include "signal/signalreport.h"
#include "signal/signalstore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>
#include <QTimeZone>

namespace ReleaseDesk::App {

namespace {

QCommandLineOption compareOption()
{
    return {QStringLiteral("compare"), tr("Another release NAME to compare with (repeatable)."), tr("NAME")};
}

Models::MetricsInput inputFor(
    CommandWorkspace &workspace, const Api::Release &release, const QList<Api::Item> &items)
{
    return {release, items, Models::ItemRepository(workspace.store).timelineEvents(),
        Models::ReleaseRepository(workspace.store).snapshots(release.id), QDate::currentDate(),
        Models::SignalStore(workspace.store).releaseBranchPassRate(release)};
}

/// The metrics of the chosen release and of each --compare release; exit status on error.
int computeAll(CommandWorkspace &workspace, const QStringList &others, QList<Models::ReleaseMetrics> &metrics,
    QList<QDate> &dates)
{
    metrics.append(Models::computeReleaseMetrics(inputFor(workspace, workspace.release, workspace.items)));
    dates.append(workspace.release.releaseDate);
    for (const auto &name : others) {
        const auto other = Models::ReleaseRepository(workspace.store).release(name);
        if (!other) {
            QTextStream(stderr) << tr("The workspace has no release \"%1\" to compare with.").arg(name)
                                << Qt::endl;
            return 2;
        }
        metrics.append(Models::computeReleaseMetrics(inputFor(workspace, *other,
            Models::ItemRepository(workspace.store)
                .itemsOfRelease(*other, Models::ItemRepository::Bodies::NoteExcerpt))));
        dates.append(other->releaseDate);
    }
    return 0;
}

QJsonObject tableJson(const Models::MetricsTable &table)
{
    QJsonArray rows;
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        QJsonObject row;
        if (table.kind == Models::MetricsTable::Kind::Categorical)
            row.insert(QStringLiteral("category"), table.rowLabels.value(r));
        for (qsizetype c = 0; c < table.rows[r].size(); ++c) {
            const double value = table.rows[r][c];
            if (table.kind == Models::MetricsTable::Kind::Daily && c == 0)
                row.insert(table.columnIds[c],
                    QDateTime::fromMSecsSinceEpoch(qint64(value), QTimeZone::UTC)
                        .date()
                        .toString(Qt::ISODate));
            else
                row.insert(table.columnIds[c], qIsNaN(value) ? QJsonValue() : QJsonValue(value));
        }
        rows.append(row);
    }
    return {{QStringLiteral("id"), table.id}, {QStringLiteral("title"), table.title},
        {QStringLiteral("rows"), rows}};
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    QTextStream(stderr) << tr("Cannot write %1: %2").arg(path, file.errorString()) << Qt::endl;
    return false;
}

QString htmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}

/// Text that may hold names from GitHub or CI, kept out of Markdown syntax.
QString markdownEscaped(QString text)
{
    static const QString special = QStringLiteral("\\`*_[]<>#|");
    QString out;
    for (const auto c : std::as_const(text)) {
        if (special.contains(c))
            out += QLatin1Char('\\');
        out += c == QLatin1Char('\n') ? QLatin1Char(' ') : c;
    }
    return out;
}

/// The release signal's summary for the retrospective: the verdict with its reasons, the flakes and
/// failures of the release branch, the required contexts' pass rate over the stored window.
QStringList signalSummary(CommandWorkspace &workspace, QString *verdict)
{
    const auto &release = workspace.release;
    const auto report = Models::SignalReport::build(
        Models::SignalStore(workspace.store)
            .reportInputs(release, workspace.items, Models::Board::context(workspace.items, release),
                QDateTime::currentDateTimeUtc()));
    *verdict = report.readiness.summary();
    QStringList lines;
    for (const auto &reason : report.readiness.reasons)
        lines.append(reason.text);
    int passed = 0;
    int runs = 0;
    for (const auto &day : report.requiredPassRatePerDay) {
        passed += day.passed;
        runs += day.passed + day.failed;
    }
    if (runs > 0) {
        lines.append(QCoreApplication::translate(
            "ReleaseDesk::App", "Required CI on %1: %2% of %n run(s) passed from %3 to %4.", nullptr, runs)
                         .arg(release.releaseBranch)
                         .arg(qRound(100.0 * passed / runs))
                         .arg(report.requiredPassRatePerDay.constFirst().day.toString(Qt::ISODate),
                             report.requiredPassRatePerDay.constLast().day.toString(Qt::ISODate)));
    } else {
        lines.append(tr("No runs of required contexts read on the release branch."));
    }
    if (report.ledger.isEmpty())
        lines.append(tr("Flakes and failures: none on the release branch."));
    for (const auto &entry : report.ledger) {
        QStringList issues;
        for (const auto &key : entry.issues)
            issues.append(key.reference());
        lines.append(tr("%1 %2: %3 (%4), %5")
                         .arg(entry.repository.fullName(), entry.health.context, entry.health.statusText(),
                             entry.blocking ? tr("blocking") : tr("informing"),
                             issues.isEmpty() ? tr("no tracking issue")
                                              : tr("tracked by %1").arg(issues.join(QStringLiteral(", ")))));
    }
    return lines;
}

} // namespace

int runMetricsCommand(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    CommandParser parser(app, "metrics");
    QTextStream err(stderr);
    const auto compare = compareOption();
    const QCommandLineOption formatOption(
        QStringLiteral("format"), tr("csv (default) or json."), tr("FORMAT"), QStringLiteral("csv"));
    const QCommandLineOption tableOption(QStringLiteral("table"),
        tr("For CSV: the table ID (burndown, blockers, throughput, lead_time, first_review, ci_health, "
           "release_branch_pass_rate, failing_contexts, "
           "by_area, by_sig, by_kind, by_repository, release_over_release, release_summary). Default: "
           "burndown."),
        tr("ID"), QStringLiteral("burndown"));
    parser.process(app, {&compare, &formatOption, &tableOption});
    const auto format = parser.oneOf(formatOption, {u"csv", u"json"}, tr("--format must be csv or json."));
    if (!format)
        return 2;
    CommandWorkspace workspace;
    if (const int status = parser.open(workspace))
        return status;
    QList<Models::ReleaseMetrics> metrics;
    QList<QDate> dates;
    if (const int status = computeAll(workspace, parser.values(compare), metrics, dates))
        return status;
    auto tables = Models::metricsTables(metrics.first());
    if (metrics.size() > 1) {
        const auto comparison = Models::compareReleases(metrics, dates);
        tables.append(comparison.openTable());
        tables.append(comparison.summaryTable());
    }
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return 1;
    if (*format == u"json") {
        QJsonArray array;
        for (const auto &table : std::as_const(tables))
            array.append(tableJson(table));
        const auto &m = metrics.first();
        out.write(QJsonDocument(
            QJsonObject {{QStringLiteral("release"), m.releaseName},
                {QStringLiteral("today"), m.today.toString(Qt::ISODate)},
                {QStringLiteral("itemsInScope"), m.itemsInScope},
                {QStringLiteral("openInScope"), m.openInScope},
                {QStringLiteral("leadTimeMedianDays"), m.leadTimeDays.median},
                {QStringLiteral("leadTimeP90Days"), m.leadTimeDays.p90},
                {QStringLiteral("greenAtMergeShare"), m.ci.greenShare()}, {QStringLiteral("tables"), array}})
                      .toJson(QJsonDocument::Indented));
        return 0;
    }
    for (const auto &table : std::as_const(tables)) {
        if (table.id == parser.value(tableOption)) {
            out.write(table.toCsv());
            return 0;
        }
    }
    err << tr("No table \"%1\" (see --help for the IDs; the comparison tables need --compare).")
               .arg(parser.value(tableOption))
        << Qt::endl;
    return 2;
}

int runReportCommand(int argc, char *argv[])
{
    // Charts are drawn with Qt Charts' widgets: a GUI application on the offscreen platform.
    useOffscreenPlatformUnlessSet();
    QApplication app(argc, argv);
    CommandParser parser(app, "report");
    QTextStream err(stderr);
    const auto compare = compareOption();
    const QCommandLineOption outputOption(
        QStringLiteral("output"), tr("The folder DIR to write the pack into (created)."), tr("DIR"));
    parser.process(app, {&compare, &outputOption});
    if (!parser.isSet(outputOption)) {
        err << tr("--output DIR is required: the folder to write the report into.") << Qt::endl;
        return 2;
    }
    const QDir dir(parser.value(outputOption));
    if (!QDir().mkpath(dir.path())) {
        err << tr("Cannot create the folder %1.").arg(dir.path()) << Qt::endl;
        return 1;
    }
    CommandWorkspace workspace;
    if (const int status = parser.open(workspace))
        return status;
    // Without --compare, the retrospective compares with every earlier release of the workspace.
    auto compareWith = parser.values(compare);
    if (!parser.isSet(compare)) {
        for (const auto &other : Models::ReleaseRepository(workspace.store).releases()) {
            if (other.name != workspace.release.name && other.releaseDate.isValid()
                && workspace.release.releaseDate.isValid()
                && other.releaseDate < workspace.release.releaseDate)
                compareWith.append(other.name);
        }
    }
    QList<Models::ReleaseMetrics> metrics;
    QList<QDate> dates;
    if (const int status = computeAll(workspace, compareWith, metrics, dates))
        return status;
    const auto &m = metrics.first();
    auto tables = Models::metricsTables(m);
    std::optional<Models::ReleaseComparison> comparison;
    if (metrics.size() > 1) {
        comparison = Models::compareReleases(metrics, dates);
        tables.append(comparison->openTable());
    }

    const auto title = tr("%1 retrospective").arg(m.releaseName);
    QString markdown = QStringLiteral("# %1\n\n").arg(title);
    QString html = QStringLiteral(
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title></head><body>\n<h1>%1</h1>\n")
                       .arg(htmlEscaped(title));
    const QStringList numbers = {
        tr("Items in scope: %1 (%2 open)").arg(m.itemsInScope).arg(m.openInScope),
        tr("PR lead time: median %1 days, p90 %2 days")
            .arg(m.leadTimeDays.median, 0, 'f', 1)
            .arg(m.leadTimeDays.p90, 0, 'f', 1),
        tr("Time to first review: median %1 hours").arg(m.firstReviewHours.median, 0, 'f', 1),
        tr("Merged PRs with green required checks: %1%").arg(qRound(m.ci.greenShare() * 100)),
        tr("Flaky candidates: %1")
            .arg(m.ci.flakyCandidates.isEmpty() ? tr("none")
                                                : m.ci.flakyCandidates.join(QStringLiteral(", "))),
    };
    markdown += QStringLiteral("## %1\n\n").arg(tr("Key numbers"));
    html += QStringLiteral("<h2>%1</h2>\n<ul>\n").arg(htmlEscaped(tr("Key numbers")));
    for (const auto &line : numbers) {
        markdown += QStringLiteral("- ") + line + QLatin1Char('\n');
        html += QStringLiteral("<li>%1</li>\n").arg(htmlEscaped(line));
    }
    html += QStringLiteral("</ul>\n");
    markdown += QStringLiteral("\n## %1\n\n").arg(tr("Open blockers"));
    html += QStringLiteral("<h2>%1</h2>\n<ul>\n").arg(htmlEscaped(tr("Open blockers")));
    if (m.blockers.ages.isEmpty()) {
        markdown += tr("None.") + QLatin1Char('\n');
        html += QStringLiteral("<li>%1</li>\n").arg(htmlEscaped(tr("None.")));
    }
    for (const auto &blocker : m.blockers.ages) {
        // Titles come from GitHub: escaped in HTML, and kept out of Markdown syntax with a code span.
        const auto line = tr("%1, open for %2 days").arg(blocker.key.reference()).arg(blocker.days);
        markdown += QStringLiteral("- %1: `%2`\n")
                        .arg(line, QString(blocker.title).replace(QLatin1Char('`'), QLatin1Char('\'')));
        html += QStringLiteral("<li>%1: %2</li>\n").arg(htmlEscaped(line), htmlEscaped(blocker.title));
    }
    html += QStringLiteral("</ul>\n");
    QString verdict;
    const auto signalLines = signalSummary(workspace, &verdict);
    markdown += QStringLiteral("\n## %1\n\n**%2**\n\n").arg(tr("Release signal"), verdict);
    html += QStringLiteral("<h2>%1</h2>\n<p><strong>%2</strong></p>\n<ul>\n")
                .arg(htmlEscaped(tr("Release signal")), htmlEscaped(verdict));
    for (const auto &line : signalLines) {
        markdown += QStringLiteral("- ") + markdownEscaped(line) + QLatin1Char('\n');
        html += QStringLiteral("<li>%1</li>\n").arg(htmlEscaped(line));
    }
    html += QStringLiteral("</ul>\n");
    if (comparison) {
        const auto summary = comparison->summaryTable();
        markdown += QStringLiteral("\n## %1\n\n| |").arg(summary.title);
        html += QStringLiteral("<h2>%1</h2>\n<table border=\"1\" cellpadding=\"4\"><tr><th></th>")
                    .arg(htmlEscaped(summary.title));
        for (const auto &column : summary.columnTitles) {
            markdown += QStringLiteral(" %1 |").arg(column);
            html += QStringLiteral("<th>%1</th>").arg(htmlEscaped(column));
        }
        markdown += QStringLiteral("\n|---|") + QStringLiteral("---|").repeated(summary.columnTitles.size())
            + QLatin1Char('\n');
        html += QStringLiteral("</tr>\n");
        for (qsizetype r = 0; r < summary.rows.size(); ++r) {
            markdown += QStringLiteral("| %1 |").arg(summary.rowLabels[r]);
            html += QStringLiteral("<tr><td>%1</td>").arg(htmlEscaped(summary.rowLabels[r]));
            for (const double value : summary.rows[r]) {
                markdown += QStringLiteral(" %1 |").arg(value, 0, 'g', 3);
                html += QStringLiteral("<td>%1</td>").arg(value, 0, 'g', 3);
            }
            markdown += QLatin1Char('\n');
            html += QStringLiteral("</tr>\n");
        }
        html += QStringLiteral("</table>\n");
    }
    markdown += QStringLiteral("\n## %1\n").arg(tr("Charts"));
    html += QStringLiteral("<h2>%1</h2>\n").arg(htmlEscaped(tr("Charts")));
    Api::Release release = workspace.release;
    for (const auto &table : std::as_const(tables)) {
        const auto image = Views::MetricsPanel::renderChart(table, release, QSize(1100, 600), false);
        const QString file = table.id + QStringLiteral(".png");
        if (!image.save(dir.filePath(file), "PNG")) {
            err << tr("Cannot write %1.").arg(dir.filePath(file)) << Qt::endl;
            return 1;
        }
        if (!writeFile(dir.filePath(table.id + QStringLiteral(".csv")), table.toCsv()))
            return 1;
        markdown += QStringLiteral("\n### %1\n\n![%1](%2)\n").arg(table.title, file);
        html += QStringLiteral("<h3>%1</h3>\n<p><img src=\"%2\" alt=\"%1\" width=\"1100\"></p>\n")
                    .arg(htmlEscaped(table.title), file);
    }
    html += QStringLiteral("</body></html>\n");
    if (!writeFile(dir.filePath(QStringLiteral("report.md")), markdown.toUtf8())
        || !writeFile(dir.filePath(QStringLiteral("report.html")), html.toUtf8()))
        return 1;
    err << tr("Wrote %1 (report.md, report.html and %2 charts).").arg(dir.path()).arg(tables.size())
        << Qt::endl;
    return 0;
}

} // namespace ReleaseDesk::App

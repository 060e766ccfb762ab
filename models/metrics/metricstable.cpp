#include "metrics/metricstable.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

#include <cmath>

namespace ReleaseDesk::Models {

namespace {

QString tr(const char *text)
{
    // lupdate files tr() calls in free functions under the enclosing namespace: the same context here.
    return QCoreApplication::translate("ReleaseDesk::Models", text);
}

double msecs(const QDate &day)
{
    return double(QDateTime(day, QTime(0, 0), QTimeZone::UTC).toMSecsSinceEpoch());
}

MetricsTable daily(const QString &id, const QString &title, const QStringList &ids, const QStringList &titles)
{
    MetricsTable table;
    table.id = id;
    table.title = title;
    table.columnIds = QStringList {QStringLiteral("day")} + ids;
    table.columnTitles = QStringList {tr("Day")} + titles;
    return table;
}

} // namespace

QByteArray MetricsTable::toCsv() const
{
    const auto quote = [](QString text) {
        if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))
            || text.contains(QLatin1Char('\n')))
            text = QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\""))
                + QLatin1Char('"');
        return text;
    };
    QStringList lines;
    QStringList header;
    if (kind == Kind::Categorical)
        header.append(QStringLiteral("category"));
    for (const auto &columnId : columnIds)
        header.append(quote(columnId));
    lines.append(header.join(QLatin1Char(',')));
    for (qsizetype r = 0; r < rows.size(); ++r) {
        QStringList cells;
        if (kind == Kind::Categorical)
            cells.append(quote(rowLabels.value(r)));
        for (qsizetype c = 0; c < rows[r].size(); ++c) {
            if (kind == Kind::Daily && c == 0 && xIsDate)
                cells.append(QDateTime::fromMSecsSinceEpoch(qint64(rows[r][c]), QTimeZone::UTC)
                                 .date()
                                 .toString(Qt::ISODate));
            else
                cells.append(qIsNaN(rows[r][c]) ? QString()
                                                : QString::number(rows[r][c], 'g', 10)); // no value that day
        }
        lines.append(cells.join(QLatin1Char(',')));
    }
    return (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
}

QList<MetricsTable> metricsTables(const ReleaseMetrics &metrics)
{
    QList<MetricsTable> tables;
    const auto &b = metrics.burndown;

    auto burndown = daily(QStringLiteral("burndown"), tr("Burndown and burnup"),
        {QStringLiteral("scope"), QStringLiteral("open"), QStringLiteral("done"), QStringLiteral("added"),
            QStringLiteral("removed"), QStringLiteral("ideal")},
        {tr("Scope"), tr("Open"), tr("Done"), tr("Added to scope"), tr("Removed from scope"), tr("Ideal")});
    for (qsizetype d = 0; d < b.days.size(); ++d) {
        // The ideal open count on this day, on the line from the scope freeze to the release date.
        double ideal = qQNaN();
        if (b.idealStart.isValid() && b.days[d] >= b.idealStart) {
            const double span = double(b.idealStart.daysTo(b.idealEnd));
            ideal = std::max(0.0, b.idealStartValue * (1.0 - double(b.idealStart.daysTo(b.days[d])) / span));
        }
        burndown.rows.append({msecs(b.days[d]), double(b.scope[d]), double(b.open[d]), double(b.done[d]),
            double(b.added[d]), double(b.removed[d]), ideal});
    }
    tables.append(burndown);

    auto blockers = daily(QStringLiteral("blockers"), tr("Open blockers"), {QStringLiteral("open_blockers")},
        {tr("Open blockers")});
    for (qsizetype d = 0; d < metrics.blockers.days.size(); ++d)
        blockers.rows.append({msecs(metrics.blockers.days[d]), metrics.blockers.open[d]});
    tables.append(blockers);

    MetricsTable ages;
    ages.id = QStringLiteral("blocker_age");
    ages.title = tr("Open blockers by age (days)");
    ages.kind = MetricsTable::Kind::Categorical;
    ages.columnIds = {QStringLiteral("age_days")};
    ages.columnTitles = {tr("Days open")};
    for (const auto &blocker : metrics.blockers.ages.mid(0, 20)) {
        ages.rowLabels.append(blocker.key.shortReference());
        ages.rows.append(QList<double> {double(blocker.days)});
    }
    tables.append(ages);

    auto throughput = daily(QStringLiteral("throughput"), tr("Throughput per week"),
        {QStringLiteral("merged_prs"), QStringLiteral("closed_issues")},
        {tr("PRs merged"), tr("Issues closed")});
    for (qsizetype w = 0; w < metrics.throughput.weeks.size(); ++w)
        throughput.rows.append({msecs(metrics.throughput.weeks[w]),
            double(metrics.throughput.weeklyMerged[w]), double(metrics.throughput.weeklyClosed[w])});
    tables.append(throughput);

    MetricsTable lead;
    lead.id = QStringLiteral("lead_time");
    lead.title = tr("PR lead time: median %1 d, p90 %2 d")
                     .arg(QLocale().toString(metrics.leadTimeDays.median, 'f', 1),
                         QLocale().toString(metrics.leadTimeDays.p90, 'f', 1));
    lead.kind = MetricsTable::Kind::Categorical;
    lead.columnIds = {QStringLiteral("merged_prs")};
    lead.columnTitles = {tr("PRs merged")};
    lead.rowLabels = metrics.leadTimeDays.bucketLabels;
    for (const int count : metrics.leadTimeDays.buckets)
        lead.rows.append(QList<double> {double(count)});
    tables.append(lead);

    MetricsTable review = lead;
    review.id = QStringLiteral("first_review");
    review.title = tr("Time to first review: median %1 h, p90 %2 h")
                       .arg(QLocale().toString(metrics.firstReviewHours.median, 'f', 1),
                           QLocale().toString(metrics.firstReviewHours.p90, 'f', 1));
    review.rowLabels = metrics.firstReviewHours.bucketLabels;
    review.rows.clear();
    for (const int count : metrics.firstReviewHours.buckets)
        review.rows.append(QList<double> {double(count)});
    tables.append(review);

    auto ci = daily(QStringLiteral("ci_health"),
        tr("CI health: %1% of merged PRs had green required checks")
            .arg(qRound(metrics.ci.greenShare() * 100)),
        {QStringLiteral("prs_failing"), QStringLiteral("release_branch_failing")},
        {tr("Open PRs with failing CI"), tr("Failing contexts on the release branch")});
    for (qsizetype d = 0; d < metrics.ci.days.size(); ++d)
        ci.rows.append({msecs(metrics.ci.days[d]), metrics.ci.pullRequestsFailing[d],
            metrics.ci.releaseBranchFailing[d]});
    tables.append(ci);

    // CI health over time on the release branch, from its stored history: the share of the required
    // contexts' runs that passed each day (days without runs are left out, not drawn as zero).
    int passed = 0;
    int runs = 0;
    for (const auto &day : metrics.ci.releaseBranchPassRate) {
        passed += day.passed;
        runs += day.passed + day.failed;
    }
    auto passRate = daily(QStringLiteral("release_branch_pass_rate"),
        runs > 0 ? tr("Release branch CI: %1% of required runs passed").arg(qRound(100.0 * passed / runs))
                 : tr("Release branch CI: no runs of required contexts read"),
        {QStringLiteral("pass_rate"), QStringLiteral("runs")},
        {tr("Required runs passed (%)"), tr("Required runs")});
    for (const auto &day : metrics.ci.releaseBranchPassRate)
        passRate.rows.append(
            {msecs(day.day), std::round(day.rate() * 1000) / 10, double(day.passed + day.failed)});
    tables.append(passRate);

    MetricsTable contexts;
    contexts.id = QStringLiteral("failing_contexts");
    contexts.title = tr("Failing CI contexts (flaky candidates: %1)")
                         .arg(metrics.ci.flakyCandidates.isEmpty()
                                 ? tr("none")
                                 : metrics.ci.flakyCandidates.join(QStringLiteral(", ")));
    contexts.kind = MetricsTable::Kind::Categorical;
    contexts.columnIds = {QStringLiteral("failures"), QStringLiteral("runs")};
    contexts.columnTitles = {tr("Failures"), tr("Runs")};
    for (const auto &context : metrics.ci.failingContexts.mid(0, 15)) {
        contexts.rowLabels.append(context.name);
        contexts.rows.append({double(context.failures), double(context.runs)});
    }
    tables.append(contexts);

    for (const auto &breakdown : metrics.breakdowns) {
        MetricsTable table;
        table.id = QStringLiteral("by_") + breakdown.dimension;
        table.title = tr("Scope by %1")
                          .arg(breakdown.dimension == u"area"      ? tr("area")
                                  : breakdown.dimension == u"sig"  ? tr("SIG")
                                  : breakdown.dimension == u"kind" ? tr("kind")
                                                                   : tr("repository"));
        table.kind = MetricsTable::Kind::Categorical;
        table.columnIds = {QStringLiteral("open"), QStringLiteral("done")};
        table.columnTitles = {tr("Open"), tr("Done")};
        for (const auto &row : breakdown.rows.mid(0, 15)) {
            table.rowLabels.append(row.name);
            table.rows.append({double(row.open), double(row.done)});
        }
        tables.append(table);
    }
    return tables;
}

MetricsTableModel::MetricsTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void MetricsTableModel::setTable(const MetricsTable &table)
{
    // A recomputation replaces the whole data set: the one case a reset is the right signal.
    beginResetModel();
    m_table = table;
    endResetModel();
}

int MetricsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int MetricsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.columnIds.size());
}

QVariant MetricsTableModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, QAbstractItemModel::CheckIndexOption::IndexIsValid));
    const double value = m_table.rows[index.row()].value(index.column(), qQNaN());
    // Mappers read Qt::DisplayRole: it carries the number (dates as msecs); views format it.
    if (role == Qt::DisplayRole || role == RawValueRole)
        return qIsNaN(value) ? QVariant() : QVariant(value);
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant MetricsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return m_table.columnTitles.value(section);
    return m_table.kind == MetricsTable::Kind::Categorical ? QVariant(m_table.rowLabels.value(section))
                                                           : QVariant(section + 1);
}

} // namespace ReleaseDesk::Models

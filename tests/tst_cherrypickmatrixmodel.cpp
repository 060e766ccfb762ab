#include "cherrypick/cherrypickmatrixmodel.h"
#include "support/testrepositories.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace ReleaseDesk;
using Models::CherryPickMatrixModel;
using Models::CherryPickState;

using namespace ReleaseDesk::Testing;

namespace {

Models::CherryPickCell cell(CherryPickState state, int pick = 0, Api::CiSummary ci = {})
{
    Models::CherryPickCell cell;
    cell.state = state;
    if (pick)
        cell.pullRequest = Api::ItemKey {kubesphere, pick};
    cell.ci = ci;
    return cell;
}

Models::CherryPickRow row(const Api::RepositoryRef &repository, int number, const QString &title,
    QList<Models::CherryPickCell> cells)
{
    Models::CherryPickRow row;
    row.fix = {repository, number};
    row.title = title;
    row.url = QUrl(QStringLiteral("https://github.com/%1/pull/%2").arg(repository.fullName()).arg(number));
    row.mergedAt = QDateTime(QDate(2026, 11, number % 28 + 1), QTime(10, 0), QTimeZone::UTC);
    row.reasons = {QStringLiteral("kind/bug")};
    row.cells = std::move(cells);
    return row;
}

Api::CiSummary failing()
{
    Api::CiSummary ci;
    ci.failed = 1;
    ci.passed = 3;
    return ci;
}

/// Three branches; #100 exists in two repositories (they are two fixes).
Models::CherryPickMatrix matrix()
{
    Models::CherryPickMatrix matrix;
    matrix.branches
        = {QStringLiteral("release-4.1"), QStringLiteral("release-4.0"), QStringLiteral("release-3.5")};
    matrix.rows = {
        row(kubesphere, 100, QStringLiteral("Fix the audit log crash"),
            {cell(CherryPickState::OpenPullRequest, 124, failing()), cell(CherryPickState::Merged, 125),
                cell(CherryPickState::NotNeeded)}),
        row(console, 100, QStringLiteral("Fix the login page"),
            {cell(CherryPickState::Missing), cell(CherryPickState::Requested),
                cell(CherryPickState::Conflicts)}),
        row(kubesphere, 101, QStringLiteral("Fix the \u202Egnp.exe upload"),
            {cell(CherryPickState::Merged, 130), cell(CherryPickState::Merged, 131),
                cell(CherryPickState::NotNeeded)}),
    };
    return matrix;
}

} // namespace

/// The matrix as a table model and its filter: words, roles, and the narrowest change signals.
class CherryPickMatrixModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsFixesBranchesAndCellsInWords()
    {
        CherryPickMatrixModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMatrix(matrix());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), 4);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("release-4.1"));
        QCOMPARE(model.headerData(3, Qt::Horizontal).toString(), QStringLiteral("release-3.5"));
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Fix"));

        const auto fix = model.index(0, 0);
        QVERIFY(fix.data().toString().contains(QStringLiteral("kubesphere#100")));
        QVERIFY(fix.data().toString().contains(QStringLiteral("Fix the audit log crash")));
        QCOMPARE(fix.data(CherryPickMatrixModel::FixKeyRole).toString(),
            QStringLiteral("github.com/kubesphere/kubesphere#100"));
        QCOMPARE(model.index(1, 0).data(CherryPickMatrixModel::FixKeyRole).toString(),
            QStringLiteral("github.com/kubesphere/console#100"));
        // GitHub's text is untrusted: the override shows as a mark, it does not reorder the title.
        const auto hostile = model.index(2, 0).data().toString();
        QVERIFY(!hostile.contains(QChar(0x202E)));
        QVERIFY(hostile.contains(QStringLiteral("[RLO]")));

        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("open PR #124"));
        QCOMPARE(model.index(0, 1).data(Qt::AccessibleTextRole).toString(),
            QStringLiteral("release-4.1: open pull request #124, CI failing"));
        QCOMPARE(
            model.index(0, 1).data(CherryPickMatrixModel::CiStateRole).toInt(), int(Api::CiState::Failure));
        QCOMPARE(model.index(0, 1).data(CherryPickMatrixModel::PullRequestKeyRole).toString(),
            QStringLiteral("github.com/kubesphere/kubesphere#124"));
        QCOMPARE(model.index(0, 2).data().toString(), QStringLiteral("merged #125"));
        QCOMPARE(model.index(0, 3).data().toString(), QStringLiteral("not needed"));
        QCOMPARE(model.index(1, 1).data().toString(), QStringLiteral("needed"));
        QCOMPARE(model.index(1, 2).data().toString(), QStringLiteral("requested"));
        QCOMPARE(model.index(1, 3).data().toString(), QStringLiteral("conflicts"));
        QCOMPARE(model.index(1, 1).data(CherryPickMatrixModel::BranchRole).toString(),
            QStringLiteral("release-4.1"));
        QCOMPARE(model.index(1, 2).data(CherryPickMatrixModel::PullRequestRole).toString(), QString());

        // What needs a person: the failing open pick, the needed one, the conflict.
        QCOMPARE(model.cellsNeedingAction(), 3);
        QVERIFY(model.index(0, 1).data(CherryPickMatrixModel::NeedsActionRole).toBool());
        QVERIFY(!model.index(0, 2).data(CherryPickMatrixModel::NeedsActionRole).toBool());
        QVERIFY(model.index(1, 0).data(CherryPickMatrixModel::NeedsActionRole).toBool());
        QVERIFY(!model.index(2, 0).data(CherryPickMatrixModel::NeedsActionRole).toBool());
        QVERIFY(model.index(1, 1).data(CherryPickMatrixModel::CanRequestRole).toBool());
        QVERIFY(!model.index(1, 2).data(CherryPickMatrixModel::CanRequestRole).toBool());
    }

    void anOpenPickWithoutCiIsNotGreen()
    {
        Models::CherryPickCell open = cell(CherryPickState::OpenPullRequest, 7);
        QCOMPARE(CherryPickMatrixModel::accessibleText(QStringLiteral("release-4.0"), open, {kubesphere, 1}),
            QStringLiteral("release-4.0: open pull request #7, CI unknown"));
        Api::CiSummary green;
        green.passed = 2;
        open.ci = green;
        QCOMPARE(CherryPickMatrixModel::accessibleText(QStringLiteral("release-4.0"), open, {kubesphere, 1}),
            QStringLiteral("release-4.0: open pull request #7, CI passing"));
        // A pick in another repository says which.
        QCOMPARE(CherryPickMatrixModel::cellText(open, {console, 1}), QStringLiteral("open PR kubesphere#7"));
    }

    void replacingTheMatrixSendsTheNarrowestSignals()
    {
        CherryPickMatrixModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMatrix(matrix());
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        // The same matrix again: nothing at all.
        model.setMatrix(matrix());
        QCOMPARE(resets.count() + removed.count() + inserted.count() + moved.count() + changed.count(), 0);

        // One cell changes (the pick merged): one dataChanged on that row.
        auto next = matrix();
        next.rows[0].cells[0] = cell(CherryPickState::Merged, 124);
        model.setMatrix(next);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), 0);
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("merged #124"));
        QCOMPARE(resets.count(), 0);

        // A fix leaves, two arrive after the first: one removal, one insertion of two rows.
        changed.clear();
        auto grown = next;
        grown.rows.removeAt(1);
        grown.rows.insert(1,
            row(console, 200, QStringLiteral("New one"),
                {cell(CherryPickState::Missing), cell(CherryPickState::Missing),
                    cell(CherryPickState::Missing)}));
        grown.rows.insert(2,
            row(console, 201, QStringLiteral("Another"),
                {cell(CherryPickState::Missing), cell(CherryPickState::Missing),
                    cell(CherryPickState::Missing)}));
        model.setMatrix(grown);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.first().at(1).toInt(), 1);
        QCOMPARE(removed.first().at(2).toInt(), 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 1);
        QCOMPARE(inserted.first().at(2).toInt(), 2);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(3, 0).data(CherryPickMatrixModel::FixKeyRole).toString(),
            QStringLiteral("github.com/kubesphere/kubesphere#101"));

        // The last fix moves to the top: a move, not a reset.
        auto reordered = grown;
        reordered.rows.move(3, 0);
        model.setMatrix(reordered);
        QCOMPARE(moved.count(), 1);
        QCOMPARE(model.index(0, 0).data(CherryPickMatrixModel::FixKeyRole).toString(),
            QStringLiteral("github.com/kubesphere/kubesphere#101"));
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.index(r, 0).data(CherryPickMatrixModel::FixKeyRole).toString(),
                reordered.rows.at(r).fix.qualifiedReference());
        QCOMPARE(resets.count(), 0);

        // Other branches: a reset, and the headers follow.
        auto branches = reordered;
        branches.branches.removeLast();
        for (auto &r : branches.rows)
            r.cells.removeLast();
        model.setMatrix(branches);
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model.columnCount(), 3);
    }

    void filtersByWordsAndByNeedingAction()
    {
        CherryPickMatrixModel model;
        Models::CherryPickFilterProxyModel proxy;
        QAbstractItemModelTester sourceTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        model.setMatrix(matrix());
        QCOMPARE(proxy.rowCount(), 3);
        proxy.setFilter({QStringLiteral("console"), false});
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data(CherryPickMatrixModel::FixKeyRole).toString(),
            QStringLiteral("github.com/kubesphere/console#100"));
        proxy.setFilter({QStringLiteral("FIX crash"), false});
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilter({QString(), true});
        QCOMPARE(proxy.rowCount(), 2); // #101 is merged everywhere it is needed
        proxy.setFilter({QStringLiteral("#101"), true});
        QCOMPARE(proxy.rowCount(), 0);
        // The filter holds while the matrix changes under it.
        proxy.setFilter({QString(), true});
        auto next = matrix();
        next.rows[2].cells[2] = cell(CherryPickState::Missing);
        model.setMatrix(next);
        QCOMPARE(proxy.rowCount(), 3);
    }
};

QTEST_GUILESS_MAIN(CherryPickMatrixModelTest)
#include "tst_cherrypickmatrixmodel.moc"

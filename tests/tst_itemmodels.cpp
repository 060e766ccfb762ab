#include "demoworkspace.h"
#include "itemfilterproxymodel.h"
#include "itemtablemodel.h"
#include "untrustedtext.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ReleaseDesk;
using namespace Qt::StringLiterals;
using namespace ReleaseDesk::Api;
using Models::ItemFilterProxyModel;
using Models::ItemTableModel;

namespace {
Item makeItem(const QString &repo, int number, const QString &title, const QStringList &labels = {})
{
    Item item;
    item.key = {{QStringLiteral("github.com"), QStringLiteral("kubesphere"), repo}, number};
    item.title = title;
    item.kind = Item::Kind::PullRequest;
    item.author = QStringLiteral("alice");
    item.updatedAt = QDateTime(QDate(2026, 11, 1), QTime(10, number % 60), QTimeZone::UTC);
    for (const auto &label : labels)
        item.labels.append({label, QStringLiteral("ededed"), QString()});
    return item;
}
} // namespace

class ItemModelsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelPassesTheTesterOnTheDemo()
    {
        ItemTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setItems(Models::DemoWorkspace::generate(QDate(2026, 11, 25)).items);
        QVERIFY(model.rowCount() > 300);
        QCOMPARE(model.columnCount(), int(ItemTableModel::ColumnCount));
        for (int column = 0; column < model.columnCount(); ++column)
            QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
    }

    void displaysEveryColumn()
    {
        ItemTableModel model;
        auto item = makeItem(QStringLiteral("console"), 42, QStringLiteral("Fix pagination"),
            {QStringLiteral("kind/bug"), QStringLiteral("lgtm")});
        item.assignees = {QStringLiteral("bob"), QStringLiteral("carol")};
        item.ciContexts = {
            {CiContext::Source::CheckRun, QStringLiteral("build"), QStringLiteral("SUCCESS"), true, {}, {}},
            {CiContext::Source::CheckRun, QStringLiteral("lint"), QStringLiteral("FAILURE"), true, {}, {}},
            {CiContext::Source::StatusContext, QStringLiteral("e2e"), QStringLiteral("PENDING"), false, {},
                {}}};
        model.setItems({item});
        auto cell = [&](int column) { return model.index(0, column).data().toString(); };
        QCOMPARE(cell(ItemTableModel::ReferenceColumn), QStringLiteral("console#42"));
        QCOMPARE(cell(ItemTableModel::TypeColumn), QStringLiteral("PR"));
        QCOMPARE(cell(ItemTableModel::KindColumn), QStringLiteral("bug"));
        QCOMPARE(cell(ItemTableModel::TitleColumn), QStringLiteral("Fix pagination"));
        QCOMPARE(cell(ItemTableModel::StateColumn), QStringLiteral("Open"));
        // Each name from GitHub isolated (U+2068 ... U+2069), so none can reorder the list.
        const auto isolated = [](const char *name) { return Models::displayText(QString::fromUtf8(name)); };
        QCOMPARE(cell(ItemTableModel::LabelsColumn), isolated("kind/bug") + u", "_s + isolated("lgtm"));
        QCOMPARE(cell(ItemTableModel::AssigneesColumn), isolated("bob") + u", "_s + isolated("carol"));
        QCOMPARE(cell(ItemTableModel::CiColumn), QStringLiteral("Failing (1 of 3)"));
        QVERIFY(!cell(ItemTableModel::UpdatedColumn).isEmpty());
        QCOMPARE(model.index(0, 0).data(ItemTableModel::CiStateRole).toInt(), int(CiState::Failure));
    }

    void unknownCiValuesAreShownNotDropped()
    {
        ItemTableModel model;
        auto item = makeItem(QStringLiteral("console"), 1, QStringLiteral("t"));
        item.ciContexts = {{CiContext::Source::CheckRun, QStringLiteral("build"),
            QStringLiteral("SOMETHING_NEW"), true, {}, {}}};
        model.setItems({item});
        QVERIFY(model.index(0, ItemTableModel::CiColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("SOMETHING_NEW")));
    }

    void tooltipsEscapeGitHubText()
    {
        ItemTableModel model;
        model.setItems({makeItem(
            QStringLiteral("console"), 1, QStringLiteral("<img src=x onerror=alert(1)> <b>bold</b>"))});
        const auto tooltip = model.index(0, ItemTableModel::TitleColumn).data(Qt::ToolTipRole).toString();
        QVERIFY(!tooltip.contains(QStringLiteral("<img")));
        QVERIFY(!tooltip.contains(QStringLiteral("<b>")));
        QVERIFY(tooltip.contains(QStringLiteral("&lt;img src=x")));
        // Display text is the raw title: views draw DisplayRole as plain text.
        QCOMPARE(model.index(0, ItemTableModel::TitleColumn).data().toString(),
            QStringLiteral("<img src=x onerror=alert(1)> <b>bold</b>"));
    }

    void updateItemsUsesFineGrainedSignals()
    {
        ItemTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setItems({makeItem(QStringLiteral("console"), 1, QStringLiteral("one")),
            makeItem(QStringLiteral("console"), 2, QStringLiteral("two"))});
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

        auto changedItem = makeItem(QStringLiteral("console"), 2, QStringLiteral("two, renamed"));
        model.updateItems({makeItem(QStringLiteral("console"), 1, QStringLiteral("one")), changedItem,
            makeItem(QStringLiteral("kubesphere"), 2, QStringLiteral("same number, other repo"))});
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1); // the unchanged item signals nothing
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 2);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(
            model.index(1, ItemTableModel::TitleColumn).data().toString(), QStringLiteral("two, renamed"));
        QCOMPARE(model.rowOf(changedItem.key), 1);
    }

    void proxyFiltersOnEveryWordAndPassesTheTester()
    {
        ItemTableModel model;
        ItemFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setItems({makeItem(QStringLiteral("console"), 1, QStringLiteral("Fix pagination"),
                            {QStringLiteral("kind/bug")}),
            makeItem(QStringLiteral("console"), 2, QStringLiteral("Add pagination"),
                {QStringLiteral("kind/feature")}),
            makeItem(
                QStringLiteral("kubesphere"), 3, QStringLiteral("Fix login"), {QStringLiteral("kind/bug")})});
        QCOMPARE(proxy.rowCount(), 3);
        // The board's query language: free words in titles, qualifiers for the rest.
        proxy.setQuery(QStringLiteral("PAGINATION"));
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setQuery(QStringLiteral("pagination label:kind/bug"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(
            proxy.index(0, ItemTableModel::ReferenceColumn).data().toString(), QStringLiteral("console#1"));
        proxy.setQuery(QStringLiteral("kubesphere/kubesphere#3"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setQuery(QStringLiteral("-label:kind/bug OR repo:kubesphere"));
        QCOMPARE(proxy.rowCount(), 2); // console#2 and kubesphere#3
        // is:blocker needs the board's facts: without them it matches nothing, with them the blockers.
        proxy.setQuery(QStringLiteral("is:blocker"));
        QCOMPARE(proxy.rowCount(), 0);
        Models::QueryContext context;
        context.blockers.insert(model.itemAt(2).key);
        proxy.setContextProvider([&context]() -> const Models::QueryContext & { return context; });
        QCOMPARE(proxy.rowCount(), 1);
        QString error;
        proxy.setQuery(QStringLiteral("label:(kind/bug"), &error);
        QVERIFY(!error.isEmpty());
        proxy.setQuery(QStringLiteral("nothing-matches-this"));
        QCOMPARE(proxy.rowCount(), 0);
        // Rows arriving while filtered are filtered too.
        model.updateItems(
            {makeItem(QStringLiteral("console"), 4, QStringLiteral("nothing-matches-this after all"))});
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setQuery(QString());
        QCOMPARE(proxy.rowCount(), 4);
    }

    void proxySortsOnRawValues()
    {
        ItemTableModel model;
        ItemFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setItems({makeItem(QStringLiteral("console"), 100, QStringLiteral("a")),
            makeItem(QStringLiteral("console"), 99, QStringLiteral("b")),
            makeItem(QStringLiteral("console"), 1000, QStringLiteral("c"))});
        proxy.sort(ItemTableModel::ReferenceColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("console#99"));
        QCOMPARE(proxy.index(1, 0).data().toString(), QStringLiteral("console#100"));
        QCOMPARE(proxy.index(2, 0).data().toString(), QStringLiteral("console#1000"));
        proxy.sort(ItemTableModel::UpdatedColumn, Qt::DescendingOrder);
        // updatedAt minutes are number % 60: 99 -> 39, 100 -> 40, 1000 -> 40; newest first.
        QCOMPARE(proxy.index(2, 0).data().toString(), QStringLiteral("console#99"));
    }
};

QTEST_GUILESS_MAIN(ItemModelsTest)
#include "tst_itemmodels.moc"

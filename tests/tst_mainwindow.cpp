#include "demobanner.h"
#include "itemfilterproxymodel.h"
#include "itemtablemodel.h"
#include "itemtablepanel.h"
#include "mainwindow.h"
#include "workspaceloader.h"

#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ReleaseDesk;

/// Offscreen smoke test: the window opens on the demo workspace and the filter works.
class MainWindowTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensOnTheDemoWorkspace()
    {
        QTemporaryDir dir;
        Models::Store store;
        auto workspace = Models::loadWorkspace(store, dir.filePath(QStringLiteral("demo.sqlite")), QDate(2026, 11, 25));
        QVERIFY2(!workspace.error, qPrintable(workspace.error.message));
        Models::ItemTableModel items;
        items.setItems(workspace.items);
        Views::MainWindow window({workspace.release.name, workspace.path, workspace.isDemo}, &items);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.windowTitle().contains(QStringLiteral("v4.1.3")));
        QVERIFY(window.findChild<Views::DemoBanner *>() != nullptr);

        auto *panel = window.itemTablePanel();
        auto *table = panel->tableView();
        const auto all = table->model()->rowCount();
        QCOMPARE(all, items.rowCount());
        QVERIFY(all > 300);

        // "/" focuses the filter; typed words narrow the table.
        table->setFocus();
        QTest::keyClick(&window, Qt::Key_Slash);
        QTRY_VERIFY(panel->filterField()->hasFocus());
        QTest::keyClicks(panel->filterField(), QStringLiteral("console kind/bug"));
        const auto filtered = table->model()->rowCount();
        QVERIFY(filtered > 0 && filtered < all);
        for (int row = 0; row < filtered; ++row)
            QVERIFY(table->model()->index(row, 0).data().toString().startsWith(QStringLiteral("console#")));
        panel->filterField()->clear();
        QCOMPARE(table->model()->rowCount(), all);
    }

    void userWorkspaceHasNoDemoBanner()
    {
        Models::ItemTableModel items;
        Views::MainWindow window({QStringLiteral("v1.0"), QStringLiteral("/tmp/x.sqlite"), false}, &items);
        QVERIFY(window.findChild<Views::DemoBanner *>() == nullptr);
    }
};

QTEST_MAIN(MainWindowTest)
#include "tst_mainwindow.moc"

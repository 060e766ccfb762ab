#include "boardcolumnproxy.h"
#include "boardmodel.h"
#include "boardpanel.h"
#include "demoworkspace.h"
#include "itemtablemodel.h"
#include "querybar.h"
#include "readinessbar.h"
#include "untrustedtext.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTest>
#include <QTimeZone>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Api;

namespace {
Item hostile(int number, const QString &title, const QString &body = {})
{
    Item item;
    item.key
        = {{QStringLiteral("github.com"), QStringLiteral("kubesphere"), QStringLiteral("console")}, number};
    item.kind = Item::Kind::Issue;
    item.title = title;
    item.body = body;
    item.author = QStringLiteral("<i>mallory</i>");
    item.createdAt = QDateTime(QDate(2026, 11, 1), QTime(0, 0), QTimeZone::UTC);
    item.updatedAt = item.createdAt.addSecs(number);
    item.labels = {{QStringLiteral("<b>label</b>"), QStringLiteral("not-a-colour"), QString()}};
    return item;
}
} // namespace

/// The board offscreen: untrusted GitHub text stays text, nothing is loaded, the keyboard works.
class BoardPanelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void untrustedTextIsNeverMarkup()
    {
        Models::ItemTableModel items;
        Models::BoardModel board(&items);
        Views::BoardPanel panel(&board, {});
        panel.resize(1280, 800);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const QString rlo = QStringLiteral("evil\u202Etxt.exe");
        items.setItems({
            hostile(1, QStringLiteral("<img src=x onerror=alert(1)>")),
            hostile(2, QStringLiteral("<b>bold</b> and <a href=\"javascript:alert(1)\">link</a>"),
                QStringLiteral("<script>alert(1)</script>\n\n![tracker](http://127.0.0.1:9/"
                               "pixel.png)\n\n<b>not bold</b>")),
            hostile(3, rlo),
            hostile(4, QString(10000, QLatin1Char('x'))),
            hostile(5, QStringLiteral("\U0001F680 emoji")),
            hostile(6, QString()),
        });
        auto *triage = panel.columnViews().first();
        QCOMPARE(triage->model()->rowCount(), 6);
        // Every card paints (the 10,000-character title included) without markup being interpreted.
        QVERIFY(!triage->grab().isNull());
        for (int row = 0; row < 6; ++row) {
            triage->setCurrentIndex(triage->model()->index(row, 0));
            const auto summary = panel.details()->summaryText();
            const auto &item = board.item(panel.columnProxy(0)->mapToSource(triage->currentIndex()).row());
            // As written, with direction overrides shown rather than obeyed.
            QVERIFY2(summary.contains(Models::withVisibleDirectionControls(item.title).left(200)),
                qPrintable(summary.left(300)));
            QVERIFY(summary.contains(QStringLiteral("<b>label</b>")));
            QVERIFY(summary.contains(QStringLiteral("<i>mallory</i>")));
        }
        // The body renders Markdown, but raw HTML stays text and the image is never fetched.
        const auto row2 = [&] {
            for (int row = 0; row < 6; ++row) {
                if (board.item(panel.columnProxy(0)->mapToSource(triage->model()->index(row, 0)).row())
                        .key.number
                    == 2)
                    return row;
            }
            return -1;
        }();
        triage->setCurrentIndex(triage->model()->index(row2, 0));
        QVERIFY(panel.details()->bodyText().contains(QStringLiteral("<script>alert(1)</script>")));
        QVERIFY(panel.details()->bodyText().contains(QStringLiteral("<b>not bold</b>")));
        // The tracking pixel was asked for, and refused: nothing is ever loaded.
        panel.details()->body()->grab();
        QTRY_VERIFY(panel.details()->body()->refusedResources() > 0);
    }

    void detailsReadTheWholeBodyOfAListedItem()
    {
        // The board of a large release holds only each body's release-note block; the details pane
        // asks the cache for the whole body of the item it shows.
        Models::ItemTableModel items;
        Models::BoardModel board(&items);
        QList<ItemKey> asked;
        Views::ItemDetailsPanel::CacheReaders readers;
        readers.body = [&](const ItemKey &key) -> std::optional<QString> {
            asked.append(key);
            return QStringLiteral("The whole description.\n\n```release-note\nFixed.\n```");
        };
        Views::BoardPanel panel(&board, readers);
        auto listed = hostile(1, QStringLiteral("Listed"), QStringLiteral("```release-note\nFixed.\n```"));
        listed.bodyComplete = false;
        auto whole = hostile(2, QStringLiteral("Whole"), QStringLiteral("Already complete."));
        items.setItems({listed, whole});
        panel.details()->showRow(items.rowOf(listed.key));
        QVERIFY(panel.details()->bodyText().contains(QStringLiteral("The whole description.")));
        QCOMPARE(asked, QList<ItemKey> {listed.key});
        panel.details()->showRow(items.rowOf(whole.key));
        QVERIFY(panel.details()->bodyText().contains(QStringLiteral("Already complete.")));
        QCOMPARE(asked.size(), 1); // a complete body is not read again
    }

    void keyboardMovesBetweenCardsAndColumns()
    {
        Models::ItemTableModel items;
        Models::BoardModel board(&items);
        const auto demo = Models::DemoWorkspace::generate(QDate(2026, 11, 25));
        board.setRelease(demo.release);
        items.setItems(demo.items);
        Views::BoardPanel panel(&board, {});
        panel.resize(1400, 800);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *first = panel.columnViews().at(0);
        first->setFocus();
        first->setCurrentIndex(first->model()->index(0, 0));
        QTest::keyClick(first, Qt::Key_J);
        QCOMPARE(first->currentIndex().row(), 1);
        QTest::keyClick(first, Qt::Key_K);
        QCOMPARE(first->currentIndex().row(), 0);
        QTest::keyClick(first, Qt::Key_Right);
        QTRY_VERIFY(panel.columnViews().at(1)->hasFocus());
        QVERIFY(panel.columnViews().at(1)->currentIndex().isValid());
        QTest::keyClick(panel.columnViews().at(1), Qt::Key_L);
        QTRY_VERIFY(panel.columnViews().at(2)->hasFocus());
        QTest::keyClick(panel.columnViews().at(2), Qt::Key_Return);
        QTRY_VERIFY(panel.details()->summary()->hasFocus());
        QVERIFY(panel.details()->summaryText().contains(QStringLiteral("kubesphere/")));
    }

    void queryBarNarrowsColumnsAndReadinessLinksToBlockers()
    {
        Models::ItemTableModel items;
        Models::BoardModel board(&items);
        const auto demo = Models::DemoWorkspace::generate(QDate(2026, 11, 25));
        board.setRelease(demo.release);
        items.setItems(demo.items);
        Views::BoardPanel panel(&board, {});
        Models::ReleaseEvidence evidence;
        evidence.releaseBranch = demo.release.releaseBranch;
        evidence.heads = demo.branchCi;
        evidence.now = QDateTime::currentDateTimeUtc();
        panel.setEvidence(evidence);
        QVERIFY(panel.columnTitle(0).contains(QStringLiteral("Needs triage (")));
        QVERIFY(panel.readinessBar()->verdictText().startsWith(QStringLiteral("No-go")));
        panel.readinessBar()->blockersButton()->click();
        QCOMPARE(panel.queryBar()->query(), QStringLiteral("is:open is:blocker"));
        int shown = 0;
        for (int column = 0; column < board.columns().size(); ++column)
            shown += panel.columnProxy(column)->rowCount();
        QCOMPARE(shown, int(board.context().blockers.size()));
        QVERIFY(panel.columnTitle(0).contains(QStringLiteral(" of "))); // "Needs triage (0 of 46)"

        // The user's views follow the presets in the same list.
        const auto presets = Views::QueryBar::presetViews().size();
        panel.queryBar()->setUserViews({{QStringLiteral("Mine"), QStringLiteral("assignee:lin-tao")}});
        auto *views = panel.queryBar()->savedViews();
        QCOMPARE(views->count(), presets + 2); // a separator, then "Mine"
        QCOMPARE(views->itemText(views->count() - 1), QStringLiteral("Mine"));
        QCOMPARE(views->itemData(views->count() - 1).toString(), QStringLiteral("assignee:lin-tao"));
        panel.queryBar()->setQuery(QStringLiteral("colour:red"));
        QVERIFY(
            panel.queryBar()->findChild<QLabel *>()->text().contains(QStringLiteral("Unknown qualifier")));
    }
};

QTEST_MAIN(BoardPanelTest)
#include "tst_boardpanel.moc"

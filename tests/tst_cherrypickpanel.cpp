#include "cherrypickcelldelegate.h"
#include "cherrypickpanel.h"
#include "support/testrepositories.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDesktopServices>
#include <QHeaderView>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimeZone>

using namespace ReleaseDesk;
using Models::CherryPickMatrixModel;
using Models::CherryPickState;

using Testing::kubesphere;

namespace {

Models::CherryPickCell cell(CherryPickState state, int pick = 0)
{
    Models::CherryPickCell cell;
    cell.state = state;
    if (pick) {
        cell.pullRequest = Api::ItemKey {kubesphere, pick};
        cell.url = QUrl(QStringLiteral("https://github.com/kubesphere/kubesphere/pull/%1").arg(pick));
    }
    return cell;
}

/// Newest merge first: #102, #101, #100.
Models::CherryPickMatrix matrix()
{
    Models::CherryPickMatrix matrix;
    matrix.branches = {QStringLiteral("release-4.1"), QStringLiteral("release-4.0")};
    const QList<QList<Models::CherryPickCell>> cells = {
        {cell(CherryPickState::Missing), cell(CherryPickState::Missing)},
        {cell(CherryPickState::Merged, 140), cell(CherryPickState::Missing)},
        {cell(CherryPickState::OpenPullRequest, 150), cell(CherryPickState::Conflicts)},
    };
    for (int i = 0; i < 3; ++i) {
        Models::CherryPickRow row;
        row.fix = {kubesphere, 100 + i};
        row.title = QStringLiteral("Fix number %1").arg(i);
        row.url = QUrl(QStringLiteral("https://github.com/kubesphere/kubesphere/pull/%1").arg(100 + i));
        row.mergedAt = QDateTime(QDate(2026, 11, 10 + i), QTime(9, 0), QTimeZone::UTC);
        row.cells = cells.at(i);
        matrix.rows.prepend(row);
    }
    return matrix;
}

} // namespace

/// The matrix panel offscreen: keys move and select cells, the request names exactly the selected
/// cells that need it, Return opens the pick, the words read in light and dark.
class CherryPickPanelTest : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void openedUrl(const QUrl &url) { m_opened.append(url); }

private:
    QList<QUrl> m_opened;

private Q_SLOTS:
    void initTestCase() { QDesktopServices::setUrlHandler(QStringLiteral("https"), this, "openedUrl"); }
    void cleanupTestCase() { QDesktopServices::unsetUrlHandler(QStringLiteral("https")); }

    void saysWhyItIsEmpty()
    {
        Views::CherryPickPanel panel;
        panel.setMatrix({});
        panel.show();
        QVERIFY(!panel.table()->isVisible());
        Models::CherryPickMatrix noFixes;
        noFixes.branches = {QStringLiteral("release-4.1")};
        panel.setMatrix(noFixes);
        QVERIFY(!panel.table()->isVisible());
        QVERIFY(panel.summaryText().contains(QStringLiteral("nothing needs action")));
        panel.setMatrix(matrix());
        QVERIFY(panel.table()->isVisible());
        // (English plurals come from the app's translations, not loaded here: "4 cell(s)".)
        QVERIFY2(panel.summaryText().startsWith(QStringLiteral("Fixes: 3 · Branches: 2 · 4 cell")),
            qPrintable(panel.summaryText()));
    }

    void shiftArrowsSelectCellsAndTheRequestNamesThem()
    {
        Views::CherryPickPanel panel;
        panel.resize(900, 400);
        panel.setMatrix(matrix());
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *table = panel.table();
        table->setFocus();
        QTRY_VERIFY(table->hasFocus());
        // The cursor starts on the first branch cell of the newest fix (#102).
        QCOMPARE(table->currentIndex().row(), 0);
        QCOMPARE(table->currentIndex().column(), 1);
        QCOMPARE(table->currentIndex().data(CherryPickMatrixModel::FixKeyRole).toString(),
            QStringLiteral("github.com/kubesphere/kubesphere#102"));
        // Down to #101 (merged on 4.1), then Shift+Right and Shift+Down: #101 and #100, both branches.
        QTest::keyClick(table, Qt::Key_Down);
        QTest::keyClick(table, Qt::Key_Right, Qt::ShiftModifier);
        QTest::keyClick(table, Qt::Key_Down, Qt::ShiftModifier);
        const auto cells = panel.selectedCells();
        QCOMPARE(cells.size(), 4);

        QList<QList<Views::CherryPickCellRef>> requested;
        int skipped = -1;
        connect(&panel, &Views::CherryPickPanel::cherryPickRequested, this,
            [&](const QList<Views::CherryPickCellRef> &asked, int left) {
                requested.append(asked);
                skipped = left;
            });
        QVERIFY(panel.requestAction()->isEnabled());
        QTest::keyClick(table, Qt::Key_R);
        QCOMPARE(requested.count(), 1);
        const auto sent = requested.first();
        QStringList names;
        for (const auto &ref : sent)
            names.append(ref.fix.shortReference() + QLatin1Char(' ') + ref.branch);
        // #101 on release-4.1 is merged: left out, and counted.
        QCOMPARE(names,
            QStringList({QStringLiteral("kubesphere#101 release-4.0"),
                QStringLiteral("kubesphere#100 release-4.1"), QStringLiteral("kubesphere#100 release-4.0")}));
        QCOMPARE(skipped, 1);

        // Only cells that need nothing: the request is not offered, the key does nothing.
        table->setCurrentIndex(table->model()->index(1, 1)); // #101 merged
        QCOMPARE(panel.selectedCells().size(), 1);
        QVERIFY(!panel.requestAction()->isEnabled());
        QTest::keyClick(table, Qt::Key_R);
        QCOMPARE(requested.count(), 1);
    }

    void returnOpensTheCellsPullRequest()
    {
        m_opened.clear();
        Views::CherryPickPanel panel;
        panel.resize(900, 400);
        panel.setMatrix(matrix());
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *table = panel.table();
        table->setFocus();
        QTRY_VERIFY(table->hasFocus());
        table->setCurrentIndex(table->model()->index(0, 1)); // #102 release-4.1: open PR #150
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(m_opened,
            QList<QUrl>({QUrl(QStringLiteral("https://github.com/kubesphere/kubesphere/pull/150"))}));
        // O does the same from the keyboard; a cell without a pull request opens nothing and says so.
        QSignalSpy said(&panel, &Views::CherryPickPanel::message);
        QTest::keyClick(table, Qt::Key_Right); // release-4.0: conflicts, no URL
        QVERIFY(!panel.openAction()->isEnabled());
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(m_opened.size(), 1);
        QCOMPARE(said.count(), 1);
    }

    void theFilterKeepsRowsThatNeedAction()
    {
        Views::CherryPickPanel panel;
        auto next = matrix();
        next.rows[1].cells[1] = cell(CherryPickState::Merged, 141);
        panel.setMatrix(next);
        auto *box = panel.findChild<QCheckBox *>();
        QVERIFY(box);
        box->click();
        QCOMPARE(panel.table()->model()->rowCount(), 2); // #101 is merged everywhere now
    }

    void wordsAndGlyphsReadInLightAndDark()
    {
        for (const bool dark : {false, true}) {
            QPalette palette;
            palette.setColor(QPalette::Base, dark ? QColor(0x1e, 0x1e, 0x1e) : Qt::white);
            palette.setColor(QPalette::Text, dark ? QColor(0xee, 0xee, 0xee) : QColor(0x1f, 0x23, 0x28));
            palette.setColor(QPalette::Window, palette.color(QPalette::Base));
            Views::CherryPickPanel panel;
            panel.setPalette(palette);
            panel.resize(900, 300);
            panel.setMatrix(matrix());
            panel.show();
            QVERIFY(QTest::qWaitForWindowExposed(&panel));
            auto *table = panel.table();
            table->clearSelection();
            table->setCurrentIndex({});
            const auto image = table->viewport()->grab().toImage();
            const auto base = palette.color(QPalette::Base);
            for (const auto state : {CherryPickState::Missing, CherryPickState::Conflicts,
                     CherryPickState::Merged, CherryPickState::Requested, CherryPickState::NotNeeded}) {
                const auto color = Views::CherryPickCellDelegate::stateColor(state, base);
                const auto l = [](const QColor &c) {
                    const auto ch = [](double v) {
                        v /= 255.0;
                        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
                    };
                    return 0.2126 * ch(c.red()) + 0.7152 * ch(c.green()) + 0.0722 * ch(c.blue());
                };
                const auto ratio
                    = (std::max(l(color), l(base)) + 0.05) / (std::min(l(color), l(base)) + 0.05);
                QVERIFY2(ratio >= 3.0,
                    qPrintable(QStringLiteral("state %1 dark %2: %3").arg(int(state)).arg(dark).arg(ratio)));
            }
            // The "needed" cell of #102 is drawn: its glyph's colour is on screen.
            const auto rect = table->visualRect(table->model()->index(2, 2)); // #100 release-4.0: needed
            const auto want = Views::CherryPickCellDelegate::stateColor(CherryPickState::Missing, base);
            bool found = false;
            for (int y = rect.top(); y <= rect.bottom() && !found; ++y)
                for (int x = rect.left(); x <= rect.right() && !found; ++x) {
                    const auto pixel
                        = image.pixelColor(x * image.devicePixelRatio(), y * image.devicePixelRatio());
                    found = std::abs(pixel.red() - want.red()) < 40
                        && std::abs(pixel.green() - want.green()) < 40
                        && std::abs(pixel.blue() - want.blue()) < 40;
                }
            QVERIFY2(found, dark ? "dark" : "light");
        }
    }
};

QTEST_MAIN(CherryPickPanelTest)
#include "tst_cherrypickpanel.moc"

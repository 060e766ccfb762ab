#include "boardcolumnwidget.h"
#include "boardmodel.h"
#include "boardpanel.h"
#include "carddelegate.h"
#include "demoworkspace.h"
#include "humanwords.h"
#include "icons.h"
#include "itemdetailspanel.h"
#include "itemtablemodel.h"
#include "placesbar.h"
#include "triageprompt.h"
#include "untrustedtext.h"

#include <QAction>
#include <QApplication>
#include <QInputDialog>
#include <QListView>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>
#include <QTextLayout>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>

using namespace ReleaseDesk;
using namespace Qt::StringLiterals;

/// What a release manager reads: whole references on every card at 1366x768, sentences instead of
/// GitHub's type and enum names, and text from GitHub that cannot disguise itself.
class ReadableWindowTest : public QObject
{
    Q_OBJECT

    /// GitHub's GraphQL type and enum names that must never reach the screen.
    static QStringList apiWords()
    {
        return {u"LabeledEvent"_s, u"UnlabeledEvent"_s, u"MilestonedEvent"_s, u"DemilestonedEvent"_s,
            u"ClosedEvent"_s, u"ReopenedEvent"_s, u"MergedEvent"_s, u"CrossReferencedEvent"_s,
            u"RenamedTitleEvent"_s, u"APPROVED"_s, u"CHANGES_REQUESTED"_s, u"REVIEW_REQUIRED"_s,
            u"MERGEABLE"_s, u"CONFLICTING"_s, u"UNKNOWN"_s, u"CLEAN"_s, u"BLOCKED"_s, u"BEHIND"_s, u"DIRTY"_s,
            u"UNSTABLE"_s, u"HAS_HOOKS"_s, u"SUCCESS"_s, u"FAILURE"_s, u"PENDING"_s, u"ERROR"_s};
    }

private Q_SLOTS:
    void everyCardShowsItsWholeReferenceAt1366x768()
    {
        const auto demo = Models::DemoWorkspace::generate(QDate(2026, 11, 25));
        Models::ItemTableModel items;
        items.setItems(demo.items);
        Models::BoardModel board(&items);
        board.setRelease(demo.release);
        Views::BoardPanel panel(&board, {});
        panel.resize(1366, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        int checked = 0;
        for (auto *view : panel.columnViews()) {
            QVERIFY2(view->isVisible(), "every column is on screen (the board scrolls rather than squeezes)");
            QFont bold = view->font();
            bold.setBold(true);
            const QFontMetrics boldMetrics(bold);
            for (int row = 0; row < view->model()->rowCount(); ++row) {
                const auto index = view->model()->index(row, 0);
                const auto reference = index.data(Models::ItemTableModel::ShortReferenceRole).toString();
                // The card's text area: the view's card minus the delegate's margins and padding.
                const int contentWidth = view->visualRect(index).width() - 2 * 6 - 2 * 8;
                QVERIFY2(boldMetrics.horizontalAdvance(reference) <= contentWidth,
                    qPrintable(QStringLiteral("%1 needs %2 px, has %3")
                                   .arg(reference)
                                   .arg(boldMetrics.horizontalAdvance(reference))
                                   .arg(contentWidth)));
                // At least 40 characters of the title are readable (over its two lines).
                const auto title = index.data(Models::ItemTableModel::TitleRole).toString();
                const auto lines
                    = Views::CardDelegate::titleLines(Models::displayText(title), view->font(), contentWidth);
                // Characters of the title on the card: the isolates and the ellipsis are not the title's.
                auto joined = lines.join(QLatin1Char(' '));
                joined.remove(QChar(0x2026)).remove(QChar(0x2068)).remove(QChar(0x2069));
                const auto shown = joined.size();
                QVERIFY2(shown >= std::min<qsizetype>(40, title.size()),
                    qPrintable(QStringLiteral("%1: %2 of \"%3\"").arg(reference).arg(shown).arg(title)));
                ++checked;
            }
        }
        QVERIFY(checked > 100);
    }

    void detailsSpeakInSentencesNotApiNames()
    {
        Api::Item item;
        item.key = {Api::RepositoryRef::fromString(u"kubesphere/console"_s), 4321};
        item.kind = Api::Item::Kind::PullRequest;
        item.title = u"Fix the monitoring dashboard"_s;
        item.url = QUrl(u"https://github.com/kubesphere/console/pull/4321"_s);
        Api::CiContext check;
        check.name = u"build"_s;
        check.rawState = u"FAILURE"_s;
        item.ciContexts = {check};
        QList<Api::TimelineEvent> events;
        for (const auto kind : {Api::TimelineEvent::Kind::Labeled, Api::TimelineEvent::Kind::Unlabeled,
                 Api::TimelineEvent::Kind::Milestoned, Api::TimelineEvent::Kind::Demilestoned,
                 Api::TimelineEvent::Kind::Closed, Api::TimelineEvent::Kind::Reopened,
                 Api::TimelineEvent::Kind::Merged, Api::TimelineEvent::Kind::CrossReferenced,
                 Api::TimelineEvent::Kind::Other}) {
            Api::TimelineEvent event;
            event.item = item.key;
            event.kind = kind;
            event.rawKind = kind == Api::TimelineEvent::Kind::Other ? u"RenamedTitleEvent"_s
                                                                    : Api::typeNameForTimelineKind(kind);
            event.actor = u"chen-hao"_s;
            event.detail = u"kind/bug"_s;
            event.at = QDateTime(QDate(2026, 11, 20), QTime(9, 0), QTimeZone::UTC);
            events.append(event);
        }
        Models::ItemTableModel items;
        Models::BoardModel board(&items);
        Views::ItemDetailsPanel details(&board, {[events](const Api::ItemKey &) { return events; }, {}});
        QStringList leaks;
        for (const auto &review : {u""_s, u"APPROVED"_s, u"CHANGES_REQUESTED"_s, u"REVIEW_REQUIRED"_s}) {
            for (const auto &[mergeable, status] :
                QList<std::pair<QString, QString>> {{u"MERGEABLE"_s, u"CLEAN"_s},
                    {u"CONFLICTING"_s, u"DIRTY"_s}, {u"MERGEABLE"_s, u"BLOCKED"_s},
                    {u"MERGEABLE"_s, u"BEHIND"_s}, {u"MERGEABLE"_s, u"UNSTABLE"_s},
                    {u"UNKNOWN"_s, u"UNKNOWN"_s}, {u"MERGEABLE"_s, u"HAS_HOOKS"_s}, {u""_s, u""_s}}) {
                item.reviewDecision = review;
                item.mergeable = mergeable;
                item.mergeStateStatus = status;
                items.setItems({item});
                details.showRow(0);
                const auto text = details.summaryText();
                for (const auto &word : apiWords()) {
                    if (QRegularExpression(u"\\b"_s + word + u"\\b"_s).match(text).hasMatch()
                        && !leaks.contains(word))
                        leaks.append(word);
                }
            }
        }
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u", "_s)));
        QCOMPARE(Models::HumanWords::timelineSentence(events.first()),
            Models::displayText(u"chen-hao"_s) + u" added "_s + Models::displayText(u"kind/bug"_s));
        QCOMPARE(Models::HumanWords::review(u"CHANGES_REQUESTED"_s), u"Changes requested"_s);
        QCOMPARE(Models::HumanWords::mergeState(u"CONFLICTING"_s, u"DIRTY"_s), u"Conflicts"_s);
        QCOMPARE(Models::HumanWords::mergeState(u"MERGEABLE"_s, u"BLOCKED"_s),
            u"Blocked by required checks or reviews"_s);
        QCOMPARE(Models::HumanWords::mergeState(u"UNKNOWN"_s, u"UNKNOWN"_s), u"Not known yet"_s);
    }

    void aRightToLeftOverrideCannotReorderACardsTitle()
    {
        // "U+202E gnp.exe" would read "exe.png": shown, it reads in its logical order, the override visible.
        const auto title = u"\u202Egnp.exe"_s;
        const auto shown
            = Views::CardDelegate::titleLines(Models::displayText(title), QFont(), 400).join(QString());
        QVERIFY(shown.contains(u"[RLO]gnp.exe"_s));
        QVERIFY(!Models::hasDirectionControls(Models::withVisibleDirectionControls(title)));
        // Laid out as the card lays it out, "g" is left of "n", left of "p", left of "e".
        QTextLayout layout(shown, QFont());
        layout.beginLayout();
        auto line = layout.createLine();
        line.setLineWidth(1000);
        layout.endLayout();
        const auto at = [&](QChar character) { return line.cursorToX(int(shown.indexOf(character))); };
        QVERIFY(at(u'g') < at(u'n'));
        QVERIFY(at(u'n') < at(u'p'));
        QVERIFY(at(u'p') < at(u'x'));
        // The same in the table's title cell.
        Api::Item item;
        item.key = {Api::RepositoryRef::fromString(u"kubesphere/console"_s), 1};
        item.title = title;
        Models::ItemTableModel items;
        items.setItems({item});
        QCOMPARE(items.index(0, Models::ItemTableModel::TitleColumn).data().toString(), u"[RLO]gnp.exe"_s);
    }

    /// Columns collapse to their header (by its button), hide, and the arrows skip what is not shown;
    /// the state and the density survive a restart (columnsState).
    void columnsCollapseHideAndComeBackAsLeft()
    {
        const auto demo = Models::DemoWorkspace::generate(QDate(2026, 11, 25));
        Models::ItemTableModel items;
        items.setItems(demo.items);
        Models::BoardModel board(&items);
        board.setRelease(demo.release);
        Views::BoardPanel panel(&board, {});
        panel.resize(1366, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(panel.columnCount() >= 4);
        auto *second = panel.column(1);
        const auto widthBefore = second->width();
        QTest::mouseClick(second->collapseButton(), Qt::LeftButton);
        QVERIFY(panel.isColumnCollapsed(1));
        QVERIFY(!second->view()->isVisible());
        QTRY_VERIFY(second->width() < widthBefore / 2);
        // Still says what it holds.
        QVERIFY2(panel.columnTitle(1).contains(QString::number(board.columnCounts().value(1))),
            qPrintable(panel.columnTitle(1)));

        // Right from the first column lands on the third: the collapsed one is skipped.
        auto *first = panel.columnViews().at(0);
        QVERIFY(first->model()->rowCount() > 0);
        first->setFocus();
        first->setCurrentIndex(first->model()->index(0, 0));
        QTest::keyClick(first, Qt::Key_Right);
        QTRY_VERIFY(panel.columnViews().at(2)->hasFocus());

        // A hidden column is gone, and its selection with it: triage never sends unseen cards.
        auto *third = panel.columnViews().at(2);
        QVERIFY(!panel.selectedRows().isEmpty());
        panel.setColumnHidden(2, true);
        QVERIFY(!panel.column(2)->isVisible());
        QVERIFY(panel.selectedRows().isEmpty() || !third->selectionModel()->hasSelection());

        // Compact cards are shorter and still show the whole reference.
        const auto comfortable = first->visualRect(first->model()->index(0, 0)).height();
        panel.setCompact(true);
        QTRY_VERIFY(first->visualRect(first->model()->index(0, 0)).height() < comfortable);

        // What the settings keep, a new board takes back.
        const auto state = panel.columnsState();
        Views::BoardPanel again(&board, {});
        again.restoreColumnsState(state);
        QVERIFY(again.isColumnCollapsed(1));
        QVERIFY(again.isColumnHidden(2));
        QVERIFY(!again.isColumnCollapsed(0) && !again.isColumnHidden(0));
        QVERIFY(again.isCompact());
        // Garbage (an older version's settings) changes nothing.
        Views::BoardPanel fresh(&board, {});
        fresh.restoreColumnsState(QByteArray("not a state"));
        QVERIFY(!fresh.isColumnCollapsed(1) && !fresh.isColumnHidden(2) && !fresh.isCompact());
        // Damaged settings with our mark: a list claiming four billion names is refused, not
        // allocated (QDataStream alone would reserve ~100 GB first).
        QByteArray damaged = state.left(sizeof(quint32));
        damaged.append(QByteArray::fromHex("fffffff0"));
        damaged.append(state.mid(2 * sizeof(quint32)));
        fresh.restoreColumnsState(damaged);
        QVERIFY(!fresh.isColumnCollapsed(1) && !fresh.isColumnHidden(2) && !fresh.isCompact());
    }

    /// CI glyphs: a failure is drawn even on the narrowest card (the rest give way), and states that
    /// are neither pass nor fail show as unknown rather than as nothing.
    void ciGlyphsKeepTheFailureAndShowTheUnknown()
    {
        const auto render = [](const QList<std::pair<const char *, int>> &states, int width) {
            Api::Item item;
            item.key = {Api::RepositoryRef::fromString(u"kubesphere/ks-installer"_s), 12345};
            item.kind = Api::Item::Kind::PullRequest;
            item.title = u"A pull request"_s;
            for (const auto &[state, count] : states) {
                for (int i = 0; i < count; ++i)
                    item.ciContexts.append({Api::CiContext::Source::StatusContext,
                        QStringLiteral("%1-%2").arg(QLatin1StringView(state)).arg(i),
                        QString::fromLatin1(state), true, {}, {}});
            }
            Models::ItemTableModel items;
            items.setItems({item});
            Views::CardDelegate delegate;
            QStyleOptionViewItem option;
            option.rect = QRect(0, 0, width, 120);
            option.font = QFont();
            option.fontMetrics = QFontMetrics(option.font);
            option.palette = QPalette(Qt::white);
            QImage image(width, 120, QImage::Format_ARGB32);
            image.fill(Qt::white);
            QPainter painter(&image);
            delegate.paint(&painter, option, items.index(0, 0));
            painter.end();
            return image;
        };
        const auto has = [](const QImage &image, QColor wanted) {
            for (int y = 0; y < 40; ++y)
                for (int x = 0; x < image.width(); ++x) {
                    const QColor pixel = image.pixelColor(x, y);
                    if (qAbs(pixel.red() - wanted.red()) < 12 && qAbs(pixel.green() - wanted.green()) < 12
                        && qAbs(pixel.blue() - wanted.blue()) < 12)
                        return true;
                }
            return false;
        };
        const QColor failed(0xD5, 0x5E, 0x00);
        const QColor passed(0x00, 0x9E, 0x73);
        const QColor unknown(0x8a, 0x8a, 0x8a);
        const auto wide = render({{"FAILURE", 2}, {"SUCCESS", 9}}, 320);
        QVERIFY(has(wide, failed) && has(wide, passed));
        const auto narrow = render({{"FAILURE", 12}, {"SUCCESS", 99}, {"PENDING", 7}}, 150);
        QVERIFY2(has(narrow, failed), "the failure gave way on a narrow card");
        QVERIFY(has(render({{"SKIPPED", 2}}, 320), unknown));
    }

    /// "Synced 5 minutes ago" under the Sync button, in words with plural forms.
    void syncAgesReadInWords()
    {
        const QDateTime now(QDate(2026, 12, 1), QTime(12, 0), QTimeZone::UTC);
        using Views::PlacesBar;
        QCOMPARE(PlacesBar::relativeAge(now.addSecs(-20), now), u"just now"_s);
        QVERIFY(PlacesBar::relativeAge(now.addSecs(-5 * 60), now).startsWith(u"5 minute"_s));
        QVERIFY(PlacesBar::relativeAge(now.addSecs(-3 * 3600), now).startsWith(u"3 hour"_s));
        QVERIFY(PlacesBar::relativeAge(now.addDays(-4), now).startsWith(u"4 day"_s));
        QCOMPARE(PlacesBar::relativeAge(now.addSecs(60), now), u"just now"_s); // a clock ahead
        QAction sync;
        PlacesBar places(&sync);
        places.setLastSynced({}, false);
        QVERIFY(places.syncStateText().isEmpty()); // the demo: nothing to say
        places.setLastSynced({}, true);
        QCOMPARE(places.syncStateText(), u"Not synced yet"_s);
        places.setSyncRunning(true);
        places.setSyncProgress(2, 3);
        QCOMPARE(places.syncStateText(), u"Syncing repository 2 of 3\u2026"_s);
        places.setSyncRunning(false);
        places.setLastSynced(QDateTime::currentDateTime().addSecs(-120), true);
        QVERIFY(places.syncStateText().startsWith(u"Synced 2 minute"_s));
    }

    /// The icons come from resources/ (compiled in) and follow the theme: drawn in the palette's text
    /// colour, dark on a light palette and light on a dark one.
    void iconsComeFromTheResourcesAndFollowTheTheme()
    {
        const auto app = Views::Icons::application().pixmap(QSize(64, 64)).toImage();
        QVERIFY(!app.isNull());
        QCOMPARE(qAlpha(app.pixel(32, 32)), 255);
        const auto inkOf = [](const QImage &image) {
            // The average colour of the drawn (opaque) pixels.
            qint64 sum = 0;
            int count = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    if (qAlpha(image.pixel(x, y)) > 200) {
                        sum += qGray(image.pixel(x, y));
                        ++count;
                    }
            return count ? int(sum / count) : -1;
        };
        QPalette light;
        light.setColor(QPalette::WindowText, Qt::black);
        QPalette dark;
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        using Place = Views::Icons::Place;
        for (const auto place :
            {Place::Board, Place::Table, Place::Notes, Place::Metrics, Place::Signal, Place::CherryPicks}) {
            const auto onLight = Views::Icons::place(place, light).pixmap(QSize(24, 24)).toImage();
            const auto onDark = Views::Icons::place(place, dark).pixmap(QSize(24, 24)).toImage();
            QVERIFY2(inkOf(onLight) >= 0 && inkOf(onLight) < 60, qPrintable(QString::number(inkOf(onLight))));
            QVERIFY2(inkOf(onDark) > 200, qPrintable(QString::number(inkOf(onDark))));
        }
        using Ci = Views::Icons::CiState;
        for (const auto state : {Ci::Passed, Ci::Failed, Ci::Pending, Ci::Unknown})
            QVERIFY(!Views::Icons::ciState(state).pixmap(QSize(16, 16)).isNull());
    }

    /// A label named with a right-to-left override: the picker offers it isolated and visible, the
    /// preview shows it so, and what is sent is the label's real name.
    void triagePickersAndPreviewIsolateGitHubText()
    {
        const auto hostile = u"\u202Egub/dnik"_s; // reads "kind/bug" when the override works
        Api::Item item;
        item.key = {Api::RepositoryRef::fromString(u"kubesphere/console"_s), 7};
        item.title = u"A card"_s;
        QStringList offered;
        QString preview;
        QTimer answer;
        answer.setInterval(20);
        connect(&answer, &QTimer::timeout, this, [&] {
            auto *modal = QApplication::activeModalWidget();
            if (auto *picker = qobject_cast<QInputDialog *>(modal)) {
                offered = picker->comboBoxItems();
                picker->setTextValue(offered.value(0));
                picker->accept();
            } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                preview = box->informativeText();
                box->button(QMessageBox::Ok)->click();
                answer.stop();
            }
        });
        answer.start();
        QString message;
        const auto changes = Views::TriagePrompt::ask(
            nullptr, Models::TriageAction::Kind::AddLabel, {item}, {{hostile}, {}, {}}, QString(), &message);
        QCOMPARE(offered, QStringList {Models::withVisibleDirectionControls(hostile)});
        QVERIFY(offered.first().contains(u"[RLO]"_s));
        QVERIFY2(preview.contains(u"\u2068[RLO]gub/dnik\u2069"_s), qPrintable(preview));
        QVERIFY(!Models::hasDirectionControls(preview.remove(QChar(0x2068)).remove(QChar(0x2069))));
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().action.value, hostile); // GitHub gets the real name
    }
};

QTEST_MAIN(ReadableWindowTest)
#include "tst_readablewindow.moc"

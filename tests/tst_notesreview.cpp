// The review round trip: reviewers per section, files for review (CSV with a byte order mark, Markdown
// checklists), a returned CSV edited by another program (reordered columns, CRLF, Chinese text,
// semicolons, formulas guarded), the diff dialog driven with QTest, changes applied as edits that undo
// takes back and that survive a re-sync.
#include "notesexportdialog.h"
#include "notespanel.h"
#include "notesreviewbar.h"
#include "notesreviewersdialog.h"
#include "notesreviewexportdialog.h"
#include "notesreviewimportdialog.h"

#include "demoworkspace.h"
#include "notes/extractednote.h"
#include "notes/notesdraftstore.h"
#include "notes/notesreview.h"
#include "notes/notessession.h"
#include "support/demonotessession.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

#include <functional>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Models;

namespace {

/// Runs `act` on the next modal dialog (the code under test sits in its exec()).
void onNextModal(std::function<void(QWidget *)> act)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, act = std::move(act)] {
        auto *modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        act(modal);
    });
    timer->start();
}

void clickButton(QWidget *dialog, const QString &text)
{
    for (auto *button : dialog->findChildren<QAbstractButton *>()) {
        if (button->text() == text && button->isVisible()) {
            QTest::mouseClick(button, Qt::LeftButton);
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no button %1").arg(text)));
}

/// A CSV as a spreadsheet program saves it back: columns reordered, semicolons, CRLF, no byte order mark.
QByteArray reorderedCsv(const QList<QStringList> &rows, const QList<int> &order)
{
    QString out;
    for (const auto &row : rows) {
        QStringList cells;
        for (int column : order) {
            auto cell = row.value(column);
            cell.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            cells.append(QLatin1Char('"') + cell + QLatin1Char('"'));
        }
        out += cells.join(QLatin1Char(';')) + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

int columnOf(const QList<QStringList> &rows, const QString &header)
{
    return int(rows.first().indexOf(header));
}

} // namespace

class NotesReviewTest : public QObject
{
    Q_OBJECT

    struct Fixture : Testing::DemoNotesSession
    {
        void open() { QVERIFY(openDraft()); }
    };

private Q_SLOTS:
    void csvParsesWhatSpreadsheetsWrite()
    {
        const auto rows = parseCsv(
            QStringLiteral("a,\"b,1\",\"say \"\"hi\"\"\"\r\n\"multi\r\nline\",,x\n"), QLatin1Char(','));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0],
            (QStringList {QStringLiteral("a"), QStringLiteral("b,1"), QStringLiteral("say \"hi\"")}));
        QCOMPARE(rows[1], (QStringList {QStringLiteral("multi\r\nline"), QString(), QStringLiteral("x")}));
    }

    void exportWritesBomCrlfAndGuardsFormulas()
    {
        Fixture f;
        f.open();
        const auto &document = f.session.document();
        QVERIFY(document.entries.size() > 20);
        const auto firstSection = document.sections.first();
        f.session.setSectionReviewer(firstSection, QStringLiteral("@lin-tao"));
        QCOMPARE(f.session.draft().sectionReviewers.value(firstSection), QStringLiteral("lin-tao"));
        const auto hostileId = document.entries.first().id;
        f.session.setEntryText(hostileId, QStringLiteral("=HYPERLINK(\"http://evil\",\"x\") 修复"));

        const auto csv = reviewCsv(f.session.document(), f.session.draft());
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        QVERIFY(csv.contains("\r\n"));
        QVERIFY(csv.contains("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\") 修复\""));
        // The guard is removed on the way back in: no change read.
        const auto unchanged = readReviewCsv(csv, f.session.document());
        QVERIFY2(unchanged.changes.isEmpty(), qPrintable(unchanged.changes.value(0).after));
        QCOMPARE(unchanged.rows, int(f.session.document().entries.size()));

        const auto files = reviewFiles(f.session.document(), f.session.draft(),
            {ReviewFileFormat::Csv, ReviewFileFormat::Checklist}, true);
        QStringList names;
        for (const auto &file : files)
            names.append(file.fileName);
        QVERIFY(names.contains(QStringLiteral("v4.1.3-review-lin-tao.csv")));
        QVERIFY(names.contains(QStringLiteral("v4.1.3-review-lin-tao.md")));
        QVERIFY(names.contains(QStringLiteral("v4.1.3-review-unassigned.csv")));
        for (const auto &file : files) {
            if (file.fileName == u"v4.1.3-review-lin-tao.md") {
                QVERIFY(
                    file.bytes.contains(QByteArray("## " + firstSection.toUtf8() + " (reviewer: @lin-tao)")));
                QVERIFY(file.bytes.contains("- [ ] "));
            }
        }
        const auto one = reviewFiles(f.session.document(), f.session.draft(), {ReviewFileFormat::Csv}, false);
        QCOMPARE(one.size(), 1);
        QCOMPARE(one.first().fileName, QStringLiteral("v4.1.3-review.csv"));

        const auto progress = reviewProgress(f.session.document(), f.session.draft());
        QCOMPARE(progress.first().reviewer, QStringLiteral("lin-tao"));
        QCOMPARE(progress.last().reviewer, QString());
    }

    void returnedCsvEditedElsewhereIsDiffedAppliedUndoneAndSurvivesResync()
    {
        Fixture f;
        f.open();
        auto text = QString::fromUtf8(reviewCsv(f.session.document(), f.session.draft()));
        if (text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);
        auto rows = parseCsv(text, QLatin1Char(','));
        QVERIFY(columnOf(rows, QStringLiteral("Entry")) >= 0);
        QVERIFY(rows.size() > 20);
        const int idColumn = columnOf(rows, QStringLiteral("Entry"));
        const int noteColumn = columnOf(rows, QStringLiteral("Release note"));
        const int sectionColumn = columnOf(rows, QStringLiteral("Section"));
        const int includedColumn = columnOf(rows, QStringLiteral("Included"));
        const int reviewedColumn = columnOf(rows, QStringLiteral("Reviewed"));
        // Find an included entry for each kind of change.
        QList<int> included;
        for (int r = 1; r < rows.size(); ++r) {
            if (rows[r][includedColumn] == u"yes" && rows[r][reviewedColumn] == u"no")
                included.append(r);
        }
        QVERIFY(included.size() >= 3);
        const auto textId = rows[included[0]][idColumn];
        const auto sectionId = rows[included[1]][idColumn];
        const auto excludedId = rows[included[2]][idColumn];
        rows[included[0]][noteColumn]
            = QStringLiteral("修复了大规模集群中监控面板加载超时的问题。\nSecond line.");
        rows[included[1]][sectionColumn] = QStringLiteral("可观测性");
        rows[included[2]][includedColumn] = QStringLiteral("否");
        for (int r = 1; r < rows.size(); ++r)
            rows[r][reviewedColumn] = QStringLiteral("是");
        // An entry that does not exist and a flag nobody can read.
        rows.append(rows[included[0]]);
        rows.last()[idColumn] = QStringLiteral("github.com/kubesphere/kubesphere#999999");
        rows[included[1]][includedColumn] = QStringLiteral("perhaps");
        QList<int> order;
        for (int c = int(rows.first().size()) - 1; c >= 0; --c)
            order.append(c);
        const auto bytes = reorderedCsv(rows, order);
        const auto path = f.dir.filePath(QStringLiteral("returned.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();

        const auto review = readReviewCsv(bytes, f.session.document());
        QCOMPARE(review.problems.size(), 2);
        int texts = 0, sections = 0, inclusions = 0, reviews = 0;
        for (const auto &change : review.changes) {
            texts += change.kind == ReviewChange::Kind::Text;
            sections += change.kind == ReviewChange::Kind::Section;
            inclusions += change.kind == ReviewChange::Kind::Included;
            reviews += change.kind == ReviewChange::Kind::Reviewed;
        }
        QCOMPARE(texts, 1);
        QCOMPARE(sections, 1);
        QCOMPARE(inclusions, 1);
        QCOMPARE(reviews, int(f.session.document().entries.size()));

        // The composer: Import Review shows every change; one is unchecked; the rest applied.
        Views::NotesPanel panel(&f.session);
        panel.resize(1200, 800);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *bar = panel.reviewBar();
        QVERIFY2(bar->progressLabel()->text().startsWith(QStringLiteral("0 of")),
            qPrintable(bar->progressLabel()->text()));
        int shown = 0;
        onNextModal([&](QWidget *modal) {
            auto *dialog = qobject_cast<Views::NotesReviewImportDialog *>(modal);
            QVERIFY(dialog);
            auto *tree = dialog->changesView();
            shown = tree->topLevelItemCount();
            // Uncheck the reviewed flag of the entry whose section moves, with the keyboard.
            for (int i = 0; i < tree->topLevelItemCount(); ++i) {
                auto *item = tree->topLevelItem(i);
                const auto change = review.changes[i];
                if (change.entryId == sectionId && change.kind == ReviewChange::Kind::Reviewed) {
                    tree->setCurrentItem(item);
                    tree->setFocus();
                    QTest::keyClick(tree, Qt::Key_Space);
                    QCOMPARE(item->checkState(0), Qt::Unchecked);
                }
            }
            clickButton(dialog, dialog->tr("Apply Checked Changes"));
        });
        const int applied = bar->importReview(path);
        QCOMPARE(shown, int(review.changes.size()));
        QCOMPARE(applied, int(review.changes.size()) - 1);

        const auto &document = f.session.document();
        const auto &edited = document.entries[document.indexOf(textId)];
        QCOMPARE(edited.text, QStringLiteral("修复了大规模集群中监控面板加载超时的问题。\nSecond line."));
        QVERIFY(edited.edited);
        QCOMPARE(document.entries[document.indexOf(sectionId)].section, QStringLiteral("可观测性"));
        QVERIFY(!document.entries[document.indexOf(sectionId)].reviewed);
        QVERIFY(!document.entries[document.indexOf(excludedId)].included);
        QVERIFY(document.sections.contains(QStringLiteral("可观测性")));
        QVERIFY(bar->undoAction()->isEnabled());
        QVERIFY(!bar->progressLabel()->text().startsWith(QStringLiteral("0 of")));

        // A re-sync keeps the imported edits; saved and reloaded too.
        f.session.setSources(extractMergedPullRequests(f.demo.items));
        QCOMPARE(f.session.document().entries[f.session.document().indexOf(textId)].text,
            QStringLiteral("修复了大规模集群中监控面板加载超时的问题。\nSecond line."));
        QVERIFY(f.session.flush());
        const auto saved = f.store.load(f.demo.release.name, QStringLiteral("Draft 1"));
        QVERIFY(saved);
        QCOMPARE(saved->edits.value(sectionId).section, std::optional<QString>(QStringLiteral("可观测性")));

        // Undo takes the whole import back in one step.
        bar->undoAction()->trigger();
        QCOMPARE(f.session.document().entries[f.session.document().indexOf(textId)].text,
            f.session.document().entries[f.session.document().indexOf(textId)].sourceText);
        QVERIFY(f.session.document().entries[f.session.document().indexOf(excludedId)].included);
        QVERIFY(!f.session.canUndo());
    }

    void reviewersDialogCompletesFromThePeopleAndAssigns()
    {
        Fixture f;
        f.open();
        Views::NotesPanel panel(&f.session);
        panel.resize(1200, 800);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const auto section = f.session.document().sections.first();
        onNextModal([&](QWidget *modal) {
            auto *dialog = qobject_cast<Views::NotesReviewersDialog *>(modal);
            QVERIFY(dialog);
            auto *field = dialog->reviewerField(section);
            QVERIFY(field);
            QVERIFY(field->completer());
            QVERIFY(field->completer()->model()->rowCount() > 3);
            field->setFocus();
            QTest::keyClicks(field, QStringLiteral("zhou-mei"));
            auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            QTest::mouseClick(ok, Qt::LeftButton);
        });
        panel.reviewBar()->reviewersAction()->trigger();
        QCOMPARE(f.session.draft().sectionReviewers.value(section), QStringLiteral("zhou-mei"));
        QVERIFY(panel.reviewBar()->progressLabel()->text().contains(QStringLiteral("@zhou-mei")));
        QVERIFY(f.session.canUndo());
        f.session.undo();
        QVERIFY(f.session.draft().sectionReviewers.isEmpty());
    }

    void exportForReviewDialogWritesTheFiles()
    {
        Fixture f;
        f.open();
        f.session.setSectionReviewer(f.session.document().sections.first(), QStringLiteral("lin-tao"));
        Views::NotesPanel panel(&f.session);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const auto folder = f.dir.filePath(QStringLiteral("review"));
        QString message;
        connect(
            &panel, &Views::NotesPanel::message, this, [&message](const QString &text) { message = text; });
        onNextModal([&](QWidget *modal) {
            auto *dialog = qobject_cast<Views::NotesReviewExportDialog *>(modal);
            QVERIFY(dialog);
            dialog->folderField()->clear();
            QTest::keyClicks(dialog->folderField(), folder);
            QTest::mouseClick(dialog->checklistBox(), Qt::LeftButton);
            QVERIFY(dialog->perReviewerButton()->isChecked());
            QTest::keyClick(dialog, Qt::Key_Return);
        });
        panel.reviewBar()->exportAction()->trigger();
        const auto written = QDir(folder).entryList(QDir::Files, QDir::Name);
        QCOMPARE(written,
            (QStringList {QStringLiteral("v4.1.3-review-lin-tao.csv"),
                QStringLiteral("v4.1.3-review-lin-tao.md"), QStringLiteral("v4.1.3-review-unassigned.csv"),
                QStringLiteral("v4.1.3-review-unassigned.md")}));
        QVERIFY2(message.contains(QStringLiteral("4")), qPrintable(message));
    }

    void sincePublicationCountsNewEditedAndRemoved()
    {
        Fixture f;
        f.open();
        QVERIFY(!changesSincePublication(f.session.document(), f.session.draft()).published);
        f.session.markPublished(QDateTime(QDate(2026, 11, 30), QTime(8, 0), QTimeZone::UTC));
        QVERIFY(changesSincePublication(f.session.document(), f.session.draft()).isEmpty());

        QStringList included;
        for (const auto &entry : f.session.document().entries) {
            if (entry.included)
                included.append(entry.id);
        }
        QVERIFY(included.size() > 3);
        f.session.setEntryText(included[0], QStringLiteral("Changed after the publication."));
        f.session.setEntryIncluded(included[1], false);
        auto items = f.demo.items;
        Api::Item fresh;
        for (const auto &item : std::as_const(items)) {
            // A change of the main branch: the demo's cherry-picks onto maintained branches fold into
            // the entries of their originals.
            if (item.isPullRequest() && item.state == Api::Item::State::Merged && item.links.isEmpty()
                && item.baseRef == f.demo.release.mainBranch
                && item.body.contains(QLatin1StringView("```release-note")))
                fresh = item;
        }
        fresh.key.number = 99999;
        fresh.title = QStringLiteral("A change merged after the publication");
        fresh.body = QStringLiteral("```release-note\nA change merged after the publication.\n```\n");
        fresh.labels = {{QStringLiteral("kind/feature"), QStringLiteral("ededed"), {}}};
        items.append(fresh);
        f.session.setSources(extractMergedPullRequests(items));
        const auto changes = changesSincePublication(f.session.document(), f.session.draft());
        QCOMPARE(changes.added, QStringList {fresh.key.qualifiedReference()});
        QCOMPARE(changes.edited, QStringList {included[0]});
        QCOMPARE(changes.removed, QStringList {included[1]});
        QVERIFY(publicationChangesText(changes).contains(QStringLiteral("1 new, 1 edited, 1 removed")));

        // Saved with the draft.
        QVERIFY(f.session.flush());
        const auto saved = f.store.load(f.demo.release.name, QStringLiteral("Draft 1"));
        QVERIFY(saved && saved->publishedAt.isValid());
        QCOMPARE(saved->publishedEntries.size(), f.session.draft().publishedEntries.size());

        // The composer shows it, and Publish says it before updating the draft release.
        Views::NotesPanel panel(&f.session);
        panel.setRelease(f.demo.release);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(panel.reviewBar()->publicationLabel()->text().contains(QStringLiteral("1 new")));
        QString said;
        onNextModal([&said](QWidget *modal) {
            if (auto *label = modal->findChild<QLabel *>(QStringLiteral("sincePublication")))
                said = label->text();
            QTest::keyClick(modal, Qt::Key_Escape);
        });
        bool requested = false;
        connect(&panel, &Views::NotesPanel::publishRequested, this, [&requested] { requested = true; });
        QMetaObject::invokeMethod(&panel, [&panel] {
            for (auto *action : panel.findChildren<QAction *>()) {
                if (action->text() == Views::NotesPanel::tr("Publish Draft Release…"))
                    return action->trigger();
            }
        });
        QVERIFY2(said.contains(QStringLiteral("1 new, 1 edited, 1 removed")), qPrintable(said));
        QVERIFY(!requested);
    }

    void exportDialogAsksForRemoteImages()
    {
        Views::NotesExportDialog dialog(QStringLiteral("v4.1.3"));
        QVERIFY(!dialog.remoteImagesBox()->isEnabled()); // Markdown first: nothing to load
        dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findData(QStringLiteral("html")));
        QVERIFY(dialog.remoteImagesBox()->isEnabled());
        QVERIFY(dialog.path().endsWith(QStringLiteral("v4.1.3.html")));
        QVERIFY(!dialog.options().remoteImages);
        QTest::mouseClick(dialog.remoteImagesBox(), Qt::LeftButton);
        QVERIFY(dialog.options().remoteImages);
        dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findData(QStringLiteral("pdf")));
        QVERIFY(!dialog.options().remoteImages); // a PDF never embeds them
    }
};

QTEST_MAIN(NotesReviewTest)
#include "tst_notesreview.moc"

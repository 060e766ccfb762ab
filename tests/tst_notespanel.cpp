// The composer panel offscreen: keyboard editing of entries, the Markdown editor and its theme, the
// preview (no markup from GitHub), exports, and a draft that survives kill -9 while typing.
#include "demoworkspace.h"
#include "drafterconfigdialog.h"
#include "itemdetailspanel.h"
#include "markdowneditor.h"
#include "notespanel.h"
#include "support/demonotessession.h"

#include "notes/notesentrymodel.h"
#include "notes/notessession.h"
#include "notes/notestemplate.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextLayout>
#include <QTreeWidget>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Models;

/// Counts one type of event a widget receives.
class EventCounter : public QObject
{
public:
    EventCounter(QObject *target, QEvent::Type type, int *count)
        : m_type(type)
        , m_count(count)
    {
        target->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == m_type)
            ++*m_count;
        return false;
    }

private:
    QEvent::Type m_type;
    int *m_count;
};

namespace {
/// Shows an editor small enough that a few hundred lines scroll.
bool showSmall(Views::MarkdownEditor &editor)
{
    editor.resize(420, 300);
    editor.show();
    return QTest::qWaitForWindowExposed(&editor);
}
} // namespace

class NotesPanelTest : public QObject
{
    Q_OBJECT

    struct Fixture : Testing::DemoNotesSession
    {
        std::unique_ptr<Views::NotesPanel> panel;

        void open()
        {
            session.setAutosaveDelay(std::chrono::milliseconds(50));
            QVERIFY(openDraft());
            panel = std::make_unique<Views::NotesPanel>(&session);
            panel->setRelease(demo.release);
            panel->resize(1400, 900);
            panel->show();
            QVERIFY(QTest::qWaitForWindowExposed(panel.get()));
        }
    };

private Q_SLOTS:
    void keyboardMergeMoveAndEdit()
    {
        Fixture f;
        f.open();
        QAbstractItemModelTester tester(
            f.panel->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *table = f.panel->entriesView();
        QVERIFY(table->model()->rowCount() > 20);
        const int before = int(f.session.document().entries.size());

        // Select two entries with the keyboard and merge them with Ctrl+M.
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, NotesEntryModel::TextColumn));
        const auto firstId = f.panel->selectedIds().value(0);
        QTest::keyClick(table, Qt::Key_Down, Qt::ShiftModifier);
        QCOMPARE(f.panel->selectedIds().size(), 2);
        QVERIFY(f.panel->mergeAction()->isEnabled());
        QTest::keyClick(table, Qt::Key_M, Qt::ControlModifier);
        QCOMPARE(int(f.session.document().entries.size()), before - 1);
        const auto merged = f.session.document().entries[f.session.document().indexOf(firstId)];
        QCOMPARE(merged.sources.size(), 2);

        // Split it again (Ctrl+Shift+M) with the merged entry selected.
        f.panel->selectEntry(firstId);
        QTest::keyClick(table, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(int(f.session.document().entries.size()), before);

        // Alt+Down moves the entry down within its group; the selection follows it.
        f.panel->selectEntry(firstId);
        const int rowBefore = f.session.document().indexOf(firstId);
        QTest::keyClick(table, Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(f.session.document().indexOf(firstId), rowBefore + 1);
        QCOMPARE(f.panel->selectedIds(), QStringList {firstId});

        // Edit the note in place: F2, type, Enter.
        f.panel->selectEntry(firstId);
        QTest::keyClick(table, Qt::Key_F2);
        auto *editor = QApplication::focusWidget();
        QVERIFY(editor && editor != table);
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(editor, QStringLiteral("Rewritten from the keyboard."));
        QTest::keyClick(editor, Qt::Key_Return);
        // The delegate commits on Return through a queued call.
        QTRY_COMPARE(f.session.document().entries[f.session.document().indexOf(firstId)].text,
            QStringLiteral("Rewritten from the keyboard."));
        QTRY_VERIFY(
            f.panel->editor()->toPlainText().contains(QStringLiteral("Rewritten from the keyboard.")));
    }

    void theFilterWaitsForThePauseThenMatchesEveryWord()
    {
        Fixture f;
        f.open();
        auto *proxy = f.panel->proxy();
        const int all = proxy->rowCount();
        QVERIFY(all > 20);
        auto *filter = f.panel->filterField();
        filter->setFocus();
        QElapsedTimer typing;
        typing.start();
        QTest::keyClicks(filter, QStringLiteral("fix"));
        // Still typing: nothing filtered yet (unless the machine stalled past the delay).
        if (typing.elapsed() < Views::NotesPanel::filterDelayMs / 2)
            QCOMPARE(proxy->rowCount(), all);
        QTRY_VERIFY(proxy->rowCount() < all);
        const int fixes = proxy->rowCount();
        QVERIFY(fixes > 0);
        for (int row = 0; row < fixes; ++row)
            QVERIFY(proxy->index(row, 0).data(NotesEntryModel::FilterTextRole).toString().contains(u"fix"));
        // A second word narrows; Enter applies at once.
        QTest::keyClicks(filter, QStringLiteral(" zzzunlikely"));
        QTest::keyClick(filter, Qt::Key_Return);
        QCOMPARE(proxy->rowCount(), 0);
        filter->clear();
        QTRY_COMPARE(proxy->rowCount(), all);
    }

    void aFilterPaintsTheEntriesOnce()
    {
        // A large release's table costs 15-20 ms a paint. The stretched text column, resized as the
        // scroll bar came and went, painted it twice.
        Fixture f;
        f.open();
        f.panel->resize(1400, 600);
        auto *table = f.panel->entriesView();
        QTRY_VERIFY(table->verticalScrollBar()->maximum() > 0); // matching all rows scrolls
        for (int turn = 0; turn < 5; ++turn)
            QCoreApplication::processEvents(); // the resize has painted
        auto *filter = f.panel->filterField();
        filter->setFocus();
        int paints = 0;
        EventCounter counter(table->viewport(), QEvent::Paint, &paints);
        // None, all, some, none: the scroll bar's range comes and goes.
        for (const auto &words : {QStringLiteral("zzzunlikely"), QString(), QStringLiteral("fix"),
                 QStringLiteral("zzzunlikely")}) {
            paints = 0;
            filter->setText(words);
            QTest::keyClick(filter, Qt::Key_Return);
            QTRY_VERIFY(paints > 0);
            // Qt's table and header resize and repaint on zero-length timers: give them their turns.
            for (int turn = 0; turn < 5; ++turn)
                QCoreApplication::processEvents();
            QVERIFY2(paints == 1, qPrintable(QStringLiteral("\"%1\": %2 paints").arg(words).arg(paints)));
        }
    }

    void templatePickerFollowsTheTeamsTemplates()
    {
        Fixture f;
        f.open();
        QComboBox *picker = nullptr;
        for (auto *combo : f.panel->findChildren<QComboBox *>()) {
            if (combo->accessibleName() == QStringLiteral("Template"))
                picker = combo;
        }
        QVERIFY(picker);
        const int builtIn = picker->count();
        auto imported = NotesTemplate::kubeSphere();
        imported.id = QStringLiteral("team-1");
        imported.name = QStringLiteral("Team template");
        f.session.setUserTemplates({imported}); // as a team file import does
        QCOMPARE(picker->count(), builtIn + 1);
        QVERIFY(picker->findData(QStringLiteral("team-1")) >= 0);
        f.session.setUserTemplates({});
        QCOMPARE(picker->count(), builtIn);
    }

    void typingInTheEditorDetachesTheDocument()
    {
        Fixture f;
        f.open();
        auto *editor = f.panel->editor();
        QSignalSpy detached(&f.session, &NotesSession::detachedChanged);
        editor->setFocus();
        editor->moveCursor(QTextCursor::End);
        QTest::keyClick(editor, Qt::Key_Return);
        QTest::keyClicks(editor, QStringLiteral("Typed by hand."));
        QVERIFY(f.session.isDetached());
        QCOMPARE(detached.size(), 1);
        QVERIFY(f.session.markdown().endsWith(QStringLiteral("Typed by hand.")));
        // A table edit no longer changes the document, and the editor keeps the typed text.
        f.session.setEntryText(
            f.session.document().entries.first().id, QStringLiteral("Changed in the table."));
        QVERIFY(editor->toPlainText().endsWith(QStringLiteral("Typed by hand.")));
        QVERIFY(!editor->toPlainText().contains(QStringLiteral("Changed in the table.")));
    }

    void previewShowsGitHubTextAsText()
    {
        Fixture f;
        auto item = f.demo.items.first();
        item.key.number = 99999;
        item.kind = Api::Item::Kind::PullRequest;
        item.state = Api::Item::State::Merged;
        item.mergedAt = QDateTime::currentDateTimeUtc();
        item.body = QStringLiteral("```release-note\nShow <b>bold</b> and <img "
                                   "src=\"https://example.com/x.png\" onerror=alert(1)> as text.\n```");
        f.demo.items.append(item);
        f.open();
        auto *preview = f.panel->preview();
        auto *tabs = qobject_cast<QTabWidget *>(preview->parentWidget()->parentWidget());
        QVERIFY(tabs);
        tabs->setCurrentWidget(preview); // the preview is rendered when someone looks at it
        QTRY_VERIFY(preview->toPlainText().contains(QStringLiteral("Show <b>bold</b> and <img")));
        QVERIFY(!preview->toHtml().contains(QStringLiteral("<img")));
        QCOMPARE(f.panel->preview()->document()->resource(
                     QTextDocument::ImageResource, QUrl(QStringLiteral("https://example.com/x.png"))),
            QVariant());
    }

    void editorThemeFollowsThePalette()
    {
        Views::MarkdownEditor editor;
        const auto light = editor.themeName();
        QPalette dark = editor.palette();
        dark.setColor(QPalette::Base, QColor(30, 30, 30));
        dark.setColor(QPalette::Text, QColor(230, 230, 230));
        editor.setPalette(dark);
        QVERIFY2(editor.themeName() != light, qPrintable(light));
        editor.setPalette(QApplication::palette());
        QCOMPARE(editor.themeName(), light);
    }

    void regeneratedTextRepaintsOnlyWhatTheReaderSees()
    {
        // A regenerated document changes one line; when that line is off screen the view must not
        // repaint (a full repaint of highlighted text costs several milliseconds), yet the scroll
        // bar must follow the document's new size and the cursor must stay on its text.
        Views::MarkdownEditor editor;
        editor.setReadOnly(true); // no blinking cursor to repaint; the cursor still moves with its text
        QVERIFY(showSmall(editor));
        QStringList lines;
        for (int i = 0; i < 300; ++i)
            lines.append(
                QStringLiteral("- Entry %1: a note long enough to wrap in this narrow editor, so the "
                               "height of its line depends on its text.")
                    .arg(i));
        editor.setTextKeepingView(lines.join(u'\n'));
        QTRY_VERIFY(editor.verticalScrollBar()->maximum() > 0);
        auto cursor = editor.textCursor();
        cursor.setPosition(int(lines.first().size() + 3)); // on the second line
        editor.setTextCursor(cursor);
        QApplication::processEvents();
        int paints = 0;
        EventCounter counter(editor.viewport(), QEvent::Paint, &paints);
        const int maximumBefore = editor.verticalScrollBar()->maximum();

        // Far below the view: one line becomes three, so the scroll bar grows.
        lines[280] = QStringLiteral("- Short.\n- Added.\n- Added too.");
        editor.setTextKeepingView(lines.join(u'\n'));
        QApplication::processEvents();
        QCOMPARE(editor.toPlainText(), lines.join(u'\n'));
        QCOMPARE(paints, 0);
        QVERIFY2(editor.verticalScrollBar()->maximum() > maximumBefore,
            qPrintable(
                QStringLiteral("%1 <= %2").arg(editor.verticalScrollBar()->maximum()).arg(maximumBefore)));

        lines[0] = QStringLiteral("- Changed where the reader is looking."); // on screen: repainted
        editor.setTextKeepingView(lines.join(u'\n'));
        QTRY_VERIFY(paints > 0);
        QCOMPARE(editor.toPlainText(), lines.join(u'\n'));
        // The cursor moved with its text (the first line got shorter before it).
        QCOMPARE(editor.textCursor().position(), int(lines.first().size() + 3));
    }

    void aFenceChangedAboveTheViewRecoloursWhatItShows()
    {
        // Closing a code fence above the view changes nothing on screen but the colours of every line
        // on it: the highlighter re-colours them (KSyntaxHighlighting on the next event-loop turn), and
        // that must repaint although the edit itself was off screen and its repaints silenced.
        Views::MarkdownEditor editor;
        QVERIFY(showSmall(editor));
        QStringList lines {QStringLiteral("```")};
        for (int i = 0; i < 200; ++i)
            lines.append(QStringLiteral("- Entry %1 with **bold** words.").arg(i));
        editor.setTextKeepingView(lines.join(u'\n'));
        QTRY_VERIFY(editor.verticalScrollBar()->maximum() > 100);
        editor.verticalScrollBar()->setValue(100); // the fence is far above the view
        QApplication::processEvents();
        int paints = 0;
        EventCounter counter(editor.viewport(), QEvent::Paint, &paints);

        QSignalSpy edited(&editor, &Views::MarkdownEditor::userEdited);
        lines[0] = QStringLiteral("``x"); // no longer a fence: the lines below are a list again
        editor.setTextKeepingView(lines.join(u'\n'));
        QTRY_VERIFY(paints > 0);
        QCOMPARE(editor.verticalScrollBar()->value(), 100);
        // The re-colouring ends in textChanged(), but nobody typed.
        QVERIFY(edited.isEmpty());
    }

    void theEditorKeepsShapedTextForAtMostItsBudgetOfBlocks()
    {
        // Blocks on screen keep their shaped glyphs between paints (re-shaping a view of highlighted
        // Markdown cost 4-8 ms a paint); reading through a long document, edited on the way, must
        // not keep them all, and letting them go must not repaint the view.
        Views::MarkdownEditor editor;
        editor.setReadOnly(true); // no blinking cursor to repaint
        QVERIFY(showSmall(editor));
        QStringList lines;
        for (int i = 0; i < 3 * Views::MarkdownEditor::shapedBlockBudget; ++i)
            lines.append(QStringLiteral("- Entry %1 with **bold** words.").arg(i));
        editor.setTextKeepingView(lines.join(u'\n'));
        auto *bar = editor.verticalScrollBar();
        QTRY_VERIFY(bar->maximum() > 0);
        const auto readOn = [&editor, bar](int from) {
            for (int value = from; value <= bar->maximum(); value += bar->pageStep()) {
                bar->setValue(value);
                QCoreApplication::processEvents();
            }
        };
        readOn(0);
        // Lines added near the top move every block after them to another number.
        for (int i = 0; i < 50; ++i)
            lines.insert(10, QStringLiteral("- Added %1.").arg(i));
        editor.setTextKeepingView(lines.join(u'\n'));
        readOn(bar->maximum() / 2);
        const auto keeping = [&editor] {
            int count = 0;
            for (auto block = editor.document()->begin(); block.isValid(); block = block.next())
                count += block.layout()->cacheEnabled() ? 1 : 0;
            return count;
        };
        // Pages painted at once, with no turn of the event loop between them, leave the release
        // to run while paints are counted.
        for (int value = 0; value <= bar->maximum(); value += bar->pageStep()) {
            bar->setValue(value);
            editor.viewport()->repaint();
        }
        QCoreApplication::sendPostedEvents(&editor, QEvent::UpdateRequest);
        QVERIFY2(
            keeping() > Views::MarkdownEditor::shapedBlockBudget, qPrintable(QString::number(keeping())));
        int paints = 0;
        EventCounter counter(editor.viewport(), QEvent::Paint, &paints);
        QTRY_VERIFY2(
            keeping() <= Views::MarkdownEditor::shapedBlockBudget, qPrintable(QString::number(keeping())));
        QCOMPARE(paints, 0);
        // What is shown keeps its glyphs.
        QVERIFY(editor.cursorForPosition({4, 4}).block().layout()->cacheEnabled());
        QCOMPARE(editor.toPlainText(), lines.join(u'\n'));
    }

    void regeneratedTextReplacesExactlyWhatChanged()
    {
        // Only the differing span is replaced, found by comparing blocks of the old and new text: edits
        // at the start, at the end, across block boundaries and of every size must leave exactly the
        // new text, and the text the editor keeps must be the document's.
        Views::MarkdownEditor editor;
        QRandomGenerator random(7);
        QString text;
        for (int i = 0; i < 120; ++i)
            text += QStringLiteral("- Entry %1 %2\n").arg(i).arg(QString(random.bounded(40), u'x'));
        editor.setTextKeepingView(text);
        QCOMPARE(editor.toPlainText(), text);
        for (int round = 0; round < 300; ++round) {
            const auto from = random.bounded(text.size() + 1);
            const auto removed = random.bounded(std::min<qsizetype>(text.size() - from, 600) + 1);
            const QString added = round % 3 == 0
                ? QString()
                : QStringLiteral("[%1]").arg(round).repeated(random.bounded(1, 80));
            text.replace(from, removed, added);
            editor.setTextKeepingView(text);
            QCOMPARE(editor.toPlainText(), text);
            QCOMPARE(editor.text(), text);
        }
    }

    void theKeptTextIsTheDocumentsEvenForLineBreaksAndSpacesItRewrites()
    {
        // A document keeps a CRLF as one break and reads separators back as line feeds and no-break
        // spaces as spaces; the editor keeps its text in that form, and forgets it when anyone else
        // changes the document (typing, undo, setPlainText).
        Views::MarkdownEditor editor;
        const QString rewritten = QStringLiteral("a\r\nb\rc") + QChar(QChar::LineSeparator) + u'd'
            + QChar(QChar::ParagraphSeparator) + u'e' + QChar(QChar::Nbsp) + QStringLiteral("f\tg\u202eh\n");
        editor.setTextKeepingView(rewritten);
        QCOMPARE(editor.text(), editor.toPlainText());
        // The document holds what was set: the no-break space and the line separator stay.
        QTextCursor all(editor.document());
        all.select(QTextCursor::Document);
        QVERIFY(all.selectedText().contains(QChar(QChar::Nbsp)));
        QVERIFY(all.selectedText().contains(QChar(QChar::LineSeparator)));
        editor.setTextKeepingView(rewritten + QStringLiteral("more\r\n"));
        QCOMPARE(editor.text(), editor.toPlainText());
        QVERIFY(editor.toPlainText().endsWith(QStringLiteral("h\nmore\n")));

        editor.moveCursor(QTextCursor::End);
        QTest::keyClicks(&editor, QStringLiteral("typed"));
        QVERIFY(editor.text().endsWith(QStringLiteral("typed")));
        editor.undo();
        QCOMPARE(editor.text(), editor.toPlainText());
        editor.setPlainText(QStringLiteral("set from outside"));
        QCOMPARE(editor.text(), QStringLiteral("set from outside"));
        editor.setTextKeepingView(QStringLiteral("set from outside, then regenerated"));
        QCOMPARE(editor.toPlainText(), QStringLiteral("set from outside, then regenerated"));
    }

    void exportsEveryFormat()
    {
        Fixture f;
        f.open();
        for (const auto *suffix : {"md", "html", "json", "pdf"}) {
            const auto path = f.dir.filePath(QStringLiteral("notes.") + QLatin1StringView(suffix));
            QString error;
            QVERIFY2(f.panel->exportTo(path, &error), qPrintable(error));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const auto bytes = file.readAll();
            QVERIFY2(bytes.size() > 1000, suffix);
            if (qstrcmp(suffix, "md") == 0)
                QVERIFY(bytes.startsWith("- [v4.1.3](#v413)"));
            if (qstrcmp(suffix, "html") == 0)
                QVERIFY(bytes.contains("<h1") && bytes.contains("v4.1.3"));
            if (qstrcmp(suffix, "json") == 0)
                QVERIFY(QJsonDocument::fromJson(bytes).object().contains(QStringLiteral("entries")));
            if (qstrcmp(suffix, "pdf") == 0)
                QVERIFY(bytes.startsWith("%PDF-"));
        }
        QString error;
        QVERIFY(!f.panel->exportTo(f.dir.filePath(QStringLiteral("missing/folder/notes.md")), &error));
        QVERIFY(error.contains(QStringLiteral("missing/folder")));
    }

    void draftSurvivesKillWhileTyping()
    {
        QTemporaryDir dir;
        QProcess typer;
        typer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        typer.start(QStringLiteral(NOTES_TYPER), {dir.path()});
        QVERIFY(typer.waitForStarted());
        int saves = 0;
        qsizetype lastSaved = 0;
        while (saves < 4) {
            if (!typer.canReadLine())
                QVERIFY2(typer.waitForReadyRead(30000), "the typer stopped saving");
            while (typer.canReadLine()) {
                const auto line = typer.readLine().trimmed();
                QVERIFY(line.startsWith("saved "));
                lastSaved = line.mid(6).toLongLong();
                ++saves;
            }
        }
        typer.kill(); // SIGKILL while it types: no destructor, no flush
        QVERIFY(typer.waitForFinished());
        QCOMPARE(typer.exitStatus(), QProcess::CrashExit);

        // Restart: the draft opens, and holds at least everything reported saved.
        NotesDraftStore store(dir.path());
        NotesSession session(&store);
        const auto demo = DemoWorkspace::generate(QDate(2026, 11, 25));
        QString error;
        QVERIFY2(session.open(demo.release.name, QStringLiteral("Draft 1"), &error), qPrintable(error));
        QVERIFY(session.isDetached());
        QVERIFY2(session.markdown().size() >= lastSaved,
            qPrintable(QStringLiteral("%1 < %2").arg(session.markdown().size()).arg(lastSaved)));
        QVERIFY(session.markdown().contains(QStringLiteral("Known issue: typing continues")));
        QVERIFY(!store.history(demo.release.name, QStringLiteral("Draft 1")).isEmpty());
    }

    void drafterDialogShowsEachOptionAndExportsTheFile()
    {
        QString error;
        const auto imported = NotesTemplate::fromReleaseDrafterYaml("name-template: v$RESOLVED_VERSION\n"
                                                                    "autolabeler: []\n"
                                                                    "include-paths: [src/]\n"
                                                                    "colour: blue\n"
                                                                    "template: $CHANGES\n",
            &error);
        QVERIFY2(imported, qPrintable(error));
        int previews = 0;
        Views::DrafterConfigDialog dialog(*imported, [&](const NotesTemplate &notesTemplate) {
            ++previews;
            DrafterInput input;
            input.version = QStringLiteral("2.4.0");
            return draftRelease(notesTemplate.drafter, {}, {}, input);
        });
        QStringList rows;
        for (int i = 0; i < dialog.optionList()->topLevelItemCount(); ++i) {
            const auto *item = dialog.optionList()->topLevelItem(i);
            rows.append(item->text(0) + QLatin1Char(':') + item->text(1) + QLatin1Char(':') + item->text(2));
        }
        QCOMPARE(rows,
            (QStringList {QStringLiteral("name-template:1:Used"), QStringLiteral("autolabeler:2:Ignored"),
                QStringLiteral("include-paths:3:Not supported"), QStringLiteral("colour:4:Unknown, skipped"),
                QStringLiteral("template:5:Used")}));
        QVERIFY2(
            dialog.summaryText().contains(QStringLiteral("\"v2.4.0\"")), qPrintable(dialog.summaryText()));

        // Edited in the window, refused with the line, then accepted and exported.
        dialog.yamlEditor()->setPlainText(QStringLiteral("template: $CHANGES\nsort-by: size\n"));
        QVERIFY(!dialog.applyEdits());
        dialog.yamlEditor()->setPlainText(
            QStringLiteral("tag-template: x$RESOLVED_VERSION\ntemplate: |\n  ## Notes\n  $CHANGES\n"));
        QVERIFY(dialog.applyEdits());
        QVERIFY(dialog.summaryText().contains(QStringLiteral("\"x2.4.0\"")));
        QTemporaryDir dir;
        const auto path = dir.filePath(QStringLiteral("release-drafter.yml"));
        QVERIFY(dialog.exportTo(path, &error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto reread = ReleaseDrafterConfig::fromYaml(file.readAll(), &error);
        QVERIFY2(reread, qPrintable(error));
        QCOMPARE(reread->bodyTemplate, QStringLiteral("## Notes\n$CHANGES\n"));
        QCOMPARE(reread->tagTemplate, QStringLiteral("x$RESOLVED_VERSION"));
        QCOMPARE(dialog.notesTemplate().drafter, *reread);
        QVERIFY(previews >= 2);
    }
};

QTEST_MAIN(NotesPanelTest)
#include "tst_notespanel.moc"

// Helper for tst_notespanel's crash test: opens the composer on a drafts folder and types into the
// Markdown editor with real key events, printing "saved N" each time the draft reaches the disk with
// N characters, until the test kills it with SIGKILL.
#include "demoworkspace.h"
#include "markdowneditor.h"
#include "notespanel.h"

#include "notes/notesdraftstore.h"
#include "notes/notessession.h"

#include <QApplication>
#include <QTest>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

using namespace ReleaseDesk;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: notestyper DRAFTS_DIR\n");
        return 2;
    }
    Models::NotesDraftStore store(QString::fromLocal8Bit(argv[1]));
    Models::NotesSession session(&store);
    session.setAutosaveDelay(std::chrono::milliseconds(100));
    const auto demo = Models::DemoWorkspace::generate(QDate(2026, 11, 25));
    QString error;
    if (!session.open(demo.release.name, QStringLiteral("Draft 1"), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    session.setSources(Models::extractMergedPullRequests(demo.items));
    Views::NotesPanel panel(&session);
    panel.resize(1200, 800);
    panel.show();
    QTextStream out(stdout);
    // What reached the disk, read back from it: the session saves on a worker, and its draft has
    // grown by the time the save is reported.
    QObject::connect(&session, &Models::NotesSession::saved, &app, [&] {
        const auto onDisk = store.load(demo.release.name, QStringLiteral("Draft 1"));
        out << "saved " << (onDisk ? onDisk->detachedMarkdown.value_or(QString()).size() : 0) << Qt::endl;
    });
    auto *editor = panel.editor();
    editor->setFocus();
    editor->moveCursor(QTextCursor::End);
    const QString words = QStringLiteral("Known issue: typing continues until the test pulls the plug. ");
    int next = 0;
    QTimer typing;
    QObject::connect(&typing, &QTimer::timeout, &app, [&] {
        QTest::keyClick(editor, words[next % words.size()].toLatin1());
        ++next;
    });
    typing.start(5);
    return QApplication::exec();
}

// Exports that are safe to publish: hostile notes (script links, remote and local images, raw HTML,
// entities, direction overrides, private addresses) exported in every format and the files scanned;
// the lint names each problem on its entry.
#include "notes/extractednote.h"
#include "notes/notesdocument.h"
#include "notes/notesexport.h"
#include "notes/notesrenderer.h"
#include "notes/notestemplate.h"

#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Models;

namespace {

Api::Item pullRequest(int number, const QString &note)
{
    Api::Item item;
    item.key = {Api::RepositoryRef::fromString(QStringLiteral("kubesphere/kubesphere")), number};
    item.kind = Api::Item::Kind::PullRequest;
    item.state = Api::Item::State::Merged;
    item.author = QStringLiteral("mallory");
    item.title = QStringLiteral("Title %1").arg(number);
    item.body = QStringLiteral("```release-note\r\n%1\r\n```\r\n").arg(note);
    item.url = QUrl(QStringLiteral("https://github.com/kubesphere/kubesphere/pull/%1").arg(number));
    item.mergedAt = QDateTime(QDate(2024, 10, 1), QTime(12, number % 60), QTimeZone::UTC);
    item.labels = {{QStringLiteral("kind/bug"), QStringLiteral("ededed"), {}},
        {QStringLiteral("area/devops"), QStringLiteral("ededed"), {}}};
    return item;
}

struct Hostile
{
    int number;
    QString note;
    LintWarnings expected;
};

QList<Hostile> hostileNotes(const QString &localImage)
{
    return {
        {1, QStringLiteral("Fix the [dashboard](javascript:alert(document.cookie)) link."),
            LintWarning::UnsafeLink},
        {2, QStringLiteral("Show the ![logo](http://tracker.example.com/pixel.png) on the page."),
            LintWarning::RemoteImage},
        {3, QStringLiteral("Fix <script>alert(1)</script> and <img src=x onerror=alert(2)> in titles."),
            LintWarning::RawHtml},
        {4, QStringLiteral("Open the <a href=\"vbscript:msgbox\">settings</a> page."),
            LintWarning::RawHtml | LintWarning::UnsafeLink},
        {5, QStringLiteral("Support the \u202Egnp.exe\u202C attachment names."),
            LintWarning::DirectionControl},
        {6, QStringLiteral("See https://jenkins.corp/job/42 and http://10.0.3.7:8080/status for details."),
            LintWarning::PrivateUrl},
        {7, QStringLiteral("Add a [data link](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)."),
            LintWarning::UnsafeLink},
        {8, QStringLiteral("Embed ![secret](file://%1) in the report.").arg(localImage),
            LintWarning::UnsafeLink},
        {9, QStringLiteral("Entities &#x202E; and &lt;b&gt; stay text."), LintWarning::RawHtml},
        // Safe: a web link, a mail link and HTML shown as code.
        {10,
            QStringLiteral("Read the [guide](https://kubesphere.io/docs/) or mail "
                           "[us](mailto:team@kubesphere.io); `<b>` is bold."),
            {}},
    };
}

const QList<LintWarning> publicationFlags = {LintWarning::RawHtml, LintWarning::UnsafeLink,
    LintWarning::RemoteImage, LintWarning::DirectionControl, LintWarning::PrivateUrl};

LintWarnings publicationOnly(LintWarnings warnings)
{
    LintWarnings out;
    for (auto flag : publicationFlags) {
        if (warnings.testFlag(flag))
            out |= flag;
    }
    return out;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class NotesSafetyTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_localImage;
    NotesDocument m_document;
    QString m_markdown;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_localImage = m_dir.filePath(QStringLiteral("secret.png"));
        QImage image(8, 8, QImage::Format_RGB32);
        image.fill(Qt::red);
        QVERIFY(image.save(m_localImage));
        QList<Api::Item> items;
        for (const auto &hostile : hostileNotes(m_localImage))
            items.append(pullRequest(hostile.number, hostile.note));
        m_document = composeNotes(extractMergedPullRequests(items), NotesDraft {});
        QCOMPARE(m_document.entries.size(), 10);
        m_markdown = renderNotesMarkdown(m_document, NotesTemplate::kubeSphere(), {});
    }

    void lintNamesEachProblemPerEntry()
    {
        for (const auto &hostile : hostileNotes(m_localImage)) {
            const int row = m_document.indexOf(
                QStringLiteral("github.com/kubesphere/kubesphere#%1").arg(hostile.number));
            QVERIFY(row >= 0);
            const auto found = publicationOnly(m_document.entries[row].warnings);
            QVERIFY2(found == hostile.expected,
                qPrintable(QStringLiteral("#%1: %2 instead of %3")
                               .arg(hostile.number)
                               .arg(found.toInt(), 0, 16)
                               .arg(hostile.expected.toInt(), 0, 16)));
            if (hostile.expected)
                QVERIFY(!lintWarningMessages(found).isEmpty());
        }
    }

    void markdownEscapesRawHtml()
    {
        const auto path = m_dir.filePath(QStringLiteral("notes.md"));
        QString error;
        QVERIFY2(exportNotesFile(path, m_markdown, m_document, QStringLiteral("v1"), {}, &error),
            qPrintable(error));
        const auto markdown = QString::fromUtf8(readAll(path));
        // Every "<" a note typed before a tag name is escaped outside code spans; entities too.
        static const QRegularExpression rawTag(QStringLiteral("(?<![\\\\`])<(?:script|img|a |/?b>)"));
        QVERIFY2(!rawTag.match(markdown).hasMatch(), qPrintable(rawTag.match(markdown).captured(0)));
        QVERIFY(markdown.contains(QStringLiteral("\\<script>")));
        QVERIFY(markdown.contains(QStringLiteral("\\&#x202E;")));
        QVERIFY(markdown.contains(QStringLiteral("`<b>`"))); // code stays as typed

        // A template that allows HTML keeps it.
        auto withHtml = NotesTemplate::kubeSphere();
        withHtml.allowRawHtml = true;
        QVERIFY(renderNotesMarkdown(m_document, withHtml, {})
                    .contains(QStringLiteral("<script>alert(1)</script>")));
    }

    void htmlKeepsOnlySafeLinksAndNoImages()
    {
        const auto path = m_dir.filePath(QStringLiteral("notes.html"));
        QString error;
        QVERIFY2(exportNotesFile(path, m_markdown, m_document, QStringLiteral("v1 <script>"), {}, &error),
            qPrintable(error));
        const auto html = QString::fromUtf8(readAll(path));
        QVERIFY(!html.contains(QStringLiteral("<img"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QStringLiteral("javascript:"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QStringLiteral("href=\"vbscript"), Qt::CaseInsensitive));
        QVERIFY(html.contains(QStringLiteral("&lt;a href=")));
        QVERIFY(!html.contains(QStringLiteral("data:text"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QStringLiteral("tracker.example.com")));
        QVERIFY(!html.contains(QStringLiteral("file://")));
        static const QRegularExpression href(QStringLiteral("href=\"([^\"]*)\""));
        int links = 0;
        for (auto it = href.globalMatch(html); it.hasNext();) {
            const auto target = it.next().captured(1);
            QVERIFY2(target.startsWith(QLatin1StringView("https://"))
                    || target.startsWith(QLatin1StringView("http://"))
                    || target.startsWith(QLatin1StringView("mailto:")) || target.startsWith(QLatin1Char('#')),
                qPrintable(target));
            ++links;
        }
        QVERIFY(links > 10); // the PR links, the guide, the mail address survive
        QVERIFY(html.contains(QStringLiteral("https://kubesphere.io/docs/")));
        QVERIFY(html.contains(QStringLiteral("mailto:team@kubesphere.io")));
        // The link's words stay as text; raw HTML reads as text.
        QVERIFY(html.contains(QStringLiteral("dashboard")));
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;")));

        // Asked for in the export dialog: remote http(s) images stay, local files never.
        const auto withImages = m_dir.filePath(QStringLiteral("images.html"));
        QVERIFY(exportNotesFile(withImages, m_markdown, m_document, QStringLiteral("v1"), {true}, &error));
        const auto imagesHtml = QString::fromUtf8(readAll(withImages));
        QVERIFY(imagesHtml.contains(QStringLiteral("<img src=\"http://tracker.example.com/pixel.png\"")));
        QCOMPARE(imagesHtml.count(QStringLiteral("<img")), 1);
        QVERIFY(!imagesHtml.contains(QStringLiteral("file://")));
    }

    void pdfLinksOnlyToSafeAddressesAndEmbedsNoImage()
    {
        const auto path = m_dir.filePath(QStringLiteral("notes.pdf"));
        QString error;
        QVERIFY2(exportNotesFile(path, m_markdown, m_document, QStringLiteral("v1"), {true}, &error),
            qPrintable(error));
        const auto pdf = readAll(path);
        QVERIFY(pdf.startsWith("%PDF"));
        // Link annotations are plain objects in Qt's PDFs: every /URI names a safe address.
        static const QRegularExpression uri(QStringLiteral("/URI\\s*\\(([^)]*)\\)"));
        int links = 0;
        for (auto it = uri.globalMatch(QString::fromLatin1(pdf)); it.hasNext();) {
            const auto target = it.next().captured(1);
            QVERIFY2(target.startsWith(QLatin1StringView("https://"))
                    || target.startsWith(QLatin1StringView("http://"))
                    || target.startsWith(QLatin1StringView("mailto:")) || target.startsWith(QLatin1Char('#')),
                qPrintable(target));
            ++links;
        }
        QVERIFY(links > 10);
        QVERIFY(!pdf.contains("javascript"));
        QVERIFY(!pdf.contains("data:text"));
        // No image: neither the remote one (even when asked, a PDF does not fetch) nor the local file.
        QVERIFY(!pdf.contains("/Subtype /Image"));
        QVERIFY(!pdf.contains("/Subtype/Image"));
    }

    void jsonCarriesTextNotMarkup()
    {
        const auto path = m_dir.filePath(QStringLiteral("notes.json"));
        QVERIFY(exportNotesFile(path, m_markdown, m_document, QStringLiteral("v1"), {}, nullptr));
        const auto json = readAll(path);
        QVERIFY(json.contains("\"warnings\""));
        QVERIFY(json.contains("javascript:alert")); // the note as typed, for scripts: data, not a page
    }

    void safeLinkRule_data()
    {
        QTest::addColumn<QString>("href");
        QTest::addColumn<bool>("safe");
        QTest::newRow("https") << QStringLiteral("https://github.com/x") << true;
        QTest::newRow("http") << QStringLiteral("http://example.com") << true;
        QTest::newRow("mailto") << QStringLiteral("mailto:a@b.c") << true;
        QTest::newRow("anchor") << QStringLiteral("#bug-fixes") << true;
        QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << false;
        QTest::newRow("mixed case") << QStringLiteral("JaVaScRiPt:alert(1)") << false;
        QTest::newRow("spaced") << QStringLiteral(" javascript:alert(1)") << false;
        QTest::newRow("data") << QStringLiteral("data:text/html,x") << false;
        QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << false;
        QTest::newRow("protocol relative") << QStringLiteral("//evil.example.com/x") << false;
        QTest::newRow("relative") << QStringLiteral("docs/x.md") << false;
        QTest::newRow("no host") << QStringLiteral("https:///x") << false;
    }
    void safeLinkRule()
    {
        QFETCH(QString, href);
        QFETCH(bool, safe);
        QCOMPARE(isSafeExportLink(href), safe);
    }
};

QTEST_MAIN(NotesSafetyTest)
#include "tst_notessafety.moc"

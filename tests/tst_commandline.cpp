#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

/// Runs the real executable, as a user or a script would.
class CommandLineTest : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run run(const QStringList &arguments)
    {
        QProcess process;
        auto environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        environment.remove(QStringLiteral("QT_QPA_PLATFORM")); // the app must pick offscreen itself
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(RELEASEDESK_EXECUTABLE), arguments);
        if (!process.waitForFinished(120000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QTemporaryDir m_home;

private Q_SLOTS:
    void printsVersionAndHelp()
    {
        const auto version = run({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.contains(QStringLiteral("0.1.0")));
        const auto help = run({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const auto *option : {"--workspace", "--screenshot", "--version", "--language"})
            QVERIFY2(help.out.contains(QLatin1StringView(option)), option);
    }

    void rejectsUnknownOptions()
    {
        const auto result = run({QStringLiteral("--no-such-option")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(QStringLiteral("--help")));
    }

    void screenshotIsANonEmptyPngOfTheWindow()
    {
        const auto png = m_home.filePath(QStringLiteral("shot.png"));
        const auto result = run({QStringLiteral("--workspace"), m_home.filePath(QStringLiteral("demo.sqlite")),
                                 QStringLiteral("--screenshot"), png});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(1280, 800));
        // Not a blank canvas: a rendered table has many distinct colours.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
    }

    void defaultWorkspaceIsTheDemoInTheAppDataFolder()
    {
        const auto png = m_home.filePath(QStringLiteral("default.png"));
        const auto result = run({QStringLiteral("--screenshot"), png});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(QFile::exists(m_home.filePath(QStringLiteral("data/releasedesk/workspaces/demo.sqlite"))));
    }

    void aForeignFileIsReportedAndLeftAlone()
    {
        const auto path = m_home.filePath(QStringLiteral("thesis.txt"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("chapter one\n");
        }
        const auto result = run({QStringLiteral("--workspace"), path, QStringLiteral("--screenshot"),
                                 m_home.filePath(QStringLiteral("never.png"))});
        QCOMPARE(result.exitCode, 3);
        QVERIFY(result.err.contains(QStringLiteral("not a Release Desk workspace")));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("chapter one\n"));
        QVERIFY(!QFile::exists(m_home.filePath(QStringLiteral("never.png"))));
    }
};

QTEST_GUILESS_MAIN(CommandLineTest)
#include "tst_commandline.moc"

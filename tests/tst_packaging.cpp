// The desktop integration files pass the validators desktops and software centres use, and agree with
// the application's identity (desktop file name, binary).
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

class PackagingTest : public QObject
{
    Q_OBJECT

    static QString packaging(const char *file)
    {
        return QStringLiteral(RELEASEDESK_PACKAGING_DIR "/") + QLatin1StringView(file);
    }

    static std::pair<int, QString> run(const QString &program, const QStringList &arguments)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(program, arguments);
        if (!process.waitForFinished(60000))
            return {-1, QStringLiteral("timeout")};
        return {process.exitCode(), QString::fromUtf8(process.readAll())};
    }

private Q_SLOTS:
    void desktopEntryIsValid()
    {
        const auto validator = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
        QVERIFY2(!validator.isEmpty(), "desktop-file-validate is in scripts/debian-packages.txt");
        const auto [code, output] = run(validator, {packaging("io.github.releasedesk.ReleaseDesk.desktop")});
        QVERIFY2(code == 0 && output.trimmed().isEmpty(), qPrintable(output));
    }

    void metainfoPassesAppstreamcli()
    {
        const auto appstreamcli = QStandardPaths::findExecutable(QStringLiteral("appstreamcli"));
        QVERIFY2(!appstreamcli.isEmpty(), "appstreamcli is in scripts/debian-packages.txt");
        // --no-net: CI has no internet; the screenshots' URLs are checked by format only.
        const auto [code, output] = run(appstreamcli,
            {QStringLiteral("validate"), QStringLiteral("--no-net"), QStringLiteral("--pedantic"),
                packaging("io.github.releasedesk.ReleaseDesk.metainfo.xml")});
        QVERIFY2(code == 0, qPrintable(output));
    }

    void identityAgreesWithTheApplication()
    {
        QFile desktop(packaging("io.github.releasedesk.ReleaseDesk.desktop"));
        QVERIFY(desktop.open(QIODevice::ReadOnly));
        const auto entry = desktop.readAll();
        QVERIFY(entry.contains("\nExec=releasedesk\n"));
        QVERIFY(entry.contains("\nIcon=io.github.releasedesk.ReleaseDesk\n"));
        QVERIFY(QFile::exists(packaging("io.github.releasedesk.ReleaseDesk.svg")));
        // main.cpp sets QGuiApplication::setDesktopFileName to the same id.
        QFile main(QStringLiteral(RELEASEDESK_SOURCE_DIR "/app/main.cpp"));
        QVERIFY(main.open(QIODevice::ReadOnly));
        QVERIFY(main.readAll().contains(
            "setDesktopFileName(QStringLiteral(\"io.github.releasedesk.ReleaseDesk\"))"));
    }
};

QTEST_GUILESS_MAIN(PackagingTest)
#include "tst_packaging.moc"

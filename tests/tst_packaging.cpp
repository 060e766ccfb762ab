// The desktop integration files pass the validators desktops and software centres use, and agree with
// the application's identity (desktop file name, binary).
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
        QVERIFY(QFile::exists(
            QStringLiteral(RELEASEDESK_SOURCE_DIR "/resources/icons/io.github.releasedesk.ReleaseDesk.svg")));
        // main.cpp sets QGuiApplication::setDesktopFileName to the same id.
        QFile main(QStringLiteral(RELEASEDESK_SOURCE_DIR "/app/main.cpp"));
        QVERIFY(main.open(QIODevice::ReadOnly));
        QVERIFY(main.readAll().contains(
            "setDesktopFileName(QStringLiteral(\"io.github.releasedesk.ReleaseDesk\"))"));
    }

    void pngIconsAreRenderedAtEverySize()
    {
        for (const int size : {16, 22, 24, 32, 48, 64, 128, 256, 512}) {
            const QImage icon(QStringLiteral(RELEASEDESK_BINARY_DIR "/packaging/icons/hicolor/%1x%1/apps/"
                                                                    "io.github.releasedesk.ReleaseDesk.png")
                                  .arg(size));
            QCOMPARE(icon.size(), QSize(size, size));
            // The icon's blue tile covers the middle; the corners stay transparent (rounded tile).
            QVERIFY(qAlpha(icon.pixel(size / 2, size / 2)) == 255);
            QCOMPARE(qAlpha(icon.pixel(0, 0)), 0);
        }
    }

    void flatpakManifestBuildsOnTheKdeRuntime()
    {
        QFile file(packaging("flatpak/io.github.releasedesk.ReleaseDesk.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonParseError error;
        const auto manifest = QJsonDocument::fromJson(file.readAll(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QCOMPARE(manifest.value(u"id").toString(), QStringLiteral("io.github.releasedesk.ReleaseDesk"));
        QCOMPARE(manifest.value(u"runtime").toString(), QStringLiteral("org.kde.Platform"));
        QCOMPARE(manifest.value(u"sdk").toString(), QStringLiteral("org.kde.Sdk"));
        QCOMPARE(manifest.value(u"command").toString(), QStringLiteral("releasedesk"));
        const auto finishArgs = manifest.value(u"finish-args").toArray().toVariantList();
        // The keychain is reached over the Secret Service; GitHub over the network.
        QVERIFY(finishArgs.contains(QStringLiteral("--talk-name=org.freedesktop.secrets")));
        QVERIFY(finishArgs.contains(QStringLiteral("--share=network")));
        const auto modules = manifest.value(u"modules").toArray();
        QCOMPARE(modules.size(), 2);
        QCOMPARE(modules.at(0).toObject().value(u"name").toString(), QStringLiteral("qtkeychain"));
        const auto app = modules.at(1).toObject();
        QCOMPARE(app.value(u"buildsystem").toString(), QStringLiteral("cmake-ninja"));
        QVERIFY(app.value(u"config-opts")
                    .toArray()
                    .toVariantList()
                    .contains(QStringLiteral("-DRELEASEDESK_BUILD_TESTS=OFF")));
        // The source is this checkout, two folders up from the manifest.
        const auto source = app.value(u"sources").toArray().first().toObject();
        QCOMPARE(source.value(u"type").toString(), QStringLiteral("dir"));
        QVERIFY(QFile::exists(
            packaging("flatpak/") + source.value(u"path").toString() + QStringLiteral("/CMakeLists.txt")));
    }
};

QTEST_GUILESS_MAIN(PackagingTest)
#include "tst_packaging.moc"

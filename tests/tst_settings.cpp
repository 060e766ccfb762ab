// Settings: preferences in QSettings (never a secret), the team file (round trip, clear errors),
// the Settings dialog and the welcome page offscreen, and the themes.

#include "preferences.h"
#include "settingsdialog.h"
#include "teamfile.h"
#include "theme.h"
#include "welcomedialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace ReleaseDesk;
using Models::Preferences;

namespace {
Api::Release sampleRelease()
{
    Api::Release release;
    release.name = QStringLiteral("v4.1.3");
    release.repositories
        = {{{QStringLiteral("github.com"), QStringLiteral("kubesphere"), QStringLiteral("console")},
               {QStringLiteral("v4.1.3")}, QStringLiteral("v4.1.2"), QStringLiteral("release-4.1")},
            {{QStringLiteral("ghe.example.com"), QStringLiteral("ks"), QStringLiteral("installer")},
                {QStringLiteral("4.1.3")}}};
    release.releaseBranch = QStringLiteral("release-4.1");
    release.codeFreeze = QDate(2026, 12, 1);
    release.releaseDate = QDate(2026, 12, 15);
    release.blockerRule = QStringLiteral("is:open label:kind/bug label:priority/critical-urgent");
    return release;
}
} // namespace

class SettingsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void preferencesRoundTripAndDefaults()
    {
        QTemporaryDir dir;
        const auto path = dir.filePath(QStringLiteral("settings.ini"));
        {
            QSettings settings(path, QSettings::IniFormat);
            Preferences preferences(&settings);
            QCOMPARE(preferences.theme(), Preferences::Theme::System);
            QCOMPARE(preferences.syncIntervalMinutes(), 15);
            QCOMPARE(preferences.boardColumns(), Models::Board::defaultColumns());
            preferences.setLanguage(QStringLiteral("zh_CN"));
            preferences.setTheme(Preferences::Theme::Dark);
            preferences.setSyncIntervalMinutes(0); // clamped: never "never"
            auto columns = Models::Board::defaultColumns();
            columns[3].name = QStringLiteral("Red CI");
            columns[3].rule = QStringLiteral("is:pr ci:failing -label:do-not-merge/hold");
            preferences.setBoardColumns(columns);
            preferences.setSavedViews({{QStringLiteral("Mine"), QStringLiteral("assignee:octo")}});
        }
        QSettings settings(path, QSettings::IniFormat);
        Preferences preferences(&settings);
        QCOMPARE(preferences.language(), QStringLiteral("zh_CN"));
        QCOMPARE(preferences.theme(), Preferences::Theme::Dark);
        QCOMPARE(preferences.syncIntervalMinutes(), 1);
        const auto columns = preferences.boardColumns();
        QCOMPARE(columns[3].name, QStringLiteral("Red CI"));
        QCOMPARE(columns[3].precedence, Models::Board::defaultColumns()[3].precedence);
        QCOMPARE(preferences.savedViews().first().second, QStringLiteral("assignee:octo"));
        preferences.saveView(
            {QStringLiteral("Mine"), QStringLiteral("assignee:octo is:open")}); // replaces by name
        preferences.saveView({QStringLiteral("Blockers"), QStringLiteral("is:blocker")});
        QCOMPARE(preferences.savedViews().size(), 2);
        QCOMPARE(preferences.savedViews().first().second, QStringLiteral("assignee:octo is:open"));
        // Back to the defaults: nothing is kept, so defaults follow the language and later versions.
        preferences.setBoardColumns(Models::Board::defaultColumns());
        QVERIFY(!settings.childGroups().contains(QStringLiteral("board"))
            || settings.value(QStringLiteral("board/columns/size")).isNull());
    }

    void teamFileRoundTrips()
    {
        Models::TeamFile file;
        file.releases = {sampleRelease()};
        Models::NotesTemplate notesTemplate = Models::NotesTemplate::kubeSphere();
        notesTemplate.name = QStringLiteral("Team template");
        file.notesTemplates = {notesTemplate};
        file.boardColumns = Models::Board::defaultColumns();
        file.savedViews = {{QStringLiteral("Code freeze"), QStringLiteral("is:open milestone:v4.1.3")}};
        const auto json = file.toJson();
        QString error;
        const auto read = Models::TeamFile::fromJson(json, &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->releases.size(), 1);
        auto expected = sampleRelease();
        QCOMPARE(read->releases.first(), expected);
        QCOMPARE(read->notesTemplates.first().name, QStringLiteral("Team template"));
        QCOMPARE(read->boardColumns.size(), Models::Board::defaultColumns().size());
        QCOMPARE(read->savedViews, file.savedViews);
        // Nothing of a workspace's cache or secrets goes into the file.
        QVERIFY(!json.contains("token"));
        const auto written
            = QJsonDocument::fromJson(json).object().value(u"releases").toArray().first().toObject();
        QVERIFY(!written.contains(u"id")); // a store id means nothing in another workspace
    }

    void teamFileErrorsSayWhatToDo_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("{ releases: ") << QStringLiteral("not valid JSON");
        QTest::newRow("other json") << QByteArray(R"({"name": "package.json"})")
                                    << QStringLiteral("Settings > Export");
        QTest::newRow("newer") << QByteArray(R"({"format": "releasedesk-team", "version": 99})")
                               << QStringLiteral("newer Release Desk");
        QTest::newRow("nameless release")
            << QByteArray(R"({"format": "releasedesk-team", "version": 1, "releases": [{"name": " "}]})")
            << QStringLiteral("nothing was imported");
    }

    void teamFileErrorsSayWhatToDo()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!Models::TeamFile::fromJson(json, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void settingsDialogEditsValues()
    {
        Views::SettingsDialog dialog(
            {QString(), Preferences::Theme::System, 15, true, Models::Board::defaultColumns()});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("zh_CN")));
        dialog.themeBox()->setCurrentIndex(dialog.themeBox()->findData(QStringLiteral("dark")));
        dialog.columnTable()->item(0, 0)->setText(QStringLiteral("Inbox"));
        dialog.columnTable()->item(0, 1)->setText(QStringLiteral("no:label"));
        auto values = dialog.values();
        QCOMPARE(values.language, QStringLiteral("zh_CN"));
        QCOMPARE(values.theme, Preferences::Theme::Dark);
        QCOMPARE(values.columns[0].name, QStringLiteral("Inbox"));
        QCOMPARE(values.columns[0].rule, QStringLiteral("no:label"));
        // A blank name keeps the column's name; Reset brings every default back.
        dialog.columnTable()->item(1, 0)->setText(QStringLiteral("  "));
        QCOMPARE(dialog.values().columns[1].name, Models::Board::defaultColumns()[1].name);
        for (auto *button : dialog.findChildren<QPushButton *>()) {
            if (button->text().contains(QStringLiteral("Reset")))
                button->click();
        }
        QCOMPARE(dialog.values().columns, Models::Board::defaultColumns());

        // Accounts: removing one names its host.
        QSignalSpy removal(&dialog, &Views::SettingsDialog::accountRemovalRequested);
        dialog.setAccounts({{QStringLiteral("ghe.example.com"), QStringLiteral("https://ghe.example.com"),
            QStringLiteral("octo")}});
        dialog.accountList()->setCurrentRow(0);
        for (auto *button : dialog.findChildren<QPushButton *>()) {
            if (button->text() == QStringLiteral("&Remove"))
                button->click();
        }
        QCOMPARE(removal.size(), 1);
        QCOMPARE(removal.first().first().toString(), QStringLiteral("ghe.example.com"));
        dialog.setAccounts({});
        QCOMPARE(
            dialog.accountList()->item(0)->flags(), Qt::NoItemFlags); // the placeholder cannot be removed

        // Releases: the open one is marked; Edit names the selected one.
        QSignalSpy edit(&dialog, &Views::SettingsDialog::editReleaseRequested);
        dialog.setReleases({QStringLiteral("v4.1.3"), QStringLiteral("v4.1.2")}, QStringLiteral("v4.1.3"));
        QVERIFY(dialog.releaseList()->item(0)->text().contains(QStringLiteral("(open)")));
        dialog.releaseList()->setCurrentRow(1);
        for (auto *button : dialog.findChildren<QPushButton *>()) {
            if (button->text() == QStringLiteral("&Edit..."))
                button->click();
        }
        QCOMPARE(edit.size(), 1);
        QCOMPARE(edit.first().first().toString(), QStringLiteral("v4.1.2"));
        // The team's templates can be removed; the built-in ones are not listed.
        QSignalSpy removeTemplate(&dialog, &Views::SettingsDialog::templateRemovalRequested);
        dialog.setUserTemplates({QStringLiteral("release-drafter (console)")});
        dialog.templateList()->setCurrentRow(0);
        for (auto *button : dialog.findChildren<QPushButton *>()) {
            if (button->text() == QStringLiteral("Remove &Template"))
                button->click();
        }
        QCOMPARE(removeTemplate.size(), 1);
        QCOMPARE(removeTemplate.first().first().toString(), QStringLiteral("release-drafter (console)"));
        // The blocker rule presets are shown with their expressions.
        bool presetShown = false;
        for (auto *list : dialog.findChildren<QListWidget *>()) {
            if (list->accessibleName() == QStringLiteral("Blocker rule presets"))
                presetShown = list->count() >= 2 && list->item(0)->text().contains(QStringLiteral("label:"));
        }
        QVERIFY(presetShown);
        // Every input has a name for screen readers.
        for (auto *widget : dialog.findChildren<QWidget *>()) {
            if (widget->focusPolicy() != Qt::NoFocus && widget->isVisibleTo(&dialog)
                && (qobject_cast<QComboBox *>(widget) || qobject_cast<QTableWidget *>(widget)
                    || qobject_cast<QListWidget *>(widget)))
                QVERIFY2(!widget->accessibleName().isEmpty(), widget->metaObject()->className());
        }
    }

    void welcomePageOffersTheThreeWaysAndRemembersDismissal()
    {
        Views::WelcomeDialog welcome;
        QVERIFY(!welcome.isModal());
        QSignalSpy signIn(&welcome, &Views::WelcomeDialog::signInRequested);
        QSignalSpy dismissed(&welcome, &Views::WelcomeDialog::dismissed);
        welcome.show();
        QVERIFY(QTest::qWaitForWindowExposed(&welcome));
        for (auto *button : welcome.findChildren<QPushButton *>()) {
            if (button->text().contains(QStringLiteral("Connect GitHub")))
                button->click();
        }
        QCOMPARE(signIn.size(), 1);
        QCOMPARE(dismissed.size(), 1);
        QCOMPARE(dismissed.first().first().toBool(), false);
        QVERIFY(!welcome.isVisible());
        welcome.show();
        welcome.dontShowAgain()->setChecked(true);
        QTest::keyClick(&welcome, Qt::Key_Escape);
        QCOMPARE(dismissed.size(), 2);
        QCOMPARE(dismissed.last().first().toBool(), true);
    }

    void themesChangeThePalette()
    {
        const auto lightness = [] { return QApplication::palette().color(QPalette::Window).lightness(); };
        App::applyTheme(Preferences::Theme::Dark);
        QVERIFY(lightness() < 100);
        QVERIFY(QApplication::palette().color(QPalette::WindowText).lightness() > 180);
        App::applyTheme(Preferences::Theme::Light);
        QVERIFY(lightness() > 180);
        App::applyTheme(Preferences::Theme::System);
    }
};

QTEST_MAIN(SettingsTest)
#include "tst_settings.moc"

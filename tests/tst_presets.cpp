// The presets as data: every compiled-in file reads, a broken file says what is wrong and where, names
// follow the language, and the settings show what the files hold.
#include "presetlist.h"
#include "settingsdialog.h"

#include "presets.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Models;

namespace {

/// JSON written with single quotes, which keeps the test data readable in plain string literals.
QByteArray quotes(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

/// The names in a compiled-in file, read with QJsonDocument alone (not the reader under test).
QStringList namesInFile(const QString &kind)
{
    QFile file(Presets::builtInPath(kind));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList names;
    for (const auto &entry : QJsonDocument::fromJson(file.readAll()).object().value(u"presets").toArray())
        names.append(entry.toObject().value(u"name").toString());
    return names;
}

template<typename T>
QStringList namesOf(const QList<T> &values)
{
    QStringList names;
    for (const auto &value : values)
        names.append(value.name);
    return names;
}

} // namespace

class PresetsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QLocale::setDefault(QLocale::c()); }

    void everyCompiledInFileReads()
    {
        QString error;
        const auto columns
            = Presets::readBoardColumns(Presets::builtInPath(QStringLiteral("board-columns")), &error);
        QVERIFY2(columns, qPrintable(error));
        QCOMPARE(namesOf(*columns), namesInFile(QStringLiteral("board-columns")));
        QCOMPARE(columns->size(), 7);
        QCOMPARE(columns->first().name, QStringLiteral("Needs triage"));
        QVERIFY(columns->first().rule.isEmpty()); // takes every card left
        QCOMPARE(columns->at(5).precedence, 0); // a merged fix awaiting its cherry-pick goes first
        QCOMPARE(Board::defaultColumns(), *columns);

        const auto views
            = Presets::readBoardViews(Presets::builtInPath(QStringLiteral("board-views")), &error);
        QVERIFY2(views, qPrintable(error));
        QCOMPARE(namesOf(*views), namesInFile(QStringLiteral("board-views")));
        QCOMPARE(views->size(), 11);
        QVERIFY(views->first().query.isEmpty());

        const auto rules
            = Presets::readBlockerRules(Presets::builtInPath(QStringLiteral("blocker-rules")), &error);
        QVERIFY2(rules, qPrintable(error));
        QCOMPARE(namesOf(*rules), (QStringList {QStringLiteral("KubeSphere"), QStringLiteral("Kubernetes")}));
        QCOMPARE(ReleaseSetupFlow::blockerRulePresets().size(), rules->size());

        const auto schedules
            = Presets::readSchedules(Presets::builtInPath(QStringLiteral("schedules")), &error);
        QVERIFY2(schedules, qPrintable(error));
        QCOMPARE(namesOf(*schedules), namesInFile(QStringLiteral("schedules")));
        const auto kubernetes = schedules->first().offsets;
        QCOMPARE(kubernetes.size(), 6);
        QVERIFY(kubernetes.contains(qMakePair(Schedule::CodeFreeze, 21)));

        const auto templates
            = Presets::readNotesTemplates(Presets::builtInPath(QStringLiteral("notes-templates")), &error);
        QVERIFY2(templates, qPrintable(error));
        QCOMPARE(namesOf(*templates), namesInFile(QStringLiteral("notes-templates")));
        QCOMPARE(templates->size(), 4);
        const auto chinese = NotesTemplate::kubeSphereChinese();
        QCOMPARE(chinese.actionRequiredPrefix, QStringLiteral("**需要操作：** "));
        QCOMPARE(chinese.groups.size(), 4);
        QCOMPARE(NotesTemplate::kubernetes().cherryPickCitation, NotesTemplate::CherryPickCitation::Original);
        QVERIFY(!NotesTemplate::kubernetes().tableOfContents);
        QCOMPARE(NotesTemplate::releaseDrafter().drafter.categories.size(), 4);
        QCOMPARE(NotesTemplate::releaseDrafter().drafter.tagTemplate, QStringLiteral("v$RESOLVED_VERSION"));

        const auto maps = Presets::readAreaMaps(Presets::builtInPath(QStringLiteral("area-maps")), &error);
        QVERIFY2(maps, qPrintable(error));
        QCOMPARE(maps->size(), 2);
        const auto kubeSphere = AreaSectionMap::kubeSphere();
        QCOMPARE(kubeSphere.rules.size(), 23);
        QCOMPARE(kubeSphere.sectionFor({QStringLiteral("monitoring")}), QStringLiteral("Observability"));
        QCOMPARE(kubeSphere.sectionFor({QStringLiteral("nothing-known")}), QStringLiteral("Uncategorized"));
        QCOMPARE(AreaSectionMap::kubernetes().urgentSection, QStringLiteral("Urgent Upgrade Notes"));
    }

    void namesFollowTheLanguage()
    {
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        QCOMPARE(Board::defaultColumns().first().name, QStringLiteral("待分类"));
        QCOMPARE(Schedule::presets().first().name, QStringLiteral("Kubernetes 周期"));
        QCOMPARE(Board::defaultColumns().first().rule, QString());
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany)); // no translation: the file's name
        QCOMPARE(Board::defaultColumns().first().name, QStringLiteral("Needs triage"));
    }

    void aBrokenFileSaysWhatIsWrong_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        const QByteArray head = quotes("{'kind': 'board-columns', 'version': 1, 'presets': ");
        QTest::newRow("not JSON") << "board-columns" << quotes("{'kind': 'board-columns', ") << "not JSON";
        QTest::newRow("not an object") << "board-columns" << quotes("[1, 2]") << "expected an object";
        QTest::newRow("another kind")
            << "board-columns" << quotes("{'kind': 'schedules', 'version': 1, 'presets': [{}]}")
            << "\"kind\" is \"schedules\", expected \"board-columns\"";
        QTest::newRow("newer format")
            << "board-columns" << quotes("{'kind': 'board-columns', 'version': 2, 'presets': [{}]}")
            << "\"version\" must be 1";
        QTest::newRow("no presets") << "board-columns" << quotes("{'kind': 'board-columns', 'version': 1}")
                                    << "\"presets\" must be a non-empty array, not missing";
        QTest::newRow("empty presets") << "board-columns" << head + quotes("[]}") << "not an empty one";
        QTest::newRow("entry not an object")
            << "board-columns" << head + quotes("[{'name': 'A', 'rule': '', 'precedence': 1}, 'B']}")
            << "preset 2: expected an object, not a string";
        QTest::newRow("name missing") << "board-columns" << head + quotes("[{'rule': '', 'precedence': 1}]}")
                                      << "preset 1: \"name\" must be a string, not missing";
        QTest::newRow("name empty") << "board-columns"
                                    << head + quotes("[{'name': ' ', 'rule': '', 'precedence': 1}]}")
                                    << "preset 1: \"name\" is empty";
        QTest::newRow("rule unreadable")
            << "board-columns"
            << head + quotes("[{'name': 'A', 'rule': 'is:open (label:x', 'precedence': 1}]}")
            << "preset 1: \"rule\" is not a query the board reads";
        QTest::newRow("unknown qualifier")
            << "board-columns" << head + quotes("[{'name': 'A', 'rule': 'colour:red', 'precedence': 1}]}")
            << "Unknown qualifier";
        QTest::newRow("precedence negative")
            << "board-columns" << head + quotes("[{'name': 'A', 'rule': '', 'precedence': -1}]}")
            << "\"precedence\" must be a whole number from 0 to 1000, not -1";
        QTest::newRow("precedence a string")
            << "board-columns" << head + quotes("[{'name': 'A', 'rule': '', 'precedence': '1'}]}")
            << "not a string";
        QTest::newRow("schedule phase unknown")
            << "schedules"
            << quotes("{'kind': 'schedules', 'version': 1, 'presets': [{'name': 'S', 'phases': "
                      "[{'kind': 'beta-freeze', 'daysBefore': 3}]}]}")
            << "a phase's \"kind\" must be one of";
        QTest::newRow("schedule days negative")
            << "schedules"
            << quotes("{'kind': 'schedules', 'version': 1, 'presets': [{'name': 'S', 'phases': "
                      "[{'kind': 'code-freeze', 'daysBefore': -2}]}]}")
            << "\"daysBefore\" must be a whole number of days";
        QTest::newRow("template style")
            << "notes-templates"
            << quotes("{'kind': 'notes-templates', 'version': 1, 'presets': [{'id': 't', 'name': 'T', "
                      "'style': 'markdown', 'groups': []}]}")
            << "\"style\" must be kubesphere, kubernetes or drafter, not \"markdown\"";
        QTest::newRow("template note type")
            << "notes-templates"
            << quotes("{'kind': 'notes-templates', 'version': 1, 'presets': [{'id': 't', 'name': 'T', "
                      "'style': 'kubesphere', 'groups': [{'heading': 'H', 'types': ['feature', 'bugs']}]}]}")
            << "\"bugs\" is not a note type";
        QTest::newRow("area rule without section")
            << "area-maps"
            << quotes("{'kind': 'area-maps', 'version': 1, 'presets': [{'id': 'm', 'name': 'M', "
                      "'rules': [{'area': 'ui'}], 'fallback': 'Other', 'urgent': 'Urgent'}]}")
            << "preset 1: each rule needs an \"area\" and a \"section\"";
        QTest::newRow("blocker rule expression")
            << "blocker-rules"
            << quotes("{'kind': 'blocker-rules', 'version': 1, 'presets': [{'name': 'B', 'expression': 3}]}")
            << "\"expression\" must be a string, not a number";
    }

    void aBrokenFileSaysWhatIsWrong()
    {
        QFETCH(QString, kind);
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(kind + QStringLiteral(".json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(json);
        file.close();
        QString error;
        bool read = true;
        if (kind == u"board-columns")
            read = Presets::readBoardColumns(path, &error).has_value();
        else if (kind == u"schedules")
            read = Presets::readSchedules(path, &error).has_value();
        else if (kind == u"notes-templates")
            read = Presets::readNotesTemplates(path, &error).has_value();
        else if (kind == u"area-maps")
            read = Presets::readAreaMaps(path, &error).has_value();
        else if (kind == u"blocker-rules")
            read = Presets::readBlockerRules(path, &error).has_value();
        QVERIFY(!read);
        // The message names the file, then what is wrong.
        QVERIFY2(error.startsWith(path + QStringLiteral(": ")), qPrintable(error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void aMissingFileSaysSo()
    {
        QString error;
        QVERIFY(!Presets::readBoardViews(QStringLiteral("/nonexistent/board-views.json"), &error));
        QVERIFY2(error.contains(QStringLiteral("cannot be read")), qPrintable(error));
    }

    void theSettingsShowThePresetsReadFromTheFiles()
    {
        Views::SettingsDialog dialog(
            {QString(), Preferences::Theme::System, 15, true, Board::defaultColumns()});
        auto *list = dialog.presetList();
        QVERIFY(list);
        QCOMPARE(list->kindTitles().size(), Presets::kinds().size());
        // In the files' order, each kind with every entry its file names.
        for (int row = 0; row < Presets::kinds().size(); ++row) {
            const auto kind = Presets::kinds().at(row);
            QVERIFY2(list->topLevelItem(row)->text(1).contains(Presets::builtInPath(kind)), qPrintable(kind));
            QCOMPARE(list->entryNames(row), namesInFile(kind));
        }
        QVERIFY(!list->accessibleName().isEmpty());
        // A rule is shown as written; an empty one says what it takes.
        const auto *columns = list->topLevelItem(0);
        QCOMPARE(columns->child(1)->text(1), Board::defaultColumns().at(1).rule);
        QVERIFY(!columns->child(0)->text(1).isEmpty());
    }
};

QTEST_MAIN(PresetsTest)
#include "tst_presets.moc"

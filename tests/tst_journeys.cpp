#include "fakegithub.h"
#include "memorysecretstore.h"
#include "modaldialogs.h"

#include "boardpanel.h"
#include "desktopapp.h"
#include "itemtablepanel.h"
#include "mainwindow.h"
#include "metricspanel.h"
#include "notespanel.h"
#include "optionaldateedit.h"
#include "placesbar.h"
#include "querybar.h"
#include "readinessbar.h"
#include "releasedialog.h"
#include "releasesignalpanel.h"
#include "settingsdialog.h"
#include "shortcuttable.h"
#include "signindialog.h"
#include "syncstatuswidget.h"
#include "theme.h"
#include "translations.h"
#include "welcomedialog.h"

#include "boardmodel.h"
#include "demoworkspace.h"
#include "freezedesk.h"
#include "itemtablemodel.h"
#include "notes/notesentrymodel.h"
#include "store.h"
#include "store/releaserepository.h"
#include "untrustedtext.h"
#include "workspacelocation.h"
#include "workspacemeta.h"

#include "api/githubhost.h"
#include "api/keychainsecretstore.h"

#include <QAbstractButton>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QJsonArray>
#include <QLegendMarker>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTimer>
#include <QToolButton>
#include <QValueAxis>

using namespace ReleaseDesk;
using Testing::onNextDialogOf;
using Testing::onNextModal;

namespace {
// Qt's warning for an object used from a thread it does not live in: the window's network access
// manager was once handed to the sync's thread this way. Any is a failure of the journey.
QAtomicInt crossThreadWarnings;
QtMessageHandler previousMessageHandler = nullptr;

void countCrossThreadWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(u"Cannot create children for a parent that is in a different thread"))
        crossThreadWarnings.fetchAndAddRelaxed(1);
    previousMessageHandler(type, context, message);
}

/// For the README (scripts/screenshots sets RELEASEDESK_JOURNEY_SCREENSHOTS): the window with a
/// dialog over it, as a person sees them.
void saveScreenshot(QWidget *window, QWidget *dialog, const QString &name)
{
    const auto directory = qEnvironmentVariable("RELEASEDESK_JOURNEY_SCREENSHOTS");
    if (directory.isEmpty())
        return;
    // The selected cards in view, as the user had them.
    if (auto *main = qobject_cast<Views::MainWindow *>(window)) {
        if (auto *area = main->boardPanel()->findChild<QScrollArea *>()) {
            for (auto *view : main->boardPanel()->columnViews()) {
                if (!view->selectionModel()->selectedIndexes().isEmpty())
                    area->ensureWidgetVisible(view);
            }
        }
    }
    auto image = window->grab().toImage();
    const auto over = dialog->grab().toImage();
    QPainter painter(&image);
    painter.drawImage(QPoint((image.width() - over.width()) / 2, (image.height() - over.height()) / 3), over);
    painter.end();
    image.save(QDir(directory).filePath(name));
}

/// Opens a menu of the menu bar and clicks one of its entries, with the mouse.
bool clickMenuEntry(QMainWindow *window, const QString &menuTitle, const QString &entryText)
{
    auto *bar = window->menuBar();
    for (auto *menuAction : bar->actions()) {
        if (menuAction->text() != menuTitle)
            continue;
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->actionGeometry(menuAction).center());
        auto *menu = menuAction->menu();
        if (!QTest::qWaitFor([menu] { return menu->isVisible(); }, 5000)) {
            qWarning("the %s menu did not open", qPrintable(menuTitle));
            return false;
        }
        for (auto *entry : menu->actions()) {
            if (entry->text() == entryText) {
                // As a hand does: onto the entry, then click.
                const auto where = menu->actionGeometry(entry).center();
                QTest::mouseMove(menu, where);
                if (!QTest::qWaitFor([menu, entry] { return menu->activeAction() == entry; }, 2000))
                    menu->setActiveAction(entry); // offscreen, hover may not arrive
                QTest::keyClick(menu, Qt::Key_Return);
                return true;
            }
        }
        menu->close();
    }
    qWarning("no entry %s in the %s menu", qPrintable(entryText), qPrintable(menuTitle));
    return false;
}

/// Opens a menu of the menu bar, then one of its submenus with the keyboard, and picks an entry.
bool clickSubmenuEntry(
    QMainWindow *window, const QString &menuTitle, const QString &submenuTitle, const QString &entryText)
{
    auto *bar = window->menuBar();
    for (auto *menuAction : bar->actions()) {
        if (menuAction->text() != menuTitle)
            continue;
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->actionGeometry(menuAction).center());
        auto *menu = menuAction->menu();
        if (!QTest::qWaitFor([menu] { return menu->isVisible(); }, 5000))
            return false;
        for (auto *entry : menu->actions()) {
            if (entry->text() != submenuTitle || !entry->menu())
                continue;
            QTest::mouseMove(menu, menu->actionGeometry(entry).center());
            if (!QTest::qWaitFor([menu, entry] { return menu->activeAction() == entry; }, 2000))
                menu->setActiveAction(entry);
            QTest::keyClick(menu, Qt::Key_Right);
            auto *submenu = entry->menu();
            if (!QTest::qWaitFor([submenu] { return submenu->isVisible(); }, 5000)) {
                qWarning("the %s submenu did not open", qPrintable(submenuTitle));
                return false;
            }
            for (auto *item : submenu->actions()) {
                if (item->text() == entryText) {
                    QTest::mouseMove(submenu, submenu->actionGeometry(item).center());
                    if (!QTest::qWaitFor([submenu, item] { return submenu->activeAction() == item; }, 2000))
                        submenu->setActiveAction(item);
                    QTest::keyClick(submenu, Qt::Key_Return);
                    return true;
                }
            }
            QStringList entries;
            for (auto *item : submenu->actions())
                entries.append(item->text());
            qWarning("no entry %s in %s: %s", qPrintable(entryText), qPrintable(submenuTitle),
                qPrintable(entries.join(QStringLiteral(" | "))));
            submenu->close();
        }
        menu->close();
    }
    return false;
}

QPushButton *buttonOf(QWidget *dialog, QDialogButtonBox::StandardButton which)
{
    auto *box = dialog->findChild<QDialogButtonBox *>();
    return box ? box->button(which) : nullptr;
}

double luminance(const QColor &color)
{
    const auto channel = [](double value) {
        value /= 255.0;
        return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.red()) + 0.7152 * channel(color.green()) + 0.0722 * channel(color.blue());
}

double contrast(const QColor &a, const QColor &b)
{
    const double first = luminance(a);
    const double second = luminance(b);
    return (std::max(first, second) + 0.05) / (std::min(first, second) + 0.05);
}

/// The strongest contrast between any pixel of `rect` in `image` and `background`.
double strongestContrast(const QImage &image, const QRect &rect, const QColor &background)
{
    double best = 1;
    const auto area = rect.intersected(image.rect());
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            best = std::max(best, contrast(image.pixelColor(x, y), background));
    return best;
}

} // namespace

/// The README's journeys, walked in the real window with keys and clicks against the fake GitHub.
/// Each test checks what GitHub received and what the window shows.
class JourneysTest : public QObject
{
    Q_OBJECT

    Models::DemoWorkspace m_demo;
    QList<Api::Item> m_items; ///< two repositories, one milestone, 18 items
    std::unique_ptr<Testing::FakeGitHub> m_fake;
    std::optional<Api::GitHubHost> m_host;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Api::SecretStore> m_secrets;
    int m_workspaces = 0;
    std::unique_ptr<QTimer> m_watchdog;
    bool m_stuck = false;

    /// The real Secret Service where CI provides one, the in-memory store elsewhere.
    static std::unique_ptr<Api::SecretStore> makeSecretStore()
    {
        if (qEnvironmentVariable("RELEASEDESK_SECRET_SERVICE") == QLatin1StringView("1"))
            return std::make_unique<Api::KeychainSecretStore>();
        return std::make_unique<Testing::MemorySecretStore>();
    }

    Api::Release hostedRelease() const
    {
        auto release = m_demo.release;
        release.repositories = release.repositories.mid(0, 2);
        for (auto &entry : release.repositories)
            entry.repository.host = m_host->name;
        return release;
    }

    /// A fresh settings file and keychain, and a fresh workspace file name.
    QString freshStart()
    {
        ++m_workspaces;
        m_settings = std::make_unique<QSettings>(
            m_dir.filePath(QStringLiteral("settings-%1.ini").arg(m_workspaces)), QSettings::IniFormat);
        m_secrets = makeSecretStore();
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data-%1").arg(m_workspaces)).toUtf8());
        return m_dir.filePath(QStringLiteral("named-%1.sqlite").arg(m_workspaces));
    }

    /// Signs in through File > Sign In with `token`; answers the limited-token warning if one comes.
    bool signIn(App::DesktopApp &desktop, const QString &token, QString *warning = nullptr)
    {
        bool answered = false;
        auto warned = std::make_shared<QString>();
        QPointer<QTimer> warningHandler;
        onNextModal([&](QWidget *modal) {
            auto *dialog = qobject_cast<Views::SignInDialog *>(modal);
            if (!dialog)
                return qWarning("expected the sign-in dialog, got %s", modal->metaObject()->className());
            dialog->hostField()->selectAll();
            QTest::keyClicks(dialog->hostField(), m_fake->url().toString());
            QTest::keyClicks(dialog->tokenField(), token);
            // The limited-token warning comes only for some tokens: this handler never writes
            // through a reference to this call, which it may outlive.
            warningHandler = onNextModal([warned](QWidget *box) {
                if (auto *message = qobject_cast<QMessageBox *>(box)) {
                    *warned = message->text();
                    QTest::keyClick(message, Qt::Key_Return);
                }
            });
            answered = true;
            QTest::keyClick(dialog->tokenField(), Qt::Key_Return);
        });
        if (!clickMenuEntry(
                desktop.window(), QStringLiteral("&File"), QStringLiteral("Sign &In to GitHub...")))
            return false;
        delete warningHandler.data(); // no warning came: the next dialog is someone else's
        if (warning)
            *warning = *warned;
        return answered;
    }

    /// A window on a workspace that holds the release (and `otherReleases` after it), signed in with
    /// `token`, synced once.
    std::unique_ptr<App::DesktopApp> openSynced(const QString &token, QList<Api::Release> otherReleases = {})
    {
        const auto path = freshStart();
        {
            Models::Store store;
            auto release = hostedRelease();
            if (!store.open(path) || !Models::ReleaseRepository(store).saveRelease(release))
                return {};
            for (auto &other : otherReleases) {
                if (!Models::ReleaseRepository(store).saveRelease(other))
                    return {};
            }
        }
        m_settings->beginWriteArray(QStringLiteral("accounts"), 1);
        m_settings->setArrayIndex(0);
        m_settings->setValue(QStringLiteral("host"), m_host->name);
        m_settings->setValue(QStringLiteral("address"), m_fake->url().toString());
        m_settings->setValue(QStringLiteral("login"), QStringLiteral("octo"));
        m_settings->endArray();
        bool written = false;
        m_secrets->writeToken(
            m_host->name, token, this, [&](const QString &error) { written = error.isEmpty(); });
        if (!QTest::qWaitFor([&] { return written; }, 10000))
            return {};
        auto desktop = std::make_unique<App::DesktopApp>(m_settings.get(), m_secrets.get());
        QString error;
        if (!desktop->open(path, true, &error))
            return {};
        if (!qEnvironmentVariableIsEmpty("RELEASEDESK_JOURNEY_SCREENSHOTS"))
            desktop->window()->resize(1366, 768); // the README's pictures, at a laptop's size
        desktop->window()->show();
        if (!QTest::qWaitForWindowExposed(desktop->window()))
            return {};
        if (!QTest::qWaitFor(
                [&] { return desktop->window()->syncStatus()->activityText().startsWith(u"Synced at"); },
                60000))
            return {};
        return desktop;
    }

    QJsonObject fakeItem(const Api::ItemKey &key)
    {
        return m_fake->post(
            QStringLiteral("/_fake/item?repo=%1&number=%2").arg(key.repository.fullName()).arg(key.number),
            {});
    }

    static QStringList labelsOf(const QJsonObject &item)
    {
        QStringList names;
        for (const auto &label : item.value(u"labels").toArray())
            names.append(label.isString() ? label.toString() : label.toObject().value(u"name").toString());
        return names;
    }

    /// The columns of the board that hold at least one card.
    static QList<QListView *> filledColumns(Views::BoardPanel *board)
    {
        QList<QListView *> filled;
        for (auto *view : board->columnViews()) {
            if (view->model()->rowCount() > 0)
                filled.append(view);
        }
        return filled;
    }

    static void clickCard(QListView *view, int row, Qt::KeyboardModifiers modifiers = {})
    {
        const auto rect = view->visualRect(view->model()->index(row, 0));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers, rect.center());
    }

    /// Back in the main window after a dialog closed (no window manager offscreen does it), with
    /// the keyboard focus where the user left it.
    static bool refocus(QWidget *window, QWidget *focus)
    {
        window->activateWindow();
        if (!QTest::qWaitForWindowActive(window))
            return false;
        focus->setFocus();
        return QTest::qWaitFor([focus] { return QApplication::focusWidget() == focus; }, 5000);
    }

    static QList<Api::ItemKey> selectedKeys(Views::BoardPanel *board)
    {
        QList<Api::ItemKey> keys;
        for (const auto row : board->selectedRows())
            keys.append(board->boardModel()->item(row).key);
        return keys;
    }

private Q_SLOTS:
    void init()
    {
        // A dialog nobody answers would block the test forever: after a minute it is closed, and
        // the test fails.
        m_stuck = false;
        m_watchdog = std::make_unique<QTimer>();
        m_watchdog->setSingleShot(true);
        connect(m_watchdog.get(), &QTimer::timeout, this, [this] {
            while (auto *modal = QApplication::activeModalWidget()) {
                m_stuck = true;
                qWarning("closing an unanswered %s", modal->metaObject()->className());
                modal->close();
                if (auto *dialog = qobject_cast<QDialog *>(modal))
                    dialog->reject();
            }
        });
        m_watchdog->start(60000);
    }

    void cleanup()
    {
        App::applyTheme(
            Models::Preferences::Theme::Light); // the next journey starts light, whatever happened
        m_watchdog.reset();
        Testing::cancelModalHandlers();
        QVERIFY2(!m_stuck, "a dialog was left unanswered");
        QCOMPARE(crossThreadWarnings.fetchAndStoreRelaxed(0), 0);
    }

    void initTestCase()
    {
        previousMessageHandler = qInstallMessageHandler(countCrossThreadWarnings);
        Testing::unsetGitHubTokens();
        QVERIFY(m_dir.isValid());
        // What main() does: the window speaks English with real plurals ("3 changes", not "change(s)").
        App::installTranslations(*qApp, QLocale(QLocale::English, QLocale::UnitedStates));
        // As the app makes it: the demo of today, as it stands now (a minute ago, so that a change the
        // journeys make "now" is newer than anything the first sync saw, at any time of day).
        const auto now = QDateTime::currentDateTimeUtc().addSecs(-60);
        m_demo = Models::DemoWorkspace::generate(now.toLocalTime().date());
        m_demo.endAt(now);
        // The size a new user tries first: two repositories, one milestone, 18 items.
        const auto repositories = m_demo.release.repositories.mid(0, 2);
        QHash<Api::RepositoryRef, int> taken;
        for (const auto &item : std::as_const(m_demo.items)) {
            const bool inRelease = std::any_of(repositories.cbegin(), repositories.cend(),
                [&](const auto &entry) { return entry.repository == item.key.repository; });
            if (inRelease && item.milestone == repositories.first().milestones.value(0)
                && taken[item.key.repository] < 9) {
                m_items.append(Testing::asGitHubReturnsIt(item));
                ++taken[item.key.repository];
            }
        }
        QCOMPARE(m_items.size(), 18);
        Testing::FakeGitHubData data;
        for (const auto &entry : repositories)
            data.addRepository(entry.repository, m_demo.labels.value(entry.repository),
                m_demo.milestones.value(entry.repository));
        data.addItems(m_items, {});
        data.addToken(QStringLiteral("ghp_read"), QStringLiteral("octo"), QStringLiteral("read:org"));
        data.addToken(QStringLiteral("ghp_write"), QStringLiteral("octo"), QStringLiteral("repo"));
        m_fake = std::make_unique<Testing::FakeGitHub>();
        QVERIFY2(m_fake->start(data.toJson()), qPrintable(m_fake->error()));
        m_host = Api::GitHubHost::fromUserInput(m_fake->url().toString());
        QVERIFY(m_host);
    }

    /// First start on a named, empty workspace: no demo in it; sign in, define a release in the
    /// dialog (dates typed, presets by name, the milestone's due date proposed), sync; the release
    /// is in the named file, and nowhere else.
    void firstStartOnANamedWorkspaceKeepsTheReleaseThere()
    {
        const auto path = freshStart();
        App::DesktopApp desktop(m_settings.get(), m_secrets.get());
        QString error;
        QVERIFY2(desktop.open(path, true, &error), qPrintable(error));
        auto *window = desktop.window();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(!window->windowTitle().contains(QStringLiteral("(demo)")));
        QCOMPARE(window->itemTablePanel()->tableView()->model()->rowCount(), 0); // no demo written
        // No release, no evidence: the light is not green.
        QVERIFY2(!window->boardPanel()->readinessBar()->verdictText().startsWith(QStringLiteral("Go")),
            qPrintable(window->boardPanel()->readinessBar()->verdictText()));
        if (auto *welcome = window->findChild<Views::WelcomeDialog *>())
            welcome->close();

        QString warning;
        QVERIFY(signIn(desktop, QStringLiteral("ghp_write"), &warning));
        QTRY_VERIFY(window->syncStatus()->activityText().contains(QStringLiteral("as \u2068octo\u2069")));

        // File > New Release: the dialog, driven by keys.
        const auto milestone = hostedRelease().repositories.first().milestones.value(0);
        QDate proposed;
        for (const auto &known : m_demo.milestones.value(m_demo.release.repositories.first().repository)) {
            if (known.title == milestone)
                proposed = known.dueOn.toUTC().date();
        }
        QStringList seen;
        onNextModal([&](QWidget *modal) {
            auto *dialog = qobject_cast<Views::ReleaseDialog *>(modal);
            if (!dialog)
                return seen.append(QStringLiteral("no release dialog"));
            auto *codeFreeze = dialog->findChildren<Views::OptionalDateEdit *>().value(1);
            seen.append(QStringLiteral("calendar opens on %1").arg(codeFreeze->editor()->date().year()));
            seen.append(QStringLiteral("presets %1, %2")
                            .arg(dialog->blockerPresetField()->itemText(0),
                                dialog->blockerPresetField()->itemText(1)));
            QTest::keyClicks(dialog->nameField(), QStringLiteral("v9.9.9"));
            QTest::keyClicks(
                dialog->repositoryField(), hostedRelease().repositories.first().repository.fullName());
            QTest::keyClick(dialog->repositoryField(), Qt::Key_Return);
            // Saving before the milestone is known asks for it; picking one answers the hint.
            const bool milestonesLoaded = QTest::qWaitFor(
                [&] {
                    for (const auto *combo : dialog->findChildren<QComboBox *>()) {
                        if (combo->accessibleName().startsWith(QStringLiteral("Milestone of"))
                            && combo->count() > 0)
                            return true;
                    }
                    return false;
                },
                20000);
            if (!milestonesLoaded)
                seen.append(QStringLiteral("milestones never loaded"));
            // The name matches no milestone, so nothing is picked yet: Save asks for one.
            QTest::mouseClick(buttonOf(dialog, QDialogButtonBox::Save), Qt::LeftButton);
            seen.append(dialog->statusText());
            for (auto *combo : dialog->findChildren<QComboBox *>()) {
                if (!combo->accessibleName().startsWith(QStringLiteral("Milestone of")))
                    continue;
                combo->setFocus();
                while (combo->currentData().toString() != milestone
                    && combo->currentIndex() < combo->count() - 1)
                    QTest::keyClick(combo, Qt::Key_Down);
                seen.append(QStringLiteral("picked ") + combo->currentData().toString());
            }
            seen.append(QStringLiteral("hint after picking: ") + dialog->statusText());
            seen.append(QStringLiteral("release date after picking %1")
                            .arg(dialog->releaseDateField()->date().toString(Qt::ISODate)));
            seen.append(QStringLiteral("release date %1")
                            .arg(dialog->releaseDateField()->date().toString(Qt::ISODate)));
            // Code freeze typed over the editor: check "Set", then type a date.
            QTest::mouseClick(
                codeFreeze->setBox(), Qt::LeftButton, {}, QPoint(4, codeFreeze->setBox()->height() / 2));
            codeFreeze->editor()->setFocus();
            QTest::keyClick(codeFreeze->editor(), Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(codeFreeze->editor(), QStringLiteral("2026-12-15"));
            seen.append(QStringLiteral("code freeze %1").arg(codeFreeze->date().toString(Qt::ISODate)));
            QTest::mouseClick(buttonOf(dialog, QDialogButtonBox::Save), Qt::LeftButton);
        });
        QVERIFY(clickMenuEntry(window, QStringLiteral("&File"), QStringLiteral("&New Release...")));
        QTRY_VERIFY_WITH_TIMEOUT(window->windowTitle().contains(QStringLiteral("v9.9.9")), 10000);
        QVERIFY2(!seen.contains(QStringLiteral("no release dialog")), qPrintable(seen.join(u'\n')));
        QVERIFY2(!seen.contains(QStringLiteral("calendar opens on 2000")), qPrintable(seen.join(u'\n')));
        QVERIFY2(
            seen.contains(QStringLiteral("presets KubeSphere, Kubernetes")), qPrintable(seen.join(u'\n')));
        QVERIFY2(seen.contains(QStringLiteral("code freeze 2026-12-15")), qPrintable(seen.join(u'\n')));
        QVERIFY2(seen.contains(QStringLiteral("hint after picking: ")), qPrintable(seen.join(u'\n')));
        QVERIFY2(proposed.isValid(), qPrintable(milestone));
        seen.append(QStringLiteral("expected %1").arg(proposed.toString(Qt::ISODate)));
        if (proposed.isValid())
            QVERIFY2(seen.contains(
                         QStringLiteral("release date after picking %1").arg(proposed.toString(Qt::ISODate))),
                qPrintable(seen.join(u'\n')));
        QTRY_VERIFY_WITH_TIMEOUT(
            window->syncStatus()->activityText().startsWith(QStringLiteral("Synced at")), 60000);
        QVERIFY(window->itemTablePanel()->tableView()->model()->rowCount() == 9);
        QVERIFY(window->syncStatus()->lastSyncText().startsWith(QStringLiteral("Last synced")));

        // The release went into the named file; the default workspace was never created.
        Models::Store reader;
        QVERIFY(reader.open(path));
        QCOMPARE(Models::ReleaseRepository(reader).release(QStringLiteral("v9.9.9")).has_value(), true);
        QCOMPARE(Models::ReleaseRepository(reader).release(QStringLiteral("v9.9.9"))->codeFreeze,
            QDate(2026, 12, 15));
        QVERIFY(reader.meta(Models::WorkspaceMeta::kind) != Models::WorkspaceMeta::demoKind);
        QVERIFY(!QFile::exists(Models::WorkspaceLocation::defaultWorkspacePath()));
    }

    /// Three cards across two columns, selected with the mouse and Shift+arrows, labelled with
    /// Shift+L: the preview lists the three, GitHub receives the three. A read-only token is refused
    /// (and rolled back, reported once per card); signing in again with a `repo` token works at once,
    /// without a restart; Ctrl+Z undoes on GitHub and says so.
    void bulkTriageSendsEverySelectedCardAndANewTokenTakesEffect()
    {
        auto desktop = openSynced(QStringLiteral("ghp_read"));
        QVERIFY(desktop);
        auto *window = desktop->window();
        auto *board = window->boardPanel();
        const auto lastSync = window->syncStatus()->lastSyncText();
        QVERIFY(lastSync.startsWith(QStringLiteral("Last synced")));
        // A column with two cards, and the nearest other column with a card.
        const auto columns = filledColumns(board);
        QListView *first = nullptr;
        for (auto *view : columns) {
            if (!first && view->model()->rowCount() >= 2)
                first = view;
        }
        QVERIFY2(first && columns.size() >= 2, "two columns with cards, one with two");
        const auto firstIndex = board->columnViews().indexOf(first);
        QListView *second = nullptr;
        for (auto *view : columns) {
            const auto distance = std::abs(board->columnViews().indexOf(view) - firstIndex);
            if (view != first
                && (!second || distance < std::abs(board->columnViews().indexOf(second) - firstIndex)))
                second = view;
        }

        // A plain click starts the selection; Shift+Down adds the next card; Shift+Right adds the
        // neighbouring column's card.
        clickCard(second, 0);
        clickCard(first, 0);
        QCOMPARE(board->selectedRows().size(), 1); // the plain click cleared the other column
        QVERIFY(second->selectionModel()->selectedIndexes().isEmpty());
        QTest::keyClick(first, Qt::Key_Down, Qt::ShiftModifier);
        QCOMPARE(board->selectedRows().size(), 2);
        const int secondColumn = int(board->columnViews().indexOf(second));
        int pressed = 0;
        const auto towards = secondColumn > firstIndex ? Qt::Key_Right : Qt::Key_Left;
        while (board->columnViews().indexOf(qobject_cast<QListView *>(QApplication::focusWidget()))
                != secondColumn
            && pressed++ < 10)
            QTest::keyClick(QApplication::focusWidget(), towards, Qt::ShiftModifier);
        const auto chosen = selectedKeys(board);
        QCOMPARE(chosen.size(), 3);

        // Shift+L with a read-only token: the preview lists the three, GitHub refuses, the cards roll back.
        QString preview;
        QString refused;
        bool expectRefusal = true;
        const auto answerLabel = [&](const QString &label) {
            onNextModal([&, label](QWidget *modal) {
                auto *input = qobject_cast<QInputDialog *>(modal);
                if (!input)
                    return;
                auto *field = input->findChild<QLineEdit *>();
                field->selectAll();
                QTest::keyClicks(field, label);
                onNextModal([&](QWidget *box) {
                    auto *message = qobject_cast<QMessageBox *>(box);
                    if (!message)
                        return;
                    preview = message->text() + QLatin1Char('\n') + message->informativeText();
                    saveScreenshot(window, message, QStringLiteral("triage-preview.png"));
                    if (expectRefusal) {
                        // GitHub's answer comes while the window waits: the refusal box.
                        onNextModal([&](QWidget *next) {
                            if (auto *refusal = qobject_cast<QMessageBox *>(next)) {
                                refused = refusal->text();
                                QTest::keyClick(refusal, Qt::Key_Return);
                            }
                        });
                    }
                    QTest::keyClick(message, Qt::Key_Return);
                });
                QTest::keyClick(field, Qt::Key_Return);
            });
        };
        answerLabel(QStringLiteral("kind/journey"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_L, Qt::ShiftModifier);
        QVERIFY2(preview.contains(QStringLiteral("3 changes will be sent")), qPrintable(preview));
        for (const auto &key : chosen)
            QVERIFY2(preview.contains(key.shortReference()), qPrintable(preview));
        QTRY_VERIFY_WITH_TIMEOUT(!refused.isEmpty(), 30000);
        for (const auto &key : chosen) {
            QVERIFY(!labelsOf(fakeItem(key)).contains(QStringLiteral("kind/journey")));
            QCOMPARE(refused.count(key.shortReference()), 1); // "server#101: server#101: ..." no more
        }
        QCOMPARE(window->syncStatus()->lastSyncText(), lastSync); // the last sync stays on screen

        // Sign in again with a token that may write: the same selection now lands, no restart.
        QVERIFY(signIn(*desktop, QStringLiteral("ghp_write")));
        // The sync starts again with the new token.
        QTRY_VERIFY_WITH_TIMEOUT(
            window->syncStatus()->activityText().startsWith(QStringLiteral("Synced at")), 30000);
        QCOMPARE(selectedKeys(board), chosen);
        expectRefusal = false;
        preview.clear();
        QSignalSpy activity(window->syncStatus(), &Views::SyncStatusWidget::activityChanged);
        answerLabel(QStringLiteral("kind/journey"));
        QVERIFY(refocus(window, board->columnViews().at(secondColumn)));
        QTest::keyClick(board->columnViews().at(secondColumn), Qt::Key_L, Qt::ShiftModifier);
        QVERIFY2(preview.contains(QStringLiteral("3 changes will be sent")), qPrintable(preview));
        const auto said = [&activity](const QString &text) {
            return std::any_of(activity.cbegin(), activity.cend(),
                [&](const QList<QVariant> &signal) { return signal.value(0).toString().startsWith(text); });
        };
        QTRY_VERIFY_WITH_TIMEOUT(said(QStringLiteral("3 changes landed on GitHub.")), 30000);
        QVERIFY2(preview.contains(QStringLiteral("3 changes will be sent")), qPrintable(preview));
        for (const auto &key : chosen)
            QVERIFY(labelsOf(fakeItem(key)).contains(QStringLiteral("kind/journey")));
        int untouched = 0;
        for (const auto &item : std::as_const(m_items))
            untouched += !chosen.contains(item.key)
                && !labelsOf(fakeItem(item.key)).contains(QStringLiteral("kind/journey"));
        QCOMPARE(untouched, 15);
        // The details pane of the focused card shows the new label.
        QTRY_VERIFY(board->details()->summaryText().contains(QStringLiteral("kind/journey")));
        QCOMPARE(window->syncStatus()->lastSyncText(), lastSync);

        // Ctrl+Z undoes on GitHub, and says it was an undo.
        QVERIFY(refocus(window, board->columnViews().at(secondColumn)));
        QTest::keyClick(board->columnViews().at(secondColumn), Qt::Key_Z, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(said(QStringLiteral("Undone on GitHub: 3 changes reverted.")), 30000);
        for (const auto &key : chosen)
            QVERIFY(!labelsOf(fakeItem(key)).contains(QStringLiteral("kind/journey")));
        QTRY_VERIFY(!board->details()->summaryText().contains(QStringLiteral("kind/journey")));
    }

    /// The table's selection is what its Triage menu sends.
    void tableTriageSendsTheSelectedRows()
    {
        auto desktop = openSynced(QStringLiteral("ghp_write"));
        QVERIFY(desktop);
        auto *window = desktop->window();
        QTest::keyClick(window, Qt::Key_2, Qt::ControlModifier);
        auto *table = window->itemTablePanel()->tableView();
        QTRY_VERIFY(table->isVisible());
        const auto rowCenter
            = [table](int row) { return table->visualRect(table->model()->index(row, 2)).center(); };
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rowCenter(0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ShiftModifier, rowCenter(1));
        QCOMPARE(window->itemTablePanel()->selectedRows().size(), 2);
        QList<Api::ItemKey> chosen;
        for (const auto row : window->itemTablePanel()->selectedRows())
            chosen.append(window->boardPanel()->boardModel()->item(row).key);

        QString preview;
        onNextModal([&](QWidget *modal) {
            auto *input = qobject_cast<QInputDialog *>(modal);
            if (!input)
                return qWarning("expected the assign picker, got %s", modal->metaObject()->className());
            auto *field = input->findChild<QLineEdit *>();
            field->selectAll();
            QTest::keyClicks(field, QStringLiteral("journey-bot"));
            onNextModal([&](QWidget *box) {
                auto *message = qobject_cast<QMessageBox *>(box);
                preview = message ? message->informativeText() : QString();
                if (message)
                    QTest::keyClick(message, Qt::Key_Return);
            });
            QTest::keyClick(field, Qt::Key_Return);
        });
        QVERIFY(clickMenuEntry(window, QStringLiteral("&Triage"), QStringLiteral("&Assign...")));
        for (const auto &key : chosen)
            QVERIFY2(preview.contains(key.shortReference()), qPrintable(preview));
        QTRY_VERIFY_WITH_TIMEOUT(
            window->syncStatus()->activityText() == QStringLiteral("2 changes landed on GitHub."), 30000);
        for (const auto &key : chosen) {
            const auto assignees = fakeItem(key).value(u"assignees").toArray();
            QVERIFY(assignees.contains(QJsonValue(QStringLiteral("journey-bot"))));
        }
    }

    /// Edit a note, the PR changes on GitHub, sync: the edit stays and the change is pointed out.
    /// Publishing with a token GitHub refuses leaves no "Saving..." behind.
    void anEditedNoteSurvivesAResyncAndARefusedPublishSaysSo()
    {
        auto desktop = openSynced(QStringLiteral("ghp_read"));
        QVERIFY(desktop);
        auto *window = desktop->window();
        QTest::keyClick(window, Qt::Key_3, Qt::ControlModifier);
        auto *notes = window->notesPanel();
        QTRY_VERIFY(notes->entryModel()->rowCount() > 0);
        auto *entries = notes->entriesView();
        const auto text = entries->model()->index(0, Models::NotesEntryModel::TextColumn);
        const auto sources = text.siblingAtColumn(Models::NotesEntryModel::SourcesColumn).data().toString();
        QVERIFY(!sources.isEmpty());
        entries->setFocus();
        entries->setCurrentIndex(text);
        QTest::keyClick(entries, Qt::Key_F2);
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        if (!editor) // a multi-line editor
            QVERIFY(QApplication::focusWidget() && QApplication::focusWidget() != entries);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Written by the release team."));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTRY_COMPARE(entries->model()->index(0, Models::NotesEntryModel::TextColumn).data().toString(),
            QStringLiteral("Written by the release team."));

        // The PR's author rewrites the note on GitHub; F5 syncs.
        Api::Item changed;
        for (const auto &item : std::as_const(m_items)) {
            if (sources.contains(QStringLiteral("#%1").arg(item.key.number))
                && sources.contains(item.key.repository.name))
                changed = item;
        }
        QVERIFY(changed.key.number > 0);
        changed.body = QStringLiteral("```release-note\nRewritten by the author.\n```\n");
        // A second later than anything the first sync saw: GitHub's timestamps have whole seconds, and an
        // earlier journey's triage may have touched an item on the fake in this very second (then the
        // sync's watermark equals "now" and the change would not be newer than what it has seen).
        changed.updatedAt = QDateTime::currentDateTimeUtc().addSecs(1);
        m_fake->post(QStringLiteral("/_fake/items"),
            {{QStringLiteral("repo"), changed.key.repository.fullName()},
                {QStringLiteral("items"),
                    QJsonArray {Testing::FakeGitHubData::itemJson(changed,
                        m_demo.milestones.value(m_demo.release.repositories.first().repository), {})}}});
        QSignalSpy activity(window->syncStatus(), &Views::SyncStatusWidget::activityChanged);
        QVERIFY(refocus(window, entries));
        QTest::keyClick(window, Qt::Key_F5);
        // This sync's end, not the one before it (the line may still say "Synced at" from then).
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(activity.cbegin(), activity.cend(),
                                     [](const QList<QVariant> &said) {
                                         return said.value(0).toString().startsWith(
                                             QStringLiteral("Synced at"));
                                     }),
            30000);
        // The composer recomposes off the window's thread: find the entry again each time.
        const auto entryOfSources = [&]() -> QModelIndex {
            for (int candidate = 0; candidate < entries->model()->rowCount(); ++candidate) {
                const auto index = entries->model()->index(candidate, Models::NotesEntryModel::TextColumn);
                if (index.siblingAtColumn(Models::NotesEntryModel::SourcesColumn).data().toString()
                    == sources)
                    return index;
            }
            return {};
        };
        QTRY_VERIFY_WITH_TIMEOUT(
            entryOfSources().data(Models::NotesEntryModel::SourceChangedRole).toBool(), 15000);
        QCOMPARE(entryOfSources().data().toString(), QStringLiteral("Written by the release team."));

        // Publish with a read-only token: GitHub refuses; the status says so, not "Saving...".
        QAction *publish = nullptr;
        for (auto *action : notes->findChildren<QAction *>()) {
            if (action->text().startsWith(QStringLiteral("Publish")))
                publish = action;
        }
        QVERIFY(publish);
        QString refusal;
        onNextModal([&](QWidget *modal) {
            auto *save = buttonOf(modal, QDialogButtonBox::Ok);
            if (!save)
                return;
            onNextModal([&](QWidget *box) {
                if (auto *message = qobject_cast<QMessageBox *>(box)) {
                    refusal = message->text();
                    QTest::keyClick(message, Qt::Key_Return);
                }
            });
            QTest::mouseClick(save, Qt::LeftButton);
        });
        auto *button = qobject_cast<QToolButton *>(publish->associatedObjects().value(1));
        for (auto *object : publish->associatedObjects()) {
            if (auto *tool = qobject_cast<QToolButton *>(object))
                button = tool;
        }
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!refusal.isEmpty(), 30000);
        QTRY_COMPARE(
            window->syncStatus()->activityText(), QStringLiteral("The draft release was not saved."));
    }

    /// Signing in from the demo leaves the demo: nothing of it stays on screen.
    void signingInFromTheDemoLeavesItBehind()
    {
        freshStart();
        App::DesktopApp desktop(m_settings.get(), m_secrets.get());
        QString error;
        QVERIFY2(desktop.open({}, true, &error), qPrintable(error));
        auto *window = desktop.window();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(window->windowTitle().contains(QStringLiteral("(demo)")));
        QVERIFY(window->syncStatus()->activityText().startsWith(QStringLiteral("Demo data")));
        if (auto *welcome = window->findChild<Views::WelcomeDialog *>())
            welcome->close();
        // Signed in, the app goes to the real workspace and asks for a release; the user cancels.
        bool asked = false;
        onNextDialogOf<Views::ReleaseDialog>([&](Views::ReleaseDialog *dialog) {
            asked = true;
            QTest::mouseClick(buttonOf(dialog, QDialogButtonBox::Cancel), Qt::LeftButton);
        });
        QVERIFY(signIn(desktop, QStringLiteral("ghp_write")));
        QTRY_VERIFY(asked);
        QVERIFY(!window->windowTitle().contains(QStringLiteral("(demo)")));
        QVERIFY(window->syncStatus()->activityText().contains(QStringLiteral("as \u2068octo\u2069")));
        QVERIFY(!window->syncStatus()->activityText().startsWith(QStringLiteral("Demo data")));
        QVERIFY(!window->syncStatus()->lastSyncText().contains(QStringLiteral("Demo")));
    }

    /// Every chart's value axis labels its ticks with their exact values: a count never gets a
    /// tick at 1.5 labelled "1".
    void chartAxesLabelTheirValues()
    {
        auto desktop = openSynced(QStringLiteral("ghp_write"));
        QVERIFY(desktop);
        auto *window = desktop->window();
        QTest::keyClick(window, Qt::Key_4, Qt::ControlModifier);
        auto *metrics = window->metricsPanel();
        QTRY_VERIFY(metrics->isVisible());
        auto *list = metrics->findChild<QListWidget *>();
        QVERIFY(list);
        QTRY_VERIFY(list->count() > 5); // computed off the window's thread
        QVERIFY(metrics->isOverviewShown()); // the dashboard first; then every chart, one by one
        for (int row = 1; row < list->count(); ++row) {
            QTest::mouseClick(
                list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(row)).center());
            QTRY_VERIFY(metrics->chart() && metrics->chart()->title().size() > 0);
            auto *axis = metrics->chart()->findChild<QValueAxis *>(QStringLiteral("valueAxis"));
            if (!axis) {
                for (auto *candidate : metrics->chart()->axes(Qt::Vertical))
                    axis = qobject_cast<QValueAxis *>(candidate);
            }
            QVERIFY2(axis, qPrintable(list->item(row)->text()));
            const auto format = axis->labelFormat();
            for (int tick = 0; tick < axis->tickCount(); ++tick) {
                const double value
                    = axis->min() + tick * (axis->max() - axis->min()) / (axis->tickCount() - 1);
                // What Qt Charts prints: integer conversions take the value as an integer.
                const auto label = format.contains(u'd')
                    ? QString::number(qint64(value))
                    : QString::asprintf(format.toLatin1().constData(), value);
                QVERIFY2(qAbs(label.toDouble() - value) < 1e-9,
                    qPrintable(QStringLiteral("%1: tick %2 is %3 but reads %4")
                                   .arg(list->item(row)->text())
                                   .arg(tick)
                                   .arg(value)
                                   .arg(label)));
            }
        }
    }

    /// Settings > Dark: the notes preview's links and the entries' unchecked "Reviewed" boxes stay
    /// readable (contrast measured on the rendered pixels), and every chart series has its own colour.
    void darkThemeKeepsNotesAndChartsReadable()
    {
        auto desktop = openSynced(QStringLiteral("ghp_write"));
        QVERIFY(desktop);
        auto *window = desktop->window();
        QTest::keyClick(window, Qt::Key_3, Qt::ControlModifier); // the composer drafts when first seen
        auto *notes = window->notesPanel();
        QTRY_VERIFY(notes->entryModel()->rowCount() > 0);

        QString chosen;
        onNextModal([&](QWidget *modal) {
            auto *dialog = qobject_cast<Views::SettingsDialog *>(modal);
            if (!dialog)
                return;
            auto *theme = dialog->themeBox();
            theme->setFocus();
            for (int step = 0; step < theme->count() && theme->currentText() != QStringLiteral("Dark");
                 ++step)
                QTest::keyClick(theme, Qt::Key_Down);
            chosen = theme->currentText();
            QTest::mouseClick(buttonOf(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
        });
        QTest::keyClick(window, Qt::Key_Comma, Qt::ControlModifier);
        QCOMPARE(chosen, QStringLiteral("Dark"));
        QTRY_VERIFY(window->palette().color(QPalette::Window).lightness() < 80);

        // The preview tab, rendered in the dark palette: its first link against the page.
        auto *tabs = notes->preview()->parentWidget();
        while (tabs && !qobject_cast<QTabWidget *>(tabs))
            tabs = tabs->parentWidget();
        QVERIFY(tabs);
        auto *tabBar = static_cast<QTabWidget *>(tabs)->tabBar();
        QTest::mouseClick(tabBar, Qt::LeftButton, {}, tabBar->tabRect(tabBar->count() - 1).center());
        QTRY_VERIFY(notes->preview()->isVisible());
        auto *preview = notes->preview();
        QTRY_VERIFY(preview->document()->toPlainText().size() > 100);
        QTextCursor link(preview->document());
        while (!link.atEnd() && !link.charFormat().isAnchor())
            link.movePosition(QTextCursor::NextCharacter);
        QVERIFY2(link.charFormat().isAnchor(), "the preview has a link");
        preview->setTextCursor(link);
        preview->ensureCursorVisible();
        link.movePosition(QTextCursor::NextCharacter);
        const auto rect = preview->cursorRect(link).adjusted(-12, 0, 12, 0);
        const auto page = preview->viewport()->grab().toImage();
        const auto background = preview->viewport()->palette().color(QPalette::Base);
        QVERIFY2(strongestContrast(page, rect, background) >= 3.0,
            qPrintable(QString::number(strongestContrast(page, rect, background))));

        // An unchecked "Reviewed" box in the entries table.
        auto *entries = notes->entriesView();
        int uncheckedRow = -1;
        const auto reviewed = Models::NotesEntryModel::ReviewedColumn;
        for (int row = 0; row < entries->model()->rowCount() && uncheckedRow < 0; ++row) {
            if (entries->model()->index(row, reviewed).data(Qt::CheckStateRole).toInt() == Qt::Unchecked)
                uncheckedRow = row;
        }
        QVERIFY(uncheckedRow >= 0);
        entries->clearSelection();
        entries->scrollTo(entries->model()->index(uncheckedRow, reviewed));
        const auto cell = entries->visualRect(entries->model()->index(uncheckedRow, reviewed));
        QVERIFY2(entries->viewport()->rect().contains(cell.center()), "the Reviewed cell is on screen");
        const auto table = entries->viewport()->grab().toImage();
        const auto cellBackground = table.pixelColor(cell.left() + 1, cell.top() + 1);
        QVERIFY2(strongestContrast(table, cell, cellBackground) >= 3.0,
            qPrintable(QString::number(strongestContrast(table, cell, cellBackground))));

        // Charts: no two legend entries share a colour, and key dates are not legend entries.
        QTest::keyClick(window, Qt::Key_4, Qt::ControlModifier);
        QTRY_VERIFY(window->metricsPanel()->chart());
        auto *chart = window->metricsPanel()->chart();
        QSet<QRgb> colours;
        int shown = 0;
        for (auto *marker : chart->legend()->markers()) {
            if (!marker->isVisible())
                continue;
            ++shown;
            colours.insert(marker->brush().color().rgb());
            QVERIFY(marker->series()->objectName() != QStringLiteral("keyDate"));
        }
        QCOMPARE(colours.size(), shown);
    }

    /// Every view is one click away, and each place says what needs attention there.
    void everyViewIsOneClickAwayInThePlacesBar()
    {
        auto desktop = openSynced(QStringLiteral("ghp_write"));
        QVERIFY(desktop);
        auto *window = desktop->window();
        auto *places = window->findChild<Views::PlacesBar *>();
        QVERIFY(places && places->isVisible());
        const auto click = [places](Views::PlacesBar::Place place) {
            auto *list = places->list();
            QTest::mouseClick(
                list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(place)).center());
        };
        click(Views::PlacesBar::Notes);
        QTRY_VERIFY(window->isNotesShown());
        click(Views::PlacesBar::Metrics);
        QTRY_VERIFY(window->metricsPanel()->isVisible());
        click(Views::PlacesBar::Table);
        QTRY_VERIFY(window->itemTablePanel()->isVisible());
        click(Views::PlacesBar::Board);
        QTRY_VERIFY(window->isBoardShown());
        // The board's place counts the open blockers the board shows.
        int open = 0;
        const auto *model = window->boardPanel()->boardModel();
        for (const auto &item : model->items()->items())
            open += item.isOpen() && model->context().blockers.contains(item.key);
        QVERIFY(places->text(Views::PlacesBar::Board)
                    .contains(open ? QStringLiteral("%1 open blocker").arg(open)
                                   : QStringLiteral("no open blockers")));
        // Ctrl+3 still works, and the places follow it.
        QTest::keyClick(window, Qt::Key_3, Qt::ControlModifier);
        QTRY_COMPARE(places->list()->currentRow(), int(Views::PlacesBar::Notes));
        // Under the Sync button: how fresh the release is, again after F5's sync (the running state
        // itself can pass faster than a poll: tst_readablewindow::syncAgesReadInWords checks its text).
        QCOMPARE(places->syncStateText(), QStringLiteral("Synced just now"));
        QSignalSpy activity(window->syncStatus(), &Views::SyncStatusWidget::activityChanged);
        QTest::keyClick(window, Qt::Key_F5);
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(activity.cbegin(), activity.cend(),
                                     [](const QList<QVariant> &said) {
                                         return said.value(0).toString().startsWith(
                                             QStringLiteral("Synced at"));
                                     }),
            30000);
        QCOMPARE(places->syncStateText(), QStringLiteral("Synced just now"));
    }

    /// The release picker above the places: another release of the workspace, chosen with the keys,
    /// is what the window shows (title, board), and the sync follows it to GitHub.
    void theReleasePickerSwitchesTheWindowAndTheSync()
    {
        auto narrower = hostedRelease();
        narrower.name = QStringLiteral("v4.1.3-console");
        narrower.repositories = narrower.repositories.mid(0, 1);
        auto desktop = openSynced(QStringLiteral("ghp_write"), {narrower});
        QVERIFY(desktop);
        auto *window = desktop->window();
        auto *picker = window->placesBar()->releasePicker();
        QVERIFY(picker->isVisible() && picker->isEnabled());
        QCOMPARE(picker->count(), 2);
        QCOMPARE(picker->currentText(), hostedRelease().name);
        const auto itemsBefore = window->boardPanel()->boardModel()->items()->rowCount();
        QSignalSpy activity(window->syncStatus(), &Views::SyncStatusWidget::activityChanged);

        // Alt+R reaches the picker (its label's mnemonic); Down picks the next release.
        QVERIFY(refocus(window, window->boardPanel()->columnViews().first()));
        QTest::keyClick(window, Qt::Key_R, Qt::AltModifier);
        QTRY_VERIFY(picker->hasFocus());
        QTest::keyClick(picker, Qt::Key_Down);
        QTRY_VERIFY(window->windowTitle().startsWith(narrower.name));
        QCOMPARE(picker->currentText(), narrower.name);
        // Only the first repository's cards: the other repository's are not in this release.
        const auto *items = window->boardPanel()->boardModel()->items();
        QVERIFY(items->rowCount() > 0 && items->rowCount() < itemsBefore);
        for (const auto &item : items->items())
            QCOMPARE(item.key.repository.name, narrower.repositories.first().repository.name);
        // The sync now runs for this release and finishes.
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(activity.cbegin(), activity.cend(),
                                     [](const QList<QVariant> &said) {
                                         return said.value(0).toString().startsWith(
                                             QStringLiteral("Synced at"));
                                     }),
            30000);
        // And back.
        QTest::keyClick(picker, Qt::Key_Up);
        QTRY_VERIFY(window->windowTitle().startsWith(hostedRelease().name));
        QTRY_COMPARE(window->boardPanel()->boardModel()->items()->rowCount(), itemsBefore);
    }

    /// The release signal is a place like the others: one click, its report built when seen.
    void theReleaseSignalIsAPlace()
    {
        auto desktop = openSynced(QStringLiteral("ghp_write"));
        QVERIFY(desktop);
        auto *window = desktop->window();
        auto *places = window->placesBar();
        auto *list = places->list();
        QVERIFY(!list->item(Views::PlacesBar::Signal)->icon().isNull());
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
            list->visualItemRect(list->item(Views::PlacesBar::Signal)).center());
        QTRY_VERIFY(window->isSignalShown());
        QTRY_VERIFY(window->signalPanel()->reportMarkdown().contains(hostedRelease().name));
        // The board's light leads there too; Ctrl+1 back, Ctrl+5 again.
        QTest::keyClick(window, Qt::Key_1, Qt::ControlModifier);
        QTRY_VERIFY(window->isBoardShown());
        QTest::keyClick(window, Qt::Key_5, Qt::ControlModifier);
        QTRY_VERIFY(window->isSignalShown());
        QCOMPARE(list->currentRow(), int(Views::PlacesBar::Signal));
    }

    /// The board in code freeze: the phase and countdown above it; View > Board Views lists the
    /// merge-pool buckets, the merges after the freeze and the exceptions with their counts, and
    /// picking one filters the board to exactly those cards; the saved-views box counts too.
    void theCodeFreezeDeskIsInTheViewMenu()
    {
        auto desktop = openSynced(QStringLiteral("ghp_write"));
        QVERIFY(desktop);
        auto *window = desktop->window();
        auto *board = window->boardPanel();
        const auto release = board->boardModel()->release();
        QVERIFY(!release.phases.isEmpty()); // the demo's schedule came with the release
        // The demo release froze six days ago and ships in ten.
        const auto today = QDate::currentDate();
        const auto expected = QStringLiteral("Day %1 of code freeze \u00B7 Release in %2 days")
                                  .arg(release.codeFreeze.daysTo(today) + 1)
                                  .arg(today.daysTo(release.releaseDate));
        QCOMPARE(board->readinessBar()->scheduleText(), expected);
        QVERIFY(board->readinessBar()->scheduleStatus().inCodeFreeze);

        // What the synced sample holds, counted here from the items; the menu must say the same.
        const auto &items = board->boardModel()->items()->items();
        int flagged = 0;
        for (const auto &item : items)
            flagged += board->boardModel()->context().mergedAfterFreeze.contains(item.key);
        const auto entry = QStringLiteral("Merged after code freeze (%1)").arg(flagged);
        QVERIFY(window->isBoardShown());
        board->queryBar()->setQuery(QStringLiteral("is:open"));
        QVERIFY(clickSubmenuEntry(window, QStringLiteral("&View"), QStringLiteral("Board &Views"), entry));
        QTRY_COMPARE(board->queryBar()->query(), QStringLiteral("freeze:merged-after"));
        int shown = 0;
        for (auto *view : board->columnViews()) {
            for (int row = 0; row < view->model()->rowCount(); ++row) {
                const auto warnings = Models::CardWarnings(
                    view->model()->index(row, 0).data(Models::BoardModel::WarningsRole).toInt());
                QVERIFY(warnings.testFlag(Models::CardWarning::MergedAfterFreeze));
                ++shown;
            }
        }
        QCOMPARE(shown, flagged);

        // The merge pool from the menu too: exactly the open PRs with both labels and no hold.
        int ready = 0;
        for (const auto &item : items)
            ready += item.isPullRequest() && item.isOpen() && item.hasLabel(u"lgtm")
                && item.hasLabel(u"approved") && !item.hasLabel(u"do-not-merge/hold");
        QVERIFY(clickSubmenuEntry(window, QStringLiteral("&View"), QStringLiteral("Board &Views"),
            QStringLiteral("Code freeze: ready to merge (%1)").arg(ready)));
        QTRY_VERIFY(board->queryBar()->query().contains(QStringLiteral("label:approved label:lgtm")));
        shown = 0;
        for (auto *view : board->columnViews())
            shown += view->model()->rowCount();
        QCOMPARE(shown, ready);

        // The saved-views box counts while its list is open, and not once it is closed.
        auto *box = board->queryBar()->savedViews();
        QTest::mouseClick(box, Qt::LeftButton);
        QTRY_VERIFY(box->view()->isVisible());
        const auto exceptions = box->findText(QStringLiteral("Freeze exceptions ("), Qt::MatchStartsWith);
        QVERIFY(exceptions >= 0);
        box->view()->setCurrentIndex(box->model()->index(exceptions, 0));
        QTest::keyClick(box->view(), Qt::Key_Return);
        QTRY_VERIFY(!box->view()->isVisible());
        QCOMPARE(board->queryBar()->query(), QStringLiteral("exception:any"));
        QCOMPARE(box->currentText(), QStringLiteral("Freeze exceptions"));
    }

    /// File > Edit Release: the Kubernetes preset counted back from the release date, saved; the
    /// phase line above the board follows, and the schedule is in the workspace.
    void theScheduleIsEditedInTheReleaseDialog()
    {
        auto desktop = openSynced(QStringLiteral("ghp_write"));
        QVERIFY(desktop);
        auto *window = desktop->window();
        QStringList seen;
        onNextModal([&](QWidget *modal) {
            auto *dialog = qobject_cast<Views::ReleaseDialog *>(modal);
            if (!dialog)
                return seen.append(QStringLiteral("no release dialog"));
            // The repositories' milestones arrive from GitHub first (saving before asks for them).
            const bool loaded = QTest::qWaitFor(
                [dialog] {
                    for (const auto *combo : dialog->findChildren<QComboBox *>()) {
                        if (combo->accessibleName().startsWith(QStringLiteral("Milestone of"))
                            && combo->currentData().toString().isEmpty())
                            return false;
                    }
                    return true;
                },
                20000);
            if (!loaded)
                seen.append(QStringLiteral("milestones never loaded"));
            dialog->schedulePresetField()->setFocus();
            while (dialog->schedulePresetField()->currentIndex() > 0)
                QTest::keyClick(dialog->schedulePresetField(), Qt::Key_Up);
            seen.append(dialog->schedulePresetField()->currentText());
            QTest::mouseClick(dialog->applyPresetButton(), Qt::LeftButton);
            seen.append(QStringLiteral("%1 phases").arg(dialog->phaseTable()->rowCount()));
            QTest::mouseClick(buttonOf(dialog, QDialogButtonBox::Save), Qt::LeftButton);
            seen.append(QStringLiteral("after saving: ") + dialog->statusText());
        });
        QVERIFY(clickMenuEntry(window, QStringLiteral("&File"), QStringLiteral("&Edit Release...")));
        QTRY_VERIFY_WITH_TIMEOUT(seen.size() >= 3, 20000);
        QVERIFY2(!seen.last().contains(QStringLiteral("Pick")), qPrintable(seen.join(u'\n')));
        const auto today = QDate::currentDate();
        const auto releaseDay = window->boardPanel()->boardModel()->release().releaseDate;
        // Kubernetes: code freeze three weeks before the release, test freeze two.
        const auto expected
            = QStringLiteral("Test freeze \u00B7 Day %1 of code freeze \u00B7 Release in %2 days")
                  .arg(releaseDay.addDays(-21).daysTo(today) + 1)
                  .arg(today.daysTo(releaseDay));
        QTRY_COMPARE_WITH_TIMEOUT(window->boardPanel()->readinessBar()->scheduleText(), expected, 10000);
        QVERIFY2(seen.contains(QStringLiteral("Kubernetes cycle")), qPrintable(seen.join(u'\n')));
        QVERIFY2(seen.contains(QStringLiteral("5 phases")), qPrintable(seen.join(u'\n')));
        Models::Store reader;
        QVERIFY(reader.open(m_dir.filePath(QStringLiteral("named-%1.sqlite").arg(m_workspaces))));
        const auto saved = Models::ReleaseRepository(reader).release(hostedRelease().name);
        QVERIFY(saved);
        QCOMPARE(saved->phases.size(), 5);
        QCOMPARE(saved->codeFreeze, releaseDay.addDays(-21));
    }

    /// F9 hides the details pane (the columns get the room); the next start comes back as left.
    void theDetailsPaneTogglesAndStaysAsLeft()
    {
        auto desktop = openSynced(QStringLiteral("ghp_write"));
        QVERIFY(desktop);
        auto *window = desktop->window();
        auto *details = window->boardPanel()->details();
        QVERIFY(details->isVisible());
        QVERIFY(refocus(window, window->boardPanel()->columnViews().first()));
        QTest::keyClick(window, Qt::Key_F9);
        QTRY_VERIFY(!details->isVisible());
        desktop.reset(); // quits: the layout goes to the settings
        App::DesktopApp again(m_settings.get(), m_secrets.get());
        QString error;
        QVERIFY2(
            again.open(m_dir.filePath(QStringLiteral("named-%1.sqlite").arg(m_workspaces)), true, &error),
            qPrintable(error));
        again.window()->show();
        QVERIFY(QTest::qWaitForWindowExposed(again.window()));
        QVERIFY(!again.window()->boardPanel()->details()->isVisible());
        QVERIFY(refocus(again.window(), again.window()->boardPanel()->columnViews().first()));
        QTest::keyClick(again.window(), Qt::Key_F9);
        QTRY_VERIFY(again.window()->boardPanel()->details()->isVisible());
    }

    /// The keyboard table in the user guide is the one the window makes from its actions.
    void theGuidesKeyboardTableIsTheWindowsOwn()
    {
        auto desktop = openSynced(QStringLiteral("ghp_write"));
        QVERIFY(desktop);
        QFile readme(QStringLiteral(RELEASEDESK_SOURCE_DIR "/docs/user-guide.md"));
        QVERIFY(readme.open(QIODevice::ReadOnly));
        const auto text = QString::fromUtf8(readme.readAll());
        const auto begin = text.indexOf(QStringLiteral("<!-- keyboard-table -->"));
        const auto end = text.indexOf(QStringLiteral("<!-- /keyboard-table -->"));
        QVERIFY(begin >= 0 && end > begin);
        const auto inReadme = text.mid(begin, end - begin).section(u'\n', 1).trimmed();
        const auto generated
            = Views::ShortcutTable::markdown(Views::ShortcutTable::rows(desktop->window())).trimmed();
        if (inReadme != generated) {
            // The table to paste, for whoever changed an action.
            QFile out(QDir::temp().filePath(QStringLiteral("releasedesk-keyboard-table.md")));
            if (out.open(QIODevice::WriteOnly))
                out.write(generated.toUtf8() + '\n');
            QFAIL(qPrintable(QStringLiteral(
                "The user guide's keyboard table differs from the window's; the window's is in %1")
                                 .arg(out.fileName())));
        }
        // And the menu says what the board does: Shift+L adds a label, plain L moves right.
        QVERIFY(generated.contains(QStringLiteral("| `Shift+L` | Add Label |")));
    }
};

QTEST_MAIN(JourneysTest)
#include "tst_journeys.moc"

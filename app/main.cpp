// Release Desk's composition root: parses the command line, builds the concrete store and models,
// and hands them to the views.

#include "commandline.h"
#include "translations.h"

#include "itemtablemodel.h"
#include "mainwindow.h"
#include "workspacelocation.h"
#include "workspaceloader.h"

#include <QApplication>
#include <QMessageBox>
#include <QTextStream>

#include <cstdio>

using namespace ReleaseDesk;

namespace {

int renderScreenshot(QWidget &window, const QString &path)
{
    window.show();
    QApplication::processEvents();
    const auto image = window.grab().toImage();
    if (image.isNull() || !image.save(path, "PNG")) {
        QTextStream(stderr) << QCoreApplication::translate("main", "Cannot write the screenshot to %1: check the "
                                                                   "folder exists and is writable.")
                                   .arg(path)
                            << Qt::endl;
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    // A screenshot or --help must work on a machine without a display.
    if (App::CommandLine::wantsOffscreen(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("releasedesk"));
    QApplication::setApplicationVersion(QStringLiteral(RELEASEDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.releasedesk.ReleaseDesk"));

    const auto arguments = QApplication::arguments();
    QString language;
    for (int i = 1; i + 1 < arguments.size(); ++i) {
        if (arguments[i] == QLatin1StringView("--language"))
            language = arguments[i + 1];
    }
    App::installTranslations(app, language.isEmpty() ? QLocale::system() : QLocale(language));
    QApplication::setApplicationDisplayName(QCoreApplication::translate("main", "Release Desk"));

    const auto commandLine = App::CommandLine::parse(arguments);
    if (!commandLine.error.isEmpty()) {
        QTextStream(stderr) << commandLine.error << Qt::endl
                            << QCoreApplication::translate("main", "Run 'releasedesk --help' for the options.")
                            << Qt::endl;
        return 2;
    }

    const auto path = commandLine.workspacePath.isEmpty() ? Models::WorkspaceLocation::demoWorkspacePath()
                                                          : commandLine.workspacePath;
    Models::Store store;
    auto workspace = Models::loadWorkspace(store, path, QDate::currentDate());
    if (workspace.error) {
        QTextStream(stderr) << workspace.error.message << Qt::endl;
        if (commandLine.screenshotPath.isEmpty())
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Cannot open the workspace"),
                                  workspace.error.message);
        return 3;
    }

    Models::ItemTableModel items;
    items.setItems(std::move(workspace.items));
    Views::MainWindow window({workspace.release.name, workspace.path, workspace.isDemo}, &items);

    if (!commandLine.screenshotPath.isEmpty())
        return renderScreenshot(window, commandLine.screenshotPath);
    window.show();
    return QApplication::exec();
}

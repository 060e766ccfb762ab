#include "signalcommand.h"

#include "commandworkspace.h"
#include "translations.h"

#include "board.h"
#include "signal/signalreport.h"
#include "signal/signalstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>
#include <QTimeZone>

namespace ReleaseDesk::App {

int runSignalCommand(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    setUpCommand(app);
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("SignalCommand", "Print a release's CI-signal report."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("signal"), QCoreApplication::translate("SignalCommand", "The signal command."));
    const auto workspaceOption = CommandWorkspace::workspaceOption();
    const auto releaseOption = CommandWorkspace::releaseOption();
    const QCommandLineOption formatOption(QStringLiteral("format"),
        QCoreApplication::translate("SignalCommand", "md (default) or json."),
        QCoreApplication::translate("SignalCommand", "FORMAT"), QStringLiteral("md"));
    // A report judged as of a fixed time can be reproduced (and compared with an earlier one).
    const QCommandLineOption atOption(QStringLiteral("at"),
        QCoreApplication::translate(
            "SignalCommand", "Judge the data as of TIME (ISO 8601, UTC; default: now)."),
        QCoreApplication::translate("SignalCommand", "TIME"));
    for (const auto *option : {&workspaceOption, &releaseOption, &formatOption, &atOption})
        parser.addOption(*option);
    parser.process(app);
    const auto format = parser.value(formatOption);
    if (format != QLatin1StringView("md") && format != QLatin1StringView("json")) {
        err << QCoreApplication::translate("SignalCommand", "--format must be md or json.") << Qt::endl;
        return 2;
    }
    auto at = QDateTime::currentDateTimeUtc();
    if (parser.isSet(atOption)) {
        at = QDateTime::fromString(parser.value(atOption), Qt::ISODate);
        if (!at.isValid()) {
            err << QCoreApplication::translate(
                "SignalCommand", "--at takes a time like 2026-11-25T12:00:00Z.")
                << Qt::endl;
            return 2;
        }
        at = at.toUTC();
    }

    CommandWorkspace workspace;
    if (const int status = workspace.open(parser.value(workspaceOption), parser.value(releaseOption)))
        return status;
    const auto &release = workspace.release;
    Models::SignalStore signal(workspace.store);
    Models::SignalInputs inputs;
    inputs.release = release;
    inputs.items = workspace.items;
    inputs.context = Models::Board::context(workspace.items, release);
    inputs.evidence = signal.evidence(release, at);
    QSet<Api::RepositoryRef> repositories;
    for (const auto &entry : release.repositories) {
        repositories.insert(entry.repository);
        for (const auto &branch : {release.releaseBranch, release.mainBranch}) {
            if (branch.isEmpty())
                continue;
            if (const auto head = signal.branchHead(entry.repository, branch))
                inputs.heads.append(*head);
            auto history = signal.branchHistory(entry.repository, branch);
            if (!history.commits.isEmpty())
                inputs.histories.append(history);
        }
    }
    // Tracking issues rarely sit in the release's milestone: every stored issue of its repositories.
    for (const auto &item : workspace.store.items()) {
        if (repositories.contains(item.key.repository))
            inputs.candidates.append(item);
    }
    const auto report = Models::SignalReport::build(inputs);
    if (format == QLatin1StringView("json"))
        out << QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
    else
        out << report.toMarkdown();
    return 0;
}

} // namespace ReleaseDesk::App

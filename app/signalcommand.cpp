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
    CommandParser parser(app, "signal", CommandParser::Demo::NotOffered);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QCommandLineOption formatOption(QStringLiteral("format"),
        QCoreApplication::translate("SignalCommand", "md (default) or json."),
        QCoreApplication::translate("SignalCommand", "FORMAT"), QStringLiteral("md"));
    // A report judged as of a fixed time can be reproduced (and compared with an earlier one).
    const QCommandLineOption atOption(QStringLiteral("at"),
        QCoreApplication::translate(
            "SignalCommand", "Judge the data as of TIME (ISO 8601, UTC; default: now)."),
        QCoreApplication::translate("SignalCommand", "TIME"));
    // The weekly report says what changed since the one before: each report printed is remembered.
    const QCommandLineOption noRecordOption(QStringLiteral("no-record"),
        QCoreApplication::translate("SignalCommand",
            "Do not remember this report as the last one (the next report then compares with the "
            "one before it)."));
    parser.process(app, {&formatOption, &atOption, &noRecordOption});
    const auto format = parser.oneOf(formatOption, {u"md", u"json"},
        QCoreApplication::translate("SignalCommand", "--format must be md or json."));
    if (!format)
        return 2;
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
    if (const int status = parser.open(workspace))
        return status;
    const auto &release = workspace.release;
    const auto report = Models::SignalReport::build(
        Models::SignalStore(workspace.store)
            .reportInputs(release, workspace.items, Models::Board::context(workspace.items, release), at));
    if (!parser.isSet(noRecordOption) && release.id > 0
        && !Models::SignalStore(workspace.store).recordReport(release.id, Models::SignalRecord::of(report))) {
        err << QCoreApplication::translate("SignalCommand", "Cannot remember the report in the workspace: %1")
                   .arg(workspace.store.lastError().message)
            << Qt::endl;
        return 1;
    }
    if (*format == u"json")
        out << QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
    else
        out << report.toMarkdown();
    return 0;
}

} // namespace ReleaseDesk::App

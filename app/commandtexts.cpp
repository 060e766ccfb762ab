#include "commandworkspace.h"

#include <QCoreApplication>

#include <algorithm>
#include <iterator>

namespace ReleaseDesk::App {

namespace {

/// Every workspace command's name and help texts, in one table. The texts are marked for
/// translation here and translated by CommandParser, after the command installed the translations.
const CommandText commandTexts[] = {
    {"board", QT_TRANSLATE_NOOP("ReleaseDesk::App", "Print a release's blocker board."),
        QT_TRANSLATE_NOOP("ReleaseDesk::App", "The board command.")},
    {"cherry-picks",
        QT_TRANSLATE_NOOP("ReleaseDesk::App",
            "Print a release's cherry-pick matrix: each fix merged on the main branch that needs "
            "back-porting, and what each maintained branch holds of it."),
        QT_TRANSLATE_NOOP("ReleaseDesk::App", "The cherry-picks command.")},
    {"metrics",
        QT_TRANSLATE_NOOP("ReleaseDesk::App",
            "Print a release's metrics: burndown, blockers, throughput, lead time, CI health, "
            "breakdowns."),
        QT_TRANSLATE_NOOP("ReleaseDesk::App", "The metrics command.")},
    {"report",
        QT_TRANSLATE_NOOP("ReleaseDesk::App",
            "Write a release's retrospective pack: report.md and report.html with the charts as images."),
        QT_TRANSLATE_NOOP("ReleaseDesk::App", "The report command.")},
    {"notes",
        QT_TRANSLATE_NOOP("ReleaseDesk::App", "Render a release's notes, with the edits saved in its draft."),
        QT_TRANSLATE_NOOP("ReleaseDesk::App", "The notes command.")},
    {"signal", QT_TRANSLATE_NOOP("SignalCommand", "Print a release's CI-signal report."),
        QT_TRANSLATE_NOOP("SignalCommand", "The signal command."), "SignalCommand"},
};

} // namespace

const CommandText &CommandText::of(const char *name)
{
    const auto found = std::find_if(std::cbegin(commandTexts), std::cend(commandTexts),
        [name](const CommandText &text) { return qstrcmp(text.name, name) == 0; });
    if (found == std::cend(commandTexts))
        qFatal("No help texts for the command \"%s\" in app/commandtexts.cpp", name);
    return *found;
}

} // namespace ReleaseDesk::App

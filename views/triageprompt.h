#pragma once

#include "triage.h"

#include "api/item.h"

#include <QCoreApplication>
#include <QStringList>

class QWidget;

namespace ReleaseDesk::Views {

/// What the pickers may offer for a triage batch (labels, people, milestones seen on the board).
struct TriageChoices
{
    QStringList labels;
    QStringList people;
    QStringList milestones;
};

/// Asks for what a triage action needs (a label, a login, a comment) and previews every change of
/// the batch before anything is sent. The preview lists exactly the cards it was given.
class TriagePrompt final
{
    Q_DECLARE_TR_FUNCTIONS(ReleaseDesk::Views::TriagePrompt)

public:
    /// The confirmed changes; empty when the user cancelled or nothing would change (then
    /// `message` says why).
    static QList<Models::TriageChange> ask(QWidget *parent, Models::TriageAction::Kind kind,
        const QList<Api::Item> &selected, const TriageChoices &choices, const QString &presetValue,
        QString *message);
    /// The preview alone: `lines` (one per change, exactly what will be sent) and a `note` under
    /// them; true when the user sends.
    static bool confirm(QWidget *parent, const QStringList &lines, const QString &note = {});
};

} // namespace ReleaseDesk::Views

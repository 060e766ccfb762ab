#include "triageprompt.h"

#include "untrustedtext.h"

#include <QHash>
#include <QInputDialog>
#include <QMessageBox>
#include <QRegularExpression>

namespace ReleaseDesk::Views {

using Kind = Models::TriageAction::Kind;

QList<Models::TriageChange> TriagePrompt::ask(QWidget *parent, Kind kind, const QList<Api::Item> &selected,
    const TriageChoices &choices, const QString &presetValue, QString *message)
{
    const auto count = int(selected.size());
    QString value = presetValue;
    bool ok = true;
    auto pick = [&](const QString &title, const QString &prompt, QStringList offered) {
        offered.removeDuplicates();
        offered.sort();
        // Names come from GitHub: their direction controls are shown as what they are (an entry of
        // its own has no text around it to reorder, and completion by prefix keeps working). What is
        // picked is the name itself; what is typed loses any isolate marks pasted along.
        QStringList shown;
        QHash<QString, QString> names;
        for (const auto &name : std::as_const(offered)) {
            shown.append(Models::withVisibleDirectionControls(name));
            names.insert(shown.last(), name);
        }
        const auto chosen = QInputDialog::getItem(parent, title, prompt, shown, 0, true, &ok);
        if (names.contains(chosen))
            return names.value(chosen);
        auto typed = chosen;
        typed.remove(QRegularExpression(QStringLiteral("[\\x{2066}-\\x{2069}]")));
        return typed.trimmed();
    };
    switch (kind) {
    case Kind::AddLabel:
        value = pick(tr("Add Label"), tr("Label to add to %n card(s):", nullptr, count), choices.labels);
        break;
    case Kind::RemoveLabel: {
        QStringList present;
        for (const auto &item : selected)
            for (const auto &label : item.labels)
                present.append(label.name);
        value = pick(tr("Remove Label"), tr("Label to remove from %n card(s):", nullptr, count), present);
        break;
    }
    case Kind::SetMilestone:
        value = pick(tr("Set Milestone"),
            tr("Milestone for %n card(s) (matched per repository):", nullptr, count), choices.milestones);
        break;
    case Kind::Assign:
        value = pick(tr("Assign"), tr("Login to assign to %n card(s):", nullptr, count), choices.people);
        break;
    case Kind::Unassign: {
        QStringList present;
        for (const auto &item : selected)
            present.append(item.assignees);
        value = pick(tr("Unassign"), tr("Login to unassign from %n card(s):", nullptr, count), present);
        break;
    }
    case Kind::Comment:
        if (value.isEmpty())
            value = QInputDialog::getMultiLineText(
                parent, tr("Comment"), tr("Comment on %n card(s):", nullptr, count), QString(), &ok);
        break;
    case Kind::Close:
    case Kind::Reopen:
        kind = selected.first().isOpen() ? Kind::Close : Kind::Reopen;
        break;
    case Kind::ClearMilestone:
        break;
    }
    if (!ok
        || (value.isEmpty() && kind != Kind::Close && kind != Kind::Reopen && kind != Kind::ClearMilestone))
        return {};

    QList<Models::TriageChange> changes;
    QStringList lines;
    for (const auto &item : selected) {
        const Models::TriageAction action {kind, value};
        if (action.applyTo(item)) {
            changes.append({item.key, action});
            lines.append(action.describe(item));
        }
    }
    if (changes.isEmpty()) {
        if (message)
            *message = tr("Nothing to change: the selected cards already look like that.");
        return {};
    }
    if (!confirm(parent, lines))
        return {};
    return changes;
}

bool TriagePrompt::confirm(QWidget *parent, const QStringList &lines, const QString &note)
{
    QMessageBox preview(QMessageBox::Question, tr("Send to GitHub?"),
        tr("%n change(s) will be sent to GitHub:", nullptr, int(lines.size())),
        QMessageBox::Ok | QMessageBox::Cancel, parent);
    preview.setObjectName(QStringLiteral("triagePreview"));
    preview.setTextFormat(Qt::PlainText); // titles and labels come from GitHub
    const auto shown = lines.mid(0, 15);
    preview.setInformativeText(shown.join(QLatin1Char('\n'))
        + (lines.size() > shown.size() ? tr("\n... and %n more", nullptr, int(lines.size() - shown.size()))
                                       : QString())
        + (note.isEmpty() ? QString() : QStringLiteral("\n\n") + note));
    preview.setDetailedText(lines.join(QLatin1Char('\n')));
    return preview.exec() == QMessageBox::Ok;
}

} // namespace ReleaseDesk::Views

#include "cherrypickpolicyeditor.h"

#include "optionaldateedit.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QRegularExpression>

namespace ReleaseDesk::Views {

namespace {
QStringList splitList(const QString &text)
{
    QStringList result;
    for (const auto &part : text.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts)) {
        if (!result.contains(part))
            result.append(part);
    }
    return result;
}
} // namespace

CherryPickPolicyEditor::CherryPickPolicyEditor(QWidget *parent)
    : QWidget(parent)
    , m_branches(new QLineEdit(this))
    , m_labels(new QLineEdit(this))
    , m_command(new QLineEdit(this))
    , m_since(new OptionalDateEdit({}, tr("Cherry-picks merged since"), this))
{
    m_branches->setAccessibleName(tr("Maintained branches"));
    m_branches->setPlaceholderText(tr("release-4.1, release-4.0, release-3.5"));
    m_branches->setToolTip(
        tr("The branches that receive cherry-picks of fixes, newest first: one column each "
           "in the cherry-pick matrix. Empty: no matrix."));
    m_labels->setAccessibleName(tr("Labels that need back-porting"));
    m_labels->setToolTip(tr("A pull request merged into the main branch carrying any of these labels needs "
                            "back-porting. A fix labelled do-not-cherry-pick (or do-not-cherry-pick/BRANCH) "
                            "needs none."));
    m_command->setAccessibleName(tr("Cherry-pick command"));
    m_command->setToolTip(tr("The comment that asks the bot for a cherry-pick; %1 is the branch."));
    m_command->setPlaceholderText(Models::CherryPickPolicy().command);
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Maintained branches:"), m_branches);
    form->addRow(tr("Back-port labels:"), m_labels);
    form->addRow(tr("Bot command:"), m_command);
    form->addRow(tr("Merged since:"), m_since);
    setPolicy({});
}

void CherryPickPolicyEditor::setPolicy(const Models::CherryPickPolicy &policy)
{
    m_branches->setText(policy.maintainedBranches.join(QStringLiteral(", ")));
    m_labels->setText(policy.labels.join(QStringLiteral(", ")));
    m_command->setText(policy.command);
    m_since->setDate(policy.since);
}

Models::CherryPickPolicy CherryPickPolicyEditor::policy() const
{
    Models::CherryPickPolicy policy;
    policy.maintainedBranches = splitList(m_branches->text());
    const auto labels = splitList(m_labels->text());
    if (!labels.isEmpty())
        policy.labels = labels;
    if (!m_command->text().trimmed().isEmpty())
        policy.command = m_command->text().trimmed();
    policy.since = m_since->date();
    return policy;
}

QString CherryPickPolicyEditor::problem() const
{
    const auto command = m_command->text().trimmed();
    if (!command.isEmpty() && !command.startsWith(QLatin1Char('/')))
        return tr("Write the cherry-pick command as the bot reads it, starting with \"/\", for example "
                  "/cherrypick %1.");
    return {};
}

} // namespace ReleaseDesk::Views

#include "releasedialog.h"

#include "cherrypickpolicyeditor.h"
#include "optionaldateedit.h"

#include "releasesetupflow.h"
#include "schedule.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStringListModel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ReleaseDesk::Views {

ReleaseDialog::ReleaseDialog(Models::ReleaseSetupFlow *flow, const Api::Release &initial, QWidget *parent)
    : QDialog(parent)
    , m_flow(flow)
    , m_initial(initial)
    , m_name(new QLineEdit(initial.name, this))
    , m_repositoryInput(new QLineEdit(this))
    , m_completion(new QStringListModel(this))
    , m_repositories(new QTableWidget(0, 3, this))
    , m_releaseBranch(new QLineEdit(initial.releaseBranch, this))
    , m_mainBranch(
          new QLineEdit(initial.mainBranch.isEmpty() ? QStringLiteral("master") : initial.mainBranch, this))
    , m_featureFreeze(new OptionalDateEdit(initial.featureFreeze, tr("Feature freeze"), this))
    , m_codeFreeze(new OptionalDateEdit(initial.codeFreeze, tr("Code freeze"), this))
    , m_releaseDate(new OptionalDateEdit(initial.releaseDate, tr("Release date"), this))
    , m_phases(new QTableWidget(0, 3, this))
    , m_schedulePreset(new QComboBox(this))
    , m_applyPreset(new QPushButton(tr("Appl&y"), this))
    , m_addPhase(new QPushButton(tr("Add P&hase"), this))
    , m_exceptionLabel(new QLineEdit(initial.exceptionLabel, this))
    , m_blockerPreset(new QComboBox(this))
    , m_blockerRule(new QLineEdit(this))
    , m_staleAfter(new QSpinBox(this))
    , m_requiredContexts(new QLineEdit(this))
    , m_cherryPicks(new CherryPickPolicyEditor(this))
    , m_status(new QLabel(this))
{
    m_staleAfter->setRange(1, 24 * 14);
    m_staleAfter->setSuffix(tr(" h"));
    m_staleAfter->setAccessibleName(tr("Data is stale after"));
    m_staleAfter->setToolTip(tr("Older data (since a repository's last successful sync) makes the go/no-go "
                                "light Unknown."));
    m_requiredContexts->setPlaceholderText(tr("pull-kubesphere-unit-test, build"));
    m_requiredContexts->setAccessibleName(tr("Required CI contexts"));
    m_requiredContexts->setToolTip(tr("Blocking contexts beside those the branch protection requires; needed "
                                      "where the token cannot read the protection rule."));
    setSignalSettings({});
    setWindowTitle(initial.name.isEmpty() ? tr("New Release") : tr("Edit Release %1").arg(initial.name));
    m_name->setPlaceholderText(tr("v4.1.3"));
    m_name->setAccessibleName(tr("Release name"));
    m_repositoryInput->setPlaceholderText(tr("owner/name, then Enter"));
    m_repositoryInput->setAccessibleName(tr("Repository to add"));
    auto *completer = new QCompleter(m_completion, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_repositoryInput->setCompleter(completer);
    auto *addButton = new QPushButton(tr("&Add"), this);
    auto *removeButton = new QPushButton(tr("&Remove"), this);

    m_repositories->setHorizontalHeaderLabels({tr("Repository"), tr("Milestone"), tr("Range (optional)")});
    m_repositories->horizontalHeaderItem(2)->setToolTip(
        tr("Merged pull requests of the commits between two tags or branches also belong to the release, "
           "for its notes: for example v4.1.2..release-4.1."));
    m_repositories->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_repositories->verticalHeader()->hide();
    m_repositories->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_repositories->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_repositories->setAccessibleName(tr("Repositories and milestones"));

    m_releaseBranch->setAccessibleName(tr("Release branch"));
    m_mainBranch->setAccessibleName(tr("Main branch"));
    // Presets by name; the rule itself stays visible and editable beside them ("Custom" once edited).
    m_blockerPreset->setAccessibleName(tr("Blocker rule preset"));
    for (const auto &preset : Models::ReleaseSetupFlow::blockerRulePresets())
        m_blockerPreset->addItem(preset.name, preset.expression);
    m_blockerPreset->addItem(tr("Custom"), QString());
    m_blockerRule->setAccessibleName(tr("Blocker rule"));
    m_blockerRule->setToolTip(tr("Which items are release blockers, in the query bar's syntax."));
    const auto showRule = [this](const QString &rule) {
        const auto preset = m_blockerPreset->findData(rule);
        m_blockerPreset->setCurrentIndex(
            preset >= 0 && !rule.isEmpty() ? preset : m_blockerPreset->count() - 1);
    };
    m_blockerRule->setText(
        initial.blockerRule.isEmpty() ? m_blockerPreset->itemData(0).toString() : initial.blockerRule);
    showRule(m_blockerRule->text());
    connect(m_blockerPreset, &QComboBox::activated, this, [this](int index) {
        const auto rule = m_blockerPreset->itemData(index).toString();
        if (!rule.isEmpty())
            m_blockerRule->setText(rule);
        else
            m_blockerRule->setFocus(Qt::OtherFocusReason);
    });
    connect(m_blockerRule, &QLineEdit::textEdited, this, showRule);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    // The schedule: the three key dates above, further phases here, presets counted back from the
    // release date.
    m_phases->setHorizontalHeaderLabels({tr("Phase"), tr("Name (optional)"), tr("Starts")});
    m_phases->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_phases->verticalHeader()->hide();
    m_phases->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_phases->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_phases->setAccessibleName(tr("Further phases"));
    m_phases->setMinimumHeight(90);
    m_schedulePreset->setAccessibleName(tr("Schedule preset"));
    for (const auto &preset : Models::Schedule::presets())
        m_schedulePreset->addItem(preset.name);
    m_applyPreset->setToolTip(
        tr("Sets the freezes and phases of the preset, counted back from the release date."));
    m_exceptionLabel->setAccessibleName(tr("Exception label"));
    m_exceptionLabel->setPlaceholderText(tr("freeze-exception"));
    m_exceptionLabel->setToolTip(tr("The label that asks for an exception to the freeze; LABEL-approved and "
                                    "LABEL-rejected answer it. Empty: exceptions are not tracked."));
    for (const auto &phase : initial.phases)
        addPhase(phase);

    auto *repositoryRow = new QHBoxLayout;
    repositoryRow->addWidget(m_repositoryInput, 1);
    repositoryRow->addWidget(addButton);
    repositoryRow->addWidget(removeButton);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Re&positories:"), repositoryRow);
    form->addRow(QString(), m_repositories);
    form->addRow(tr("Release &branch:"), m_releaseBranch);
    form->addRow(tr("&Main branch:"), m_mainBranch);
    form->addRow(tr("&Feature freeze:"), m_featureFreeze);
    form->addRow(tr("&Code freeze:"), m_codeFreeze);
    form->addRow(tr("Release &date:"), m_releaseDate);
    auto *removePhase = new QPushButton(tr("Remove Phase"), this);
    auto *scheduleRow = new QHBoxLayout;
    scheduleRow->addWidget(m_schedulePreset, 1);
    scheduleRow->addWidget(m_applyPreset);
    scheduleRow->addWidget(m_addPhase);
    scheduleRow->addWidget(removePhase);
    form->addRow(tr("Sched&ule:"), scheduleRow);
    form->addRow(QString(), m_phases);
    form->addRow(tr("E&xception label:"), m_exceptionLabel);
    connect(m_applyPreset, &QPushButton::clicked, this, &ReleaseDialog::applySchedulePreset);
    connect(m_addPhase, &QPushButton::clicked, this, [this] {
        addPhase({Models::Schedule::TestFreeze, QString(),
            m_releaseDate->date().isValid() ? m_releaseDate->date() : QDate::currentDate()});
        m_phases->setCurrentCell(m_phases->rowCount() - 1, 0);
    });
    connect(removePhase, &QPushButton::clicked, this, [this] {
        const auto row = m_phases->currentRow();
        if (row >= 0)
            m_phases->removeRow(row);
    });
    auto *blockerRow = new QHBoxLayout;
    blockerRow->addWidget(m_blockerPreset);
    blockerRow->addWidget(m_blockerRule, 1);
    form->addRow(tr("B&locker rule:"), blockerRow);
    form->addRow(tr("Stal&e after:"), m_staleAfter);
    form->addRow(tr("Required CI con&texts:"), m_requiredContexts);
    form->addRow(tr("Cherry-picks:"), m_cherryPicks);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(760, 820);

    connect(addButton, &QPushButton::clicked, this, [this] {
        if (addRepository(m_repositoryInput->text()))
            m_repositoryInput->clear();
    });
    connect(m_repositoryInput, &QLineEdit::returnPressed, addButton, &QPushButton::click);
    connect(removeButton, &QPushButton::clicked, this, [this] {
        const auto row = m_repositories->currentRow();
        if (row >= 0)
            m_repositories->removeRow(row);
    });
    connect(m_releaseBranch, &QLineEdit::textEdited, this, [this] { m_branchEdited = true; });
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &name) {
        if (!m_branchEdited)
            m_releaseBranch->setText(Models::ReleaseSetupFlow::suggestReleaseBranch(name));
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &ReleaseDialog::validateAndAccept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_flow, &Models::ReleaseSetupFlow::repositoriesLoaded, this,
        [this](const QList<Api::RepositoryRef> &repositories) {
            QStringList names;
            for (const auto &repository : repositories)
                names.append(repository.fullName());
            m_completion->setStringList(names);
        });
    connect(m_flow, &Models::ReleaseSetupFlow::milestonesLoaded, this, &ReleaseDialog::showMilestones);
    connect(m_flow, &Models::ReleaseSetupFlow::failed, m_status, &QLabel::setText);

    for (const auto &entry : initial.repositories) {
        addRepository(entry.repository.fullName());
        const auto row = m_repositories->rowCount() - 1;
        if (!entry.milestones.isEmpty()) {
            auto *combo = qobject_cast<QComboBox *>(m_repositories->cellWidget(row, 1));
            combo->addItem(entry.milestones.first());
        }
        qobject_cast<QLineEdit *>(m_repositories->cellWidget(row, 2))->setText(Api::formatRefRange(entry));
    }
    m_flow->loadRepositories();
}

QString ReleaseDialog::statusText() const
{
    return m_status->text();
}

bool ReleaseDialog::addRepository(const QString &text)
{
    auto repository = Api::RepositoryRef::fromString(text);
    if (!repository.isValid() || text.trimmed().count(QLatin1Char('/')) != 1) {
        m_status->setText(tr("Enter a repository as owner/name, for example kubesphere/console."));
        return false;
    }
    repository.host = m_flow->host();
    if (rowOf(repository) >= 0) {
        m_status->setText(tr("%1 is already in the release.").arg(repository.fullName()));
        return false;
    }
    const auto row = m_repositories->rowCount();
    m_repositories->insertRow(row);
    auto *item = new QTableWidgetItem(repository.fullName());
    item->setData(Qt::UserRole, repository.fullName());
    m_repositories->setItem(row, 0, item);
    auto *milestone = new QComboBox(m_repositories);
    milestone->setAccessibleName(tr("Milestone of %1").arg(repository.fullName()));
    milestone->setPlaceholderText(tr("loading milestones..."));
    connect(milestone, &QComboBox::activated, this, [this, milestone] {
        m_status->clear(); // "Pick a milestone for ..." is answered
        proposeReleaseDate(milestone);
    });
    m_repositories->setCellWidget(row, 1, milestone);
    auto *range = new QLineEdit(m_repositories);
    range->setAccessibleName(tr("Range of %1").arg(repository.fullName()));
    range->setPlaceholderText(tr("from-tag..to-branch"));
    m_repositories->setCellWidget(row, 2, range);
    m_status->clear();
    m_flow->loadMilestones(repository);
    return true;
}

int ReleaseDialog::rowOf(const Api::RepositoryRef &repository) const
{
    for (int row = 0; row < m_repositories->rowCount(); ++row) {
        if (m_repositories->item(row, 0)->data(Qt::UserRole).toString() == repository.fullName())
            return row;
    }
    return -1;
}

void ReleaseDialog::showMilestones(
    const Api::RepositoryRef &repository, const QList<Api::Milestone> &milestones)
{
    const auto row = rowOf(repository);
    if (row < 0)
        return;
    auto *combo = qobject_cast<QComboBox *>(m_repositories->cellWidget(row, 1));
    const auto previous = combo->currentText();
    combo->clear();
    for (const auto &milestone : milestones) {
        combo->addItem(
            milestone.open ? milestone.title : tr("%1 (closed)").arg(milestone.title), milestone.title);
        combo->setItemData(combo->count() - 1, milestone.dueOn.date(), DueDateRole);
    }
    if (milestones.isEmpty())
        combo->setPlaceholderText(tr("no milestones"));
    const auto wanted = !previous.isEmpty()
        ? previous
        : Models::ReleaseSetupFlow::suggestMilestone(milestones, m_name->text());
    const auto index = combo->findData(wanted);
    combo->setCurrentIndex(index);
    proposeReleaseDate(combo);
}

void ReleaseDialog::proposeReleaseDate(const QComboBox *milestone)
{
    // A milestone's due date is the release date GitHub already knows.
    m_releaseDate->propose(milestone->currentData(DueDateRole).toDate());
}

Api::Release ReleaseDialog::release() const
{
    auto release = m_initial;
    release.name = m_name->text().trimmed();
    release.repositories.clear();
    for (int row = 0; row < m_repositories->rowCount(); ++row) {
        auto repository
            = Api::RepositoryRef::fromString(m_repositories->item(row, 0)->data(Qt::UserRole).toString());
        repository.host = m_flow->host();
        const auto *combo = qobject_cast<QComboBox *>(m_repositories->cellWidget(row, 1));
        const auto milestone = combo->currentData().toString().isEmpty() ? combo->currentText()
                                                                         : combo->currentData().toString();
        Api::ReleaseRepository entry {
            repository, milestone.isEmpty() ? QStringList() : QStringList {milestone}};
        const auto range = qobject_cast<QLineEdit *>(m_repositories->cellWidget(row, 2))->text();
        Api::parseRefRange(range, &entry.rangeFrom, &entry.rangeTo);
        release.repositories.append(entry);
    }
    release.releaseBranch = m_releaseBranch->text().trimmed();
    release.mainBranch = m_mainBranch->text().trimmed();
    release.featureFreeze = m_featureFreeze->date();
    release.codeFreeze = m_codeFreeze->date();
    release.releaseDate = m_releaseDate->date();
    release.blockerRule = m_blockerRule->text().trimmed();
    release.exceptionLabel = m_exceptionLabel->text().trimmed();
    release.phases.clear();
    for (int row = 0; row < m_phases->rowCount(); ++row) {
        const auto *kind = qobject_cast<QComboBox *>(m_phases->cellWidget(row, 0));
        const auto *name = qobject_cast<QLineEdit *>(m_phases->cellWidget(row, 1));
        const auto *starts = qobject_cast<QDateEdit *>(m_phases->cellWidget(row, 2));
        release.phases.append({kind->currentData().toString(), name->text().trimmed(), starts->date()});
    }
    return release;
}

void ReleaseDialog::validateAndAccept()
{
    const auto value = release();
    if (value.name.isEmpty())
        return m_status->setText(tr("Give the release a name, for example v4.1.3."));
    if (value.repositories.isEmpty())
        return m_status->setText(tr("Add at least one repository."));
    for (int row = 0; row < value.repositories.size(); ++row) {
        const auto &entry = value.repositories.at(row);
        const auto rangeText
            = qobject_cast<QLineEdit *>(m_repositories->cellWidget(row, 2))->text().trimmed();
        if (!rangeText.isEmpty() && !entry.hasRange())
            return m_status->setText(tr(
                "Write the range of %1 as FROM..TO, two tags or branches, for example v4.1.2..release-4.1.")
                                         .arg(entry.repository.fullName()));
        if (entry.milestones.isEmpty() && !entry.hasRange())
            return m_status->setText(
                tr("Pick a milestone for %1, or give it a range.").arg(entry.repository.fullName()));
    }
    for (int row = 0; row < value.phases.size(); ++row) {
        if (value.phases.at(row).kind == Models::Schedule::Custom && value.phases.at(row).name.isEmpty())
            return m_status->setText(tr("Name phase %1, or pick its kind.").arg(row + 1));
    }
    if (const auto problem = m_cherryPicks->problem(); !problem.isEmpty())
        return m_status->setText(problem);
    accept();
}

} // namespace ReleaseDesk::Views

#pragma once

#include "cherrypick/cherrypickmatrix.h"
#include "signal/signalsettings.h"

#include "api/milestone.h"
#include "api/release.h"

#include <QDialog>

class QComboBox;

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStringListModel;
class QTableWidget;

namespace ReleaseDesk::Models {
class ReleaseSetupFlow;
}

namespace ReleaseDesk::Views {

class CherryPickPolicyEditor;
class OptionalDateEdit;

/// Defines a release: its repositories (completed from the account's), a milestone per repository
/// (picked from its milestones, suggested leniently from the release name), branches, dates and
/// the blocker rule.
class ReleaseDialog final : public QDialog
{
    Q_OBJECT

public:
    ReleaseDialog(Models::ReleaseSetupFlow *flow, const Api::Release &initial, QWidget *parent = nullptr);

    /// The release as entered (valid once the dialog is accepted).
    Api::Release release() const;
    /// What the go/no-go light judges the release by: the staleness limit and the required
    /// contexts the release names beside branch protection; the rest of `initial` is kept.
    void setSignalSettings(const Models::SignalSettings &initial);
    Models::SignalSettings signalSettings() const;
    /// The maintained branches and what needs back-porting (stored beside the release).
    void setCherryPickPolicy(const Models::CherryPickPolicy &initial);
    Models::CherryPickPolicy cherryPickPolicy() const;
    CherryPickPolicyEditor *cherryPickEditor() const { return m_cherryPicks; }
    QSpinBox *staleAfterField() const { return m_staleAfter; }
    QLineEdit *requiredContextsField() const { return m_requiredContexts; }

    QLineEdit *nameField() const { return m_name; }
    QLineEdit *repositoryField() const { return m_repositoryInput; }
    QTableWidget *repositoryTable() const { return m_repositories; }
    QLineEdit *releaseBranchField() const { return m_releaseBranch; }
    OptionalDateEdit *releaseDateField() const { return m_releaseDate; }
    QComboBox *blockerPresetField() const { return m_blockerPreset; }
    QLineEdit *blockerRuleField() const { return m_blockerRule; }
    OptionalDateEdit *featureFreezeField() const { return m_featureFreeze; }
    OptionalDateEdit *codeFreezeField() const { return m_codeFreeze; }
    /// The further phases: kind, the team's name (optional), the day it starts.
    QTableWidget *phaseTable() const { return m_phases; }
    QComboBox *schedulePresetField() const { return m_schedulePreset; }
    QPushButton *applyPresetButton() const { return m_applyPreset; }
    QPushButton *addPhaseButton() const { return m_addPhase; }
    QLineEdit *exceptionLabelField() const { return m_exceptionLabel; }
    /// Adds a row to the phase table.
    void addPhase(const Api::ReleasePhase &phase);
    QStringListModel *completionModel() const { return m_completion; }
    QString statusText() const;

    /// Adds a repository row ("owner/name") and asks for its milestones.
    bool addRepository(const QString &text);

private:
    static constexpr int DueDateRole = Qt::UserRole + 1;
    void proposeReleaseDate(const QComboBox *milestone);
    void applySchedulePreset();

    void showMilestones(const Api::RepositoryRef &repository, const QList<Api::Milestone> &milestones);
    void validateAndAccept();
    int rowOf(const Api::RepositoryRef &repository) const;

    Models::ReleaseSetupFlow *m_flow;
    Api::Release m_initial;
    QLineEdit *m_name;
    QLineEdit *m_repositoryInput;
    QStringListModel *m_completion;
    QTableWidget *m_repositories;
    QLineEdit *m_releaseBranch;
    QLineEdit *m_mainBranch;
    OptionalDateEdit *m_featureFreeze;
    OptionalDateEdit *m_codeFreeze;
    OptionalDateEdit *m_releaseDate;
    QTableWidget *m_phases;
    QComboBox *m_schedulePreset;
    QPushButton *m_applyPreset;
    QPushButton *m_addPhase;
    QLineEdit *m_exceptionLabel;
    QComboBox *m_blockerPreset;
    QLineEdit *m_blockerRule;
    QSpinBox *m_staleAfter;
    QLineEdit *m_requiredContexts;
    Models::SignalSettings m_signal;
    CherryPickPolicyEditor *m_cherryPicks;
    QLabel *m_status;
    bool m_branchEdited = false;
};

} // namespace ReleaseDesk::Views

#pragma once

#include "cherrypick/cherrypickmatrix.h"

#include <QWidget>

class QLineEdit;

namespace ReleaseDesk::Views {

class OptionalDateEdit;

/// The release dialog's cherry-pick section: the branches the release maintains, the labels that
/// make a fix need back-porting, the bot's command and the day from which merges count.
class CherryPickPolicyEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit CherryPickPolicyEditor(QWidget *parent = nullptr);

    void setPolicy(const Models::CherryPickPolicy &policy);
    /// The policy as entered; fields left empty keep the defaults (labels, command).
    Models::CherryPickPolicy policy() const;
    /// Empty, or why the policy cannot be saved (a command without a branch placeholder is fine).
    QString problem() const;

    QLineEdit *branchesField() const { return m_branches; }
    QLineEdit *labelsField() const { return m_labels; }
    QLineEdit *commandField() const { return m_command; }
    OptionalDateEdit *sinceField() const { return m_since; }

private:
    QLineEdit *m_branches;
    QLineEdit *m_labels;
    QLineEdit *m_command;
    OptionalDateEdit *m_since;
};

} // namespace ReleaseDesk::Views

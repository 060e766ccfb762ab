// The release dialog's schedule, signal and cherry-pick sections (releasedialog.cpp builds the
// dialog; the sections' own logic lives here to keep each file readable).
#include "releasedialog.h"

#include "cherrypickpolicyeditor.h"
#include "optionaldateedit.h"

#include "schedule.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableWidget>

namespace ReleaseDesk::Views {

void ReleaseDialog::addPhase(const Api::ReleasePhase &phase)
{
    const auto row = m_phases->rowCount();
    m_phases->insertRow(row);
    auto *kind = new QComboBox(m_phases);
    kind->setAccessibleName(tr("Kind of phase %1").arg(row + 1));
    for (const auto &key : Models::Schedule::phaseKinds())
        kind->addItem(key == Models::Schedule::Custom ? tr("Custom") : Models::Schedule::kindName(key), key);
    const auto index = kind->findData(phase.kind);
    kind->setCurrentIndex(index >= 0 ? index : kind->count() - 1); // an unknown kind is the team's own
    auto *name = new QLineEdit(phase.name, m_phases);
    name->setAccessibleName(tr("Name of phase %1").arg(row + 1));
    name->setPlaceholderText(kind->currentText());
    connect(kind, &QComboBox::currentTextChanged, name, &QLineEdit::setPlaceholderText);
    auto *starts = new QDateEdit(phase.starts.isValid() ? phase.starts : QDate::currentDate(), m_phases);
    starts->setCalendarPopup(true);
    starts->setAccessibleName(tr("Start of phase %1").arg(row + 1));
    m_phases->setCellWidget(row, 0, kind);
    m_phases->setCellWidget(row, 1, name);
    m_phases->setCellWidget(row, 2, starts);
}

void ReleaseDialog::applySchedulePreset()
{
    const auto presets = Models::Schedule::presets();
    const auto index = m_schedulePreset->currentIndex();
    if (index < 0 || index >= presets.size())
        return;
    if (!m_releaseDate->date().isValid())
        return m_status->setText(
            tr("Set the release date first: the preset counts its phases back from it."));
    const auto applied = Models::Schedule::applyPreset(release(), presets.at(index), m_releaseDate->date());
    m_featureFreeze->setDate(applied.featureFreeze);
    m_codeFreeze->setDate(applied.codeFreeze);
    m_phases->setRowCount(0);
    for (const auto &phase : applied.phases)
        addPhase(phase);
    m_status->setText(
        tr("%1 applied: check the dates against the published schedule.").arg(presets.at(index).name));
}

void ReleaseDialog::setCherryPickPolicy(const Models::CherryPickPolicy &initial)
{
    m_cherryPicks->setPolicy(initial);
}

Models::CherryPickPolicy ReleaseDialog::cherryPickPolicy() const
{
    return m_cherryPicks->policy();
}

void ReleaseDialog::setSignalSettings(const Models::SignalSettings &initial)
{
    m_signal = initial;
    m_staleAfter->setValue(std::max(1, initial.staleAfterMinutes / 60));
    m_requiredContexts->setText(initial.requiredContexts.join(QStringLiteral(", ")));
}

Models::SignalSettings ReleaseDialog::signalSettings() const
{
    auto settings = m_signal;
    // Whole hours as entered; a limit kept in minutes that the field shows rounded stays as it was.
    if (m_staleAfter->value() != std::max(1, m_signal.staleAfterMinutes / 60))
        settings.staleAfterMinutes = m_staleAfter->value() * 60;
    settings.requiredContexts.clear();
    for (const auto &name : m_requiredContexts->text().split(QLatin1Char(','))) {
        if (!name.trimmed().isEmpty())
            settings.requiredContexts.append(name.trimmed());
    }
    return settings;
}

} // namespace ReleaseDesk::Views

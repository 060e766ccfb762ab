#include "optionaldateedit.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QScopedValueRollback>

namespace ReleaseDesk::Views {

OptionalDateEdit::OptionalDateEdit(const QDate &date, const QString &accessibleName, QWidget *parent)
    : QWidget(parent)
    , m_set(new QCheckBox(tr("Set"), this))
    , m_editor(new QDateEdit(this))
{
    m_set->setAccessibleName(tr("%1 is set").arg(accessibleName));
    m_editor->setAccessibleName(accessibleName);
    m_editor->setCalendarPopup(true);
    m_editor->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_set);
    layout->addWidget(m_editor, 1);
    setFocusProxy(m_editor);
    setDate(date);
    m_chosenByUser = date.isValid();
    connect(m_set, &QCheckBox::toggled, this, [this](bool set) {
        m_editor->setEnabled(set);
        m_chosenByUser = true;
    });
    connect(m_editor, &QDateEdit::dateChanged, this, [this] {
        if (!m_settingDate)
            m_chosenByUser = true;
    });
}

QDate OptionalDateEdit::date() const
{
    return m_set->isChecked() ? m_editor->date() : QDate();
}

void OptionalDateEdit::setDate(const QDate &date)
{
    const QSignalBlocker blocker(m_set);
    const QScopedValueRollback setting(m_settingDate, true);
    m_set->setChecked(date.isValid());
    m_editor->setEnabled(date.isValid());
    m_editor->setDate(date.isValid() ? date : QDate::currentDate());
}

void OptionalDateEdit::propose(const QDate &date)
{
    if (m_chosenByUser || !date.isValid())
        return;
    setDate(date);
}

} // namespace ReleaseDesk::Views

#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;
class QDateEdit;

namespace ReleaseDesk::Views {

/// A date that may be unset: a check box says whether it is set, the date editor beside it opens
/// on a sensible day (today, or a proposal) instead of a sentinel, and typing never mixes with a
/// placeholder text.
class OptionalDateEdit final : public QWidget
{
    Q_OBJECT

public:
    OptionalDateEdit(const QDate &date, const QString &accessibleName, QWidget *parent = nullptr);

    /// Invalid when unset.
    QDate date() const;
    void setDate(const QDate &date);
    /// Sets `date` unless the user already chose one (a milestone's due date, say).
    void propose(const QDate &date);
    QCheckBox *setBox() const { return m_set; }
    QDateEdit *editor() const { return m_editor; }

private:
    QCheckBox *m_set;
    QDateEdit *m_editor;
    bool m_chosenByUser = false;
    bool m_settingDate = false;
};

} // namespace ReleaseDesk::Views

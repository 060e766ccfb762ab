#pragma once

#include <QFrame>

class QPlainTextEdit;

namespace ReleaseDesk::Views {

/// Shown when the pull request's note changed after its entry was edited: the note as it was at the
/// edit and as it is now, and the choice between the new note and the edited text.
class NotesSourceCompare final : public QFrame
{
    Q_OBJECT

public:
    explicit NotesSourceCompare(QWidget *parent = nullptr);

    void setTexts(const QString &atEdit, const QString &now);

Q_SIGNALS:
    void useNewNoteRequested();
    void keepEditedTextRequested();

private:
    QPlainTextEdit *m_before;
    QPlainTextEdit *m_now;
};

} // namespace ReleaseDesk::Views

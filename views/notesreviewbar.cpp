#include "notesreviewbar.h"

#include "notesreviewersdialog.h"
#include "notesreviewexportdialog.h"
#include "notesreviewimportdialog.h"

#include "notes/notessession.h"

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QToolButton>

namespace ReleaseDesk::Views {

NotesReviewBar::NotesReviewBar(Models::NotesSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_button(new QToolButton(this))
    , m_progress(new QLabel(this))
    , m_publication(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_button->setText(tr("Review"));
    m_button->setPopupMode(QToolButton::InstantPopup);
    m_button->setAccessibleName(tr("Review"));
    auto *menu = new QMenu(m_button);
    m_reviewers = menu->addAction(tr("Reviewers…"), this, &NotesReviewBar::editReviewers);
    m_reviewers->setToolTip(tr("Choose who reviews each section"));
    m_export = menu->addAction(tr("Export for Review…"), this, &NotesReviewBar::exportForReview);
    m_export->setToolTip(
        tr("Write the notes as spreadsheets (CSV) or Markdown checklists for the reviewers"));
    m_import = menu->addAction(tr("Import Review…"), this, [this] { importReview(); });
    m_import->setToolTip(tr("Read a reviewed CSV back, see every change and apply those you accept"));
    menu->addSeparator();
    m_undo = menu->addAction(tr("Undo"), this, [this] {
        const auto what = m_session->undoText();
        if (m_session->undo())
            Q_EMIT message(tr("Undid: %1.").arg(what));
    });
    m_button->setMenu(menu);
    layout->addWidget(m_button);
    m_progress->setTextFormat(Qt::PlainText);
    m_progress->setAccessibleName(tr("Review progress"));
    layout->addWidget(m_progress, 1);
    m_publication->setTextFormat(Qt::PlainText);
    m_publication->setAccessibleName(tr("Since the last publication"));
    layout->addWidget(m_publication);

    connect(session, &Models::NotesSession::documentReset, this, &NotesReviewBar::updateProgress);
    connect(session, &Models::NotesSession::entriesChanged, this, &NotesReviewBar::updateProgress);
    connect(session, &Models::NotesSession::composed, this, &NotesReviewBar::updateProgress);
    connect(session, &Models::NotesSession::undoAvailableChanged, this, &NotesReviewBar::updateUndo);
    updateProgress();
    updateUndo();
}

void NotesReviewBar::updateProgress()
{
    const auto progress = Models::reviewProgress(m_session->document(), m_session->draft());
    QStringList parts;
    int reviewed = 0;
    int total = 0;
    for (const auto &one : progress) {
        reviewed += one.reviewed;
        total += one.total;
        if (!one.reviewer.isEmpty())
            parts.append(tr("@%1 %2/%3").arg(one.reviewer).arg(one.reviewed).arg(one.total));
        else if (progress.size() > 1)
            parts.append(tr("no reviewer %1/%2").arg(one.reviewed).arg(one.total));
    }
    const auto since = Models::changesSincePublication(m_session->document(), m_session->draft());
    m_publication->setText(Models::publicationChangesText(since));
    const auto overall = tr("%1 of %n reviewed", nullptr, total).arg(reviewed);
    m_progress->setText(
        parts.isEmpty() ? overall : overall + QStringLiteral(" · ") + parts.join(QStringLiteral(" · ")));
}

void NotesReviewBar::updateUndo()
{
    m_undo->setEnabled(m_session->canUndo());
    m_undo->setText(m_session->canUndo() ? tr("Undo %1").arg(m_session->undoText()) : tr("Undo"));
}

void NotesReviewBar::editReviewers()
{
    NotesReviewersDialog dialog(m_session, this);
    if (dialog.exec() == QDialog::Accepted)
        updateProgress();
}

void NotesReviewBar::exportForReview()
{
    NotesReviewExportDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    const auto written = Models::writeReviewFiles(dialog.folder(),
        Models::reviewFiles(
            m_session->document(), m_session->draft(), dialog.formats(), dialog.perReviewer()),
        &error);
    if (written.isEmpty())
        Q_EMIT message(error);
    else
        Q_EMIT message(
            tr("Wrote %n file(s) for review to %1.", nullptr, int(written.size())).arg(dialog.folder()));
}

int NotesReviewBar::importReview(const QString &path)
{
    const auto file = path.isEmpty() ? QFileDialog::getOpenFileName(this, tr("Import Review"), QString(),
                          tr("Review spreadsheets (*.csv *.txt);;All files (*)"))
                                     : path;
    if (file.isEmpty())
        return 0;
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        Q_EMIT message(tr("Cannot read %1: %2").arg(file, in.errorString()));
        return 0;
    }
    const auto review = Models::readReviewCsv(in.readAll(), m_session->document());
    NotesReviewImportDialog dialog(review, m_session->document(), QFileInfo(file).fileName(), this);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    const auto accepted = dialog.acceptedChanges();
    if (accepted.isEmpty())
        return 0;
    m_session->recordUndoStep(tr("import of %1").arg(QFileInfo(file).fileName()));
    const int applied = m_session->applyReviewChanges(accepted);
    Q_EMIT message(tr("Applied %n change(s) from %1.", nullptr, applied).arg(QFileInfo(file).fileName()));
    return applied;
}

} // namespace ReleaseDesk::Views

#include "notessourcecompare.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ReleaseDesk::Views {

namespace {

QPlainTextEdit *readOnlyText(QWidget *parent, const QString &accessibleName)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setReadOnly(true);
    edit->setAccessibleName(accessibleName);
    edit->setMaximumHeight(90);
    return edit;
}

} // namespace

NotesSourceCompare::NotesSourceCompare(QWidget *parent)
    : QFrame(parent)
    , m_before(readOnlyText(this, tr("The PR's note when the entry was edited")))
    , m_now(readOnlyText(this, tr("The PR's note now")))
{
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    auto *title
        = new QLabel(tr("The PR's note changed after this entry was edited. Compare and choose:"), this);
    title->setWordWrap(true);
    layout->addWidget(title);
    auto *texts = new QHBoxLayout;
    auto *before = new QVBoxLayout;
    before->addWidget(new QLabel(tr("When you edited it"), this));
    before->addWidget(m_before);
    auto *now = new QVBoxLayout;
    now->addWidget(new QLabel(tr("Now"), this));
    now->addWidget(m_now);
    texts->addLayout(before);
    texts->addLayout(now);
    layout->addLayout(texts);
    auto *choice = new QHBoxLayout;
    auto *accept = new QPushButton(tr("Use the PR's New Note"), this);
    auto *keep = new QPushButton(tr("Keep My Text"), this);
    choice->addStretch();
    choice->addWidget(accept);
    choice->addWidget(keep);
    layout->addLayout(choice);
    connect(accept, &QPushButton::clicked, this, &NotesSourceCompare::useNewNoteRequested);
    connect(keep, &QPushButton::clicked, this, &NotesSourceCompare::keepEditedTextRequested);
}

void NotesSourceCompare::setTexts(const QString &atEdit, const QString &now)
{
    m_before->setPlainText(atEdit);
    m_now->setPlainText(now);
}

} // namespace ReleaseDesk::Views

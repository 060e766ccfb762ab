#include "notesdocumentpane.h"

#include "itemdetailspanel.h"
#include "markdowneditor.h"

#include "notes/notessession.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QTabWidget>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

namespace ReleaseDesk::Views {

NotesDocumentPane::NotesDocumentPane(Models::NotesSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_detachedBanner(new QFrame(this))
    , m_previewTimer(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_detachedBanner->setFrameShape(QFrame::StyledPanel);
    auto *bannerLayout = new QHBoxLayout(m_detachedBanner);
    auto *bannerText
        = new QLabel(tr("You edited the Markdown directly: it no longer follows the entries, and changes "
                        "in the table will not show here."),
            m_detachedBanner);
    bannerText->setWordWrap(true);
    auto *reattachButton = new QPushButton(tr("Follow the Entries Again…"), m_detachedBanner);
    bannerLayout->addWidget(bannerText, 1);
    bannerLayout->addWidget(reattachButton);
    connect(reattachButton, &QPushButton::clicked, this, &NotesDocumentPane::reattach);
    layout->addWidget(m_detachedBanner);

    // Markdown and preview share the space beside the table as tabs, so the entries keep their width.
    auto *tabs = new QTabWidget(this);
    tabs->setAccessibleName(tr("Markdown and preview"));
    m_editor = new MarkdownEditor(tabs);
    m_editor->setAccessibleName(tr("Release notes Markdown"));
    m_preview = new SafeTextBrowser(tabs);
    m_preview->setAccessibleName(tr("Release notes preview"));
    tabs->addTab(m_editor, tr("&Markdown"));
    tabs->addTab(m_preview, tr("Pre&view"));
    connect(tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_previewStale)
            renderPreview();
    });
    layout->addWidget(tabs, 1);
    connect(m_editor, &MarkdownEditor::userEdited, this, [this] {
        m_session->setDetachedMarkdown(m_editor->text());
        m_previewTimer->start();
    });
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(250); // a pause in typing, not every keystroke
    connect(m_previewTimer, &QTimer::timeout, this, &NotesDocumentPane::renderPreview);

    connect(m_session, &Models::NotesSession::markdownChanged, this, &NotesDocumentPane::onMarkdownChanged);
    connect(m_session, &Models::NotesSession::detachedChanged, this, &NotesDocumentPane::updateDetached);
    updateDetached(m_session->isDetached());
}

void NotesDocumentPane::updateDetached(bool detached)
{
    m_detachedBanner->setVisible(detached);
    onMarkdownChanged();
}

void NotesDocumentPane::onMarkdownChanged()
{
    // While the user types in the editor the session already holds that text; only regenerated
    // (or restored) text is pushed into the editor.
    m_editor->setTextKeepingView(m_session->markdown()); // does nothing when the text is the same
    m_previewTimer->start();
}

void NotesDocumentPane::changeEvent(QEvent *event)
{
    // The Markdown importer colours links from the palette of the moment: a theme change re-renders.
    if (event->type() == QEvent::PaletteChange && m_preview)
        renderPreview();
    QWidget::changeEvent(event);
}

void NotesDocumentPane::renderPreview()
{
    // Laying out half a megabyte of Markdown is the expensive part: only for a preview someone sees.
    if (!m_preview->isVisible()) {
        m_previewStale = true;
        return;
    }
    m_previewStale = false;
    // GitHub's text is untrusted: no raw HTML, and SafeTextBrowser loads no resource.
    const int scroll = m_preview->verticalScrollBar()->value();
    m_preview->document()->setMarkdown(m_session->markdown(),
        QTextDocument::MarkdownFeatures(
            QTextDocument::MarkdownDialectGitHub | QTextDocument::MarkdownNoHTML));
    m_preview->verticalScrollBar()->setValue(scroll);
}

void NotesDocumentPane::reattach()
{
    const auto answer = QMessageBox::question(this, tr("Follow the Entries Again"),
        tr("The Markdown will be generated from the entries again. Your direct edits are kept in Versions, "
           "so you can copy them back. Continue?"));
    if (answer == QMessageBox::Yes)
        m_session->reattach();
}

} // namespace ReleaseDesk::Views

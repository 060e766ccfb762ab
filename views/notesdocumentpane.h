#pragma once

#include <QWidget>

class QFrame;
class QTimer;

namespace ReleaseDesk::Models {
class NotesSession;
} // namespace ReleaseDesk::Models

namespace ReleaseDesk::Views {

class MarkdownEditor;
class SafeTextBrowser;

/// The notes as a document beside the entries: the Markdown editor and a live preview as tabs, and a
/// banner while the Markdown is edited directly (detached from the entries) with the way back.
class NotesDocumentPane final : public QWidget
{
    Q_OBJECT

public:
    explicit NotesDocumentPane(Models::NotesSession *session, QWidget *parent = nullptr);

    MarkdownEditor *editor() const { return m_editor; }
    SafeTextBrowser *preview() const { return m_preview; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateDetached(bool detached);
    void onMarkdownChanged();
    void renderPreview();
    void reattach();

    Models::NotesSession *m_session;
    QFrame *m_detachedBanner;
    MarkdownEditor *m_editor = nullptr;
    SafeTextBrowser *m_preview = nullptr;
    QTimer *m_previewTimer;
    bool m_previewStale = true;
};

} // namespace ReleaseDesk::Views

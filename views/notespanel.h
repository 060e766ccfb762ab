#pragma once

#include "notes/notesexport.h"
#include "notes/notestemplate.h"
#include "notes/releasedrafterrenderer.h"

#include "api/release.h"
#include "api/releasedraft.h"

#include <QWidget>

#include <functional>

class QAction;
class QCheckBox;
class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableView;
class QTimer;

namespace ReleaseDesk::Models {
class NotesEntryFilterProxyModel;
class NotesEntryModel;
class NotesSession;
} // namespace ReleaseDesk::Models

namespace ReleaseDesk::Views {

class MarkdownEditor;
class NotesReviewBar;
class SafeTextBrowser;

/// The release-notes composer: the entries table (edit, merge, split, reorder, sections), the Markdown
/// editor (KSyntaxHighlighting) and a live preview. Edits go to the NotesSession, which saves as the
/// user types. Network publishing is asked of the app through publishRequested().
class NotesPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit NotesPanel(Models::NotesSession *session, QWidget *parent = nullptr);

    /// The release whose repositories and branch the publish dialog offers.
    void setRelease(const Api::Release &release);
    /// Draft names of the release, refreshed after open/new.
    void refreshDrafts();

    QTableView *entriesView() const { return m_table; }
    MarkdownEditor *editor() const { return m_editor; }
    SafeTextBrowser *preview() const { return m_preview; }
    QLineEdit *filterField() const { return m_filter; }
    /// How long typing in the filter pauses before the entries are filtered.
    static constexpr int filterDelayMs = 150;
    Models::NotesEntryModel *entryModel() const { return m_model; }
    Models::NotesEntryFilterProxyModel *proxy() const { return m_proxy; }
    /// The ids of the selected entries, in table order.
    QStringList selectedIds() const;
    void selectEntry(const QString &id);
    /// Writes the current Markdown in a format chosen by the file suffix (.md, .html, .pdf, .json),
    /// made safe to publish (Models::exportNotesFile()).
    bool exportTo(
        const QString &path, QString *error = nullptr, const Models::NotesExportOptions &options = {});
    QAction *mergeAction() const { return m_merge; }
    QAction *splitAction() const { return m_split; }
    NotesReviewBar *reviewBar() const { return m_reviewBar; }

Q_SIGNALS:
    void message(const QString &text);
    void publishRequested(const ReleaseDesk::Api::ReleaseDraft &draft);
    void userTemplatesChanged(const QList<ReleaseDesk::Models::NotesTemplate> &templates);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createToolBar();
    QWidget *createEntriesPane();
    QWidget *createDocumentPane();
    void createEntryActions(QWidget *owner);
    void updateSelectionState();
    void updateFilter();
    void updateDetached(bool detached);
    void schedulePreview();
    void renderPreview();
    void onMarkdownChanged();
    void refreshTemplates();
    void newDraft();
    void openDraft(const QString &name);
    void showVersions();
    void importDrafterConfiguration();
    void editDrafterConfiguration();
    /// Drafts the release with a template from the composer's current document and context.
    std::function<Models::DrafterResult(const Models::NotesTemplate &)> drafterPreview() const;
    void storeDrafterTemplate(const Models::NotesTemplate &notesTemplate);
    void exportWithDialog();
    void copyMarkdown();
    void publish();
    void moveToSection();
    void renameSection();
    void addSection();
    void reattach();

    Models::NotesSession *m_session;
    Models::NotesEntryModel *m_model;
    Models::NotesEntryFilterProxyModel *m_proxy;
    Api::Release m_release;

    QComboBox *m_drafts = nullptr;
    QComboBox *m_templates = nullptr;
    QLineEdit *m_filter = nullptr;
    QCheckBox *m_warningsOnly = nullptr;
    QCheckBox *m_unreviewedOnly = nullptr;
    QTableView *m_table = nullptr;
    QFrame *m_compare = nullptr;
    QPlainTextEdit *m_sourceBefore = nullptr;
    QPlainTextEdit *m_sourceNow = nullptr;
    QFrame *m_detachedBanner = nullptr;
    MarkdownEditor *m_editor = nullptr;
    SafeTextBrowser *m_preview = nullptr;
    QTimer *m_previewTimer = nullptr;
    QTimer *m_filterTimer = nullptr;
    QAction *m_merge = nullptr;
    QAction *m_split = nullptr;
    QAction *m_moveUp = nullptr;
    QAction *m_moveDown = nullptr;
    QAction *m_toSection = nullptr;
    NotesReviewBar *m_reviewBar = nullptr;
    bool m_updatingDrafts = false;
    bool m_previewStale = true;
};

} // namespace ReleaseDesk::Views

#pragma once

#include "notes/notesexport.h"
#include "notes/notestemplate.h"

#include "api/release.h"
#include "api/releasedraft.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace ReleaseDesk::Models {
class NotesEntryFilterProxyModel;
class NotesEntryModel;
class NotesSession;
} // namespace ReleaseDesk::Models

namespace ReleaseDesk::Views {

class MarkdownEditor;
class NotesDocumentPane;
class NotesEntryActions;
class NotesSourceCompare;
class NotesTemplateActions;
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
    MarkdownEditor *editor() const;
    SafeTextBrowser *preview() const;
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
    QAction *mergeAction() const;
    QAction *splitAction() const;
    NotesReviewBar *reviewBar() const { return m_reviewBar; }

Q_SIGNALS:
    void message(const QString &text);
    void publishRequested(const ReleaseDesk::Api::ReleaseDraft &draft);
    void userTemplatesChanged(const QList<ReleaseDesk::Models::NotesTemplate> &templates);

private:
    QWidget *createToolBar();
    QWidget *createEntriesPane();
    void updateSelectionState();
    void updateFilter();
    void refreshTemplates();
    void newDraft();
    void openDraft(const QString &name);
    void showVersions();
    void exportWithDialog();
    void copyMarkdown();
    void publish();

    Models::NotesSession *m_session;
    Models::NotesEntryModel *m_model;
    Models::NotesEntryFilterProxyModel *m_proxy;
    NotesTemplateActions *m_templateActions;
    Api::Release m_release;

    QComboBox *m_drafts = nullptr;
    QComboBox *m_templates = nullptr;
    QLineEdit *m_filter = nullptr;
    QCheckBox *m_warningsOnly = nullptr;
    QCheckBox *m_unreviewedOnly = nullptr;
    QTableView *m_table = nullptr;
    NotesSourceCompare *m_compare = nullptr;
    NotesDocumentPane *m_document = nullptr;
    NotesEntryActions *m_entryActions = nullptr;
    QTimer *m_filterTimer = nullptr;
    NotesReviewBar *m_reviewBar = nullptr;
    bool m_updatingDrafts = false;
};

} // namespace ReleaseDesk::Views

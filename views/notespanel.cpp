#include "notespanel.h"

#include "notesdocumentpane.h"
#include "notesentryactions.h"
#include "notesexportdialog.h"
#include "notespublishdialog.h"
#include "notesreviewbar.h"
#include "notessourcecompare.h"
#include "notestemplateactions.h"

#include "notes/notesentrymodel.h"
#include "notes/notesexport.h"
#include "notes/notesrenderer.h"
#include "notes/notessession.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace ReleaseDesk::Views {

using Models::NotesEntryModel;

NotesPanel::NotesPanel(Models::NotesSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new NotesEntryModel(session, this))
    , m_proxy(new Models::NotesEntryFilterProxyModel(this))
    , m_templateActions(new NotesTemplateActions(session, this, this))
{
    m_proxy->setSourceModel(m_model);
    connect(m_templateActions, &NotesTemplateActions::message, this, &NotesPanel::message);
    connect(m_templateActions, &NotesTemplateActions::userTemplatesChanged, this,
        &NotesPanel::userTemplatesChanged);
    connect(m_templateActions, &NotesTemplateActions::templateStored, this,
        [this](const QString &id) { m_templates->setCurrentIndex(m_templates->findData(id)); });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createToolBar());
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(createEntriesPane());
    m_document = new NotesDocumentPane(m_session, this);
    splitter->addWidget(m_document);
    // The entries (and their notes, the column people read) get most of the width; the document
    // beside them is for a glance and follows the edits.
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({2500, 1000});
    layout->addWidget(splitter, 1);

    connect(m_session, &Models::NotesSession::templatesChanged, this, &NotesPanel::refreshTemplates);
    connect(m_session, &Models::NotesSession::saveFailed, this, [this](const QString &error) {
        QMessageBox box(QMessageBox::Warning, tr("Cannot save the draft"), error, QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
    });
    connect(m_session, &Models::NotesSession::documentReset, this, &NotesPanel::updateSelectionState);
    connect(m_session, &Models::NotesSession::entriesChanged, this, &NotesPanel::updateSelectionState);
    refreshTemplates();
}

QWidget *NotesPanel::createToolBar()
{
    auto *bar = new QToolBar(this);
    bar->addWidget(new QLabel(tr("Draft:"), bar));
    m_drafts = new QComboBox(bar);
    m_drafts->setAccessibleName(tr("Draft"));
    m_drafts->setMinimumContentsLength(12);
    bar->addWidget(m_drafts);
    connect(m_drafts, &QComboBox::activated, this, [this](int index) {
        if (!m_updatingDrafts)
            openDraft(m_drafts->itemText(index));
    });
    auto *newDraftAction = bar->addAction(tr("New Draft…"), this, &NotesPanel::newDraft);
    newDraftAction->setToolTip(tr("Start another draft of these notes (for example a Chinese one)"));
    bar->addAction(tr("Versions…"), this, &NotesPanel::showVersions)
        ->setToolTip(tr("Go back to an earlier saved version of this draft"));
    bar->addSeparator();
    bar->addWidget(new QLabel(tr("Template:"), bar));
    m_templates = new QComboBox(bar);
    m_templates->setAccessibleName(tr("Template"));
    bar->addWidget(m_templates);
    connect(m_templates, &QComboBox::activated, this,
        [this](int index) { m_session->setTemplate(m_templates->itemData(index).toString()); });
    bar->addAction(tr("Import release-drafter.yml…"), m_templateActions,
        &NotesTemplateActions::importDrafterConfiguration);
    bar->addAction(
           tr("release-drafter.yml…"), m_templateActions, &NotesTemplateActions::editDrafterConfiguration)
        ->setToolTip(tr("See which options of the release-drafter template are used, edit them and export "
                        "the file"));
    bar->addSeparator();
    auto *exportAction = bar->addAction(tr("Export…"), this, &NotesPanel::exportWithDialog);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    exportAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    exportAction->setToolTip(tr("Save as Markdown, HTML, PDF or JSON (Ctrl+Shift+E)"));
    auto *copyAction = bar->addAction(tr("Copy Markdown"), this, &NotesPanel::copyMarkdown);
    copyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    bar->addAction(tr("Publish Draft Release…"), this, &NotesPanel::publish)
        ->setToolTip(
            tr("Create or update a draft GitHub release with these notes; publishing stays on GitHub"));
    addActions({exportAction, copyAction});
    return bar;
}

QWidget *NotesPanel::createEntriesPane()
{
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *filters = new QHBoxLayout;
    m_filter = new QLineEdit(pane);
    m_filter->setPlaceholderText(tr("Filter entries: words in the note, section, PRs or authors"));
    m_filter->setAccessibleName(tr("Filter entries"));
    m_filter->setClearButtonEnabled(true);
    m_warningsOnly = new QCheckBox(tr("With &warnings"), pane);
    m_unreviewedOnly = new QCheckBox(tr("&Unreviewed"), pane);
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_warningsOnly);
    filters->addWidget(m_unreviewedOnly);
    layout->addLayout(filters);
    // Typing restarts a short timer; the proxy filters once the typist pauses (or presses Enter),
    // so a keystroke never waits for thousands of rows to be matched and laid out again.
    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(filterDelayMs);
    connect(m_filterTimer, &QTimer::timeout, this, &NotesPanel::updateFilter);
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filter, &QLineEdit::returnPressed, this, &NotesPanel::updateFilter);
    connect(m_warningsOnly, &QCheckBox::toggled, this, &NotesPanel::updateFilter);
    connect(m_unreviewedOnly, &QCheckBox::toggled, this, &NotesPanel::updateFilter);
    m_reviewBar = new NotesReviewBar(m_session, pane);
    connect(m_reviewBar, &NotesReviewBar::message, this, &NotesPanel::message);
    layout->addWidget(m_reviewBar);

    m_table = new QTableView(pane);
    m_table->setModel(m_proxy);
    m_table->setAccessibleName(tr("Release-note entries"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fixed, content-independent widths: ResizeToContents would measure every row of a large release.
    auto *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(NotesEntryModel::TextColumn, QHeaderView::Stretch);
    const auto width = [this](const QString &sample) { return fontMetrics().horizontalAdvance(sample) + 24; };
    header->resizeSection(NotesEntryModel::SectionColumn, width(QStringLiteral("Observability")));
    header->resizeSection(NotesEntryModel::TypeColumn, width(QStringLiteral("Documentation")));
    header->resizeSection(NotesEntryModel::SourcesColumn, width(QStringLiteral("kubesphere#12345")));
    header->resizeSection(NotesEntryModel::AuthorsColumn, width(QStringLiteral("maria-devops")));
    header->resizeSection(NotesEntryModel::IncludedColumn, width(tr("Included")));
    header->resizeSection(NotesEntryModel::ReviewedColumn, width(tr("Reviewed")));
    header->resizeSection(NotesEntryModel::WarningsColumn, width(tr("%n warning(s)", nullptr, 2)));
    // A scroll bar that came and went as a filter matched some rows or none resized the stretched
    // text column, and Qt's table paints a resized column a second time (15-20 ms for a large release).
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    // Rows keep the document's order (sections, types, the editor's order); sorting would hide it.
    m_table->setSortingEnabled(false);
    m_entryActions = new NotesEntryActions(
        m_session, m_table, [this] { return selectedIds(); }, [this](const QString &id) { selectEntry(id); },
        this);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &NotesPanel::updateSelectionState);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_entryActions->createToolBar(pane));

    // When the PR's note changed after an edit: both texts, and the choice.
    m_compare = new NotesSourceCompare(pane);
    connect(m_compare, &NotesSourceCompare::useNewNoteRequested, this, [this] {
        const auto ids = selectedIds();
        if (!ids.isEmpty())
            m_session->acceptSourceText(ids.first());
    });
    connect(m_compare, &NotesSourceCompare::keepEditedTextRequested, this, [this] {
        const auto ids = selectedIds();
        if (!ids.isEmpty())
            m_session->keepEditedText(ids.first());
    });
    m_compare->hide();
    layout->addWidget(m_compare);
    return pane;
}

void NotesPanel::setRelease(const Api::Release &release)
{
    m_release = release;
    refreshDrafts();
}

void NotesPanel::refreshDrafts()
{
    m_updatingDrafts = true;
    m_drafts->clear();
    auto names = m_session->store()->drafts(m_session->draft().releaseName);
    if (m_session->isOpen() && !names.contains(m_session->draft().name))
        names.append(m_session->draft().name);
    m_drafts->addItems(names);
    m_drafts->setCurrentText(m_session->draft().name);
    m_updatingDrafts = false;
}

void NotesPanel::refreshTemplates()
{
    m_templates->clear();
    for (const auto &notesTemplate : m_session->templates())
        m_templates->addItem(notesTemplate.name, notesTemplate.id);
    m_templates->setCurrentIndex(qMax(0, m_templates->findData(m_session->draft().templateId)));
}

MarkdownEditor *NotesPanel::editor() const
{
    return m_document->editor();
}

SafeTextBrowser *NotesPanel::preview() const
{
    return m_document->preview();
}

QAction *NotesPanel::mergeAction() const
{
    return m_entryActions->mergeAction();
}

QAction *NotesPanel::splitAction() const
{
    return m_entryActions->splitAction();
}

QStringList NotesPanel::selectedIds() const
{
    auto rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
        [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList ids;
    for (const auto &index : rows)
        ids.append(index.data(NotesEntryModel::EntryIdRole).toString());
    return ids;
}

void NotesPanel::selectEntry(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const auto index = m_proxy->mapFromSource(m_model->index(row, NotesEntryModel::TextColumn));
    if (!index.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void NotesPanel::updateSelectionState()
{
    m_entryActions->updateEnabled();
    const auto ids = selectedIds();
    const int row = ids.size() == 1 ? m_session->document().indexOf(ids.first()) : -1;
    const bool changed = row >= 0 && m_session->document().entries[row].sourceChanged;
    if (changed) {
        const auto &entry = m_session->document().entries[row];
        m_compare->setTexts(entry.sourceTextAtEdit, entry.sourceText);
    }
    m_compare->setVisible(changed);
}

void NotesPanel::updateFilter()
{
    m_filterTimer->stop();
    m_proxy->setFilter({m_filter->text(), m_warningsOnly->isChecked(), m_unreviewedOnly->isChecked(), false});
}

void NotesPanel::newDraft()
{
    bool ok = false;
    const auto name = QInputDialog::getText(this, tr("New Draft"),
        tr("Name of the new draft of %1's notes:").arg(m_session->draft().releaseName), QLineEdit::Normal,
        tr("Draft %1").arg(m_drafts->count() + 1), &ok)
                          .trimmed();
    if (!ok || name.isEmpty())
        return;
    openDraft(name);
}

void NotesPanel::openDraft(const QString &name)
{
    QString error;
    if (!m_session->open(m_session->draft().releaseName, name, &error)) {
        QMessageBox box(QMessageBox::Warning, tr("Cannot open the draft"), error, QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
    }
    refreshDrafts();
    refreshTemplates();
}

void NotesPanel::showVersions()
{
    m_session->flush();
    const auto versions
        = m_session->store()->history(m_session->draft().releaseName, m_session->draft().name);
    if (versions.isEmpty()) {
        Q_EMIT message(
            tr("No earlier versions of this draft yet: versions are kept every minute while you edit."));
        return;
    }
    QStringList labels;
    for (const auto &version : versions)
        labels.append(QLocale().toString(version.savedAt.toLocalTime(), QLocale::LongFormat));
    bool ok = false;
    const auto chosen = QInputDialog::getItem(this, tr("Versions"),
        tr("Restore this version (the current text is kept as a version too):"), labels, 0, false, &ok);
    if (!ok)
        return;
    QString error;
    const auto version = m_session->store()->loadVersion(versions[labels.indexOf(chosen)].path, &error);
    if (!version) {
        Q_EMIT message(error);
        return;
    }
    m_session->restoreVersion(*version);
    Q_EMIT message(tr("Restored the version of %1.").arg(chosen));
}

bool NotesPanel::exportTo(const QString &path, QString *error, const Models::NotesExportOptions &options)
{
    return Models::exportNotesFile(path, m_session->markdown(), m_session->document(),
        tr("%1 release notes").arg(m_session->draft().releaseName), options, error);
}

void NotesPanel::exportWithDialog()
{
    NotesExportDialog dialog(m_session->draft().releaseName, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (exportTo(dialog.path(), &error, dialog.options()))
        Q_EMIT message(tr("Exported the notes to %1.").arg(dialog.path()));
    else
        Q_EMIT message(error);
}

void NotesPanel::copyMarkdown()
{
    QApplication::clipboard()->setText(m_session->markdown());
    Q_EMIT message(tr("Copied the notes as Markdown."));
}

void NotesPanel::publish()
{
    if (m_release.repositories.isEmpty()) {
        Q_EMIT message(tr(
            "The release has no repository to publish to: define the release first (File > New Release)."));
        return;
    }
    QString tag = m_release.name;
    QString title = m_release.name;
    if (const auto current = m_session->currentTemplate();
        current.style == Models::NotesTemplate::Style::Drafter) {
        // release-drafter's tag-template and name-template decide them, as they would on GitHub.
        const auto drafted = NotesTemplateActions::drafterPreview(m_session)(current);
        tag = drafted.tag.isEmpty() ? tag : drafted.tag;
        title = drafted.name.isEmpty() ? title : drafted.name;
    }
    NotesPublishDialog dialog(m_release, tag, title,
        Models::publicationChangesText(
            Models::changesSincePublication(m_session->document(), m_session->draft())),
        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto draft = dialog.draft(m_session->markdown());
    if (!draft.tagName.isEmpty())
        Q_EMIT publishRequested(draft);
}

} // namespace ReleaseDesk::Views

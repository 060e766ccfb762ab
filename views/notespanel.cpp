#include "notespanel.h"

#include "drafterconfigdialog.h"
#include "notesexportdialog.h"
#include "notesreviewbar.h"

#include "itemdetailspanel.h"
#include "markdowneditor.h"

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
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextDocument>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace ReleaseDesk::Views {

using Models::NotesEntryModel;

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

NotesPanel::NotesPanel(Models::NotesSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new NotesEntryModel(session, this))
    , m_proxy(new Models::NotesEntryFilterProxyModel(this))
{
    m_proxy->setSourceModel(m_model);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createToolBar());
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(createEntriesPane());
    splitter->addWidget(createDocumentPane());
    // The entries (and their notes, the column people read) get most of the width; the document
    // beside them is for a glance and follows the edits.
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({2500, 1000});
    layout->addWidget(splitter, 1);

    connect(m_session, &Models::NotesSession::markdownChanged, this, &NotesPanel::onMarkdownChanged);
    connect(m_session, &Models::NotesSession::detachedChanged, this, &NotesPanel::updateDetached);
    connect(m_session, &Models::NotesSession::templatesChanged, this, &NotesPanel::refreshTemplates);
    connect(m_session, &Models::NotesSession::saveFailed, this, [this](const QString &error) {
        QMessageBox box(QMessageBox::Warning, tr("Cannot save the draft"), error, QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
    });
    connect(m_session, &Models::NotesSession::documentReset, this, &NotesPanel::updateSelectionState);
    connect(m_session, &Models::NotesSession::entriesChanged, this, &NotesPanel::updateSelectionState);
    onMarkdownChanged();
    updateDetached(m_session->isDetached());
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
    bar->addAction(tr("Import release-drafter.yml…"), this, &NotesPanel::importDrafterConfiguration);
    bar->addAction(tr("release-drafter.yml…"), this, &NotesPanel::editDrafterConfiguration)
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

void NotesPanel::createEntryActions(QWidget *owner)
{
    const auto add = [this, owner](const QString &text, const QKeySequence &keys, auto slot) {
        auto *action = new QAction(text, owner);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(
            keys.isEmpty() ? text : tr("%1 (%2)").arg(text, keys.toString(QKeySequence::NativeText)));
        connect(action, &QAction::triggered, this, slot);
        owner->addAction(action);
        return action;
    };
    // One selected entry with near-identical notes elsewhere: Merge joins it with them (one key).
    m_merge = add(tr("Merge"), QKeySequence(Qt::CTRL | Qt::Key_M), [this] {
        const auto ids = selectedIds();
        m_session->mergeEntries(
            ids.size() == 1 ? Models::nearIdenticalEntries(m_session->document(), ids.first()) : ids);
    });
    m_split = add(tr("Split"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), [this] {
        const auto ids = selectedIds();
        if (!ids.isEmpty())
            m_session->splitEntry(ids.first());
    });
    m_moveUp = add(tr("Move Up"), QKeySequence(Qt::ALT | Qt::Key_Up), [this] {
        const auto ids = selectedIds();
        if (ids.size() == 1) {
            m_session->moveEntry(ids.first(), -1);
            selectEntry(ids.first());
        }
    });
    m_moveDown = add(tr("Move Down"), QKeySequence(Qt::ALT | Qt::Key_Down), [this] {
        const auto ids = selectedIds();
        if (ids.size() == 1) {
            m_session->moveEntry(ids.first(), 1);
            selectEntry(ids.first());
        }
    });
    m_toSection
        = add(tr("Move to Section…"), QKeySequence(Qt::CTRL | Qt::Key_G), [this] { moveToSection(); });
    add(tr("Rename Section…"), QKeySequence(), [this] { renameSection(); });
    add(tr("Add Section…"), QKeySequence(), [this] { addSection(); });
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
    // Rows keep the document's order (sections, types, the editor's order); sorting would hide it.
    m_table->setSortingEnabled(false);
    createEntryActions(m_table);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &NotesPanel::updateSelectionState);
    layout->addWidget(m_table, 1);

    auto *buttons = new QToolBar(pane);
    buttons->addActions({m_merge, m_split, m_moveUp, m_moveDown, m_toSection});
    auto *sections = new QToolButton(buttons);
    sections->setText(tr("Sections"));
    sections->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(sections);
    menu->addAction(tr("Rename Section…"), this, &NotesPanel::renameSection);
    menu->addAction(tr("Add Section…"), this, &NotesPanel::addSection);
    menu->addAction(tr("Move Section Up"), this, [this] {
        const auto ids = selectedIds();
        if (!ids.isEmpty())
            m_session->moveSection(
                m_session->document().entries[m_session->document().indexOf(ids.first())].section, -1);
    });
    menu->addAction(tr("Move Section Down"), this, [this] {
        const auto ids = selectedIds();
        if (!ids.isEmpty())
            m_session->moveSection(
                m_session->document().entries[m_session->document().indexOf(ids.first())].section, 1);
    });
    sections->setMenu(menu);
    buttons->addWidget(sections);
    layout->addWidget(buttons);

    // When the PR's note changed after an edit: both texts, and the choice.
    m_compare = new QFrame(pane);
    m_compare->setFrameShape(QFrame::StyledPanel);
    auto *compareLayout = new QVBoxLayout(m_compare);
    auto *compareTitle
        = new QLabel(tr("The PR's note changed after this entry was edited. Compare and choose:"), m_compare);
    compareTitle->setWordWrap(true);
    compareLayout->addWidget(compareTitle);
    auto *texts = new QHBoxLayout;
    auto *before = new QVBoxLayout;
    before->addWidget(new QLabel(tr("When you edited it"), m_compare));
    m_sourceBefore = readOnlyText(m_compare, tr("The PR's note when the entry was edited"));
    before->addWidget(m_sourceBefore);
    auto *now = new QVBoxLayout;
    now->addWidget(new QLabel(tr("Now"), m_compare));
    m_sourceNow = readOnlyText(m_compare, tr("The PR's note now"));
    now->addWidget(m_sourceNow);
    texts->addLayout(before);
    texts->addLayout(now);
    compareLayout->addLayout(texts);
    auto *choice = new QHBoxLayout;
    auto *accept = new QPushButton(tr("Use the PR's New Note"), m_compare);
    auto *keep = new QPushButton(tr("Keep My Text"), m_compare);
    choice->addStretch();
    choice->addWidget(accept);
    choice->addWidget(keep);
    compareLayout->addLayout(choice);
    connect(accept, &QPushButton::clicked, this, [this] {
        const auto ids = selectedIds();
        if (!ids.isEmpty())
            m_session->acceptSourceText(ids.first());
    });
    connect(keep, &QPushButton::clicked, this, [this] {
        const auto ids = selectedIds();
        if (!ids.isEmpty())
            m_session->keepEditedText(ids.first());
    });
    m_compare->hide();
    layout->addWidget(m_compare);
    return pane;
}

QWidget *NotesPanel::createDocumentPane()
{
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);

    m_detachedBanner = new QFrame(pane);
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
    connect(reattachButton, &QPushButton::clicked, this, &NotesPanel::reattach);
    layout->addWidget(m_detachedBanner);

    // Markdown and preview share the space beside the table as tabs, so the entries keep their width.
    auto *tabs = new QTabWidget(pane);
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
        m_session->setDetachedMarkdown(m_editor->toPlainText());
        schedulePreview();
    });
    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(250); // a pause in typing, not every keystroke
    connect(m_previewTimer, &QTimer::timeout, this, &NotesPanel::renderPreview);
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
    const auto ids = selectedIds();
    const int selectedRow = ids.size() == 1 ? m_session->document().indexOf(ids.first()) : -1;
    m_merge->setEnabled(ids.size() > 1
        || (selectedRow >= 0
            && m_session->document().entries[selectedRow].warnings.testFlag(Models::LintWarning::Duplicate)));
    m_split->setEnabled(ids.size() == 1 && m_session->document().indexOf(ids.first()) >= 0
        && m_session->document().entries[m_session->document().indexOf(ids.first())].sources.size() > 1);
    m_moveUp->setEnabled(ids.size() == 1);
    m_moveDown->setEnabled(ids.size() == 1);
    m_toSection->setEnabled(!ids.isEmpty());
    const int row = ids.size() == 1 ? m_session->document().indexOf(ids.first()) : -1;
    const bool changed = row >= 0 && m_session->document().entries[row].sourceChanged;
    if (changed) {
        m_sourceBefore->setPlainText(m_session->document().entries[row].sourceTextAtEdit);
        m_sourceNow->setPlainText(m_session->document().entries[row].sourceText);
    }
    m_compare->setVisible(changed);
}

void NotesPanel::updateFilter()
{
    m_filterTimer->stop();
    m_proxy->setFilter({m_filter->text(), m_warningsOnly->isChecked(), m_unreviewedOnly->isChecked(), false});
}

void NotesPanel::updateDetached(bool detached)
{
    m_detachedBanner->setVisible(detached);
    onMarkdownChanged();
}

void NotesPanel::onMarkdownChanged()
{
    // While the user types in the editor the session already holds that text; only regenerated
    // (or restored) text is pushed into the editor.
    if (m_editor->toPlainText() != m_session->markdown())
        m_editor->setTextKeepingView(m_session->markdown());
    schedulePreview();
}

void NotesPanel::schedulePreview()
{
    m_previewTimer->start();
}

void NotesPanel::changeEvent(QEvent *event)
{
    // The Markdown importer colours links from the palette of the moment: a theme change re-renders.
    if (event->type() == QEvent::PaletteChange && m_preview)
        renderPreview();
    QWidget::changeEvent(event);
}

void NotesPanel::renderPreview()
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

void NotesPanel::importDrafterConfiguration()
{
    const auto path = QFileDialog::getOpenFileName(this, tr("Import release-drafter.yml"), QString(),
        tr("release-drafter configuration (*.yml *.yaml);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Q_EMIT message(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    QString error;
    auto imported = Models::NotesTemplate::fromReleaseDrafterYaml(file.readAll(), &error);
    if (!imported) {
        QMessageBox box(QMessageBox::Warning, tr("Cannot import the file"), error, QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
        return;
    }
    imported->id = QStringLiteral("drafter-") + QFileInfo(path).dir().dirName();
    imported->name = tr("release-drafter (%1)").arg(QFileInfo(path).dir().dirName());
    // The import shows what each key of the file does here before anything is stored.
    DrafterConfigDialog dialog(*imported, drafterPreview(), this);
    dialog.setWindowTitle(tr("Import %1").arg(QDir::toNativeSeparators(path)));
    if (dialog.exec() != QDialog::Accepted)
        return;
    storeDrafterTemplate(dialog.notesTemplate());
    Q_EMIT message(tr("Imported %1 as a template.").arg(QFileInfo(path).fileName()));
}

void NotesPanel::editDrafterConfiguration()
{
    auto current = m_session->currentTemplate();
    if (current.style != Models::NotesTemplate::Style::Drafter) {
        Q_EMIT message(tr("Pick a release-drafter template first (or import a release-drafter.yml)."));
        return;
    }
    DrafterConfigDialog dialog(current, drafterPreview(), this);
    if (dialog.exec() != QDialog::Accepted || dialog.notesTemplate() == current)
        return;
    auto edited = dialog.notesTemplate();
    const bool isPreset = Models::findNotesTemplate(current.id, {}).has_value()
        && !std::any_of(m_session->userTemplates().cbegin(), m_session->userTemplates().cend(),
            [&](const Models::NotesTemplate &t) { return t.id == current.id; });
    if (isPreset) {
        // Presets are not edited in place: the edit becomes the team's own template.
        edited.id = current.id + QStringLiteral("-edited");
        edited.name = tr("%1 (edited)").arg(current.name);
    }
    storeDrafterTemplate(edited);
}

std::function<Models::DrafterResult(const Models::NotesTemplate &)> NotesPanel::drafterPreview() const
{
    return [session = m_session](const Models::NotesTemplate &notesTemplate) {
        return Models::renderDrafterRelease(session->document(), notesTemplate, session->renderContext());
    };
}

void NotesPanel::storeDrafterTemplate(const Models::NotesTemplate &notesTemplate)
{
    auto templates = m_session->userTemplates();
    templates.removeIf([&](const Models::NotesTemplate &t) { return t.id == notesTemplate.id; });
    templates.append(notesTemplate);
    m_session->setUserTemplates(templates); // the picker follows through templatesChanged
    Q_EMIT userTemplatesChanged(templates);
    m_session->setTemplate(notesTemplate.id);
    m_templates->setCurrentIndex(m_templates->findData(notesTemplate.id));
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
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Publish Draft Release"));
    auto *form = new QFormLayout(&dialog);
    auto *repository = new QComboBox(&dialog);
    for (const auto &entry : std::as_const(m_release.repositories))
        repository->addItem(entry.repository.fullName(), QVariant::fromValue(entry.repository.host));
    QString tagText = m_release.name;
    QString nameText = m_release.name;
    if (const auto current = m_session->currentTemplate();
        current.style == Models::NotesTemplate::Style::Drafter) {
        // release-drafter's tag-template and name-template decide them, as they would on GitHub.
        const auto drafted = drafterPreview()(current);
        tagText = drafted.tag.isEmpty() ? tagText : drafted.tag;
        nameText = drafted.name.isEmpty() ? nameText : drafted.name;
    }
    auto *tag = new QLineEdit(tagText, &dialog);
    auto *target = new QLineEdit(m_release.releaseBranch, &dialog);
    target->setPlaceholderText(tr("the default branch"));
    auto *name = new QLineEdit(nameText, &dialog);
    form->addRow(tr("&Repository:"), repository);
    form->addRow(tr("&Tag:"), tag);
    form->addRow(tr("Tag &from branch:"), target);
    form->addRow(tr("Release &title:"), name);
    auto *note
        = new QLabel(tr("The release is created or updated as a draft. Nothing is announced until someone "
                        "presses Publish on GitHub."),
            &dialog);
    note->setWordWrap(true);
    form->addRow(note);
    // Before the draft release is updated: what this changes in it.
    auto *since = new QLabel(Models::publicationChangesText(
                                 Models::changesSincePublication(m_session->document(), m_session->draft())),
        &dialog);
    since->setTextFormat(Qt::PlainText);
    since->setWordWrap(true);
    since->setObjectName(QStringLiteral("sincePublication"));
    form->addRow(since);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save Draft on GitHub"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted || tag->text().trimmed().isEmpty())
        return;
    const auto &chosen = m_release.repositories[repository->currentIndex()].repository;
    Q_EMIT publishRequested({chosen, tag->text().trimmed(), target->text().trimmed(), name->text().trimmed(),
        m_session->markdown()});
}

void NotesPanel::moveToSection()
{
    const auto ids = selectedIds();
    if (ids.isEmpty())
        return;
    bool ok = false;
    const auto current = m_session->document().entries[m_session->document().indexOf(ids.first())].section;
    const auto sections = m_session->document().sections;
    const auto section
        = QInputDialog::getItem(this, tr("Move to Section"), tr("Section (type a new name to create one):"),
            sections, qMax(0, int(sections.indexOf(current))), true, &ok);
    if (!ok || section.trimmed().isEmpty())
        return;
    for (const auto &id : ids)
        m_session->setEntrySection(id, section);
    selectEntry(ids.first());
}

void NotesPanel::renameSection()
{
    const auto sections = m_session->document().sections;
    if (sections.isEmpty())
        return;
    const auto ids = selectedIds();
    const auto current = ids.isEmpty()
        ? sections.first()
        : m_session->document().entries[m_session->document().indexOf(ids.first())].section;
    bool ok = false;
    const auto from = QInputDialog::getItem(this, tr("Rename Section"), tr("Section:"), sections,
        qMax(0, int(sections.indexOf(current))), false, &ok);
    if (!ok)
        return;
    const auto to
        = QInputDialog::getText(this, tr("Rename Section"), tr("New name:"), QLineEdit::Normal, from, &ok);
    if (ok)
        m_session->renameSection(from, to);
}

void NotesPanel::addSection()
{
    bool ok = false;
    const auto name = QInputDialog::getText(
        this, tr("Add Section"), tr("Name of the new section:"), QLineEdit::Normal, tr("Known Issues"), &ok);
    if (ok)
        m_session->addSection(name);
}

void NotesPanel::reattach()
{
    const auto answer = QMessageBox::question(this, tr("Follow the Entries Again"),
        tr("The Markdown will be generated from the entries again. Your direct edits are kept in Versions, "
           "so you can copy them back. Continue?"));
    if (answer == QMessageBox::Yes)
        m_session->reattach();
}

} // namespace ReleaseDesk::Views

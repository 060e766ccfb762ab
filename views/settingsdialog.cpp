#include "settingsdialog.h"

#include "presetlist.h"

#include "releasesetupflow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ReleaseDesk::Views {

using Models::Preferences;

SettingsDialog::SettingsDialog(const Values &values, QWidget *parent)
    : QDialog(parent)
    , m_columnDefaults(Models::Board::defaultColumns())
{
    setWindowTitle(tr("Settings"));
    auto *tabs = new QTabWidget(this);
    tabs->setAccessibleName(tr("Settings pages"));
    tabs->addTab(createGeneralPage(values), tr("&General"));
    tabs->addTab(createAccountsPage(), tr("&Accounts"));
    tabs->addTab(createReleasesPage(), tr("&Releases"));
    tabs->addTab(createBoardPage(values), tr("&Board"));
    tabs->addTab(createTeamPage(), tr("&Team File"));
    tabs->addTab(createPresetsPage(), tr("&Presets"));
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Settings status"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(760, 520);
}

QWidget *SettingsDialog::createGeneralPage(const Values &values)
{
    auto *page = new QWidget(this);
    m_language = new QComboBox(page);
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("System language"), QString());
    // Each language in its own name, so anyone can find theirs.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(values.language)));
    m_theme = new QComboBox(page);
    m_theme->setAccessibleName(tr("Theme"));
    m_theme->addItem(tr("System"), Preferences::themeId(Preferences::Theme::System));
    m_theme->addItem(tr("Light"), Preferences::themeId(Preferences::Theme::Light));
    m_theme->addItem(tr("Dark"), Preferences::themeId(Preferences::Theme::Dark));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(Preferences::themeId(values.theme))));
    m_interval = new QSpinBox(page);
    m_interval->setAccessibleName(tr("Sync interval in minutes"));
    m_interval->setRange(1, 24 * 60);
    m_interval->setSuffix(tr(" min"));
    m_interval->setValue(values.syncIntervalMinutes);
    m_notifications
        = new QCheckBox(tr("Desktop &notifications for new blockers, merged fixes and red CI"), page);
    m_notifications->setChecked(values.notifications);
    auto *languageNote = new QLabel(tr("A new language applies the next time Release Desk starts."), page);
    languageNote->setWordWrap(true);
    auto *form = new QFormLayout(page);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), languageNote);
    form->addRow(tr("T&heme:"), m_theme);
    form->addRow(tr("&Sync every:"), m_interval);
    form->addRow(QString(), m_notifications);
    return page;
}

QWidget *SettingsDialog::createAccountsPage()
{
    auto *page = new QWidget(this);
    m_accounts = new QListWidget(page);
    m_accounts->setAccessibleName(tr("Signed-in GitHub hosts"));
    auto *signIn = new QPushButton(tr("&Sign In..."), page);
    auto *remove = new QPushButton(tr("&Remove"), page);
    remove->setToolTip(tr("Forgets the host and deletes its token from the system keychain."));
    connect(signIn, &QPushButton::clicked, this, &SettingsDialog::signInRequested);
    connect(remove, &QPushButton::clicked, this, [this] {
        if (const auto *item = m_accounts->currentItem())
            Q_EMIT accountRemovalRequested(item->data(Qt::UserRole).toString());
    });
    auto *note
        = new QLabel(tr("Tokens are kept in the system keychain only, never in the settings file."), page);
    note->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(signIn);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_accounts, 1);
    layout->addLayout(buttons);
    layout->addWidget(note);
    return page;
}

QWidget *SettingsDialog::createBoardPage(const Values &values)
{
    auto *page = new QWidget(this);
    m_columns = new QTableWidget(0, 2, page);
    m_columns->setAccessibleName(tr("Board columns"));
    m_columns->setHorizontalHeaderLabels({tr("Column"), tr("Rule (query)")});
    m_columns->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_columns->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_columns->verticalHeader()->hide();
    fillColumns(values.columns.isEmpty() ? m_columnDefaults : values.columns);
    auto *reset = new QPushButton(tr("&Reset to Defaults"), page);
    connect(reset, &QPushButton::clicked, this, [this] { fillColumns(m_columnDefaults); });
    auto *note
        = new QLabel(tr("A card goes to the first column (in the board's precedence) whose rule matches; an "
                        "empty rule takes every card left. Rules use the query bar's syntax."),
            page);
    note->setWordWrap(true);
    auto *presets = new QListWidget(page);
    presets->setAccessibleName(tr("Blocker rule presets"));
    for (const auto &preset : Models::ReleaseSetupFlow::blockerRulePresets())
        presets->addItem(tr("%1: %2").arg(preset.name, preset.expression));
    presets->setMaximumHeight(presets->sizeHintForRow(0) * 3 + 2 * presets->frameWidth());
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_columns, 1);
    layout->addWidget(note);
    layout->addWidget(reset, 0, Qt::AlignLeft);
    layout->addWidget(
        new QLabel(tr("Blocker rule presets (offered by the release dialog, where each release's rule "
                      "is edited):"),
            page));
    layout->addWidget(presets);
    return page;
}

QWidget *SettingsDialog::createReleasesPage()
{
    auto *page = new QWidget(this);
    m_releases = new QListWidget(page);
    m_releases->setAccessibleName(tr("Releases of this workspace"));
    auto *newRelease = new QPushButton(tr("&New Release..."), page);
    auto *editRelease = new QPushButton(tr("&Edit..."), page);
    editRelease->setToolTip(tr("Edits the release; once saved, it is the release the window shows."));
    connect(newRelease, &QPushButton::clicked, this, &SettingsDialog::newReleaseRequested);
    connect(editRelease, &QPushButton::clicked, this, [this] {
        if (const auto *item = m_releases->currentItem())
            Q_EMIT editReleaseRequested(item->data(Qt::UserRole).toString());
    });
    connect(m_releases, &QListWidget::itemActivated, editRelease, &QPushButton::click);
    m_templates = new QListWidget(page);
    m_templates->setAccessibleName(tr("The team's notes templates"));
    auto *removeTemplate = new QPushButton(tr("Remove &Template"), page);
    connect(removeTemplate, &QPushButton::clicked, this, [this] {
        if (const auto *item = m_templates->currentItem(); item && !item->data(Qt::UserRole).isNull())
            Q_EMIT templateRemovalRequested(item->data(Qt::UserRole).toString());
    });
    auto *releaseButtons = new QHBoxLayout;
    releaseButtons->addWidget(newRelease);
    releaseButtons->addWidget(editRelease);
    releaseButtons->addStretch();
    auto *templateButtons = new QHBoxLayout;
    templateButtons->addWidget(removeTemplate);
    templateButtons->addStretch();
    auto *templatesNote = new QLabel(
        tr("Templates come from the composer (Import release-drafter.yml...) or from a team file."), page);
    templatesNote->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("Releases:"), page));
    layout->addWidget(m_releases, 1);
    layout->addLayout(releaseButtons);
    layout->addWidget(new QLabel(tr("Notes templates:"), page));
    layout->addWidget(m_templates, 1);
    layout->addLayout(templateButtons);
    layout->addWidget(templatesNote);
    return page;
}

QWidget *SettingsDialog::createTeamPage()
{
    auto *page = new QWidget(this);
    auto *text
        = new QLabel(tr("A team file holds the workspace's releases (repositories, milestones, ranges, "
                        "branches, dates, blocker rules), notes templates, board columns and saved views, "
                        "so a release team can share one definition. It never holds a token or cached "
                        "items. Importing adds or replaces releases by name."),
            page);
    text->setWordWrap(true);
    auto *exportButton = new QPushButton(tr("&Export..."), page);
    auto *importButton = new QPushButton(tr("&Import..."), page);
    const auto filter = tr("Release Desk team files (*.json)");
    connect(exportButton, &QPushButton::clicked, this, [this, filter] {
        const auto path = QFileDialog::getSaveFileName(
            this, tr("Export Team File"), QStringLiteral("releasedesk-team.json"), filter);
        if (!path.isEmpty())
            Q_EMIT exportRequested(path);
    });
    connect(importButton, &QPushButton::clicked, this, [this, filter] {
        const auto path = QFileDialog::getOpenFileName(this, tr("Import Team File"), QString(), filter);
        if (!path.isEmpty())
            Q_EMIT importRequested(path);
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(exportButton);
    buttons->addWidget(importButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(text);
    layout->addLayout(buttons);
    layout->addStretch();
    return page;
}

QWidget *SettingsDialog::createPresetsPage()
{
    auto *page = new QWidget(this);
    m_presets = new PresetList(page);
    auto *note
        = new QLabel(tr("What Release Desk starts from, read from its preset files: the board's columns "
                        "and views, blocker rules and schedules for the release dialog, notes templates "
                        "and area maps for the composer."),
            page);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(note);
    layout->addWidget(m_presets, 1);
    return page;
}

void SettingsDialog::fillColumns(const QList<Models::BoardColumn> &columns)
{
    m_columns->setRowCount(0);
    for (const auto &column : columns) {
        const auto row = m_columns->rowCount();
        m_columns->insertRow(row);
        m_columns->setItem(row, 0, new QTableWidgetItem(column.name));
        m_columns->setItem(row, 1, new QTableWidgetItem(column.rule));
    }
}

SettingsDialog::Values SettingsDialog::values() const
{
    Values result;
    result.language = m_language->currentData().toString();
    result.theme = Preferences::themeFromId(m_theme->currentData().toString());
    result.syncIntervalMinutes = m_interval->value();
    result.notifications = m_notifications->isChecked();
    result.columns = m_columnDefaults;
    for (int row = 0; row < m_columns->rowCount() && row < result.columns.size(); ++row) {
        const auto name = m_columns->item(row, 0)->text().trimmed();
        if (!name.isEmpty())
            result.columns[row].name = name;
        result.columns[row].rule = m_columns->item(row, 1)->text().trimmed();
    }
    return result;
}

void SettingsDialog::setAccounts(const QList<Models::Account> &accounts)
{
    m_accounts->clear();
    for (const auto &account : accounts) {
        auto *item
            = new QListWidgetItem(tr("%1 (signed in as %2)").arg(account.host, account.login), m_accounts);
        item->setData(Qt::UserRole, account.host);
    }
    if (accounts.isEmpty()) {
        auto *placeholder
            = new QListWidgetItem(tr("No GitHub host yet: the demo workspace is open."), m_accounts);
        placeholder->setFlags(Qt::NoItemFlags);
    }
}

void SettingsDialog::setReleases(const QStringList &names, const QString &openRelease)
{
    m_releases->clear();
    for (const auto &name : names) {
        auto *item = new QListWidgetItem(name == openRelease ? tr("%1 (open)").arg(name) : name, m_releases);
        item->setData(Qt::UserRole, name);
    }
}

void SettingsDialog::setUserTemplates(const QStringList &names)
{
    m_templates->clear();
    for (const auto &name : names) {
        auto *item = new QListWidgetItem(name, m_templates);
        item->setData(Qt::UserRole, name);
    }
    if (names.isEmpty()) {
        auto *placeholder = new QListWidgetItem(tr("Only the built-in templates so far."), m_templates);
        placeholder->setFlags(Qt::NoItemFlags);
    }
}

void SettingsDialog::showStatus(const QString &text)
{
    m_status->setText(text);
}

QString SettingsDialog::statusText() const
{
    return m_status->text();
}

} // namespace ReleaseDesk::Views

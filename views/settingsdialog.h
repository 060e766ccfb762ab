#pragma once

#include "accountlist.h"
#include "board.h"
#include "preferences.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QSpinBox;
class QTableWidget;

namespace ReleaseDesk::Views {

class PresetList;

/// Settings: language, theme, sync interval, notifications; the signed-in GitHub hosts; the board's
/// columns; and the team file (releases, templates, columns and saved views) to export or import.
/// A view over values: the caller reads them back and carries out the actions it signals.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    struct Values
    {
        QString language; ///< "" = the system's
        Models::Preferences::Theme theme = Models::Preferences::Theme::System;
        int syncIntervalMinutes = 15;
        bool notifications = true;
        QList<Models::BoardColumn> columns;
    };

    explicit SettingsDialog(const Values &values, QWidget *parent = nullptr);

    Values values() const;
    void setAccounts(const QList<Models::Account> &accounts);
    /// The workspace's releases (the open one marked) and the team's own notes templates.
    void setReleases(const QStringList &names, const QString &openRelease);
    void setUserTemplates(const QStringList &names);
    /// A line under the tabs: what an action did, or why it failed.
    void showStatus(const QString &text);
    QString statusText() const;

    QComboBox *languageBox() const { return m_language; }
    QComboBox *themeBox() const { return m_theme; }
    QTableWidget *columnTable() const { return m_columns; }
    QListWidget *accountList() const { return m_accounts; }
    QListWidget *releaseList() const { return m_releases; }
    QListWidget *templateList() const { return m_templates; }
    PresetList *presetList() const { return m_presets; }

Q_SIGNALS:
    void signInRequested();
    void accountRemovalRequested(const QString &host);
    void newReleaseRequested();
    void editReleaseRequested(const QString &name);
    void templateRemovalRequested(const QString &name);
    void exportRequested(const QString &path);
    void importRequested(const QString &path);

private:
    QWidget *createGeneralPage(const Values &values);
    QWidget *createAccountsPage();
    QWidget *createBoardPage(const Values &values);
    QWidget *createReleasesPage();
    QWidget *createTeamPage();
    QWidget *createPresetsPage();
    void fillColumns(const QList<Models::BoardColumn> &columns);

    QComboBox *m_language = nullptr;
    QComboBox *m_theme = nullptr;
    QSpinBox *m_interval = nullptr;
    QCheckBox *m_notifications = nullptr;
    QListWidget *m_accounts = nullptr;
    QTableWidget *m_columns = nullptr;
    QListWidget *m_releases = nullptr;
    QListWidget *m_templates = nullptr;
    PresetList *m_presets = nullptr;
    QList<Models::BoardColumn> m_columnDefaults;
    QLabel *m_status = nullptr;
};

} // namespace ReleaseDesk::Views

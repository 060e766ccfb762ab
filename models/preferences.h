#pragma once

#include "board.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

class QSettings;

namespace ReleaseDesk::Models {

/// A saved query of the board's query bar: a name and the query.
using SavedView = QPair<QString, QString>;

/// The user's preferences, in the injected QSettings. Never a secret: tokens live in the keychain.
class Preferences final
{
public:
    enum class Theme { System, Light, Dark };

    explicit Preferences(QSettings *settings);

    /// "" follows the system; otherwise a locale name ("en", "zh_CN"). Read at start-up.
    QString language() const;
    void setLanguage(const QString &language);
    Theme theme() const;
    void setTheme(Theme theme);
    int syncIntervalMinutes() const;
    void setSyncIntervalMinutes(int minutes);
    bool notificationsEnabled() const;
    void setNotificationsEnabled(bool enabled);
    QList<SavedView> savedViews() const;
    void setSavedViews(const QList<SavedView> &views);
    /// Adds a view, or replaces the one with the same name.
    void saveView(const SavedView &view);
    /// The board's columns: names and rules as the user edited them, or the defaults.
    QList<BoardColumn> boardColumns() const;
    void setBoardColumns(const QList<BoardColumn> &columns);
    /// The welcome page was dismissed (it can be reopened from the Help menu).
    bool welcomeDismissed() const;
    void setWelcomeDismissed(bool dismissed);
    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    void setWindowGeometry(const QByteArray &geometry, const QByteArray &state);

    static QString themeId(Theme theme);
    static Theme themeFromId(const QString &id);

private:
    QSettings *m_settings;
};

} // namespace ReleaseDesk::Models

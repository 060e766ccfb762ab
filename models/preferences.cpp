#include "preferences.h"

#include <QSettings>

namespace ReleaseDesk::Models {

namespace {
const QString languageKey = QStringLiteral("appearance/language");
const QString themeKey = QStringLiteral("appearance/theme");
const QString syncIntervalKey = QStringLiteral("sync/intervalMinutes");
const QString notificationsKey = QStringLiteral("notifications/enabled");
const QString viewsKey = QStringLiteral("views");
const QString columnsKey = QStringLiteral("board/columns");
const QString welcomeKey = QStringLiteral("welcome/dismissed");
const QString geometryKey = QStringLiteral("window/geometry");
const QString stateKey = QStringLiteral("window/state");
} // namespace

Preferences::Preferences(QSettings *settings)
    : m_settings(settings)
{ }

QString Preferences::language() const
{
    return m_settings->value(languageKey).toString();
}

void Preferences::setLanguage(const QString &language)
{
    m_settings->setValue(languageKey, language);
}

Preferences::Theme Preferences::theme() const
{
    return themeFromId(m_settings->value(themeKey).toString());
}

void Preferences::setTheme(Theme theme)
{
    m_settings->setValue(themeKey, themeId(theme));
}

int Preferences::syncIntervalMinutes() const
{
    return std::clamp(m_settings->value(syncIntervalKey, 15).toInt(), 1, 24 * 60);
}

void Preferences::setSyncIntervalMinutes(int minutes)
{
    m_settings->setValue(syncIntervalKey, std::clamp(minutes, 1, 24 * 60));
}

bool Preferences::notificationsEnabled() const
{
    return m_settings->value(notificationsKey, true).toBool();
}

void Preferences::setNotificationsEnabled(bool enabled)
{
    m_settings->setValue(notificationsKey, enabled);
}

QList<SavedView> Preferences::savedViews() const
{
    QList<SavedView> views;
    const auto count = m_settings->beginReadArray(viewsKey);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        views.append({m_settings->value(QStringLiteral("name")).toString(),
            m_settings->value(QStringLiteral("query")).toString()});
    }
    m_settings->endArray();
    return views;
}

void Preferences::setSavedViews(const QList<SavedView> &views)
{
    m_settings->beginWriteArray(viewsKey, int(views.size()));
    for (int i = 0; i < views.size(); ++i) {
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("name"), views[i].first);
        m_settings->setValue(QStringLiteral("query"), views[i].second);
    }
    m_settings->endArray();
}

void Preferences::saveView(const SavedView &view)
{
    auto views = savedViews();
    views.removeIf([&](const SavedView &known) { return known.first == view.first; });
    views.append(view);
    setSavedViews(views);
}

QList<BoardColumn> Preferences::boardColumns() const
{
    auto columns = Board::defaultColumns();
    // Only names and rules are the user's; the set of columns and their precedence stay the board's.
    const auto count = m_settings->beginReadArray(columnsKey);
    for (int i = 0; i < count && i < columns.size(); ++i) {
        m_settings->setArrayIndex(i);
        const auto name = m_settings->value(QStringLiteral("name")).toString().trimmed();
        if (!name.isEmpty())
            columns[i].name = name;
        columns[i].rule = m_settings->value(QStringLiteral("rule"), columns[i].rule).toString();
    }
    m_settings->endArray();
    return columns;
}

void Preferences::setBoardColumns(const QList<BoardColumn> &columns)
{
    if (columns == Board::defaultColumns()) {
        m_settings->remove(columnsKey); // defaults follow the language and future versions
        return;
    }
    m_settings->beginWriteArray(columnsKey, int(columns.size()));
    for (int i = 0; i < columns.size(); ++i) {
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("name"), columns[i].name);
        m_settings->setValue(QStringLiteral("rule"), columns[i].rule);
    }
    m_settings->endArray();
}

bool Preferences::welcomeDismissed() const
{
    return m_settings->value(welcomeKey, false).toBool();
}

void Preferences::setWelcomeDismissed(bool dismissed)
{
    m_settings->setValue(welcomeKey, dismissed);
}

QByteArray Preferences::windowGeometry() const
{
    return m_settings->value(geometryKey).toByteArray();
}

QByteArray Preferences::windowState() const
{
    return m_settings->value(stateKey).toByteArray();
}

void Preferences::setWindowGeometry(const QByteArray &geometry, const QByteArray &state)
{
    m_settings->setValue(geometryKey, geometry);
    m_settings->setValue(stateKey, state);
}

QString Preferences::themeId(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::System:
        break;
    }
    return QStringLiteral("system");
}

Preferences::Theme Preferences::themeFromId(const QString &id)
{
    if (id == QLatin1StringView("light"))
        return Theme::Light;
    if (id == QLatin1StringView("dark"))
        return Theme::Dark;
    return Theme::System;
}

} // namespace ReleaseDesk::Models

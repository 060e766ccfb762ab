#include "store.h"

#include "releasenoteblock.h"
#include "store/sqlvalues.h"
#include "store/storereaderfactory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QtConcurrentRun>

Q_LOGGING_CATEGORY(lcStore, "releasedesk.store", QtInfoMsg)

namespace ReleaseDesk::Models {

using namespace Api;
using SqlValues::bindable;

namespace {

// 'RDk1': marks a file as a Release Desk workspace so a foreign SQLite file is never migrated.
constexpr int applicationId = 0x52446B31;

const QStringList &migrationResources()
{
    static const QStringList files = {
        QStringLiteral(":/releasedesk/sql/001-initial.sql"),
        QStringLiteral(":/releasedesk/sql/002-branch-ci-and-sync-state.sql"),
        QStringLiteral(":/releasedesk/sql/003-release-ranges.sql"),
        QStringLiteral(":/releasedesk/sql/004-note-excerpts.sql"),
        QStringLiteral(":/releasedesk/sql/005-release-signal.sql"),
        QStringLiteral(":/releasedesk/sql/006-signal-reports.sql"),
        QStringLiteral(":/releasedesk/sql/007-release-schedule.sql"),
        QStringLiteral(":/releasedesk/sql/008-cherry-picks.sql"),
    };
    return files;
}

QString quickCheck(const QSqlDatabase &db)
{
    QSqlQuery check(db);
    if (!check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next())
        return check.lastError().text();
    return check.value(0).toString();
}

QString quickCheckOnOwnConnection(const QString &path)
{
    return StoreReaderFactory(path).read<QString>(quickCheck, [](const QString &error) { return error; });
}

QString damagedMessage(const QString &path, const QString &detail)
{
    return Store::tr("The workspace %1 is damaged (SQLite reports: %2). Release Desk has not changed it. "
                     "Restore it from a backup, or move it away and sync again to rebuild the cache.")
        .arg(path, detail);
}

// Splits an SQL script into statements. Our migration files never put ';' inside literals.
QStringList statements(const QString &script)
{
    QStringList result;
    QString cleaned;
    for (const auto &line : script.split(QLatin1Char('\n'))) {
        const auto comment = line.indexOf(QLatin1StringView("--"));
        cleaned += (comment >= 0 ? line.left(comment) : line) + QLatin1Char('\n');
    }
    for (const auto &statement : cleaned.split(QLatin1Char(';'))) {
        if (!statement.trimmed().isEmpty())
            result.append(statement.trimmed());
    }
    return result;
}

} // namespace

Store::Store()
    : m_connectionName(
        QStringLiteral("releasedesk-store-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

Store::~Store()
{
    close();
}

int Store::latestSchemaVersion()
{
    return int(migrationResources().size());
}

bool Store::fail(StoreError::Code code, const QString &message) const
{
    m_error = {code, message};
    qCWarning(lcStore).noquote() << message;
    return false;
}

bool Store::failQuery(const QSqlQuery &query) const
{
    return fail(StoreError::Code::QueryFailed,
        tr("The workspace could not be updated: %1. Nothing was lost: the change was rolled back. "
           "Check that the disk is not full and the file is writable, then try again.")
            .arg(query.lastError().text()));
}

QSqlDatabase Store::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QSqlQuery &Store::preparedStatement(const QString &sql) const
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery query(database());
        // A failed preparation is not kept: exec() then fails (with a parameter mismatch, the caller's
        // transaction rolls back), and the next call tries to prepare it again.
        if (!query.prepare(sql))
            return m_failedStatement.emplace(std::move(query));
        it = m_statements.emplace(sql, std::move(query)).first;
    }
    return it->second;
}

StoreReaderFactory Store::readers() const
{
    return StoreReaderFactory(m_path);
}

bool Store::exec(const QString &sql) const
{
    QSqlQuery query(database());
    if (!query.exec(sql))
        return failQuery(query);
    return true;
}

bool Store::open(const QString &path, int targetVersion)
{
    return openConnection(path, Access::ReadWrite, targetVersion);
}

bool Store::openReadOnly(const QString &path)
{
    return openConnection(path, Access::ReadOnly, -1);
}

bool Store::openConnection(const QString &path, Access access, int targetVersion)
{
    close();
    m_error = {};
    m_path = path;
    m_readOnly = access == Access::ReadOnly;
    const QFileInfo info(path);
    if (!m_readOnly && !QDir().mkpath(info.absolutePath())) {
        return fail(StoreError::Code::CannotOpen,
            tr("Cannot create the folder %1 for the workspace. Check its permissions, or choose "
               "another workspace file with --workspace.")
                .arg(info.absolutePath()));
    }
    if (info.exists() && info.size() > 0) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return fail(StoreError::Code::CannotOpen,
                tr("Cannot read the workspace %1: %2. Check the file's permissions.")
                    .arg(path, file.errorString()));
        }
        if (file.read(16) != QByteArrayView("SQLite format 3\0", 16)) {
            return fail(StoreError::Code::NotADatabase,
                tr("%1 is not a Release Desk workspace (it is not an SQLite database, or its header "
                   "is destroyed). Release Desk has not changed it. Choose another file with "
                   "--workspace, or move this one away to start a new workspace.")
                    .arg(path));
        }
    }

    auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    // A read-only connection never waits for a writer and cannot change the file.
    db.setConnectOptions(m_readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                                    : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        const auto text = db.lastError().text();
        close();
        return fail(StoreError::Code::CannotOpen,
            tr("Cannot open the workspace %1: %2. Check the file's permissions and free disk space.")
                .arg(path, text));
    }
    if (!checkIdentity())
        return false;
    if (m_readOnly)
        return true; // the writer's store migrated and checks the file
    if (!exec(QStringLiteral("PRAGMA foreign_keys = ON"))
        || !exec(QStringLiteral("PRAGMA journal_mode = WAL"))
        || !exec(QStringLiteral("PRAGMA synchronous = NORMAL"))) {
        close();
        return false;
    }
    if (!migrate(targetVersion < 0 ? latestSchemaVersion() : targetVersion)) {
        const auto error = m_error;
        close();
        m_error = error;
        return false;
    }
    return true;
}

bool Store::checkIdentity()
{
    auto db = database();
    QSqlQuery query(db);
    // The first read of the file: SQLite reports a damaged header here.
    if (!query.exec(QStringLiteral("SELECT (SELECT count(*) FROM sqlite_master), "
                                   "(SELECT application_id FROM pragma_application_id), "
                                   "(SELECT user_version FROM pragma_user_version)"))
        || !query.next()) {
        const auto text = query.lastError().text();
        close();
        return fail(StoreError::Code::Corrupt,
            tr("The workspace %1 is damaged and cannot be read (%2). Release Desk has not changed it. "
               "Restore it from a backup, or move it away and sync again to rebuild the cache.")
                .arg(m_path, text));
    }
    const auto objectCount = query.value(0).toInt();
    const auto fileApplicationId = query.value(1).toInt();
    const auto version = query.value(2).toInt();
    query.finish();

    if (fileApplicationId != applicationId && (objectCount > 0 || version != 0)) {
        close();
        return fail(StoreError::Code::ForeignDatabase,
            tr("%1 is an SQLite database of another program, not a Release Desk workspace. "
               "Release Desk has not changed it. Choose another file with --workspace.")
                .arg(m_path));
    }
    if (version > latestSchemaVersion()) {
        close();
        return fail(StoreError::Code::NewerSchema,
            tr("The workspace %1 was written by a newer Release Desk (schema %2; this version knows up "
               "to %3). Update Release Desk to open it; it has not been changed.")
                .arg(m_path)
                .arg(version)
                .arg(latestSchemaVersion()));
    }
    if (m_readOnly)
        return true;
    if (objectCount > 0 && !(m_integrityCheck == IntegrityCheck::Skip && version == latestSchemaVersion())) {
        if (m_integrityCheck == IntegrityCheck::Alongside && version == latestSchemaVersion()) {
            m_pendingCheck = QtConcurrent::run(quickCheckOnOwnConnection, m_path);
            return true;
        }
        const auto detail = quickCheck(db);
        if (detail != QLatin1StringView("ok")) {
            close();
            return fail(StoreError::Code::Corrupt, damagedMessage(m_path, detail));
        }
    }
    return true;
}

StoreError Store::integrityVerdict()
{
    if (m_pendingCheck.isValid()) {
        const auto detail = m_pendingCheck.result();
        m_pendingCheck = {};
        if (detail != QLatin1StringView("ok")) {
            m_integrityError = {StoreError::Code::Corrupt, damagedMessage(m_path, detail)};
            qCWarning(lcStore).noquote() << m_integrityError.message;
        }
    }
    return m_integrityError;
}

bool Store::migrate(int targetVersion)
{
    const auto current = schemaVersion();
    for (int version = current + 1; version <= targetVersion; ++version) {
        QFile file(migrationResources().at(version - 1));
        if (!file.open(QIODevice::ReadOnly))
            return fail(StoreError::Code::QueryFailed, tr("Missing schema migration %1.").arg(version));
        const auto script = QString::fromUtf8(file.readAll());
        // DDL is transactional in SQLite: a migration applies completely or not at all.
        const bool ok = transaction([&] {
            for (const auto &statement : statements(script)) {
                if (!exec(statement))
                    return false;
            }
            if (version == 4 && !fillNoteExcerpts())
                return false;
            return exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId))
                && exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
        });
        if (!ok)
            return false;
        // Every new workspace walks through all migrations: news only for verbose logging.
        qCDebug(lcStore) << "migrated workspace to schema" << version;
    }
    return true;
}

bool Store::fillNoteExcerpts()
{
    auto db = database();
    QSqlQuery select(db);
    select.setForwardOnly(true);
    if (!select.exec(QStringLiteral("SELECT id, body FROM items WHERE note_excerpt IS NULL")))
        return failQuery(select);
    QList<QPair<qint64, QString>> excerpts;
    while (select.next())
        excerpts.append(
            {select.value(0).toLongLong(), ReleaseNoteBlock::excerpt(select.value(1).toString())});
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE items SET note_excerpt = ? WHERE id = ?"));
    for (const auto &[id, excerpt] : std::as_const(excerpts)) {
        update.addBindValue(bindable(excerpt));
        update.addBindValue(bindable(id));
        if (!update.exec())
            return failQuery(update);
    }
    return true;
}

void Store::close()
{
    if (m_pendingCheck.isValid())
        m_pendingCheck.waitForFinished(); // it reads the file on a connection of its own
    m_pendingCheck = {};
    m_integrityError = {};
    m_rowIds.clear();
    m_statements.clear(); // before the connection they belong to
    m_failedStatement.reset();
    m_transactionDepth = 0;
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            auto db = database();
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool Store::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && database().isOpen();
}

int Store::schemaVersion() const
{
    QSqlQuery query(database());
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

bool Store::transaction(const std::function<bool()> &work)
{
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        const bool ok = work();
        --m_transactionDepth;
        if (!ok)
            m_transactionFailed = true;
        return ok;
    }
    m_error = {};
    // Never write to a file the integrity check found damaged (nor before it has a verdict).
    if (const auto verdict = integrityVerdict()) {
        m_error = verdict;
        return false;
    }
    if (!exec(QStringLiteral("BEGIN IMMEDIATE")))
        return false;
    m_transactionDepth = 1;
    m_transactionFailed = false;
    const bool ok = work() && !m_transactionFailed;
    m_transactionDepth = 0;
    if (!ok) {
        const auto error = m_error;
        exec(QStringLiteral("ROLLBACK"));
        // The caches may name rows the rollback removed.
        m_rowIds.clear();
        m_error = error;
        return false;
    }
    return exec(QStringLiteral("COMMIT"));
}

bool Store::setMeta(const QString &key, const QString &value)
{
    return transaction([&] {
        QSqlQuery query(database());
        query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        query.addBindValue(bindable(key));
        query.addBindValue(bindable(value));
        return query.exec() || failQuery(query);
    });
}

QString Store::meta(const QString &key, const QString &fallback) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(bindable(key));
    if (query.exec() && query.next())
        return query.value(0).toString();
    return fallback;
}

QString Store::integrityCheck() const
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return query.lastError().text();
    QStringList lines;
    while (query.next())
        lines.append(query.value(0).toString());
    return lines.join(QLatin1Char('\n'));
}

} // namespace ReleaseDesk::Models

#include "store.h"

#include "releasenoteblock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>
#include <QtConcurrentRun>

Q_LOGGING_CATEGORY(lcStore, "releasedesk.store", QtInfoMsg)

namespace ReleaseDesk::Models {

using namespace Api;

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

// Qt binds a null QString as SQL NULL; our text columns are NOT NULL and hold '' instead.
QVariant bindable(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

QVariant bindable(const QVariant &value)
{
    return value;
}

template<typename T>
QVariant bindable(const T &value)
{
    return QVariant::fromValue(value);
}

QVariant dateValue(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return QVariant(QMetaType::fromType<QString>());
    return dateTime.toUTC().toString(Qt::ISODateWithMs);
}

QVariant dateValue(const QDate &date)
{
    if (!date.isValid())
        return QVariant(QMetaType::fromType<QString>());
    return date.toString(Qt::ISODate);
}

// Our own format, "2026-06-01T08:30:00.000Z", read by hand: QDateTime::fromString took most of
// the time of loading 100,000 items (four dates each, one per CI context).
std::optional<QDateTime> fromStoredFormat(QStringView text)
{
    if (text.size() != 24 || text[4] != u'-' || text[7] != u'-' || text[10] != u'T' || text[13] != u':'
        || text[16] != u':' || text[19] != u'.' || text[23] != u'Z')
        return std::nullopt;
    bool ok = true;
    const auto number = [&](int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; ++i) {
            const int digit = text[i].unicode() - u'0';
            ok = ok && digit >= 0 && digit <= 9;
            value = value * 10 + digit;
        }
        return value;
    };
    const int year = number(0, 4);
    const int month = number(5, 2);
    const int day = number(8, 2);
    const int hour = number(11, 2);
    const int minute = number(14, 2);
    const int second = number(17, 2);
    const int millisecond = number(20, 3);
    if (!ok || !QDate::isValid(year, month, day) || hour > 23 || minute > 59 || second > 59)
        return std::nullopt;
    constexpr qint64 unixEpochJulianDay = 2440588;
    const qint64 days = QDate(year, month, day).toJulianDay() - unixEpochJulianDay;
    const qint64 msecs = (((days * 24 + hour) * 60 + minute) * 60 + second) * 1000 + millisecond;
    return QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::UTC);
}

QDateTime toDateTime(const QVariant &value)
{
    if (value.isNull())
        return QDateTime();
    const auto text = value.toString();
    if (const auto parsed = fromStoredFormat(text))
        return *parsed;
    auto dateTime = QDateTime::fromString(text, Qt::ISODateWithMs);
    dateTime.setTimeZone(QTimeZone::UTC);
    return dateTime;
}

QString quickCheck(const QSqlDatabase &db)
{
    QSqlQuery check(db);
    if (!check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next())
        return check.lastError().text();
    return check.value(0).toString();
}

/// Runs `read` on a read-only connection of its own to `path`, for a worker thread (a connection
/// belongs to the thread that opened it; a read-only one never waits for a writer). `read` receives
/// the open database, or the reason it could not be opened.
template<typename Result>
Result readOnOwnConnection(const QString &path, const std::function<Result(const QSqlDatabase &)> &read,
    const std::function<Result(const QString &)> &cannotOpen)
{
    const auto name
        = QStringLiteral("releasedesk-reader-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Result result;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        result = db.open() ? read(db) : cannotOpen(db.lastError().text());
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

QString quickCheckOnOwnConnection(const QString &path)
{
    return readOnOwnConnection<QString>(path, quickCheck, [](const QString &error) { return error; });
}

QString damagedMessage(const QString &path, const QString &detail)
{
    return Store::tr("The workspace %1 is damaged (SQLite reports: %2). Release Desk has not changed it. "
                     "Restore it from a backup, or move it away and sync again to rebuild the cache.")
        .arg(path, detail);
}

QDate toDate(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
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

bool Store::exec(const QString &sql) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(sql))
        return failQuery(query);
    return true;
}

bool Store::open(const QString &path, int targetVersion)
{
    close();
    m_error = {};
    m_path = path;
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
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
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        const auto text = db.lastError().text();
        close();
        return fail(StoreError::Code::CannotOpen,
            tr("Cannot open the workspace %1: %2. Check the file's permissions and free disk space.")
                .arg(path, text));
    }
    if (!checkIdentity())
        return false;
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
    auto db = QSqlDatabase::database(m_connectionName, false);
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
    auto db = QSqlDatabase::database(m_connectionName, false);
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
    m_repositoryIds.clear();
    m_labelIds.clear();
    m_transactionDepth = 0;
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            auto db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool Store::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName)
        && QSqlDatabase::database(m_connectionName, false).isOpen();
}

int Store::schemaVersion() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
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
        m_repositoryIds.clear();
        m_labelIds.clear();
        m_error = error;
        return false;
    }
    return exec(QStringLiteral("COMMIT"));
}

bool Store::setMeta(const QString &key, const QString &value)
{
    return transaction([&] {
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        query.addBindValue(bindable(key));
        query.addBindValue(bindable(value));
        return query.exec() || failQuery(query);
    });
}

QString Store::meta(const QString &key, const QString &fallback) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(bindable(key));
    if (query.exec() && query.next())
        return query.value(0).toString();
    return fallback;
}

std::optional<qint64> Store::findRepositoryId(const RepositoryRef &repository) const
{
    if (const auto it = m_repositoryIds.constFind(repository); it != m_repositoryIds.cend())
        return it.value();
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT id FROM repositories WHERE host = ? AND owner = ? AND name = ?"));
    query.addBindValue(bindable(repository.host));
    query.addBindValue(bindable(repository.owner));
    query.addBindValue(bindable(repository.name));
    if (!query.exec()) {
        failQuery(query);
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    const auto id = query.value(0).toLongLong();
    m_repositoryIds.insert(repository, id);
    return id;
}

std::optional<qint64> Store::ensureRepositoryId(const RepositoryRef &repository)
{
    if (const auto existing = findRepositoryId(repository))
        return existing;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("INSERT INTO repositories (host, owner, name) VALUES (?, ?, ?)"));
    query.addBindValue(bindable(repository.host));
    query.addBindValue(bindable(repository.owner));
    query.addBindValue(bindable(repository.name));
    if (!query.exec()) {
        failQuery(query);
        return std::nullopt;
    }
    const auto id = query.lastInsertId().toLongLong();
    m_repositoryIds.insert(repository, id);
    return id;
}

std::optional<qint64> Store::labelId(qint64 repoId, const Label &label)
{
    const auto cacheKey = qMakePair(repoId, label.name);
    if (const auto it = m_labelIds.constFind(cacheKey); it != m_labelIds.cend())
        return it.value();
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("INSERT INTO labels (repo_id, name, color, description) VALUES (?, ?, ?, ?) "
                                 "ON CONFLICT (repo_id, name) DO UPDATE SET color = excluded.color, "
                                 "description = excluded.description RETURNING id"));
    query.addBindValue(bindable(repoId));
    query.addBindValue(bindable(label.name));
    query.addBindValue(bindable(label.color));
    query.addBindValue(bindable(label.description));
    if (!query.exec() || !query.next()) {
        failQuery(query);
        return std::nullopt;
    }
    const auto id = query.value(0).toLongLong();
    m_labelIds.insert(cacheKey, id);
    return id;
}

bool Store::upsertItems(const QList<Item> &items)
{
    return transaction([&] {
        for (const auto &item : items) {
            if (!writeItem(item))
                return false;
        }
        return true;
    });
}

bool Store::writeItem(const Item &item)
{
    const auto repoId = ensureRepositoryId(item.key.repository);
    if (!repoId)
        return false;
    auto db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO items (repo_id, number, kind, state, state_reason, title, body, author, url, "
        "created_at, "
        "updated_at, closed_at, merged_at, milestone, is_draft, base_ref, head_ref, review_decision, "
        "mergeable, "
        "merge_state_status, note_excerpt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?) "
        "ON CONFLICT (repo_id, number) DO UPDATE SET kind = excluded.kind, state = excluded.state, "
        "state_reason = excluded.state_reason, title = excluded.title, "
        // An item read without its body (note_excerpt bound NULL) leaves the stored body alone.
        "body = CASE WHEN excluded.note_excerpt IS NULL THEN items.body ELSE excluded.body END, "
        "note_excerpt = COALESCE(excluded.note_excerpt, items.note_excerpt), "
        "author = excluded.author, url = excluded.url, created_at = excluded.created_at, "
        "updated_at = excluded.updated_at, closed_at = excluded.closed_at, merged_at = excluded.merged_at, "
        "milestone = excluded.milestone, is_draft = excluded.is_draft, base_ref = excluded.base_ref, "
        "head_ref = excluded.head_ref, review_decision = excluded.review_decision, "
        "mergeable = excluded.mergeable, merge_state_status = excluded.merge_state_status RETURNING id"));
    query.addBindValue(bindable(*repoId));
    query.addBindValue(bindable(item.key.number));
    query.addBindValue(bindable(item.isPullRequest() ? 1 : 0));
    query.addBindValue(bindable(itemStateToString(item.state)));
    query.addBindValue(bindable(item.stateReason));
    query.addBindValue(bindable(item.title));
    query.addBindValue(bindable(item.body));
    query.addBindValue(bindable(item.author));
    query.addBindValue(bindable(item.url.toString()));
    query.addBindValue(bindable(dateValue(item.createdAt)));
    query.addBindValue(bindable(dateValue(item.updatedAt)));
    query.addBindValue(bindable(dateValue(item.closedAt)));
    query.addBindValue(bindable(dateValue(item.mergedAt)));
    query.addBindValue(bindable(item.milestone));
    query.addBindValue(bindable(item.isDraft ? 1 : 0));
    query.addBindValue(bindable(item.baseRef));
    query.addBindValue(bindable(item.headRef));
    query.addBindValue(bindable(item.reviewDecision));
    query.addBindValue(bindable(item.mergeable));
    query.addBindValue(bindable(item.mergeStateStatus));
    query.addBindValue(item.bodyComplete ? bindable(ReleaseNoteBlock::excerpt(item.body))
                                         : QVariant(QMetaType::fromType<QString>()));
    if (!query.exec() || !query.next())
        return failQuery(query);
    const auto itemId = query.value(0).toLongLong();
    query.finish();

    // Child rows are replaced as a whole: GitHub sends the complete lists after pagination.
    for (const auto *table : {"item_labels", "item_assignees", "ci_contexts", "reviews", "item_links"}) {
        QSqlQuery remove(db);
        remove.prepare(QStringLiteral("DELETE FROM %1 WHERE item_id = ?").arg(QLatin1StringView(table)));
        remove.addBindValue(bindable(itemId));
        if (!remove.exec())
            return failQuery(remove);
    }

    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO item_labels (item_id, position, label_id) VALUES (?, ?, ?)"));
    for (int i = 0; i < item.labels.size(); ++i) {
        const auto id = labelId(*repoId, item.labels[i]);
        if (!id)
            return false;
        insert.addBindValue(bindable(itemId));
        insert.addBindValue(bindable(i));
        insert.addBindValue(bindable(*id));
        if (!insert.exec())
            return failQuery(insert);
    }
    insert.prepare(QStringLiteral("INSERT INTO item_assignees (item_id, position, login) VALUES (?, ?, ?)"));
    for (int i = 0; i < item.assignees.size(); ++i) {
        insert.addBindValue(bindable(itemId));
        insert.addBindValue(bindable(i));
        insert.addBindValue(bindable(item.assignees[i]));
        if (!insert.exec())
            return failQuery(insert);
    }
    insert.prepare(
        QStringLiteral("INSERT INTO ci_contexts (item_id, position, source, name, raw_state, required, "
                       "url, completed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < item.ciContexts.size(); ++i) {
        const auto &context = item.ciContexts[i];
        insert.addBindValue(bindable(itemId));
        insert.addBindValue(bindable(i));
        insert.addBindValue(bindable(context.source == CiContext::Source::CheckRun ? 1 : 0));
        insert.addBindValue(bindable(context.name));
        insert.addBindValue(bindable(context.rawState));
        insert.addBindValue(bindable(context.required ? 1 : 0));
        insert.addBindValue(bindable(context.url.toString()));
        insert.addBindValue(bindable(dateValue(context.completedAt)));
        if (!insert.exec())
            return failQuery(insert);
    }
    insert.prepare(QStringLiteral(
        "INSERT INTO reviews (item_id, position, author, state, submitted_at) VALUES (?, ?, ?, ?, ?)"));
    for (int i = 0; i < item.reviews.size(); ++i) {
        const auto &review = item.reviews[i];
        insert.addBindValue(bindable(itemId));
        insert.addBindValue(bindable(i));
        insert.addBindValue(bindable(review.author));
        insert.addBindValue(bindable(review.state));
        insert.addBindValue(bindable(dateValue(review.submittedAt)));
        if (!insert.exec())
            return failQuery(insert);
    }
    insert.prepare(
        QStringLiteral("INSERT INTO item_links (item_id, position, kind, target_host, target_owner, "
                       "target_name, target_number) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < item.links.size(); ++i) {
        const auto &link = item.links[i];
        insert.addBindValue(bindable(itemId));
        insert.addBindValue(bindable(i));
        insert.addBindValue(bindable(int(link.kind)));
        insert.addBindValue(bindable(link.target.repository.host));
        insert.addBindValue(bindable(link.target.repository.owner));
        insert.addBindValue(bindable(link.target.repository.name));
        insert.addBindValue(bindable(link.target.number));
        if (!insert.exec())
            return failQuery(insert);
    }
    return true;
}

bool Store::upsertRepositoryLabels(const RepositoryRef &repository, const QList<Label> &labels)
{
    return transaction([&] {
        const auto repoId = ensureRepositoryId(repository);
        if (!repoId)
            return false;
        for (const auto &label : labels) {
            m_labelIds.remove(qMakePair(*repoId, label.name)); // refresh colour and description
            if (!labelId(*repoId, label))
                return false;
        }
        return true;
    });
}

bool Store::upsertMilestones(const RepositoryRef &repository, const QList<Milestone> &milestones)
{
    return transaction([&] {
        const auto repoId = ensureRepositoryId(repository);
        if (!repoId)
            return false;
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        query.prepare(
            QStringLiteral("INSERT INTO milestones (repo_id, number, title, open, due_on) "
                           "VALUES (?, ?, ?, ?, ?) ON CONFLICT (repo_id, number) DO UPDATE SET "
                           "title = excluded.title, open = excluded.open, due_on = excluded.due_on"));
        for (const auto &milestone : milestones) {
            query.addBindValue(bindable(*repoId));
            query.addBindValue(bindable(milestone.number));
            query.addBindValue(bindable(milestone.title));
            query.addBindValue(bindable(milestone.open ? 1 : 0));
            query.addBindValue(bindable(dateValue(milestone.dueOn)));
            if (!query.exec())
                return failQuery(query);
        }
        return true;
    });
}

bool Store::appendTimelineEvents(const QList<TimelineEvent> &events)
{
    return transaction([&] {
        auto db = QSqlDatabase::database(m_connectionName, false);
        QSqlQuery lookup(db);
        lookup.prepare(QStringLiteral("SELECT id FROM items WHERE repo_id = ? AND number = ?"));
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral(
            "INSERT INTO timeline_events (item_id, kind, actor, at, detail) VALUES (?, ?, ?, ?, ?)"));
        QHash<ItemKey, qint64> itemIds;
        for (const auto &event : events) {
            auto itemId = itemIds.value(event.item, -1);
            if (itemId < 0) {
                const auto repoId = findRepositoryId(event.item.repository);
                if (!repoId)
                    return fail(StoreError::Code::QueryFailed,
                        tr("A timeline event names %1, which is not in the workspace.")
                            .arg(event.item.reference()));
                lookup.addBindValue(bindable(*repoId));
                lookup.addBindValue(bindable(event.item.number));
                if (!lookup.exec())
                    return failQuery(lookup);
                if (!lookup.next())
                    return fail(StoreError::Code::QueryFailed,
                        tr("A timeline event names %1, which is not in the workspace.")
                            .arg(event.item.reference()));
                itemId = lookup.value(0).toLongLong();
                lookup.finish();
                itemIds.insert(event.item, itemId);
            }
            insert.addBindValue(bindable(itemId));
            insert.addBindValue(
                bindable(event.rawKind.isEmpty() ? typeNameForTimelineKind(event.kind) : event.rawKind));
            insert.addBindValue(bindable(event.actor));
            insert.addBindValue(bindable(dateValue(event.at)));
            insert.addBindValue(bindable(event.detail));
            if (!insert.exec())
                return failQuery(insert);
        }
        return true;
    });
}

bool Store::replaceTimelineEvents(const QList<ItemKey> &items, const QList<TimelineEvent> &events)
{
    return transaction([&] {
        QSqlQuery remove(QSqlDatabase::database(m_connectionName, false));
        remove.prepare(QStringLiteral("DELETE FROM timeline_events WHERE item_id = "
                                      "(SELECT id FROM items WHERE repo_id = ? AND number = ?)"));
        for (const auto &key : items) {
            const auto repoId = findRepositoryId(key.repository);
            if (!repoId)
                continue;
            remove.addBindValue(bindable(*repoId));
            remove.addBindValue(bindable(key.number));
            if (!remove.exec())
                return failQuery(remove);
        }
        return appendTimelineEvents(events);
    });
}

int Store::moveOutOfMilestone(
    const RepositoryRef &repository, const QString &milestone, const QSet<ItemKey> &stillInMilestone)
{
    const auto repoId = findRepositoryId(repository);
    if (!repoId)
        return 0;
    int moved = 0;
    const bool ok = transaction([&] {
        auto db = QSqlDatabase::database(m_connectionName, false);
        QSqlQuery select(db);
        select.prepare(QStringLiteral("SELECT number FROM items WHERE repo_id = ? AND milestone = ?"));
        select.addBindValue(bindable(*repoId));
        select.addBindValue(bindable(milestone));
        if (!select.exec())
            return failQuery(select);
        QList<int> leaving;
        while (select.next()) {
            const auto number = select.value(0).toInt();
            if (!stillInMilestone.contains(ItemKey {repository, number}))
                leaving.append(number);
        }
        QSqlQuery update(db);
        update.prepare(QStringLiteral("UPDATE items SET milestone = '' WHERE repo_id = ? AND number = ?"));
        for (const auto number : std::as_const(leaving)) {
            update.addBindValue(bindable(*repoId));
            update.addBindValue(bindable(number));
            if (!update.exec())
                return failQuery(update);
        }
        moved = int(leaving.size());
        return true;
    });
    return ok ? moved : 0;
}

Store::SyncState Store::syncState(const RepositoryRef &repository) const
{
    SyncState state;
    const auto repoId = findRepositoryId(repository);
    if (!repoId)
        return state;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral(
        "SELECT updated_since, resume_cursor, last_synced_at FROM sync_state WHERE repo_id = ?"));
    query.addBindValue(bindable(*repoId));
    if (query.exec() && query.next()) {
        state.updatedSince = toDateTime(query.value(0));
        state.resume = query.value(1).toString();
        state.lastSyncedAt = toDateTime(query.value(2));
    }
    return state;
}

bool Store::setSyncState(const RepositoryRef &repository, const SyncState &state)
{
    return transaction([&] {
        const auto repoId = ensureRepositoryId(repository);
        if (!repoId)
            return false;
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        query.prepare(
            QStringLiteral("INSERT INTO sync_state (repo_id, updated_since, resume_cursor, last_synced_at) "
                           "VALUES (?, ?, ?, ?) ON CONFLICT (repo_id) DO UPDATE SET "
                           "updated_since = excluded.updated_since, resume_cursor = excluded.resume_cursor, "
                           "last_synced_at = excluded.last_synced_at"));
        query.addBindValue(bindable(*repoId));
        query.addBindValue(dateValue(state.updatedSince));
        query.addBindValue(bindable(state.resume));
        query.addBindValue(dateValue(state.lastSyncedAt));
        return query.exec() || failQuery(query);
    });
}

bool Store::saveRelease(Release &release)
{
    return transaction([&] {
        auto db = QSqlDatabase::database(m_connectionName, false);
        QSqlQuery query(db);
        query.prepare(QStringLiteral(
            "INSERT INTO releases (name, query, release_branch, main_branch, feature_freeze, code_freeze, "
            "release_date, blocker_rule, exception_label) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (name) DO UPDATE SET "
            "query = excluded.query, release_branch = excluded.release_branch, main_branch = "
            "excluded.main_branch, "
            "feature_freeze = excluded.feature_freeze, code_freeze = excluded.code_freeze, "
            "release_date = excluded.release_date, blocker_rule = excluded.blocker_rule, "
            "exception_label = excluded.exception_label RETURNING id"));
        query.addBindValue(bindable(release.name));
        query.addBindValue(bindable(release.query));
        query.addBindValue(bindable(release.releaseBranch));
        query.addBindValue(bindable(release.mainBranch));
        query.addBindValue(bindable(dateValue(release.featureFreeze)));
        query.addBindValue(bindable(dateValue(release.codeFreeze)));
        query.addBindValue(bindable(dateValue(release.releaseDate)));
        query.addBindValue(bindable(release.blockerRule));
        query.addBindValue(bindable(release.exceptionLabel));
        if (!query.exec() || !query.next())
            return failQuery(query);
        release.id = query.value(0).toLongLong();
        query.finish();
        QSqlQuery removePhases(db);
        removePhases.prepare(QStringLiteral("DELETE FROM release_phases WHERE release_id = ?"));
        removePhases.addBindValue(bindable(release.id));
        if (!removePhases.exec())
            return failQuery(removePhases);
        QSqlQuery insertPhase(db);
        insertPhase.prepare(QStringLiteral(
            "INSERT INTO release_phases (release_id, position, kind, name, starts) VALUES (?, ?, ?, ?, ?)"));
        for (int position = 0; position < release.phases.size(); ++position) {
            const auto &phase = release.phases.at(position);
            if (!phase.starts.isValid())
                continue; // a phase without a day is not part of the schedule
            insertPhase.addBindValue(bindable(release.id));
            insertPhase.addBindValue(position);
            insertPhase.addBindValue(bindable(phase.kind));
            insertPhase.addBindValue(bindable(phase.name));
            insertPhase.addBindValue(bindable(dateValue(phase.starts)));
            if (!insertPhase.exec())
                return failQuery(insertPhase);
        }
        QSqlQuery remove(db);
        remove.prepare(QStringLiteral("DELETE FROM release_repositories WHERE release_id = ?"));
        remove.addBindValue(bindable(release.id));
        if (!remove.exec())
            return failQuery(remove);
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral(
            "INSERT INTO release_repositories (release_id, repo_id, milestones, range_from, range_to) "
            "VALUES (?, ?, ?, ?, ?)"));
        for (const auto &entry : std::as_const(release.repositories)) {
            const auto repoId = ensureRepositoryId(entry.repository);
            if (!repoId)
                return false;
            insert.addBindValue(bindable(release.id));
            insert.addBindValue(bindable(*repoId));
            insert.addBindValue(bindable(entry.milestones.join(QLatin1Char('\n'))));
            insert.addBindValue(bindable(entry.rangeFrom));
            insert.addBindValue(bindable(entry.rangeTo));
            if (!insert.exec())
                return failQuery(insert);
        }
        return true;
    });
}

bool Store::recordSnapshots(qint64 releaseId, const QList<DailySnapshot> &snapshots)
{
    return transaction([&] {
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        query.prepare(
            QStringLiteral("INSERT INTO daily_snapshots (release_id, day, metric, value) VALUES (?, ?, ?, ?) "
                           "ON CONFLICT (release_id, day, metric) DO UPDATE SET value = excluded.value"));
        for (const auto &snapshot : snapshots) {
            query.addBindValue(bindable(releaseId));
            query.addBindValue(bindable(dateValue(snapshot.day)));
            query.addBindValue(bindable(snapshot.metric));
            query.addBindValue(bindable(snapshot.value));
            if (!query.exec())
                return failQuery(query);
        }
        return true;
    });
}

bool Store::setBranchCi(const RepositoryRef &repository, const QString &branch, const QString &headSha,
    const QList<CiContext> &contexts)
{
    return transaction([&] {
        const auto repoId = ensureRepositoryId(repository);
        if (!repoId)
            return false;
        auto db = QSqlDatabase::database(m_connectionName, false);
        QSqlQuery remove(db);
        remove.prepare(QStringLiteral("DELETE FROM branch_ci_contexts WHERE repo_id = ? AND branch = ?"));
        remove.addBindValue(bindable(*repoId));
        remove.addBindValue(bindable(branch));
        if (!remove.exec())
            return failQuery(remove);
        QSqlQuery insert(db);
        insert.prepare(
            QStringLiteral("INSERT INTO branch_ci_contexts (repo_id, branch, position, head_sha, source, "
                           "name, raw_state, required, url, completed_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (int i = 0; i < contexts.size(); ++i) {
            const auto &context = contexts[i];
            insert.addBindValue(bindable(*repoId));
            insert.addBindValue(bindable(branch));
            insert.addBindValue(bindable(i));
            insert.addBindValue(bindable(headSha));
            insert.addBindValue(bindable(context.source == CiContext::Source::CheckRun ? 1 : 0));
            insert.addBindValue(bindable(context.name));
            insert.addBindValue(bindable(context.rawState));
            insert.addBindValue(bindable(context.required ? 1 : 0));
            insert.addBindValue(bindable(context.url.toString()));
            insert.addBindValue(bindable(dateValue(context.completedAt)));
            if (!insert.exec())
                return failQuery(insert);
        }
        return true;
    });
}

QList<Item> Store::items() const
{
    return loadItems(QString());
}

QList<Item> Store::itemsOfRelease(const Release &release, Bodies bodies) const
{
    QStringList clauses;
    for (const auto &entry : release.repositories) {
        const auto repoId = findRepositoryId(entry.repository);
        if (!repoId)
            continue;
        if (entry.milestones.isEmpty()) {
            // A repository that only contributes a range has no "all items" fallback.
            if (!entry.hasRange())
                clauses.append(QStringLiteral("(i.repo_id = %1)").arg(*repoId));
            continue;
        }
        QStringList titles;
        for (const auto &title : entry.milestones)
            titles.append(QLatin1Char('\'')
                + QString(title).replace(QLatin1Char('\''), QLatin1StringView("''")) + QLatin1Char('\''));
        clauses.append(
            QStringLiteral("(i.repo_id = %1 AND i.milestone IN (%2))").arg(*repoId).arg(titles.join(u',')));
    }
    const bool withRange = release.id > 0
        && std::any_of(release.repositories.cbegin(), release.repositories.cend(),
            [](const ReleaseRepository &entry) { return entry.hasRange(); });
    if (withRange)
        clauses.append(
            QStringLiteral("i.id IN (SELECT item_id FROM release_range_items WHERE release_id = %1)")
                .arg(release.id));
    if (clauses.isEmpty())
        return {};
    return loadItems(clauses.join(QLatin1StringView(" OR ")), bodies);
}

bool Store::replaceRangeItems(
    qint64 releaseId, const RepositoryRef &repository, const RangeState &state, const QList<ItemKey> &items)
{
    return transaction([&] {
        const auto repoId = ensureRepositoryId(repository);
        if (!repoId)
            return false;
        auto db = QSqlDatabase::database(m_connectionName, false);
        QSqlQuery remove(db);
        remove.prepare(QStringLiteral("DELETE FROM release_range_items WHERE release_id = ? AND item_id IN "
                                      "(SELECT id FROM items WHERE repo_id = ?)"));
        remove.addBindValue(bindable(releaseId));
        remove.addBindValue(bindable(*repoId));
        if (!remove.exec())
            return failQuery(remove);
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT OR IGNORE INTO release_range_items (release_id, item_id) "
                                      "SELECT ?, id FROM items WHERE repo_id = ? AND number = ?"));
        for (const auto &key : items) {
            if (key.repository != repository)
                continue;
            insert.addBindValue(bindable(releaseId));
            insert.addBindValue(bindable(*repoId));
            insert.addBindValue(bindable(qint64(key.number)));
            if (!insert.exec())
                return failQuery(insert);
        }
        QSqlQuery upsert(db);
        upsert.prepare(QStringLiteral(
            "INSERT INTO release_range_state (release_id, repo_id, range_from, range_to, head_oid, read_at) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (release_id, repo_id) DO UPDATE SET "
            "range_from = excluded.range_from, range_to = excluded.range_to, head_oid = excluded.head_oid, "
            "read_at = excluded.read_at"));
        upsert.addBindValue(bindable(releaseId));
        upsert.addBindValue(bindable(*repoId));
        upsert.addBindValue(bindable(state.from));
        upsert.addBindValue(bindable(state.to));
        upsert.addBindValue(bindable(state.headOid));
        upsert.addBindValue(bindable(dateValue(state.readAt)));
        return upsert.exec() || failQuery(upsert);
    });
}

std::optional<Store::RangeState> Store::rangeState(qint64 releaseId, const RepositoryRef &repository) const
{
    const auto repoId = findRepositoryId(repository);
    if (!repoId)
        return std::nullopt;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT range_from, range_to, head_oid, read_at FROM release_range_state "
                                 "WHERE release_id = ? AND repo_id = ?"));
    query.addBindValue(bindable(releaseId));
    query.addBindValue(bindable(*repoId));
    if (!query.exec()) {
        failQuery(query);
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return RangeState {query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
        toDateTime(query.value(3))};
}

std::optional<Item> Store::item(const ItemKey &key) const
{
    const auto repoId = findRepositoryId(key.repository);
    if (!repoId)
        return std::nullopt;
    const auto found
        = loadItems(QStringLiteral("i.repo_id = %1 AND i.number = %2").arg(*repoId).arg(key.number));
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

int Store::itemCount() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (query.exec(QStringLiteral("SELECT count(*) FROM items")) && query.next())
        return query.value(0).toInt();
    return 0;
}

QHash<QString, QDateTime> Store::firstMergeByAuthor() const
{
    QHash<QString, QDateTime> first;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    // ISO 8601 UTC text sorts chronologically, so MIN works on the stored strings.
    if (!query.exec(QStringLiteral(
            "SELECT author, MIN(merged_at) FROM items WHERE kind = 1 AND merged_at IS NOT NULL "
            "AND merged_at != '' AND author != '' GROUP BY author")))
        return first;
    while (query.next())
        first.insert(
            query.value(0).toString(), QDateTime::fromString(query.value(1).toString(), Qt::ISODate));
    return first;
}

namespace {
/// One copy of each distinct string of a load: 100,000 items name the same few hundred people,
/// states and CI jobs, and implicitly shared copies cost nothing.
class StringPool
{
public:
    QString operator()(const QVariant &value)
    {
        auto text = value.toString();
        if (text.isEmpty())
            return {};
        const auto it = m_pool.constFind(text);
        if (it != m_pool.cend())
            return *it;
        m_pool.insert(text, text);
        return text;
    }

private:
    QHash<QString, QString> m_pool;
};

/// The child rows of a set of items, table by table, in item and position order.
struct ChildRows
{
    enum Table { Labels = 1, Assignees = 2, CiContexts = 4, Reviews = 8, Links = 16 };

    QList<QPair<qint64, qint64>> labels; ///< item id, label id
    QList<QPair<qint64, QString>> assignees;
    QList<QPair<qint64, CiContext>> contexts;
    QList<QPair<qint64, Review>> reviews;
    QList<QPair<qint64, ItemLink>> links;
    QString error;
};

ChildRows readChildRows(const QSqlDatabase &db, const QString &itemIdsIn, int tables)
{
    ChildRows rows;
    StringPool pooled;
    const auto read = [&](const QString &sql, const auto &append) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(sql + itemIdsIn + QStringLiteral(" ORDER BY item_id, position"))) {
            rows.error = query.lastError().text();
            return;
        }
        while (query.next())
            append(query.value(0).toLongLong(), query);
    };
    if (tables & ChildRows::Labels)
        read(QStringLiteral("SELECT item_id, label_id FROM item_labels"),
            [&](qint64 id, const QSqlQuery &row) {
                rows.labels.append({id, row.value(1).toLongLong()});
            });
    if (tables & ChildRows::Assignees)
        read(QStringLiteral("SELECT item_id, login FROM item_assignees"),
            [&](qint64 id, const QSqlQuery &row) {
                rows.assignees.append({id, pooled(row.value(1))});
            });
    if (tables & ChildRows::CiContexts)
        read(QStringLiteral(
                 "SELECT item_id, source, name, raw_state, required, url, completed_at FROM ci_contexts"),
            [&](qint64 id, const QSqlQuery &row) {
                const auto url = row.value(5).toString();
                rows.contexts.append({id,
                    {row.value(1).toInt() == 1 ? CiContext::Source::CheckRun
                                               : CiContext::Source::StatusContext,
                        pooled(row.value(2)), pooled(row.value(3)), row.value(4).toBool(),
                        url.isEmpty() ? QUrl() : QUrl(url), toDateTime(row.value(6))}});
            });
    if (tables & ChildRows::Reviews)
        read(QStringLiteral("SELECT item_id, author, state, submitted_at FROM reviews"),
            [&](qint64 id, const QSqlQuery &row) {
                rows.reviews.append(
                    {id, {pooled(row.value(1)), pooled(row.value(2)), toDateTime(row.value(3))}});
            });
    if (tables & ChildRows::Links)
        read(QStringLiteral("SELECT item_id, kind, target_host, target_owner, target_name, target_number "
                            "FROM item_links"),
            [&](qint64 id, const QSqlQuery &row) {
                rows.links.append({id,
                    {ItemLink::Kind(row.value(1).toInt()),
                        {{pooled(row.value(2)), pooled(row.value(3)), pooled(row.value(4))},
                            row.value(5).toInt()}}});
            });
    return rows;
}

ChildRows readChildRowsOnOwnConnection(const QString &path, const QString &itemIdsIn, int tables)
{
    return readOnOwnConnection<ChildRows>(
        path, [&](const QSqlDatabase &db) { return readChildRows(db, itemIdsIn, tables); },
        [](const QString &error) {
            ChildRows rows;
            rows.error = error;
            return rows;
        });
}

template<typename Value, typename Apply>
void attach(const QList<QPair<qint64, Value>> &rows, const QHash<qint64, qsizetype> &indexById,
    QList<Item> &items, const Apply &apply)
{
    for (const auto &[id, value] : rows) {
        const auto it = indexById.constFind(id);
        if (it != indexById.cend())
            apply(items[it.value()], value);
    }
}

// From this many items on, the child tables are read on a second connection while the items are.
constexpr int parallelLoadThreshold = 5000;
} // namespace

QList<Item> Store::loadItems(const QString &where, Bodies bodies) const
{
    auto db = QSqlDatabase::database(m_connectionName, false);
    const auto filter = where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where;
    // Child rows are read through the same filter so one query per table serves every item.
    const auto itemIdsIn = QStringLiteral(" WHERE item_id IN (SELECT i.id FROM items i%1)").arg(filter);
    const bool wholeBodies = bodies == Bodies::Whole;
    StringPool pooled;

    // A large load reads CI contexts, reviews and links on a second core while this thread reads
    // the items, their labels and assignees. Outside a transaction (a transaction's writes are not
    // visible to the other connection), and only when nothing else committed meanwhile: a sync (on
    // its own thread, or in another process) could otherwise pair items and child rows of two moments.
    const auto dataVersion = [&] {
        QSqlQuery query(db);
        return query.exec(QStringLiteral("PRAGMA data_version")) && query.next() ? query.value(0).toLongLong()
                                                                                 : -1;
    };
    const int workerTables = ChildRows::CiContexts | ChildRows::Reviews | ChildRows::Links;
    const int allTables = workerTables | ChildRows::Labels | ChildRows::Assignees;
    QFuture<ChildRows> workerRows;
    qint64 versionBefore = -1;
    if (m_transactionDepth == 0 && itemCount() >= parallelLoadThreshold) {
        versionBefore = dataVersion();
        workerRows = QtConcurrent::run(readChildRowsOnOwnConnection, m_path, itemIdsIn, workerTables);
    }

    QList<Item> items;
    QHash<qint64, qsizetype> indexById;
    QHash<qint64, RepositoryRef> repositories;
    QHash<qint64, Label> labelsById;
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (query.exec(QStringLiteral("SELECT id, host, owner, name FROM repositories"))) {
            while (query.next())
                repositories.insert(query.value(0).toLongLong(),
                    {query.value(1).toString(), query.value(2).toString(), query.value(3).toString()});
        }
        if (query.exec(QStringLiteral("SELECT id, name, color, description FROM labels"))) {
            while (query.next())
                labelsById.insert(query.value(0).toLongLong(),
                    {query.value(1).toString(), pooled(query.value(2)), query.value(3).toString()});
        }
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT i.id, i.repo_id, i.number, i.kind, i.state, i.state_reason, i.title, %1, i.author, "
            "i.url, "
            "i.created_at, i.updated_at, i.closed_at, i.merged_at, i.milestone, i.is_draft, i.base_ref, "
            "i.head_ref, "
            "i.review_decision, i.mergeable, i.merge_state_status FROM items i%2 ORDER BY i.id")
                        .arg(wholeBodies ? QStringLiteral("i.body")
                                         : QStringLiteral("COALESCE(i.note_excerpt, i.body)"),
                            filter))) {
        workerRows.waitForFinished();
        failQuery(query);
        return {};
    }
    while (query.next()) {
        Item item;
        item.key = {repositories.value(query.value(1).toLongLong()), query.value(2).toInt()};
        item.kind = query.value(3).toInt() == 1 ? Item::Kind::PullRequest : Item::Kind::Issue;
        item.state = itemStateFromString(query.value(4).toString());
        item.stateReason = pooled(query.value(5));
        item.title = query.value(6).toString();
        item.body = query.value(7).toString();
        item.bodyComplete = wholeBodies;
        item.author = pooled(query.value(8));
        item.url = QUrl(query.value(9).toString());
        item.createdAt = toDateTime(query.value(10));
        item.updatedAt = toDateTime(query.value(11));
        item.closedAt = toDateTime(query.value(12));
        item.mergedAt = toDateTime(query.value(13));
        item.milestone = pooled(query.value(14));
        item.isDraft = query.value(15).toBool();
        item.baseRef = pooled(query.value(16));
        item.headRef = query.value(17).toString();
        item.reviewDecision = pooled(query.value(18));
        item.mergeable = pooled(query.value(19));
        item.mergeStateStatus = pooled(query.value(20));
        indexById.insert(query.value(0).toLongLong(), items.size());
        items.append(std::move(item));
    }
    query.finish();

    auto rows = readChildRows(db, itemIdsIn, workerRows.isValid() ? allTables & ~workerTables : allTables);
    if (workerRows.isValid()) {
        auto other = workerRows.result();
        if (!other.error.isEmpty() || dataVersion() != versionBefore)
            other = readChildRows(db, itemIdsIn, workerTables); // on this connection's view, then
        rows.contexts = std::move(other.contexts);
        rows.reviews = std::move(other.reviews);
        rows.links = std::move(other.links);
    }
    if (!rows.error.isEmpty())
        qCWarning(lcStore) << "cannot read the items' details:" << rows.error;
    attach(rows.labels, indexById, items, [&](Item &item, qint64 labelId) {
        // Labels are shared with their definitions, read once above.
        const auto label = labelsById.constFind(labelId);
        if (label != labelsById.cend())
            item.labels.append(*label);
    });
    attach(rows.assignees, indexById, items,
        [](Item &item, const QString &login) { item.assignees.append(login); });
    attach(rows.contexts, indexById, items,
        [](Item &item, const CiContext &context) { item.ciContexts.append(context); });
    attach(rows.reviews, indexById, items,
        [](Item &item, const Review &review) { item.reviews.append(review); });
    attach(rows.links, indexById, items, [](Item &item, const ItemLink &link) { item.links.append(link); });
    return items;
}

Item Store::withNoteExcerpt(Item item)
{
    if (item.bodyComplete) {
        item.body = ReleaseNoteBlock::excerpt(item.body);
        item.bodyComplete = false;
    }
    return item;
}

std::optional<QString> Store::itemBody(const ItemKey &key) const
{
    const auto repoId = findRepositoryId(key.repository);
    if (!repoId)
        return std::nullopt;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT body FROM items WHERE repo_id = ? AND number = ?"));
    query.addBindValue(bindable(*repoId));
    query.addBindValue(bindable(qint64(key.number)));
    if (!query.exec()) {
        failQuery(query);
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return query.value(0).toString();
}

QList<Release> Store::releases() const
{
    auto db = QSqlDatabase::database(m_connectionName, false);
    QList<Release> result;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral(
            "SELECT id, name, query, release_branch, main_branch, feature_freeze, code_freeze, "
            "release_date, blocker_rule, exception_label FROM releases ORDER BY id"))) {
        failQuery(query);
        return result;
    }
    while (query.next()) {
        Release release;
        release.id = query.value(0).toLongLong();
        release.name = query.value(1).toString();
        release.query = query.value(2).toString();
        release.releaseBranch = query.value(3).toString();
        release.mainBranch = query.value(4).toString();
        release.featureFreeze = toDate(query.value(5));
        release.codeFreeze = toDate(query.value(6));
        release.releaseDate = toDate(query.value(7));
        release.blockerRule = query.value(8).toString();
        release.exceptionLabel = query.value(9).toString();
        result.append(release);
    }
    QSqlQuery phases(db);
    phases.prepare(QStringLiteral(
        "SELECT kind, name, starts FROM release_phases WHERE release_id = ? ORDER BY position"));
    for (auto &release : result) {
        phases.addBindValue(bindable(release.id));
        if (!phases.exec()) {
            failQuery(phases);
            continue;
        }
        while (phases.next())
            release.phases.append(
                {phases.value(0).toString(), phases.value(1).toString(), toDate(phases.value(2))});
    }
    QSqlQuery repos(db);
    repos.prepare(
        QStringLiteral("SELECT r.host, r.owner, r.name, rr.milestones, rr.range_from, rr.range_to "
                       "FROM release_repositories rr "
                       "JOIN repositories r ON r.id = rr.repo_id WHERE rr.release_id = ? ORDER BY r.id"));
    for (auto &release : result) {
        repos.addBindValue(bindable(release.id));
        if (!repos.exec()) {
            failQuery(repos);
            continue;
        }
        while (repos.next()) {
            ReleaseRepository entry;
            entry.repository
                = {repos.value(0).toString(), repos.value(1).toString(), repos.value(2).toString()};
            const auto milestones = repos.value(3).toString();
            if (!milestones.isEmpty())
                entry.milestones = milestones.split(QLatin1Char('\n'));
            entry.rangeFrom = repos.value(4).toString();
            entry.rangeTo = repos.value(5).toString();
            release.repositories.append(entry);
        }
    }
    return result;
}

std::optional<Release> Store::release(const QString &name) const
{
    for (const auto &release : releases()) {
        if (release.name == name)
            return release;
    }
    return std::nullopt;
}

QList<Label> Store::repositoryLabels(const RepositoryRef &repository) const
{
    QList<Label> result;
    const auto repoId = findRepositoryId(repository);
    if (!repoId)
        return result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(
        QStringLiteral("SELECT name, color, description FROM labels WHERE repo_id = ? ORDER BY name"));
    query.addBindValue(bindable(*repoId));
    if (!query.exec()) {
        failQuery(query);
        return result;
    }
    while (query.next())
        result.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    return result;
}

QList<Milestone> Store::milestones(const RepositoryRef &repository) const
{
    QList<Milestone> result;
    const auto repoId = findRepositoryId(repository);
    if (!repoId)
        return result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral(
        "SELECT number, title, open, due_on FROM milestones WHERE repo_id = ? ORDER BY number"));
    query.addBindValue(bindable(*repoId));
    if (!query.exec()) {
        failQuery(query);
        return result;
    }
    while (query.next())
        result.append({query.value(0).toInt(), query.value(1).toString(), query.value(2).toBool(),
            toDateTime(query.value(3))});
    return result;
}

QList<TimelineEvent> Store::timelineEvents() const
{
    auto db = QSqlDatabase::database(m_connectionName, false);
    QList<TimelineEvent> result;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT r.host, r.owner, r.name, i.number, e.kind, e.actor, e.at, e.detail "
                           "FROM timeline_events e JOIN items i ON i.id = e.item_id "
                           "JOIN repositories r ON r.id = i.repo_id ORDER BY e.at, e.id"))) {
        failQuery(query);
        return result;
    }
    while (query.next()) {
        TimelineEvent event;
        event.item = {{query.value(0).toString(), query.value(1).toString(), query.value(2).toString()},
            query.value(3).toInt()};
        event.rawKind = query.value(4).toString();
        event.kind = timelineKindFromTypeName(event.rawKind);
        event.actor = query.value(5).toString();
        event.at = toDateTime(query.value(6));
        event.detail = query.value(7).toString();
        result.append(event);
    }
    return result;
}

QList<TimelineEvent> Store::timelineEvents(const ItemKey &item) const
{
    QList<TimelineEvent> result;
    const auto repoId = findRepositoryId(item.repository);
    if (!repoId)
        return result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral(
        "SELECT e.kind, e.actor, e.at, e.detail FROM timeline_events e JOIN items i ON i.id = e.item_id "
        "WHERE i.repo_id = ? AND i.number = ? ORDER BY e.at, e.id"));
    query.addBindValue(bindable(*repoId));
    query.addBindValue(bindable(item.number));
    if (!query.exec()) {
        failQuery(query);
        return result;
    }
    while (query.next()) {
        TimelineEvent event;
        event.item = item;
        event.rawKind = query.value(0).toString();
        event.kind = timelineKindFromTypeName(event.rawKind);
        event.actor = query.value(1).toString();
        event.at = toDateTime(query.value(2));
        event.detail = query.value(3).toString();
        result.append(event);
    }
    return result;
}

int Store::timelineEventCount() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (query.exec(QStringLiteral("SELECT count(*) FROM timeline_events")) && query.next())
        return query.value(0).toInt();
    return 0;
}

QList<DailySnapshot> Store::snapshots(qint64 releaseId) const
{
    QList<DailySnapshot> result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral(
        "SELECT day, metric, value FROM daily_snapshots WHERE release_id = ? ORDER BY day, metric"));
    query.addBindValue(bindable(releaseId));
    if (!query.exec()) {
        failQuery(query);
        return result;
    }
    while (query.next())
        result.append({toDate(query.value(0)), query.value(1).toString(), query.value(2).toDouble()});
    return result;
}

QList<CiContext> Store::branchCi(const RepositoryRef &repository, const QString &branch) const
{
    QList<CiContext> result;
    const auto repoId = findRepositoryId(repository);
    if (!repoId)
        return result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(
        QStringLiteral("SELECT source, name, raw_state, required, url, completed_at FROM branch_ci_contexts "
                       "WHERE repo_id = ? AND branch = ? ORDER BY position"));
    query.addBindValue(bindable(*repoId));
    query.addBindValue(bindable(branch));
    if (!query.exec()) {
        failQuery(query);
        return result;
    }
    while (query.next())
        result.append(
            {query.value(0).toInt() == 1 ? CiContext::Source::CheckRun : CiContext::Source::StatusContext,
                query.value(1).toString(), query.value(2).toString(), query.value(3).toBool(),
                QUrl(query.value(4).toString()), toDateTime(query.value(5))});
    return result;
}

QString Store::integrityCheck() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return query.lastError().text();
    QStringList lines;
    while (query.next())
        lines.append(query.value(0).toString());
    return lines.join(QLatin1Char('\n'));
}

} // namespace ReleaseDesk::Models

#pragma once

#include "store/rowidcache.h"

#include <QCoreApplication>
#include <QFuture>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <optional>
#include <unordered_map>

class QSqlDatabase;
class QSqlQuery;

namespace ReleaseDesk::Models {

class StoreReaderFactory;

/// Why a workspace file could not be opened or written. The message says what to do.
struct StoreError
{
    enum class Code {
        None,
        CannotOpen, ///< the file or its folder is not accessible
        NotADatabase, ///< the file exists and is not SQLite (foreign file or destroyed header)
        ForeignDatabase, ///< an SQLite database of some other program
        Corrupt, ///< SQLite's own check failed
        NewerSchema, ///< written by a newer Release Desk
        QueryFailed, ///< a statement failed; the transaction was rolled back
    };

    Code code = Code::None;
    QString message;

    explicit operator bool() const { return code != Code::None; }
};

/// The workspace cache: one SQLite file per workspace, in WAL mode, migrated by PRAGMA user_version.
///
/// Every write is one transaction, so a process killed at any moment leaves each transaction either
/// fully applied or not at all. A file that is not a Release Desk workspace, or is damaged, is
/// reported and never modified.
///
/// A Store is the connection and the schema only: opening, migrations (models/sql/*.sql), the
/// file's identity and integrity, transactions and the meta table. What the workspace holds is read
/// and written by one small repository per aggregate on the store's connection (models/store/:
/// ItemRepository, ReleaseRepository, SyncStateRepository, BranchCiRepository, LabelRepository,
/// MilestoneRepository; signal/SignalStore likewise), so they join its transactions.
///
/// A Store belongs to the thread that opened it (Qt Sql connections are per thread); a worker
/// thread reads through a connection of its own from readers().
class Store final
{
    Q_DECLARE_TR_FUNCTIONS(Store)

public:
    Store();
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    /// When open() runs SQLite's integrity check (PRAGMA quick_check: it reads the whole file).
    enum class IntegrityCheck {
        BeforeOpening, ///< open() fails on a damaged file
        /// On a second connection while the caller reads (a window showing a large workspace):
        /// open() succeeds, reads work, and the first write waits for the verdict and refuses to
        /// touch a damaged file. A file that needs a migration is always checked first.
        Alongside,
        /// None: a reader the window opens beside its own store, which checks the file.
        Skip,
    };
    void setIntegrityCheck(IntegrityCheck check) { m_integrityCheck = check; }
    /// The integrity check's verdict, waiting for a check still running: Corrupt with a message
    /// saying what to do, or no error.
    StoreError integrityVerdict();

    /// The schema version this build writes.
    static int latestSchemaVersion();
    /// Opens (and creates when missing) a workspace, then migrates it to the latest schema.
    /// `targetVersion` exists for migration tests: a database exactly as an older build wrote it.
    bool open(const QString &path, int targetVersion = -1);
    /// Opens an existing workspace read-only, as a worker thread's reader does (StoreReaderFactory):
    /// no migration, no integrity check (the writer's store checks the file), every write fails.
    bool openReadOnly(const QString &path);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    int schemaVersion() const;
    const StoreError &lastError() const { return m_error; }

    /// Runs `work` in one transaction (nested calls join the outer one). Rolls back when `work`
    /// returns false or a statement fails.
    bool transaction(const std::function<bool()> &work);

    // Workspace metadata (never a secret: tokens live in the keychain only).
    bool setMeta(const QString &key, const QString &value);
    QString meta(const QString &key, const QString &fallback = QString()) const;

    /// PRAGMA integrity_check; "ok" when healthy.
    QString integrityCheck() const;

    /// Read-only connections to this workspace for worker threads (see StoreReaderFactory).
    StoreReaderFactory readers() const;

    // What the repositories (models/store/) work with: this store's connection, its errors and the
    // ids of the rows every aggregate refers to.
    QSqlDatabase database() const;
    /// Records the error and returns false, so a repository can `return fail(...)`.
    bool fail(StoreError::Code code, const QString &message) const;
    bool failQuery(const QSqlQuery &query) const;
    /// A statement of this store's connection, prepared on first use and kept while the connection
    /// is open: a sync writes thousands of items through the same few statements, and preparing
    /// them anew for each item spent a fifth of the write in SQLite's parser. Bind, exec, and
    /// finish() it when its rows are read; a statement is not reentrant, so none may nest.
    QSqlQuery &preparedStatement(const QString &sql) const;
    /// Repository and label row ids, forgotten when a transaction rolls back.
    RowIdCache &rowIds() const { return m_rowIds; }
    bool isInTransaction() const { return m_transactionDepth > 0; }

private:
    enum class Access { ReadWrite, ReadOnly };
    bool openConnection(const QString &path, Access access, int targetVersion);
    bool exec(const QString &sql) const;
    bool checkIdentity();
    bool migrate(int targetVersion);
    bool fillNoteExcerpts();

    IntegrityCheck m_integrityCheck = IntegrityCheck::BeforeOpening;
    QFuture<QString> m_pendingCheck; ///< "ok", or what SQLite found
    StoreError m_integrityError;
    QString m_connectionName;
    QString m_path;
    int m_transactionDepth = 0;
    bool m_transactionFailed = false;
    bool m_readOnly = false;
    mutable RowIdCache m_rowIds;
    /// Node-based: a statement stays where it is while others are prepared.
    mutable std::unordered_map<QString, QSqlQuery> m_statements;
    mutable std::optional<QSqlQuery> m_failedStatement; ///< the last one that did not prepare
    mutable StoreError m_error;
};

} // namespace ReleaseDesk::Models

#pragma once

#include "api/dailysnapshot.h"
#include "api/item.h"
#include "api/label.h"
#include "api/milestone.h"
#include "api/release.h"
#include "api/timelineevent.h"

#include <QCoreApplication>
#include <QFuture>
#include <QHash>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>

class QSqlQuery;

namespace ReleaseDesk::Models {

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
/// A Store belongs to the thread that opened it (Qt Sql connections are per thread).
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

    // Writes.
    bool upsertItems(const QList<Api::Item> &items);
    bool upsertRepositoryLabels(const Api::RepositoryRef &repository, const QList<Api::Label> &labels);
    bool upsertMilestones(const Api::RepositoryRef &repository, const QList<Api::Milestone> &milestones);
    /// Appends events; events must belong to items already stored.
    bool appendTimelineEvents(const QList<Api::TimelineEvent> &events);
    /// Replaces the whole timeline of each item in `items` with the given events (a re-fetched item
    /// brings its complete timeline).
    bool replaceTimelineEvents(const QList<Api::ItemKey> &items, const QList<Api::TimelineEvent> &events);
    /// An item that left a milestone is kept, with its milestone cleared: nothing cached is lost.
    /// Returns how many items were moved out.
    int moveOutOfMilestone(const Api::RepositoryRef &repository, const QString &milestone,
        const QSet<Api::ItemKey> &stillInMilestone);
    /// Inserts or replaces the release with the same name; sets release.id.
    bool saveRelease(Api::Release &release);
    bool recordSnapshots(qint64 releaseId, const QList<Api::DailySnapshot> &snapshots);
    bool setBranchCi(const Api::RepositoryRef &repository, const QString &branch, const QString &headSha,
        const QList<Api::CiContext> &contexts);

    // Reads.
    QList<Api::Item> items() const;
    /// Items of the release's repositories in the release's milestones (all items of a repository
    /// that has neither milestones nor a range), and the pull requests of its ranges as last read.
    /// How much of each body a list of items reads.
    enum class Bodies {
        Whole,
        /// Only the release-note block (Item::bodyComplete is false): what the board, the metrics
        /// and the notes need, at a fraction of the memory and time for a large release.
        NoteExcerpt,
    };
    QList<Api::Item> itemsOfRelease(const Api::Release &release, Bodies bodies = Bodies::Whole) const;
    /// The item as a list read with Bodies::NoteExcerpt holds it (for items a sync brings).
    static Api::Item withNoteExcerpt(Api::Item item);
    /// The whole body of one item, for an item read with Bodies::NoteExcerpt.
    std::optional<QString> itemBody(const Api::ItemKey &key) const;
    std::optional<Api::Item> item(const Api::ItemKey &key) const;
    int itemCount() const;
    /// The earliest merge of each author's pull requests in the whole cache (first-time contributors).
    QHash<QString, QDateTime> firstMergeByAuthor() const;
    QList<Api::Release> releases() const;
    std::optional<Api::Release> release(const QString &name) const;
    QList<Api::Label> repositoryLabels(const Api::RepositoryRef &repository) const;
    QList<Api::Milestone> milestones(const Api::RepositoryRef &repository) const;
    QList<Api::TimelineEvent> timelineEvents() const;
    QList<Api::TimelineEvent> timelineEvents(const Api::ItemKey &item) const;
    int timelineEventCount() const;
    QList<Api::DailySnapshot> snapshots(qint64 releaseId) const;
    QList<Api::CiContext> branchCi(const Api::RepositoryRef &repository, const QString &branch) const;

    /// Per-repository sync bookkeeping: the watermark (newest updatedAt fully stored) and the
    /// position of an interrupted sync, so the next one resumes instead of starting over.
    struct SyncState
    {
        QDateTime updatedSince;
        QString resume;
        QDateTime lastSyncedAt;
    };
    SyncState syncState(const Api::RepositoryRef &repository) const;
    bool setSyncState(const Api::RepositoryRef &repository, const SyncState &state);

    /// What the last complete read of a release's range in one repository saw.
    struct RangeState
    {
        QString from;
        QString to;
        QString headOid;
        QDateTime readAt;
    };
    /// Replaces the release's range members in `repository` (items must be stored) and records the
    /// read, in one transaction: an interrupted read leaves the previous members in place.
    bool replaceRangeItems(qint64 releaseId, const Api::RepositoryRef &repository, const RangeState &state,
        const QList<Api::ItemKey> &items);
    std::optional<RangeState> rangeState(qint64 releaseId, const Api::RepositoryRef &repository) const;

    /// PRAGMA integrity_check; "ok" when healthy.
    QString integrityCheck() const;

private:
    friend class SignalStore; // the release signal's tables, on this connection (signal/signalstore.h)
    friend class CherryPickStore; // the cherry-pick matrix's tables (cherrypick/cherrypickstore.h)

    bool fail(StoreError::Code code, const QString &message) const;
    bool failQuery(const QSqlQuery &query) const;
    bool exec(const QString &sql) const;
    bool checkIdentity();
    bool migrate(int targetVersion);
    std::optional<qint64> findRepositoryId(const Api::RepositoryRef &repository) const;
    std::optional<qint64> ensureRepositoryId(const Api::RepositoryRef &repository);
    std::optional<qint64> labelId(qint64 repoId, const Api::Label &label);
    bool writeItem(const Api::Item &item);
    QList<Api::Item> loadItems(const QString &where, Bodies bodies = Bodies::Whole) const;
    bool fillNoteExcerpts();

    IntegrityCheck m_integrityCheck = IntegrityCheck::BeforeOpening;
    QFuture<QString> m_pendingCheck; ///< "ok", or what SQLite found
    StoreError m_integrityError;
    QString m_connectionName;
    QString m_path;
    int m_transactionDepth = 0;
    bool m_transactionFailed = false;
    mutable QHash<Api::RepositoryRef, qint64> m_repositoryIds;
    QHash<QPair<qint64, QString>, qint64> m_labelIds;
    mutable StoreError m_error;
};

} // namespace ReleaseDesk::Models

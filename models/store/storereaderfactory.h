#pragma once

#include "store.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QUuid>

#include <functional>
#include <memory>

namespace ReleaseDesk::Models {

/// Hands out read-only connections to one workspace for worker threads.
///
/// A Qt Sql connection belongs to the thread that opened it, so a computation that runs through
/// QtConcurrent cannot use the window's Store. It captures this factory (a copyable value holding
/// the file's path) instead, and opens a connection of its own on the worker thread. A read-only
/// connection never waits for a writer and cannot change the file; in WAL mode it reads the last
/// committed state while the window's store or a background sync writes.
///
/// Get one from Store::readers().
class StoreReaderFactory final
{
public:
    explicit StoreReaderFactory(const QString &path)
        : m_path(path)
    { }

    QString path() const { return m_path; }

    /// A Store opened read-only on the calling thread, for the repositories (models/store/). Check
    /// isOpen(): when the file cannot be opened, lastError() says why. Destroy it on the same thread.
    std::unique_ptr<Store> open() const
    {
        auto store = std::make_unique<Store>();
        store->openReadOnly(m_path);
        return store;
    }

    /// Runs `read` on a bare read-only connection of its own (SQL of the store's own, such as a
    /// quick check or a second reader of a large load), closed when it returns. `read` receives the
    /// open database; `cannotOpen` the reason it could not be opened.
    template<typename Result>
    Result read(const std::function<Result(const QSqlDatabase &)> &read,
        const std::function<Result(const QString &)> &cannotOpen) const
    {
        const auto name
            = QStringLiteral("releasedesk-reader-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        Result result;
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
            result = db.open() ? read(db) : cannotOpen(db.lastError().text());
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return result;
    }

private:
    QString m_path;
};

} // namespace ReleaseDesk::Models

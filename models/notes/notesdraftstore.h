#pragma once

#include "notes/notesdraft.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

namespace ReleaseDesk::Models {

/// Drafts on disk, beside the workspace's cache: `<workspace>.notes/<release>/<draft>.json`, each written
/// atomically (QSaveFile: a crash leaves the previous version, never half a file), with a history of
/// versions in `<draft>.history/`. Files rather than the SQLite cache: drafts are the team's work, not
/// cached GitHub data, so deleting the cache must never delete them.
class NotesDraftStore final
{
public:
    struct Version
    {
        QDateTime savedAt;
        QString path;
    };

    explicit NotesDraftStore(QString directory);
    /// The drafts folder that belongs to a workspace file.
    static QString directoryForWorkspace(const QString &workspacePath);

    QString directory() const { return m_directory; }
    QStringList drafts(const QString &releaseName) const;
    std::optional<NotesDraft> load(
        const QString &releaseName, const QString &draftName, QString *error = nullptr) const;
    /// Writes the draft atomically; adds a history version when the last one is older than the interval.
    bool save(const NotesDraft &draft, QString *error = nullptr);
    /// Always adds a history version (the "Save version" action).
    bool saveVersion(const NotesDraft &draft, QString *error = nullptr);
    bool remove(const QString &releaseName, const QString &draftName);
    /// Newest first.
    QList<Version> history(const QString &releaseName, const QString &draftName) const;
    std::optional<NotesDraft> loadVersion(const QString &path, QString *error = nullptr) const;

    void setHistoryInterval(std::chrono::seconds interval) { m_historyInterval = interval; }
    static constexpr int maximumVersions = 200;

private:
    QString releaseDirectory(const QString &releaseName) const;
    QString draftPath(const QString &releaseName, const QString &draftName) const;
    QString historyDirectory(const QString &releaseName, const QString &draftName) const;
    bool writeAtomically(const QString &path, const QByteArray &data, QString *error) const;
    bool addVersion(const NotesDraft &draft, const QByteArray &data, QString *error);

    QString m_directory;
    std::chrono::seconds m_historyInterval {60};
};

} // namespace ReleaseDesk::Models

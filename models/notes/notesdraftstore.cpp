#include "notes/notesdraftstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QUrl>

namespace ReleaseDesk::Models {

namespace {

const QString draftSuffix = QStringLiteral(".json");
const QString historySuffix = QStringLiteral(".history");
const QString versionTimeFormat = QStringLiteral("yyyyMMdd'T'HHmmsszzz");

/// Release and draft names become file names: anything but letters, digits, '.', '-' and '_' is
/// percent-encoded, so "v4.1.3" stays readable and "a/b" cannot escape the folder.
QString fileNameFor(const QString &name)
{
    auto encoded = QString::fromLatin1(QUrl::toPercentEncoding(name, "-._"));
    if (encoded.startsWith(QLatin1Char('.')))
        encoded.replace(0, 1, QStringLiteral("%2E"));
    return encoded.isEmpty() ? QStringLiteral("%00") : encoded;
}

QString nameFromFile(const QString &fileName)
{
    return QUrl::fromPercentEncoding(fileName.toLatin1());
}

QString tr(const char *text)
{
    // The context lupdate gives tr() calls inside NotesDraftStore's members.
    return QCoreApplication::translate("ReleaseDesk::Models::NotesDraftStore", text);
}

} // namespace

NotesDraftStore::NotesDraftStore(QString directory)
    : m_directory(std::move(directory))
{ }

QString NotesDraftStore::directoryForWorkspace(const QString &workspacePath)
{
    const QFileInfo info(workspacePath);
    return info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral(".notes"));
}

QString NotesDraftStore::releaseDirectory(const QString &releaseName) const
{
    return QDir(m_directory).filePath(fileNameFor(releaseName));
}

QString NotesDraftStore::draftPath(const QString &releaseName, const QString &draftName) const
{
    return QDir(releaseDirectory(releaseName)).filePath(fileNameFor(draftName) + draftSuffix);
}

QString NotesDraftStore::historyDirectory(const QString &releaseName, const QString &draftName) const
{
    return QDir(releaseDirectory(releaseName)).filePath(fileNameFor(draftName) + historySuffix);
}

QStringList NotesDraftStore::drafts(const QString &releaseName) const
{
    QStringList names;
    const QDir dir(releaseDirectory(releaseName));
    for (const auto &file : dir.entryList({QStringLiteral("*") + draftSuffix}, QDir::Files, QDir::Name))
        names.append(nameFromFile(file.chopped(draftSuffix.size())));
    return names;
}

std::optional<NotesDraft> NotesDraftStore::load(
    const QString &releaseName, const QString &draftName, QString *error) const
{
    return loadVersion(draftPath(releaseName, draftName), error);
}

std::optional<NotesDraft> NotesDraftStore::loadVersion(const QString &path, QString *error) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error
                = tr("Cannot read the draft %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    QString parseError;
    auto draft = NotesDraft::fromJson(file.readAll(), &parseError);
    if (!draft && error)
        *error = tr("%1 (file: %2; it was left untouched)").arg(parseError, QDir::toNativeSeparators(path));
    return draft;
}

bool NotesDraftStore::writeAtomically(const QString &path, const QByteArray &data, QString *error) const
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        if (error)
            *error = tr("Cannot create the folder %1: check the disk and its permissions.")
                         .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = tr("Cannot save the draft to %1: %2. Your text is still in the editor; free some disk "
                        "space or choose another folder, then save again.")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

bool NotesDraftStore::save(const NotesDraft &draft, QString *error)
{
    const auto data = draft.toJson();
    if (!writeAtomically(draftPath(draft.releaseName, draft.name), data, error))
        return false;
    const auto versions = history(draft.releaseName, draft.name);
    const auto now = QDateTime::currentDateTimeUtc();
    if (versions.isEmpty() || versions.first().savedAt.secsTo(now) >= m_historyInterval.count())
        return addVersion(draft, data, error);
    return true;
}

bool NotesDraftStore::saveVersion(const NotesDraft &draft, QString *error)
{
    const auto data = draft.toJson();
    return writeAtomically(draftPath(draft.releaseName, draft.name), data, error)
        && addVersion(draft, data, error);
}

bool NotesDraftStore::addVersion(const NotesDraft &draft, const QByteArray &data, QString *error)
{
    const auto directory = historyDirectory(draft.releaseName, draft.name);
    auto now = QDateTime::currentDateTimeUtc();
    // Two versions within one millisecond (tests, scripts) still get distinct names.
    while (QFile::exists(QDir(directory).filePath(now.toString(versionTimeFormat) + draftSuffix)))
        now = now.addMSecs(1);
    if (!writeAtomically(
            QDir(directory).filePath(now.toString(versionTimeFormat) + draftSuffix), data, error))
        return false;
    const auto versions = history(draft.releaseName, draft.name);
    for (qsizetype i = maximumVersions; i < versions.size(); ++i)
        QFile::remove(versions[i].path);
    return true;
}

bool NotesDraftStore::remove(const QString &releaseName, const QString &draftName)
{
    QDir(historyDirectory(releaseName, draftName)).removeRecursively();
    return QFile::remove(draftPath(releaseName, draftName));
}

QList<NotesDraftStore::Version> NotesDraftStore::history(
    const QString &releaseName, const QString &draftName) const
{
    QList<Version> versions;
    const QDir dir(historyDirectory(releaseName, draftName));
    const auto files
        = dir.entryList({QStringLiteral("*") + draftSuffix}, QDir::Files, QDir::Name | QDir::Reversed);
    for (const auto &file : files) {
        auto savedAt = QDateTime::fromString(file.chopped(draftSuffix.size()), versionTimeFormat);
        savedAt.setTimeZone(QTimeZone::UTC);
        if (savedAt.isValid())
            versions.append({savedAt, dir.filePath(file)});
    }
    return versions;
}

} // namespace ReleaseDesk::Models

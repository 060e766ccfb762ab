#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ReleaseDesk::Models {

/// What importing a release-drafter.yml found about one of its keys, for the window to show.
struct ReleaseDrafterNotice
{
    enum class Kind {
        Used, ///< read and applied to the notes, the name or the tag
        Ignored, ///< release-drafter's, but about the workflow (triggers, autolabeler, the target): no effect
                 ///< here
        Unsupported, ///< would change the notes, but needs data the app does not have: ignored, visibly
        Unknown, ///< not a release-drafter option (release-drafter's schema skips it too)
    };
    Kind kind = Kind::Used;
    QString key;
    int line = 0;
    QString message; ///< translated; why it is ignored or unsupported (empty for used keys)

    friend bool operator==(const ReleaseDrafterNotice &, const ReleaseDrafterNotice &) = default;
};

/// A release-drafter configuration (.github/release-drafter.yml): every option that shapes the release's
/// body, name, tag and version, with release-drafter's defaults. A value; the renderer
/// (releasedrafterrenderer.h) turns it and the merged pull requests into what release-drafter would draft.
struct ReleaseDrafterConfig
{
    struct Category
    {
        QString title;
        QStringList labels; ///< none: the catch-all for what no other category takes
        int collapseAfter = 0; ///< more changes than this fold into <details>; 0: never
        friend bool operator==(const Category &, const Category &) = default;
    };
    struct Replacer
    {
        QString search; ///< "/regex/flags" or a plain text
        QString replace;
        friend bool operator==(const Replacer &, const Replacer &) = default;
    };
    enum class SortBy { MergedAt, Title };
    enum class SortDirection { Descending, Ascending };

    QString bodyTemplate = QStringLiteral("## What’s Changed\n\n$CHANGES\n");
    QString header;
    QString footer;
    QList<Category> categories;
    QString categoryTemplate = QStringLiteral("## $TITLE");
    QString changeTemplate = QStringLiteral("* $TITLE (#$NUMBER) @$AUTHOR");
    QString changeTitleEscapes;
    QString noChangesTemplate = QStringLiteral("* No changes");
    QStringList excludeLabels;
    QStringList includeLabels;
    QStringList excludeContributors;
    QString noContributorsTemplate = QStringLiteral("No contributors");
    SortBy sortBy = SortBy::MergedAt;
    SortDirection sortDirection = SortDirection::Descending;
    QList<Replacer> replacers;
    QStringList majorLabels;
    QStringList minorLabels;
    QStringList patchLabels;
    QString defaultIncrement = QStringLiteral("patch"); ///< version-resolver's default: major, minor, patch
    QString versionTemplate = QStringLiteral("$MAJOR.$MINOR.$PATCH$PRERELEASE");
    QString nameTemplate;
    QString tagTemplate;
    QString tagPrefix;
    std::optional<bool> prerelease; ///< unset: on when a prerelease-identifier is given
    QString prereleaseIdentifier;
    bool includePreReleases = false;
    QStringList includePaths;
    QStringList excludePaths;
    /// Keys this app does not apply (workflow options, unknown keys), as written in the file, so that
    /// exporting gives them back to release-drafter unchanged.
    QString passthroughYaml;
    /// What the import read, key by key, in file order. Not part of equality: two configurations that
    /// draft the same release are equal however they were written.
    QList<ReleaseDrafterNotice> notices;

    bool isPrerelease() const { return prerelease.value_or(!prereleaseIdentifier.isEmpty()); }

    /// Reads a release-drafter.yml. Refuses (nullopt, and a translated message naming the line and the
    /// key) only what release-drafter would refuse or what is not such a file; unknown keys are noted
    /// and skipped, as release-drafter's own schema validation does.
    static std::optional<ReleaseDrafterConfig> fromYaml(const QByteArray &yaml, QString *error = nullptr);
    /// A release-drafter.yml that release-drafter accepts and that reads back to an equal value.
    QByteArray toYaml() const;

    QJsonObject toJson() const;
    static ReleaseDrafterConfig fromJson(const QJsonObject &json);

    friend bool operator==(const ReleaseDrafterConfig &a, const ReleaseDrafterConfig &b);
};

} // namespace ReleaseDesk::Models

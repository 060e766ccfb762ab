#pragma once

#include "notes/notetype.h"
#include "notes/releasedrafterconfig.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ReleaseDesk::Models {

/// How a notes document becomes Markdown. Data, not code: the presets below and the user's own templates
/// (saved with the workspace) are all values of this type; the renderer has one code path per style.
struct NotesTemplate
{
    enum class Style {
        KubeSphere, ///< TOC, # version, ## section, ### type group, API Changes last
        Kubernetes, ///< Urgent Upgrade Notes, Changes by Kind with a SIG suffix, Dependencies
        Drafter, ///< release-drafter: categories by label, a change template
    };
    /// Which PR an entry folding an original and its cherry-picks cites.
    enum class CherryPickCitation {
        ReleaseBranch, ///< the cherry-pick (the PR on the release branch), as KubeSphere's changelogs
        Original, ///< the original PR, the cherry-pick noted after it, as Kubernetes' patch changelogs
    };
    struct TypeGroup
    {
        QString heading;
        QList<NoteType> types;
        friend bool operator==(const TypeGroup &, const TypeGroup &) = default;
    };

    QString id;
    QString name;
    Style style = Style::KubeSphere;
    QList<TypeGroup> groups;
    bool tableOfContents = true;
    bool contributors = true;
    QString contributorsHeading = QStringLiteral("Contributors");
    QString firstTimeContributorsHeading = QStringLiteral("New Contributors");
    /// Put before an action-required note outside the urgent section (KubeSphere style).
    QString actionRequiredPrefix = QStringLiteral("**ACTION REQUIRED:** ");
    QString dependenciesHeading = QStringLiteral("Dependencies");
    CherryPickCitation cherryPickCitation = CherryPickCitation::ReleaseBranch;
    /// The Markdown keeps HTML that notes carry (a team publishing to a site that sanitises it);
    /// otherwise `<` and `&` from a note are escaped and read as text.
    bool allowRawHtml = false;
    /// Drafter style: the whole release-drafter configuration (categories, templates, versions, ...).
    ReleaseDrafterConfig drafter;

    /// The heading of the group a type belongs to, or an empty string.
    QString groupHeadingFor(NoteType type) const;

    QJsonObject toJson() const;
    static NotesTemplate fromJson(const QJsonObject &json);
    static QJsonArray listToJson(const QList<NotesTemplate> &templates);
    static QList<NotesTemplate> listFromJson(const QJsonArray &array);

    static NotesTemplate kubeSphere();
    static NotesTemplate kubeSphereChinese();
    static NotesTemplate kubernetes();
    static NotesTemplate releaseDrafter();
    static QList<NotesTemplate> presets();

    /// A Drafter-style template from a repository's .github/release-drafter.yml (every option of
    /// release-drafter's configuration; see ReleaseDrafterConfig::fromYaml()). nullopt and a message naming
    /// the line and key when it is not one.
    static std::optional<NotesTemplate> fromReleaseDrafterYaml(
        const QByteArray &yaml, QString *error = nullptr);

    friend bool operator==(const NotesTemplate &, const NotesTemplate &) = default;
};

/// Looks a template up by id among the presets and the user's templates.
std::optional<NotesTemplate> findNotesTemplate(const QString &id, const QList<NotesTemplate> &userTemplates);

} // namespace ReleaseDesk::Models

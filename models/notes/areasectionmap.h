#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace ReleaseDesk::Models {

/// Which section of the notes an area/* label puts an entry in. Ordered: the first rule matching any of
/// the PR's areas wins, so a team puts its most specific areas first. Editable data, saved with a draft.
struct AreaSectionMap
{
    struct Rule
    {
        QString area; ///< the suffix of area/<name>
        QString section;
        friend bool operator==(const Rule &, const Rule &) = default;
    };
    QList<Rule> rules;
    /// Where entries without a matching area go.
    QString fallbackSection;
    /// Where action-required notes go by default (and where lint expects them).
    QString urgentSection;

    QString sectionFor(const QStringList &areas) const;
    /// Sections in the order the rules first name them, the fallback last.
    QStringList sections() const;

    QJsonObject toJson() const;
    static AreaSectionMap fromJson(const QJsonObject &json);

    /// KubeSphere's map, as in docs/conventions.md.
    static AreaSectionMap kubeSphere();
    /// Kubernetes groups by kind and SIG, not by area: one section.
    static AreaSectionMap kubernetes();

    friend bool operator==(const AreaSectionMap &, const AreaSectionMap &) = default;
};

} // namespace ReleaseDesk::Models

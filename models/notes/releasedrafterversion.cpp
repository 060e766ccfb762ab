#include "notes/releasedrafterversion.h"

#include <QRegularExpression>

#include <algorithm>

namespace ReleaseDesk::Models {

namespace {

bool isNumeric(const QString &identifier)
{
    return !identifier.isEmpty()
        && std::all_of(identifier.cbegin(), identifier.cend(), [](QChar c) { return c.isDigit(); });
}

/// node-semver's compareIdentifiers: numbers before words, numbers by value, words by code unit.
int compareIdentifiers(const QString &a, const QString &b)
{
    const bool an = isNumeric(a);
    const bool bn = isNumeric(b);
    if (an && bn) {
        const auto x = a.toLongLong();
        const auto y = b.toLongLong();
        return x < y ? -1 : x > y ? 1 : 0;
    }
    if (an != bn)
        return an ? -1 : 1;
    const int c = a.compare(b);
    return c < 0 ? -1 : c > 0 ? 1 : 0;
}

void incrementPre(SemanticVersion &v, const QString &identifier)
{
    if (v.prerelease.isEmpty()) {
        v.prerelease = {QStringLiteral("0")};
    } else {
        int i = v.prerelease.size();
        bool incremented = false;
        while (--i >= 0) {
            if (isNumeric(v.prerelease[i])) {
                v.prerelease[i] = QString::number(v.prerelease[i].toLongLong() + 1);
                incremented = true;
                break;
            }
        }
        if (!incremented)
            v.prerelease.append(QStringLiteral("0"));
    }
    if (identifier.isEmpty())
        return;
    const QStringList fresh {identifier, QStringLiteral("0")};
    if (compareIdentifiers(v.prerelease[0], identifier) == 0) {
        // "rc.3" stays "rc.3" (already incremented); "rc" or "rc.beta" restarts at "rc.0".
        if (v.prerelease.size() < 2 || !isNumeric(v.prerelease[1]))
            v.prerelease = fresh;
    } else {
        v.prerelease = fresh;
    }
}

} // namespace

std::optional<SemanticVersion> SemanticVersion::parseOrCoerce(const QString &text)
{
    static const QString numeric = QStringLiteral("(0|[1-9]\\d*)");
    static const QString identifier = QStringLiteral("(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)");
    static const QRegularExpression strict(
        QStringLiteral("^v?%1\\.%1\\.%1(?:-(%2(?:\\.%2)*))?(?:\\+[0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*)?$")
            .arg(numeric, identifier));
    static const QRegularExpression coerce(
        QStringLiteral("(?:^|[^\\d])(\\d{1,16})(?:\\.(\\d{1,16}))?(?:\\.(\\d{1,16}))?(?:$|[^\\d])"));
    const auto trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    SemanticVersion v;
    if (const auto match = strict.match(trimmed); match.hasMatch()) {
        v.major = match.captured(1).toLongLong();
        v.minor = match.captured(2).toLongLong();
        v.patch = match.captured(3).toLongLong();
        if (match.hasCaptured(4) && !match.captured(4).isEmpty())
            v.prerelease = match.captured(4).split(QLatin1Char('.'));
        return v;
    }
    const auto match = coerce.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    v.major = match.captured(1).toLongLong();
    v.minor = match.captured(2).toLongLong();
    v.patch = match.captured(3).toLongLong();
    return v;
}

SemanticVersion SemanticVersion::incremented(const QString &release, const QString &identifier) const
{
    SemanticVersion v = *this;
    if (release == u"major") {
        if (v.minor != 0 || v.patch != 0 || v.prerelease.isEmpty())
            ++v.major;
        v.minor = 0;
        v.patch = 0;
        v.prerelease.clear();
    } else if (release == u"minor") {
        if (v.patch != 0 || v.prerelease.isEmpty())
            ++v.minor;
        v.patch = 0;
        v.prerelease.clear();
    } else if (release == u"patch") {
        if (v.prerelease.isEmpty())
            ++v.patch;
        v.prerelease.clear();
    } else if (release == u"premajor") {
        v.prerelease.clear();
        v.patch = 0;
        v.minor = 0;
        ++v.major;
        incrementPre(v, identifier);
    } else if (release == u"preminor") {
        v.prerelease.clear();
        v.patch = 0;
        ++v.minor;
        incrementPre(v, identifier);
    } else if (release == u"prepatch") {
        v.prerelease.clear();
        v = v.incremented(QStringLiteral("patch"), identifier);
        incrementPre(v, identifier);
    } else if (release == u"prerelease") {
        if (v.prerelease.isEmpty())
            v = v.incremented(QStringLiteral("patch"), identifier);
        incrementPre(v, identifier);
    }
    return v;
}

QString SemanticVersion::prereleaseSuffix() const
{
    return prerelease.isEmpty() ? QString() : QLatin1Char('-') + prerelease.join(QLatin1Char('.'));
}

QString SemanticVersion::rendered(const QString &versionTemplate) const
{
    return substituteDrafterVariables(versionTemplate,
        {{QStringLiteral("$MAJOR"), QString::number(major)},
            {QStringLiteral("$MINOR"), QString::number(minor)},
            {QStringLiteral("$PATCH"), QString::number(patch)},
            {QStringLiteral("$PRERELEASE"), prereleaseSuffix()}});
}

QString substituteDrafterVariables(const QString &text, const QHash<QString, QString> &values)
{
    static const QRegularExpression variable(QStringLiteral("\\$[A-Z_]+"));
    QString out;
    qsizetype last = 0;
    for (auto it = variable.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        out += QStringView(text).mid(last, match.capturedStart() - last);
        const auto found = values.constFind(match.captured());
        out += found == values.cend() ? match.captured() : *found;
        last = match.capturedEnd();
    }
    return out + QStringView(text).mid(last);
}

std::optional<int> compareReleaseVersions(const QString &a, const QString &b)
{
    static const QRegularExpression version(
        QStringLiteral(
            "^[v^~<>=]*?(\\d+)(?:\\.([x*]|\\d+)(?:\\.([x*]|\\d+)(?:\\.([x*]|\\d+))?(?:-([\\da-z\\-]+(?:\\."
            "[\\da-z\\-]+)*))?(?:\\+[\\da-z\\-]+(?:\\.[\\da-z\\-]+)*)?)?)?$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto ma = version.match(a);
    const auto mb = version.match(b);
    if (!ma.hasMatch() || !mb.hasMatch())
        return std::nullopt;
    // compare-versions compares numbers as numbers and anything else as text.
    const auto compareStrings = [](const QString &x, const QString &y) {
        if (x == u"*" || x == u"x" || y == u"*" || y == u"x")
            return 0;
        bool xn = false;
        bool yn = false;
        const double xv = x.toDouble(&xn);
        const double yv = y.toDouble(&yn);
        if (xn && yn)
            return xv > yv ? 1 : xv < yv ? -1 : 0;
        const int c = x.compare(y);
        return c > 0 ? 1 : c < 0 ? -1 : 0;
    };
    const auto compareSegments = [&](const QStringList &x, const QStringList &y) {
        for (qsizetype i = 0; i < qMax(x.size(), y.size()); ++i) {
            const auto xi = x.value(i).isEmpty() ? QStringLiteral("0") : x.value(i);
            const auto yi = y.value(i).isEmpty() ? QStringLiteral("0") : y.value(i);
            if (const int r = compareStrings(xi, yi))
                return r;
        }
        return 0;
    };
    const QStringList na {ma.captured(1), ma.captured(2), ma.captured(3), ma.captured(4)};
    const QStringList nb {mb.captured(1), mb.captured(2), mb.captured(3), mb.captured(4)};
    if (const int r = compareSegments(na, nb))
        return r;
    const auto pa = ma.captured(5);
    const auto pb = mb.captured(5);
    if (!pa.isEmpty() && !pb.isEmpty())
        return compareSegments(pa.split(QLatin1Char('.')), pb.split(QLatin1Char('.')));
    if (!pa.isEmpty() || !pb.isEmpty())
        return pa.isEmpty() ? 1 : -1;
    return 0;
}

QHash<QString, QString> drafterVersionVariables(const std::optional<std::pair<QString, QString>> &lastRelease,
    const QString &inputVersion, const QString &increment, const QString &versionTemplate,
    const QString &tagPrefix, const QString &prereleaseIdentifier)
{
    const auto stripped = [&](const QString &text) {
        return !tagPrefix.isEmpty() && text.startsWith(tagPrefix) ? text.mid(tagPrefix.size()) : text;
    };
    std::optional<SemanticVersion> fromRelease;
    if (lastRelease) {
        fromRelease = SemanticVersion::parseOrCoerce(stripped(lastRelease->first));
        if (!fromRelease)
            fromRelease = SemanticVersion::parseOrCoerce(stripped(lastRelease->second));
    }
    const auto fromInput
        = inputVersion.isEmpty() ? std::nullopt : SemanticVersion::parseOrCoerce(stripped(inputVersion));

    SemanticVersion reference;
    QString localIncrement = increment;
    if (fromInput) {
        reference = *fromInput;
        localIncrement.clear(); // the version asked for, as is
    } else if (fromRelease) {
        reference = *fromRelease;
        if (localIncrement.startsWith(QLatin1StringView("pre")) && !fromRelease->prerelease.isEmpty())
            localIncrement = QStringLiteral("prerelease");
    } else {
        reference = *SemanticVersion::parseOrCoerce(QStringLiteral("0.1.0"));
        localIncrement.clear();
    }

    QHash<QString, QString> values;
    for (const auto &[name, release] :
        {std::pair {"MAJOR", "major"}, std::pair {"MINOR", "minor"}, std::pair {"PATCH", "patch"}}) {
        const auto next = reference.incremented(QLatin1StringView(release), prereleaseIdentifier);
        const auto key = QStringLiteral("$NEXT_%1_VERSION").arg(QLatin1StringView(name));
        values.insert(key, next.rendered(versionTemplate));
        values.insert(key + QStringLiteral("_MAJOR"), QString::number(next.major));
        values.insert(key + QStringLiteral("_MINOR"), QString::number(next.minor));
        values.insert(key + QStringLiteral("_PATCH"), QString::number(next.patch));
    }
    const auto nextPrerelease = reference.incremented(QStringLiteral("prerelease"), prereleaseIdentifier);
    values.insert(QStringLiteral("$NEXT_PRERELEASE_VERSION"), nextPrerelease.rendered(versionTemplate));
    values.insert(QStringLiteral("$NEXT_PRERELEASE_VERSION_PRERELEASE"), nextPrerelease.prereleaseSuffix());
    const auto resolved
        = localIncrement.isEmpty() ? reference : reference.incremented(localIncrement, prereleaseIdentifier);
    values.insert(QStringLiteral("$RESOLVED_VERSION"), resolved.rendered(versionTemplate));
    values.insert(QStringLiteral("$RESOLVED_VERSION_MAJOR"), QString::number(resolved.major));
    values.insert(QStringLiteral("$RESOLVED_VERSION_MINOR"), QString::number(resolved.minor));
    values.insert(QStringLiteral("$RESOLVED_VERSION_PATCH"), QString::number(resolved.patch));
    values.insert(QStringLiteral("$RESOLVED_VERSION_PRERELEASE"), resolved.prereleaseSuffix());
    return values;
}

} // namespace ReleaseDesk::Models

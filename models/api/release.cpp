#include "api/release.h"

namespace ReleaseDesk::Api {

namespace {
QString normalisedMilestone(QStringView title)
{
    QString text = title.trimmed().toString().toLower();
    if (text.startsWith(QLatin1Char('v')) && text.size() > 1 && text.at(1).isDigit())
        text.remove(0, 1);
    while (text.endsWith(QLatin1StringView(".0")) && text.count(QLatin1Char('.')) > 1)
        text.chop(2);
    return text;
}
} // namespace

bool milestoneTitlesMatch(QStringView a, QStringView b)
{
    return normalisedMilestone(a) == normalisedMilestone(b);
}

bool parseRefRange(QStringView text, QString *from, QString *to)
{
    const auto separator = text.indexOf(QLatin1StringView(".."));
    if (separator < 0 || text.indexOf(QLatin1StringView("..."), separator) == separator)
        return false;
    const auto start = text.left(separator).trimmed();
    const auto end = text.mid(separator + 2).trimmed();
    if (start.isEmpty() || end.isEmpty() || end.contains(QLatin1StringView("..")) || start.contains(u' ')
        || end.contains(u' '))
        return false;
    *from = start.toString();
    *to = end.toString();
    return true;
}

QString formatRefRange(const ReleaseRepository &entry)
{
    return entry.hasRange() ? entry.rangeFrom + QLatin1StringView("..") + entry.rangeTo : QString();
}

} // namespace ReleaseDesk::Api

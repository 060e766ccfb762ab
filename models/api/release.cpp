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

} // namespace ReleaseDesk::Api

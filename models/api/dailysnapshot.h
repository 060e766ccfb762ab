#pragma once

#include <QDate>
#include <QString>

namespace ReleaseDesk::Api {

/// One number the app records per release and day because GitHub keeps no history of it
/// (CI states, blocker count, column sizes).
struct DailySnapshot
{
    QDate day;
    QString metric;
    double value = 0;

    friend bool operator==(const DailySnapshot &, const DailySnapshot &) = default;
};

} // namespace ReleaseDesk::Api

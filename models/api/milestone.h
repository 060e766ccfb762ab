#pragma once

#include <QDateTime>
#include <QString>

namespace ReleaseDesk::Api {

struct Milestone
{
    int number = 0;
    QString title;
    bool open = true;
    QDateTime dueOn;

    friend bool operator==(const Milestone &, const Milestone &) = default;
};

} // namespace ReleaseDesk::Api

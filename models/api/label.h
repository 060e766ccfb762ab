#pragma once

#include <QString>

namespace ReleaseDesk::Api {

struct Label
{
    QString name;
    /// Six hex digits without '#', as GitHub sends it.
    QString color;
    QString description;

    friend bool operator==(const Label &, const Label &) = default;
};

} // namespace ReleaseDesk::Api

#include "api/item.h"

namespace ReleaseDesk::Api {

bool Item::hasLabel(QStringView name) const
{
    return std::any_of(labels.cbegin(), labels.cend(),
        [name](const Label &label) { return label.name.compare(name, Qt::CaseInsensitive) == 0; });
}

QString Item::labelValue(QStringView prefix) const
{
    for (const auto &label : labels) {
        if (label.name.startsWith(prefix, Qt::CaseInsensitive))
            return label.name.mid(prefix.size());
    }
    return QString();
}

QString itemStateToString(Item::State state)
{
    switch (state) {
    case Item::State::Open:
        return QStringLiteral("OPEN");
    case Item::State::Closed:
        return QStringLiteral("CLOSED");
    case Item::State::Merged:
        return QStringLiteral("MERGED");
    }
    return QString();
}

Item::State itemStateFromString(QStringView text)
{
    if (text.compare(u"MERGED", Qt::CaseInsensitive) == 0)
        return Item::State::Merged;
    if (text.compare(u"CLOSED", Qt::CaseInsensitive) == 0)
        return Item::State::Closed;
    return Item::State::Open;
}

} // namespace ReleaseDesk::Api

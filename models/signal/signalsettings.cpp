#include "signal/signalsettings.h"

#include <QJsonArray>

namespace ReleaseDesk::Models {

namespace {
QString effectName(SignalSettings::Effect effect)
{
    switch (effect) {
    case SignalSettings::Effect::Go:
        return QStringLiteral("go");
    case SignalSettings::Effect::Caution:
        return QStringLiteral("caution");
    case SignalSettings::Effect::NoGo:
        return QStringLiteral("no-go");
    }
    return {};
}

SignalSettings::Effect effectFrom(const QJsonValue &value, SignalSettings::Effect fallback)
{
    const auto name = value.toString();
    if (name == QLatin1StringView("go"))
        return SignalSettings::Effect::Go;
    if (name == QLatin1StringView("caution"))
        return SignalSettings::Effect::Caution;
    if (name == QLatin1StringView("no-go"))
        return SignalSettings::Effect::NoGo;
    return fallback;
}
} // namespace

QJsonObject SignalSettings::toJson() const
{
    return {
        {QStringLiteral("staleAfterMinutes"), staleAfterMinutes},
        {QStringLiteral("requiredContexts"), QJsonArray::fromStringList(requiredContexts)},
        {QStringLiteral("informingFailure"), effectName(informingFailure)},
        {QStringLiteral("pending"), effectName(pending)},
        {QStringLiteral("historyDepth"), historyDepth},
        {QStringLiteral("healthyStreak"), criteria.healthyStreak},
        {QStringLiteral("flakyFlips"), criteria.flakyFlips},
        {QStringLiteral("blockingFlaky"), effectName(blockingFlaky)},
        {QStringLiteral("informingFlaky"), effectName(informingFlaky)},
        {QStringLiteral("blockingRecovering"), effectName(blockingRecovering)},
    };
}

SignalSettings SignalSettings::fromJson(const QJsonObject &object)
{
    SignalSettings settings;
    // A limit of zero or less would make every sync stale at once: keep the default instead.
    if (const auto minutes = object.value(QLatin1StringView("staleAfterMinutes")).toInt(); minutes > 0)
        settings.staleAfterMinutes = minutes;
    for (const auto &name : object.value(QLatin1StringView("requiredContexts")).toArray()) {
        if (!name.toString().trimmed().isEmpty())
            settings.requiredContexts.append(name.toString().trimmed());
    }
    settings.informingFailure
        = effectFrom(object.value(QLatin1StringView("informingFailure")), settings.informingFailure);
    settings.pending = effectFrom(object.value(QLatin1StringView("pending")), settings.pending);
    // GitHub's history pages hold at most 100 commits; 0 turns the history off.
    if (const auto depth = object.value(QLatin1StringView("historyDepth")); depth.isDouble())
        settings.historyDepth = std::clamp(depth.toInt(), 0, 100);
    if (const auto streak = object.value(QLatin1StringView("healthyStreak")).toInt(); streak > 0)
        settings.criteria.healthyStreak = streak;
    if (const auto flips = object.value(QLatin1StringView("flakyFlips")).toInt(); flips > 0)
        settings.criteria.flakyFlips = flips;
    settings.blockingFlaky
        = effectFrom(object.value(QLatin1StringView("blockingFlaky")), settings.blockingFlaky);
    settings.informingFlaky
        = effectFrom(object.value(QLatin1StringView("informingFlaky")), settings.informingFlaky);
    settings.blockingRecovering
        = effectFrom(object.value(QLatin1StringView("blockingRecovering")), settings.blockingRecovering);
    return settings;
}

} // namespace ReleaseDesk::Models

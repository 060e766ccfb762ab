#pragma once

// The demo workspace's generator, shared by the units in models/demo/ (not a public API).

#include "demoworkspace.h"

#include <QRandomGenerator>
#include <QTimeZone>

namespace ReleaseDesk::Models::Demo {

using namespace Api;

// Demo people are invented: the demo must not put words in real contributors' mouths.
inline const QStringList people = {
    QStringLiteral("lin-tao"),
    QStringLiteral("zhou-mei"),
    QStringLiteral("chen-hao"),
    QStringLiteral("wang-lei"),
    QStringLiteral("li-na"),
    QStringLiteral("sun-qiang"),
    QStringLiteral("maria-devops"),
    QStringLiteral("ken-obs"),
    QStringLiteral("ava-ui"),
    QStringLiteral("omar-net"),
    QStringLiteral("yuki-iam"),
    QStringLiteral("pat-storage"),
};
inline const QStringList maintainers = {QStringLiteral("lin-tao"), QStringLiteral("zhou-mei"),
    QStringLiteral("chen-hao"), QStringLiteral("wang-lei")};

struct AreaInfo
{
    const char *label;
    const char *component;
};
inline const AreaInfo areas[] = {
    {"area/devops", "DevOps pipelines"},
    {"area/observability", "the monitoring dashboard"},
    {"area/logging", "log collection"},
    {"area/networking", "network policies"},
    {"area/storage", "volume snapshots"},
    {"area/iam", "role bindings"},
    {"area/multicluster", "member clusters"},
    {"area/app-management", "the App Store"},
    {"area/ui", "the workspace list page"},
    {"area/security", "image scanning"},
    {"area/api-change", "the extensions API"},
    {"area/edge", "edge nodes"},
};

inline const char *bugTemplates[] = {
    "Fix %1 not refreshing after an update",
    "Fix a crash in %1 when the namespace is deleted",
    "Fix wrong pagination in %1",
    "Fix incorrect Chinese translation in %1",
    "Fix permission check for %1",
    "Fix timeout when loading %1 in large clusters",
};
inline const char *featureTemplates[] = {
    "Support custom columns in %1",
    "Add filtering by label to %1",
    "Support ARM64 images for %1",
    "Add audit events for %1",
};
inline const char *cleanupTemplates[] = {
    "Refactor %1 controller",
    "Remove deprecated fields from %1",
    "Bump dependencies used by %1",
};
inline const char *docTemplates[] = {
    "Document how to configure %1",
    "Update the README for %1",
};

struct RepoPlan
{
    RepositoryRef repository;
    int firstNumber;
    int itemCount;
    QString milestone;
    QStringList requiredJobs;
    QStringList informingJobs;
    CiContext::Source ciSource;
};

class Generator
{
public:
    Generator(QDate today, quint32 seed)
        : m_random(seed)
        , m_today(today)
    { }

    DemoWorkspace run();
    void addPastReleases();
    void addFreezeDesk();
    void addMaintainedBranches();

private:
    bool chance(double probability) { return m_random.generateDouble() < probability; }
    int between(int low, int high) { return low + int(m_random.bounded(high - low + 1)); }
    template<typename T>
    const T &pick(const QList<T> &list)
    {
        return list.at(int(m_random.bounded(int(list.size()))));
    }
    template<typename T, size_t N>
    const T &pick(const T (&array)[N])
    {
        return array[m_random.bounded(int(N))];
    }

    QDateTime at(QDate day)
    {
        return QDateTime(day, QTime(between(1, 14), between(0, 59), between(0, 59)), QTimeZone::UTC);
    }
    Label label(const QString &name) const;
    QString body(const Item &item, const QString &noteKind, const QString &noteText);
    QList<CiContext> ciFor(const RepoPlan &plan, const Item &item);
    void addEvent(const Item &item, TimelineEvent::Kind kind, const QDateTime &when, const QString &detail,
        const QString &actor = QString());
    Item makeItem(const RepoPlan &plan, QDate created);
    void addCherryPicks(QList<Item> &items, const RepoPlan &plan, int &nextNumber);

    QRandomGenerator m_random;
    QDate m_today;
    DemoWorkspace m_demo;
    QHash<QString, Label> m_labelCatalog;
};

} // namespace ReleaseDesk::Models::Demo

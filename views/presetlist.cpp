#include "presetlist.h"

#include "presets.h"

#include <QHeaderView>

namespace ReleaseDesk::Views {

namespace {

QTreeWidgetItem *addKind(QTreeWidget *tree, const QString &title, const QString &file)
{
    auto *kind = new QTreeWidgetItem(tree, {title, file});
    kind->setFirstColumnSpanned(false);
    return kind;
}

void addEntry(QTreeWidgetItem *kind, const QString &name, const QString &definition)
{
    auto *entry = new QTreeWidgetItem(kind, {name, definition});
    entry->setToolTip(1, definition);
}

} // namespace

PresetList::PresetList(QWidget *parent)
    : QTreeWidget(parent)
{
    setAccessibleName(tr("Built-in presets"));
    setColumnCount(2);
    setHeaderLabels({tr("Preset"), tr("Definition")});
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    setRootIsDecorated(true);
    setUniformRowHeights(true);
    const auto file
        = [](const QString &kind) { return tr("From %1").arg(Models::Presets::builtInPath(kind)); };
    const auto orEveryCard
        = [](const QString &rule) { return rule.trimmed().isEmpty() ? tr("(every card left)") : rule; };

    auto *columns = addKind(this, tr("Board columns"), file(QStringLiteral("board-columns")));
    for (const auto &column : Models::Presets::boardColumns())
        addEntry(columns, column.name, orEveryCard(column.rule));
    auto *views = addKind(this, tr("Board views"), file(QStringLiteral("board-views")));
    for (const auto &view : Models::Presets::boardViews())
        addEntry(views, view.name, view.query.isEmpty() ? tr("(every item)") : view.query);
    auto *rules = addKind(this, tr("Blocker rules"), file(QStringLiteral("blocker-rules")));
    for (const auto &rule : Models::Presets::blockerRules())
        addEntry(rules, rule.name, rule.expression);
    auto *schedules = addKind(this, tr("Schedules"), file(QStringLiteral("schedules")));
    for (const auto &schedule : Models::Presets::schedules()) {
        QStringList phases;
        for (const auto &[kind, days] : schedule.offsets)
            phases.append(tr("%1 %n day(s) before", nullptr, days).arg(Models::Schedule::kindName(kind)));
        addEntry(schedules, schedule.name, phases.join(QStringLiteral(", ")));
    }
    auto *templates = addKind(this, tr("Notes templates"), file(QStringLiteral("notes-templates")));
    for (const auto &notesTemplate : Models::Presets::notesTemplates()) {
        QStringList headings;
        for (const auto &group : notesTemplate.groups)
            headings.append(group.heading);
        for (const auto &category : notesTemplate.drafter.categories)
            headings.append(category.title);
        addEntry(templates, notesTemplate.name, headings.join(QStringLiteral(", ")));
    }
    auto *maps = addKind(this, tr("Area maps"), file(QStringLiteral("area-maps")));
    for (const auto &named : Models::Presets::areaMaps()) {
        addEntry(maps, named.name,
            tr("%n area rule(s); other entries in %1", nullptr, int(named.map.rules.size()))
                .arg(named.map.fallbackSection));
    }
    expandAll();
}

QStringList PresetList::kindTitles() const
{
    QStringList titles;
    for (int row = 0; row < topLevelItemCount(); ++row)
        titles.append(topLevelItem(row)->text(0));
    return titles;
}

QStringList PresetList::entryNames(int kindRow) const
{
    QStringList names;
    const auto *kind = topLevelItem(kindRow);
    for (int row = 0; kind && row < kind->childCount(); ++row)
        names.append(kind->child(row)->text(0));
    return names;
}

} // namespace ReleaseDesk::Views

#pragma once

#include <QTreeWidget>

namespace ReleaseDesk::Views {

/// The presets Release Desk ships, as read from their data files (Models::Presets): board columns and
/// views, blocker rules, schedules, notes templates and area maps, each kind with its entries and
/// what they hold. Read-only: a team's own versions live in the team file and the dialogs.
class PresetList final : public QTreeWidget
{
    Q_OBJECT

public:
    explicit PresetList(QWidget *parent = nullptr);

    /// The kinds' titles, in order (the top-level rows).
    QStringList kindTitles() const;
    /// The entries' names under a kind's row.
    QStringList entryNames(int kindRow) const;
};

} // namespace ReleaseDesk::Views

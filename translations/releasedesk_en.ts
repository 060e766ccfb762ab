<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>IssueDraft</name>
    <message numerus="yes">
        <source>#### Which job is %1?

%2 on %3 of %4 (%5).

#### Failing runs in the last %n run(s)

%6

#### Pass rate

%7 (%8 of the window's runs passed; current streak %9).

Filed from Release Desk's release signal.</source>
        <translation><numerusform>#### Which job is %1?

%2 on %3 of %4 (%5).

#### Failing runs in the last %n run

%6

#### Pass rate

%7 (%8 of the window's runs passed; current streak %9).

Filed from Release Desk's release signal.</numerusform><numerusform>#### Which job is %1?

%2 on %3 of %4 (%5).

#### Failing runs in the last %n runs

%6

#### Pass rate

%7 (%8 of the window's runs passed; current streak %9).

Filed from Release Desk's release signal.</numerusform></translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::App</name>
    <message numerus="yes">
        <source>Required CI on %1: %2% of %n run(s) passed from %3 to %4.</source>
        <translation><numerusform>Required CI on %1: %2% of %n run passed from %3 to %4.</numerusform><numerusform>Required CI on %1: %2% of %n runs passed from %3 to %4.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n change(s) in the draft %1.</source>
        <translation><numerusform>Saved %n change in the draft %1.</numerusform><numerusform>Saved %n changes in the draft %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n fix(es) to back-port</source>
        <translation><numerusform>%n fix to back-port</numerusform><numerusform>%n fixes to back-port</numerusform></translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::App::DesktopApp</name>
    <message numerus="yes">
        <source>Exported %n release(s), with templates, columns and saved views, to %1.</source>
        <translation><numerusform>Exported %n release, with templates, columns and saved views, to %1.</numerusform><numerusform>Exported %n releases, with templates, columns and saved views, to %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n release(s), with templates, columns and saved views, from %1.</source>
        <translation><numerusform>Imported %n release, with templates, columns and saved views, from %1.</numerusform><numerusform>Imported %n releases, with templates, columns and saved views, from %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::Models::NotesEntryModel</name>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation><numerusform>%n warning</numerusform><numerusform>%n warnings</numerusform></translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::NotesReview</name>
    <message numerus="yes">
        <source>%n new</source>
        <translation><numerusform>%n new</numerusform><numerusform>%n new</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n edited</source>
        <translation><numerusform>%n edited</numerusform><numerusform>%n edited</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation><numerusform>%n removed</numerusform><numerusform>%n removed</numerusform></translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::Views::CherryPickPanel</name>
    <message numerus="yes">
        <source>%n cell(s) needing action</source>
        <translation><numerusform>%n cell needing action</numerusform><numerusform>%n cells needing action</numerusform></translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::Views::MainWindow</name>
    <message numerus="yes">
        <source>Undone on GitHub: %n change(s) reverted.</source>
        <translation><numerusform>Undone on GitHub: %n change reverted.</numerusform><numerusform>Undone on GitHub: %n changes reverted.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) landed on GitHub.</source>
        <translation><numerusform>%n change landed on GitHub.</numerusform><numerusform>%n changes landed on GitHub.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Undo: %n change(s) reverted, %1 refused.</source>
        <translation><numerusform>Undo: %n change reverted, %1 refused.</numerusform><numerusform>Undo: %n changes reverted, %1 refused.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) landed, %1 refused and rolled back.</source>
        <translation><numerusform>%n change landed, %1 refused and rolled back.</numerusform><numerusform>%n changes landed, %1 refused and rolled back.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n open blocker(s)</source>
        <translation><numerusform>%n open blocker</numerusform><numerusform>%n open blockers</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n PR(s) failing CI</source>
        <translation><numerusform>%n PR failing CI</numerusform><numerusform>%n PRs failing CI</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) with warnings</source>
        <translation><numerusform>%n note with warnings</numerusform><numerusform>%n notes with warnings</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) needing action</source>
        <translation><numerusform>%n cell needing action</numerusform><numerusform>%n cells needing action</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n selected cell(s) already requested, picked, merged or not needed: left out.</source>
        <translation><numerusform>%n selected cell already requested, picked, merged or not needed: left out.</numerusform><numerusform>%n selected cells already requested, picked, merged or not needed: left out.</numerusform></translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::Views::MetricsOverview</name>
    <message numerus="yes">
        <source>open blocker(s)</source>
        <translation><numerusform>open blocker</numerusform><numerusform>open blockers</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation><numerusform>in %n day</numerusform><numerusform>in %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>done: %1 of %n item(s)</source>
        <translation><numerusform>done: %1 of %n item</numerusform><numerusform>done: %1 of %n items</numerusform></translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::Views::NotesPanel</name>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation><numerusform>%n warning</numerusform><numerusform>%n warnings</numerusform></translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::Views::NotesReviewBar</name>
    <message numerus="yes">
        <source>%1 of %n reviewed</source>
        <translation><numerusform>%1 of %n reviewed</numerusform><numerusform>%1 of %n reviewed</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) for review to %1.</source>
        <translation><numerusform>Wrote %n file for review to %1.</numerusform><numerusform>Wrote %n files for review to %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Applied %n change(s) from %1.</source>
        <translation><numerusform>Applied %n change from %1.</numerusform><numerusform>Applied %n changes from %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::Views::NotesReviewImportDialog</name>
    <message numerus="yes">
        <source>%1 makes %n change(s). Uncheck those you do not want, then apply.</source>
        <translation><numerusform>%1 makes %n change. Uncheck those you do not want, then apply.</numerusform><numerusform>%1 makes %n changes. Uncheck those you do not want, then apply.</numerusform></translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::Views::NotesReviewersDialog</name>
    <message numerus="yes">
        <source>%1 of %n</source>
        <translation><numerusform>%1 of %n</numerusform><numerusform>%1 of %n</numerusform></translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::Views::PlacesBar</name>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation><numerusform>%n minute ago</numerusform><numerusform>%n minutes ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation><numerusform>%n hour ago</numerusform><numerusform>%n hours ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation><numerusform>%n day ago</numerusform><numerusform>%n days ago</numerusform></translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::Views::PresetList</name>
    <message numerus="yes">
        <source>%1 %n day(s) before</source>
        <translation><numerusform>%1 %n day before</numerusform><numerusform>%1 %n days before</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n area rule(s); other entries in %1</source>
        <translation><numerusform>%n area rule; other entries in %1</numerusform><numerusform>%n area rules; other entries in %1</numerusform></translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::Views::ReadinessBar</name>
    <message numerus="yes">
        <source>%n open blocker(s)</source>
        <translation><numerusform>%n open blocker</numerusform><numerusform>%n open blockers</numerusform></translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::Views::SyncStatusWidget</name>
    <message numerus="yes">
        <source>Synced at %1 with %n warning(s) (first: %2)</source>
        <translation><numerusform>Synced at %1 with %n warning (first: %2)</numerusform><numerusform>Synced at %1 with %n warnings (first: %2)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Synced at %1: %n item(s) updated</source>
        <translation><numerusform>Synced at %1: %n item updated</numerusform><numerusform>Synced at %1: %n items updated</numerusform></translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::Views::TriagePrompt</name>
    <message numerus="yes">
        <source>Label to add to %n card(s):</source>
        <translation><numerusform>Label to add to %n card:</numerusform><numerusform>Label to add to %n cards:</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Label to remove from %n card(s):</source>
        <translation><numerusform>Label to remove from %n card:</numerusform><numerusform>Label to remove from %n cards:</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Milestone for %n card(s) (matched per repository):</source>
        <translation><numerusform>Milestone for %n card (matched per repository):</numerusform><numerusform>Milestone for %n cards (matched per repository):</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Login to assign to %n card(s):</source>
        <translation><numerusform>Login to assign to %n card:</numerusform><numerusform>Login to assign to %n cards:</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Login to unassign from %n card(s):</source>
        <translation><numerusform>Login to unassign from %n card:</numerusform><numerusform>Login to unassign from %n cards:</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Comment on %n card(s):</source>
        <translation><numerusform>Comment on %n card:</numerusform><numerusform>Comment on %n cards:</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) will be sent to GitHub:</source>
        <translation><numerusform>%n change will be sent to GitHub:</numerusform><numerusform>%n changes will be sent to GitHub:</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>
... and %n more</source>
        <translation><numerusform>
... and %n more</numerusform><numerusform>
... and %n more</numerusform></translation>
    </message>
</context>
<context>
    <name>ReleaseReadiness</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation><numerusform>%n minute</numerusform><numerusform>%n minutes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation><numerusform>%n hour</numerusform><numerusform>%n hours</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>its outcome flipped %n time(s) in the last %1 runs</source>
        <translation><numerusform>its outcome flipped %n time in the last %1 runs</numerusform><numerusform>its outcome flipped %n times in the last %1 runs</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Blocking context %1 has passed %n time(s) in a row on %2; %3 are needed to call it healthy.</source>
        <translation><numerusform>Blocking context %1 has passed %n time in a row on %2; %3 are needed to call it healthy.</numerusform><numerusform>Blocking context %1 has passed %n times in a row on %2; %3 are needed to call it healthy.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n open blocker(s).</source>
        <translation><numerusform>%n open blocker.</numerusform><numerusform>%n open blockers.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>No open blockers; %n required context(s) green on %1.</source>
        <translation><numerusform>No open blockers; %n required context green on %1.</numerusform><numerusform>No open blockers; %n required contexts green on %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message numerus="yes">
        <source>Released %n day(s) ago</source>
        <translation><numerusform>Released %n day ago</numerusform><numerusform>Released %n days ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Code freeze in %n day(s)</source>
        <translation><numerusform>Code freeze in %n day</numerusform><numerusform>Code freeze in %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Day %n of code freeze</source>
        <translation><numerusform>Day %n of code freeze</numerusform><numerusform>Day %n of code freeze</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Release in %n day(s)</source>
        <translation><numerusform>Release in %n day</numerusform><numerusform>Release in %n days</numerusform></translation>
    </message>
</context>
<context>
    <name>SignalReport</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation><numerusform>%n minute</numerusform><numerusform>%n minutes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation><numerusform>%n hour</numerusform><numerusform>%n hours</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n run(s) passed</source>
        <translation><numerusform>%1 of %n run passed</numerusform><numerusform>%1 of %n runs passed</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n blocking context(s) healthy.</source>
        <translation><numerusform>%n blocking context healthy.</numerusform><numerusform>%n blocking contexts healthy.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation><numerusform>(and %n more)</numerusform><numerusform>(and %n more)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n blocker(s) opened or added: %1</source>
        <translation><numerusform>%n blocker opened or added: %1</numerusform><numerusform>%n blockers opened or added: %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n blocker(s) closed or removed: %1</source>
        <translation><numerusform>%n blocker closed or removed: %1</numerusform><numerusform>%n blockers closed or removed: %1</numerusform></translation>
    </message>
</context>
</TS>
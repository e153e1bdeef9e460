<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Cairn::Capture</name>
    <message numerus="yes">
        <source>%n quarter(s)</source>
        <translation>
            <numerusform>%n quarter</numerusform>
            <numerusform>%n quarters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cairn::Cli</name>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problem found.</numerusform>
            <numerusform>%n problems found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the roadmap report (%n page(s)) to %1</source>
        <translation>
            <numerusform>Wrote the roadmap report (%n page) to %1</numerusform>
            <numerusform>Wrote the roadmap report (%n pages) to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bad row(s); nothing was imported and “%1” is unchanged. Fix them, or use --apply-valid to import the good rows.</source>
        <translation>
            <numerusform>%n bad row; nothing was imported and “%1” is unchanged. Fix them, or use --apply-valid to import the good rows.</numerusform>
            <numerusform>%n bad rows; nothing was imported and “%1” is unchanged. Fix them, or use --apply-valid to import the good rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bad row(s) left out.</source>
        <translation>
            <numerusform>%n bad row left out.</numerusform>
            <numerusform>%n bad rows left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n CSV file(s) to %1</source>
        <translation>
            <numerusform>Wrote %n CSV file to %1</numerusform>
            <numerusform>Wrote %n CSV files to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n slide(s) to %1</source>
        <translation>
            <numerusform>Wrote %n slide to %1</numerusform>
            <numerusform>Wrote %n slides to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 moved (%2 later, %3 earlier, %n quarter(s) of slip), %4 added, %5 removed, %6 no longer placed; cost %7 → %8.</source>
        <translation>
            <numerusform>%1 moved (%2 later, %3 earlier, %n quarter of slip), %4 added, %5 removed, %6 no longer placed; cost %7 → %8.</numerusform>
            <numerusform>%1 moved (%2 later, %3 earlier, %n quarters of slip), %4 added, %5 removed, %6 no longer placed; cost %7 → %8.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created the scenario “%1” with %n override(s).</source>
        <translation>
            <numerusform>Created the scenario “%1” with %n override.</numerusform>
            <numerusform>Created the scenario “%1” with %n overrides.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n override(s))</source>
        <translation>
            <numerusform>%1 (%n override)</numerusform>
            <numerusform>%1 (%n overrides)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cairn::Cli::GraphExportOptions</name>
    <message numerus="yes">
        <source>Wrote the dependency graph (%n item(s)) to %1</source>
        <translation>
            <numerusform>Wrote the dependency graph (%n item) to %1</numerusform>
            <numerusform>Wrote the dependency graph (%n items) to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cairn::Compare</name>
    <message numerus="yes">
        <source>%n quarter(s) later</source>
        <translation>
            <numerusform>%n quarter later</numerusform>
            <numerusform>%n quarters later</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarter(s) earlier</source>
        <translation>
            <numerusform>%n quarter earlier</numerusform>
            <numerusform>%n quarters earlier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 moved (%2 later, %3 earlier; %n quarter(s) of slip in all), %4 added, %5 removed, %6 no longer placed. Cost: %7 then, %8 now.</source>
        <translation>
            <numerusform>%1 moved (%2 later, %3 earlier; %n quarter of slip in all), %4 added, %5 removed, %6 no longer placed. Cost: %7 then, %8 now.</numerusform>
            <numerusform>%1 moved (%2 later, %3 earlier; %n quarters of slip in all), %4 added, %5 removed, %6 no longer placed. Cost: %7 then, %8 now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cairn::CompareDialog</name>
    <message numerus="yes">
        <source>%n initiative(s) differ. Each scenario is scheduled on its own with the same scheduler.</source>
        <translation>
            <numerusform>%n initiative differs. Each scenario is scheduled on its own with the same scheduler.</numerusform>
            <numerusform>%n initiatives differ. Each scenario is scheduled on its own with the same scheduler.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cairn::Edit</name>
    <message numerus="yes">
        <source>Delete %n items</source>
        <translation>
            <numerusform>Delete %n items</numerusform>
            <numerusform>Delete %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n item(s)</source>
        <translation>
            <numerusform>Duplicate %n item</numerusform>
            <numerusform>Duplicate %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cairn::Graph</name>
    <message numerus="yes">
        <source>%1, with a lag of %n quarter(s)</source>
        <translation>
            <numerusform>%1, with a lag of %n quarter</numerusform>
            <numerusform>%1, with a lag of %n quarters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Around “%1”, %n link(s) deep</source>
        <translation>
            <numerusform>Around “%1”, %n link deep</numerusform>
            <numerusform>Around “%1”, %n links deep</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cairn::GraphPage</name>
    <message numerus="yes">
        <source>%n items have “%1” in their name: choose one from the list.</source>
        <translation>
            <numerusform>%n item has “%1” in its name: choose it from the list.</numerusform>
            <numerusform>%n items have “%1” in their name: choose one from the list.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cairn::GraphView</name>
    <message numerus="yes">
        <source>%n item(s): too many to read at once. Focus on one, or filter.</source>
        <translation>
            <numerusform>%n item: too many to read at once. Focus on one, or filter.</numerusform>
            <numerusform>%n items: too many to read at once. Focus on one, or filter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Laying out %n item(s)…</source>
        <translation>
            <numerusform>Laying out %n item…</numerusform>
            <numerusform>Laying out %n items…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), %1 links; laid out in %2 ms</source>
        <translation>
            <numerusform>%n item, %1 links; laid out in %2 ms</numerusform>
            <numerusform>%n items, %1 links; laid out in %2 ms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n goals, initiatives and systems are too many to read at once.
Find one by name (or select it in another view) and focus on it, or filter by goal, system, tag or kind.
(Laying everything out may take a minute.)</source>
        <translation>
            <numerusform>%n goals, initiatives and systems are too many to read at once.
Find one by name (or select it in another view) and focus on it, or filter by goal, system, tag or kind.
(Laying everything out may take a minute.)</numerusform>
            <numerusform>%n goals, initiatives and systems are too many to read at once.
Find one by name (or select it in another view) and focus on it, or filter by goal, system, tag or kind.
(Laying everything out may take a minute.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cairn::Impact</name>
    <message numerus="yes">
        <source>Scheduled to start in %1: %n quarter(s) to spare.</source>
        <translation>
            <numerusform>Scheduled to start in %1: %n quarter to spare.</numerusform>
            <numerusform>Scheduled to start in %1: %n quarters to spare.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scheduled to start in %1: %n quarter(s) too late.</source>
        <translation>
            <numerusform>Scheduled to start in %1: %n quarter too late.</numerusform>
            <numerusform>Scheduled to start in %1: %n quarters too late.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n initiative(s) would be late, or later against a deadline, than planned.</source>
        <translation>
            <numerusform>%n initiative would be late, or later against a deadline, than planned.</numerusform>
            <numerusform>%n initiatives would be late, or later against a deadline, than planned.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 finishes in %2, %n quarter(s) after its deadline %3</source>
        <translation>
            <numerusform>%1 finishes in %2, %n quarter after its deadline %3</numerusform>
            <numerusform>%1 finishes in %2, %n quarters after its deadline %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (as planned %n quarter(s) late).</source>
        <translation>
            <numerusform>%1 (as planned %n quarter late).</numerusform>
            <numerusform>%1 (as planned %n quarters late).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more initiative(s) late as planned, by as much.</source>
        <translation>
            <numerusform>%n more initiative late as planned, by as much.</numerusform>
            <numerusform>%n more initiatives late as planned, by as much.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cairn::Impact::Words</name>
    <message numerus="yes">
        <source>%1, lag %n quarter(s)</source>
        <translation>
            <numerusform>%1, lag %n quarter</numerusform>
            <numerusform>%1, lag %n quarters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cairn::Interchange</name>
    <message numerus="yes">
        <source>%n row(s): </source>
        <translation>
            <numerusform>%n row: </numerusform>
            <numerusform>%n rows: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cairn::MainWindow</name>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s) and %1 link(s) to them? You can undo this.</source>
        <translation>
            <numerusform>Delete %n item and %1 link(s) to them? You can undo this.</numerusform>
            <numerusform>Delete %n items and %1 link(s) to them? You can undo this.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n row(s)</source>
        <translation>
            <numerusform>Import %n row</numerusform>
            <numerusform>Import %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cairn::PresenceMark</name>
    <message numerus="yes">
        <source>%1 is also editing this goal.</source>
        <translation>
            <numerusform>%1 is also editing this goal.</numerusform>
            <numerusform>%1 are also editing this goal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is also editing this initiative.</source>
        <translation>
            <numerusform>%1 is also editing this initiative.</numerusform>
            <numerusform>%1 are also editing this initiative.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is also editing this milestone.</source>
        <translation>
            <numerusform>%1 is also editing this milestone.</numerusform>
            <numerusform>%1 are also editing this milestone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is also editing this resource.</source>
        <translation>
            <numerusform>%1 is also editing this resource.</numerusform>
            <numerusform>%1 are also editing this resource.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is also editing this system.</source>
        <translation>
            <numerusform>%1 is also editing this system.</numerusform>
            <numerusform>%1 are also editing this system.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cairn::Replan</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-planning moves %n initiative(s):</source>
        <translation>
            <numerusform>Re-planning moves %n initiative:</numerusform>
            <numerusform>Re-planning moves %n initiatives:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cairn::Report</name>
    <message numerus="yes">
        <source>%n initiative(s)</source>
        <translation>
            <numerusform>%n initiative</numerusform>
            <numerusform>%n initiatives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Out of support for %n quarter(s)</source>
        <translation>
            <numerusform>Out of support for %n quarter</numerusform>
            <numerusform>Out of support for %n quarters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cairn::ReportDialog</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported the roadmap report (%n page(s)) to %1</source>
        <translation>
            <numerusform>Exported the roadmap report (%n page) to %1</numerusform>
            <numerusform>Exported the roadmap report (%n pages) to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cairn::Roadmap</name>
    <message numerus="yes">
        <source>+%n goal(s)</source>
        <translation>
            <numerusform>+%n goal</numerusform>
            <numerusform>+%n goals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n initiative(s)</source>
        <translation>
            <numerusform>%n initiative</numerusform>
            <numerusform>%n initiatives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n system(s)</source>
        <translation>
            <numerusform>%n system</numerusform>
            <numerusform>%n systems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarter(s)</source>
        <translation>
            <numerusform>%n quarter</numerusform>
            <numerusform>%n quarters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n tag(s)</source>
        <translation>
            <numerusform>+%n tag</numerusform>
            <numerusform>+%n tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A further tag of %n initiative(s) in other lanes</source>
        <translation>
            <numerusform>A further tag of %n initiative in other lanes</numerusform>
            <numerusform>A further tag of %n initiatives in other lanes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Served only by %n initiative(s) in other lanes</source>
        <translation>
            <numerusform>Served only by %n initiative in other lanes</numerusform>
            <numerusform>Served only by %n initiatives in other lanes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cairn::RoadmapView</name>
    <message numerus="yes">
        <source>%1 (%n quarter(s)), %2 to %3</source>
        <translation>
            <numerusform>%1 (%n quarter), %2 to %3</numerusform>
            <numerusform>%1 (%n quarters), %2 to %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cairn::ScenarioBar</name>
    <message numerus="yes">
        <source>Delete the scenario %1 and its %n override(s)? The base plan does not change. Undo brings it back.</source>
        <translation>
            <numerusform>Delete the scenario %1 and its %n override? The base plan does not change. Undo brings it back.</numerusform>
            <numerusform>Delete the scenario %1 and its %n overrides? The base plan does not change. Undo brings it back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cairn::Schedule</name>
    <message numerus="yes">
        <source>Starts %n quarter(s) after %1 starts (%2).</source>
        <translation>
            <numerusform>Starts %n quarter after %1 starts (%2).</numerusform>
            <numerusform>Starts %n quarters after %1 starts (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waits for %1 (ends %2) and a lag of %n quarter(s).</source>
        <translation>
            <numerusform>Waits for %1 (ends %2) and a lag of %n quarter.</numerusform>
            <numerusform>Waits for %1 (ends %2) and a lag of %n quarters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 finishes in %2, %n quarter(s) after %3 leaves support (%4).</source>
        <translation>
            <numerusform>%1 finishes in %2, %n quarter after %3 leaves support (%4).</numerusform>
            <numerusform>%1 finishes in %2, %n quarters after %3 leaves support (%4).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 finishes in %2, %n quarter(s) after its deadline %3.</source>
        <translation>
            <numerusform>%1 finishes in %2, %n quarter after its deadline %3.</numerusform>
            <numerusform>%1 finishes in %2, %n quarters after its deadline %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Start %1 in %2 or later.</source>
        <translation>
            <numerusform>Start %1 in %2 or later.</numerusform>
            <numerusform>Start %1 in %2 or later.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 +%n quarter(s)</source>
        <translation>
            <numerusform>%1 +%n quarter</numerusform>
            <numerusform>%1 +%n quarters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 −%n quarter(s)</source>
        <translation>
            <numerusform>%1 −%n quarter</numerusform>
            <numerusform>%1 −%n quarters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n initiative(s) moved: %1</source>
        <translation>
            <numerusform>%n initiative moved: %1</numerusform>
            <numerusform>%n initiatives moved: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, and %n more</source>
        <translation>
            <numerusform>, and %n more</numerusform>
            <numerusform>, and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cairn::Server</name>
    <message numerus="yes">
        <source>Not saved: %n change(s) by others since this plan was read.</source>
        <translation>
            <numerusform>Not saved: %n change by others since this plan was read.</numerusform>
            <numerusform>Not saved: %n changes by others since this plan was read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Someone else changed %1 at the same time: %n of your changes to the same rows were not written (theirs are shown).</source>
        <translation>
            <numerusform>Someone else changed %1 at the same time: %n of your changes to the same rows was not written (theirs are shown).</numerusform>
            <numerusform>Someone else changed %1 at the same time: %n of your changes to the same rows were not written (theirs are shown).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cairn::ServerPlans</name>
    <message numerus="yes">
        <source>%n change(s) by colleagues taken in (revision %1).</source>
        <translation>
            <numerusform>%n change by colleagues taken in (revision %1).</numerusform>
            <numerusform>%n changes by colleagues taken in (revision %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsent change(s) kept at %1 made again.</source>
        <translation>
            <numerusform>%n unsent change kept at %1 made again.</numerusform>
            <numerusform>%n unsent changes kept at %1 made again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cairn::Slides</name>
    <message numerus="yes">
        <source>%n initiative(s)</source>
        <translation>
            <numerusform>%n initiative</numerusform>
            <numerusform>%n initiatives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>also served by %n initiative(s) of other goals</source>
        <translation>
            <numerusform>also served by %n initiative of other goals</numerusform>
            <numerusform>also served by %n initiatives of other goals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 – %3 (%n quarter(s))</source>
        <translation>
            <numerusform>%1: %2 – %3 (%n quarter)</numerusform>
            <numerusform>%1: %2 – %3 (%n quarters)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Green up to 80 %, amber up to 100 %, red over capacity: %n quarter(s) over.</source>
        <translation>
            <numerusform>Green up to 80 %, amber up to 100 %, red over capacity: %n quarter over.</numerusform>
            <numerusform>Green up to 80 %, amber up to 100 %, red over capacity: %n quarters over.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cairn::VoteTableModel</name>
    <message numerus="yes">
        <source>%1: %n dot(s) on %2 — click to add one, right click or Shift+click to take one back</source>
        <translation>
            <numerusform>%1: %n dot on %2 — click to add one, right click or Shift+click to take one back</numerusform>
            <numerusform>%1: %n dots on %2 — click to add one, right click or Shift+click to take one back</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1
%n left</source>
        <translation>
            <numerusform>%1
%n left</numerusform>
            <numerusform>%1
%n left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cairn::VotingView</name>
    <message numerus="yes">
        <source>Add the participants by name; each gets %n dot(s) to give.</source>
        <translation>
            <numerusform>Add the participants by name; each gets %n dot to give.</numerusform>
            <numerusform>Add the participants by name; each gets %n dots to give.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 dots given by %n participant(s); %3</source>
        <translation>
            <numerusform>%1 of %2 dots given by %n participant; %3</numerusform>
            <numerusform>%1 of %2 dots given by %n participants; %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The vote set the value of %n initiative(s); Undo takes it back.</source>
        <translation>
            <numerusform>The vote set the value of %n initiative; Undo takes it back.</numerusform>
            <numerusform>The vote set the value of %n initiatives; Undo takes it back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cairn::Workshop</name>
    <message numerus="yes">
        <source>Exported %n slide(s) to %1</source>
        <translation>
            <numerusform>Exported %n slide to %1</numerusform>
            <numerusform>Exported %n slides to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n initiative(s) added</source>
        <translation>
            <numerusform>%n initiative added</numerusform>
            <numerusform>%n initiatives added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation>
            <numerusform>%n moved</numerusform>
            <numerusform>%n moved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n re-scored</source>
        <translation>
            <numerusform>%n re-scored</numerusform>
            <numerusform>%n re-scored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) noted</source>
        <translation>
            <numerusform>%n decision noted</numerusform>
            <numerusform>%n decisions noted</numerusform>
        </translation>
    </message>
</context>
</TS>

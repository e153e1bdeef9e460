<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
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
    <name>Cairn::Interchange</name>
    <message numerus="yes">
        <source>%n row(s): </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
</context>
</TS>

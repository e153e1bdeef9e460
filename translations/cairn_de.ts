<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Cairn::Cli</name>
    <message>
        <source>Write the bundled sample plan to OUT.cairn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a plan file. Exit 0: sound; 1: the plan has problems (listed); 2: not readable or not a plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: cairn COMMAND [OPTIONS] [ARGUMENTS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn plans IT strategy roadmaps: business goals, the systems a business runs and the initiatives that change them, scheduled across quarters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “cairn COMMAND --help” for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong number of arguments. See “%1 --help”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the sample plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the sample plan to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan file to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2”, %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 goals, %2 systems, %3 initiatives, %4 resources, %5 milestones, %6 dependencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  The file is in an older format (%1); saving it will upgrade it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The plan is sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command “%1”. Run “cairn --help” for the list of commands.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cairn::Domain</name>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tolerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eliminate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start to start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cairn::PlanFile</name>
    <message>
        <source>the file could not be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 #%2 has an invalid quarter %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 #%2 has an unknown value “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan&apos;s settings are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan&apos;s first quarter is invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder, not a plan file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a Cairn plan file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is cut short (%1 bytes); it may be an incomplete copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its header is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is cut short (%1 of %2 bytes); it may be an incomplete copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be opened (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is an SQLite database, but not a Cairn plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no plan schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was written by a newer version of Cairn (file format %1; this version reads up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no temporary copy could be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not be upgraded from format %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Cairn. It is open read-only; use Save As to keep a copy in this version&apos;s format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save “%1”: the folder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save “%1”: it is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan&apos;s links are inconsistent (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the written file did not pass its integrity check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new file could not be flushed to disk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cairn::PlanJson</name>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a quarter such as 2027 Q3: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has an unknown value “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an amount must be a number of at least 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“key” is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key “%1” is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parent goal “%1” is not defined before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demand on unknown resource “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>depends on unknown system “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supports unknown goal “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>affects unknown system “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown effect “%1” on system “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comes after unknown initiative “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“quarter” is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cairn::PlanValidator</name>
    <message>
        <source>%1: %2 is %3; it must be between %4 and %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fiscal year start month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the horizon in quarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan: “%1” is not a currency code such as EUR or USD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal #%1 has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a parent goal #%2 that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System #%1 has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the business criticality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the technical condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a negative annual run cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 depends on system #%2, which does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource #%1 has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a negative capacity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a negative capacity in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiative %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiative #%1 has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the duration in quarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a negative cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs resource #%2, which does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a negative demand on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes %2 quarters but may only run from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is pinned to start in %2, before its earliest start %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is pinned to start in %2 and so finishes after its deadline %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is pinned to %2, outside the plan&apos;s quarters %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot start before %2, after the plan&apos;s last quarter %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A goal link refers to initiative #%1 or goal #%2, which does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link from %1 to goal %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A system link refers to initiative #%1 or system #%2, which does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dependency refers to initiative #%1 or #%2, which does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dependency of %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lag in quarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 depends on %2 more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependency cycle: %1. None of these initiatives can start before the others finish; remove one of the dependencies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systems depend on each other in a circle: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals are each other&apos;s parents: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

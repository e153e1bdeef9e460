<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Cairn::Capture</name>
    <message>
        <source>“%1” is more money than a plan can hold.</source>
        <translation>„%1“ ist mehr Geld, als ein Plan fassen kann.</translation>
    </message>
    <message>
        <source>“%1” has more decimals than %2 has.</source>
        <translation>„%1“ hat mehr Nachkommastellen als %2.</translation>
    </message>
    <message>
        <source>The idea needs a name: type some words that are not #goal, @system, a kind, a duration or a cost.</source>
        <translation>Die Idee braucht einen Namen: Geben Sie Wörter ein, die weder #goal, @system, eine Art, eine Dauer noch Kosten sind.</translation>
    </message>
    <message>
        <source>No goal matches “%1”.</source>
        <translation>Kein Ziel passt zu „%1“.</translation>
    </message>
    <message>
        <source>“%1” could be the goal %2: type more of its name.</source>
        <translation>„%1“ könnte das Ziel %2 sein: Geben Sie mehr vom Namen ein.</translation>
    </message>
    <message>
        <source>Type a goal&apos;s name after #.</source>
        <translation>Geben Sie nach # den Namen eines Ziels ein.</translation>
    </message>
    <message>
        <source>No system matches “%1”.</source>
        <translation>Kein System passt zu „%1“.</translation>
    </message>
    <message>
        <source>“%1” could be the system %2: type more of its name.</source>
        <translation>„%1“ könnte das System %2 sein: Geben Sie mehr vom Namen ein.</translation>
    </message>
    <message>
        <source>Type a system&apos;s name after @.</source>
        <translation>Geben Sie nach @ den Namen eines Systems ein.</translation>
    </message>
    <message>
        <source>“%1” is a second kind after %2; put it in quotes to keep it in the name.</source>
        <translation>„%1“ ist eine zweite Art nach %2; setzen Sie es in Anführungszeichen, damit es zum Namen gehört.</translation>
    </message>
    <message>
        <source>“%1”: a duration is 1 to 40 quarters.</source>
        <translation>„%1“: Eine Dauer beträgt 1 bis 40 Quartale.</translation>
    </message>
    <message>
        <source>“%1” is a second duration.</source>
        <translation>„%1“ ist eine zweite Dauer.</translation>
    </message>
    <message numerus="yes">
        <source>%n quarter(s)</source>
        <translation>
            <numerusform>%n Quartal</numerusform>
            <numerusform>%n Quartale</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is a second cost.</source>
        <translation>„%1“ ist eine zweite Kostenangabe.</translation>
    </message>
    <message>
        <source>Capture %1</source>
        <translation>%1 erfassen</translation>
    </message>
</context>
<context>
    <name>Cairn::CaptureLine</name>
    <message>
        <source>Capture an idea: name #goal grow 3q 40k @system, then Enter</source>
        <translation>Idee erfassen: Name #goal grow 3q 40k @system, dann Eingabe</translation>
    </message>
    <message>
        <source>&lt;i&gt;name&lt;/i&gt; &amp;nbsp;#goal &amp;nbsp;run | grow | transform &amp;nbsp;3q &amp;nbsp;40k &amp;nbsp;@system</source>
        <translation>&lt;i&gt;Name&lt;/i&gt; &amp;nbsp;#goal &amp;nbsp;run | grow | transform &amp;nbsp;3q &amp;nbsp;40k &amp;nbsp;@system</translation>
    </message>
    <message>
        <source>Added %1 as an idea (Undo takes it back).</source>
        <translation>%1 als Idee hinzugefügt (Rückgängig nimmt sie wieder zurück).</translation>
    </message>
    <message>
        <source>goal %1</source>
        <translation>Ziel %1</translation>
    </message>
    <message>
        <source>system %1</source>
        <translation>System %1</translation>
    </message>
    <message>
        <source>This plan is open read-only: the idea was not added.</source>
        <translation>Dieser Plan ist schreibgeschützt geöffnet: Die Idee wurde nicht hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>Cairn::Charts</name>
    <message>
        <source>FTE</source>
        <translation>VZÄ</translation>
    </message>
    <message>
        <source>Demand against capacity</source>
        <translation>Bedarf und Kapazität</translation>
    </message>
    <message>
        <source>Demand against capacity: %1</source>
        <translation>Bedarf und Kapazität: %1</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Over capacity</source>
        <translation>Über der Kapazität</translation>
    </message>
    <message>
        <source>%1 per quarter</source>
        <translation>%1 je Quartal</translation>
    </message>
    <message>
        <source>FTE per quarter</source>
        <translation>VZÄ je Quartal</translation>
    </message>
    <message>
        <source>Run, Grow, Transform: share of spend per year</source>
        <translation>Run, Grow, Transform: Anteil an den Ausgaben je Jahr</translation>
    </message>
    <message>
        <source>Share of the year&apos;s spend</source>
        <translation>Anteil an den Ausgaben des Jahres</translation>
    </message>
    <message>
        <source>Spend per goal</source>
        <translation>Ausgaben je Ziel</translation>
    </message>
    <message>
        <source>No goal</source>
        <translation>Kein Ziel</translation>
    </message>
    <message>
        <source>Planned spend (%1)</source>
        <translation>Geplante Ausgaben (%1)</translation>
    </message>
    <message>
        <source>Systems out of vendor support</source>
        <translation>Systeme ohne Herstellersupport</translation>
    </message>
    <message>
        <source>As things stand</source>
        <translation>Ohne den Plan</translation>
    </message>
    <message>
        <source>With the plan carried out</source>
        <translation>Mit umgesetztem Plan</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Systeme</translation>
    </message>
    <message>
        <source>Run cost of the system landscape</source>
        <translation>Betriebskosten der Systemlandschaft</translation>
    </message>
    <message>
        <source>Portfolio: value against cost (bubble size: risk 1–5)</source>
        <translation>Portfolio: Nutzen und Kosten (Blasengröße: Risiko 1–5)</translation>
    </message>
    <message>
        <source>One-off cost (%1)</source>
        <translation>Einmalkosten (%1)</translation>
    </message>
    <message>
        <source>Value score (0–100)</source>
        <translation>Nutzwert (0–100)</translation>
    </message>
    <message>
        <source>Run, Grow, Transform</source>
        <translation>Run, Grow, Transform</translation>
    </message>
    <message>
        <source>Systems out of support</source>
        <translation>Systeme ohne Support</translation>
    </message>
    <message>
        <source>Run cost</source>
        <translation>Betriebskosten</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>%1 millions</source>
        <translation>Mio. %1</translation>
    </message>
    <message>
        <source>%1 thousands</source>
        <translation>Tsd. %1</translation>
    </message>
</context>
<context>
    <name>Cairn::ChartsView</name>
    <message>
        <source>&amp;Resource for demand against capacity:</source>
        <translation>&amp;Ressource für Bedarf und Kapazität:</translation>
    </message>
    <message>
        <source>Copy Chart</source>
        <translation>Diagramm kopieren</translation>
    </message>
    <message>
        <source>Save Chart as PNG or SVG…</source>
        <translation>Diagramm als PNG oder SVG speichern…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Value %2 · cost %3 · risk %4 · confidence %5 %</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Nutzen %2 · Kosten %3 · Risiko %4 · Zuversicht %5 %</translation>
    </message>
    <message>
        <source>The plan is still being scheduled; try again in a moment.</source>
        <translation>Der Plan wird noch eingeplant; bitte gleich noch einmal versuchen.</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>Saved the chart to %1</source>
        <translation>Diagramm nach %1 gespeichert</translation>
    </message>
</context>
<context>
    <name>Cairn::Cli</name>
    <message>
        <source>Check a plan file. Exit 0: sound; 1: the plan has problems (listed); 2: not readable or not a plan.</source>
        <translation>Eine Plandatei prüfen. Rückgabe 0: in Ordnung; 1: der Plan hat Probleme (aufgelistet); 2: nicht lesbar oder kein Plan.</translation>
    </message>
    <message>
        <source>Usage: cairn COMMAND [OPTIONS] [ARGUMENTS]</source>
        <translation>Aufruf: cairn BEFEHL [OPTIONEN] [ARGUMENTE]</translation>
    </message>
    <message>
        <source>Cairn plans IT strategy roadmaps: business goals, the systems a business runs and the initiatives that change them, scheduled across quarters.</source>
        <translation>Cairn plant IT-Strategie-Roadmaps: Geschäftsziele, die Systeme eines Unternehmens und die Vorhaben, die sie verändern, über Quartale eingeplant.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Version anzeigen.</translation>
    </message>
    <message>
        <source>Run “cairn COMMAND --help” for a command&apos;s options.</source>
        <translation>„cairn BEFEHL --help“ zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>Wrong number of arguments. See “%1 --help”.</source>
        <translation>Falsche Anzahl von Argumenten. Siehe „%1 --help“.</translation>
    </message>
    <message>
        <source>Where to write the sample plan.</source>
        <translation>Wohin der Beispielplan geschrieben wird.</translation>
    </message>
    <message>
        <source>Wrote the sample plan to %1</source>
        <translation>Beispielplan geschrieben nach %1</translation>
    </message>
    <message>
        <source>The plan file to check.</source>
        <translation>Die zu prüfende Plandatei.</translation>
    </message>
    <message>
        <source>%1: “%2”, %3 to %4</source>
        <translation>%1: „%2“, %3 bis %4</translation>
    </message>
    <message>
        <source>  %1 goals, %2 systems, %3 initiatives, %4 resources, %5 milestones, %6 dependencies</source>
        <translation>  %1 Ziele, %2 Systeme, %3 Vorhaben, %4 Ressourcen, %5 Meilensteine, %6 Abhängigkeiten</translation>
    </message>
    <message>
        <source>  The file is in an older format (%1); saving it will upgrade it.</source>
        <translation>  Die Datei hat ein älteres Format (%1); beim Speichern wird sie aktualisiert.</translation>
    </message>
    <message>
        <source>error:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <source>warning:</source>
        <translation>Warnung:</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n Problem gefunden.</numerusform>
            <numerusform>%n Probleme gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan is sound.</source>
        <translation>Der Plan ist in Ordnung.</translation>
    </message>
    <message>
        <source>The plan file to schedule.</source>
        <translation>Die einzuplanende Plandatei.</translation>
    </message>
    <message>
        <source>Print the schedule as JSON.</source>
        <translation>Den Zeitplan als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Time for improving the schedule, in milliseconds (default 300; 0: the fast pass only).</source>
        <translation>Zeit zum Verbessern des Zeitplans in Millisekunden (Standard 300; 0: nur der schnelle Durchlauf).</translation>
    </message>
    <message>
        <source>value: most valuable work first (default); makespan: shortest plan.</source>
        <translation>value: wertvollste Arbeit zuerst (Standard); makespan: kürzester Plan.</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>Zufallsstartwert (Standard 1).</translation>
    </message>
    <message>
        <source>--seed needs a whole number, not “%1”.</source>
        <translation>--seed braucht eine ganze Zahl, nicht „%1“.</translation>
    </message>
    <message>
        <source>--goal is “value” or “makespan”, not “%1”.</source>
        <translation>--goal ist „value“ oder „makespan“, nicht „%1“.</translation>
    </message>
    <message>
        <source>LATE </source>
        <translation>VERSPÄTET </translation>
    </message>
    <message>
        <source>Schedule of “%1” (%2 to %3)</source>
        <translation>Zeitplan von „%1“ (%2 bis %3)</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Vorhaben</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Slack</source>
        <translation>Puffer</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>No problems: every dependency, capacity, pin and deadline holds.</source>
        <translation>Keine Probleme: alle Abhängigkeiten, Kapazitäten, Festlegungen und Fristen werden eingehalten.</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Probleme:</translation>
    </message>
    <message>
        <source>%1 schedules tried in %2 ms%3.</source>
        <translation>%1 Zeitpläne in %2 ms erprobt%3.</translation>
    </message>
    <message>
        <source>; proven optimal</source>
        <translation>; nachweislich optimal</translation>
    </message>
    <message>
        <source>Cairn&apos;s workspace needs a display, and none was found (DISPLAY and WAYLAND_DISPLAY are not set). Headless, use “cairn screenshot FILE OUT.png”, or the commands in “cairn --help”.</source>
        <translation>Die Arbeitsoberfläche von Cairn braucht einen Bildschirm, und es wurde keiner gefunden (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt). Ohne Bildschirm: „cairn screenshot DATEI AUS.png“ oder die Befehle aus „cairn --help“.</translation>
    </message>
    <message>
        <source>“%1” is neither a command nor a plan file. Run “cairn --help” for the list of commands.</source>
        <translation>„%1“ ist weder ein Befehl noch eine Plandatei. „cairn --help“ listet die Befehle.</translation>
    </message>
    <message>
        <source>The plan to show.</source>
        <translation>Der anzuzeigende Plan.</translation>
    </message>
    <message>
        <source>Where to write the image.</source>
        <translation>Wohin das Bild geschrieben wird.</translation>
    </message>
    <message>
        <source>Window size (default 1600x1000).</source>
        <translation>Fenstergröße (Standard 1600x1000).</translation>
    </message>
    <message>
        <source>--size needs WIDTHxHEIGHT, such as 1600x1000.</source>
        <translation>--size braucht BREITExHÖHE, etwa 1600x1000.</translation>
    </message>
    <message>
        <source>Unknown view “%1”; choose one of: %2.</source>
        <translation>Unbekannte Ansicht „%1“; wählen Sie eine von: %2.</translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>„%1“ kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Wrote the screenshot to %1</source>
        <translation>Bildschirmfoto geschrieben nach %1</translation>
    </message>
    <message>
        <source>The plan to export.</source>
        <translation>Der zu exportierende Plan.</translation>
    </message>
    <message>
        <source>Write the roadmap as a PNG image.</source>
        <translation>Die Roadmap als PNG-Bild schreiben.</translation>
    </message>
    <message>
        <source>Write the roadmap as an SVG drawing.</source>
        <translation>Die Roadmap als SVG-Zeichnung schreiben.</translation>
    </message>
    <message>
        <source>Write the roadmap report as a PDF.</source>
        <translation>Den Roadmap-Bericht als PDF schreiben.</translation>
    </message>
    <message>
        <source>A4, A3, Letter or Tabloid (default A4).</source>
        <translation>A4, A3, Letter oder Tabloid (Standard A4).</translation>
    </message>
    <message>
        <source>landscape or portrait (default landscape).</source>
        <translation>landscape (quer) oder portrait (hoch), Standard landscape.</translation>
    </message>
    <message>
        <source>Quarters of the timeline per page (default: fit into --pages-wide).</source>
        <translation>Quartale der Zeitleiste je Seite (Standard: auf --pages-wide verteilt).</translation>
    </message>
    <message>
        <source>Write PDF/A-1b, for archiving.</source>
        <translation>PDF/A-1b zum Archivieren schreiben.</translation>
    </message>
    <message>
        <source>Write every chart as PNG and SVG into a folder.</source>
        <translation>Jedes Diagramm als PNG und SVG in einen Ordner schreiben.</translation>
    </message>
    <message>
        <source>Image size; the quarters are fitted to the width (default: the roadmap&apos;s natural size).</source>
        <translation>Bildgröße; die Quartale werden an die Breite angepasst (Standard: die natürliche Größe der Roadmap).</translation>
    </message>
    <message>
        <source>Time for improving the schedule, in milliseconds (default 400).</source>
        <translation>Zeit zum Verbessern des Zeitplans in Millisekunden (Standard 400).</translation>
    </message>
    <message>
        <source>The date of the today marker, YYYY-MM-DD (default: today).</source>
        <translation>Datum der Heute-Markierung, JJJJ-MM-TT (Standard: heute).</translation>
    </message>
    <message>
        <source>--today needs a date such as 2027-03-31, not “%1”.</source>
        <translation>--today braucht ein Datum wie 2027-03-31, nicht „%1“.</translation>
    </message>
    <message>
        <source>--page-size is A4, A3, Letter or Tabloid, not “%1”.</source>
        <translation>--page-size ist A4, A3, Letter oder Tabloid, nicht „%1“.</translation>
    </message>
    <message>
        <source>--orientation is landscape or portrait, not “%1”.</source>
        <translation>--orientation ist landscape oder portrait, nicht „%1“.</translation>
    </message>
    <message>
        <source>--sections needs at least one section.</source>
        <translation>--sections braucht mindestens einen Abschnitt.</translation>
    </message>
    <message>
        <source>--quarters-per-page needs a number from 1 to 40, not “%1”.</source>
        <translation>--quarters-per-page braucht eine Zahl von 1 bis 40, nicht „%1“.</translation>
    </message>
    <message>
        <source>--pages-wide needs a number from 1 to 20, not “%1”.</source>
        <translation>--pages-wide braucht eine Zahl von 1 bis 20, nicht „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the roadmap report (%n page(s)) to %1</source>
        <translation>
            <numerusform>Roadmap-Bericht (%n Seite) nach %1 geschrieben</numerusform>
            <numerusform>Roadmap-Bericht (%n Seiten) nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>Der Ordner „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Wrote %1 chart files to %2</source>
        <translation>%1 Diagrammdateien nach %2 geschrieben</translation>
    </message>
    <message>
        <source>Wrote the roadmap image to %1</source>
        <translation>Roadmap-Bild nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Wrote the roadmap drawing to %1</source>
        <translation>Roadmap-Zeichnung nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Import CSV tables (as written by export --csv, or a spreadsheet&apos;s) into FILE, which is created if missing. Options: --apply-valid, --match name|id, --delimiter ,|;|tab. Exit 1 with the bad rows listed and FILE unchanged.</source>
        <translation>CSV-Tabellen (wie von export --csv geschrieben oder aus einer Tabellenkalkulation) in DATEI importieren, die bei Bedarf angelegt wird. Optionen: --apply-valid, --match name|id, --delimiter ,|;|tab. Exit 1 mit Liste der fehlerhaften Zeilen; DATEI bleibt dann unverändert.</translation>
    </message>
    <message>
        <source>The plan to import into (created if it does not exist).</source>
        <translation>Der Plan, in den importiert wird (wird angelegt, wenn er fehlt).</translation>
    </message>
    <message>
        <source>A CSV file, or a folder of them (goals.csv, initiatives.csv, ...).</source>
        <translation>Eine CSV-Datei oder ein Ordner damit (goals.csv, initiatives.csv, …).</translation>
    </message>
    <message>
        <source>Import the good rows even when some rows are bad.</source>
        <translation>Die korrekten Zeilen importieren, auch wenn manche fehlerhaft sind.</translation>
    </message>
    <message>
        <source>Update existing items with the same name (default) or the same id.</source>
        <translation>Vorhandene Einträge mit gleichem Namen (Standard) oder gleicher ID aktualisieren.</translation>
    </message>
    <message>
        <source>The field separator: , ; or tab (default: detected).</source>
        <translation>Das Trennzeichen: , ; oder tab (Standard: erkannt).</translation>
    </message>
    <message>
        <source>Usage: cairn import FILE --csv DIR_OR_FILE [--apply-valid] [--match name|id] [--delimiter D]</source>
        <translation>Aufruf: cairn import DATEI --csv ORDNER_ODER_DATEI [--apply-valid] [--match name|id] [--delimiter Z]</translation>
    </message>
    <message>
        <source>--match is name or id, not “%1”.</source>
        <translation>--match ist name oder id, nicht „%1“.</translation>
    </message>
    <message>
        <source>--delimiter is , ; or tab, not “%1”.</source>
        <translation>--delimiter ist , ; oder tab, nicht „%1“.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n bad row(s); nothing was imported and “%1” is unchanged. Fix them, or use --apply-valid to import the good rows.</source>
        <translation>
            <numerusform>%n fehlerhafte Zeile; nichts wurde importiert, „%1“ ist unverändert. Korrigieren Sie sie oder importieren Sie mit --apply-valid die korrekten Zeilen.</numerusform>
            <numerusform>%n fehlerhafte Zeilen; nichts wurde importiert, „%1“ ist unverändert. Korrigieren Sie sie oder importieren Sie mit --apply-valid die korrekten Zeilen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bad row(s) left out.</source>
        <translation>
            <numerusform>%n fehlerhafte Zeile ausgelassen.</numerusform>
            <numerusform>%n fehlerhafte Zeilen ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write one CSV per table into a folder.</source>
        <translation>Eine CSV-Datei je Tabelle in einen Ordner schreiben.</translation>
    </message>
    <message>
        <source>Write the tables as an Excel workbook.</source>
        <translation>Die Tabellen als Excel-Arbeitsmappe schreiben.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n CSV file(s) to %1</source>
        <translation>
            <numerusform>%n CSV-Datei nach %1 geschrieben</numerusform>
            <numerusform>%n CSV-Dateien nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the Excel workbook to %1</source>
        <translation>Excel-Arbeitsmappe nach %1 geschrieben</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Imported into %1: %2.</source>
        <translation>In %1 importiert: %2.</translation>
    </message>
    <message>
        <source>Write the plan as JSON (its tables, and the schedule&apos;s figures).</source>
        <translation>Den Plan als JSON schreiben (seine Tabellen und die Zahlen des Zeitplans).</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Wrote the plan as JSON to %1</source>
        <translation>Plan als JSON nach %1 geschrieben</translation>
    </message>
    <message>
        <source>What a system or an initiative reaches: for --system NAME the initiatives that touch it, the goals they serve and the systems that run on it, and with --eos QUARTER what would be late if its support ended then; for --initiative NAME what waits for it and its critical chain to a deadline. Options: --json.</source>
        <translation>Zeigt, worauf sich ein System oder ein Vorhaben auswirkt: bei --system NAME die Vorhaben, die es betreffen, die Ziele, denen sie dienen, und die Systeme, die darauf laufen, und mit --eos QUARTER, was sich verspäten würde, wenn sein Support dann endete; bei --initiative NAME, was darauf wartet, und seine kritische Kette bis zu einer Frist. Optionen: --json.</translation>
    </message>
    <message>
        <source>       cairn [FILE]   (opens the workspace)</source>
        <translation>       cairn [DATEI]   (öffnet den Arbeitsbereich)</translation>
    </message>
    <message>
        <source>Time for proving how close the schedule is to the best possible, in milliseconds (default 1000; 0: the scheduler&apos;s own bound only).</source>
        <translation>Zeit für den Nachweis, wie nah der Zeitplan am bestmöglichen liegt, in Millisekunden (Standard 1000; 0: nur die eigene Schranke der Planung).</translation>
    </message>
    <message>
        <source>Fit the timeline into N pages side by side (default: as many quarters a page as its width reads well).</source>
        <translation>Die Zeitleiste auf N Seiten nebeneinander verteilen (Standard: so viele Quartale je Seite, wie deren Breite gut lesbar fasst).</translation>
    </message>
    <message>
        <source>The organisation&apos;s logo (PNG or SVG) on the report&apos;s cover and in its footer, in place of the plan&apos;s.</source>
        <translation>Das Logo der Organisation (PNG oder SVG) auf der Titelseite und in der Fußzeile des Berichts, anstelle des Logos aus dem Plan.</translation>
    </message>
    <message>
        <source>A marking on every page of the report, such as “Confidential”, in place of the plan&apos;s (&quot;&quot; for none).</source>
        <translation>Ein Vermerk auf jeder Seite des Berichts, etwa „Vertraulich“, anstelle des Vermerks aus dem Plan (&quot;&quot; für keinen).</translation>
    </message>
    <message>
        <source>Colour bars by kind, goal, status, system, resource or tag (default kind).</source>
        <translation>Balken nach Art, Ziel, Status, System, Ressource oder Schlagwort färben (Standard: Art).</translation>
    </message>
    <message>
        <source>Swimlanes by goal, system, kind, resource, status, tag or none (default goal).</source>
        <translation>Bahnen nach Ziel, System, Art, Ressource, Status, Schlagwort oder keine (Standard: Ziel).</translation>
    </message>
    <message>
        <source>--colour-by is kind, goal, status, system, resource or tag, not “%1”.</source>
        <translation>--colour-by ist kind, goal, status, system, resource oder tag, nicht „%1“.</translation>
    </message>
    <message>
        <source>--lanes is goal, system, kind, resource, status, tag or none, not “%1”.</source>
        <translation>--lanes ist goal, system, kind, resource, status, tag oder none, nicht „%1“.</translation>
    </message>
    <message>
        <source>“%1” has no end of support to move; give a quarter, such as 2027 Q2.</source>
        <translation>„%1“ hat kein Supportende, das sich verschieben ließe; geben Sie ein Quartal an, etwa 2027 Q2.</translation>
    </message>
    <message>
        <source>--eos needs a quarter such as 2027 Q2, or a number of quarters such as -4, not “%1”.</source>
        <translation>--eos braucht ein Quartal wie 2027 Q2 oder eine Anzahl von Quartalen wie -4, nicht „%1“.</translation>
    </message>
    <message>
        <source>Scheduled %1 to %2.</source>
        <translation>Eingeplant von %1 bis %2.</translation>
    </message>
    <message>
        <source>system</source>
        <translation>System</translation>
    </message>
    <message>
        <source>initiative</source>
        <translation>Vorhaben</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>goal, initiative or system</source>
        <translation>Ziel, Vorhaben oder System</translation>
    </message>
    <message>
        <source>No %1 is named “%2”.</source>
        <translation>Kein %1 heißt „%2“.</translation>
    </message>
    <message>
        <source>“%1” matches more than one %2: %3. Give more of the name.</source>
        <translation>„%1“ passt auf mehr als ein %2: %3. Geben Sie mehr vom Namen an.</translation>
    </message>
    <message>
        <source>The plan file.</source>
        <translation>Die Plandatei.</translation>
    </message>
    <message>
        <source>The system to look at: the initiatives that touch it, the goals they serve, the systems that run on it.</source>
        <translation>Das zu betrachtende System: die Vorhaben, die es betreffen, die Ziele, denen sie dienen, die Systeme, die darauf laufen.</translation>
    </message>
    <message>
        <source>The initiative to look at: what waits for it and its critical chain to a deadline.</source>
        <translation>Das zu betrachtende Vorhaben: was darauf wartet, und seine kritische Kette bis zu einer Frist.</translation>
    </message>
    <message>
        <source>With --system: re-plan as if its support ended in QUARTER (such as 2027 Q2, or -4 for a year earlier) and list what would be late. Exit 1 when something would be late, or later against its deadline, than planned.</source>
        <translation>Mit --system: neu planen, als endete sein Support in QUARTER (etwa 2027 Q2 oder -4 für ein Jahr früher), und auflisten, was sich verspäten würde. Rückgabe 1, wenn sich etwas gegenüber dem Plan verspäten oder seine Frist weiter verfehlen würde.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Das Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Usage: cairn impact FILE --system NAME [--eos QUARTER] [--json] | --initiative NAME [--json]</source>
        <translation>Aufruf: cairn impact FILE --system NAME [--eos QUARTER] [--json] | --initiative NAME [--json]</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Korrektur: %1</translation>
    </message>
    <message>
        <source>Ignore the plan&apos;s reference schedule (the one last saved): schedule from scratch.</source>
        <translation>Den Referenzzeitplan des Plans (den zuletzt gespeicherten) nicht beachten: von Grund auf neu planen.</translation>
    </message>
    <message>
        <source>Write the presenter&apos;s slides as a 16:9 PDF, one slide a page.</source>
        <translation>Die Folien des Präsentationsmodus als PDF im Format 16:9 schreiben, eine Folie je Seite.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n slide(s) to %1</source>
        <translation>
            <numerusform>%n Folie nach %1 geschrieben</numerusform>
            <numerusform>%n Folien nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>roadmap, charts, graph, initiatives, goals, systems, resources, milestones or presentation (default roadmap).</source>
        <translation>roadmap, charts, graph, initiatives, goals, systems, resources, milestones oder presentation (Standard: roadmap).</translation>
    </message>
    <message>
        <source>Schedule the initiatives and explain each start. Options: --json, --budget-ms N, --goal value|makespan, --seed S, --scenario NAME. Exit 1 when there are problems.</source>
        <translation>Die Vorhaben einplanen und jeden Beginn erklären. Optionen: --json, --budget-ms N, --goal value|makespan, --seed S, --scenario NAME. Rückgabe 1 bei Problemen.</translation>
    </message>
    <message>
        <source>List, create, show or delete scenarios: named sets of overrides of the plan. create NAME takes --from SCENARIO, --capacity &quot;RESOURCE=-20%&quot;, --capacity &quot;RESOURCE=150000@2027 Q3&quot;, --exclude INITIATIVE, --include INITIATIVE, --pin &quot;INITIATIVE=2028 Q1&quot;, --set &quot;ITEM.FIELD=VALUE&quot; (each may repeat).</source>
        <translation>Szenarien auflisten, anlegen, anzeigen oder löschen: benannte Sätze von Anpassungen am Plan. create NAME nimmt --from SCENARIO, --capacity &quot;RESOURCE=-20%&quot;, --capacity &quot;RESOURCE=150000@2027 Q3&quot;, --exclude INITIATIVE, --include INITIATIVE, --pin &quot;INITIATIVE=2028 Q1&quot;, --set &quot;ITEM.FIELD=VALUE&quot; (jeweils wiederholbar).</translation>
    </message>
    <message>
        <source>Schedule two or three scenarios (“base” is the plan itself) and compare them: spend per year, Run/Grow/Transform, late work, deadlines met, systems out of support, and each initiative that moves, drops or becomes late. Options: --json, --budget-ms N.</source>
        <translation>Zwei oder drei Szenarien einplanen („base“ ist der Plan selbst) und vergleichen: Ausgaben je Jahr, Run/Grow/Transform, verspätete Arbeit, eingehaltene Fristen, Systeme ohne Support und jedes Vorhaben, das sich verschiebt, wegfällt oder sich verspätet. Optionen: --json, --budget-ms N.</translation>
    </message>
    <message>
        <source>Schedule this scenario&apos;s plan (“base”: the plan itself).</source>
        <translation>Den Plan dieses Szenarios einplanen („base“: der Plan selbst).</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugekommen</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <source>Spend %1</source>
        <translation>Ausgaben %1</translation>
    </message>
    <message>
        <source>Spend in all</source>
        <translation>Ausgaben insgesamt</translation>
    </message>
    <message>
        <source>Run / Grow / Transform</source>
        <translation>Run / Grow / Transform</translation>
    </message>
    <message>
        <source>Initiatives placed</source>
        <translation>Eingeplante Vorhaben</translation>
    </message>
    <message>
        <source>%1 (%2 not placed)</source>
        <translation>%1 (%2 nicht eingeplant)</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Verspätet</translation>
    </message>
    <message>
        <source>Deadlines met</source>
        <translation>Eingehaltene Fristen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Systems out of support</source>
        <translation>Systeme ohne Support</translation>
    </message>
    <message>
        <source>Last quarter of work</source>
        <translation>Letztes Arbeitsquartal</translation>
    </message>
    <message>
        <source>No initiative moves, drops, comes in or becomes late.</source>
        <translation>Kein Vorhaben verschiebt sich, fällt weg, kommt hinzu oder verspätet sich.</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <source>There is no scenario called “%1” (the base plan is “base”).</source>
        <translation>Es gibt kein Szenario namens „%1“ (der Hauptplan heißt „base“).</translation>
    </message>
    <message>
        <source>Changes since the baseline “%1” (%2)</source>
        <translation>Änderungen seit dem Basisplan „%1“ (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 moved (%2 later, %3 earlier, %n quarter(s) of slip), %4 added, %5 removed, %6 no longer placed; cost %7 → %8.</source>
        <translation>
            <numerusform>%1 verschoben (%2 später, %3 früher, %n Quartal Verzug), %4 hinzugekommen, %5 entfernt, %6 nicht mehr eingeplant; Kosten %7 → %8.</numerusform>
            <numerusform>%1 verschoben (%2 später, %3 früher, %n Quartale Verzug), %4 hinzugekommen, %5 entfernt, %6 nicht mehr eingeplant; Kosten %7 → %8.</numerusform>
        </translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>not placed now</source>
        <translation>jetzt nicht eingeplant</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Finish then</source>
        <translation>Ende damals</translation>
    </message>
    <message>
        <source>Finish now</source>
        <translation>Ende jetzt</translation>
    </message>
    <message>
        <source>Slip (quarters)</source>
        <translation>Verzug (Quartale)</translation>
    </message>
    <message>
        <source>Cost change</source>
        <translation>Kostenänderung</translation>
    </message>
    <message>
        <source>A scenario, or “base”.</source>
        <translation>Ein Szenario oder „base“.</translation>
    </message>
    <message>
        <source>Another, compared with A.</source>
        <translation>Ein weiteres, verglichen mit A.</translation>
    </message>
    <message>
        <source>Print the comparison as JSON.</source>
        <translation>Den Vergleich als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Time for improving each schedule, in milliseconds (default 300; 0: the fast pass).</source>
        <translation>Zeit zum Verbessern jedes Zeitplans in Millisekunden (Standard 300; 0: der schnelle Durchlauf).</translation>
    </message>
    <message>
        <source>list, create NAME, delete NAME or variance NAME.</source>
        <translation>list, create NAME, delete NAME oder variance NAME.</translation>
    </message>
    <message>
        <source>%1, frozen %2</source>
        <translation>%1, eingefroren am %2</translation>
    </message>
    <message>
        <source>%1, frozen %2 from the scenario “%3”</source>
        <translation>%1, eingefroren am %2 aus dem Szenario „%3“</translation>
    </message>
    <message>
        <source>“%1” has no baselines.</source>
        <translation>„%1“ hat keine Basispläne.</translation>
    </message>
    <message>
        <source>There is no baseline called “%1”.</source>
        <translation>Es gibt keinen Basisplan namens „%1“.</translation>
    </message>
    <message>
        <source>Deleted the baseline “%1”.</source>
        <translation>Basisplan „%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Froze the baseline “%1”.</source>
        <translation>Basisplan „%1“ eingefroren.</translation>
    </message>
    <message>
        <source>Comma-separated sections: cover, summary, roadmap, charts, initiatives, systems, scenarios (with --compare), baseline (with --baseline), legend (default all).</source>
        <translation>Abschnitte, durch Kommas getrennt: cover, summary, roadmap, charts, initiatives, systems, scenarios (mit --compare), baseline (mit --baseline), legend (Standard: alle).</translation>
    </message>
    <message>
        <source>Unknown section “%1”; the sections are cover, summary, roadmap, charts, initiatives, systems, scenarios, baseline and legend.</source>
        <translation>Unbekannter Abschnitt „%1“; die Abschnitte sind cover, summary, roadmap, charts, initiatives, systems, scenarios, baseline und legend.</translation>
    </message>
    <message>
        <source>Nothing in the plan is named “%1”.</source>
        <translation>Im Plan heißt nichts „%1“.</translation>
    </message>
    <message>
        <source>“%1” names more than one item (%2); give the whole name.</source>
        <translation>„%1“ bezeichnet mehr als ein Element (%2); geben Sie den vollständigen Namen an.</translation>
    </message>
    <message>
        <source>“%1” is not a quarter or a range of quarters (2027 Q3, 2027 Q3..2028 Q2, 2027 Q3..).</source>
        <translation>„%1“ ist weder ein Quartal noch ein Quartalsbereich (2027 Q3, 2027 Q3..2028 Q2, 2027 Q3..).</translation>
    </message>
    <message>
        <source>--capacity needs RESOURCE=AMOUNT or RESOURCE=±N%, optionally @QUARTER or @FROM..TO, not “%1”.</source>
        <translation>--capacity braucht RESOURCE=AMOUNT oder RESOURCE=±N%, wahlweise mit @QUARTER oder @FROM..TO, nicht „%1“.</translation>
    </message>
    <message>
        <source>--set needs ITEM.FIELD=VALUE (duration, cost, deadline, pin, end_of_support, ...), not “%1”.</source>
        <translation>--set braucht ITEM.FIELD=VALUE (duration, cost, deadline, pin, end_of_support, ...), nicht „%1“.</translation>
    </message>
    <message>
        <source>--pin needs INITIATIVE=QUARTER, not “%1”.</source>
        <translation>--pin braucht INITIATIVE=QUARTER, nicht „%1“.</translation>
    </message>
    <message>
        <source>There is no scenario called “%1”.</source>
        <translation>Es gibt kein Szenario namens „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>Created the scenario “%1” with %n override(s).</source>
        <translation>
            <numerusform>Szenario „%1“ mit %n Anpassung angelegt.</numerusform>
            <numerusform>Szenario „%1“ mit %n Anpassungen angelegt.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” has no scenarios.</source>
        <translation>„%1“ hat keine Szenarien.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n override(s))</source>
        <translation>
            <numerusform>%1 (%n Anpassung)</numerusform>
            <numerusform>%1 (%n Anpassungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no scenario called “%1”; the plan has none.</source>
        <translation>Es gibt kein Szenario namens „%1“; der Plan hat keine Szenarien.</translation>
    </message>
    <message>
        <source>There is no scenario called “%1”; there are %2.</source>
        <translation>Es gibt kein Szenario namens „%1“; vorhanden sind %2.</translation>
    </message>
    <message>
        <source>list, create NAME, delete NAME or show NAME.</source>
        <translation>list, create NAME, delete NAME oder show NAME.</translation>
    </message>
    <message>
        <source>Usage: cairn scenario FILE list | create NAME [options] | delete NAME | show NAME</source>
        <translation>Aufruf: cairn scenario FILE list | create NAME [Optionen] | delete NAME | show NAME</translation>
    </message>
    <message>
        <source>Deleted the scenario “%1”.</source>
        <translation>Szenario „%1“ gelöscht.</translation>
    </message>
    <message>
        <source>“%1” is not an action of cairn scenario: list, create, delete or show.</source>
        <translation>„%1“ ist keine Aktion von cairn scenario: list, create, delete oder show.</translation>
    </message>
    <message>
        <source>Show this scenario (“base”: the plan itself).</source>
        <translation>Dieses Szenario zeigen („base“: der Plan selbst).</translation>
    </message>
    <message>
        <source>Show this baseline as ghosts on the roadmap.</source>
        <translation>Diesen Basisplan als Schatten auf der Roadmap zeigen.</translation>
    </message>
    <message>
        <source>Upload a plan file as a shared plan on a PostgreSQL server; URI is postgresql:///DATABASE?host=…&amp;port=…&amp;user=…&amp;plan=NAME. Wherever a command takes a plan FILE (check, schedule, export, impact, import), such a URI works too.</source>
        <translation>Eine Plandatei als gemeinsamen Plan auf einen PostgreSQL-Server hochladen; URI ist postgresql:///DATABASE?host=…&amp;port=…&amp;user=…&amp;plan=NAME. Überall, wo ein Befehl eine Plandatei FILE annimmt (check, schedule, export, impact, import), funktioniert auch eine solche URI.</translation>
    </message>
    <message>
        <source>server init URI: create (or check) the plans&apos; schema on a PostgreSQL server, as its administrator. server grant URI MEMBER viewer|editor|owner: make a login role a member of the plan (its owner does this); the server enforces the roles.</source>
        <translation>server init URI: legt das Schema der Pläne auf einem PostgreSQL-Server an (oder prüft es), als dessen Administrator. server grant URI MEMBER viewer|editor|owner: macht eine Login-Rolle zum Mitglied des Plans (das tut sein Eigentümer); der Server setzt die Rollen durch.</translation>
    </message>
    <message>
        <source>The database: postgresql:///DATABASE?host=…&amp;port=…&amp;user=… (an administrator).</source>
        <translation>Die Datenbank: postgresql:///DATABASE?host=…&amp;port=…&amp;user=… (ein Administrator).</translation>
    </message>
    <message>
        <source>The plan: postgresql://…?plan=NAME.</source>
        <translation>Der Plan: postgresql://…?plan=NAME.</translation>
    </message>
    <message>
        <source>A login role of the server.</source>
        <translation>Eine Login-Rolle des Servers.</translation>
    </message>
    <message>
        <source>viewer, editor or owner.</source>
        <translation>viewer, editor oder owner.</translation>
    </message>
    <message>
        <source>The role is viewer, editor or owner, not “%1”.</source>
        <translation>Die Rolle ist viewer, editor oder owner, nicht „%1“.</translation>
    </message>
    <message>
        <source>%1 is now %2 of the plan “%3”.</source>
        <translation>%1 ist jetzt %2 des Plans „%3“.</translation>
    </message>
    <message>
        <source>Usage: cairn server init URI | cairn server grant URI MEMBER viewer|editor|owner</source>
        <translation>Aufruf: cairn server init URI | cairn server grant URI MEMBER viewer|editor|owner</translation>
    </message>
    <message>
        <source>The plan file to publish.</source>
        <translation>Die zu veröffentlichende Plandatei.</translation>
    </message>
    <message>
        <source>Where: postgresql://…?plan=NAME (a plan of that name must not exist yet).</source>
        <translation>Wohin: postgresql://…?plan=NAME (ein Plan dieses Namens darf noch nicht existieren).</translation>
    </message>
    <message>
        <source>Published %1 as the plan “%2” on %3 (revision %4); you are its owner.</source>
        <translation>%1 als Plan „%2“ auf %3 veröffentlicht (Revision %4); Sie sind sein Eigentümer.</translation>
    </message>
    <message>
        <source>Imported into %1: %2 (revision %3).</source>
        <translation>In %1 importiert: %2 (Revision %3).</translation>
    </message>
    <message>
        <source>conflict: %1</source>
        <translation>Konflikt: %1</translation>
    </message>
    <message>
        <source>Nothing was imported into %1: someone else changed what this import changes. Import again to write over their change knowingly.</source>
        <translation>Nichts wurde in %1 importiert: Jemand anderes hat geändert, was dieser Import ändert. Importieren Sie erneut, um die Änderung bewusst zu überschreiben.</translation>
    </message>
    <message>
        <source>note: their changes are kept; importing again onto them.</source>
        <translation>Hinweis: Die Änderungen der anderen bleiben erhalten; es wird erneut darauf importiert.</translation>
    </message>
    <message>
        <source>Render the main window with the plan open, offscreen, as PNG. Options: --view roadmap|charts|graph|initiatives|goals|systems|resources|milestones, --size WxH, --scenario NAME, --baseline NAME, --theme system|light|dark|projector.</source>
        <translation>Zeichnet das Hauptfenster mit geöffnetem Plan ohne Bildschirm als PNG. Optionen: --view roadmap|charts|graph|initiatives|goals|systems|resources|milestones, --size WxH, --scenario NAME, --baseline NAME, --theme system|light|dark|projector.</translation>
    </message>
    <message>
        <source>Freeze the schedule as a named, dated baseline (--scenario S: a scenario&apos;s), list or delete baselines, or show the variance since one: baseline FILE variance NAME [--scenario S].</source>
        <translation>Den Zeitplan als benannten, datierten Basisplan einfrieren (--scenario S: den eines Szenarios), Basispläne auflisten oder löschen oder die Abweichung seit einem Basisplan zeigen: baseline FILE variance NAME [--scenario S].</translation>
    </message>
    <message>
        <source>create: freeze this scenario&apos;s schedule instead of the base plan&apos;s; variance: the changes of this scenario&apos;s schedule since the baseline.</source>
        <translation>create: den Zeitplan dieses Szenarios statt des Hauptplans einfrieren; variance: die Änderungen im Zeitplan dieses Szenarios seit dem Basisplan.</translation>
    </message>
    <message>
        <source>Usage: cairn baseline FILE list | create NAME [--scenario S] | delete NAME | variance NAME [--scenario S]</source>
        <translation>Aufruf: cairn baseline FILE list | create NAME [--scenario S] | delete NAME | variance NAME [--scenario S]</translation>
    </message>
    <message>
        <source>system, light, dark or projector (default system).</source>
        <translation>system, light, dark oder projector (Standard: system).</translation>
    </message>
    <message>
        <source>Unknown theme “%1”; choose one of: %2.</source>
        <translation>Unbekanntes Design „%1“; wählen Sie eines von: %2.</translation>
    </message>
    <message>
        <source>Write the roadmap report (PDF), the roadmap as an image, the charts, or the dependency graph, with no display needed. Options: --page-size, --orientation, --sections, --quarters-per-page, --pages-wide, --pdf-a, --logo FILE, --marking TEXT, --charts DIR, --size WxH, --colour-by, --lanes, --today, --graph OUT.png|svg, --focus NAME, --depth N, --scenario NAME, --compare A,B[,C], --baseline NAME, --workshop-record OUT.pdf|md|csv, --workshop NAME.</source>
        <translation>Schreibt den Roadmap-Bericht (PDF), die Roadmap als Bild, die Diagramme oder den Abhängigkeitsgraphen, ohne Bildschirm. Optionen: --page-size, --orientation, --sections, --quarters-per-page, --pages-wide, --pdf-a, --logo FILE, --marking TEXT, --charts DIR, --size WxH, --colour-by, --lanes, --today, --graph OUT.png|svg, --focus NAME, --depth N, --scenario NAME, --compare A,B[,C], --baseline NAME, --workshop-record OUT.pdf|md|csv, --workshop NAME.</translation>
    </message>
    <message>
        <source>Usage: cairn export FILE --pdf OUT.pdf | --slides OUT.pdf | --png OUT.png | --svg OUT.svg | --charts DIR | --csv DIR | --xlsx OUT.xlsx | --json OUT.json | --graph OUT | --workshop-record OUT [options]; see “cairn export --help”.</source>
        <translation>Aufruf: cairn export FILE --pdf OUT.pdf | --slides OUT.pdf | --png OUT.png | --svg OUT.svg | --charts DIR | --csv DIR | --xlsx OUT.xlsx | --json OUT.json | --graph OUT | --workshop-record OUT [Optionen]; siehe „cairn export --help“.</translation>
    </message>
    <message>
        <source>Write a workshop&apos;s record (what changed, the decisions noted): PDF, or Markdown (.md) or CSV (.csv) by the file&apos;s suffix.</source>
        <translation>Das Protokoll eines Workshops schreiben (was sich geändert hat, die festgehaltenen Entscheidungen): als PDF oder je nach Dateiendung als Markdown (.md) oder CSV (.csv).</translation>
    </message>
    <message>
        <source>The workshop of --workshop-record, by name (default: the latest).</source>
        <translation>Der Workshop für --workshop-record, nach Name (Standard: der letzte).</translation>
    </message>
    <message>
        <source>The plan has no workshop called “%1”.</source>
        <translation>Der Plan hat keinen Workshop namens „%1“.</translation>
    </message>
    <message>
        <source>The plan has no workshop to write the record of.</source>
        <translation>Der Plan hat keinen Workshop, dessen Protokoll geschrieben werden könnte.</translation>
    </message>
    <message>
        <source>Wrote the record of the workshop “%1” to %2</source>
        <translation>Protokoll des Workshops „%1“ nach %2 geschrieben</translation>
    </message>
    <message>
        <source>Start from a copy of this scenario&apos;s overrides.</source>
        <translation>Mit einer Kopie der Anpassungen dieses Szenarios beginnen.</translation>
    </message>
    <message>
        <source>A resource&apos;s capacity: RESOURCE=-20% (all quarters), RESOURCE=150000@2027 Q3 (one quarter), RESOURCE=+10%@2027 Q3..2028 Q2 or @2027 Q3.. (a range).</source>
        <translation>Kapazität einer Ressource: RESOURCE=-20% (alle Quartale), RESOURCE=150000@2027 Q3 (ein Quartal), RESOURCE=+10%@2027 Q3..2028 Q2 oder @2027 Q3.. (ein Bereich).</translation>
    </message>
    <message>
        <source>Leave an initiative out.</source>
        <translation>Ein Vorhaben auslassen.</translation>
    </message>
    <message>
        <source>Take a dropped initiative in (as proposed).</source>
        <translation>Ein verworfenes Vorhaben aufnehmen (als vorgeschlagen).</translation>
    </message>
    <message>
        <source>Pin an initiative: INITIATIVE=2028 Q1.</source>
        <translation>Ein Vorhaben festlegen: INITIATIVE=2028 Q1.</translation>
    </message>
    <message>
        <source>Any field of any item, by the field&apos;s key: &quot;ERP.duration=4&quot;, &quot;SQL Server 2016.end_of_support=2028 Q2&quot;, &quot;ERP.cost=-10%&quot;.</source>
        <translation>Beliebiges Feld eines beliebigen Elements, über den Schlüssel des Felds: &quot;ERP.duration=4&quot;, &quot;SQL Server 2016.end_of_support=2028 Q2&quot;, &quot;ERP.cost=-10%&quot;.</translation>
    </message>
    <message>
        <source>Export this scenario&apos;s plan instead of the plan itself (“base”: the plan).</source>
        <translation>Den Plan dieses Szenarios statt des Plans selbst exportieren („base“: der Plan).</translation>
    </message>
    <message>
        <source>Add a “Scenarios compared” section to the PDF: two or three scenarios, comma separated (“base”: the plan itself).</source>
        <translation>Dem PDF einen Abschnitt „Szenarien im Vergleich“ hinzufügen: zwei oder drei Szenarien, durch Kommas getrennt („base“: der Plan selbst).</translation>
    </message>
    <message>
        <source>Add a “Changes since the baseline” section to the PDF.</source>
        <translation>Dem PDF einen Abschnitt „Änderungen seit dem Basisplan“ hinzufügen.</translation>
    </message>
    <message>
        <source>--compare compares the plan&apos;s own scenarios; give it without --scenario.</source>
        <translation>--compare vergleicht die Szenarien des Plans selbst; geben Sie es ohne --scenario an.</translation>
    </message>
    <message>
        <source>--compare needs two or three scenarios, comma separated, not “%1”.</source>
        <translation>--compare braucht zwei oder drei Szenarien, durch Kommas getrennt, nicht „%1“.</translation>
    </message>
    <message>
        <source>--%1 needs a number of milliseconds, not “%2”.</source>
        <translation>--%1 braucht eine Zahl von Millisekunden, nicht „%2“.</translation>
    </message>
    <message>
        <source>--%1 names the plan “%2” itself: the export would replace it. Choose another file.</source>
        <translation>--%1 nennt den Plan „%2“ selbst: Der Export würde ihn ersetzen. Wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>“%1” and “%2” change the same thing; give one.</source>
        <translation>„%1“ und „%2“ ändern dasselbe; geben Sie eines an.</translation>
    </message>
    <message>
        <source>Write the bundled sample plan to OUT.cairn (a new file, unless --replace).</source>
        <translation>Den mitgelieferten Beispielplan nach OUT.cairn schreiben (eine neue Datei, außer mit --replace).</translation>
    </message>
    <message>
        <source>Write over OUT.cairn when it exists (the plan in it is lost).</source>
        <translation>OUT.cairn überschreiben, wenn es existiert (der Plan darin geht verloren).</translation>
    </message>
    <message>
        <source>%1 exists already: the sample would replace it. Choose a new file, or add --replace.</source>
        <translation>%1 existiert bereits: Das Beispiel würde es ersetzen. Wählen Sie eine neue Datei oder geben Sie --replace an.</translation>
    </message>
</context>
<context>
    <name>Cairn::Cli::GraphExportOptions</name>
    <message>
        <source>Write the dependency graph as PNG or SVG (by the file&apos;s suffix).</source>
        <translation>Den Abhängigkeitsgraphen als PNG oder SVG schreiben (je nach Dateiendung).</translation>
    </message>
    <message>
        <source>With --graph: only the goal, initiative or system of this name and its neighbours.</source>
        <translation>Mit --graph: nur das Ziel, Vorhaben oder System dieses Namens und seine Nachbarn.</translation>
    </message>
    <message>
        <source>With --focus: how many links away from it to show (default 2).</source>
        <translation>Mit --focus: wie viele Verknüpfungen weit von ihm aus gezeigt wird (Standard 2).</translation>
    </message>
    <message>
        <source>--depth needs a number from 0 to 20, not “%1”.</source>
        <translation>--depth braucht eine Zahl von 0 bis 20, nicht „%1“.</translation>
    </message>
    <message>
        <source>--focus and --depth go with --graph OUT.</source>
        <translation>--focus und --depth gehören zu --graph OUT.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the dependency graph (%n item(s)) to %1</source>
        <translation>
            <numerusform>Abhängigkeitsgraph (%n Element) nach %1 geschrieben</numerusform>
            <numerusform>Abhängigkeitsgraph (%n Elemente) nach %1 geschrieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cairn::Compare</name>
    <message>
        <source>left out</source>
        <translation>ausgelassen</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugekommen</translation>
    </message>
    <message numerus="yes">
        <source>%n quarter(s) later</source>
        <translation>
            <numerusform>%n Quartal später</numerusform>
            <numerusform>%n Quartale später</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarter(s) earlier</source>
        <translation>
            <numerusform>%n Quartal früher</numerusform>
            <numerusform>%n Quartale früher</numerusform>
        </translation>
    </message>
    <message>
        <source>moved</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <source>now late</source>
        <translation>jetzt verspätet</translation>
    </message>
    <message>
        <source>cost differs</source>
        <translation>Kosten abweichend</translation>
    </message>
    <message>
        <source>not placed</source>
        <translation>nicht eingeplant</translation>
    </message>
    <message>
        <source>%1 (late)</source>
        <translation>%1 (verspätet)</translation>
    </message>
    <message>
        <source>as planned</source>
        <translation>wie geplant</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>not placed now</source>
        <translation>jetzt nicht eingeplant</translation>
    </message>
    <message numerus="yes">
        <source>%1 moved (%2 later, %3 earlier; %n quarter(s) of slip in all), %4 added, %5 removed, %6 no longer placed. Cost: %7 then, %8 now.</source>
        <translation>
            <numerusform>%1 verschoben (%2 später, %3 früher; insgesamt %n Quartal Verzug), %4 hinzugekommen, %5 entfernt, %6 nicht mehr eingeplant. Kosten: damals %7, jetzt %8.</numerusform>
            <numerusform>%1 verschoben (%2 später, %3 früher; insgesamt %n Quartale Verzug), %4 hinzugekommen, %5 entfernt, %6 nicht mehr eingeplant. Kosten: damals %7, jetzt %8.</numerusform>
        </translation>
    </message>
    <message>
        <source>Spend %1</source>
        <translation>Ausgaben %1</translation>
    </message>
    <message>
        <source>Spend in all</source>
        <translation>Ausgaben insgesamt</translation>
    </message>
    <message>
        <source>Run / Grow / Transform</source>
        <translation>Run / Grow / Transform</translation>
    </message>
    <message>
        <source>Initiatives placed</source>
        <translation>Eingeplante Vorhaben</translation>
    </message>
    <message>
        <source>%1 (%2 not placed)</source>
        <translation>%1 (%2 nicht eingeplant)</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Verspätet</translation>
    </message>
    <message>
        <source>Deadlines met</source>
        <translation>Eingehaltene Fristen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Systems out of support</source>
        <translation>Systeme ohne Support</translation>
    </message>
    <message>
        <source>Last quarter of work</source>
        <translation>Letztes Arbeitsquartal</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Vorhaben</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Basisplan</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Slip (quarters)</source>
        <translation>Verzug (Quartale)</translation>
    </message>
    <message>
        <source>Cost change</source>
        <translation>Kostenänderung</translation>
    </message>
</context>
<context>
    <name>Cairn::CompareDialog</name>
    <message>
        <source>Show the second as ghosts on the roadmap</source>
        <translation>Das zweite als Schatten auf der Roadmap zeigen</translation>
    </message>
    <message>
        <source>Compare Scenarios</source>
        <translation>Szenarien vergleichen</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>with</source>
        <translation>mit</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(nichts)</translation>
    </message>
    <message>
        <source>Scheduling each scenario…</source>
        <translation>Jedes Szenario wird eingeplant…</translation>
    </message>
    <message numerus="yes">
        <source>%n initiative(s) differ. Each scenario is scheduled on its own with the same scheduler.</source>
        <translation>
            <numerusform>%n Vorhaben unterscheidet sich. Jedes Szenario wird für sich mit derselben Planung eingeplant.</numerusform>
            <numerusform>%n Vorhaben unterscheiden sich. Jedes Szenario wird für sich mit derselben Planung eingeplant.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dashed: %1 · bars: %2</source>
        <translation>Gestrichelt: %1 · Balken: %2</translation>
    </message>
</context>
<context>
    <name>Cairn::ConflictsModel</name>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Geändert von</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Deren Wert</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihr Wert</translation>
    </message>
</context>
<context>
    <name>Cairn::ConflictsPanel</name>
    <message>
        <source>Keep Mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <source>Take Theirs</source>
        <translation>Deren übernehmen</translation>
    </message>
    <message>
        <source>Write your change over theirs (one step you can undo)</source>
        <translation>Deren Änderung mit Ihrer überschreiben (ein Schritt, den Sie rückgängig machen können)</translation>
    </message>
    <message>
        <source>Take their change instead of yours (one step you can undo)</source>
        <translation>Deren Änderung statt Ihrer übernehmen (ein Schritt, den Sie rückgängig machen können)</translation>
    </message>
</context>
<context>
    <name>Cairn::Desktop</name>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
</context>
<context>
    <name>Cairn::Document</name>
    <message>
        <source>“%1” is open in Cairn by %2 on %3 (since %4). It is open read-only; use Save As to keep your own copy.</source>
        <translation>„%1“ ist in Cairn bei %2 auf %3 geöffnet (seit %4). Die Datei ist schreibgeschützt geöffnet; mit „Speichern unter“ behalten Sie eine eigene Kopie.</translation>
    </message>
    <message>
        <source>“%1” is locked by another program. It is open read-only.</source>
        <translation>„%1“ ist von einem anderen Programm gesperrt. Die Datei ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>“%1” is in an older file format; it will be upgraded when you save it.</source>
        <translation>„%1“ hat ein älteres Dateiformat; es wird beim Speichern aktualisiert.</translation>
    </message>
    <message>
        <source>Untitled plan</source>
        <translation>Unbenannter Plan</translation>
    </message>
    <message>
        <source>This plan is open read-only: %1</source>
        <translation>Dieser Plan ist schreibgeschützt geöffnet: %1</translation>
    </message>
    <message>
        <source>The plan has no file yet; use Save As.</source>
        <translation>Der Plan hat noch keine Datei; verwenden Sie „Speichern unter“.</translation>
    </message>
    <message>
        <source>“%1” is open in Cairn by %2; choose another name.</source>
        <translation>„%1“ ist in Cairn bei %2 geöffnet; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>You cannot save in the folder of “%1” (%2). It is open read-only; use Save As to keep a copy.</source>
        <translation>Im Ordner von „%1“ können Sie nicht speichern (%2). Die Datei ist schreibgeschützt geöffnet; mit „Speichern unter“ behalten Sie eine Kopie.</translation>
    </message>
    <message>
        <source>You cannot save “%1”: %2. It is open read-only; use Save As to keep a copy.</source>
        <translation>Sie können „%1“ nicht speichern: %2. Die Datei ist schreibgeschützt geöffnet; mit „Speichern unter“ behalten Sie eine Kopie.</translation>
    </message>
    <message>
        <source>Use Save As to keep your version under another name.</source>
        <translation>Mit „Speichern unter“ behalten Sie Ihre Fassung unter einem anderen Namen.</translation>
    </message>
</context>
<context>
    <name>Cairn::Domain</name>
    <message>
        <source>Run</source>
        <translation>Betrieb</translation>
    </message>
    <message>
        <source>Grow</source>
        <translation>Wachsen</translation>
    </message>
    <message>
        <source>Transform</source>
        <translation>Transformieren</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Phase-in</source>
        <translation>Einführung</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Phase-out</source>
        <translation>Auslauf</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Abgeschaltet</translation>
    </message>
    <message>
        <source>Tolerate</source>
        <translation>Tolerieren</translation>
    </message>
    <message>
        <source>Invest</source>
        <translation>Investieren</translation>
    </message>
    <message>
        <source>Migrate</source>
        <translation>Migrieren</translation>
    </message>
    <message>
        <source>Eliminate</source>
        <translation>Eliminieren</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>External partner</source>
        <translation>Externer Partner</translation>
    </message>
    <message>
        <source>Upgrades</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <source>Retires</source>
        <translation>Schaltet ab</translation>
    </message>
    <message>
        <source>Introduces</source>
        <translation>Führt ein</translation>
    </message>
    <message>
        <source>Finish to start</source>
        <translation>Ende–Anfang</translation>
    </message>
    <message>
        <source>Start to start</source>
        <translation>Anfang–Anfang</translation>
    </message>
    <message>
        <source>Re-plan calmly after each change</source>
        <translation>Nach jeder Änderung ruhig neu planen</translation>
    </message>
    <message>
        <source>Keep the schedule</source>
        <translation>Zeitplan beibehalten</translation>
    </message>
    <message>
        <source>Plan settings</source>
        <translation>Planeinstellungen</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Vorhaben</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>Set to</source>
        <translation>Setzen auf</translation>
    </message>
    <message>
        <source>Change by %</source>
        <translation>Ändern um %</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Auslassen</translation>
    </message>
    <message>
        <source>Take in</source>
        <translation>Aufnehmen</translation>
    </message>
    <message>
        <source>At the start</source>
        <translation>Zu Beginn</translation>
    </message>
    <message>
        <source>At the end</source>
        <translation>Am Ende</translation>
    </message>
    <message>
        <source>Hidden until revealed</source>
        <translation>Verborgen bis zur Aufdeckung</translation>
    </message>
    <message>
        <source>Revealed</source>
        <translation>Aufgedeckt</translation>
    </message>
</context>
<context>
    <name>Cairn::Edit</name>
    <message>
        <source>Add “%1”</source>
        <translation>„%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>„%1“ löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n items</source>
        <translation>
            <numerusform>%n Element löschen</numerusform>
            <numerusform>%n Elemente löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlink goal</source>
        <translation>Zielverknüpfung lösen</translation>
    </message>
    <message>
        <source>Link goal</source>
        <translation>Ziel verknüpfen</translation>
    </message>
    <message>
        <source>Unlink system</source>
        <translation>Systemverknüpfung lösen</translation>
    </message>
    <message>
        <source>Link system</source>
        <translation>System verknüpfen</translation>
    </message>
    <message>
        <source>Remove dependency</source>
        <translation>Abhängigkeit entfernen</translation>
    </message>
    <message>
        <source>Set dependency</source>
        <translation>Abhängigkeit setzen</translation>
    </message>
    <message>
        <source>Change plan settings</source>
        <translation>Planeinstellungen ändern</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <source>That item no longer exists.</source>
        <translation>Dieses Element gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>“%1” cannot be its own parent goal.</source>
        <translation>„%1“ kann nicht sein eigenes übergeordnetes Ziel sein.</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n item(s)</source>
        <translation>
            <numerusform>%n Element duplizieren</numerusform>
            <numerusform>%n Elemente duplizieren</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>The dependency refers to an initiative that does not exist.</source>
        <translation>Die Abhängigkeit verweist auf ein Vorhaben, das es nicht gibt.</translation>
    </message>
    <message>
        <source>An initiative cannot depend on itself.</source>
        <translation>Ein Vorhaben kann nicht von sich selbst abhängen.</translation>
    </message>
    <message>
        <source>This dependency would close a cycle: %1. Nothing was changed.</source>
        <translation>Diese Abhängigkeit würde einen Zyklus schließen: %1. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The scenario %1 is shown: an import changes the base plan, not a scenario. Show the base plan to import.</source>
        <translation>Das Szenario %1 wird angezeigt: Ein Import ändert den Hauptplan, kein Szenario. Zeigen Sie zum Importieren den Hauptplan an.</translation>
    </message>
    <message>
        <source>The scenario %1 is shown: it can change items, not add, delete or link them. Show the base plan to do that.</source>
        <translation>Das Szenario %1 wird angezeigt: Darin lassen sich Elemente ändern, aber nicht hinzufügen, löschen oder verknüpfen. Zeigen Sie dafür den Hauptplan an.</translation>
    </message>
    <message>
        <source>Change %1 in the scenario %2</source>
        <translation>%1 im Szenario %2 ändern</translation>
    </message>
    <message>
        <source>Links belong to the base plan; show it to change them.</source>
        <translation>Verknüpfungen gehören zum Hauptplan; zeigen Sie ihn an, um sie zu ändern.</translation>
    </message>
    <message>
        <source>Change the settings in the scenario %1</source>
        <translation>Die Einstellungen im Szenario %1 ändern</translation>
    </message>
    <message>
        <source>Duplicate scenario %1</source>
        <translation>Szenario %1 duplizieren</translation>
    </message>
    <message>
        <source>New scenario %1</source>
        <translation>Neues Szenario %1</translation>
    </message>
    <message>
        <source>Rename scenario to %1</source>
        <translation>Szenario in %1 umbenennen</translation>
    </message>
    <message>
        <source>Delete scenario %1</source>
        <translation>Szenario %1 löschen</translation>
    </message>
    <message>
        <source>Adopt scenario %1 into the base plan</source>
        <translation>Szenario %1 in den Hauptplan übernehmen</translation>
    </message>
    <message>
        <source>That scenario no longer exists.</source>
        <translation>Dieses Szenario gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Change %1 in scenario %2</source>
        <translation>%1 in Szenario %2 ändern</translation>
    </message>
    <message>
        <source>Freeze baseline %1</source>
        <translation>Basisplan %1 einfrieren</translation>
    </message>
    <message>
        <source>Delete baseline %1</source>
        <translation>Basisplan %1 löschen</translation>
    </message>
    <message>
        <source>the link from %1 to %2</source>
        <translation>die Verknüpfung von %1 nach %2</translation>
    </message>
    <message>
        <source>the plan&apos;s settings: %1</source>
        <translation>die Einstellungen des Plans: %1</translation>
    </message>
    <message>
        <source>%1 (changed since: undo removes it)</source>
        <translation>%1 (seitdem geändert: Rückgängig entfernt es)</translation>
    </message>
    <message>
        <source>This would close a circle: %1. Nothing was changed.</source>
        <translation>Dies würde einen Kreis schließen: %1. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>Cairn::Field</name>
    <message>
        <source>Plan settings</source>
        <translation>Planeinstellungen</translation>
    </message>
    <message>
        <source>Plan name</source>
        <translation>Name des Plans</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Fiscal year starts in month</source>
        <translation>Geschäftsjahr beginnt im Monat</translation>
    </message>
    <message>
        <source>First quarter</source>
        <translation>Erstes Quartal</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horizont</translation>
    </message>
    <message>
        <source> quarters</source>
        <translation> Quartale</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielquartal</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Teil von</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Systeme</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>Kritikalität</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Run cost / year</source>
        <translation>Betriebskosten / Jahr</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Lebenszyklus</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>TIME</translation>
    </message>
    <message>
        <source>End of support</source>
        <translation>Supportende</translation>
    </message>
    <message>
        <source>Runs on</source>
        <translation>Läuft auf</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Capacity / quarter</source>
        <translation>Kapazität / Quartal</translation>
    </message>
    <message>
        <source>Capacity per quarter</source>
        <translation>Kapazität je Quartal</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Vorhaben</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Vorhaben</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>Quartale</translation>
    </message>
    <message>
        <source> q</source>
        <translation> Q</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Demand per quarter</source>
        <translation>Bedarf je Quartal</translation>
    </message>
    <message>
        <source>Earliest start</source>
        <translation>Frühester Beginn</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Pinned to</source>
        <translation>Festgelegt auf</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Confidence %</source>
        <translation>Sicherheit %</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Goal contributions</source>
        <translation>Beiträge zu Zielen</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <source>System impacts</source>
        <translation>Auswirkungen auf Systeme</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation>Abhängigkeiten</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Hängt ab von</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Versatz</translation>
    </message>
    <message>
        <source>“%1” is not an amount of money.</source>
        <translation>„%1“ ist kein Geldbetrag.</translation>
    </message>
    <message>
        <source>“%1” is not a number of FTE.</source>
        <translation>„%1“ ist keine Zahl von VZÄ.</translation>
    </message>
    <message>
        <source>there is nothing called “%1” to refer to.</source>
        <translation>es gibt nichts namens „%1“, auf das verwiesen werden könnte.</translation>
    </message>
    <message>
        <source>more than one item is called “%1”.</source>
        <translation>mehr als ein Eintrag heißt „%1“.</translation>
    </message>
    <message>
        <source>empty; it is needed.</source>
        <translation>leer; der Wert wird gebraucht.</translation>
    </message>
    <message>
        <source>“%1” is not a quarter (write 2027 Q3, Q3 2027, 2027-Q3 or a date such as 2027-08-15).</source>
        <translation>„%1“ ist kein Quartal (schreiben Sie 2027 Q3, Q3 2027, 2027-Q3 oder ein Datum wie 2027-08-15).</translation>
    </message>
    <message>
        <source>“%1” is not one of %2.</source>
        <translation>„%1“ ist keiner der Werte %2.</translation>
    </message>
    <message>
        <source>“%1” is not a currency code such as EUR.</source>
        <translation>„%1“ ist kein Währungscode wie EUR.</translation>
    </message>
    <message>
        <source>this column cannot be read.</source>
        <translation>diese Spalte kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number from %2 to %3.</source>
        <translation>„%1“ ist keine ganze Zahl von %2 bis %3.</translation>
    </message>
    <message>
        <source>%1 is not from %2 to %3.</source>
        <translation>%1 liegt nicht zwischen %2 und %3.</translation>
    </message>
    <message>
        <source>%1 is less than 0.</source>
        <translation>%1 ist kleiner als 0.</translation>
    </message>
    <message>
        <source>%1 is more than Cairn can add up.</source>
        <translation>%1 ist mehr, als Cairn zusammenrechnen kann.</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Marking on every page</source>
        <translation>Vermerk auf jeder Seite</translation>
    </message>
    <message>
        <source>it is not a PNG or SVG picture (written as a data: URL).</source>
        <translation>es ist kein PNG- oder SVG-Bild (als data:-URL angegeben).</translation>
    </message>
    <message>
        <source>the picture is larger than 1 MB; a logo needs far less.</source>
        <translation>das Bild ist größer als 1 MB; ein Logo braucht weit weniger.</translation>
    </message>
    <message>
        <source>it is not a PNG or SVG picture.</source>
        <translation>es ist kein PNG- oder SVG-Bild.</translation>
    </message>
    <message>
        <source>PNG picture, %1</source>
        <translation>PNG-Bild, %1</translation>
    </message>
    <message>
        <source>SVG picture, %1</source>
        <translation>SVG-Bild, %1</translation>
    </message>
    <message>
        <source>After a change</source>
        <translation>Nach einer Änderung</translation>
    </message>
    <message>
        <source>Reference schedule</source>
        <translation>Referenzzeitplan</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Szenarien</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Scenario overrides</source>
        <translation>Szenario-Anpassungen</translation>
    </message>
    <message>
        <source>Kind of item</source>
        <translation>Elementart</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Baselines</source>
        <translation>Basispläne</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Basisplan</translation>
    </message>
    <message>
        <source>Frozen on</source>
        <translation>Eingefroren am</translation>
    </message>
    <message>
        <source>Baseline schedule</source>
        <translation>Zeitplan des Basisplans</translation>
    </message>
    <message>
        <source>Initiative id</source>
        <translation>Vorhaben-ID</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Dots per participant</source>
        <translation>Punkte je Teilnehmer</translation>
    </message>
    <message>
        <source>Vote totals</source>
        <translation>Stimmensummen</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Workshop initiatives</source>
        <translation>Workshop-Vorhaben</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>Festgehalten</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Efforts set by hand</source>
        <translation>Von Hand gesetzte Aufwände</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <source>%1 characters long; one line holds at most %2.</source>
        <translation>%1 Zeichen lang; eine Zeile fasst höchstens %2.</translation>
    </message>
</context>
<context>
    <name>Cairn::Graph</name>
    <message>
        <source>late</source>
        <translation>verspätet</translation>
    </message>
    <message>
        <source>%1 supports %2 (contribution %3 of 5)</source>
        <translation>%1 unterstützt %2 (Beitrag %3 von 5)</translation>
    </message>
    <message>
        <source>%1 is part of %2</source>
        <translation>%1 ist Teil von %2</translation>
    </message>
    <message>
        <source>%2 starts after %1 starts</source>
        <translation>%2 beginnt nach dem Beginn von %1</translation>
    </message>
    <message>
        <source>%2 starts after %1 finishes</source>
        <translation>%2 beginnt nach dem Ende von %1</translation>
    </message>
    <message numerus="yes">
        <source>%1, with a lag of %n quarter(s)</source>
        <translation>
            <numerusform>%1, mit einem Versatz von %n Quartal</numerusform>
            <numerusform>%1, mit einem Versatz von %n Quartalen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 upgrades %2</source>
        <translation>%1 aktualisiert %2</translation>
    </message>
    <message>
        <source>%1 replaces %2</source>
        <translation>%1 ersetzt %2</translation>
    </message>
    <message>
        <source>%1 retires %2</source>
        <translation>%1 schaltet %2 ab</translation>
    </message>
    <message>
        <source>%1 introduces %2</source>
        <translation>%1 führt %2 ein</translation>
    </message>
    <message>
        <source>%1 runs on %2</source>
        <translation>%1 läuft auf %2</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>support ends %1</source>
        <translation>Supportende %1</translation>
    </message>
    <message>
        <source>support ended %1</source>
        <translation>Support endete %1</translation>
    </message>
    <message>
        <source>%1%2 q</source>
        <translation>%1%2 Q</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <source>scheduling…</source>
        <translation>wird eingeplant…</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>nicht eingeplant</translation>
    </message>
    <message>
        <source>Dependency graph</source>
        <translation>Abhängigkeitsgraph</translation>
    </message>
    <message>
        <source>%1: dependency graph</source>
        <translation>%1: Abhängigkeitsgraph</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>Nichts anzuzeigen.</translation>
    </message>
    <message numerus="yes">
        <source>Around “%1”, %n link(s) deep</source>
        <translation>
            <numerusform>Um „%1“ herum, bis %n Verknüpfung weit</numerusform>
            <numerusform>Um „%1“ herum, bis %n Verknüpfungen weit</numerusform>
        </translation>
    </message>
    <message>
        <source>Goals, initiatives and systems</source>
        <translation>Ziele, Vorhaben und Systeme</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>für %1</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>auf %1</translation>
    </message>
    <message>
        <source>kinds: %1</source>
        <translation>Arten: %1</translation>
    </message>
    <message>
        <source>tagged %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
    <message>
        <source>done and dropped left out</source>
        <translation>ohne erledigte und verworfene</translation>
    </message>
    <message>
        <source>The graph could not be laid out: %1</source>
        <translation>Der Graph konnte nicht angeordnet werden: %1</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Initiative, in its main goal&apos;s colour</source>
        <translation>Vorhaben, in der Farbe seines Hauptziels</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Verspätet</translation>
    </message>
    <message>
        <source>Support ends within the plan</source>
        <translation>Supportende innerhalb des Plans</translation>
    </message>
    <message>
        <source>Supports (thicker: stronger)</source>
        <translation>Unterstützt (dicker: stärker)</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Teil von</translation>
    </message>
    <message>
        <source>Finish to start</source>
        <translation>Ende–Anfang</translation>
    </message>
    <message>
        <source>Start to start</source>
        <translation>Anfang–Anfang</translation>
    </message>
    <message>
        <source>Upgrades</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <source>Retires</source>
        <translation>Schaltet ab</translation>
    </message>
    <message>
        <source>Introduces</source>
        <translation>Führt ein</translation>
    </message>
    <message>
        <source>Runs on</source>
        <translation>Läuft auf</translation>
    </message>
</context>
<context>
    <name>Cairn::GraphPage</name>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>S&amp;ystem:</source>
        <translation>S&amp;ystem:</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>Schlag&amp;wort:</translation>
    </message>
    <message>
        <source>Show %1 initiatives</source>
        <translation>Vorhaben der Art „%1“ anzeigen</translation>
    </message>
    <message>
        <source>Done and dropped</source>
        <translation>Erledigte und verworfene</translation>
    </message>
    <message>
        <source>Show initiatives that are done or dropped</source>
        <translation>Erledigte und verworfene Vorhaben anzeigen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>&amp;Colour by:</source>
        <translation>&amp;Farbe nach:</translation>
    </message>
    <message>
        <source>Name of an item</source>
        <translation>Name eines Elements</translation>
    </message>
    <message>
        <source>Type a goal, initiative or system and press Enter: the graph focuses on it (any part of the name will do)</source>
        <translation>Ziel, Vorhaben oder System eingeben und Eingabetaste drücken: Der Graph fokussiert darauf (ein Teil des Namens genügt)</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Fokus</translation>
    </message>
    <message>
        <source>Show only the selected item and its neighbours (double-click an item to focus on it)</source>
        <translation>Nur das ausgewählte Element und seine Nachbarn zeigen (Doppelklick auf ein Element fokussiert es)</translation>
    </message>
    <message>
        <source>How many links away from the focused item to show</source>
        <translation>Wie viele Verknüpfungen weit vom fokussierten Element aus gezeigt wird</translation>
    </message>
    <message>
        <source>&amp;Depth:</source>
        <translation>&amp;Tiefe:</translation>
    </message>
    <message>
        <source>Lay Out Everything</source>
        <translation>Alles anordnen</translation>
    </message>
    <message>
        <source>Lay out every item of this large plan (in the background; it may take a minute)</source>
        <translation>Alle Elemente dieses großen Plans anordnen (im Hintergrund; das kann eine Minute dauern)</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Verkleinern (−)</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Vergrößern (+)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit the graph to the window (0)</source>
        <translation>Den Graphen ins Fenster einpassen (0)</translation>
    </message>
    <message>
        <source>Export Image…</source>
        <translation>Bild exportieren…</translation>
    </message>
    <message>
        <source>Save the graph as shown (whole or focused) as PNG or SVG</source>
        <translation>Den Graphen wie angezeigt (ganz oder fokussiert) als PNG oder SVG speichern</translation>
    </message>
    <message>
        <source>All goals</source>
        <translation>Alle Ziele</translation>
    </message>
    <message>
        <source>All systems</source>
        <translation>Alle Systeme</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message numerus="yes">
        <source>%n items have “%1” in their name: choose one from the list.</source>
        <translation>
            <numerusform>%n Element hat „%1“ im Namen: Wählen Sie es aus der Liste.</numerusform>
            <numerusform>%n Elemente haben „%1“ im Namen: Wählen Sie eines aus der Liste.</numerusform>
        </translation>
    </message>
    <message>
        <source>No goal, initiative or system has “%1” in its name.</source>
        <translation>Kein Ziel, Vorhaben oder System hat „%1“ im Namen.</translation>
    </message>
    <message>
        <source>The graph is still being laid out; try again in a moment.</source>
        <translation>Der Graph wird noch angeordnet; bitte gleich noch einmal versuchen.</translation>
    </message>
    <message>
        <source>Dependency graph</source>
        <translation>Abhängigkeitsgraph</translation>
    </message>
    <message>
        <source>%1 graph</source>
        <translation>%1 Graph</translation>
    </message>
    <message>
        <source>Export Graph Image</source>
        <translation>Graph-Bild exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>Exported the graph to %1</source>
        <translation>Graph nach %1 exportiert</translation>
    </message>
</context>
<context>
    <name>Cairn::GraphView</name>
    <message numerus="yes">
        <source>%n item(s): too many to read at once. Focus on one, or filter.</source>
        <translation>
            <numerusform>%n Element: zu viele, um sie auf einmal zu lesen. Fokussieren Sie eines oder filtern Sie.</numerusform>
            <numerusform>%n Elemente: zu viele, um sie auf einmal zu lesen. Fokussieren Sie eines oder filtern Sie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Laying out %n item(s)…</source>
        <translation>
            <numerusform>%n Element wird angeordnet…</numerusform>
            <numerusform>%n Elemente werden angeordnet…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), %1 links; laid out in %2 ms</source>
        <translation>
            <numerusform>%n Element, %1 Verknüpfungen; in %2 ms angeordnet</numerusform>
            <numerusform>%n Elemente, %1 Verknüpfungen; in %2 ms angeordnet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n goals, initiatives and systems are too many to read at once.
Find one by name (or select it in another view) and focus on it, or filter by goal, system, tag or kind.
(Laying everything out may take a minute.)</source>
        <translation>
            <numerusform>%n Ziele, Vorhaben und Systeme sind zu viele, um sie auf einmal zu lesen.
Suchen Sie eines nach seinem Namen (oder wählen Sie es in einer anderen Ansicht aus) und fokussieren Sie es, oder filtern Sie nach Ziel, System, Schlagwort oder Art.
(Alles anzuordnen kann eine Minute dauern.)</numerusform>
            <numerusform>%n Ziele, Vorhaben und Systeme sind zu viele, um sie auf einmal zu lesen.
Suchen Sie eines nach seinem Namen (oder wählen Sie es in einer anderen Ansicht aus) und fokussieren Sie es, oder filtern Sie nach Ziel, System, Schlagwort oder Art.
(Alles anzuordnen kann eine Minute dauern.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Laying out the graph…</source>
        <translation>Graph wird angeordnet…</translation>
    </message>
    <message>
        <source>The focused item is hidden by the filters.</source>
        <translation>Das fokussierte Element ist durch die Filter ausgeblendet.</translation>
    </message>
    <message>
        <source>Nothing to show: no goal, initiative or system passes the filters.</source>
        <translation>Nichts anzuzeigen: Kein Ziel, Vorhaben oder System entspricht den Filtern.</translation>
    </message>
    <message>
        <source>Laying out…</source>
        <translation>Wird angeordnet…</translation>
    </message>
</context>
<context>
    <name>Cairn::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Cairn</source>
        <translation>&amp;Über Cairn</translation>
    </message>
    <message>
        <source>About Cairn</source>
        <translation>Über Cairn</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cairn %1&lt;/b&gt;&lt;p&gt;IT strategy roadmaps: goals, systems and initiatives scheduled across quarters within budget and capacity, meeting end-of-support deadlines.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Cairn %1&lt;/b&gt;&lt;p&gt;IT-Strategie-Roadmaps: Ziele, Systeme und Vorhaben, eingeplant über Quartale im Rahmen von Budget und Kapazität, unter Einhaltung der Supportenden.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Cairn::HelpWindow</name>
    <message>
        <source>Cairn User Guide</source>
        <translation>Cairn-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Handbuch durchsuchen</translation>
    </message>
    <message>
        <source>No page mentions %1.</source>
        <translation>Keine Seite erwähnt %1.</translation>
    </message>
</context>
<context>
    <name>Cairn::HistoryView</name>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;geöffnet&gt;</translation>
    </message>
</context>
<context>
    <name>Cairn::Impact</name>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>Impact of the system %1</source>
        <translation>Auswirkungen des Systems %1</translation>
    </message>
    <message>
        <source>End of support: %1.</source>
        <translation>Supportende: %1.</translation>
    </message>
    <message>
        <source>No end of support set.</source>
        <translation>Kein Supportende festgelegt.</translation>
    </message>
    <message>
        <source>Initiatives that touch it</source>
        <translation>Vorhaben, die es betreffen</translation>
    </message>
    <message>
        <source>%1 %2 it.</source>
        <translation>Wird durch %1 %2.</translation>
    </message>
    <message>
        <source>Goals they serve</source>
        <translation>Ziele, denen sie dienen</translation>
    </message>
    <message>
        <source>%1 (contribution %2 of 5), through %3.</source>
        <translation>%1 (Beitrag %2 von 5), über %3.</translation>
    </message>
    <message>
        <source>Systems that run on it</source>
        <translation>Systeme, die darauf laufen</translation>
    </message>
    <message>
        <source>%1 runs on it.</source>
        <translation>%1 läuft darauf.</translation>
    </message>
    <message>
        <source>%1 runs on %2.</source>
        <translation>%1 läuft auf %2.</translation>
    </message>
    <message>
        <source>Initiatives on those systems</source>
        <translation>Vorhaben an diesen Systemen</translation>
    </message>
    <message>
        <source>%1 %2 %3.</source>
        <translation>%3 wird durch %1 %2.</translation>
    </message>
    <message>
        <source>Impact of the initiative %1</source>
        <translation>Auswirkungen des Vorhabens %1</translation>
    </message>
    <message>
        <source>It is done or dropped: nothing waits for it.</source>
        <translation>Es ist erledigt oder verworfen: Nichts wartet darauf.</translation>
    </message>
    <message>
        <source>Waits for it</source>
        <translation>Wartet darauf</translation>
    </message>
    <message>
        <source>%1 waits for it (%2).</source>
        <translation>%1 wartet darauf (%2).</translation>
    </message>
    <message>
        <source>%1 waits for %2 (%3).</source>
        <translation>%1 wartet auf %2 (%3).</translation>
    </message>
    <message>
        <source>Goals a delay would reach</source>
        <translation>Ziele, die eine Verzögerung träfe</translation>
    </message>
    <message>
        <source>Critical chain to a deadline</source>
        <translation>Kritische Kette bis zu einer Frist</translation>
    </message>
    <message>
        <source>The dependencies run in a circle: %1. No chain can be worked out.</source>
        <translation>Die Abhängigkeiten bilden einen Kreis: %1. Es lässt sich keine Kette ermitteln.</translation>
    </message>
    <message>
        <source>No deadline lies ahead of it.</source>
        <translation>Keine Frist liegt vor ihm.</translation>
    </message>
    <message>
        <source>%1 must finish by %2.</source>
        <translation>%1 muss bis %2 fertig sein.</translation>
    </message>
    <message>
        <source>Latest start of %1 for that, capacity aside: %2.</source>
        <translation>Spätester Beginn von %1 dafür, ohne Rücksicht auf Kapazität: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Scheduled to start in %1: %n quarter(s) to spare.</source>
        <translation>
            <numerusform>Geplanter Beginn %1: %n Quartal Puffer.</numerusform>
            <numerusform>Geplanter Beginn %1: %n Quartale Puffer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scheduled to start in %1: %n quarter(s) too late.</source>
        <translation>
            <numerusform>Geplanter Beginn %1: %n Quartal zu spät.</numerusform>
            <numerusform>Geplanter Beginn %1: %n Quartale zu spät.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is late: it finishes in %2.</source>
        <translation>%1 ist verspätet: Es endet %2.</translation>
    </message>
    <message>
        <source>If the support of %1 ended in %2 instead of %3</source>
        <translation>Wenn der Support von %1 in %2 statt in %3 endete</translation>
    </message>
    <message>
        <source>If the support of %1 ended in %2</source>
        <translation>Wenn der Support von %1 in %2 endete</translation>
    </message>
    <message>
        <source>Nothing would be late, or later, that is not as planned.</source>
        <translation>Nichts würde sich über den Plan hinaus verspäten.</translation>
    </message>
    <message numerus="yes">
        <source>%n initiative(s) would be late, or later against a deadline, than planned.</source>
        <translation>
            <numerusform>%n Vorhaben würde sich gegenüber dem Plan verspäten oder seine Frist weiter verfehlen.</numerusform>
            <numerusform>%n Vorhaben würden sich gegenüber dem Plan verspäten oder ihre Frist weiter verfehlen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Would be late</source>
        <translation>Wären verspätet</translation>
    </message>
    <message numerus="yes">
        <source>%1 finishes in %2, %n quarter(s) after its deadline %3</source>
        <translation>
            <numerusform>%1 endet %2, %n Quartal nach seiner Frist %3</numerusform>
            <numerusform>%1 endet %2, %n Quartale nach seiner Frist %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (as planned %n quarter(s) late).</source>
        <translation>
            <numerusform>%1 (laut Plan %n Quartal verspätet).</numerusform>
            <numerusform>%1 (laut Plan %n Quartale verspätet).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (on time as planned: %2).</source>
        <translation>%1 (laut Plan rechtzeitig: %2).</translation>
    </message>
    <message numerus="yes">
        <source>%n more initiative(s) late as planned, by as much.</source>
        <translation>
            <numerusform>%n weiteres Vorhaben ist, wie geplant, gleich viel verspätet.</numerusform>
            <numerusform>%n weitere Vorhaben sind, wie geplant, gleich viel verspätet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing would be late.</source>
        <translation>Nichts wäre verspätet.</translation>
    </message>
    <message>
        <source>Would start in another quarter</source>
        <translation>Würden in einem anderen Quartal beginnen</translation>
    </message>
    <message>
        <source>%1: %2 → %3.</source>
        <translation>%1: %2 → %3.</translation>
    </message>
</context>
<context>
    <name>Cairn::Impact::Words</name>
    <message>
        <source>not scheduled</source>
        <translation>nicht eingeplant</translation>
    </message>
    <message>
        <source>upgrades</source>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <source>replaces</source>
        <translation>ersetzt</translation>
    </message>
    <message>
        <source>retires</source>
        <translation>abgeschaltet</translation>
    </message>
    <message>
        <source>introduces</source>
        <translation>eingeführt</translation>
    </message>
    <message>
        <source>start-to-start</source>
        <translation>Anfang–Anfang</translation>
    </message>
    <message>
        <source>finish-to-start</source>
        <translation>Ende–Anfang</translation>
    </message>
    <message numerus="yes">
        <source>%1, lag %n quarter(s)</source>
        <translation>
            <numerusform>%1, Versatz %n Quartal</numerusform>
            <numerusform>%1, Versatz %n Quartale</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, the end of support of %2</source>
        <translation>%1, Supportende von %2</translation>
    </message>
</context>
<context>
    <name>Cairn::ImpactPanel</name>
    <message>
        <source>Re-plan</source>
        <translation>Neu planen</translation>
    </message>
    <message>
        <source>Schedule a copy of the plan in which the system&apos;s support ends in the quarter chosen, and list what would be late</source>
        <translation>Eine Kopie des Plans einplanen, in der der Support des Systems im gewählten Quartal endet, und auflisten, was sich verspäten würde</translation>
    </message>
    <message>
        <source>What if its support ended in</source>
        <translation>Angenommen, sein Support endet in</translation>
    </message>
    <message>
        <source>The plan changed: re-plan to see the what-if again.</source>
        <translation>Der Plan hat sich geändert: Planen Sie neu, um die Was-wäre-wenn-Analyse wieder zu sehen.</translation>
    </message>
    <message>
        <source>Re-planning…</source>
        <translation>Wird neu geplant…</translation>
    </message>
    <message>
        <source>The goal “%1”</source>
        <translation>Das Ziel „%1“</translation>
    </message>
    <message>
        <source>Weight %1 of 5.</source>
        <translation>Gewicht %1 von 5.</translation>
    </message>
    <message>
        <source>Target: %1.</source>
        <translation>Zielquartal: %1.</translation>
    </message>
    <message>
        <source>Initiatives that serve it</source>
        <translation>Vorhaben, die ihm dienen</translation>
    </message>
    <message>
        <source>“%1” (contribution %2 of 5)</source>
        <translation>„%1“ (Beitrag %2 von 5)</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Noch keine.</translation>
    </message>
    <message>
        <source>Sub-goals</source>
        <translation>Unterziele</translation>
    </message>
    <message>
        <source>Select a goal, an initiative or a system to see what it reaches: for a system the initiatives that touch it, the goals they serve and the systems that run on it; for an initiative what waits for it and its critical chain to a deadline.</source>
        <translation>Wählen Sie ein Ziel, ein Vorhaben oder ein System, um seine Auswirkungen zu sehen: bei einem System die Vorhaben, die es betreffen, die Ziele, denen sie dienen, und die Systeme, die darauf laufen; bei einem Vorhaben, was darauf wartet, und seine kritische Kette bis zu einer Frist.</translation>
    </message>
</context>
<context>
    <name>Cairn::ImportWizard</name>
    <message>
        <source>Import CSV</source>
        <translation>CSV importieren</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Choose CSV files: one per table (initiatives.csv, goals.csv, …, as Cairn exports them), or a spreadsheet&apos;s own export.</source>
        <translation>Wählen Sie CSV-Dateien: eine je Tabelle (initiatives.csv, goals.csv, … wie Cairn sie exportiert) oder den Export einer Tabellenkalkulation.</translation>
    </message>
    <message>
        <source>Add &amp;Files…</source>
        <translation>&amp;Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>Add F&amp;older…</source>
        <translation>&amp;Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import a Folder of CSV Files</source>
        <translation>Ordner mit CSV-Dateien importieren</translation>
    </message>
    <message>
        <source>Rows update the item with the same &amp;name; other rows add new items</source>
        <translation>Zeilen aktualisieren den Eintrag mit gleichem &amp;Namen; andere Zeilen legen neue an</translation>
    </message>
    <message>
        <source>Rows update the item with the same &amp;id; other rows add new items</source>
        <translation>Zeilen aktualisieren den Eintrag mit gleicher &amp;ID; andere Zeilen legen neue an</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Check what each file holds and which of its columns fills which field.</source>
        <translation>Prüfen Sie, was jede Datei enthält und welche Spalte welches Feld füllt.</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Erkannt</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Komma (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Semikolon (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Holds:</source>
        <translation>&amp;Enthält:</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>First rows:</source>
        <translation>Erste Zeilen:</translation>
    </message>
    <message>
        <source>Fields:</source>
        <translation>Felder:</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Nothing has changed yet. Every bad row is listed here; the import is one step you can undo.</source>
        <translation>Noch hat sich nichts geändert. Jede fehlerhafte Zeile steht hier; der Import ist ein Schritt, den Sie rückgängig machen können.</translation>
    </message>
    <message>
        <source>Import the good rows and leave the bad ones out</source>
        <translation>Die korrekten Zeilen importieren und die fehlerhaften auslassen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>table not recognised: choose it on the next page</source>
        <translation>Tabelle nicht erkannt: auf der nächsten Seite wählen</translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation>Kodierung: %1</translation>
    </message>
    <message>
        <source>separator: %1</source>
        <translation>Trennzeichen: %1</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(nicht in der Datei)</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>Dateien werden gelesen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Cancelled. Nothing has changed.</source>
        <translation>Abgebrochen. Nichts hat sich geändert.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>%1. Nothing is wrong; Import applies them.</source>
        <translation>%1. Alles in Ordnung; „Importieren“ übernimmt sie.</translation>
    </message>
    <message>
        <source>%1. The problems are listed below. Nothing is imported unless you choose to leave the bad rows out.</source>
        <translation>%1. Die Probleme stehen unten. Nichts wird importiert, außer Sie lassen die fehlerhaften Zeilen weg.</translation>
    </message>
</context>
<context>
    <name>Cairn::Inspector</name>
    <message>
        <source>Nothing selected</source>
        <translation>Nichts ausgewählt</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Verknüpfungen</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Hängt ab von</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Versatz</translation>
    </message>
    <message>
        <source> q</source>
        <translation> Q</translation>
    </message>
    <message>
        <source>Lag in quarters</source>
        <translation>Versatz in Quartalen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Supports goal</source>
        <translation>Unterstützt Ziel</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <source>Affects system</source>
        <translation>Betrifft System</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>Capacity per quarter</source>
        <translation>Kapazität je Quartal</translation>
    </message>
    <message>
        <source>Change a quarter&apos;s figure to override the usual capacity.</source>
        <translation>Ändern Sie den Wert eines Quartals, um die übliche Kapazität zu überschreiben.</translation>
    </message>
    <message>
        <source>“%1” is not an amount of money.</source>
        <translation>„%1“ ist kein Geldbetrag.</translation>
    </message>
    <message>
        <source>“%1” is not a number of FTE.</source>
        <translation>„%1“ ist keine Zahl von VZÄ.</translation>
    </message>
    <message>
        <source>Not scheduled yet.</source>
        <translation>Noch nicht eingeplant.</translation>
    </message>
    <message>
        <source>%1 – %2. %3%4</source>
        <translation>%1 – %2. %3%4</translation>
    </message>
    <message>
        <source>Deadline %1%2.</source>
        <translation>Frist %1%2.</translation>
    </message>
    <message>
        <source> (missed)</source>
        <translation> (verfehlt)</translation>
    </message>
    <message>
        <source>FTE</source>
        <translation>VZÄ</translation>
    </message>
    <message>
        <source>Select a bar on the roadmap or a row in a table to see it here and edit it: its fields, why it is scheduled when it is, what it depends on and what it serves.</source>
        <translation>Wählen Sie einen Balken in der Roadmap oder eine Zeile in einer Tabelle, um sie hier zu sehen und zu bearbeiten: ihre Felder, warum sie so eingeplant ist, wovon sie abhängt und wozu sie beiträgt.</translation>
    </message>
</context>
<context>
    <name>Cairn::Interchange</name>
    <message>
        <source>The file is not UTF-8; it was read as Windows-1252. Check letters such as ä, é and ñ.</source>
        <translation>Die Datei ist nicht in UTF-8; sie wurde als Windows-1252 gelesen. Prüfen Sie Buchstaben wie ä, é und ñ.</translation>
    </message>
    <message>
        <source>Line %1: the quoted field that starts there is never closed.</source>
        <translation>Zeile %1: Das dort beginnende Feld in Anführungszeichen wird nie geschlossen.</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>Der Ordner „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write “%1”: the folder does not exist.</source>
        <translation>„%1“ kann nicht geschrieben werden: Der Ordner existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>„%1“ kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>, line %1</source>
        <translation>, Zeile %1</translation>
    </message>
    <message>
        <source>, column “%1”</source>
        <translation>, Spalte „%1“</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>„%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source> [… cut: %1 characters in all; see the CSV export]</source>
        <translation> [… gekürzt: insgesamt %1 Zeichen; siehe CSV-Export]</translation>
    </message>
    <message>
        <source>Sheet “%1”, row %2, column “%3”: the text has %4 characters, more than an Excel cell holds (%5); it was cut there and marked. The CSV export keeps all of it.</source>
        <translation>Blatt „%1“, Zeile %2, Spalte „%3“: Der Text hat %4 Zeichen, mehr als eine Excel-Zelle fasst (%5); er wurde dort gekürzt und markiert. Der CSV-Export behält ihn ganz.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): </source>
        <translation>
            <numerusform>%n Zeile: </numerusform>
            <numerusform>%n Zeilen: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged, %4 links and amounts, %5 settings, %6 bad</source>
        <translation>%1 neu, %2 geändert, %3 unverändert, %4 Verknüpfungen und Mengen, %5 Einstellungen, %6 fehlerhaft</translation>
    </message>
    <message>
        <source>there is no goal called “%1”.</source>
        <translation>ein Ziel „%1“ gibt es nicht.</translation>
    </message>
    <message>
        <source>there is no system called “%1”.</source>
        <translation>ein System „%1“ gibt es nicht.</translation>
    </message>
    <message>
        <source>there is no resource called “%1”.</source>
        <translation>es gibt keine Ressource namens „%1“.</translation>
    </message>
    <message>
        <source>there is no initiative called “%1”.</source>
        <translation>es gibt kein Vorhaben namens „%1“.</translation>
    </message>
    <message>
        <source>the table “%1” needs the columns %2; they are not there, so nothing of it was read.</source>
        <translation>die Tabelle „%1“ braucht die Spalten %2; sie fehlen, daher wurde nichts daraus gelesen.</translation>
    </message>
    <message>
        <source>%1: the columns %2 are worked out by Cairn from the schedule; they were not imported.</source>
        <translation>%1: Die Spalten %2 berechnet Cairn aus dem Zeitplan; sie wurden nicht importiert.</translation>
    </message>
    <message>
        <source>%1: the column “%2” was not imported: the table “%3” has no such field. Rename it to one of %4 to import it.</source>
        <translation>%1: Die Spalte „%2“ wurde nicht importiert: Die Tabelle „%3“ hat kein solches Feld. Benennen Sie sie in eines von %4 um, um sie zu importieren.</translation>
    </message>
    <message>
        <source>“%1” is not a plan setting.</source>
        <translation>„%1“ ist keine Einstellung des Plans.</translation>
    </message>
    <message>
        <source>“%1” is not an id.</source>
        <translation>„%1“ ist keine ID.</translation>
    </message>
    <message>
        <source>more than one item is called “%1”; import by id instead.</source>
        <translation>mehrere Einträge heißen „%1“; importieren Sie stattdessen nach ID.</translation>
    </message>
    <message>
        <source>empty; it is needed.</source>
        <translation>leer; der Wert wird gebraucht.</translation>
    </message>
    <message>
        <source>more than one item is called “%1”.</source>
        <translation>mehr als ein Eintrag heißt „%1“.</translation>
    </message>
    <message>
        <source>an initiative cannot depend on itself.</source>
        <translation>ein Vorhaben kann nicht von sich selbst abhängen.</translation>
    </message>
    <message>
        <source>this dependency would close a cycle: %1.</source>
        <translation>diese Abhängigkeit würde einen Kreis schließen: %1.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>„%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>There are no CSV files to import.</source>
        <translation>Es gibt keine CSV-Dateien zu importieren.</translation>
    </message>
    <message>
        <source>“%1”: cannot tell which table this is. Name it like initiatives.csv, or give it the columns of one (see the export).</source>
        <translation>„%1“: Es ist nicht erkennbar, welche Tabelle das ist. Benennen Sie die Datei wie initiatives.csv oder geben Sie ihr deren Spalten (siehe Export).</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>kein gültiges JSON bei Byte %1: %2</translation>
    </message>
    <message>
        <source>the document must be a JSON object</source>
        <translation>das Dokument muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>Scheduled start</source>
        <translation>Geplanter Beginn</translation>
    </message>
    <message>
        <source>Scheduled finish</source>
        <translation>Geplantes Ende</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Verspätet</translation>
    </message>
    <message>
        <source>Slack (quarters)</source>
        <translation>Puffer (Quartale)</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>there is no milestone called “%1”.</source>
        <translation>einen Meilenstein „%1“ gibt es nicht.</translation>
    </message>
    <message>
        <source>there is no scenario called “%1”.</source>
        <translation>ein Szenario „%1“ gibt es nicht.</translation>
    </message>
    <message>
        <source>there is no baseline called “%1”.</source>
        <translation>einen Basisplan „%1“ gibt es nicht.</translation>
    </message>
    <message>
        <source>there is no workshop called “%1”.</source>
        <translation>es gibt keinen Workshop namens „%1“.</translation>
    </message>
    <message>
        <source>the row has %1 cells, the header %2: “%3” belongs to no column. A value holding the separator (a decimal comma, say) needs quotes.</source>
        <translation>die Zeile hat %1 Zellen, die Kopfzeile %2: „%3“ gehört zu keiner Spalte. Ein Wert, der das Trennzeichen enthält (etwa ein Dezimalkomma), braucht Anführungszeichen.</translation>
    </message>
    <message>
        <source>“%1” refers to itself here.</source>
        <translation>„%1“ verweist hier auf sich selbst.</translation>
    </message>
    <message>
        <source>this would close a circle: %1.</source>
        <translation>dies würde einen Kreis schließen: %1.</translation>
    </message>
</context>
<context>
    <name>Cairn::Logo</name>
    <message>
        <source>the picture is damaged or empty; it cannot be drawn.</source>
        <translation>das Bild ist beschädigt oder leer; es kann nicht gezeichnet werden.</translation>
    </message>
    <message>
        <source>Cannot read the logo “%1”: %2</source>
        <translation>Das Logo „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The logo “%1” cannot be used: %2</source>
        <translation>Das Logo „%1“ kann nicht verwendet werden: %2</translation>
    </message>
</context>
<context>
    <name>Cairn::LogoEditor</name>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>A PNG or SVG picture of at most 1 MB, for the report&apos;s cover and the foot of its pages</source>
        <translation>Ein PNG- oder SVG-Bild von höchstens 1 MB für die Titelseite des Berichts und den Fuß seiner Seiten</translation>
    </message>
    <message>
        <source>Choose a Logo</source>
        <translation>Logo auswählen</translation>
    </message>
    <message>
        <source>Pictures (*.png *.svg);;All files (*)</source>
        <translation>Bilder (*.png *.svg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
</context>
<context>
    <name>Cairn::MainWindow</name>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>&amp;New Plan</source>
        <translation>&amp;Neuer Plan</translation>
    </message>
    <message>
        <source>New from &amp;Sample</source>
        <translation>Neu aus &amp;Beispiel</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Export Roadmap PDF…</source>
        <translation>Roadmap als PDF &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Save changes?</source>
        <translation>Änderungen speichern?</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them before closing?</source>
        <translation>„%1“ hat ungespeicherte Änderungen. Vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>Cairn plans (*.cairn)</source>
        <translation>Cairn-Pläne (*.cairn)</translation>
    </message>
    <message>
        <source>Save Plan</source>
        <translation>Plan speichern</translation>
    </message>
    <message>
        <source>Open Plan</source>
        <translation>Plan öffnen</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>%1 initiatives · %2 systems · %3 goals · planned spend %4 · %5 – %6</source>
        <translation>%1 Vorhaben · %2 Systeme · %3 Ziele · geplante Ausgaben %4 · %5 – %6</translation>
    </message>
    <message>
        <source>Scheduling…</source>
        <translation>Wird eingeplant…</translation>
    </message>
    <message>
        <source>Schedule up to date</source>
        <translation>Zeitplan aktuell</translation>
    </message>
    <message>
        <source>Improving schedule…</source>
        <translation>Zeitplan wird verbessert…</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s) and %1 link(s) to them? You can undo this.</source>
        <translation>
            <numerusform>%n Element und %1 Verknüpfung(en) dazu löschen? Sie können das rückgängig machen.</numerusform>
            <numerusform>%n Elemente und %1 Verknüpfung(en) dazu löschen? Sie können das rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>Neuer Plan</translation>
    </message>
    <message>
        <source>IT budget</source>
        <translation>IT-Budget</translation>
    </message>
    <message>
        <source>IT team</source>
        <translation>IT-Team</translation>
    </message>
    <message>
        <source>Cannot open plan</source>
        <translation>Plan kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>an untitled plan</source>
        <translation>ein unbenannter Plan</translation>
    </message>
    <message>
        <source>Recover unsaved changes?</source>
        <translation>Ungespeicherte Änderungen wiederherstellen?</translation>
    </message>
    <message>
        <source>Cairn closed unexpectedly while %1 had unsaved changes. They were saved automatically at %2. Restore them? (Your file is not changed until you save.)</source>
        <translation>Cairn wurde unerwartet beendet, während %1 ungespeicherte Änderungen hatte. Sie wurden am %2 automatisch gesichert. Wiederherstellen? (Ihre Datei bleibt unverändert, bis Sie speichern.)</translation>
    </message>
    <message>
        <source>Recovered changes from %1 — save to keep them.</source>
        <translation>Wiederhergestellte Änderungen vom %1 – speichern, um sie zu behalten.</translation>
    </message>
    <message>
        <source>Export Roadmap PDF</source>
        <translation>Roadmap als PDF exportieren</translation>
    </message>
    <message>
        <source>The plan is still being scheduled; try again in a moment.</source>
        <translation>Der Plan wird noch eingeplant; bitte gleich noch einmal versuchen.</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>Export Tables as &amp;CSV…</source>
        <translation>Tabellen als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export Tables to E&amp;xcel…</source>
        <translation>Tabellen nach E&amp;xcel exportieren…</translation>
    </message>
    <message numerus="yes">
        <source>Import %n row(s)</source>
        <translation>
            <numerusform>%n Zeile importieren</numerusform>
            <numerusform>%n Zeilen importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Tables to Excel</source>
        <translation>Tabellen nach Excel exportieren</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>Export Tables as CSV into a Folder</source>
        <translation>Tabellen als CSV in einen Ordner exportieren</translation>
    </message>
    <message>
        <source>Exported the tables to %1</source>
        <translation>Tabellen nach %1 exportiert</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>Importiert: %1.</translation>
    </message>
    <message>
        <source>Exported, with warnings</source>
        <translation>Exportiert, mit Warnungen</translation>
    </message>
    <message>
        <source>Plan Se&amp;ttings…</source>
        <translation>Planeins&amp;tellungen…</translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation>Wiederherstellen nicht möglich</translation>
    </message>
    <message>
        <source>This is Cairn&apos;s sample plan: Brightwater Outdoor, a retailer that does not exist. Explore it and change anything; its problems (systems out of support) are part of the example. Save it under a name of your own to keep it; File &gt; New Plan starts your own.</source>
        <translation>Dies ist der Beispielplan von Cairn: Brightwater Outdoor, ein Händler, den es nicht gibt. Erkunden Sie ihn und ändern Sie, was Sie möchten; seine Probleme (Systeme ohne Support) gehören zum Beispiel. Speichern Sie ihn unter einem eigenen Namen, um ihn zu behalten; Datei &gt; Neuer Plan beginnt Ihren eigenen.</translation>
    </message>
    <message>
        <source>Started from the template %1: replace its names, dates and amounts with your own, then save.</source>
        <translation>Aus der Vorlage %1 begonnen: Ersetzen Sie Namen, Daten und Beträge durch Ihre eigenen und speichern Sie dann.</translation>
    </message>
    <message>
        <source>Undo over a newer change?</source>
        <translation>Über eine neuere Änderung hinweg rückgängig machen?</translation>
    </message>
    <message>
        <source>Since your step (%1), someone else changed:
%2

Undo puts back what was there before your step and writes over their change. Undo anyway?</source>
        <translation>Seit Ihrem Schritt (%1) hat jemand anderes geändert:
%2

Rückgängig stellt wieder her, was vor Ihrem Schritt da war, und überschreibt diese Änderung. Trotzdem rückgängig machen?</translation>
    </message>
</context>
<context>
    <name>Cairn::Models</name>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Deadline %1</source>
        <translation>Frist %1</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Late: %1</source>
        <translation>Verspätet: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not one of the choices.</source>
        <translation>keine der Auswahlmöglichkeiten.</translation>
    </message>
    <message>
        <source>a value is needed.</source>
        <translation>ein Wert wird gebraucht.</translation>
    </message>
</context>
<context>
    <name>Cairn::MovesLabel</name>
    <message>
        <source>Moved by the last change (click to select one):
%1</source>
        <translation>Durch die letzte Änderung verschoben (zum Auswählen klicken):
%1</translation>
    </message>
</context>
<context>
    <name>Cairn::PlanFile</name>
    <message>
        <source>the plan&apos;s settings are missing</source>
        <translation>die Einstellungen des Plans fehlen</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2.</source>
        <translation>„%1“ kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <source>it is a folder, not a plan file</source>
        <translation>es ist ein Ordner, keine Plandatei</translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation>die Datei kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>it is not a Cairn plan file</source>
        <translation>es ist keine Cairn-Plandatei</translation>
    </message>
    <message>
        <source>the file is cut short (%1 bytes); it may be an incomplete copy</source>
        <translation>die Datei ist abgeschnitten (%1 Bytes); vielleicht eine unvollständige Kopie</translation>
    </message>
    <message>
        <source>its header is damaged</source>
        <translation>ihr Dateikopf ist beschädigt</translation>
    </message>
    <message>
        <source>the file is cut short (%1 of %2 bytes); it may be an incomplete copy</source>
        <translation>die Datei ist abgeschnitten (%1 von %2 Bytes); vielleicht eine unvollständige Kopie</translation>
    </message>
    <message>
        <source>the file cannot be opened (%1)</source>
        <translation>die Datei kann nicht geöffnet werden (%1)</translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation>die Datei ist beschädigt (%1)</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>die Datei ist beschädigt</translation>
    </message>
    <message>
        <source>it is an SQLite database, but not a Cairn plan</source>
        <translation>es ist eine SQLite-Datenbank, aber kein Cairn-Plan</translation>
    </message>
    <message>
        <source>it has no plan schema version</source>
        <translation>es hat keine Plan-Schemaversion</translation>
    </message>
    <message>
        <source>it was written by a newer version of Cairn (file format %1; this version reads up to %2)</source>
        <translation>sie wurde von einer neueren Cairn-Version geschrieben (Dateiformat %1; diese Version liest bis %2)</translation>
    </message>
    <message>
        <source>no temporary copy could be made</source>
        <translation>es konnte keine temporäre Kopie angelegt werden</translation>
    </message>
    <message>
        <source>the copy could not be opened</source>
        <translation>die Kopie konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>it could not be upgraded from format %1 (%2)</source>
        <translation>es konnte nicht von Format %1 aktualisiert werden (%2)</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Cairn. It is open read-only; use Save As to keep a copy in this version&apos;s format.</source>
        <translation>„%1“ wurde von einer neueren Cairn-Version geschrieben. Die Datei ist schreibgeschützt geöffnet; mit „Speichern unter“ behalten Sie eine Kopie im Format dieser Version.</translation>
    </message>
    <message>
        <source>Cannot save “%1”: %2.</source>
        <translation>„%1“ kann nicht gespeichert werden: %2.</translation>
    </message>
    <message>
        <source>the plan&apos;s links are inconsistent (%1)</source>
        <translation>die Verknüpfungen des Plans sind widersprüchlich (%1)</translation>
    </message>
    <message>
        <source>the written file did not pass its integrity check</source>
        <translation>die geschriebene Datei hat die Integritätsprüfung nicht bestanden</translation>
    </message>
    <message>
        <source>“%1” is not a quarter</source>
        <translation>„%1“ ist kein Quartal</translation>
    </message>
    <message>
        <source>“%1” is not a known value</source>
        <translation>„%1“ ist kein bekannter Wert</translation>
    </message>
    <message>
        <source>“%1” is not an id</source>
        <translation>„%1“ ist keine Nummer</translation>
    </message>
    <message>
        <source>“%1” is not a whole number</source>
        <translation>„%1“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>%1 #%2 %3, %4: %5</source>
        <translation>%1 Nr. %2 %3, %4: %5</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the disk reported an error while writing (%1)</source>
        <translation>der Datenträger meldete beim Schreiben einen Fehler (%1)</translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation>es ist keine Datei</translation>
    </message>
    <message>
        <source>the file is read-only (its permissions allow no writing)</source>
        <translation>die Datei ist schreibgeschützt (ihre Berechtigungen erlauben kein Schreiben)</translation>
    </message>
    <message>
        <source>you may not write to the file (%1)</source>
        <translation>Sie dürfen die Datei nicht schreiben (%1)</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>der Ordner existiert nicht</translation>
    </message>
    <message>
        <source>another program changed or replaced the file since it was read, and saving would overwrite those changes</source>
        <translation>ein anderes Programm hat die Datei seit dem Lesen geändert oder ersetzt, und Speichern würde diese Änderungen überschreiben</translation>
    </message>
    <message>
        <source>the new file could not be flushed to disk (%1)</source>
        <translation>die neue Datei konnte nicht auf die Platte geschrieben werden (%1)</translation>
    </message>
    <message>
        <source>%1 #%2, %3: %4</source>
        <translation>%1 Nr. %2, %3: %4</translation>
    </message>
    <message>
        <source>%1 (%2 #%3): %4</source>
        <translation>%1 (%2 Nr. %3): %4</translation>
    </message>
    <message>
        <source>unknown column “%1”</source>
        <translation>unbekannte Spalte „%1“</translation>
    </message>
    <message>
        <source>the column “%1” is missing</source>
        <translation>die Spalte „%1“ fehlt</translation>
    </message>
    <message>
        <source>line %1 has %2 values where the first line names %3</source>
        <translation>Zeile %1 hat %2 Werte, die erste Zeile nennt %3</translation>
    </message>
    <message>
        <source>line %1: “%2” is not a position</source>
        <translation>Zeile %1: „%2“ ist keine Position</translation>
    </message>
</context>
<context>
    <name>Cairn::PlanLock</name>
    <message>
        <source>“%1” cannot be locked for writing: %2 (in %3).</source>
        <translation>„%1“ kann nicht zum Schreiben gesperrt werden: %2 (in %3).</translation>
    </message>
    <message>
        <source>“%1” is being written by another program; try again in a moment.</source>
        <translation>„%1“ wird gerade von einem anderen Programm geschrieben; bitte gleich noch einmal versuchen.</translation>
    </message>
    <message>
        <source>“%1” is open in Cairn by %2 on %3 (process %4, since %5); close it there first.</source>
        <translation>„%1“ ist in Cairn bei %2 auf %3 geöffnet (Prozess %4, seit %5); bitte dort zuerst schließen.</translation>
    </message>
</context>
<context>
    <name>Cairn::PlanSettingsDialog</name>
    <message>
        <source>Plan Settings</source>
        <translation>Planeinstellungen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Cairn::PlanValidator</name>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Plan: “%1” is not a currency code such as EUR or USD.</source>
        <translation>Plan: „%1“ ist kein Währungscode wie EUR oder USD.</translation>
    </message>
    <message>
        <source>The plan has no name.</source>
        <translation>Der Plan hat keinen Namen.</translation>
    </message>
    <message>
        <source>Goal %1</source>
        <translation>Ziel %1</translation>
    </message>
    <message>
        <source>Goal #%1 has no name.</source>
        <translation>Ziel #%1 hat keinen Namen.</translation>
    </message>
    <message>
        <source>%1 has a parent goal #%2 that does not exist.</source>
        <translation>%1 hat ein übergeordnetes Ziel #%2, das es nicht gibt.</translation>
    </message>
    <message>
        <source>System %1</source>
        <translation>System %1</translation>
    </message>
    <message>
        <source>System #%1 has no name.</source>
        <translation>System #%1 hat keinen Namen.</translation>
    </message>
    <message>
        <source>%1 depends on system #%2, which does not exist.</source>
        <translation>%1 hängt von System #%2 ab, das es nicht gibt.</translation>
    </message>
    <message>
        <source>Resource %1</source>
        <translation>Ressource %1</translation>
    </message>
    <message>
        <source>Resource #%1 has no name.</source>
        <translation>Ressource #%1 hat keinen Namen.</translation>
    </message>
    <message>
        <source>Initiative %1</source>
        <translation>Vorhaben %1</translation>
    </message>
    <message>
        <source>Initiative #%1 has no name.</source>
        <translation>Vorhaben #%1 hat keinen Namen.</translation>
    </message>
    <message>
        <source>%1 needs resource #%2, which does not exist.</source>
        <translation>%1 braucht Ressource #%2, die es nicht gibt.</translation>
    </message>
    <message>
        <source>%1 takes %2 quarters but may only run from %3 to %4.</source>
        <translation>%1 dauert %2 Quartale, darf aber nur von %3 bis %4 laufen.</translation>
    </message>
    <message>
        <source>%1 is pinned to start in %2, before its earliest start %3.</source>
        <translation>%1 ist auf den Beginn %2 festgelegt, vor seinem frühesten Beginn %3.</translation>
    </message>
    <message>
        <source>%1 is pinned to start in %2 and so finishes after its deadline %3.</source>
        <translation>%1 ist auf den Beginn %2 festgelegt und endet so nach seiner Frist %3.</translation>
    </message>
    <message>
        <source>%1 is pinned to %2, outside the plan&apos;s quarters %3 to %4.</source>
        <translation>%1 ist auf %2 festgelegt, außerhalb der Quartale des Plans (%3 bis %4).</translation>
    </message>
    <message>
        <source>%1 cannot start before %2, after the plan&apos;s last quarter %3.</source>
        <translation>%1 kann nicht vor %2 beginnen, nach dem letzten Quartal des Plans (%3).</translation>
    </message>
    <message>
        <source>A goal link refers to initiative #%1 or goal #%2, which does not exist.</source>
        <translation>Eine Zielverknüpfung verweist auf Vorhaben #%1 oder Ziel #%2, das es nicht gibt.</translation>
    </message>
    <message>
        <source>The link from %1 to goal %2</source>
        <translation>Die Verknüpfung von %1 mit Ziel %2</translation>
    </message>
    <message>
        <source>A system link refers to initiative #%1 or system #%2, which does not exist.</source>
        <translation>Eine Systemverknüpfung verweist auf Vorhaben #%1 oder System #%2, das es nicht gibt.</translation>
    </message>
    <message>
        <source>A dependency refers to initiative #%1 or #%2, which does not exist.</source>
        <translation>Eine Abhängigkeit verweist auf Vorhaben #%1 oder #%2, das es nicht gibt.</translation>
    </message>
    <message>
        <source>The dependency of %1 on %2</source>
        <translation>Die Abhängigkeit von %1 von %2</translation>
    </message>
    <message>
        <source>%1 depends on %2 more than once.</source>
        <translation>%1 hängt mehr als einmal von %2 ab.</translation>
    </message>
    <message>
        <source>Dependency cycle: %1. None of these initiatives can start before the others finish; remove one of the dependencies.</source>
        <translation>Abhängigkeitszyklus: %1. Keines dieser Vorhaben kann beginnen, bevor die anderen fertig sind; entfernen Sie eine der Abhängigkeiten.</translation>
    </message>
    <message>
        <source>Systems depend on each other in a circle: %1.</source>
        <translation>Systeme hängen im Kreis voneinander ab: %1.</translation>
    </message>
    <message>
        <source>Goals are each other&apos;s parents: %1.</source>
        <translation>Ziele sind einander übergeordnet: %1.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>%1, demand on %2</source>
        <translation>%1, Bedarf an %2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Caught in the same circle of dependencies: %1.</source>
        <translation>Im selben Abhängigkeitskreis gefangen: %1.</translation>
    </message>
</context>
<context>
    <name>Cairn::PreferencesDialog</name>
    <message>
        <source>&amp;Reduce motion: no bars gliding on the roadmap, no animated or fading menus, lists and tooltips</source>
        <translation>Bewegung &amp;reduzieren: keine gleitenden Balken in der Roadmap, keine animierten oder einblendenden Menüs, Listen und Tooltips</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Wie das System (%1)</translation>
    </message>
    <message>
        <source>The language changes the next time Cairn starts.</source>
        <translation>Die Sprache ändert sich beim nächsten Start von Cairn.</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Projector: high contrast, larger type</source>
        <translation>Projektor: hoher Kontrast, größere Schrift</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Unsaved changes are copied aside this often, and offered back after a crash. Your file changes only when you save.</source>
        <translation>Nicht gespeicherte Änderungen werden in diesem Abstand beiseitekopiert und nach einem Absturz wieder angeboten. Ihre Datei ändert sich erst, wenn Sie speichern.</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Tabloid</source>
        <translation>Tabloid</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>&amp;Autosave every:</source>
        <translation>&amp;Automatisch speichern alle:</translation>
    </message>
    <message>
        <source>PDF &amp;page size:</source>
        <translation>PDF-&amp;Seitenformat:</translation>
    </message>
</context>
<context>
    <name>Cairn::PresenceMark</name>
    <message numerus="yes">
        <source>%1 is also editing this goal.</source>
        <translation>
            <numerusform>%1 bearbeitet dieses Ziel ebenfalls.</numerusform>
            <numerusform>%1 bearbeiten dieses Ziel ebenfalls.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is also editing this initiative.</source>
        <translation>
            <numerusform>%1 bearbeitet dieses Vorhaben ebenfalls.</numerusform>
            <numerusform>%1 bearbeiten dieses Vorhaben ebenfalls.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is also editing this milestone.</source>
        <translation>
            <numerusform>%1 bearbeitet diesen Meilenstein ebenfalls.</numerusform>
            <numerusform>%1 bearbeiten diesen Meilenstein ebenfalls.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is also editing this resource.</source>
        <translation>
            <numerusform>%1 bearbeitet diese Ressource ebenfalls.</numerusform>
            <numerusform>%1 bearbeiten diese Ressource ebenfalls.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is also editing this system.</source>
        <translation>
            <numerusform>%1 bearbeitet dieses System ebenfalls.</numerusform>
            <numerusform>%1 bearbeiten dieses System ebenfalls.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cairn::PresentationView</name>
    <message>
        <source>Cairn — Presentation</source>
        <translation>Cairn — Präsentation</translation>
    </message>
</context>
<context>
    <name>Cairn::ProblemsPanel</name>
    <message>
        <source>No problems: every dependency, capacity, pin and deadline holds.</source>
        <translation>Keine Probleme: alle Abhängigkeiten, Kapazitäten, Festlegungen und Fristen werden eingehalten.</translation>
    </message>
    <message>
        <source>Fixes…</source>
        <translation>Korrekturen…</translation>
    </message>
    <message>
        <source>Find the smallest changes that fix the selected problem</source>
        <translation>Die kleinsten Änderungen suchen, die das ausgewählte Problem beheben</translation>
    </message>
    <message>
        <source>No change found that fixes it</source>
        <translation>Keine Änderung gefunden, die es behebt</translation>
    </message>
    <message>
        <source>Apply: %1</source>
        <translation>Anwenden: %1</translation>
    </message>
</context>
<context>
    <name>Cairn::Replan</name>
    <message>
        <source>Re-plan Now</source>
        <translation>Jetzt neu planen</translation>
    </message>
    <message>
        <source>Nothing would move: the schedule shown is the best Cairn finds.</source>
        <translation>Nichts würde sich verschieben: Der angezeigte Zeitplan ist der beste, den Cairn findet.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiteres</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-planning moves %n initiative(s):</source>
        <translation>
            <numerusform>Neu planen verschiebt %n Vorhaben:</numerusform>
            <numerusform>Neu planen verschiebt %n Vorhaben:</numerusform>
        </translation>
    </message>
    <message>
        <source>Move them? (Undo puts them back.)</source>
        <translation>Verschieben? (Rückgängig stellt sie zurück.)</translation>
    </message>
    <message>
        <source>Move them in the scenario %1? The base plan does not change; this cannot be undone.</source>
        <translation>Im Szenario %1 verschieben? Der Basisplan ändert sich nicht; dies kann nicht rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>Cairn::Report</name>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (Fortsetzung)</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Roadmap</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>IT roadmap</source>
        <translation>IT-Roadmap</translation>
    </message>
    <message>
        <source>IT strategy roadmap, %1 – %2</source>
        <translation>IT-Strategie-Roadmap, %1 – %2</translation>
    </message>
    <message>
        <source>business goals</source>
        <translation>Geschäftsziele</translation>
    </message>
    <message>
        <source>initiatives scheduled</source>
        <translation>eingeplante Vorhaben</translation>
    </message>
    <message>
        <source>planned spend</source>
        <translation>geplante Ausgaben</translation>
    </message>
    <message>
        <source>systems in the landscape</source>
        <translation>Systeme in der Landschaft</translation>
    </message>
    <message>
        <source>deadlines at risk</source>
        <translation>gefährdete Fristen</translation>
    </message>
    <message>
        <source>Prepared by %1</source>
        <translation>Erstellt von %1</translation>
    </message>
    <message>
        <source>Made with Cairn</source>
        <translation>Erstellt mit Cairn</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Management-Zusammenfassung</translation>
    </message>
    <message>
        <source>The plan schedules %1 initiatives from %2 to %3 for a planned spend of %4. %5 % of it keeps the lights on (Run), %6 % grows the business (Grow) and %7 % transforms it (Transform).</source>
        <translation>Der Plan sieht %1 Vorhaben von %2 bis %3 mit geplanten Ausgaben von %4 vor. %5 % davon halten den Betrieb am Laufen (Run), %6 % lassen das Geschäft wachsen (Grow) und %7 % verändern es (Transform).</translation>
    </message>
    <message>
        <source>Goals and the initiatives that serve them</source>
        <translation>Ziele und die Vorhaben, die ihnen dienen</translation>
    </message>
    <message>
        <source>no initiatives yet</source>
        <translation>noch keine Vorhaben</translation>
    </message>
    <message numerus="yes">
        <source>%n initiative(s)</source>
        <translation>
            <numerusform>%n Vorhaben</numerusform>
            <numerusform>%n Vorhaben</numerusform>
        </translation>
    </message>
    <message>
        <source>Spend by year</source>
        <translation>Ausgaben je Jahr</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Key risks</source>
        <translation>Wesentliche Risiken</translation>
    </message>
    <message>
        <source>%1 is out of vendor support from %2 and stays so to the end of the plan.</source>
        <translation>%1 ist ab %2 ohne Herstellersupport und bleibt es bis zum Ende des Plans.</translation>
    </message>
    <message>
        <source>%1 is out of vendor support from %2 to %3, until the work on it is done.</source>
        <translation>%1 ist von %2 bis %3 ohne Herstellersupport, bis die Arbeit daran erledigt ist.</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <source>%1 is overloaded in %2.</source>
        <translation>%1 ist überlastet in %2.</translation>
    </message>
    <message>
        <source>No key risks: every system stays in vendor support, every deadline is met and no quarter is overloaded.</source>
        <translation>Keine wesentlichen Risiken: Jedes System bleibt im Herstellersupport, jede Frist wird gehalten und kein Quartal ist überlastet.</translation>
    </message>
    <message>
        <source>Roadmap %1 – %2</source>
        <translation>Roadmap %1 – %2</translation>
    </message>
    <message>
        <source>part %1 of %2 across</source>
        <translation>Teil %1 von %2 nebeneinander</translation>
    </message>
    <message>
        <source>lanes %1 of %2</source>
        <translation>Bahnen %1 von %2</translation>
    </message>
    <message>
        <source>Capacity %1 – %2</source>
        <translation>Kapazität %1 – %2</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Charts (continued)</source>
        <translation>Diagramme (Fortsetzung)</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Vorhaben</translation>
    </message>
    <message>
        <source>not placed</source>
        <translation>nicht eingeplant</translation>
    </message>
    <message>
        <source>Late. </source>
        <translation>Verspätet. </translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Vorhaben</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>Quartale</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Systeme</translation>
    </message>
    <message>
        <source>Why then</source>
        <translation>Warum dann</translation>
    </message>
    <message>
        <source>Systems and their lifecycle</source>
        <translation>Systeme und ihr Lebenszyklus</translation>
    </message>
    <message>
        <source>%1 — %2, done %3</source>
        <translation>%1 — %2, fertig %3</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Stillgelegt</translation>
    </message>
    <message>
        <source>No end of support known</source>
        <translation>Kein Supportende bekannt</translation>
    </message>
    <message>
        <source>Out of support, not addressed</source>
        <translation>Ohne Support, nicht angegangen</translation>
    </message>
    <message>
        <source>Out of support to the end of the plan</source>
        <translation>Ohne Support bis zum Ende des Plans</translation>
    </message>
    <message numerus="yes">
        <source>Out of support for %n quarter(s)</source>
        <translation>
            <numerusform>%n Quartal ohne Support</numerusform>
            <numerusform>%n Quartale ohne Support</numerusform>
        </translation>
    </message>
    <message>
        <source>Addressed in time</source>
        <translation>Rechtzeitig angegangen</translation>
    </message>
    <message>
        <source>Supported throughout the plan</source>
        <translation>Während des ganzen Plans unterstützt</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Category · vendor</source>
        <translation>Kategorie · Hersteller</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Lebenszyklus</translation>
    </message>
    <message>
        <source>End of support</source>
        <translation>Supportende</translation>
    </message>
    <message>
        <source>Addressed by</source>
        <translation>Angegangen durch</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>How to read the roadmap</source>
        <translation>So lesen Sie die Roadmap</translation>
    </message>
    <message>
        <source>Each bar is an initiative, drawn across the quarters in which it runs. Its colour shows its %1; the lanes group initiatives by %2. An initiative that serves several goals sits in the lane of the goal it serves most, with “+1 goal” and so on after its name.</source>
        <translation>Jeder Balken ist ein Vorhaben über die Quartale, in denen es läuft. Seine Farbe zeigt: %1; die Bahnen gruppieren die Vorhaben nach: %2. Ein Vorhaben, das mehreren Zielen dient, steht in der Bahn des Ziels, dem es am meisten dient, mit „+1 Ziel“ usw. hinter seinem Namen.</translation>
    </message>
    <message>
        <source>Arrows lead from an initiative to the ones that wait for it. A red outline marks an initiative that finishes after its deadline, and a red line across the bar marks the deadline itself: most deadlines come from a system&apos;s end of vendor support. A hatched bar could not be placed at all.</source>
        <translation>Pfeile führen von einem Vorhaben zu denen, die darauf warten. Ein roter Rahmen kennzeichnet ein Vorhaben, das nach seiner Frist endet, und eine rote Linie über den Balken die Frist selbst: Die meisten Fristen ergeben sich aus dem Ende des Herstellersupports eines Systems. Ein schraffierter Balken konnte gar nicht eingeplant werden.</translation>
    </message>
    <message>
        <source>The band under the quarters marks milestones (diamonds) and the quarters in which vendor support for a system ends (triangles). The pin marks an initiative whose start was fixed by hand.</source>
        <translation>Das Band unter den Quartalen zeigt Meilensteine (Rauten) und die Quartale, in denen der Herstellersupport eines Systems endet (Dreiecke). Die Nadel kennzeichnet ein Vorhaben, dessen Beginn von Hand festgelegt wurde.</translation>
    </message>
    <message>
        <source>The capacity strip under the lanes shows, per resource and quarter, the planned demand as a share of the capacity: green is comfortable, amber nearly full, red over capacity.</source>
        <translation>Der Kapazitätsstreifen unter den Bahnen zeigt je Ressource und Quartal den geplanten Bedarf als Anteil der Kapazität: Grün ist entspannt, Gelb fast voll, Rot überlastet.</translation>
    </message>
    <message>
        <source>The schedule starts the most valuable work first, within the budget and the teams&apos; capacity, and meets end-of-support deadlines wherever it can. The table of initiatives gives the reason for each start.</source>
        <translation>Der Zeitplan beginnt mit der wertvollsten Arbeit, im Rahmen von Budget und Teamkapazität, und hält Supportfristen ein, wo immer es geht. Die Tabelle der Vorhaben nennt den Grund für jeden Beginn.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 is out of vendor support in %2, until the work on it is done.</source>
        <translation>%1 ist in %2 ohne Herstellersupport, bis die Arbeit daran erledigt ist.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Where a name does not fit beside its bar, the bar carries a number instead, and where several systems leave support in one quarter, their mark carries a number in brackets: the key under the legend of the same page names them.</source>
        <translation>Wo ein Name nicht neben seinen Balken passt, trägt der Balken stattdessen eine Nummer, und wo mehrere Systeme im selben Quartal aus dem Support fallen, trägt ihr Zeichen eine Nummer in Klammern: Das Verzeichnis unter der Legende derselben Seite nennt sie.</translation>
    </message>
    <message>
        <source>Also served by: %1</source>
        <translation>Außerdem dienen ihm: %1</translation>
    </message>
    <message>
        <source>The whole roadmap, %1 – %2</source>
        <translation>Die gesamte Roadmap, %1 – %2</translation>
    </message>
    <message>
        <source>numbers: see the key below</source>
        <translation>Nummern: siehe Verzeichnis unten</translation>
    </message>
    <message>
        <source>Key to the whole roadmap</source>
        <translation>Verzeichnis zur gesamten Roadmap</translation>
    </message>
    <message>
        <source>Key to the whole roadmap (continued)</source>
        <translation>Verzeichnis zur gesamten Roadmap (Fortsetzung)</translation>
    </message>
    <message>
        <source>Scenarios compared</source>
        <translation>Szenarien im Vergleich</translation>
    </message>
    <message>
        <source>%1, each scheduled on its own with the same scheduler. Changes are measured against %2.</source>
        <translation>%1, jeweils für sich mit derselben Planung eingeplant. Änderungen werden an %2 gemessen.</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Was sich ändert</translation>
    </message>
    <message>
        <source>No initiative moves, drops, comes in or becomes late.</source>
        <translation>Kein Vorhaben verschiebt sich, fällt weg, kommt hinzu oder verspätet sich.</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <source>Changes since the baseline</source>
        <translation>Änderungen seit dem Basisplan</translation>
    </message>
    <message>
        <source>Against the baseline %1, frozen %2%3.</source>
        <translation>Gegenüber dem Basisplan %1, eingefroren am %2%3.</translation>
    </message>
    <message>
        <source> from the scenario %1</source>
        <translation> aus dem Szenario %1</translation>
    </message>
    <message>
        <source>Every initiative is where the baseline put it, at the same cost.</source>
        <translation>Jedes Vorhaben liegt, wo der Basisplan es vorgesehen hat, zu denselben Kosten.</translation>
    </message>
    <message>
        <source>Workshop record</source>
        <translation>Workshop-Protokoll</translation>
    </message>
    <message>
        <source>%1, started %2 and still running; changes until now.</source>
        <translation>%1, begonnen am %2 und noch laufend; Änderungen bis jetzt.</translation>
    </message>
    <message>
        <source>%1, from %2 to %3.</source>
        <translation>%1, von %2 bis %3.</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>Festgehalten</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
</context>
<context>
    <name>Cairn::ReportDialog</name>
    <message>
        <source>Cover</source>
        <translation>Titelseite</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Management-Zusammenfassung</translation>
    </message>
    <message>
        <source>Roadmap timeline</source>
        <translation>Roadmap-Zeitleiste</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Table of initiatives</source>
        <translation>Tabelle der Vorhaben</translation>
    </message>
    <message>
        <source>Table of systems</source>
        <translation>Tabelle der Systeme</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Fit into</source>
        <translation>Verteilen auf</translation>
    </message>
    <message>
        <source>Quarters per page:</source>
        <translation>Quartale je Seite:</translation>
    </message>
    <message>
        <source>PDF/A-1b for archiving</source>
        <translation>PDF/A-1b zum Archivieren</translation>
    </message>
    <message>
        <source>Export Roadmap PDF</source>
        <translation>Roadmap als PDF exportieren</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Tabloid</source>
        <translation>Tabloid</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Querformat</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Hochformat</translation>
    </message>
    <message>
        <source> page(s) wide</source>
        <translation> Seite(n) breit</translation>
    </message>
    <message>
        <source>Page &amp;size:</source>
        <translation>Seiten&amp;größe:</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Ausrichtung:</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>Timeline scale</source>
        <translation>Maßstab der Zeitleiste</translation>
    </message>
    <message>
        <source>&amp;Colour by:</source>
        <translation>&amp;Farbe nach:</translation>
    </message>
    <message>
        <source>&amp;Lanes by:</source>
        <translation>&amp;Bahnen nach:</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>PDF &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source>roadmap</source>
        <translation>roadmap</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Exported the roadmap report (%n page(s)) to %1</source>
        <translation>
            <numerusform>Roadmap-Bericht (%n Seite) nach %1 exportiert</numerusform>
            <numerusform>Roadmap-Bericht (%n Seiten) nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one section.</source>
        <translation>Wählen Sie mindestens einen Abschnitt.</translation>
    </message>
    <message>
        <source>As the page&apos;s width reads well</source>
        <translation>Passend zur Seitenbreite (gut lesbar)</translation>
    </message>
    <message>
        <source>Scenarios compared</source>
        <translation>Szenarien im Vergleich</translation>
    </message>
    <message>
        <source>Changes since the baseline</source>
        <translation>Änderungen seit dem Basisplan</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ohne)</translation>
    </message>
    <message>
        <source>The base plan</source>
        <translation>Der Hauptplan</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The plan has no scenarios.</source>
        <translation>Der Plan hat keine Szenarien.</translation>
    </message>
    <message>
        <source>The plan has no baselines.</source>
        <translation>Der Plan hat keine Basispläne.</translation>
    </message>
    <message>
        <source>with</source>
        <translation>mit</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>Workshop record</source>
        <translation>Workshop-Protokoll</translation>
    </message>
    <message>
        <source>The plan has no workshop yet (Start Workshop marks one).</source>
        <translation>Der Plan hat noch keinen Workshop („Workshop starten“ legt einen an).</translation>
    </message>
    <message>
        <source>What changed in the latest workshop, %1, and the decisions noted</source>
        <translation>Was sich im letzten Workshop, %1, geändert hat, und die festgehaltenen Entscheidungen</translation>
    </message>
</context>
<context>
    <name>Cairn::Roadmap</name>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>All initiatives</source>
        <translation>Alle Vorhaben</translation>
    </message>
    <message>
        <source>No goal</source>
        <translation>Kein Ziel</translation>
    </message>
    <message>
        <source>No system</source>
        <translation>Kein System</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>Kein Team</translation>
    </message>
    <message numerus="yes">
        <source>+%n goal(s)</source>
        <translation>
            <numerusform>+%n Ziel</numerusform>
            <numerusform>+%n Ziele</numerusform>
        </translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Roadmap</translation>
    </message>
    <message>
        <source>Roadmap %1 – %2</source>
        <translation>Roadmap %1 – %2</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n initiative(s)</source>
        <translation>
            <numerusform>%n Vorhaben</numerusform>
            <numerusform>%n Vorhaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n system(s)</source>
        <translation>
            <numerusform>%n System</numerusform>
            <numerusform>%n Systeme</numerusform>
        </translation>
    </message>
    <message>
        <source>Colour: %1</source>
        <translation>Farbe: %1</translation>
    </message>
    <message>
        <source>Marks:</source>
        <translation>Zeichen:</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>End of vendor support</source>
        <translation>Ende des Herstellersupports</translation>
    </message>
    <message>
        <source>Pinned start</source>
        <translation>Festgelegter Beginn</translation>
    </message>
    <message>
        <source>Misses its deadline</source>
        <translation>Verfehlt die Frist</translation>
    </message>
    <message>
        <source>Could not be placed</source>
        <translation>Nicht einplanbar</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Capacity used</source>
        <translation>Genutzte Kapazität</translation>
    </message>
    <message>
        <source>Lanes: %1</source>
        <translation>Bahnen: %1</translation>
    </message>
    <message>
        <source>Milestones and ends of support</source>
        <translation>Meilensteine und Supportenden</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (Fortsetzung)</translation>
    </message>
    <message>
        <source>%1 (collapsed)</source>
        <translation>%1 (zugeklappt)</translation>
    </message>
    <message>
        <source>No initiatives serve this goal yet</source>
        <translation>Noch dient kein Vorhaben diesem Ziel</translation>
    </message>
    <message>
        <source>Pin to %1</source>
        <translation>Auf %1 festlegen</translation>
    </message>
    <message numerus="yes">
        <source>%n quarter(s)</source>
        <translation>
            <numerusform>%n Quartal</numerusform>
            <numerusform>%n Quartale</numerusform>
        </translation>
    </message>
    <message>
        <source>no capacity</source>
        <translation>keine Kapazität</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>No tag</source>
        <translation>Kein Schlagwort</translation>
    </message>
    <message numerus="yes">
        <source>+%n tag(s)</source>
        <translation>
            <numerusform>+%n Schlagwort</numerusform>
            <numerusform>+%n Schlagwörter</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, continued on the next page</source>
        <translation>%1, Fortsetzung auf der nächsten Seite</translation>
    </message>
    <message>
        <source>Support ends in %1: %2</source>
        <translation>Supportende in %1: %2</translation>
    </message>
    <message>
        <source>None in these quarters</source>
        <translation>Keine in diesen Quartalen</translation>
    </message>
    <message numerus="yes">
        <source>A further tag of %n initiative(s) in other lanes</source>
        <translation>
            <numerusform>Weiteres Schlagwort von %n Vorhaben in anderen Bahnen</numerusform>
            <numerusform>Weiteres Schlagwort von %n Vorhaben in anderen Bahnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Served only by %n initiative(s) in other lanes</source>
        <translation>
            <numerusform>Nur durch %n Vorhaben in anderen Bahnen abgedeckt</numerusform>
            <numerusform>Nur durch %n Vorhaben in anderen Bahnen abgedeckt</numerusform>
        </translation>
    </message>
    <message>
        <source>No initiatives</source>
        <translation>Keine Vorhaben</translation>
    </message>
</context>
<context>
    <name>Cairn::RoadmapPage</name>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>All dependencies</source>
        <translation>Alle Abhängigkeiten</translation>
    </message>
    <message>
        <source>Selection&apos;s dependencies</source>
        <translation>Abhängigkeiten der Auswahl</translation>
    </message>
    <message>
        <source>No dependencies</source>
        <translation>Keine Abhängigkeiten</translation>
    </message>
    <message>
        <source>Show demand against capacity per resource and quarter under the timeline</source>
        <translation>Bedarf und Kapazität je Ressource und Quartal unter der Zeitleiste zeigen</translation>
    </message>
    <message>
        <source>&amp;Colour by:</source>
        <translation>&amp;Farbe nach:</translation>
    </message>
    <message>
        <source>&amp;Lanes by:</source>
        <translation>&amp;Bahnen nach:</translation>
    </message>
    <message>
        <source>&amp;Arrows:</source>
        <translation>&amp;Pfeile:</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Jahre</translation>
    </message>
    <message>
        <source>Zoom out to whole years</source>
        <translation>Auf ganze Jahre verkleinern</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>Quartale</translation>
    </message>
    <message>
        <source>Zoom in to quarters</source>
        <translation>Auf Quartale vergrößern</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+−)</source>
        <translation>Verkleinern (Strg+−)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Vergrößern (Strg++)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit the whole plan to the window (Ctrl+0)</source>
        <translation>Den ganzen Plan ins Fenster einpassen (Strg+0)</translation>
    </message>
    <message>
        <source>Export Image…</source>
        <translation>Bild exportieren…</translation>
    </message>
    <message>
        <source>Save the roadmap as PNG or SVG</source>
        <translation>Die Roadmap als PNG oder SVG speichern</translation>
    </message>
    <message>
        <source>The plan is still being scheduled; try again in a moment.</source>
        <translation>Der Plan wird noch eingeplant; bitte gleich noch einmal versuchen.</translation>
    </message>
    <message>
        <source>roadmap</source>
        <translation>roadmap</translation>
    </message>
    <message>
        <source>Export Roadmap Image</source>
        <translation>Roadmap-Bild exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>Exported the roadmap to %1</source>
        <translation>Roadmap nach %1 exportiert</translation>
    </message>
</context>
<context>
    <name>Cairn::RoadmapView</name>
    <message>
        <source>Scheduling…</source>
        <translation>Wird eingeplant…</translation>
    </message>
    <message>
        <source>No initiatives yet. Add them in the Initiatives view; they appear here as soon as they are scheduled.</source>
        <translation>Noch keine Vorhaben. Legen Sie sie in der Ansicht „Vorhaben“ an; sie erscheinen hier, sobald sie eingeplant sind.</translation>
    </message>
    <message>
        <source>Show in Inspector</source>
        <translation>Im Inspektor zeigen</translation>
    </message>
    <message>
        <source>Unpin (let the scheduler choose)</source>
        <translation>Lösen (die Planung wählt)</translation>
    </message>
    <message>
        <source>Pin to %1</source>
        <translation>Auf %1 festlegen</translation>
    </message>
    <message>
        <source>Expand Lane</source>
        <translation>Bahn aufklappen</translation>
    </message>
    <message>
        <source>Collapse Lane</source>
        <translation>Bahn zuklappen</translation>
    </message>
    <message>
        <source>Collapse All Lanes</source>
        <translation>Alle Bahnen zuklappen</translation>
    </message>
    <message>
        <source>Expand All Lanes</source>
        <translation>Alle Bahnen aufklappen</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Fit to Window</source>
        <translation>An Fenster anpassen</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n quarter(s)), %2 to %3</source>
        <translation>
            <numerusform>%1 (%n Quartal), %2 bis %3</numerusform>
            <numerusform>%1 (%n Quartale), %2 bis %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not be placed: see the problems.</source>
        <translation>Konnte nicht eingeplant werden: siehe Probleme.</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>Kosten: %1</translation>
    </message>
    <message>
        <source>Needs per quarter: %1</source>
        <translation>Bedarf je Quartal: %1</translation>
    </message>
    <message>
        <source>Pinned to %1</source>
        <translation>Festgelegt auf %1</translation>
    </message>
    <message>
        <source>Misses its deadline: %1</source>
        <translation>Verfehlt die Frist: %1</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Frist: %1</translation>
    </message>
    <message>
        <source>Goals: %1</source>
        <translation>Ziele: %1</translation>
    </message>
    <message>
        <source>%1 in %2: %3 planned of %4 (%5)</source>
        <translation>%1 in %2: %3 geplant von %4 (%5)</translation>
    </message>
    <message>
        <source>no capacity</source>
        <translation>keine Kapazität</translation>
    </message>
    <message>
        <source>Vendor support for %1 ends after %2.</source>
        <translation>Der Herstellersupport für %1 endet nach %2.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiteres</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Vendor support ends after %1 for: %2</source>
        <translation>Herstellersupport endet nach %1 für: %2</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
</context>
<context>
    <name>Cairn::Scenario</name>
    <message>
        <source>Base plan</source>
        <translation>Hauptplan</translation>
    </message>
    <message>
        <source>%1 has no field “%2”.</source>
        <translation>%1 hat kein Feld „%2“.</translation>
    </message>
    <message>
        <source>“%1” is not a number, so it cannot change by a percentage.</source>
        <translation>„%1“ ist keine Zahl und kann sich daher nicht um einen Prozentsatz ändern.</translation>
    </message>
    <message>
        <source>“%1” is not a percentage from −100 to 10000.</source>
        <translation>„%1“ ist kein Prozentwert von −100 bis 10000.</translation>
    </message>
    <message>
        <source>“%1” needs a value.</source>
        <translation>„%1“ braucht einen Wert.</translation>
    </message>
    <message>
        <source>the range ends (%1) before it begins (%2).</source>
        <translation>der Bereich endet (%1), bevor er beginnt (%2).</translation>
    </message>
    <message>
        <source>the range from %1 to %2 is longer than a hundred years.</source>
        <translation>der Bereich von %1 bis %2 ist länger als hundert Jahre.</translation>
    </message>
    <message>
        <source>only initiatives can be left out or taken in.</source>
        <translation>nur Vorhaben können ausgelassen oder aufgenommen werden.</translation>
    </message>
    <message>
        <source>only a resource has a capacity per quarter.</source>
        <translation>nur eine Ressource hat eine Kapazität je Quartal.</translation>
    </message>
    <message>
        <source>only a capacity takes a range of quarters.</source>
        <translation>nur eine Kapazität kann für einen Quartalsbereich gelten.</translation>
    </message>
    <message>
        <source>%1 #%2 is not in the plan any more.</source>
        <translation>%1 #%2 ist nicht mehr im Plan.</translation>
    </message>
    <message>
        <source>There is no scenario #%1 in the plan.</source>
        <translation>Im Plan gibt es kein Szenario #%1.</translation>
    </message>
    <message>
        <source>Scenario %1, %2: %3</source>
        <translation>Szenario %1, %2: %3</translation>
    </message>
    <message>
        <source>the plan&apos;s settings</source>
        <translation>die Einstellungen des Plans</translation>
    </message>
    <message>
        <source>Leave out %1</source>
        <translation>%1 auslassen</translation>
    </message>
    <message>
        <source>Take in %1</source>
        <translation>%1 aufnehmen</translation>
    </message>
    <message>
        <source>%1: %2 %3 %</source>
        <translation>%1: %2 %3 %</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source> from %1 to %2</source>
        <translation> von %1 bis %2</translation>
    </message>
    <message>
        <source> from %1</source>
        <translation> ab %1</translation>
    </message>
    <message>
        <source> until %1</source>
        <translation> bis %1</translation>
    </message>
    <message>
        <source>A scenario needs a name.</source>
        <translation>Ein Szenario braucht einen Namen.</translation>
    </message>
    <message>
        <source>%1 is the base plan&apos;s name; give the scenario another one.</source>
        <translation>%1 ist der Name des Hauptplans; geben Sie dem Szenario einen anderen.</translation>
    </message>
    <message>
        <source>There is already a scenario called %1.</source>
        <translation>Es gibt bereits ein Szenario namens %1.</translation>
    </message>
    <message>
        <source>A baseline needs a name.</source>
        <translation>Ein Basisplan braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is already a baseline called %1.</source>
        <translation>Es gibt bereits einen Basisplan namens %1.</translation>
    </message>
</context>
<context>
    <name>Cairn::ScenarioBar</name>
    <message>
        <source>Scenario:</source>
        <translation>Szenario:</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Szenarien</translation>
    </message>
    <message>
        <source>Show &amp;Baseline</source>
        <translation>&amp;Basisplan zeigen</translation>
    </message>
    <message>
        <source>The future the workspace shows: the base plan, or a scenario. While a scenario is shown, changes become its overrides; the base stays as it is.</source>
        <translation>Die Zukunft, die der Arbeitsbereich zeigt: der Hauptplan oder ein Szenario. Solange ein Szenario angezeigt wird, werden Änderungen zu seinen Anpassungen; der Hauptplan bleibt, wie er ist.</translation>
    </message>
    <message>
        <source>&amp;New Scenario…</source>
        <translation>&amp;Neues Szenario…</translation>
    </message>
    <message>
        <source>&amp;Duplicate Scenario…</source>
        <translation>Szenario &amp;duplizieren…</translation>
    </message>
    <message>
        <source>&amp;Rename Scenario…</source>
        <translation>Szenario &amp;umbenennen…</translation>
    </message>
    <message>
        <source>De&amp;lete Scenario</source>
        <translation>Szenario &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Adopt into the Base Plan…</source>
        <translation>In den &amp;Hauptplan übernehmen…</translation>
    </message>
    <message>
        <source>&amp;Compare Scenarios…</source>
        <translation>Szenarien &amp;vergleichen…</translation>
    </message>
    <message>
        <source>&amp;Freeze Baseline…</source>
        <translation>Basisplan &amp;einfrieren…</translation>
    </message>
    <message>
        <source>C&amp;hanges since a Baseline…</source>
        <translation>Änderungen &amp;seit einem Basisplan…</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>&amp;Re-plan Now…</source>
        <translation>Jetzt &amp;neu planen…</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Showing the scenario %1: changes become its overrides; the base plan stays as it is.</source>
        <translation>Szenario %1 wird angezeigt: Änderungen werden zu seinen Anpassungen; der Hauptplan bleibt, wie er ist.</translation>
    </message>
    <message>
        <source>Showing the base plan. Choose a scenario to see it scheduled; changes then become its overrides.</source>
        <translation>Der Hauptplan wird angezeigt. Wählen Sie ein Szenario, um es eingeplant zu sehen; Änderungen werden dann zu seinen Anpassungen.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Duplicate Scenario</source>
        <translation>Szenario duplizieren</translation>
    </message>
    <message>
        <source>New Scenario</source>
        <translation>Neues Szenario</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Rename Scenario</source>
        <translation>Szenario umbenennen</translation>
    </message>
    <message>
        <source>Delete Scenario</source>
        <translation>Szenario löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete the scenario %1 and its %n override(s)? The base plan does not change. Undo brings it back.</source>
        <translation>
            <numerusform>Szenario %1 und seine %n Anpassung löschen? Der Hauptplan ändert sich nicht. Rückgängig stellt es wieder her.</numerusform>
            <numerusform>Szenario %1 und seine %n Anpassungen löschen? Der Hauptplan ändert sich nicht. Rückgängig stellt es wieder her.</numerusform>
        </translation>
    </message>
    <message>
        <source>Adopt Scenario</source>
        <translation>Szenario übernehmen</translation>
    </message>
    <message>
        <source>Make the scenario %1 the base plan? Its overrides become the plan&apos;s own values and the scenario goes; other scenarios stay. Undo takes it back.</source>
        <translation>Szenario %1 zum Hauptplan machen? Seine Anpassungen werden zu den eigenen Werten des Plans, und das Szenario entfällt; andere Szenarien bleiben. Rückgängig nimmt es wieder zurück.</translation>
    </message>
    <message>
        <source>Freeze Baseline</source>
        <translation>Basisplan einfrieren</translation>
    </message>
    <message>
        <source>Baseline %1</source>
        <translation>Basisplan %1</translation>
    </message>
    <message>
        <source>Froze the baseline %1.</source>
        <translation>Basisplan %1 eingefroren.</translation>
    </message>
    <message>
        <source>Dashed: the baseline %1</source>
        <translation>Gestrichelt: der Basisplan %1</translation>
    </message>
    <message>
        <source>Changes since a Baseline</source>
        <translation>Änderungen seit einem Basisplan</translation>
    </message>
    <message>
        <source>The plan has no baseline yet. Freeze one first (Scenarios &gt; Freeze Baseline).</source>
        <translation>Der Plan hat noch keinen Basisplan. Frieren Sie zuerst einen ein (Szenarien &gt; Basisplan einfrieren).</translation>
    </message>
    <message>
        <source>Change a &amp;Capacity…</source>
        <translation>&amp;Kapazität ändern…</translation>
    </message>
    <message>
        <source>Change a Capacity in %1</source>
        <translation>Kapazität ändern in %1</translation>
    </message>
    <message>
        <source>the first quarter</source>
        <translation>das erste Quartal</translation>
    </message>
    <message>
        <source>the last quarter</source>
        <translation>das letzte Quartal</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>&amp;Ressource:</translation>
    </message>
    <message>
        <source>Change &amp;by:</source>
        <translation>Ändern &amp;um:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Change a Capacity</source>
        <translation>Kapazität ändern</translation>
    </message>
    <message>
        <source>The range ends (%1) before it starts (%2).</source>
        <translation>Der Bereich endet (%1), bevor er beginnt (%2).</translation>
    </message>
</context>
<context>
    <name>Cairn::Schedule</name>
    <message>
        <source>%1 FTE</source>
        <translation>%1 VZÄ</translation>
    </message>
    <message>
        <source>Done: not scheduled.</source>
        <translation>Erledigt: nicht eingeplant.</translation>
    </message>
    <message>
        <source>Dropped: not scheduled.</source>
        <translation>Verworfen: nicht eingeplant.</translation>
    </message>
    <message>
        <source>%1 is full in %2</source>
        <translation>%1 ist ausgelastet in %2</translation>
    </message>
    <message>
        <source>Not scheduled: see the problems.</source>
        <translation>Nicht eingeplant: siehe Probleme.</translation>
    </message>
    <message>
        <source>Already in progress: runs from the plan&apos;s first quarter.</source>
        <translation>Bereits in Arbeit: läuft ab dem ersten Quartal des Plans.</translation>
    </message>
    <message>
        <source>Pinned to start in %1.</source>
        <translation>Beginn auf %1 festgelegt.</translation>
    </message>
    <message>
        <source>Starts with the plan: nothing holds it back.</source>
        <translation>Beginnt mit dem Plan: nichts hält es auf.</translation>
    </message>
    <message>
        <source>Cannot start before its earliest start, %1.</source>
        <translation>Kann nicht vor seinem frühesten Beginn starten, %1.</translation>
    </message>
    <message>
        <source>Starts together with %1 (%2).</source>
        <translation>Beginnt zusammen mit %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>Starts %n quarter(s) after %1 starts (%2).</source>
        <translation>
            <numerusform>Beginnt %n Quartal nach dem Beginn von %1 (%2).</numerusform>
            <numerusform>Beginnt %n Quartale nach dem Beginn von %1 (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waits for %1 (ends %2) and a lag of %n quarter(s).</source>
        <translation>
            <numerusform>Wartet auf %1 (endet %2) und einen Versatz von %n Quartal.</numerusform>
            <numerusform>Wartet auf %1 (endet %2) und einen Versatz von %n Quartalen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waits for %1 (ends %2).</source>
        <translation>Wartet auf %1 (endet %2).</translation>
    </message>
    <message>
        <source>Placed after capacity-bound work.</source>
        <translation>Nach kapazitätsgebundener Arbeit eingeplant.</translation>
    </message>
    <message>
        <source>Waits for capacity: %1.</source>
        <translation>Wartet auf Kapazität: %1.</translation>
    </message>
    <message>
        <source>Dependency cycle: %1 → %2. These initiatives are not scheduled until one of the dependencies is removed.</source>
        <translation>Abhängigkeitszyklus: %1 → %2. Diese Vorhaben werden erst eingeplant, wenn eine der Abhängigkeiten entfernt ist.</translation>
    </message>
    <message>
        <source>%1 needs %2 of %3 per quarter, but no stretch of its duration offers more than %4; it is not scheduled.</source>
        <translation>%1 braucht %2 von %3 pro Quartal, aber kein Zeitraum seiner Dauer bietet mehr als %4; es wird nicht eingeplant.</translation>
    </message>
    <message>
        <source>%1 is pinned to start in %2, but it depends on %3, which runs until %4.</source>
        <translation>%1 ist auf den Beginn %2 festgelegt, hängt aber von %3 ab, das bis %4 läuft.</translation>
    </message>
    <message>
        <source>%1 is pinned to start in %2, before its earliest start.</source>
        <translation>%1 ist auf den Beginn %2 festgelegt, vor seinem frühesten Beginn.</translation>
    </message>
    <message>
        <source>%1 is out of support since the end of %2; %3 replaces or upgrades it only by %4.</source>
        <translation>%1 ist seit Ende %2 ohne Herstellersupport; %3 ersetzt oder aktualisiert es erst bis %4.</translation>
    </message>
    <message numerus="yes">
        <source>%1 finishes in %2, %n quarter(s) after %3 leaves support (%4).</source>
        <translation>
            <numerusform>%1 endet %2, %n Quartal nach dem Supportende von %3 (%4).</numerusform>
            <numerusform>%1 endet %2, %n Quartale nach dem Supportende von %3 (%4).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 finishes in %2, %n quarter(s) after its deadline %3.</source>
        <translation>
            <numerusform>%1 endet %2, %n Quartal nach seiner Frist %3.</numerusform>
            <numerusform>%1 endet %2, %n Quartale nach seiner Frist %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>It waits for %1.</source>
        <translation>Es wartet auf %1.</translation>
    </message>
    <message>
        <source>, which waits for </source>
        <translation>, das wartet auf </translation>
    </message>
    <message>
        <source>%1 waits for capacity: %2 is full in %3.</source>
        <translation>%1 wartet auf Kapazität: %2 ist ausgelastet in %3.</translation>
    </message>
    <message>
        <source>Capacity is short: %1 is full in %2.</source>
        <translation>Die Kapazität reicht nicht: %1 ist ausgelastet in %2.</translation>
    </message>
    <message>
        <source>%1 runs until %2, past the plan&apos;s last quarter %3.</source>
        <translation>%1 läuft bis %2, über das letzte Quartal des Plans (%3) hinaus.</translation>
    </message>
    <message>
        <source>Pinned initiatives alone need more of %1 than it has in %2: %3.</source>
        <translation>Schon die festgelegten Vorhaben brauchen in %2 mehr von %1, als verfügbar ist: %3.</translation>
    </message>
    <message>
        <source>FTE</source>
        <translation>VZÄ</translation>
    </message>
    <message>
        <source>Caught in the same circle of dependencies, and not scheduled either: %1.</source>
        <translation>Im selben Abhängigkeitskreis gefangen und ebenfalls nicht eingeplant: %1.</translation>
    </message>
    <message>
        <source>The schedule would need more than %1 quarters; not scheduled: %2.</source>
        <translation>Der Zeitplan bräuchte mehr als %1 Quartale; nicht eingeplant: %2.</translation>
    </message>
    <message>
        <source>The plan&apos;s horizon of %1 quarters is beyond the scheduler&apos;s range; it schedules %2 quarters.</source>
        <translation>Der Horizont des Plans von %1 Quartalen übersteigt den Rechenbereich der Planung; sie plant %2 Quartale ein.</translation>
    </message>
    <message>
        <source>%1: a duration of %2 quarters is out of the scheduler&apos;s range; it is scheduled as %3 quarters.</source>
        <translation>%1: Eine Dauer von %2 Quartalen liegt außerhalb des Rechenbereichs der Planung; sie wird mit %3 Quartalen eingeplant.</translation>
    </message>
    <message>
        <source>%1: its earliest start, %2 quarters after the plan&apos;s start, is out of the scheduler&apos;s range; it counts as %3.</source>
        <translation>%1: Der früheste Beginn, %2 Quartale nach Planbeginn, liegt außerhalb des Rechenbereichs der Planung; er zählt als %3.</translation>
    </message>
    <message>
        <source>%1 is pinned %2 quarters from the plan&apos;s start, out of the scheduler&apos;s range; it is pinned %3 quarters from the start instead.</source>
        <translation>%1 ist auf %2 Quartale nach Planbeginn festgelegt, außerhalb des Rechenbereichs der Planung; es wird stattdessen auf %3 Quartale nach Planbeginn festgelegt.</translation>
    </message>
    <message>
        <source>%1: its deadline, %2 quarters from the plan&apos;s start, is out of the scheduler&apos;s range; it counts as %3.</source>
        <translation>%1: Die Frist, %2 Quartale nach Planbeginn, liegt außerhalb des Rechenbereichs der Planung; sie zählt als %3.</translation>
    </message>
    <message>
        <source>The lag of %1 quarters between %2 and %3 is out of the scheduler&apos;s range; it counts as %4 quarters.</source>
        <translation>Der Versatz von %1 Quartalen zwischen %2 und %3 liegt außerhalb des Rechenbereichs der Planung; er zählt als %4 Quartale.</translation>
    </message>
    <message>
        <source>%1 needs %2 of %3 per quarter, more than the scheduler can add up; it counts as %4.</source>
        <translation>%1 braucht %2 von %3 je Quartal, mehr als die Planung zusammenrechnen kann; der Bedarf zählt als %4.</translation>
    </message>
    <message>
        <source>%1 has a capacity for each of %2 quarters; the scheduler uses the first %3 and the last of those after them.</source>
        <translation>%1 hat für %2 Quartale je eine eigene Kapazität; die Planung verwendet die ersten %3 und für die Quartale danach die letzte davon.</translation>
    </message>
    <message>
        <source>%1: a weight of %2 is more than the scheduler can add up; it counts as %3.</source>
        <translation>%1: Ein Gewicht von %2 ist mehr, als die Planung zusammenrechnen kann; es zählt als %3.</translation>
    </message>
    <message>
        <source>The best possible schedule (proven optimal).</source>
        <translation>Der bestmögliche Zeitplan (nachweislich optimal).</translation>
    </message>
    <message>
        <source>Within %1 % of the best possible schedule.</source>
        <translation>Höchstens %1 % vom bestmöglichen Zeitplan entfernt.</translation>
    </message>
    <message>
        <source>Add %1 to %2 in %3.</source>
        <translation>%2 in %3 um %1 erhöhen.</translation>
    </message>
    <message numerus="yes">
        <source>Start %1 in %2 or later.</source>
        <translation>
            <numerusform>%1 in %2 oder später beginnen.</numerusform>
            <numerusform>%1 in %2 oder später beginnen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep %1 supported until the end of %2 (extended support).</source>
        <translation>%1 bis Ende %2 im Support halten (verlängerter Support).</translation>
    </message>
    <message>
        <source>Move the deadline of %1 to %2.</source>
        <translation>Die Frist von %1 auf %2 verschieben.</translation>
    </message>
    <message>
        <source>Moved from %1 to %2: %3</source>
        <translation>Von %1 nach %2 verschoben: %3</translation>
    </message>
    <message>
        <source>Kept in %1, where it was in the schedule you saw: starting earlier would gain little.</source>
        <translation>In %1 belassen, wo es im angezeigten Zeitplan stand: ein früherer Beginn brächte wenig.</translation>
    </message>
    <message>
        <source>Kept in %1: the plan keeps its schedule (Plan ▸ Re-plan now moves it).</source>
        <translation>In %1 belassen: Der Plan behält seinen Zeitplan (Plan ▸ Jetzt neu planen verschiebt es).</translation>
    </message>
    <message>
        <source>%1 is kept in %2 (the plan keeps its schedule), but it depends on %3, which runs until %4.</source>
        <translation>%1 bleibt in %2 (der Plan behält seinen Zeitplan), hängt aber von %3 ab, das bis %4 läuft.</translation>
    </message>
    <message>
        <source>%1 is kept in %2 (the plan keeps its schedule), before its earliest start.</source>
        <translation>%1 bleibt in %2 (der Plan behält seinen Zeitplan), vor seinem frühesten Beginn.</translation>
    </message>
    <message>
        <source>waits for %1</source>
        <translation>wartet auf %1</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>%1 is full</source>
        <translation>%1 ist ausgelastet</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>festgelegt</translation>
    </message>
    <message>
        <source>earliest start</source>
        <translation>frühester Beginn</translation>
    </message>
    <message>
        <source>room earlier</source>
        <translation>früher Platz</translation>
    </message>
    <message numerus="yes">
        <source>%1 +%n quarter(s)</source>
        <translation>
            <numerusform>%1 +%n Quartal</numerusform>
            <numerusform>%1 +%n Quartale</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 −%n quarter(s)</source>
        <translation>
            <numerusform>%1 −%n Quartal</numerusform>
            <numerusform>%1 −%n Quartale</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n initiative(s) moved: %1</source>
        <translation>
            <numerusform>%n Vorhaben verschoben: %1</numerusform>
            <numerusform>%n Vorhaben verschoben: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, and %n more</source>
        <translation>
            <numerusform> und %n weiteres</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Moved from %1 to %2: room came free when %3 moved.</source>
        <translation>Von %1 nach %2 verschoben: Platz wurde frei, als %3 verschoben wurde.</translation>
    </message>
    <message>
        <source>Moved from %1 to %2: room came free there.</source>
        <translation>Von %1 nach %2 verschoben: dort wurde Platz frei.</translation>
    </message>
    <message>
        <source>room freed by %1</source>
        <translation>Platz frei durch %1</translation>
    </message>
    <message>
        <source>room came free</source>
        <translation>Platz wurde frei</translation>
    </message>
</context>
<context>
    <name>Cairn::ScoreTableModel</name>
    <message>
        <source>Initiative</source>
        <translation>Vorhaben</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Goal score</source>
        <translation>Zielbewertung</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Set by hand in the matrix (a right click on its dot takes it back)</source>
        <translation>Von Hand in der Matrix gesetzt (ein Rechtsklick auf seinen Punkt nimmt es zurück)</translation>
    </message>
</context>
<context>
    <name>Cairn::ScoringView</name>
    <message>
        <source>Set Values from Goal Scores</source>
        <translation>Werte aus Zielbewertungen übernehmen</translation>
    </message>
    <message>
        <source>Set value of an initiative</source>
        <translation>Wert eines Vorhabens festlegen</translation>
    </message>
    <message>
        <source>Set values from goal scores</source>
        <translation>Werte aus Zielbewertungen übernehmen</translation>
    </message>
    <message>
        <source>Goal score: each goal served, its weight × the contribution&apos;s strength, against the best initiative. Effort: cost and FTE-quarters against the largest, unless dragged (in italics). Nothing changes the values until you choose to.</source>
        <translation>Zielbewertung: je unterstütztem Ziel dessen Gewicht × die Stärke des Beitrags, gemessen am besten Vorhaben. Aufwand: Kosten und VZÄ-Quartale, gemessen am größten, sofern nicht gezogen (kursiv). Die Werte ändern sich erst, wenn Sie es wählen.</translation>
    </message>
    <message>
        <source>Effort from cost and FTE again</source>
        <translation>Aufwand wieder aus Kosten und VZÄ</translation>
    </message>
    <message>
        <source>Move %1 in the matrix</source>
        <translation>%1 in der Matrix verschieben</translation>
    </message>
    <message>
        <source>Set effort of an initiative</source>
        <translation>Aufwand eines Vorhabens festlegen</translation>
    </message>
</context>
<context>
    <name>Cairn::Server</name>
    <message>
        <source>the link #%1 – #%2</source>
        <translation>Verknüpfung #%1 – #%2</translation>
    </message>
    <message>
        <source>“%1” is not a server address (postgresql://…?plan=NAME)</source>
        <translation>„%1“ ist keine Serveradresse (postgresql://…?plan=NAME)</translation>
    </message>
    <message>
        <source>“%1” is not a port number</source>
        <translation>„%1“ ist keine Portnummer</translation>
    </message>
    <message>
        <source>the setting “%1” of “%2” cannot be used</source>
        <translation>die Einstellung „%1“ in „%2“ kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>Cannot use the plan server “%1”: %2.</source>
        <translation>Der Planserver „%1“ kann nicht verwendet werden: %2.</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql)</source>
        <translation>Der PostgreSQL-Treiber von Qt ist nicht installiert (Debian: libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>it holds no Cairn plans yet (an administrator runs “cairn server init ADDRESS” first)</source>
        <translation>er enthält noch keine Cairn-Pläne (ein Administrator führt zuerst „cairn server init ADDRESS“ aus)</translation>
    </message>
    <message>
        <source>its plans are in format %1, newer than this version of Cairn (%2)</source>
        <translation>seine Pläne haben das Format %1, neuer als diese Cairn-Version (%2)</translation>
    </message>
    <message>
        <source>its plans are in format %1; an administrator upgrades them with “cairn server init ADDRESS”</source>
        <translation>seine Pläne haben das Format %1; ein Administrator aktualisiert sie mit „cairn server init ADDRESS“</translation>
    </message>
    <message>
        <source>the address names no plan (add plan=NAME)</source>
        <translation>die Adresse nennt keinen Plan (plan=NAME ergänzen)</translation>
    </message>
    <message>
        <source>the plan has not been read yet</source>
        <translation>der Plan wurde noch nicht gelesen</translation>
    </message>
    <message>
        <source>there is no plan “%1”, or “%2” is not a member of it</source>
        <translation>es gibt keinen Plan „%1“, oder „%2“ ist kein Mitglied davon</translation>
    </message>
    <message>
        <source>The plan server “%1” is ready (format %2); nothing to do.</source>
        <translation>Der Planserver „%1“ ist bereit (Format %2); nichts zu tun.</translation>
    </message>
    <message>
        <source>its plans are in format %1 and this version of Cairn cannot upgrade them to %2</source>
        <translation>seine Pläne haben das Format %1, und diese Cairn-Version kann sie nicht auf %2 aktualisieren</translation>
    </message>
    <message>
        <source>The plan server “%1” is ready (format %2).</source>
        <translation>Der Planserver „%1“ ist bereit (Format %2).</translation>
    </message>
    <message>
        <source>the plan “%1” could not be read (%2)</source>
        <translation>der Plan „%1“ konnte nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>there is a plan “%1” already</source>
        <translation>es gibt bereits einen Plan „%1“</translation>
    </message>
    <message>
        <source>The plan&apos;s settings were changed by %1 at %2</source>
        <translation>Die Einstellungen des Plans wurden von %1 am %2 geändert</translation>
    </message>
    <message>
        <source>“%1” cannot be added: its id is taken by “%2”, added by someone else</source>
        <translation>„%1“ kann nicht hinzugefügt werden: Seine ID ist schon durch „%2“ belegt, das jemand anderes hinzugefügt hat</translation>
    </message>
    <message>
        <source>“%1” was removed by someone else</source>
        <translation>„%1“ wurde von jemand anderem entfernt</translation>
    </message>
    <message>
        <source>“%1” was changed by %2 at %3</source>
        <translation>„%1“ wurde von %2 am %3 geändert</translation>
    </message>
    <message>
        <source>%1 was added by %2 at %3</source>
        <translation>%1 wurde von %2 am %3 hinzugefügt</translation>
    </message>
    <message>
        <source>%1 was removed by someone else</source>
        <translation>%1 wurde von jemand anderem entfernt</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3</source>
        <translation>%1 wurde von %2 am %3 geändert</translation>
    </message>
    <message>
        <source>“%1” may only view the plan “%2”</source>
        <translation>„%1“ darf den Plan „%2“ nur ansehen</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n change(s) by others since this plan was read.</source>
        <translation>
            <numerusform>Nicht gespeichert: %n Änderung anderer, seit dieser Plan gelesen wurde.</numerusform>
            <numerusform>Nicht gespeichert: %n Änderungen anderer, seit dieser Plan gelesen wurde.</numerusform>
        </translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(entfernt)</translation>
    </message>
    <message>
        <source>the plan&apos;s settings</source>
        <translation>die Einstellungen des Plans</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Some changes are not on the plan server “%1” yet (%2). Use Save As to keep a copy in a file.</source>
        <translation>Einige Änderungen sind noch nicht auf dem Planserver „%1“ (%2). Mit „Speichern unter“ behalten Sie eine Kopie in einer Datei.</translation>
    </message>
    <message>
        <source>they are on their way</source>
        <translation>sie sind unterwegs</translation>
    </message>
    <message>
        <source>%1 changed %2 of %3 at the same time; your change to %4 was written too (merged).</source>
        <translation>%1 hat gleichzeitig %3 geändert (%2); Ihre Änderung (%4) wurde ebenfalls geschrieben (zusammengeführt).</translation>
    </message>
    <message>
        <source>Keep My Change to %1</source>
        <translation>Meine Änderung für %1 behalten</translation>
    </message>
    <message>
        <source>Take %1&apos;s Change to %2</source>
        <translation>Änderung von %1 für %2 übernehmen</translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation>einem Teammitglied</translation>
    </message>
    <message>
        <source>it cannot reserve ids for new rows yet (an administrator runs “cairn server init ADDRESS” to upgrade it)</source>
        <translation>er kann noch keine IDs für neue Zeilen reservieren (ein Administrator aktualisiert ihn mit „cairn server init ADDRESS“)</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>der Server hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>The plan server “%1” is upgraded (format %2, revision %3).</source>
        <translation>Der Planserver „%1“ ist aktualisiert (Format %2, Revision %3).</translation>
    </message>
    <message>
        <source>This plan server does not keep scenarios, baselines, the reference schedule, the workshop record or the dot vote yet (an administrator upgrades it with “cairn server init”): they stay in this window only.</source>
        <translation>Dieser Planserver speichert Szenarien, Basispläne, den Referenzzeitplan, das Workshop-Protokoll und die Punktabstimmung noch nicht (ein Administrator aktualisiert ihn mit „cairn server init“): sie bleiben nur in diesem Fenster.</translation>
    </message>
    <message numerus="yes">
        <source>Someone else changed %1 at the same time: %n of your changes to the same rows were not written (theirs are shown).</source>
        <translation>
            <numerusform>Jemand anderes hat gleichzeitig %1 geändert: %n Ihrer Änderungen an denselben Zeilen wurde nicht geschrieben (angezeigt werden die der anderen Person).</numerusform>
            <numerusform>Jemand anderes hat gleichzeitig %1 geändert: %n Ihrer Änderungen an denselben Zeilen wurden nicht geschrieben (angezeigt werden die der anderen Person).</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone else changed %1 at the same time; your changes were made again on theirs (merged).</source>
        <translation>Jemand anderes hat gleichzeitig %1 geändert; Ihre Änderungen wurden auf deren Stand erneut ausgeführt (zusammengeführt).</translation>
    </message>
    <message>
        <source>the reference schedule</source>
        <translation>den Referenzzeitplan</translation>
    </message>
    <message>
        <source>the scenarios and baselines</source>
        <translation>die Szenarien und Basispläne</translation>
    </message>
    <message>
        <source>the workshop record and the dot vote</source>
        <translation>das Workshop-Protokoll und die Punktabstimmung</translation>
    </message>
    <message>
        <source>it cannot keep %1 yet (an administrator runs “cairn server init ADDRESS” to upgrade it)</source>
        <translation>er kann %1 noch nicht speichern (ein Administrator führt „cairn server init ADRESSE“ aus, um ihn zu aktualisieren)</translation>
    </message>
    <message>
        <source>%1 changed %2 at %3</source>
        <translation>%1 hat %2 geändert (%3)</translation>
    </message>
    <message>
        <source>The changes kept in “%1” cannot be read.</source>
        <translation>Die in „%1“ aufbewahrten Änderungen können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Send Unsent Changes</source>
        <translation>Nicht gesendete Änderungen senden</translation>
    </message>
</context>
<context>
    <name>Cairn::ServerDialog</name>
    <message>
        <source>Open from Server</source>
        <translation>Vom Server öffnen</translation>
    </message>
    <message>
        <source>Publish to Server</source>
        <translation>Auf dem Server veröffentlichen</translation>
    </message>
    <message>
        <source>Not needed with ~/.pgpass or a service entry</source>
        <translation>Nicht nötig mit ~/.pgpass oder einem Diensteintrag</translation>
    </message>
    <message>
        <source>The plan&apos;s address on a PostgreSQL server, with the plan&apos;s name as plan=NAME.</source>
        <translation>Die Adresse des Plans auf einem PostgreSQL-Server, mit dem Namen des Plans als plan=NAME.</translation>
    </message>
    <message>
        <source>A new shared plan is made from this one on the server, under the name given as plan=NAME; you become its owner and the window shows it from the server.</source>
        <translation>Aus diesem Plan entsteht auf dem Server ein neuer gemeinsamer Plan unter dem Namen, der als plan=NAME angegeben ist; Sie werden sein Eigentümer, und das Fenster zeigt ihn vom Server.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>The address names no plan: add plan=NAME to it.</source>
        <translation>Die Adresse nennt keinen Plan: Ergänzen Sie plan=NAME.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Publishing to %1…</source>
        <translation>Wird auf %1 veröffentlicht…</translation>
    </message>
</context>
<context>
    <name>Cairn::ServerPlans</name>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Open from Ser&amp;ver…</source>
        <translation>Vom Ser&amp;ver öffnen…</translation>
    </message>
    <message>
        <source>Pu&amp;blish to Server…</source>
        <translation>Auf dem Se&amp;rver veröffentlichen…</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Konflikte (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) by colleagues taken in (revision %1).</source>
        <translation>
            <numerusform>%n Änderung aus dem Team übernommen (Revision %1).</numerusform>
            <numerusform>%n Änderungen aus dem Team übernommen (Revision %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection to the plan server “%1” is lost (%2). Your changes stay in this window and are sent when it is back.</source>
        <translation>Die Verbindung zum Planserver „%1“ ist unterbrochen (%2). Ihre Änderungen bleiben in diesem Fenster und werden gesendet, sobald sie wieder besteht.</translation>
    </message>
    <message>
        <source>Cairn closed unexpectedly before changes to “%1” reached the plan server. They were kept at %2. Open the plan and send them now? Where a colleague changed the same thing meanwhile, the Conflicts dock asks which to keep.</source>
        <translation>Cairn wurde unerwartet beendet, bevor Änderungen an „%1“ den Planserver erreichten. Sie wurden am %2 aufbewahrt. Den Plan jetzt öffnen und sie senden? Wo ein Kollege inzwischen dasselbe geändert hat, fragt das Fenster „Konflikte“, was behalten werden soll.</translation>
    </message>
    <message>
        <source>Changes to “%1” made in a window that closed unexpectedly never reached the plan server. They were kept at %2. Send them now? Where a colleague changed the same thing meanwhile, the Conflicts dock asks which to keep.</source>
        <translation>Änderungen an „%1“ aus einem Fenster, das unerwartet geschlossen wurde, haben den Planserver nie erreicht. Sie wurden am %2 aufbewahrt. Jetzt senden? Wo ein Kollege inzwischen dasselbe geändert hat, fragt das Fenster „Konflikte“, was behalten werden soll.</translation>
    </message>
    <message>
        <source>Send Unsent Changes?</source>
        <translation>Nicht gesendete Änderungen senden?</translation>
    </message>
    <message>
        <source>Cannot Send Unsent Changes</source>
        <translation>Nicht gesendete Änderungen können nicht gesendet werden</translation>
    </message>
    <message>
        <source>The changes kept at %1 were on the plan server already.</source>
        <translation>Die am %1 aufbewahrten Änderungen waren bereits auf dem Planserver.</translation>
    </message>
    <message numerus="yes">
        <source>%n unsent change(s) kept at %1 made again.</source>
        <translation>
            <numerusform>%n nicht gesendete Änderung vom %1 erneut ausgeführt.</numerusform>
            <numerusform>%n nicht gesendete Änderungen vom %1 erneut ausgeführt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cairn::ShortcutsDialog</name>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Roadmap</translation>
    </message>
    <message>
        <source>Select the next bar</source>
        <translation>Nächsten Balken auswählen</translation>
    </message>
    <message>
        <source>Select the bar above or below</source>
        <translation>Balken darüber oder darunter auswählen</translation>
    </message>
    <message>
        <source>Pin a quarter earlier or later</source>
        <translation>Ein Quartal früher oder später festlegen</translation>
    </message>
    <message>
        <source>A quarter shorter or longer</source>
        <translation>Ein Quartal kürzer oder länger</translation>
    </message>
    <message>
        <source>Edit in the inspector</source>
        <translation>Im Inspektor bearbeiten</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>Auswahl aufheben</translation>
    </message>
    <message>
        <source>Zoom in, zoom out</source>
        <translation>Vergrößern, verkleinern</translation>
    </message>
    <message>
        <source>Fit to the window</source>
        <translation>An Fenster anpassen</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>Graph</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <source>Edit the cell</source>
        <translation>Zelle bearbeiten</translation>
    </message>
    <message>
        <source>Presenter mode</source>
        <translation>Präsentationsmodus</translation>
    </message>
    <message>
        <source>Next slide</source>
        <translation>Nächste Folie</translation>
    </message>
    <message>
        <source>Previous slide</source>
        <translation>Vorherige Folie</translation>
    </message>
    <message>
        <source>First and last slide</source>
        <translation>Erste und letzte Folie</translation>
    </message>
    <message>
        <source>Blank the screen</source>
        <translation>Bildschirm ausblenden</translation>
    </message>
    <message>
        <source>Capture an idea</source>
        <translation>Idee erfassen</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>Cairn::Slides</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Roadmap %1</source>
        <translation>Roadmap %1</translation>
    </message>
    <message>
        <source>Roadmap %1 (%2 of %3)</source>
        <translation>Roadmap %1 (%2 von %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n initiative(s)</source>
        <translation>
            <numerusform>%n Vorhaben</numerusform>
            <numerusform>%n Vorhaben</numerusform>
        </translation>
    </message>
    <message>
        <source>Run, Grow, Transform</source>
        <translation>Run, Grow, Transform</translation>
    </message>
    <message>
        <source>Where the money goes: keeping the lights on, improving, changing</source>
        <translation>Wohin das Geld fließt: den Betrieb am Laufen halten, verbessern, verändern</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Demand as a share of each resource&apos;s capacity, per quarter</source>
        <translation>Bedarf als Anteil an der Kapazität jeder Ressource, je Quartal</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>also served by %n initiative(s) of other goals</source>
        <translation>
            <numerusform>außerdem von %n Vorhaben anderer Ziele unterstützt</numerusform>
            <numerusform>außerdem von %n Vorhaben anderer Ziele unterstützt</numerusform>
        </translation>
    </message>
    <message>
        <source>No initiative serves this goal yet.</source>
        <translation>Noch kein Vorhaben unterstützt dieses Ziel.</translation>
    </message>
    <message>
        <source>Goals and their initiatives</source>
        <translation>Ziele und ihre Vorhaben</translation>
    </message>
    <message>
        <source>Systems out of vendor support, with the plan carried out</source>
        <translation>Systeme ohne Herstellersupport, wenn der Plan umgesetzt wird</translation>
    </message>
    <message>
        <source>%1: from %2, and still at the end</source>
        <translation>%1: ab %2, auch am Ende noch</translation>
    </message>
    <message>
        <source>%1: in %2</source>
        <translation>%1: in %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 – %3 (%n quarter(s))</source>
        <translation>
            <numerusform>%1: %2 – %3 (%n Quartal)</numerusform>
            <numerusform>%1: %2 – %3 (%n Quartale)</numerusform>
        </translation>
    </message>
    <message>
        <source>None: every system is supported while it runs.</source>
        <translation>Keine: Jedes System hat Support, solange es läuft.</translation>
    </message>
    <message>
        <source>Deadlines the schedule misses</source>
        <translation>Fristen, die der Zeitplan verfehlt</translation>
    </message>
    <message>
        <source>Quarters over capacity</source>
        <translation>Quartale über der Kapazität</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Key risks</source>
        <translation>Wesentliche Risiken</translation>
    </message>
    <message>
        <source>Decided in this workshop</source>
        <translation>In diesem Workshop entschieden</translation>
    </message>
    <message>
        <source>Decisions taken</source>
        <translation>Getroffene Entscheidungen</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (Fortsetzung)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>← → slides · click a bar: its dependencies · B blank · N capture an idea · Esc leave</source>
        <translation>← → Folien · Balken anklicken: seine Abhängigkeiten · B Bild aus · N Idee erfassen · Esc beenden</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>End of vendor support</source>
        <translation>Ende des Herstellersupports</translation>
    </message>
    <message>
        <source>Misses its deadline</source>
        <translation>Verfehlt die Frist</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>FY</source>
        <translation>GJ</translation>
    </message>
    <message numerus="yes">
        <source>Green up to 80 %, amber up to 100 %, red over capacity: %n quarter(s) over.</source>
        <translation>
            <numerusform>Grün bis 80 %, Gelb bis 100 %, Rot über der Kapazität: %n Quartal darüber.</numerusform>
            <numerusform>Grün bis 80 %, Gelb bis 100 %, Rot über der Kapazität: %n Quartale darüber.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>„%1“ kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>Cairn::TablePage</name>
    <message>
        <source>Search…</source>
        <translation>Suchen…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation>Ziel:</translation>
    </message>
</context>
<context>
    <name>Cairn::Template</name>
    <message>
        <source>Small business</source>
        <translation>Kleines Unternehmen</translation>
    </message>
    <message>
        <source>About 15 people, an office and a workshop, IT looked after by the office manager and an outside partner: backups, new PCs and a firewall before end of support, multi-factor sign-in, files in the cloud.</source>
        <translation>Rund 15 Mitarbeitende, ein Büro und eine Werkstatt, die IT betreut von der Büroleitung und einem externen Partner: Datensicherung, neue PCs und eine Firewall vor dem Supportende, Anmeldung mit mehreren Faktoren, Dateien in der Cloud.</translation>
    </message>
    <message>
        <source>Retailer</source>
        <translation>Einzelhändler</translation>
    </message>
    <message>
        <source>Three stores, a webshop and a warehouse: tills, payment terminals and the webshop upgraded before end of support, a safer store network, click &amp; collect and one stock across stores and webshop.</source>
        <translation>Drei Filialen, ein Webshop und ein Lager: Kassen, Zahlungsterminals und Webshop vor dem Supportende erneuert, ein sichereres Filialnetz, Click &amp; Collect und ein gemeinsamer Bestand für Filialen und Webshop.</translation>
    </message>
    <message>
        <source>Professional-services firm</source>
        <translation>Dienstleistungskanzlei</translation>
    </message>
    <message>
        <source>About 40 accountants, lawyers or consultants in two offices: client data protected, laptops, practice management and the phone system renewed, documents in the cloud and a client portal.</source>
        <translation>Rund 40 Steuerberater, Anwälte oder Berater an zwei Standorten: Mandantendaten geschützt, Laptops, Kanzleisoftware und Telefonanlage erneuert, Dokumente in der Cloud und ein Mandantenportal.</translation>
    </message>
    <message>
        <source>Professional services — IT roadmap</source>
        <translation>Dienstleistungskanzlei — IT-Roadmap</translation>
    </message>
    <message>
        <source>Your firm</source>
        <translation>Ihre Kanzlei</translation>
    </message>
    <message>
        <source>A firm of about 40 people (accountants, lawyers, engineers or consultants) in two offices, with client files that must stay confidential. A starter template: replace the names, dates and amounts with your own. The quarters follow the plan&apos;s first quarter; ends of support are examples, so enter your vendors&apos; dates.</source>
        <translation>Eine Kanzlei mit rund 40 Mitarbeitenden (Steuerberater, Anwälte, Ingenieure oder Berater) an zwei Standorten, deren Mandantenakten vertraulich bleiben müssen. Eine Startvorlage: Ersetzen Sie Namen, Daten und Beträge durch Ihre eigenen. Die Quartale richten sich nach dem ersten Quartal des Plans; die Supportenden sind Beispiele, tragen Sie also die Daten Ihrer Hersteller ein.</translation>
    </message>
    <message>
        <source>IT budget</source>
        <translation>IT-Budget</translation>
    </message>
    <message>
        <source>Project money per quarter.</source>
        <translation>Projektmittel je Quartal.</translation>
    </message>
    <message>
        <source>IT coordinator</source>
        <translation>IT-Koordination</translation>
    </message>
    <message>
        <source>An office manager who coordinates IT part-time.</source>
        <translation>Eine Büroleitung, die die IT in Teilzeit koordiniert.</translation>
    </message>
    <message>
        <source>IT service partner</source>
        <translation>IT-Dienstleister</translation>
    </message>
    <message>
        <source>Managed service contract with hours for projects.</source>
        <translation>Managed-Service-Vertrag mit Stundenkontingent für Projekte.</translation>
    </message>
    <message>
        <source>Protect client data</source>
        <translation>Mandantendaten schützen</translation>
    </message>
    <message>
        <source>Confidential files protected, access controlled, and every incident handled as the professional body requires.</source>
        <translation>Vertrauliche Akten geschützt, Zugriffe kontrolliert und jeder Vorfall so behandelt, wie es die Berufskammer verlangt.</translation>
    </message>
    <message>
        <source>Managing partner</source>
        <translation>Geschäftsführender Partner</translation>
    </message>
    <message>
        <source>No reportable data breach</source>
        <translation>Keine meldepflichtige Datenpanne</translation>
    </message>
    <message>
        <source>Keep systems supported</source>
        <translation>Systeme im Support halten</translation>
    </message>
    <message>
        <source>Nothing the firm depends on runs out of vendor support.</source>
        <translation>Nichts, worauf die Kanzlei angewiesen ist, fällt aus dem Herstellersupport.</translation>
    </message>
    <message>
        <source>Office manager</source>
        <translation>Büroleitung</translation>
    </message>
    <message>
        <source>No unsupported system</source>
        <translation>Kein System ohne Support</translation>
    </message>
    <message>
        <source>Work securely from anywhere</source>
        <translation>Von überall sicher arbeiten</translation>
    </message>
    <message>
        <source>Client meetings, home and the second office with the same files and phone.</source>
        <translation>Beim Mandanten, zu Hause und am zweiten Standort mit denselben Dateien und demselben Telefon.</translation>
    </message>
    <message>
        <source>Everyone can work remotely</source>
        <translation>Alle können mobil arbeiten</translation>
    </message>
    <message>
        <source>Bill more hours, chase fewer</source>
        <translation>Mehr Stunden abrechnen, weniger hinterherlaufen</translation>
    </message>
    <message>
        <source>Time recorded as it happens, invoices out sooner, clients who pay online.</source>
        <translation>Zeiten sofort erfasst, Rechnungen schneller verschickt, Mandanten zahlen online.</translation>
    </message>
    <message>
        <source>Finance partner</source>
        <translation>Partner Finanzen</translation>
    </message>
    <message>
        <source>Days to invoice 30 → 10</source>
        <translation>Tage bis zur Rechnung 30 → 10</translation>
    </message>
    <message>
        <source>Practice management (time and billing)</source>
        <translation>Kanzleisoftware (Zeiterfassung und Abrechnung)</translation>
    </message>
    <message>
        <source>Business application</source>
        <translation>Fachanwendung</translation>
    </message>
    <message>
        <source>Practice software vendor</source>
        <translation>Hersteller der Kanzleisoftware</translation>
    </message>
    <message>
        <source>Document management</source>
        <translation>Dokumentenmanagement</translation>
    </message>
    <message>
        <source>File server and NAS</source>
        <translation>Dateiserver und NAS</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>Infrastruktur</translation>
    </message>
    <message>
        <source>on-premises</source>
        <translation>vor Ort</translation>
    </message>
    <message>
        <source>Laptops</source>
        <translation>Laptops</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Arbeitsplatz</translation>
    </message>
    <message>
        <source>hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>Office phone system (PBX)</source>
        <translation>Telefonanlage (TK-Anlage)</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>Email and collaboration (cloud)</source>
        <translation>E-Mail und Zusammenarbeit (Cloud)</translation>
    </message>
    <message>
        <source>Backup appliance</source>
        <translation>Backup-Appliance</translation>
    </message>
    <message>
        <source>Cloud backup with a tested restore</source>
        <translation>Cloud-Backup mit getesteter Wiederherstellung</translation>
    </message>
    <message>
        <source>Back up mailboxes, documents and the practice database to a second location; test a restore every half year.</source>
        <translation>Postfächer, Dokumente und die Kanzleidatenbank an einen zweiten Ort sichern; jedes Halbjahr eine Wiederherstellung testen.</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>Datensicherung</translation>
    </message>
    <message>
        <source>Multi-factor sign-in and device management</source>
        <translation>Mehrfaktor-Anmeldung und Geräteverwaltung</translation>
    </message>
    <message>
        <source>MFA for every account; laptops enrolled, encrypted and updated centrally.</source>
        <translation>MFA für jedes Konto; Laptops zentral registriert, verschlüsselt und aktualisiert.</translation>
    </message>
    <message>
        <source>security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Replace the laptops before end of support</source>
        <translation>Laptops vor dem Supportende ersetzen</translation>
    </message>
    <message>
        <source>Supported laptops with encryption, docking in both offices.</source>
        <translation>Unterstützte Laptops mit Verschlüsselung, Dockingstationen an beiden Standorten.</translation>
    </message>
    <message>
        <source>end of support</source>
        <translation>Supportende</translation>
    </message>
    <message>
        <source>Upgrade practice management</source>
        <translation>Kanzleisoftware aktualisieren</translation>
    </message>
    <message>
        <source>Move time and billing to the vendor&apos;s supported (cloud) version before the current one runs out.</source>
        <translation>Zeiterfassung und Abrechnung auf die unterstützte (Cloud-)Version des Herstellers umstellen, bevor die aktuelle ausläuft.</translation>
    </message>
    <message>
        <source>Replace the phone system with cloud telephony</source>
        <translation>Telefonanlage durch Cloud-Telefonie ersetzen</translation>
    </message>
    <message>
        <source>Numbers ported to a cloud phone service with softphones on laptops and mobiles.</source>
        <translation>Rufnummern zu einem Cloud-Telefondienst portiert, mit Softphones auf Laptops und Mobiltelefonen.</translation>
    </message>
    <message>
        <source>Move document management to the cloud</source>
        <translation>Dokumentenmanagement in die Cloud verlagern</translation>
    </message>
    <message>
        <source>Client files move to a cloud document system with matter-based permissions; the file server is switched off.</source>
        <translation>Mandantenakten wandern in ein Cloud-Dokumentensystem mit Berechtigungen je Mandat; der Dateiserver wird abgeschaltet.</translation>
    </message>
    <message>
        <source>Client portal for sharing documents</source>
        <translation>Mandantenportal zum Teilen von Dokumenten</translation>
    </message>
    <message>
        <source>Clients upload and sign documents in a portal instead of email.</source>
        <translation>Mandanten laden Dokumente in einem Portal hoch und unterschreiben sie dort statt per E-Mail.</translation>
    </message>
    <message>
        <source>Record time as it happens</source>
        <translation>Zeiten sofort erfassen</translation>
    </message>
    <message>
        <source>Time captured from calendar, email and phone into practice management.</source>
        <translation>Zeiten aus Kalender, E-Mail und Telefon in die Kanzleisoftware übernehmen.</translation>
    </message>
    <message>
        <source>Security awareness training</source>
        <translation>Schulung zur Sicherheitsaufmerksamkeit</translation>
    </message>
    <message>
        <source>Short yearly training and phishing tests for everyone.</source>
        <translation>Kurze jährliche Schulung und Phishing-Tests für alle.</translation>
    </message>
    <message>
        <source>Professional indemnity renewal</source>
        <translation>Verlängerung der Berufshaftpflicht</translation>
    </message>
    <message>
        <source>The insurer asks about MFA, backups and training.</source>
        <translation>Der Versicherer fragt nach MFA, Datensicherungen und Schulungen.</translation>
    </message>
    <message>
        <source>Retailer — IT roadmap</source>
        <translation>Einzelhändler — IT-Roadmap</translation>
    </message>
    <message>
        <source>Your shops</source>
        <translation>Ihre Filialen</translation>
    </message>
    <message>
        <source>A retailer with three stores, a webshop and a small warehouse; one IT person and a web agency. A starter template: replace the names, dates and amounts with your own. The quarters follow the plan&apos;s first quarter; ends of support are examples, so enter your vendors&apos; dates.</source>
        <translation>Ein Einzelhändler mit drei Filialen, einem Webshop und einem kleinen Lager; eine IT-Fachkraft und eine Webagentur. Eine Startvorlage: Ersetzen Sie Namen, Daten und Beträge durch Ihre eigenen. Die Quartale richten sich nach dem ersten Quartal des Plans; die Supportenden sind Beispiele, tragen Sie also die Daten Ihrer Hersteller ein.</translation>
    </message>
    <message>
        <source>IT project budget</source>
        <translation>IT-Projektbudget</translation>
    </message>
    <message>
        <source>Project money per quarter; licences and support contracts are running costs.</source>
        <translation>Projektmittel je Quartal; Lizenzen und Supportverträge sind laufende Kosten.</translation>
    </message>
    <message>
        <source>Internal IT</source>
        <translation>Interne IT</translation>
    </message>
    <message>
        <source>One IT person, with a fifth of a colleague&apos;s time; day-to-day support comes first.</source>
        <translation>Eine IT-Fachkraft, dazu ein Fünftel der Arbeitszeit einer Kollegin; der Tagesbetrieb hat Vorrang.</translation>
    </message>
    <message>
        <source>Web agency</source>
        <translation>Webagentur</translation>
    </message>
    <message>
        <source>Builds and hosts the webshop under a yearly contract.</source>
        <translation>Entwickelt und betreibt den Webshop im Rahmen eines Jahresvertrags.</translation>
    </message>
    <message>
        <source>Sell seamlessly online and in store</source>
        <translation>Nahtlos online und im Laden verkaufen</translation>
    </message>
    <message>
        <source>One stock, one price and one customer across the stores and the webshop.</source>
        <translation>Ein Bestand, ein Preis und ein Kunde über alle Filialen und den Webshop hinweg.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Online share of revenue 10 % → 25 %</source>
        <translation>Online-Anteil am Umsatz 10 % → 25 %</translation>
    </message>
    <message>
        <source>Keep the tills running</source>
        <translation>Die Kassen am Laufen halten</translation>
    </message>
    <message>
        <source>No store stops selling because of IT: tills, payment and network supported and backed up.</source>
        <translation>Keine Filiale hört wegen der IT auf zu verkaufen: Kassen, Zahlung und Netzwerk mit Support und gesichert.</translation>
    </message>
    <message>
        <source>Store operations</source>
        <translation>Filialbetrieb</translation>
    </message>
    <message>
        <source>No trading hour lost</source>
        <translation>Keine Verkaufsstunde verloren</translation>
    </message>
    <message>
        <source>Know and keep our customers</source>
        <translation>Unsere Kunden kennen und halten</translation>
    </message>
    <message>
        <source>A loyalty programme and campaigns based on what people buy.</source>
        <translation>Ein Kundenbindungsprogramm und Kampagnen, die sich danach richten, was die Leute kaufen.</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Repeat purchases 20 % → 30 %</source>
        <translation>Wiederholungskäufe 20 % → 30 %</translation>
    </message>
    <message>
        <source>Protect card and customer data</source>
        <translation>Karten- und Kundendaten schützen</translation>
    </message>
    <message>
        <source>Meet the card schemes&apos; rules (PCI DSS) and GDPR; pass the insurer&apos;s checks.</source>
        <translation>Die Regeln der Kartensysteme (PCI DSS) und die DSGVO einhalten; die Prüfungen des Versicherers bestehen.</translation>
    </message>
    <message>
        <source>Clean PCI self-assessment</source>
        <translation>PCI-Selbstbewertung ohne Befund</translation>
    </message>
    <message>
        <source>Tills (POS software)</source>
        <translation>Kassen (Kassensoftware)</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Filiale</translation>
    </message>
    <message>
        <source>POS vendor</source>
        <translation>Kassenhersteller</translation>
    </message>
    <message>
        <source>store</source>
        <translation>Filiale</translation>
    </message>
    <message>
        <source>Payment terminals</source>
        <translation>Zahlungsterminals</translation>
    </message>
    <message>
        <source>Payment provider</source>
        <translation>Zahlungsdienstleister</translation>
    </message>
    <message>
        <source>Webshop platform</source>
        <translation>Webshop-Plattform</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Vertrieb</translation>
    </message>
    <message>
        <source>Open-source shop software</source>
        <translation>Open-Source-Shopsoftware</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>Stock and purchasing (ERP)</source>
        <translation>Warenwirtschaft und Einkauf (ERP)</translation>
    </message>
    <message>
        <source>Store Wi-Fi and network</source>
        <translation>WLAN und Netzwerk der Filialen</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Back-office PCs</source>
        <translation>Büro-PCs</translation>
    </message>
    <message>
        <source>Backup to a NAS in the office</source>
        <translation>Datensicherung auf ein NAS im Büro</translation>
    </message>
    <message>
        <source>Email and office (cloud)</source>
        <translation>E-Mail und Office (Cloud)</translation>
    </message>
    <message>
        <source>Replace the payment terminals</source>
        <translation>Zahlungsterminals ersetzen</translation>
    </message>
    <message>
        <source>Terminals that the payment provider supports, with contactless and the current security rules.</source>
        <translation>Terminals, die der Zahlungsdienstleister unterstützt, mit kontaktlosem Bezahlen und nach den aktuellen Sicherheitsregeln.</translation>
    </message>
    <message>
        <source>Upgrade the tills to the supported POS version</source>
        <translation>Kassen auf die unterstützte Version der Kassensoftware aktualisieren</translation>
    </message>
    <message>
        <source>Upgrade the POS software and the till PCs in all stores, one store at a time, outside trading hours.</source>
        <translation>Kassensoftware und Kassen-PCs in allen Filialen aktualisieren, eine Filiale nach der anderen, außerhalb der Öffnungszeiten.</translation>
    </message>
    <message>
        <source>Upgrade the webshop to a supported version</source>
        <translation>Webshop auf eine unterstützte Version aktualisieren</translation>
    </message>
    <message>
        <source>Move the shop to the platform&apos;s supported major version, with its extensions.</source>
        <translation>Den Shop samt Erweiterungen auf die unterstützte Hauptversion der Plattform bringen.</translation>
    </message>
    <message>
        <source>Off-site backups and a tested restore</source>
        <translation>Externe Datensicherung und getestete Wiederherstellung</translation>
    </message>
    <message>
        <source>Backups of the ERP, the webshop and the office to a cloud copy, with a restore test every half year.</source>
        <translation>Sicherung von ERP, Webshop und Büro in eine Cloud-Kopie, mit einem Wiederherstellungstest jedes halbe Jahr.</translation>
    </message>
    <message>
        <source>Replace the back-office PCs</source>
        <translation>Büro-PCs ersetzen</translation>
    </message>
    <message>
        <source>Supported PCs with encryption and automatic updates.</source>
        <translation>PCs mit Support, Verschlüsselung und automatischen Updates.</translation>
    </message>
    <message>
        <source>Renew the store network and Wi-Fi</source>
        <translation>Netzwerk und WLAN der Filialen erneuern</translation>
    </message>
    <message>
        <source>Separate networks for tills, staff and guests; supported access points.</source>
        <translation>Getrennte Netze für Kassen, Personal und Gäste; Access Points mit Support.</translation>
    </message>
    <message>
        <source>Multi-factor sign-in and device protection</source>
        <translation>Mehrstufige Anmeldung und Geräteschutz</translation>
    </message>
    <message>
        <source>MFA for every account and endpoint protection on tills and PCs.</source>
        <translation>MFA für jedes Konto und Endpoint-Schutz auf Kassen und PCs.</translation>
    </message>
    <message>
        <source>Click &amp; collect and returns in store</source>
        <translation>Click &amp; Collect und Rückgabe in der Filiale</translation>
    </message>
    <message>
        <source>Order online, collect or return in any store; stock reserved when ordered.</source>
        <translation>Online bestellen, in jeder Filiale abholen oder zurückgeben; der Bestand wird bei der Bestellung reserviert.</translation>
    </message>
    <message>
        <source>One stock across stores and webshop</source>
        <translation>Ein Bestand für Filialen und Webshop</translation>
    </message>
    <message>
        <source>The webshop reads and reserves the stores&apos; stock from the ERP in real time.</source>
        <translation>Der Webshop liest und reserviert den Bestand der Filialen in Echtzeit aus dem ERP.</translation>
    </message>
    <message>
        <source>Loyalty programme</source>
        <translation>Kundenbindungsprogramm</translation>
    </message>
    <message>
        <source>A loyalty card in the app and at the till, with points and personal offers.</source>
        <translation>Eine Kundenkarte in der App und an der Kasse, mit Punkten und persönlichen Angeboten.</translation>
    </message>
    <message>
        <source>Christmas trading freeze</source>
        <translation>Änderungsstopp im Weihnachtsgeschäft</translation>
    </message>
    <message>
        <source>No changes to tills or webshop from mid-November to early January.</source>
        <translation>Keine Änderungen an Kassen oder Webshop von Mitte November bis Anfang Januar.</translation>
    </message>
    <message>
        <source>PCI self-assessment</source>
        <translation>PCI-Selbstbewertung</translation>
    </message>
    <message>
        <source>The acquirer&apos;s yearly questionnaire.</source>
        <translation>Der jährliche Fragebogen des Acquirers.</translation>
    </message>
    <message>
        <source>Small business — IT roadmap</source>
        <translation>Kleinunternehmen — IT-Roadmap</translation>
    </message>
    <message>
        <source>Your company</source>
        <translation>Ihr Unternehmen</translation>
    </message>
    <message>
        <source>A business of about 15 people with an office and a workshop; IT is looked after by the office manager and an outside IT partner. A starter template: replace the names, dates and amounts with your own. The quarters follow the plan&apos;s first quarter; ends of support are examples, so enter your vendors&apos; dates.</source>
        <translation>Ein Betrieb mit etwa 15 Beschäftigten, einem Büro und einer Werkstatt; um die IT kümmern sich die Büroleitung und ein externer IT-Partner. Eine Vorlage zum Einstieg: Ersetzen Sie Namen, Daten und Beträge durch Ihre eigenen. Die Quartale richten sich nach dem ersten Quartal des Plans; die Supportenden sind Beispiele, tragen Sie also die Daten Ihrer Hersteller ein.</translation>
    </message>
    <message>
        <source>What the business can spend on IT projects per quarter; running costs are separate.</source>
        <translation>Was das Unternehmen je Quartal für IT-Projekte ausgeben kann; laufende Kosten kommen hinzu.</translation>
    </message>
    <message>
        <source>Office manager and IT partner</source>
        <translation>Büroleitung und IT-Partner</translation>
    </message>
    <message>
        <source>About two days a week between the office manager and the IT partner.</source>
        <translation>Etwa zwei Tage pro Woche, verteilt auf Büroleitung und IT-Partner.</translation>
    </message>
    <message>
        <source>Keep the business running</source>
        <translation>Den Betrieb am Laufen halten</translation>
    </message>
    <message>
        <source>No lost day from an outage, a break-in or a lost laptop.</source>
        <translation>Kein verlorener Tag durch einen Ausfall, einen Einbruch oder einen verlorenen Laptop.</translation>
    </message>
    <message>
        <source>No working day lost to IT</source>
        <translation>Kein Arbeitstag durch die IT verloren</translation>
    </message>
    <message>
        <source>Protect our data</source>
        <translation>Unsere Daten schützen</translation>
    </message>
    <message>
        <source>Backups that are tested, accounts that need more than a password, devices that are updated.</source>
        <translation>Getestete Datensicherungen, Konten, die mehr als ein Passwort brauchen, aktuelle Geräte.</translation>
    </message>
    <message>
        <source>A tested restore twice a year</source>
        <translation>Zweimal im Jahr eine getestete Wiederherstellung</translation>
    </message>
    <message>
        <source>Work from anywhere</source>
        <translation>Von überall arbeiten</translation>
    </message>
    <message>
        <source>Files, email and the accounts on a laptop or phone, safely.</source>
        <translation>Dateien, E-Mail und Buchhaltung sicher auf Laptop oder Smartphone.</translation>
    </message>
    <message>
        <source>Everyone can work from home</source>
        <translation>Alle können von zu Hause arbeiten</translation>
    </message>
    <message>
        <source>Spend less time on paperwork</source>
        <translation>Weniger Zeit mit Papierkram</translation>
    </message>
    <message>
        <source>Invoices, receipts and quotes handled once, not typed again.</source>
        <translation>Rechnungen, Belege und Angebote einmal bearbeiten, nicht erneut abtippen.</translation>
    </message>
    <message>
        <source>Invoice handling 6 → 2 hours a week</source>
        <translation>Rechnungsbearbeitung 6 → 2 Stunden pro Woche</translation>
    </message>
    <message>
        <source>Office PCs</source>
        <translation>Büro-PCs</translation>
    </message>
    <message>
        <source>File server in the office</source>
        <translation>Dateiserver im Büro</translation>
    </message>
    <message>
        <source>IT partner</source>
        <translation>IT-Partner</translation>
    </message>
    <message>
        <source>Backups on USB disks</source>
        <translation>Datensicherung auf USB-Festplatten</translation>
    </message>
    <message>
        <source>Firewall and router</source>
        <translation>Firewall und Router</translation>
    </message>
    <message>
        <source>Accounting software</source>
        <translation>Buchhaltungssoftware</translation>
    </message>
    <message>
        <source>Email and calendar (cloud)</source>
        <translation>E-Mail und Kalender (Cloud)</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Automated backups with an off-site copy</source>
        <translation>Automatische Datensicherung mit externer Kopie</translation>
    </message>
    <message>
        <source>Nightly backups of the PCs, the file server and the cloud mailboxes, with a copy outside the office.</source>
        <translation>Nächtliche Sicherung der PCs, des Dateiservers und der Cloud-Postfächer, mit einer Kopie außerhalb des Büros.</translation>
    </message>
    <message>
        <source>Test a restore twice a year</source>
        <translation>Zweimal im Jahr die Wiederherstellung testen</translation>
    </message>
    <message>
        <source>Restore a file, a mailbox and a whole PC from the backup and write down how long it took.</source>
        <translation>Eine Datei, ein Postfach und einen ganzen PC aus der Sicherung wiederherstellen und notieren, wie lange es gedauert hat.</translation>
    </message>
    <message>
        <source>Turn on multi-factor sign-in for every account</source>
        <translation>Mehrstufige Anmeldung für jedes Konto einschalten</translation>
    </message>
    <message>
        <source>Email, accounting, the bank and remote access ask for a second factor.</source>
        <translation>E-Mail, Buchhaltung, Bank und Fernzugriff verlangen einen zweiten Faktor.</translation>
    </message>
    <message>
        <source>Replace the office PCs before end of support</source>
        <translation>Büro-PCs vor dem Supportende ersetzen</translation>
    </message>
    <message>
        <source>New or upgraded PCs on a supported operating system, with disk encryption and automatic updates.</source>
        <translation>Neue oder aufgerüstete PCs mit einem unterstützten Betriebssystem, Festplattenverschlüsselung und automatischen Updates.</translation>
    </message>
    <message>
        <source>Move shared files to cloud storage</source>
        <translation>Gemeinsame Dateien in einen Cloud-Speicher verlagern</translation>
    </message>
    <message>
        <source>Move the shares of the file server to cloud storage with the same folders and rights, then switch the server off.</source>
        <translation>Die Freigaben des Dateiservers mit denselben Ordnern und Rechten in einen Cloud-Speicher verlagern, dann den Server abschalten.</translation>
    </message>
    <message>
        <source>Replace the firewall</source>
        <translation>Firewall ersetzen</translation>
    </message>
    <message>
        <source>A supported firewall with updates, and a separate Wi-Fi for guests.</source>
        <translation>Eine Firewall mit Support und Updates sowie ein eigenes WLAN für Gäste.</translation>
    </message>
    <message>
        <source>Upgrade the accounting software</source>
        <translation>Buchhaltungssoftware aktualisieren</translation>
    </message>
    <message>
        <source>Move to the vendor&apos;s supported version (or its cloud edition) before the current one runs out.</source>
        <translation>Auf die unterstützte Version des Herstellers (oder seine Cloud-Ausgabe) wechseln, bevor die aktuelle ausläuft.</translation>
    </message>
    <message>
        <source>Laptops and secure remote access</source>
        <translation>Laptops und sicherer Fernzugriff</translation>
    </message>
    <message>
        <source>Laptops for those who work away from the office, with the files in the cloud and no open ports.</source>
        <translation>Laptops für alle, die außerhalb des Büros arbeiten, mit den Dateien in der Cloud und ohne offene Ports.</translation>
    </message>
    <message>
        <source>Scan and file invoices automatically</source>
        <translation>Rechnungen automatisch erfassen und ablegen</translation>
    </message>
    <message>
        <source>Invoices arrive in one mailbox, are read and filed into the accounting software for approval.</source>
        <translation>Rechnungen kommen in einem Postfach an, werden ausgelesen und zur Freigabe in der Buchhaltungssoftware abgelegt.</translation>
    </message>
    <message>
        <source>Online booking for customers</source>
        <translation>Online-Terminbuchung für Kunden</translation>
    </message>
    <message>
        <source>Customers book appointments on the website; bookings land in the shared calendar.</source>
        <translation>Kunden buchen Termine auf der Website; die Buchungen landen im gemeinsamen Kalender.</translation>
    </message>
    <message>
        <source>Insurance renewal</source>
        <translation>Verlängerung der Versicherung</translation>
    </message>
    <message>
        <source>The insurer asks for MFA and tested backups.</source>
        <translation>Der Versicherer verlangt MFA und getestete Datensicherungen.</translation>
    </message>
</context>
<context>
    <name>Cairn::ValueEffortMatrix</name>
    <message>
        <source>Quick wins</source>
        <translation>Quick Wins</translation>
    </message>
    <message>
        <source>Big bets</source>
        <translation>Große Vorhaben</translation>
    </message>
    <message>
        <source>Fill-ins</source>
        <translation>Lückenfüller</translation>
    </message>
    <message>
        <source>Reconsider</source>
        <translation>Überdenken</translation>
    </message>
    <message>
        <source>Value →</source>
        <translation>Wert →</translation>
    </message>
    <message>
        <source>Effort (from cost and FTE, or dragged) →</source>
        <translation>Aufwand (aus Kosten und VZÄ oder gezogen) →</translation>
    </message>
    <message>
        <source>%1: value %2, effort %3 (set by hand; a right click takes it back to the one from cost and FTE)</source>
        <translation>%1: Wert %2, Aufwand %3 (von Hand gesetzt; ein Rechtsklick stellt den Wert aus Kosten und VZÄ wieder her)</translation>
    </message>
    <message>
        <source>%1: value %2, effort %3 — drag up or down to change its value, left or right its effort</source>
        <translation>%1: Wert %2, Aufwand %3 — nach oben oder unten ziehen ändert den Wert, nach links oder rechts den Aufwand</translation>
    </message>
</context>
<context>
    <name>Cairn::VarianceDialog</name>
    <message>
        <source>Changes since a Baseline</source>
        <translation>Änderungen seit einem Basisplan</translation>
    </message>
    <message>
        <source>%1 (frozen %2)</source>
        <translation>%1 (eingefroren am %2)</translation>
    </message>
    <message>
        <source>Baseline:</source>
        <translation>Basisplan:</translation>
    </message>
</context>
<context>
    <name>Cairn::VoteTableModel</name>
    <message>
        <source>Hidden until the vote is revealed</source>
        <translation>Verdeckt, bis die Abstimmung aufgedeckt wird</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n dot(s) on %2 — click to add one, right click or Shift+click to take one back</source>
        <translation>
            <numerusform>%1: %n Punkt auf %2 — Klick fügt einen hinzu, Rechtsklick oder Shift+Klick nimmt einen zurück</numerusform>
            <numerusform>%1: %n Punkte auf %2 — Klick fügt einen hinzu, Rechtsklick oder Shift+Klick nimmt einen zurück</numerusform>
        </translation>
    </message>
    <message>
        <source>Every participant&apos;s dots together</source>
        <translation>Die Punkte aller Teilnehmenden zusammen</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Vorhaben</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message numerus="yes">
        <source>%1
%n left</source>
        <translation>
            <numerusform>%1
noch %n</numerusform>
            <numerusform>%1
noch %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cairn::Voting</name>
    <message>
        <source>A participant needs a name.</source>
        <translation>Teilnehmende brauchen einen Namen.</translation>
    </message>
    <message>
        <source>%1 takes part already.</source>
        <translation>%1 nimmt bereits teil.</translation>
    </message>
    <message>
        <source>Add participant %1</source>
        <translation>Teilnehmende Person %1 hinzufügen</translation>
    </message>
    <message>
        <source>%1 does not take part.</source>
        <translation>%1 nimmt nicht teil.</translation>
    </message>
    <message>
        <source>Rename participant %1 to %2</source>
        <translation>Teilnehmende Person %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Remove participant %1</source>
        <translation>Teilnehmende Person %1 entfernen</translation>
    </message>
    <message>
        <source>That initiative is not open to the vote.</source>
        <translation>Über dieses Vorhaben wird nicht abgestimmt.</translation>
    </message>
    <message>
        <source>%1 has %2 dots to give and has given %3 elsewhere.</source>
        <translation>%1 hat %2 Punkte zu vergeben und hat %3 bereits anderweitig vergeben.</translation>
    </message>
    <message>
        <source>%1 gives %2 a dot</source>
        <translation>%1 gibt %2 einen Punkt</translation>
    </message>
    <message>
        <source>%1 takes a dot back from %2</source>
        <translation>%1 nimmt einen Punkt von %2 zurück</translation>
    </message>
    <message>
        <source>Each participant has between 1 and 50 dots.</source>
        <translation>Jede teilnehmende Person hat zwischen 1 und 50 Punkte.</translation>
    </message>
    <message>
        <source>Someone has given %1 dots already; take dots back first.</source>
        <translation>Jemand hat bereits %1 Punkte vergeben; nehmen Sie zuerst Punkte zurück.</translation>
    </message>
    <message>
        <source>%1 dots per participant</source>
        <translation>%1 Punkte je teilnehmende Person</translation>
    </message>
    <message>
        <source>Reveal the vote</source>
        <translation>Abstimmung aufdecken</translation>
    </message>
    <message>
        <source>Hide the vote&apos;s totals</source>
        <translation>Summen der Abstimmung verdecken</translation>
    </message>
    <message>
        <source>Start a new vote</source>
        <translation>Neue Abstimmung beginnen</translation>
    </message>
    <message>
        <source>Set values from the vote</source>
        <translation>Werte aus der Abstimmung übernehmen</translation>
    </message>
</context>
<context>
    <name>Cairn::VotingView</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove Participant</source>
        <translation>Teilnehmende Person entfernen</translation>
    </message>
    <message>
        <source>Reveal Totals</source>
        <translation>Summen aufdecken</translation>
    </message>
    <message>
        <source>New Vote</source>
        <translation>Neue Abstimmung</translation>
    </message>
    <message>
        <source>Set Values from Votes</source>
        <translation>Werte aus Abstimmung übernehmen</translation>
    </message>
    <message>
        <source>Participant&apos;s name</source>
        <translation>Name der teilnehmenden Person</translation>
    </message>
    <message>
        <source>Dots each: </source>
        <translation>Punkte je Person: </translation>
    </message>
    <message>
        <source>Removes the participant of the current column, with their dots</source>
        <translation>Entfernt die teilnehmende Person der aktuellen Spalte samt ihren Punkten</translation>
    </message>
    <message>
        <source>Takes every dot back and hides the totals; the participants stay</source>
        <translation>Nimmt alle Punkte zurück und verdeckt die Summen; die Teilnehmenden bleiben</translation>
    </message>
    <message>
        <source>The initiative with the most dots gets value 100, the others with dots in proportion; those without a dot keep their values. One step that Undo takes back</source>
        <translation>Das Vorhaben mit den meisten Punkten erhält den Wert 100, die anderen mit Punkten anteilig; Vorhaben ohne Punkt behalten ihre Werte. Ein Schritt, den Rückgängig zurücknimmt</translation>
    </message>
    <message>
        <source>Hide Totals</source>
        <translation>Summen verdecken</translation>
    </message>
    <message numerus="yes">
        <source>Add the participants by name; each gets %n dot(s) to give.</source>
        <translation>
            <numerusform>Fügen Sie die Teilnehmenden mit Namen hinzu; jede Person erhält %n Punkt zum Vergeben.</numerusform>
            <numerusform>Fügen Sie die Teilnehmenden mit Namen hinzu; jede Person erhält %n Punkte zum Vergeben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 dots given by %n participant(s); %3</source>
        <translation>
            <numerusform>%1 von %2 Punkten vergeben von %n teilnehmenden Person; %3</numerusform>
            <numerusform>%1 von %2 Punkten vergeben von %n Teilnehmenden; %3</numerusform>
        </translation>
    </message>
    <message>
        <source>the totals are revealed.</source>
        <translation>die Summen sind aufgedeckt.</translation>
    </message>
    <message>
        <source>the totals stay hidden until revealed.</source>
        <translation>die Summen bleiben verdeckt, bis sie aufgedeckt werden.</translation>
    </message>
    <message>
        <source>Choose a cell in the participant&apos;s column first.</source>
        <translation>Wählen Sie zuerst eine Zelle in der Spalte der teilnehmenden Person.</translation>
    </message>
    <message numerus="yes">
        <source>The vote set the value of %n initiative(s); Undo takes it back.</source>
        <translation>
            <numerusform>Die Abstimmung hat den Wert von %n Vorhaben gesetzt; Rückgängig nimmt es zurück.</numerusform>
            <numerusform>Die Abstimmung hat die Werte von %n Vorhaben gesetzt; Rückgängig nimmt es zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>The values already are the vote&apos;s: nothing changed.</source>
        <translation>Die Werte entsprechen bereits der Abstimmung: nichts geändert.</translation>
    </message>
</context>
<context>
    <name>Cairn::WelcomePage</name>
    <message>
        <source>Plans you open or save will be listed here.</source>
        <translation>Pläne, die Sie öffnen oder speichern, werden hier aufgeführt.</translation>
    </message>
    <message>
        <source>Welcome to Cairn</source>
        <translation>Willkommen bei Cairn</translation>
    </message>
    <message>
        <source>Plan where IT goes next: the business&apos;s goals, the systems it runs and the initiatives that change them, scheduled across quarters within budget and staff, before vendors end support.</source>
        <translation>Planen Sie, wohin sich die IT entwickelt: die Ziele des Unternehmens, seine Systeme und die Vorhaben, die sie verändern, über Quartale eingeplant im Rahmen von Budget und Personal, bevor der Herstellersupport endet.</translation>
    </message>
    <message>
        <source>New to Cairn? &lt;a href=&quot;help&quot;&gt;Read the user guide&lt;/a&gt; (F1 opens the page of what you are looking at).</source>
        <translation>Neu bei Cairn? &lt;a href=&quot;help&quot;&gt;Lesen Sie das Benutzerhandbuch&lt;/a&gt; (F1 öffnet die Seite zu dem, was Sie gerade ansehen).</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>New Plan…</source>
        <translation>Neuer Plan…</translation>
    </message>
    <message>
        <source>Name it, choose its currency and first quarter, then add goals, systems and initiatives.</source>
        <translation>Benennen Sie ihn, wählen Sie Währung und erstes Quartal, dann fügen Sie Ziele, Systeme und Vorhaben hinzu.</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>A plan saved by Cairn (.cairn).</source>
        <translation>Ein mit Cairn gespeicherter Plan (.cairn).</translation>
    </message>
    <message>
        <source>Import from a Spreadsheet…</source>
        <translation>Aus einer Tabellenkalkulation importieren…</translation>
    </message>
    <message>
        <source>Goals, systems, initiatives or resources as CSV files from Excel, LibreOffice or another tool: a new plan from your lists.</source>
        <translation>Ziele, Systeme, Vorhaben oder Ressourcen als CSV-Dateien aus Excel, LibreOffice oder einem anderen Werkzeug: ein neuer Plan aus Ihren Listen.</translation>
    </message>
    <message>
        <source>Start from the Sample</source>
        <translation>Mit dem Beispiel beginnen</translation>
    </message>
    <message>
        <source>Brightwater Outdoor, a 60-person retailer: a whole plan with three years of work to explore and change.</source>
        <translation>Brightwater Outdoor, ein Einzelhändler mit 60 Beschäftigten: ein vollständiger Plan mit drei Jahren Arbeit zum Erkunden und Ändern.</translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Start from a Template</source>
        <translation>Mit einer Vorlage beginnen</translation>
    </message>
    <message>
        <source>A small plan of a typical business, with its goals and the usual work to keep the lights on (backups, upgrades before end of support), ready to make your own.</source>
        <translation>Ein kleiner Plan eines typischen Unternehmens, mit seinen Zielen und der üblichen Arbeit für den laufenden Betrieb (Datensicherung, Aktualisierungen vor dem Supportende), bereit zum Anpassen.</translation>
    </message>
</context>
<context>
    <name>Cairn::Workshop</name>
    <message>
        <source>Capture</source>
        <translation>Erfassung</translation>
    </message>
    <message>
        <source>Export &amp;Slides…</source>
        <translation>F&amp;olien exportieren…</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Präsentieren</translation>
    </message>
    <message>
        <source>&amp;Capture Ideas</source>
        <translation>&amp;Ideen erfassen</translation>
    </message>
    <message>
        <source>The plan is still being scheduled; try again in a moment.</source>
        <translation>Der Plan wird noch eingeplant; bitte gleich noch einmal versuchen.</translation>
    </message>
    <message>
        <source> — slides</source>
        <translation> — Folien</translation>
    </message>
    <message>
        <source>Export Slides</source>
        <translation>Folien exportieren</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n slide(s) to %1</source>
        <translation>
            <numerusform>%n Folie nach %1 exportiert</numerusform>
            <numerusform>%n Folien nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan has no such workshop.</source>
        <translation>Der Plan hat keinen solchen Workshop.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>Dot Vote</source>
        <translation>Punktabstimmung</translation>
    </message>
    <message>
        <source>Workshop Record</source>
        <translation>Workshop-Protokoll</translation>
    </message>
    <message>
        <source>Export &amp;Workshop Record…</source>
        <translation>&amp;Workshop-Protokoll exportieren…</translation>
    </message>
    <message>
        <source>Wor&amp;kshop Panel</source>
        <translation>Wor&amp;kshop-Bereich</translation>
    </message>
    <message>
        <source>Start &amp;Workshop</source>
        <translation>&amp;Workshop starten</translation>
    </message>
    <message>
        <source>Note &amp;Decision…</source>
        <translation>&amp;Entscheidung festhalten…</translation>
    </message>
    <message>
        <source>End &amp;Workshop</source>
        <translation>&amp;Workshop beenden</translation>
    </message>
    <message>
        <source>Export Workshop Record</source>
        <translation>Workshop-Protokoll exportieren</translation>
    </message>
    <message>
        <source>The plan has no workshop yet: View ▸ Start Workshop marks one.</source>
        <translation>Der Plan hat noch keinen Workshop: Ansicht ▸ Workshop starten markiert einen.</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>Exported the record of %1 to %2</source>
        <translation>Protokoll von %1 nach %2 exportiert</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>nicht eingeplant</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <source>Re-scored</source>
        <translation>Neu bewertet</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Nothing changed and no decision was noted.</source>
        <translation>Nichts wurde geändert und keine Entscheidung festgehalten.</translation>
    </message>
    <message numerus="yes">
        <source>%n initiative(s) added</source>
        <translation>
            <numerusform>%n Vorhaben hinzugefügt</numerusform>
            <numerusform>%n Vorhaben hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n entfernt</numerusform>
            <numerusform>%n entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation>
            <numerusform>%n verschoben</numerusform>
            <numerusform>%n verschoben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n re-scored</source>
        <translation>
            <numerusform>%n neu bewertet</numerusform>
            <numerusform>%n neu bewertet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) noted</source>
        <translation>
            <numerusform>%n Entscheidung festgehalten</numerusform>
            <numerusform>%n Entscheidungen festgehalten</numerusform>
        </translation>
    </message>
    <message>
        <source>added, %1</source>
        <translation>hinzugefügt, %1</translation>
    </message>
    <message>
        <source>removed (was %1)</source>
        <translation>entfernt (war %1)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>value %1 → %2</source>
        <translation>Wert %1 → %2</translation>
    </message>
    <message>
        <source>noted %1</source>
        <translation>festgehalten %1</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>Plan: %1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Begonnen: %1</translation>
    </message>
    <message>
        <source>Still running</source>
        <translation>Läuft noch</translation>
    </message>
    <message>
        <source>Ended: %1</source>
        <translation>Beendet: %1</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Initiative or decision</source>
        <translation>Vorhaben oder Entscheidung</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>Festgehalten</translation>
    </message>
    <message>
        <source>The workshop %1 is still running; end it first.</source>
        <translation>Der Workshop %1 läuft noch; beenden Sie ihn zuerst.</translation>
    </message>
    <message>
        <source>Workshop %1</source>
        <translation>Workshop %1</translation>
    </message>
    <message>
        <source>Start workshop %1</source>
        <translation>Workshop %1 starten</translation>
    </message>
    <message>
        <source>No workshop is running.</source>
        <translation>Es läuft kein Workshop.</translation>
    </message>
    <message>
        <source>End workshop %1</source>
        <translation>Workshop %1 beenden</translation>
    </message>
    <message>
        <source>Decisions are noted in a workshop: start one first.</source>
        <translation>Entscheidungen werden in einem Workshop festgehalten: Starten Sie zuerst einen.</translation>
    </message>
    <message>
        <source>A decision needs a few words.</source>
        <translation>Eine Entscheidung braucht ein paar Worte.</translation>
    </message>
    <message>
        <source>Note decision %1</source>
        <translation>Entscheidung %1 festhalten</translation>
    </message>
    <message>
        <source>Remove decision %1</source>
        <translation>Entscheidung %1 entfernen</translation>
    </message>
    <message>
        <source>Delete workshop %1</source>
        <translation>Workshop %1 löschen</translation>
    </message>
</context>
<context>
    <name>Cairn::WorkshopRecordModel</name>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Initiative or decision</source>
        <translation>Vorhaben oder Entscheidung</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
</context>
<context>
    <name>Cairn::WorkshopRecordView</name>
    <message>
        <source>Start Workshop</source>
        <translation>Workshop starten</translation>
    </message>
    <message>
        <source>Note Decision</source>
        <translation>Entscheidung festhalten</translation>
    </message>
    <message>
        <source>Remove Decision</source>
        <translation>Entscheidung entfernen</translation>
    </message>
    <message>
        <source>Export Record…</source>
        <translation>Protokoll exportieren…</translation>
    </message>
    <message>
        <source>A decision taken in the room (Enter notes it)</source>
        <translation>Eine im Raum getroffene Entscheidung (Eingabe hält sie fest)</translation>
    </message>
    <message>
        <source>%1 (running)</source>
        <translation>%1 (läuft)</translation>
    </message>
    <message>
        <source>No workshop yet</source>
        <translation>Noch kein Workshop</translation>
    </message>
    <message>
        <source>End Workshop</source>
        <translation>Workshop beenden</translation>
    </message>
    <message>
        <source>Start Workshop marks the session: what is added, removed, moved and re-scored from then on is listed here, with the decisions noted.</source>
        <translation>„Workshop starten“ markiert die Sitzung: Was ab dann hinzugefügt, entfernt, verschoben und neu bewertet wird, steht hier, zusammen mit den festgehaltenen Entscheidungen.</translation>
    </message>
    <message>
        <source>Running since %1.</source>
        <translation>Läuft seit %1.</translation>
    </message>
    <message>
        <source>Held %1.</source>
        <translation>Abgehalten am %1.</translation>
    </message>
    <message>
        <source>The plan is still being scheduled; try again in a moment.</source>
        <translation>Der Plan wird noch eingeplant; bitte gleich noch einmal versuchen.</translation>
    </message>
</context>
<context>
    <name>Cairn::Workspace</name>
    <message>
        <source>New goal</source>
        <translation>Neues Ziel</translation>
    </message>
    <message>
        <source>New system</source>
        <translation>Neues System</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>Neues Team</translation>
    </message>
    <message>
        <source>New milestone</source>
        <translation>Neuer Meilenstein</translation>
    </message>
    <message>
        <source>New initiative</source>
        <translation>Neues Vorhaben</translation>
    </message>
    <message>
        <source>Change refused</source>
        <translation>Änderung abgelehnt</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Roadmap</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Korrektur: %1</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>Graph</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Cairn::Capture</name>
    <message>
        <source>“%1” is more money than a plan can hold.</source>
        <translation>« %1 » est un montant trop élevé pour un plan.</translation>
    </message>
    <message>
        <source>“%1” has more decimals than %2 has.</source>
        <translation>« %1 » a plus de décimales que %2.</translation>
    </message>
    <message>
        <source>The idea needs a name: type some words that are not #goal, @system, a kind, a duration or a cost.</source>
        <translation>L’idée a besoin d’un nom : saisissez des mots qui ne soient ni #goal, ni @system, ni un type, une durée ou un coût.</translation>
    </message>
    <message>
        <source>No goal matches “%1”.</source>
        <translation>Aucun objectif ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>“%1” could be the goal %2: type more of its name.</source>
        <translation>« %1 » pourrait être l’objectif %2 : saisissez davantage de son nom.</translation>
    </message>
    <message>
        <source>Type a goal&apos;s name after #.</source>
        <translation>Saisissez le nom d’un objectif après #.</translation>
    </message>
    <message>
        <source>No system matches “%1”.</source>
        <translation>Aucun système ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>“%1” could be the system %2: type more of its name.</source>
        <translation>« %1 » pourrait être le système %2 : saisissez davantage de son nom.</translation>
    </message>
    <message>
        <source>Type a system&apos;s name after @.</source>
        <translation>Saisissez le nom d’un système après @.</translation>
    </message>
    <message>
        <source>“%1” is a second kind after %2; put it in quotes to keep it in the name.</source>
        <translation>« %1 » est un second type après %2 ; mettez-le entre guillemets pour le garder dans le nom.</translation>
    </message>
    <message>
        <source>“%1”: a duration is 1 to 40 quarters.</source>
        <translation>« %1 » : une durée va de 1 à 40 trimestres.</translation>
    </message>
    <message>
        <source>“%1” is a second duration.</source>
        <translation>« %1 » est une seconde durée.</translation>
    </message>
    <message numerus="yes">
        <source>%n quarter(s)</source>
        <translation>
            <numerusform>%n trimestre</numerusform>
            <numerusform>%n trimestres</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is a second cost.</source>
        <translation>« %1 » est un second coût.</translation>
    </message>
    <message>
        <source>Capture %1</source>
        <translation>Saisir %1</translation>
    </message>
</context>
<context>
    <name>Cairn::CaptureLine</name>
    <message>
        <source>Capture an idea: name #goal grow 3q 40k @system, then Enter</source>
        <translation>Saisir une idée : nom #goal grow 3q 40k @system, puis Entrée</translation>
    </message>
    <message>
        <source>&lt;i&gt;name&lt;/i&gt; &amp;nbsp;#goal &amp;nbsp;run | grow | transform &amp;nbsp;3q &amp;nbsp;40k &amp;nbsp;@system</source>
        <translation>&lt;i&gt;nom&lt;/i&gt; &amp;nbsp;#goal &amp;nbsp;run | grow | transform &amp;nbsp;3q &amp;nbsp;40k &amp;nbsp;@system</translation>
    </message>
    <message>
        <source>Added %1 as an idea (Undo takes it back).</source>
        <translation>Idée ajoutée : %1 (Annuler la retire).</translation>
    </message>
    <message>
        <source>goal %1</source>
        <translation>objectif %1</translation>
    </message>
    <message>
        <source>system %1</source>
        <translation>système %1</translation>
    </message>
    <message>
        <source>This plan is open read-only: the idea was not added.</source>
        <translation>Ce plan est ouvert en lecture seule : l’idée n’a pas été ajoutée.</translation>
    </message>
</context>
<context>
    <name>Cairn::Charts</name>
    <message>
        <source>FTE</source>
        <translation>ETP</translation>
    </message>
    <message>
        <source>Demand against capacity</source>
        <translation>Demande et capacité</translation>
    </message>
    <message>
        <source>Demand against capacity: %1</source>
        <translation>Demande et capacité : %1</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Over capacity</source>
        <translation>Au-delà de la capacité</translation>
    </message>
    <message>
        <source>%1 per quarter</source>
        <translation>%1 par trimestre</translation>
    </message>
    <message>
        <source>FTE per quarter</source>
        <translation>ETP par trimestre</translation>
    </message>
    <message>
        <source>Run, Grow, Transform: share of spend per year</source>
        <translation>Run, Grow, Transform : part des dépenses par an</translation>
    </message>
    <message>
        <source>Share of the year&apos;s spend</source>
        <translation>Part des dépenses de l&apos;année</translation>
    </message>
    <message>
        <source>Spend per goal</source>
        <translation>Dépenses par objectif</translation>
    </message>
    <message>
        <source>No goal</source>
        <translation>Sans objectif</translation>
    </message>
    <message>
        <source>Planned spend (%1)</source>
        <translation>Dépenses prévues (%1)</translation>
    </message>
    <message>
        <source>Systems out of vendor support</source>
        <translation>Systèmes hors support éditeur</translation>
    </message>
    <message>
        <source>As things stand</source>
        <translation>En l&apos;état</translation>
    </message>
    <message>
        <source>With the plan carried out</source>
        <translation>Avec le plan réalisé</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Systèmes</translation>
    </message>
    <message>
        <source>Run cost of the system landscape</source>
        <translation>Coût d&apos;exploitation du parc de systèmes</translation>
    </message>
    <message>
        <source>Portfolio: value against cost (bubble size: risk 1–5)</source>
        <translation>Portefeuille : valeur et coût (taille des bulles : risque 1–5)</translation>
    </message>
    <message>
        <source>One-off cost (%1)</source>
        <translation>Coût ponctuel (%1)</translation>
    </message>
    <message>
        <source>Value score (0–100)</source>
        <translation>Valeur (0–100)</translation>
    </message>
    <message>
        <source>Run, Grow, Transform</source>
        <translation>Run, Grow, Transform</translation>
    </message>
    <message>
        <source>Systems out of support</source>
        <translation>Systèmes hors support</translation>
    </message>
    <message>
        <source>Run cost</source>
        <translation>Coût d&apos;exploitation</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portefeuille</translation>
    </message>
    <message>
        <source>%1 millions</source>
        <translation>millions de %1</translation>
    </message>
    <message>
        <source>%1 thousands</source>
        <translation>milliers de %1</translation>
    </message>
</context>
<context>
    <name>Cairn::ChartsView</name>
    <message>
        <source>&amp;Resource for demand against capacity:</source>
        <translation>&amp;Ressource pour demande et capacité :</translation>
    </message>
    <message>
        <source>Copy Chart</source>
        <translation>Copier le graphique</translation>
    </message>
    <message>
        <source>Save Chart as PNG or SVG…</source>
        <translation>Enregistrer le graphique en PNG ou SVG…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Value %2 · cost %3 · risk %4 · confidence %5 %</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Valeur %2 · coût %3 · risque %4 · confiance %5 %</translation>
    </message>
    <message>
        <source>The plan is still being scheduled; try again in a moment.</source>
        <translation>Le plan est encore en cours de planification ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>Saved the chart to %1</source>
        <translation>Graphique enregistré dans %1</translation>
    </message>
</context>
<context>
    <name>Cairn::Cli</name>
    <message>
        <source>Check a plan file. Exit 0: sound; 1: the plan has problems (listed); 2: not readable or not a plan.</source>
        <translation>Vérifier un fichier de plan. Code 0 : correct ; 1 : le plan a des problèmes (listés) ; 2 : illisible ou pas un plan.</translation>
    </message>
    <message>
        <source>Usage: cairn COMMAND [OPTIONS] [ARGUMENTS]</source>
        <translation>Usage : cairn COMMANDE [OPTIONS] [ARGUMENTS]</translation>
    </message>
    <message>
        <source>Cairn plans IT strategy roadmaps: business goals, the systems a business runs and the initiatives that change them, scheduled across quarters.</source>
        <translation>Cairn planifie des feuilles de route de stratégie informatique : objectifs métier, systèmes de l’entreprise et initiatives qui les font évoluer, répartis par trimestre.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>Run “cairn COMMAND --help” for a command&apos;s options.</source>
        <translation>« cairn COMMANDE --help » affiche les options d’une commande.</translation>
    </message>
    <message>
        <source>Wrong number of arguments. See “%1 --help”.</source>
        <translation>Nombre d’arguments incorrect. Voir « %1 --help ».</translation>
    </message>
    <message>
        <source>Where to write the sample plan.</source>
        <translation>Où écrire le plan d’exemple.</translation>
    </message>
    <message>
        <source>Wrote the sample plan to %1</source>
        <translation>Plan d’exemple écrit dans %1</translation>
    </message>
    <message>
        <source>The plan file to check.</source>
        <translation>Le fichier de plan à vérifier.</translation>
    </message>
    <message>
        <source>%1: “%2”, %3 to %4</source>
        <translation>%1 : « %2 », %3 à %4</translation>
    </message>
    <message>
        <source>  %1 goals, %2 systems, %3 initiatives, %4 resources, %5 milestones, %6 dependencies</source>
        <translation>  %1 objectifs, %2 systèmes, %3 initiatives, %4 ressources, %5 jalons, %6 dépendances</translation>
    </message>
    <message>
        <source>  The file is in an older format (%1); saving it will upgrade it.</source>
        <translation>  Le fichier est dans un format plus ancien (%1) ; l’enregistrer le mettra à jour.</translation>
    </message>
    <message>
        <source>error:</source>
        <translation>erreur :</translation>
    </message>
    <message>
        <source>warning:</source>
        <translation>avertissement :</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problème trouvé.</numerusform>
            <numerusform>%n problèmes trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan is sound.</source>
        <translation>Le plan est correct.</translation>
    </message>
    <message>
        <source>The plan file to schedule.</source>
        <translation>Le fichier de plan à planifier.</translation>
    </message>
    <message>
        <source>Print the schedule as JSON.</source>
        <translation>Afficher le planning en JSON.</translation>
    </message>
    <message>
        <source>Time for improving the schedule, in milliseconds (default 300; 0: the fast pass only).</source>
        <translation>Temps d’amélioration du planning, en millisecondes (300 par défaut ; 0 : passe rapide seule).</translation>
    </message>
    <message>
        <source>value: most valuable work first (default); makespan: shortest plan.</source>
        <translation>value : le travail le plus précieux d’abord (par défaut) ; makespan : le plan le plus court.</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>Graine aléatoire (1 par défaut).</translation>
    </message>
    <message>
        <source>--seed needs a whole number, not “%1”.</source>
        <translation>--seed attend un nombre entier, pas « %1 ».</translation>
    </message>
    <message>
        <source>--goal is “value” or “makespan”, not “%1”.</source>
        <translation>--goal vaut « value » ou « makespan », pas « %1 ».</translation>
    </message>
    <message>
        <source>LATE </source>
        <translation>EN RETARD </translation>
    </message>
    <message>
        <source>Schedule of “%1” (%2 to %3)</source>
        <translation>Planning de « %1 » (%2 à %3)</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Slack</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>No problems: every dependency, capacity, pin and deadline holds.</source>
        <translation>Aucun problème : dépendances, capacités, dates fixées et échéances sont toutes respectées.</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problèmes :</translation>
    </message>
    <message>
        <source>%1 schedules tried in %2 ms%3.</source>
        <translation>%1 plannings essayés en %2 ms%3.</translation>
    </message>
    <message>
        <source>; proven optimal</source>
        <translation>; optimalité prouvée</translation>
    </message>
    <message>
        <source>Cairn&apos;s workspace needs a display, and none was found (DISPLAY and WAYLAND_DISPLAY are not set). Headless, use “cairn screenshot FILE OUT.png”, or the commands in “cairn --help”.</source>
        <translation>L’espace de travail de Cairn a besoin d’un écran, et aucun n’a été trouvé (DISPLAY et WAYLAND_DISPLAY ne sont pas définis). Sans écran, utilisez « cairn screenshot FICHIER SORTIE.png » ou les commandes de « cairn --help ».</translation>
    </message>
    <message>
        <source>“%1” is neither a command nor a plan file. Run “cairn --help” for the list of commands.</source>
        <translation>« %1 » n’est ni une commande ni un fichier de plan. « cairn --help » liste les commandes.</translation>
    </message>
    <message>
        <source>The plan to show.</source>
        <translation>Le plan à afficher.</translation>
    </message>
    <message>
        <source>Where to write the image.</source>
        <translation>Où écrire l’image.</translation>
    </message>
    <message>
        <source>Window size (default 1600x1000).</source>
        <translation>Taille de la fenêtre (1600x1000 par défaut).</translation>
    </message>
    <message>
        <source>--size needs WIDTHxHEIGHT, such as 1600x1000.</source>
        <translation>--size attend LARGEURxHAUTEUR, par exemple 1600x1000.</translation>
    </message>
    <message>
        <source>Unknown view “%1”; choose one of: %2.</source>
        <translation>Vue inconnue « %1 » ; choisissez parmi : %2.</translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>Impossible d’écrire « %1 ».</translation>
    </message>
    <message>
        <source>Wrote the screenshot to %1</source>
        <translation>Capture d’écran écrite dans %1</translation>
    </message>
    <message>
        <source>The plan to export.</source>
        <translation>Le plan à exporter.</translation>
    </message>
    <message>
        <source>Write the roadmap as a PNG image.</source>
        <translation>Écrire la feuille de route en image PNG.</translation>
    </message>
    <message>
        <source>Write the roadmap as an SVG drawing.</source>
        <translation>Écrire la feuille de route en dessin SVG.</translation>
    </message>
    <message>
        <source>Write the roadmap report as a PDF.</source>
        <translation>Écrire le rapport de feuille de route en PDF.</translation>
    </message>
    <message>
        <source>A4, A3, Letter or Tabloid (default A4).</source>
        <translation>A4, A3, Letter ou Tabloid (par défaut A4).</translation>
    </message>
    <message>
        <source>landscape or portrait (default landscape).</source>
        <translation>landscape (paysage) ou portrait, par défaut landscape.</translation>
    </message>
    <message>
        <source>Quarters of the timeline per page (default: fit into --pages-wide).</source>
        <translation>Trimestres de la frise par page (par défaut : ajustés à --pages-wide).</translation>
    </message>
    <message>
        <source>Write PDF/A-1b, for archiving.</source>
        <translation>Écrire en PDF/A-1b, pour l&apos;archivage.</translation>
    </message>
    <message>
        <source>Write every chart as PNG and SVG into a folder.</source>
        <translation>Écrire chaque graphique en PNG et SVG dans un dossier.</translation>
    </message>
    <message>
        <source>Image size; the quarters are fitted to the width (default: the roadmap&apos;s natural size).</source>
        <translation>Taille de l&apos;image ; les trimestres s&apos;ajustent à la largeur (par défaut : la taille naturelle de la feuille de route).</translation>
    </message>
    <message>
        <source>Time for improving the schedule, in milliseconds (default 400).</source>
        <translation>Temps d&apos;amélioration du planning, en millisecondes (par défaut 400).</translation>
    </message>
    <message>
        <source>The date of the today marker, YYYY-MM-DD (default: today).</source>
        <translation>Date du repère « aujourd&apos;hui », AAAA-MM-JJ (par défaut : aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>--today needs a date such as 2027-03-31, not “%1”.</source>
        <translation>--today attend une date comme 2027-03-31, pas « %1 ».</translation>
    </message>
    <message>
        <source>--page-size is A4, A3, Letter or Tabloid, not “%1”.</source>
        <translation>--page-size vaut A4, A3, Letter ou Tabloid, pas « %1 ».</translation>
    </message>
    <message>
        <source>--orientation is landscape or portrait, not “%1”.</source>
        <translation>--orientation vaut landscape ou portrait, pas « %1 ».</translation>
    </message>
    <message>
        <source>--sections needs at least one section.</source>
        <translation>--sections attend au moins une section.</translation>
    </message>
    <message>
        <source>--quarters-per-page needs a number from 1 to 40, not “%1”.</source>
        <translation>--quarters-per-page attend un nombre de 1 à 40, pas « %1 ».</translation>
    </message>
    <message>
        <source>--pages-wide needs a number from 1 to 20, not “%1”.</source>
        <translation>--pages-wide attend un nombre de 1 à 20, pas « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the roadmap report (%n page(s)) to %1</source>
        <translation>
            <numerusform>Rapport de feuille de route (%n page) écrit dans %1</numerusform>
            <numerusform>Rapport de feuille de route (%n pages) écrit dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>Impossible de créer le dossier « %1 ».</translation>
    </message>
    <message>
        <source>Wrote %1 chart files to %2</source>
        <translation>%1 fichiers de graphiques écrits dans %2</translation>
    </message>
    <message>
        <source>Wrote the roadmap image to %1</source>
        <translation>Image de la feuille de route écrite dans %1</translation>
    </message>
    <message>
        <source>Wrote the roadmap drawing to %1</source>
        <translation>Dessin de la feuille de route écrit dans %1</translation>
    </message>
    <message>
        <source>Import CSV tables (as written by export --csv, or a spreadsheet&apos;s) into FILE, which is created if missing. Options: --apply-valid, --match name|id, --delimiter ,|;|tab. Exit 1 with the bad rows listed and FILE unchanged.</source>
        <translation>Importer des tables CSV (écrites par export --csv ou par un tableur) dans FICHIER, créé s&apos;il n&apos;existe pas. Options : --apply-valid, --match name|id, --delimiter ,|;|tab. Code 1 avec la liste des lignes fautives, FICHIER inchangé.</translation>
    </message>
    <message>
        <source>The plan to import into (created if it does not exist).</source>
        <translation>Le plan dans lequel importer (créé s&apos;il n&apos;existe pas).</translation>
    </message>
    <message>
        <source>A CSV file, or a folder of them (goals.csv, initiatives.csv, ...).</source>
        <translation>Un fichier CSV, ou un dossier de fichiers CSV (goals.csv, initiatives.csv, …).</translation>
    </message>
    <message>
        <source>Import the good rows even when some rows are bad.</source>
        <translation>Importer les lignes correctes même si certaines sont fautives.</translation>
    </message>
    <message>
        <source>Update existing items with the same name (default) or the same id.</source>
        <translation>Mettre à jour les éléments existants de même nom (par défaut) ou de même identifiant.</translation>
    </message>
    <message>
        <source>The field separator: , ; or tab (default: detected).</source>
        <translation>Le séparateur : , ; ou tab (par défaut : détecté).</translation>
    </message>
    <message>
        <source>Usage: cairn import FILE --csv DIR_OR_FILE [--apply-valid] [--match name|id] [--delimiter D]</source>
        <translation>Usage : cairn import FICHIER --csv DOSSIER_OU_FICHIER [--apply-valid] [--match name|id] [--delimiter S]</translation>
    </message>
    <message>
        <source>--match is name or id, not “%1”.</source>
        <translation>--match vaut name ou id, pas « %1 ».</translation>
    </message>
    <message>
        <source>--delimiter is , ; or tab, not “%1”.</source>
        <translation>--delimiter vaut , ; ou tab, pas « %1 ».</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n bad row(s); nothing was imported and “%1” is unchanged. Fix them, or use --apply-valid to import the good rows.</source>
        <translation>
            <numerusform>%n ligne fautive ; rien n&apos;a été importé et « %1 » est inchangé. Corrigez-la, ou importez les lignes correctes avec --apply-valid.</numerusform>
            <numerusform>%n lignes fautives ; rien n&apos;a été importé et « %1 » est inchangé. Corrigez-les, ou importez les lignes correctes avec --apply-valid.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bad row(s) left out.</source>
        <translation>
            <numerusform>%n ligne fautive laissée de côté.</numerusform>
            <numerusform>%n lignes fautives laissées de côté.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write one CSV per table into a folder.</source>
        <translation>Écrire un CSV par table dans un dossier.</translation>
    </message>
    <message>
        <source>Write the tables as an Excel workbook.</source>
        <translation>Écrire les tables dans un classeur Excel.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n CSV file(s) to %1</source>
        <translation>
            <numerusform>%n fichier CSV écrit dans %1</numerusform>
            <numerusform>%n fichiers CSV écrits dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the Excel workbook to %1</source>
        <translation>Classeur Excel écrit dans %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>remarque : %1</translation>
    </message>
    <message>
        <source>Imported into %1: %2.</source>
        <translation>Importé dans %1 : %2.</translation>
    </message>
    <message>
        <source>Write the plan as JSON (its tables, and the schedule&apos;s figures).</source>
        <translation>Écrire le plan en JSON (ses tables et les chiffres du planning).</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d&apos;écrire « %1 » : %2</translation>
    </message>
    <message>
        <source>Wrote the plan as JSON to %1</source>
        <translation>Plan écrit en JSON dans %1</translation>
    </message>
    <message>
        <source>What a system or an initiative reaches: for --system NAME the initiatives that touch it, the goals they serve and the systems that run on it, and with --eos QUARTER what would be late if its support ended then; for --initiative NAME what waits for it and its critical chain to a deadline. Options: --json.</source>
        <translation>Ce qu’un système ou une initiative atteint : pour --system NAME, les initiatives qui le concernent, les objectifs qu’elles servent et les systèmes qui reposent sur lui, et avec --eos QUARTER, ce qui serait en retard si son support prenait fin à ce moment-là ; pour --initiative NAME, ce qui l’attend et sa chaîne critique jusqu’à une échéance. Options : --json.</translation>
    </message>
    <message>
        <source>       cairn [FILE]   (opens the workspace)</source>
        <translation>       cairn [FICHIER]   (ouvre l’espace de travail)</translation>
    </message>
    <message>
        <source>Time for proving how close the schedule is to the best possible, in milliseconds (default 1000; 0: the scheduler&apos;s own bound only).</source>
        <translation>Temps pour prouver à quel point le planning est proche du meilleur possible, en millisecondes (1000 par défaut ; 0 : seulement la borne propre au planificateur).</translation>
    </message>
    <message>
        <source>Fit the timeline into N pages side by side (default: as many quarters a page as its width reads well).</source>
        <translation>Répartir la frise sur N pages côte à côte (par défaut : autant de trimestres par page que sa largeur permet de lire confortablement).</translation>
    </message>
    <message>
        <source>The organisation&apos;s logo (PNG or SVG) on the report&apos;s cover and in its footer, in place of the plan&apos;s.</source>
        <translation>Le logo de l’organisation (PNG ou SVG) sur la couverture du rapport et dans son pied de page, à la place de celui du plan.</translation>
    </message>
    <message>
        <source>A marking on every page of the report, such as “Confidential”, in place of the plan&apos;s (&quot;&quot; for none).</source>
        <translation>Une mention sur chaque page du rapport, comme « Confidentiel », à la place de celle du plan (&quot;&quot; pour aucune).</translation>
    </message>
    <message>
        <source>Colour bars by kind, goal, status, system, resource or tag (default kind).</source>
        <translation>Colorer les barres par type, objectif, statut, système, ressource ou étiquette (par défaut : type).</translation>
    </message>
    <message>
        <source>Swimlanes by goal, system, kind, resource, status, tag or none (default goal).</source>
        <translation>Couloirs par objectif, système, type, ressource, statut, étiquette ou aucun (par défaut : objectif).</translation>
    </message>
    <message>
        <source>--colour-by is kind, goal, status, system, resource or tag, not “%1”.</source>
        <translation>--colour-by vaut kind, goal, status, system, resource ou tag, pas « %1 ».</translation>
    </message>
    <message>
        <source>--lanes is goal, system, kind, resource, status, tag or none, not “%1”.</source>
        <translation>--lanes vaut goal, system, kind, resource, status, tag ou none, pas « %1 ».</translation>
    </message>
    <message>
        <source>“%1” has no end of support to move; give a quarter, such as 2027 Q2.</source>
        <translation>« %1 » n’a pas de fin de support à déplacer ; indiquez un trimestre, par exemple 2027 Q2.</translation>
    </message>
    <message>
        <source>--eos needs a quarter such as 2027 Q2, or a number of quarters such as -4, not “%1”.</source>
        <translation>--eos attend un trimestre comme 2027 Q2, ou un nombre de trimestres comme -4, pas « %1 ».</translation>
    </message>
    <message>
        <source>Scheduled %1 to %2.</source>
        <translation>Planifiée de %1 à %2.</translation>
    </message>
    <message>
        <source>system</source>
        <translation>système</translation>
    </message>
    <message>
        <source>initiative</source>
        <translation>initiative</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>objectif</translation>
    </message>
    <message>
        <source>goal, initiative or system</source>
        <translation>objectif, initiative ou système</translation>
    </message>
    <message>
        <source>No %1 is named “%2”.</source>
        <translation>Introuvable : %1 « %2 ».</translation>
    </message>
    <message>
        <source>“%1” matches more than one %2: %3. Give more of the name.</source>
        <translation>« %1 » correspond à plusieurs éléments de type %2 : %3. Précisez le nom.</translation>
    </message>
    <message>
        <source>The plan file.</source>
        <translation>Le fichier de plan.</translation>
    </message>
    <message>
        <source>The system to look at: the initiatives that touch it, the goals they serve, the systems that run on it.</source>
        <translation>Le système à examiner : les initiatives qui le concernent, les objectifs qu’elles servent, les systèmes qui reposent sur lui.</translation>
    </message>
    <message>
        <source>The initiative to look at: what waits for it and its critical chain to a deadline.</source>
        <translation>L’initiative à examiner : ce qui l’attend et sa chaîne critique jusqu’à une échéance.</translation>
    </message>
    <message>
        <source>With --system: re-plan as if its support ended in QUARTER (such as 2027 Q2, or -4 for a year earlier) and list what would be late. Exit 1 when something would be late, or later against its deadline, than planned.</source>
        <translation>Avec --system : replanifier comme si son support prenait fin en QUARTER (par exemple 2027 Q2, ou -4 pour un an plus tôt) et lister ce qui serait en retard. Code 1 si quelque chose serait en retard, ou plus en retard sur son échéance que prévu.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Afficher le résultat en JSON.</translation>
    </message>
    <message>
        <source>Usage: cairn impact FILE --system NAME [--eos QUARTER] [--json] | --initiative NAME [--json]</source>
        <translation>Usage : cairn impact FILE --system NAME [--eos QUARTER] [--json] | --initiative NAME [--json]</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Correction : %1</translation>
    </message>
    <message>
        <source>Ignore the plan&apos;s reference schedule (the one last saved): schedule from scratch.</source>
        <translation>Ignorer le calendrier de référence du plan (le dernier enregistré) : planifier à partir de zéro.</translation>
    </message>
    <message>
        <source>Write the presenter&apos;s slides as a 16:9 PDF, one slide a page.</source>
        <translation>Écrire les diapositives du mode présentation en PDF 16:9, une diapositive par page.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n slide(s) to %1</source>
        <translation>
            <numerusform>%n diapositive écrite dans %1</numerusform>
            <numerusform>%n diapositives écrites dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>roadmap, charts, graph, initiatives, goals, systems, resources, milestones or presentation (default roadmap).</source>
        <translation>roadmap, charts, graph, initiatives, goals, systems, resources, milestones ou presentation (par défaut : roadmap).</translation>
    </message>
    <message>
        <source>Schedule the initiatives and explain each start. Options: --json, --budget-ms N, --goal value|makespan, --seed S, --scenario NAME. Exit 1 when there are problems.</source>
        <translation>Planifier les initiatives et expliquer chaque début. Options : --json, --budget-ms N, --goal value|makespan, --seed S, --scenario NAME. Code 1 en cas de problèmes.</translation>
    </message>
    <message>
        <source>List, create, show or delete scenarios: named sets of overrides of the plan. create NAME takes --from SCENARIO, --capacity &quot;RESOURCE=-20%&quot;, --capacity &quot;RESOURCE=150000@2027 Q3&quot;, --exclude INITIATIVE, --include INITIATIVE, --pin &quot;INITIATIVE=2028 Q1&quot;, --set &quot;ITEM.FIELD=VALUE&quot; (each may repeat).</source>
        <translation>Lister, créer, afficher ou supprimer des scénarios : des ensembles nommés de modifications du plan. create NAME accepte --from SCENARIO, --capacity &quot;RESOURCE=-20%&quot;, --capacity &quot;RESOURCE=150000@2027 Q3&quot;, --exclude INITIATIVE, --include INITIATIVE, --pin &quot;INITIATIVE=2028 Q1&quot;, --set &quot;ITEM.FIELD=VALUE&quot; (chacune peut être répétée).</translation>
    </message>
    <message>
        <source>Schedule two or three scenarios (“base” is the plan itself) and compare them: spend per year, Run/Grow/Transform, late work, deadlines met, systems out of support, and each initiative that moves, drops or becomes late. Options: --json, --budget-ms N.</source>
        <translation>Planifier deux ou trois scénarios («&#xa0;base&#xa0;» est le plan lui-même) et les comparer : dépenses par an, Run/Grow/Transform, travaux en retard, échéances tenues, systèmes hors support, et chaque initiative qui se déplace, disparaît ou passe en retard. Options : --json, --budget-ms N.</translation>
    </message>
    <message>
        <source>Schedule this scenario&apos;s plan (“base”: the plan itself).</source>
        <translation>Planifier le plan de ce scénario («&#xa0;base&#xa0;» : le plan lui-même).</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajoutée</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>déplacée</translation>
    </message>
    <message>
        <source>Spend %1</source>
        <translation>Dépenses %1</translation>
    </message>
    <message>
        <source>Spend in all</source>
        <translation>Dépenses totales</translation>
    </message>
    <message>
        <source>Run / Grow / Transform</source>
        <translation>Run / Grow / Transform</translation>
    </message>
    <message>
        <source>Initiatives placed</source>
        <translation>Initiatives placées</translation>
    </message>
    <message>
        <source>%1 (%2 not placed)</source>
        <translation>%1 (%2 non placées)</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Deadlines met</source>
        <translation>Échéances tenues</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Systems out of support</source>
        <translation>Systèmes hors support</translation>
    </message>
    <message>
        <source>Last quarter of work</source>
        <translation>Dernier trimestre de travaux</translation>
    </message>
    <message>
        <source>No initiative moves, drops, comes in or becomes late.</source>
        <translation>Aucune initiative ne se déplace, ne disparaît, n’apparaît ni ne passe en retard.</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <source>There is no scenario called “%1” (the base plan is “base”).</source>
        <translation>Il n’y a pas de scénario nommé «&#xa0;%1&#xa0;» (le plan de base s’appelle «&#xa0;base&#xa0;»).</translation>
    </message>
    <message>
        <source>Changes since the baseline “%1” (%2)</source>
        <translation>Changements depuis la référence «&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 moved (%2 later, %3 earlier, %n quarter(s) of slip), %4 added, %5 removed, %6 no longer placed; cost %7 → %8.</source>
        <translation>
            <numerusform>Déplacées : %1 (%2 plus tard, %3 plus tôt, %n trimestre de décalage), ajoutées : %4, retirées : %5, plus placées : %6 ; coût %7 → %8.</numerusform>
            <numerusform>Déplacées : %1 (%2 plus tard, %3 plus tôt, %n trimestres de décalage), ajoutées : %4, retirées : %5, plus placées : %6 ; coût %7 → %8.</numerusform>
        </translation>
    </message>
    <message>
        <source>removed</source>
        <translation>retirée</translation>
    </message>
    <message>
        <source>not placed now</source>
        <translation>désormais non placée</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>coût</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Finish then</source>
        <translation>Fin initiale</translation>
    </message>
    <message>
        <source>Finish now</source>
        <translation>Fin actuelle</translation>
    </message>
    <message>
        <source>Slip (quarters)</source>
        <translation>Décalage (trimestres)</translation>
    </message>
    <message>
        <source>Cost change</source>
        <translation>Écart de coût</translation>
    </message>
    <message>
        <source>A scenario, or “base”.</source>
        <translation>Un scénario, ou «&#xa0;base&#xa0;».</translation>
    </message>
    <message>
        <source>Another, compared with A.</source>
        <translation>Un autre, comparé à A.</translation>
    </message>
    <message>
        <source>Print the comparison as JSON.</source>
        <translation>Afficher la comparaison en JSON.</translation>
    </message>
    <message>
        <source>Time for improving each schedule, in milliseconds (default 300; 0: the fast pass).</source>
        <translation>Temps d’amélioration de chaque planning, en millisecondes (300 par défaut ; 0 : passe rapide).</translation>
    </message>
    <message>
        <source>list, create NAME, delete NAME or variance NAME.</source>
        <translation>list, create NAME, delete NAME ou variance NAME.</translation>
    </message>
    <message>
        <source>%1, frozen %2</source>
        <translation>%1, figée le %2</translation>
    </message>
    <message>
        <source>%1, frozen %2 from the scenario “%3”</source>
        <translation>%1, figée le %2 à partir du scénario «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>“%1” has no baselines.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas de références.</translation>
    </message>
    <message>
        <source>There is no baseline called “%1”.</source>
        <translation>Il n’y a pas de référence nommée «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Deleted the baseline “%1”.</source>
        <translation>Référence «&#xa0;%1&#xa0;» supprimée.</translation>
    </message>
    <message>
        <source>Froze the baseline “%1”.</source>
        <translation>Référence «&#xa0;%1&#xa0;» figée.</translation>
    </message>
    <message>
        <source>Comma-separated sections: cover, summary, roadmap, charts, initiatives, systems, scenarios (with --compare), baseline (with --baseline), legend (default all).</source>
        <translation>Sections séparées par des virgules : cover, summary, roadmap, charts, initiatives, systems, scenarios (avec --compare), baseline (avec --baseline), legend (par défaut toutes).</translation>
    </message>
    <message>
        <source>Unknown section “%1”; the sections are cover, summary, roadmap, charts, initiatives, systems, scenarios, baseline and legend.</source>
        <translation>Section inconnue «&#xa0;%1&#xa0;» ; les sections sont cover, summary, roadmap, charts, initiatives, systems, scenarios, baseline et legend.</translation>
    </message>
    <message>
        <source>Nothing in the plan is named “%1”.</source>
        <translation>Rien dans le plan ne s’appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” names more than one item (%2); give the whole name.</source>
        <translation>«&#xa0;%1&#xa0;» désigne plus d’un élément (%2) ; donnez le nom complet.</translation>
    </message>
    <message>
        <source>“%1” is not a quarter or a range of quarters (2027 Q3, 2027 Q3..2028 Q2, 2027 Q3..).</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni un trimestre ni une plage de trimestres (2027 Q3, 2027 Q3..2028 Q2, 2027 Q3..).</translation>
    </message>
    <message>
        <source>--capacity needs RESOURCE=AMOUNT or RESOURCE=±N%, optionally @QUARTER or @FROM..TO, not “%1”.</source>
        <translation>--capacity attend RESOURCE=AMOUNT ou RESOURCE=±N%, éventuellement suivi de @QUARTER ou @FROM..TO, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--set needs ITEM.FIELD=VALUE (duration, cost, deadline, pin, end_of_support, ...), not “%1”.</source>
        <translation>--set attend ITEM.FIELD=VALUE (duration, cost, deadline, pin, end_of_support, ...), pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--pin needs INITIATIVE=QUARTER, not “%1”.</source>
        <translation>--pin attend INITIATIVE=QUARTER, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>There is no scenario called “%1”.</source>
        <translation>Il n’y a pas de scénario nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>Created the scenario “%1” with %n override(s).</source>
        <translation>
            <numerusform>Scénario «&#xa0;%1&#xa0;» créé avec %n modification.</numerusform>
            <numerusform>Scénario «&#xa0;%1&#xa0;» créé avec %n modifications.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” has no scenarios.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas de scénarios.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n override(s))</source>
        <translation>
            <numerusform>%1 (%n modification)</numerusform>
            <numerusform>%1 (%n modifications)</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no scenario called “%1”; the plan has none.</source>
        <translation>Il n’y a pas de scénario nommé «&#xa0;%1&#xa0;» ; le plan n’en a aucun.</translation>
    </message>
    <message>
        <source>There is no scenario called “%1”; there are %2.</source>
        <translation>Il n’y a pas de scénario nommé «&#xa0;%1&#xa0;» ; les scénarios sont : %2.</translation>
    </message>
    <message>
        <source>list, create NAME, delete NAME or show NAME.</source>
        <translation>list, create NAME, delete NAME ou show NAME.</translation>
    </message>
    <message>
        <source>Usage: cairn scenario FILE list | create NAME [options] | delete NAME | show NAME</source>
        <translation>Usage : cairn scenario FILE list | create NAME [options] | delete NAME | show NAME</translation>
    </message>
    <message>
        <source>Deleted the scenario “%1”.</source>
        <translation>Scénario «&#xa0;%1&#xa0;» supprimé.</translation>
    </message>
    <message>
        <source>“%1” is not an action of cairn scenario: list, create, delete or show.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une action de cairn scenario : list, create, delete ou show.</translation>
    </message>
    <message>
        <source>Show this scenario (“base”: the plan itself).</source>
        <translation>Afficher ce scénario («&#xa0;base&#xa0;» : le plan lui-même).</translation>
    </message>
    <message>
        <source>Show this baseline as ghosts on the roadmap.</source>
        <translation>Afficher cette référence en fantômes sur la feuille de route.</translation>
    </message>
    <message>
        <source>Upload a plan file as a shared plan on a PostgreSQL server; URI is postgresql:///DATABASE?host=…&amp;port=…&amp;user=…&amp;plan=NAME. Wherever a command takes a plan FILE (check, schedule, export, impact, import), such a URI works too.</source>
        <translation>Envoyer un fichier de plan comme plan partagé sur un serveur PostgreSQL ; URI est postgresql:///DATABASE?host=…&amp;port=…&amp;user=…&amp;plan=NAME. Partout où une commande prend un fichier de plan FILE (check, schedule, export, impact, import), une telle URI fonctionne aussi.</translation>
    </message>
    <message>
        <source>server init URI: create (or check) the plans&apos; schema on a PostgreSQL server, as its administrator. server grant URI MEMBER viewer|editor|owner: make a login role a member of the plan (its owner does this); the server enforces the roles.</source>
        <translation>server init URI : créer (ou vérifier) le schéma des plans sur un serveur PostgreSQL, en tant qu’administrateur. server grant URI MEMBER viewer|editor|owner : rendre un rôle de connexion membre du plan (c’est son propriétaire qui le fait) ; le serveur applique les rôles.</translation>
    </message>
    <message>
        <source>The database: postgresql:///DATABASE?host=…&amp;port=…&amp;user=… (an administrator).</source>
        <translation>La base de données : postgresql:///DATABASE?host=…&amp;port=…&amp;user=… (un administrateur).</translation>
    </message>
    <message>
        <source>The plan: postgresql://…?plan=NAME.</source>
        <translation>Le plan : postgresql://…?plan=NAME.</translation>
    </message>
    <message>
        <source>A login role of the server.</source>
        <translation>Un rôle de connexion du serveur.</translation>
    </message>
    <message>
        <source>viewer, editor or owner.</source>
        <translation>viewer, editor ou owner.</translation>
    </message>
    <message>
        <source>The role is viewer, editor or owner, not “%1”.</source>
        <translation>Le rôle vaut viewer, editor ou owner, pas « %1 ».</translation>
    </message>
    <message>
        <source>%1 is now %2 of the plan “%3”.</source>
        <translation>%1 est désormais %2 du plan « %3 ».</translation>
    </message>
    <message>
        <source>Usage: cairn server init URI | cairn server grant URI MEMBER viewer|editor|owner</source>
        <translation>Usage : cairn server init URI | cairn server grant URI MEMBER viewer|editor|owner</translation>
    </message>
    <message>
        <source>The plan file to publish.</source>
        <translation>Le fichier de plan à publier.</translation>
    </message>
    <message>
        <source>Where: postgresql://…?plan=NAME (a plan of that name must not exist yet).</source>
        <translation>Où : postgresql://…?plan=NAME (aucun plan de ce nom ne doit encore exister).</translation>
    </message>
    <message>
        <source>Published %1 as the plan “%2” on %3 (revision %4); you are its owner.</source>
        <translation>%1 publié comme plan « %2 » sur %3 (révision %4) ; vous en êtes le propriétaire.</translation>
    </message>
    <message>
        <source>Imported into %1: %2 (revision %3).</source>
        <translation>Importé dans %1 : %2 (révision %3).</translation>
    </message>
    <message>
        <source>conflict: %1</source>
        <translation>conflit : %1</translation>
    </message>
    <message>
        <source>Nothing was imported into %1: someone else changed what this import changes. Import again to write over their change knowingly.</source>
        <translation>Rien n&apos;a été importé dans %1 : quelqu&apos;un d&apos;autre a modifié ce que cette importation modifie. Importez de nouveau pour écraser sa modification en connaissance de cause.</translation>
    </message>
    <message>
        <source>note: their changes are kept; importing again onto them.</source>
        <translation>remarque : leurs modifications sont conservées ; nouvelle importation par-dessus.</translation>
    </message>
    <message>
        <source>Render the main window with the plan open, offscreen, as PNG. Options: --view roadmap|charts|graph|initiatives|goals|systems|resources|milestones, --size WxH, --scenario NAME, --baseline NAME, --theme system|light|dark|projector.</source>
        <translation>Dessine la fenêtre principale avec le plan ouvert, hors écran, en PNG. Options : --view roadmap|charts|graph|initiatives|goals|systems|resources|milestones, --size WxH, --scenario NAME, --baseline NAME, --theme system|light|dark|projector.</translation>
    </message>
    <message>
        <source>Freeze the schedule as a named, dated baseline (--scenario S: a scenario&apos;s), list or delete baselines, or show the variance since one: baseline FILE variance NAME [--scenario S].</source>
        <translation>Figer le planning en une référence nommée et datée (--scenario S : celui d’un scénario), lister ou supprimer des références, ou afficher l’écart depuis l’une d’elles : baseline FILE variance NAME [--scenario S].</translation>
    </message>
    <message>
        <source>create: freeze this scenario&apos;s schedule instead of the base plan&apos;s; variance: the changes of this scenario&apos;s schedule since the baseline.</source>
        <translation>create : figer le planning de ce scénario au lieu de celui du plan de base ; variance : les changements du planning de ce scénario depuis la référence.</translation>
    </message>
    <message>
        <source>Usage: cairn baseline FILE list | create NAME [--scenario S] | delete NAME | variance NAME [--scenario S]</source>
        <translation>Usage : cairn baseline FILE list | create NAME [--scenario S] | delete NAME | variance NAME [--scenario S]</translation>
    </message>
    <message>
        <source>system, light, dark or projector (default system).</source>
        <translation>system, light, dark ou projector (par défaut : system).</translation>
    </message>
    <message>
        <source>Unknown theme “%1”; choose one of: %2.</source>
        <translation>Thème inconnu « %1 » ; choisissez parmi : %2.</translation>
    </message>
    <message>
        <source>Write the roadmap report (PDF), the roadmap as an image, the charts, or the dependency graph, with no display needed. Options: --page-size, --orientation, --sections, --quarters-per-page, --pages-wide, --pdf-a, --logo FILE, --marking TEXT, --charts DIR, --size WxH, --colour-by, --lanes, --today, --graph OUT.png|svg, --focus NAME, --depth N, --scenario NAME, --compare A,B[,C], --baseline NAME, --workshop-record OUT.pdf|md|csv, --workshop NAME.</source>
        <translation>Écrit le rapport de feuille de route (PDF), la feuille de route en image, les graphiques ou le graphe des dépendances, sans écran. Options : --page-size, --orientation, --sections, --quarters-per-page, --pages-wide, --pdf-a, --logo FILE, --marking TEXT, --charts DIR, --size WxH, --colour-by, --lanes, --today, --graph OUT.png|svg, --focus NAME, --depth N, --scenario NAME, --compare A,B[,C], --baseline NAME, --workshop-record OUT.pdf|md|csv, --workshop NAME.</translation>
    </message>
    <message>
        <source>Usage: cairn export FILE --pdf OUT.pdf | --slides OUT.pdf | --png OUT.png | --svg OUT.svg | --charts DIR | --csv DIR | --xlsx OUT.xlsx | --json OUT.json | --graph OUT | --workshop-record OUT [options]; see “cairn export --help”.</source>
        <translation>Usage : cairn export FILE --pdf OUT.pdf | --slides OUT.pdf | --png OUT.png | --svg OUT.svg | --charts DIR | --csv DIR | --xlsx OUT.xlsx | --json OUT.json | --graph OUT | --workshop-record OUT [options] ; voir « cairn export --help ».</translation>
    </message>
    <message>
        <source>Write a workshop&apos;s record (what changed, the decisions noted): PDF, or Markdown (.md) or CSV (.csv) by the file&apos;s suffix.</source>
        <translation>Écrire le compte rendu d’un atelier (ce qui a changé, les décisions notées) : PDF, ou Markdown (.md) ou CSV (.csv) selon l’extension du fichier.</translation>
    </message>
    <message>
        <source>The workshop of --workshop-record, by name (default: the latest).</source>
        <translation>L’atelier de --workshop-record, par son nom (par défaut : le plus récent).</translation>
    </message>
    <message>
        <source>The plan has no workshop called “%1”.</source>
        <translation>Le plan n’a pas d’atelier nommé « %1 ».</translation>
    </message>
    <message>
        <source>The plan has no workshop to write the record of.</source>
        <translation>Le plan n’a aucun atelier dont écrire le compte rendu.</translation>
    </message>
    <message>
        <source>Wrote the record of the workshop “%1” to %2</source>
        <translation>Compte rendu de l’atelier « %1 » écrit dans %2</translation>
    </message>
    <message>
        <source>Start from a copy of this scenario&apos;s overrides.</source>
        <translation>Partir d’une copie des modifications de ce scénario.</translation>
    </message>
    <message>
        <source>A resource&apos;s capacity: RESOURCE=-20% (all quarters), RESOURCE=150000@2027 Q3 (one quarter), RESOURCE=+10%@2027 Q3..2028 Q2 or @2027 Q3.. (a range).</source>
        <translation>La capacité d’une ressource : RESOURCE=-20% (tous les trimestres), RESOURCE=150000@2027 Q3 (un trimestre), RESOURCE=+10%@2027 Q3..2028 Q2 ou @2027 Q3.. (une plage).</translation>
    </message>
    <message>
        <source>Leave an initiative out.</source>
        <translation>Exclure une initiative.</translation>
    </message>
    <message>
        <source>Take a dropped initiative in (as proposed).</source>
        <translation>Réintégrer une initiative abandonnée (comme proposée).</translation>
    </message>
    <message>
        <source>Pin an initiative: INITIATIVE=2028 Q1.</source>
        <translation>Fixer une initiative : INITIATIVE=2028 Q1.</translation>
    </message>
    <message>
        <source>Any field of any item, by the field&apos;s key: &quot;ERP.duration=4&quot;, &quot;SQL Server 2016.end_of_support=2028 Q2&quot;, &quot;ERP.cost=-10%&quot;.</source>
        <translation>N’importe quel champ de n’importe quel élément, par la clé du champ : &quot;ERP.duration=4&quot;, &quot;SQL Server 2016.end_of_support=2028 Q2&quot;, &quot;ERP.cost=-10%&quot;.</translation>
    </message>
    <message>
        <source>Export this scenario&apos;s plan instead of the plan itself (“base”: the plan).</source>
        <translation>Exporter le plan de ce scénario plutôt que le plan lui-même («&#xa0;base&#xa0;» : le plan).</translation>
    </message>
    <message>
        <source>Add a “Scenarios compared” section to the PDF: two or three scenarios, comma separated (“base”: the plan itself).</source>
        <translation>Ajouter au PDF une section «&#xa0;Scénarios comparés&#xa0;» : deux ou trois scénarios, séparés par des virgules («&#xa0;base&#xa0;» : le plan lui-même).</translation>
    </message>
    <message>
        <source>Add a “Changes since the baseline” section to the PDF.</source>
        <translation>Ajouter au PDF une section «&#xa0;Changements depuis la référence&#xa0;».</translation>
    </message>
    <message>
        <source>--compare compares the plan&apos;s own scenarios; give it without --scenario.</source>
        <translation>--compare compare les scénarios propres au plan ; indiquez-le sans --scenario.</translation>
    </message>
    <message>
        <source>--compare needs two or three scenarios, comma separated, not “%1”.</source>
        <translation>--compare attend deux ou trois scénarios, séparés par des virgules, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--%1 needs a number of milliseconds, not “%2”.</source>
        <translation>--%1 attend un nombre de millisecondes, pas « %2 ».</translation>
    </message>
    <message>
        <source>--%1 names the plan “%2” itself: the export would replace it. Choose another file.</source>
        <translation>--%1 désigne le plan « %2 » lui-même : l’export le remplacerait. Choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>“%1” and “%2” change the same thing; give one.</source>
        <translation>« %1 » et « %2 » modifient la même chose ; n’en donnez qu’un.</translation>
    </message>
    <message>
        <source>Write the bundled sample plan to OUT.cairn (a new file, unless --replace).</source>
        <translation>Écrire le plan d’exemple fourni dans OUT.cairn (un nouveau fichier, sauf avec --replace).</translation>
    </message>
    <message>
        <source>Write over OUT.cairn when it exists (the plan in it is lost).</source>
        <translation>Écraser OUT.cairn s’il existe (le plan qu’il contient est perdu).</translation>
    </message>
    <message>
        <source>%1 exists already: the sample would replace it. Choose a new file, or add --replace.</source>
        <translation>%1 existe déjà : l’exemple le remplacerait. Choisissez un nouveau fichier, ou ajoutez --replace.</translation>
    </message>
</context>
<context>
    <name>Cairn::Cli::GraphExportOptions</name>
    <message>
        <source>Write the dependency graph as PNG or SVG (by the file&apos;s suffix).</source>
        <translation>Écrire le graphe des dépendances en PNG ou SVG (selon l’extension du fichier).</translation>
    </message>
    <message>
        <source>With --graph: only the goal, initiative or system of this name and its neighbours.</source>
        <translation>Avec --graph : seulement l’objectif, l’initiative ou le système de ce nom et ses voisins.</translation>
    </message>
    <message>
        <source>With --focus: how many links away from it to show (default 2).</source>
        <translation>Avec --focus : jusqu’à combien de liens de distance afficher (2 par défaut).</translation>
    </message>
    <message>
        <source>--depth needs a number from 0 to 20, not “%1”.</source>
        <translation>--depth attend un nombre de 0 à 20, pas « %1 ».</translation>
    </message>
    <message>
        <source>--focus and --depth go with --graph OUT.</source>
        <translation>--focus et --depth s’utilisent avec --graph OUT.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the dependency graph (%n item(s)) to %1</source>
        <translation>
            <numerusform>Graphe des dépendances (%n élément) écrit dans %1</numerusform>
            <numerusform>Graphe des dépendances (%n éléments) écrit dans %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cairn::Compare</name>
    <message>
        <source>left out</source>
        <translation>exclue</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajoutée</translation>
    </message>
    <message numerus="yes">
        <source>%n quarter(s) later</source>
        <translation>
            <numerusform>%n trimestre plus tard</numerusform>
            <numerusform>%n trimestres plus tard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarter(s) earlier</source>
        <translation>
            <numerusform>%n trimestre plus tôt</numerusform>
            <numerusform>%n trimestres plus tôt</numerusform>
        </translation>
    </message>
    <message>
        <source>moved</source>
        <translation>déplacée</translation>
    </message>
    <message>
        <source>now late</source>
        <translation>désormais en retard</translation>
    </message>
    <message>
        <source>cost differs</source>
        <translation>coût différent</translation>
    </message>
    <message>
        <source>not placed</source>
        <translation>non placée</translation>
    </message>
    <message>
        <source>%1 (late)</source>
        <translation>%1 (en retard)</translation>
    </message>
    <message>
        <source>as planned</source>
        <translation>comme prévu</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>retirée</translation>
    </message>
    <message>
        <source>not placed now</source>
        <translation>désormais non placée</translation>
    </message>
    <message numerus="yes">
        <source>%1 moved (%2 later, %3 earlier; %n quarter(s) of slip in all), %4 added, %5 removed, %6 no longer placed. Cost: %7 then, %8 now.</source>
        <translation>
            <numerusform>Déplacées : %1 (%2 plus tard, %3 plus tôt ; décalage total : %n trimestre), ajoutées : %4, retirées : %5, plus placées : %6. Coût : %7 alors, %8 maintenant.</numerusform>
            <numerusform>Déplacées : %1 (%2 plus tard, %3 plus tôt ; décalage total : %n trimestres), ajoutées : %4, retirées : %5, plus placées : %6. Coût : %7 alors, %8 maintenant.</numerusform>
        </translation>
    </message>
    <message>
        <source>Spend %1</source>
        <translation>Dépenses %1</translation>
    </message>
    <message>
        <source>Spend in all</source>
        <translation>Dépenses totales</translation>
    </message>
    <message>
        <source>Run / Grow / Transform</source>
        <translation>Run / Grow / Transform</translation>
    </message>
    <message>
        <source>Initiatives placed</source>
        <translation>Initiatives placées</translation>
    </message>
    <message>
        <source>%1 (%2 not placed)</source>
        <translation>%1 (%2 non placées)</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Deadlines met</source>
        <translation>Échéances tenues</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Systems out of support</source>
        <translation>Systèmes hors support</translation>
    </message>
    <message>
        <source>Last quarter of work</source>
        <translation>Dernier trimestre de travaux</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Slip (quarters)</source>
        <translation>Décalage (trimestres)</translation>
    </message>
    <message>
        <source>Cost change</source>
        <translation>Écart de coût</translation>
    </message>
</context>
<context>
    <name>Cairn::CompareDialog</name>
    <message>
        <source>Show the second as ghosts on the roadmap</source>
        <translation>Afficher le second en fantômes sur la feuille de route</translation>
    </message>
    <message>
        <source>Compare Scenarios</source>
        <translation>Comparer des scénarios</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>with</source>
        <translation>avec</translation>
    </message>
    <message>
        <source>and</source>
        <translation>et</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(rien)</translation>
    </message>
    <message>
        <source>Scheduling each scenario…</source>
        <translation>Planification de chaque scénario…</translation>
    </message>
    <message numerus="yes">
        <source>%n initiative(s) differ. Each scenario is scheduled on its own with the same scheduler.</source>
        <translation>
            <numerusform>%n initiative diffère. Chaque scénario est planifié séparément, avec le même planificateur.</numerusform>
            <numerusform>%n initiatives diffèrent. Chaque scénario est planifié séparément, avec le même planificateur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dashed: %1 · bars: %2</source>
        <translation>En pointillés : %1 · barres : %2</translation>
    </message>
</context>
<context>
    <name>Cairn::ConflictsModel</name>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Modifié par</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Leur valeur</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Votre valeur</translation>
    </message>
</context>
<context>
    <name>Cairn::ConflictsPanel</name>
    <message>
        <source>Keep Mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <source>Take Theirs</source>
        <translation>Prendre la leur</translation>
    </message>
    <message>
        <source>Write your change over theirs (one step you can undo)</source>
        <translation>Écrire votre modification par-dessus la leur (une seule étape que vous pouvez annuler)</translation>
    </message>
    <message>
        <source>Take their change instead of yours (one step you can undo)</source>
        <translation>Prendre leur modification à la place de la vôtre (une seule étape que vous pouvez annuler)</translation>
    </message>
</context>
<context>
    <name>Cairn::Desktop</name>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
</context>
<context>
    <name>Cairn::Document</name>
    <message>
        <source>“%1” is open in Cairn by %2 on %3 (since %4). It is open read-only; use Save As to keep your own copy.</source>
        <translation>« %1 » est ouvert dans Cairn par %2 sur %3 (depuis %4). Il est ouvert en lecture seule ; utilisez « Enregistrer sous » pour garder votre copie.</translation>
    </message>
    <message>
        <source>“%1” is locked by another program. It is open read-only.</source>
        <translation>« %1 » est verrouillé par un autre programme. Il est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>“%1” is in an older file format; it will be upgraded when you save it.</source>
        <translation>« %1 » est dans un format de fichier plus ancien ; il sera mis à jour à l’enregistrement.</translation>
    </message>
    <message>
        <source>Untitled plan</source>
        <translation>Plan sans titre</translation>
    </message>
    <message>
        <source>This plan is open read-only: %1</source>
        <translation>Ce plan est ouvert en lecture seule : %1</translation>
    </message>
    <message>
        <source>The plan has no file yet; use Save As.</source>
        <translation>Le plan n’a pas encore de fichier ; utilisez « Enregistrer sous ».</translation>
    </message>
    <message>
        <source>“%1” is open in Cairn by %2; choose another name.</source>
        <translation>« %1 » est ouvert dans Cairn par %2 ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>You cannot save in the folder of “%1” (%2). It is open read-only; use Save As to keep a copy.</source>
        <translation>Vous ne pouvez pas enregistrer dans le dossier de « %1 » (%2). Il est ouvert en lecture seule ; utilisez « Enregistrer sous » pour en garder une copie.</translation>
    </message>
    <message>
        <source>You cannot save “%1”: %2. It is open read-only; use Save As to keep a copy.</source>
        <translation>Vous ne pouvez pas enregistrer « %1 » : %2. Il est ouvert en lecture seule ; utilisez « Enregistrer sous » pour en garder une copie.</translation>
    </message>
    <message>
        <source>Use Save As to keep your version under another name.</source>
        <translation>Utilisez « Enregistrer sous » pour garder votre version sous un autre nom.</translation>
    </message>
</context>
<context>
    <name>Cairn::Domain</name>
    <message>
        <source>Run</source>
        <translation>Maintenir</translation>
    </message>
    <message>
        <source>Grow</source>
        <translation>Développer</translation>
    </message>
    <message>
        <source>Transform</source>
        <translation>Transformer</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposée</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>Phase-in</source>
        <translation>Mise en service</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Phase-out</source>
        <translation>Retrait progressif</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Tolerate</source>
        <translation>Tolérer</translation>
    </message>
    <message>
        <source>Invest</source>
        <translation>Investir</translation>
    </message>
    <message>
        <source>Migrate</source>
        <translation>Migrer</translation>
    </message>
    <message>
        <source>Eliminate</source>
        <translation>Éliminer</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>External partner</source>
        <translation>Partenaire externe</translation>
    </message>
    <message>
        <source>Upgrades</source>
        <translation>Met à niveau</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Remplace</translation>
    </message>
    <message>
        <source>Retires</source>
        <translation>Retire</translation>
    </message>
    <message>
        <source>Introduces</source>
        <translation>Introduit</translation>
    </message>
    <message>
        <source>Finish to start</source>
        <translation>Fin à début</translation>
    </message>
    <message>
        <source>Start to start</source>
        <translation>Début à début</translation>
    </message>
    <message>
        <source>Re-plan calmly after each change</source>
        <translation>Replanifier calmement après chaque modification</translation>
    </message>
    <message>
        <source>Keep the schedule</source>
        <translation>Conserver le calendrier</translation>
    </message>
    <message>
        <source>Plan settings</source>
        <translation>Paramètres du plan</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>Set to</source>
        <translation>Définir à</translation>
    </message>
    <message>
        <source>Change by %</source>
        <translation>Modifier de %</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Exclure</translation>
    </message>
    <message>
        <source>Take in</source>
        <translation>Inclure</translation>
    </message>
    <message>
        <source>At the start</source>
        <translation>Au début</translation>
    </message>
    <message>
        <source>At the end</source>
        <translation>À la fin</translation>
    </message>
    <message>
        <source>Hidden until revealed</source>
        <translation>Masqués jusqu’à leur révélation</translation>
    </message>
    <message>
        <source>Revealed</source>
        <translation>Révélés</translation>
    </message>
</context>
<context>
    <name>Cairn::Edit</name>
    <message>
        <source>Add “%1”</source>
        <translation>Ajouter « %1 »</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Supprimer « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n items</source>
        <translation>
            <numerusform>Supprimer %n élément</numerusform>
            <numerusform>Supprimer %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlink goal</source>
        <translation>Délier l’objectif</translation>
    </message>
    <message>
        <source>Link goal</source>
        <translation>Lier un objectif</translation>
    </message>
    <message>
        <source>Unlink system</source>
        <translation>Délier le système</translation>
    </message>
    <message>
        <source>Link system</source>
        <translation>Lier un système</translation>
    </message>
    <message>
        <source>Remove dependency</source>
        <translation>Retirer la dépendance</translation>
    </message>
    <message>
        <source>Set dependency</source>
        <translation>Définir la dépendance</translation>
    </message>
    <message>
        <source>Change plan settings</source>
        <translation>Modifier les paramètres du plan</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Modifier « %1 »</translation>
    </message>
    <message>
        <source>That item no longer exists.</source>
        <translation>Cet élément n’existe plus.</translation>
    </message>
    <message>
        <source>“%1” cannot be its own parent goal.</source>
        <translation>« %1 » ne peut pas être son propre objectif parent.</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n item(s)</source>
        <translation>
            <numerusform>Dupliquer %n élément</numerusform>
            <numerusform>Dupliquer %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>The dependency refers to an initiative that does not exist.</source>
        <translation>La dépendance renvoie à une initiative qui n’existe pas.</translation>
    </message>
    <message>
        <source>An initiative cannot depend on itself.</source>
        <translation>Une initiative ne peut pas dépendre d’elle-même.</translation>
    </message>
    <message>
        <source>This dependency would close a cycle: %1. Nothing was changed.</source>
        <translation>Cette dépendance fermerait un cycle : %1. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The scenario %1 is shown: an import changes the base plan, not a scenario. Show the base plan to import.</source>
        <translation>Le scénario %1 est affiché : un import modifie le plan de base, pas un scénario. Affichez le plan de base pour importer.</translation>
    </message>
    <message>
        <source>The scenario %1 is shown: it can change items, not add, delete or link them. Show the base plan to do that.</source>
        <translation>Le scénario %1 est affiché : il peut modifier des éléments, mais pas en ajouter, en supprimer ni les lier. Affichez le plan de base pour cela.</translation>
    </message>
    <message>
        <source>Change %1 in the scenario %2</source>
        <translation>Modifier %1 dans le scénario %2</translation>
    </message>
    <message>
        <source>Links belong to the base plan; show it to change them.</source>
        <translation>Les liens appartiennent au plan de base ; affichez-le pour les modifier.</translation>
    </message>
    <message>
        <source>Change the settings in the scenario %1</source>
        <translation>Modifier les paramètres dans le scénario %1</translation>
    </message>
    <message>
        <source>Duplicate scenario %1</source>
        <translation>Dupliquer le scénario %1</translation>
    </message>
    <message>
        <source>New scenario %1</source>
        <translation>Nouveau scénario %1</translation>
    </message>
    <message>
        <source>Rename scenario to %1</source>
        <translation>Renommer le scénario en %1</translation>
    </message>
    <message>
        <source>Delete scenario %1</source>
        <translation>Supprimer le scénario %1</translation>
    </message>
    <message>
        <source>Adopt scenario %1 into the base plan</source>
        <translation>Adopter le scénario %1 dans le plan de base</translation>
    </message>
    <message>
        <source>That scenario no longer exists.</source>
        <translation>Ce scénario n’existe plus.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <source>Change %1 in scenario %2</source>
        <translation>Modifier %1 dans le scénario %2</translation>
    </message>
    <message>
        <source>Freeze baseline %1</source>
        <translation>Figer la référence %1</translation>
    </message>
    <message>
        <source>Delete baseline %1</source>
        <translation>Supprimer la référence %1</translation>
    </message>
    <message>
        <source>the link from %1 to %2</source>
        <translation>le lien de %1 vers %2</translation>
    </message>
    <message>
        <source>the plan&apos;s settings: %1</source>
        <translation>les réglages du plan : %1</translation>
    </message>
    <message>
        <source>%1 (changed since: undo removes it)</source>
        <translation>%1 (modifié depuis : l’annulation le supprime)</translation>
    </message>
    <message>
        <source>This would close a circle: %1. Nothing was changed.</source>
        <translation>Ceci fermerait un cercle : %1. Rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>Cairn::Field</name>
    <message>
        <source>Plan settings</source>
        <translation>Réglages du plan</translation>
    </message>
    <message>
        <source>Plan name</source>
        <translation>Nom du plan</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Fiscal year starts in month</source>
        <translation>L&apos;exercice commence au mois</translation>
    </message>
    <message>
        <source>First quarter</source>
        <translation>Premier trimestre</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horizon</translation>
    </message>
    <message>
        <source> quarters</source>
        <translation> trimestres</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Échéance visée</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Fait partie de</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Systèmes</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>Criticité</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>État technique</translation>
    </message>
    <message>
        <source>Run cost / year</source>
        <translation>Coût d’exploitation / an</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Cycle de vie</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>TIME</translation>
    </message>
    <message>
        <source>End of support</source>
        <translation>Fin de support</translation>
    </message>
    <message>
        <source>Runs on</source>
        <translation>Repose sur</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Capacity / quarter</source>
        <translation>Capacité / trimestre</translation>
    </message>
    <message>
        <source>Capacity per quarter</source>
        <translation>Capacité par trimestre</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Initiatives</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>Trimestres</translation>
    </message>
    <message>
        <source> q</source>
        <translation> T</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Demand per quarter</source>
        <translation>Demande par trimestre</translation>
    </message>
    <message>
        <source>Earliest start</source>
        <translation>Début au plus tôt</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Pinned to</source>
        <translation>Fixée à</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Confidence %</source>
        <translation>Confiance %</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Jalons</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Goal contributions</source>
        <translation>Contributions aux objectifs</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <source>System impacts</source>
        <translation>Effets sur les systèmes</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Effet</translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation>Dépendances</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Dépend de</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Décalage</translation>
    </message>
    <message>
        <source>“%1” is not an amount of money.</source>
        <translation>« %1 » n’est pas un montant.</translation>
    </message>
    <message>
        <source>“%1” is not a number of FTE.</source>
        <translation>« %1 » n’est pas un nombre d’ETP.</translation>
    </message>
    <message>
        <source>there is nothing called “%1” to refer to.</source>
        <translation>rien ne s&apos;appelle « %1 » à quoi se référer.</translation>
    </message>
    <message>
        <source>more than one item is called “%1”.</source>
        <translation>plusieurs éléments s&apos;appellent « %1 ».</translation>
    </message>
    <message>
        <source>empty; it is needed.</source>
        <translation>vide ; cette valeur est nécessaire.</translation>
    </message>
    <message>
        <source>“%1” is not a quarter (write 2027 Q3, Q3 2027, 2027-Q3 or a date such as 2027-08-15).</source>
        <translation>« %1 » n&apos;est pas un trimestre (écrivez 2027 Q3, Q3 2027, 2027-Q3 ou une date comme 2027-08-15).</translation>
    </message>
    <message>
        <source>“%1” is not one of %2.</source>
        <translation>« %1 » ne fait pas partie de %2.</translation>
    </message>
    <message>
        <source>“%1” is not a currency code such as EUR.</source>
        <translation>« %1 » n&apos;est pas un code de devise comme EUR.</translation>
    </message>
    <message>
        <source>this column cannot be read.</source>
        <translation>cette colonne ne peut pas être lue.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number from %2 to %3.</source>
        <translation>« %1 » n&apos;est pas un nombre entier de %2 à %3.</translation>
    </message>
    <message>
        <source>%1 is not from %2 to %3.</source>
        <translation>%1 n&apos;est pas entre %2 et %3.</translation>
    </message>
    <message>
        <source>%1 is less than 0.</source>
        <translation>%1 est inférieur à 0.</translation>
    </message>
    <message>
        <source>%1 is more than Cairn can add up.</source>
        <translation>%1 dépasse ce que Cairn peut additionner.</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Marking on every page</source>
        <translation>Mention sur chaque page</translation>
    </message>
    <message>
        <source>it is not a PNG or SVG picture (written as a data: URL).</source>
        <translation>ce n’est pas une image PNG ou SVG (écrite sous forme d’URL data:).</translation>
    </message>
    <message>
        <source>the picture is larger than 1 MB; a logo needs far less.</source>
        <translation>l’image dépasse 1 Mo ; un logo en demande bien moins.</translation>
    </message>
    <message>
        <source>it is not a PNG or SVG picture.</source>
        <translation>ce n’est pas une image PNG ou SVG.</translation>
    </message>
    <message>
        <source>PNG picture, %1</source>
        <translation>Image PNG, %1</translation>
    </message>
    <message>
        <source>SVG picture, %1</source>
        <translation>Image SVG, %1</translation>
    </message>
    <message>
        <source>After a change</source>
        <translation>Après une modification</translation>
    </message>
    <message>
        <source>Reference schedule</source>
        <translation>Calendrier de référence</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scénarios</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Scenario overrides</source>
        <translation>Modifications du scénario</translation>
    </message>
    <message>
        <source>Kind of item</source>
        <translation>Type d’élément</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Baselines</source>
        <translation>Références</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Frozen on</source>
        <translation>Figée le</translation>
    </message>
    <message>
        <source>Baseline schedule</source>
        <translation>Planning de la référence</translation>
    </message>
    <message>
        <source>Initiative id</source>
        <translation>N° de l’initiative</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Dots per participant</source>
        <translation>Gommettes par participant</translation>
    </message>
    <message>
        <source>Vote totals</source>
        <translation>Totaux du vote</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Ateliers</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Workshop initiatives</source>
        <translation>Initiatives de l’atelier</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>Notée</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Gommettes</translation>
    </message>
    <message>
        <source>Efforts set by hand</source>
        <translation>Efforts fixés à la main</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <source>%1 characters long; one line holds at most %2.</source>
        <translation>%1 caractères ; une ligne en contient au plus %2.</translation>
    </message>
</context>
<context>
    <name>Cairn::Graph</name>
    <message>
        <source>late</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>%1 supports %2 (contribution %3 of 5)</source>
        <translation>%1 sert %2 (contribution %3 sur 5)</translation>
    </message>
    <message>
        <source>%1 is part of %2</source>
        <translation>%1 fait partie de %2</translation>
    </message>
    <message>
        <source>%2 starts after %1 starts</source>
        <translation>%2 commence après le début de %1</translation>
    </message>
    <message>
        <source>%2 starts after %1 finishes</source>
        <translation>%2 commence après la fin de %1</translation>
    </message>
    <message numerus="yes">
        <source>%1, with a lag of %n quarter(s)</source>
        <translation>
            <numerusform>%1, avec un décalage de %n trimestre</numerusform>
            <numerusform>%1, avec un décalage de %n trimestres</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 upgrades %2</source>
        <translation>%1 met à niveau %2</translation>
    </message>
    <message>
        <source>%1 replaces %2</source>
        <translation>%1 remplace %2</translation>
    </message>
    <message>
        <source>%1 retires %2</source>
        <translation>%1 retire %2</translation>
    </message>
    <message>
        <source>%1 introduces %2</source>
        <translation>%1 introduit %2</translation>
    </message>
    <message>
        <source>%1 runs on %2</source>
        <translation>%1 repose sur %2</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>d’ici %1</translation>
    </message>
    <message>
        <source>support ends %1</source>
        <translation>fin du support en %1</translation>
    </message>
    <message>
        <source>support ended %1</source>
        <translation>support terminé en %1</translation>
    </message>
    <message>
        <source>%1%2 q</source>
        <translation>%1%2 T</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>abandonnée</translation>
    </message>
    <message>
        <source>scheduling…</source>
        <translation>planification…</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>non planifiée</translation>
    </message>
    <message>
        <source>Dependency graph</source>
        <translation>Graphe des dépendances</translation>
    </message>
    <message>
        <source>%1: dependency graph</source>
        <translation>%1 : graphe des dépendances</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>Rien à afficher.</translation>
    </message>
    <message numerus="yes">
        <source>Around “%1”, %n link(s) deep</source>
        <translation>
            <numerusform>Autour de « %1 », à %n lien de distance</numerusform>
            <numerusform>Autour de « %1 », à %n liens de distance</numerusform>
        </translation>
    </message>
    <message>
        <source>Goals, initiatives and systems</source>
        <translation>Objectifs, initiatives et systèmes</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>pour %1</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>sur %1</translation>
    </message>
    <message>
        <source>kinds: %1</source>
        <translation>types : %1</translation>
    </message>
    <message>
        <source>tagged %1</source>
        <translation>étiquettes : %1</translation>
    </message>
    <message>
        <source>done and dropped left out</source>
        <translation>terminées et abandonnées exclues</translation>
    </message>
    <message>
        <source>The graph could not be laid out: %1</source>
        <translation>Le graphe n’a pas pu être disposé : %1</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Initiative, in its main goal&apos;s colour</source>
        <translation>Initiative, dans la couleur de son objectif principal</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Support ends within the plan</source>
        <translation>Fin de support pendant le plan</translation>
    </message>
    <message>
        <source>Supports (thicker: stronger)</source>
        <translation>Sert (plus épais : plus fort)</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Fait partie de</translation>
    </message>
    <message>
        <source>Finish to start</source>
        <translation>Fin à début</translation>
    </message>
    <message>
        <source>Start to start</source>
        <translation>Début à début</translation>
    </message>
    <message>
        <source>Upgrades</source>
        <translation>Met à niveau</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Remplace</translation>
    </message>
    <message>
        <source>Retires</source>
        <translation>Retire</translation>
    </message>
    <message>
        <source>Introduces</source>
        <translation>Introduit</translation>
    </message>
    <message>
        <source>Runs on</source>
        <translation>Repose sur</translation>
    </message>
</context>
<context>
    <name>Cairn::GraphPage</name>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Objectif :</translation>
    </message>
    <message>
        <source>S&amp;ystem:</source>
        <translation>S&amp;ystème :</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>É&amp;tiquette :</translation>
    </message>
    <message>
        <source>Show %1 initiatives</source>
        <translation>Afficher les initiatives %1</translation>
    </message>
    <message>
        <source>Done and dropped</source>
        <translation>Terminées et abandonnées</translation>
    </message>
    <message>
        <source>Show initiatives that are done or dropped</source>
        <translation>Afficher les initiatives terminées ou abandonnées</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>&amp;Colour by:</source>
        <translation>&amp;Couleur selon :</translation>
    </message>
    <message>
        <source>Name of an item</source>
        <translation>Nom d’un élément</translation>
    </message>
    <message>
        <source>Type a goal, initiative or system and press Enter: the graph focuses on it (any part of the name will do)</source>
        <translation>Saisissez un objectif, une initiative ou un système et appuyez sur Entrée : le graphe se centre dessus (une partie du nom suffit)</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Centrer</translation>
    </message>
    <message>
        <source>Show only the selected item and its neighbours (double-click an item to focus on it)</source>
        <translation>Afficher seulement l’élément sélectionné et ses voisins (double-cliquez sur un élément pour centrer le graphe dessus)</translation>
    </message>
    <message>
        <source>How many links away from the focused item to show</source>
        <translation>Jusqu’à combien de liens de l’élément central afficher</translation>
    </message>
    <message>
        <source>&amp;Depth:</source>
        <translation>&amp;Profondeur :</translation>
    </message>
    <message>
        <source>Lay Out Everything</source>
        <translation>Tout disposer</translation>
    </message>
    <message>
        <source>Lay out every item of this large plan (in the background; it may take a minute)</source>
        <translation>Disposer tous les éléments de ce grand plan (en arrière-plan ; cela peut prendre une minute)</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Dézoomer (−)</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Zoomer (+)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Fit the graph to the window (0)</source>
        <translation>Ajuster le graphe à la fenêtre (0)</translation>
    </message>
    <message>
        <source>Export Image…</source>
        <translation>Exporter une image…</translation>
    </message>
    <message>
        <source>Save the graph as shown (whole or focused) as PNG or SVG</source>
        <translation>Enregistrer le graphe tel qu’affiché (entier ou centré) en PNG ou SVG</translation>
    </message>
    <message>
        <source>All goals</source>
        <translation>Tous les objectifs</translation>
    </message>
    <message>
        <source>All systems</source>
        <translation>Tous les systèmes</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message numerus="yes">
        <source>%n items have “%1” in their name: choose one from the list.</source>
        <translation>
            <numerusform>%n élément contient « %1 » dans son nom : choisissez-le dans la liste.</numerusform>
            <numerusform>%n éléments contiennent « %1 » dans leur nom : choisissez-en un dans la liste.</numerusform>
        </translation>
    </message>
    <message>
        <source>No goal, initiative or system has “%1” in its name.</source>
        <translation>Aucun objectif, aucune initiative ni aucun système ne contient « %1 » dans son nom.</translation>
    </message>
    <message>
        <source>The graph is still being laid out; try again in a moment.</source>
        <translation>Le graphe est encore en cours de disposition ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Dependency graph</source>
        <translation>Graphe des dépendances</translation>
    </message>
    <message>
        <source>%1 graph</source>
        <translation>Graphe %1</translation>
    </message>
    <message>
        <source>Export Graph Image</source>
        <translation>Exporter l’image du graphe</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>Exported the graph to %1</source>
        <translation>Graphe exporté dans %1</translation>
    </message>
</context>
<context>
    <name>Cairn::GraphView</name>
    <message numerus="yes">
        <source>%n item(s): too many to read at once. Focus on one, or filter.</source>
        <translation>
            <numerusform>%n élément : trop pour tout lire d’un coup. Centrez sur un élément ou filtrez.</numerusform>
            <numerusform>%n éléments : trop pour tout lire d’un coup. Centrez sur l’un d’eux ou filtrez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Laying out %n item(s)…</source>
        <translation>
            <numerusform>Disposition de %n élément…</numerusform>
            <numerusform>Disposition de %n éléments…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), %1 links; laid out in %2 ms</source>
        <translation>
            <numerusform>%n élément, %1 liens ; disposé en %2 ms</numerusform>
            <numerusform>%n éléments, %1 liens ; disposés en %2 ms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n goals, initiatives and systems are too many to read at once.
Find one by name (or select it in another view) and focus on it, or filter by goal, system, tag or kind.
(Laying everything out may take a minute.)</source>
        <translation>
            <numerusform>%n objectif, initiative ou système : trop pour tout lire d’un coup.
Recherchez-en un par son nom (ou sélectionnez-le dans une autre vue) et centrez le graphe dessus, ou filtrez par objectif, système, étiquette ou type.
(Tout disposer peut prendre une minute.)</numerusform>
            <numerusform>%n objectifs, initiatives et systèmes : trop pour tout lire d’un coup.
Recherchez-en un par son nom (ou sélectionnez-le dans une autre vue) et centrez le graphe dessus, ou filtrez par objectif, système, étiquette ou type.
(Tout disposer peut prendre une minute.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Laying out the graph…</source>
        <translation>Disposition du graphe…</translation>
    </message>
    <message>
        <source>The focused item is hidden by the filters.</source>
        <translation>L’élément central est masqué par les filtres.</translation>
    </message>
    <message>
        <source>Nothing to show: no goal, initiative or system passes the filters.</source>
        <translation>Rien à afficher : aucun objectif, aucune initiative ni aucun système ne passe les filtres.</translation>
    </message>
    <message>
        <source>Laying out…</source>
        <translation>Disposition…</translation>
    </message>
</context>
<context>
    <name>Cairn::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide de l’utilisateur</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Cairn</source>
        <translation>À &amp;propos de Cairn</translation>
    </message>
    <message>
        <source>About Cairn</source>
        <translation>À propos de Cairn</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cairn %1&lt;/b&gt;&lt;p&gt;IT strategy roadmaps: goals, systems and initiatives scheduled across quarters within budget and capacity, meeting end-of-support deadlines.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Cairn %1&lt;/b&gt;&lt;p&gt;Feuilles de route de stratégie informatique : objectifs, systèmes et initiatives planifiés par trimestre dans les limites du budget et de la capacité, en tenant les échéances de fin de support.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Cairn::HelpWindow</name>
    <message>
        <source>Cairn User Guide</source>
        <translation>Guide de l’utilisateur de Cairn</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Rechercher dans le guide</translation>
    </message>
    <message>
        <source>No page mentions %1.</source>
        <translation>Aucune page ne mentionne %1.</translation>
    </message>
</context>
<context>
    <name>Cairn::HistoryView</name>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;ouvert&gt;</translation>
    </message>
</context>
<context>
    <name>Cairn::Impact</name>
    <message>
        <source>None.</source>
        <translation>Néant.</translation>
    </message>
    <message>
        <source>Impact of the system %1</source>
        <translation>Impact du système %1</translation>
    </message>
    <message>
        <source>End of support: %1.</source>
        <translation>Fin de support : %1.</translation>
    </message>
    <message>
        <source>No end of support set.</source>
        <translation>Aucune fin de support définie.</translation>
    </message>
    <message>
        <source>Initiatives that touch it</source>
        <translation>Initiatives qui le concernent</translation>
    </message>
    <message>
        <source>%1 %2 it.</source>
        <translation>%1 %2 ce système.</translation>
    </message>
    <message>
        <source>Goals they serve</source>
        <translation>Objectifs qu’elles servent</translation>
    </message>
    <message>
        <source>%1 (contribution %2 of 5), through %3.</source>
        <translation>%1 (contribution %2 sur 5), via %3.</translation>
    </message>
    <message>
        <source>Systems that run on it</source>
        <translation>Systèmes qui reposent sur lui</translation>
    </message>
    <message>
        <source>%1 runs on it.</source>
        <translation>%1 repose sur ce système.</translation>
    </message>
    <message>
        <source>%1 runs on %2.</source>
        <translation>%1 repose sur %2.</translation>
    </message>
    <message>
        <source>Initiatives on those systems</source>
        <translation>Initiatives sur ces systèmes</translation>
    </message>
    <message>
        <source>%1 %2 %3.</source>
        <translation>%1 %2 %3.</translation>
    </message>
    <message>
        <source>Impact of the initiative %1</source>
        <translation>Impact de l’initiative %1</translation>
    </message>
    <message>
        <source>It is done or dropped: nothing waits for it.</source>
        <translation>Elle est terminée ou abandonnée : rien ne l’attend.</translation>
    </message>
    <message>
        <source>Waits for it</source>
        <translation>Ce qui l’attend</translation>
    </message>
    <message>
        <source>%1 waits for it (%2).</source>
        <translation>%1 l’attend (%2).</translation>
    </message>
    <message>
        <source>%1 waits for %2 (%3).</source>
        <translation>%1 attend %2 (%3).</translation>
    </message>
    <message>
        <source>Goals a delay would reach</source>
        <translation>Objectifs qu’un retard toucherait</translation>
    </message>
    <message>
        <source>Critical chain to a deadline</source>
        <translation>Chaîne critique jusqu’à une échéance</translation>
    </message>
    <message>
        <source>The dependencies run in a circle: %1. No chain can be worked out.</source>
        <translation>Les dépendances forment un cycle : %1. Aucune chaîne ne peut être calculée.</translation>
    </message>
    <message>
        <source>No deadline lies ahead of it.</source>
        <translation>Aucune échéance en aval.</translation>
    </message>
    <message>
        <source>%1 must finish by %2.</source>
        <translation>%1 doit se terminer au plus tard en %2.</translation>
    </message>
    <message>
        <source>Latest start of %1 for that, capacity aside: %2.</source>
        <translation>Début au plus tard de %1 pour cela, hors capacité : %2.</translation>
    </message>
    <message numerus="yes">
        <source>Scheduled to start in %1: %n quarter(s) to spare.</source>
        <translation>
            <numerusform>Début planifié en %1 : %n trimestre de marge.</numerusform>
            <numerusform>Début planifié en %1 : %n trimestres de marge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scheduled to start in %1: %n quarter(s) too late.</source>
        <translation>
            <numerusform>Début planifié en %1 : %n trimestre trop tard.</numerusform>
            <numerusform>Début planifié en %1 : %n trimestres trop tard.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is late: it finishes in %2.</source>
        <translation>%1 est en retard : fin en %2.</translation>
    </message>
    <message>
        <source>If the support of %1 ended in %2 instead of %3</source>
        <translation>Si le support de %1 prenait fin en %2 au lieu de %3</translation>
    </message>
    <message>
        <source>If the support of %1 ended in %2</source>
        <translation>Si le support de %1 prenait fin en %2</translation>
    </message>
    <message>
        <source>Nothing would be late, or later, that is not as planned.</source>
        <translation>Rien ne serait en retard, ni plus en retard que prévu.</translation>
    </message>
    <message numerus="yes">
        <source>%n initiative(s) would be late, or later against a deadline, than planned.</source>
        <translation>
            <numerusform>%n initiative serait en retard, ou plus en retard sur une échéance que prévu.</numerusform>
            <numerusform>%n initiatives seraient en retard, ou plus en retard sur une échéance que prévu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Would be late</source>
        <translation>Seraient en retard</translation>
    </message>
    <message numerus="yes">
        <source>%1 finishes in %2, %n quarter(s) after its deadline %3</source>
        <translation>
            <numerusform>%1 se termine en %2, %n trimestre après son échéance %3</numerusform>
            <numerusform>%1 se termine en %2, %n trimestres après son échéance %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (as planned %n quarter(s) late).</source>
        <translation>
            <numerusform>%1 (dans le plan actuel : %n trimestre de retard).</numerusform>
            <numerusform>%1 (dans le plan actuel : %n trimestres de retard).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (on time as planned: %2).</source>
        <translation>%1 (à temps dans le plan actuel : %2).</translation>
    </message>
    <message numerus="yes">
        <source>%n more initiative(s) late as planned, by as much.</source>
        <translation>
            <numerusform>%n autre initiative en retard comme dans le plan actuel, d’autant de trimestres.</numerusform>
            <numerusform>%n autres initiatives en retard comme dans le plan actuel, d’autant de trimestres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing would be late.</source>
        <translation>Rien ne serait en retard.</translation>
    </message>
    <message>
        <source>Would start in another quarter</source>
        <translation>Commenceraient dans un autre trimestre</translation>
    </message>
    <message>
        <source>%1: %2 → %3.</source>
        <translation>%1 : %2 → %3.</translation>
    </message>
</context>
<context>
    <name>Cairn::Impact::Words</name>
    <message>
        <source>not scheduled</source>
        <translation>non planifiée</translation>
    </message>
    <message>
        <source>upgrades</source>
        <translation>met à niveau</translation>
    </message>
    <message>
        <source>replaces</source>
        <translation>remplace</translation>
    </message>
    <message>
        <source>retires</source>
        <translation>retire</translation>
    </message>
    <message>
        <source>introduces</source>
        <translation>introduit</translation>
    </message>
    <message>
        <source>start-to-start</source>
        <translation>début à début</translation>
    </message>
    <message>
        <source>finish-to-start</source>
        <translation>fin à début</translation>
    </message>
    <message numerus="yes">
        <source>%1, lag %n quarter(s)</source>
        <translation>
            <numerusform>%1, décalage de %n trimestre</numerusform>
            <numerusform>%1, décalage de %n trimestres</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, the end of support of %2</source>
        <translation>%1, la fin de support de %2</translation>
    </message>
</context>
<context>
    <name>Cairn::ImpactPanel</name>
    <message>
        <source>Re-plan</source>
        <translation>Replanifier</translation>
    </message>
    <message>
        <source>Schedule a copy of the plan in which the system&apos;s support ends in the quarter chosen, and list what would be late</source>
        <translation>Planifier une copie du plan dans laquelle le support du système prend fin au trimestre choisi, et lister ce qui serait en retard</translation>
    </message>
    <message>
        <source>What if its support ended in</source>
        <translation>Et si son support prenait fin en</translation>
    </message>
    <message>
        <source>The plan changed: re-plan to see the what-if again.</source>
        <translation>Le plan a changé : replanifiez pour revoir la simulation.</translation>
    </message>
    <message>
        <source>Re-planning…</source>
        <translation>Replanification…</translation>
    </message>
    <message>
        <source>The goal “%1”</source>
        <translation>L’objectif « %1 »</translation>
    </message>
    <message>
        <source>Weight %1 of 5.</source>
        <translation>Poids %1 sur 5.</translation>
    </message>
    <message>
        <source>Target: %1.</source>
        <translation>Échéance visée : %1.</translation>
    </message>
    <message>
        <source>Initiatives that serve it</source>
        <translation>Initiatives qui le servent</translation>
    </message>
    <message>
        <source>“%1” (contribution %2 of 5)</source>
        <translation>« %1 » (contribution %2 sur 5)</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Aucune pour l’instant.</translation>
    </message>
    <message>
        <source>Sub-goals</source>
        <translation>Sous-objectifs</translation>
    </message>
    <message>
        <source>Select a goal, an initiative or a system to see what it reaches: for a system the initiatives that touch it, the goals they serve and the systems that run on it; for an initiative what waits for it and its critical chain to a deadline.</source>
        <translation>Sélectionnez un objectif, une initiative ou un système pour voir ce qu’il atteint : pour un système, les initiatives qui le concernent, les objectifs qu’elles servent et les systèmes qui reposent sur lui ; pour une initiative, ce qui l’attend et sa chaîne critique jusqu’à une échéance.</translation>
    </message>
</context>
<context>
    <name>Cairn::ImportWizard</name>
    <message>
        <source>Import CSV</source>
        <translation>Importer un CSV</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Choose CSV files: one per table (initiatives.csv, goals.csv, …, as Cairn exports them), or a spreadsheet&apos;s own export.</source>
        <translation>Choisissez des fichiers CSV : un par table (initiatives.csv, goals.csv, … tels que Cairn les exporte) ou l&apos;export d&apos;un tableur.</translation>
    </message>
    <message>
        <source>Add &amp;Files…</source>
        <translation>Ajouter des &amp;fichiers…</translation>
    </message>
    <message>
        <source>Add F&amp;older…</source>
        <translation>Ajouter un d&amp;ossier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import a Folder of CSV Files</source>
        <translation>Importer un dossier de fichiers CSV</translation>
    </message>
    <message>
        <source>Rows update the item with the same &amp;name; other rows add new items</source>
        <translation>Les lignes mettent à jour l&apos;élément de même &amp;nom ; les autres en ajoutent</translation>
    </message>
    <message>
        <source>Rows update the item with the same &amp;id; other rows add new items</source>
        <translation>Les lignes mettent à jour l&apos;élément de même &amp;identifiant ; les autres en ajoutent</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Check what each file holds and which of its columns fills which field.</source>
        <translation>Vérifiez ce que contient chaque fichier et quelle colonne remplit quel champ.</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Détecté</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Virgule (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Point-virgule (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>&amp;Holds:</source>
        <translation>&amp;Contient :</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Séparateur :</translation>
    </message>
    <message>
        <source>First rows:</source>
        <translation>Premières lignes :</translation>
    </message>
    <message>
        <source>Fields:</source>
        <translation>Champs :</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Nothing has changed yet. Every bad row is listed here; the import is one step you can undo.</source>
        <translation>Rien n&apos;a encore changé. Chaque ligne fautive est listée ici ; l&apos;import est une seule étape que vous pouvez annuler.</translation>
    </message>
    <message>
        <source>Import the good rows and leave the bad ones out</source>
        <translation>Importer les lignes correctes et laisser de côté les fautives</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>table not recognised: choose it on the next page</source>
        <translation>table non reconnue : choisissez-la à la page suivante</translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation>Encodage : %1</translation>
    </message>
    <message>
        <source>separator: %1</source>
        <translation>séparateur : %1</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(absent du fichier)</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>Lecture des fichiers…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <source>Cancelled. Nothing has changed.</source>
        <translation>Annulé. Rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message>
        <source>%1. Nothing is wrong; Import applies them.</source>
        <translation>%1. Tout est correct ; « Importer » les applique.</translation>
    </message>
    <message>
        <source>%1. The problems are listed below. Nothing is imported unless you choose to leave the bad rows out.</source>
        <translation>%1. Les problèmes sont listés ci-dessous. Rien n&apos;est importé, sauf si vous choisissez d&apos;écarter les lignes erronées.</translation>
    </message>
</context>
<context>
    <name>Cairn::Inspector</name>
    <message>
        <source>Nothing selected</source>
        <translation>Aucune sélection</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planning</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Dépend de</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Décalage</translation>
    </message>
    <message>
        <source> q</source>
        <translation> T</translation>
    </message>
    <message>
        <source>Lag in quarters</source>
        <translation>Décalage en trimestres</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Supports goal</source>
        <translation>Sert l’objectif</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <source>Affects system</source>
        <translation>Concerne le système</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Effet</translation>
    </message>
    <message>
        <source>Capacity per quarter</source>
        <translation>Capacité par trimestre</translation>
    </message>
    <message>
        <source>Change a quarter&apos;s figure to override the usual capacity.</source>
        <translation>Modifiez la valeur d’un trimestre pour remplacer la capacité habituelle.</translation>
    </message>
    <message>
        <source>“%1” is not an amount of money.</source>
        <translation>« %1 » n’est pas un montant.</translation>
    </message>
    <message>
        <source>“%1” is not a number of FTE.</source>
        <translation>« %1 » n’est pas un nombre d’ETP.</translation>
    </message>
    <message>
        <source>Not scheduled yet.</source>
        <translation>Pas encore planifiée.</translation>
    </message>
    <message>
        <source>%1 – %2. %3%4</source>
        <translation>%1 – %2. %3%4</translation>
    </message>
    <message>
        <source>Deadline %1%2.</source>
        <translation>Échéance %1%2.</translation>
    </message>
    <message>
        <source> (missed)</source>
        <translation> (manquée)</translation>
    </message>
    <message>
        <source>FTE</source>
        <translation>ETP</translation>
    </message>
    <message>
        <source>Select a bar on the roadmap or a row in a table to see it here and edit it: its fields, why it is scheduled when it is, what it depends on and what it serves.</source>
        <translation>Sélectionnez une barre de la feuille de route ou une ligne d’un tableau pour la voir ici et la modifier : ses champs, pourquoi elle est planifiée à ce moment, ce dont elle dépend et ce qu’elle sert.</translation>
    </message>
</context>
<context>
    <name>Cairn::Interchange</name>
    <message>
        <source>The file is not UTF-8; it was read as Windows-1252. Check letters such as ä, é and ñ.</source>
        <translation>Le fichier n&apos;est pas en UTF-8 ; il a été lu en Windows-1252. Vérifiez les lettres comme ä, é et ñ.</translation>
    </message>
    <message>
        <source>Line %1: the quoted field that starts there is never closed.</source>
        <translation>Ligne %1 : le champ entre guillemets qui y commence n&apos;est jamais fermé.</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>Impossible de créer le dossier « %1 ».</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d&apos;écrire « %1 » : %2</translation>
    </message>
    <message>
        <source>Cannot write “%1”: the folder does not exist.</source>
        <translation>Impossible d&apos;écrire « %1 » : le dossier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>Impossible d’écrire « %1 ».</translation>
    </message>
    <message>
        <source>, line %1</source>
        <translation>, ligne %1</translation>
    </message>
    <message>
        <source>, column “%1”</source>
        <translation>, colonne « %1 »</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>Impossible d&apos;ouvrir « %1 » : %2</translation>
    </message>
    <message>
        <source> [… cut: %1 characters in all; see the CSV export]</source>
        <translation> [… coupé : %1 caractères au total ; voir l&apos;export CSV]</translation>
    </message>
    <message>
        <source>Sheet “%1”, row %2, column “%3”: the text has %4 characters, more than an Excel cell holds (%5); it was cut there and marked. The CSV export keeps all of it.</source>
        <translation>Feuille « %1 », ligne %2, colonne « %3 » : le texte compte %4 caractères, plus qu&apos;une cellule Excel n&apos;en contient (%5) ; il a été coupé et marqué. L&apos;export CSV le garde en entier.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): </source>
        <translation>
            <numerusform>%n ligne : </numerusform>
            <numerusform>%n lignes : </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged, %4 links and amounts, %5 settings, %6 bad</source>
        <translation>%1 ajoutés, %2 modifiés, %3 inchangés, %4 liens et quantités, %5 réglages, %6 erronés</translation>
    </message>
    <message>
        <source>there is no goal called “%1”.</source>
        <translation>aucun objectif ne s&apos;appelle « %1 ».</translation>
    </message>
    <message>
        <source>there is no system called “%1”.</source>
        <translation>aucun système ne s&apos;appelle « %1 ».</translation>
    </message>
    <message>
        <source>there is no resource called “%1”.</source>
        <translation>aucune ressource ne s&apos;appelle « %1 ».</translation>
    </message>
    <message>
        <source>there is no initiative called “%1”.</source>
        <translation>aucune initiative ne s&apos;appelle « %1 ».</translation>
    </message>
    <message>
        <source>the table “%1” needs the columns %2; they are not there, so nothing of it was read.</source>
        <translation>la table « %1 » a besoin des colonnes %2 ; elles manquent, rien n&apos;en a donc été lu.</translation>
    </message>
    <message>
        <source>%1: the columns %2 are worked out by Cairn from the schedule; they were not imported.</source>
        <translation>%1 : les colonnes %2 sont calculées par Cairn à partir du planning ; elles n&apos;ont pas été importées.</translation>
    </message>
    <message>
        <source>%1: the column “%2” was not imported: the table “%3” has no such field. Rename it to one of %4 to import it.</source>
        <translation>%1 : la colonne « %2 » n&apos;a pas été importée : la table « %3 » n&apos;a pas ce champ. Renommez-la en l&apos;un de %4 pour l&apos;importer.</translation>
    </message>
    <message>
        <source>“%1” is not a plan setting.</source>
        <translation>« %1 » n&apos;est pas un réglage du plan.</translation>
    </message>
    <message>
        <source>“%1” is not an id.</source>
        <translation>« %1 » n&apos;est pas un identifiant.</translation>
    </message>
    <message>
        <source>more than one item is called “%1”; import by id instead.</source>
        <translation>plusieurs éléments s&apos;appellent « %1 » ; importez plutôt par identifiant.</translation>
    </message>
    <message>
        <source>empty; it is needed.</source>
        <translation>vide ; cette valeur est nécessaire.</translation>
    </message>
    <message>
        <source>more than one item is called “%1”.</source>
        <translation>plusieurs éléments s&apos;appellent « %1 ».</translation>
    </message>
    <message>
        <source>an initiative cannot depend on itself.</source>
        <translation>une initiative ne peut pas dépendre d&apos;elle-même.</translation>
    </message>
    <message>
        <source>this dependency would close a cycle: %1.</source>
        <translation>cette dépendance fermerait un cycle : %1.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>« %1 » n&apos;existe pas.</translation>
    </message>
    <message>
        <source>There are no CSV files to import.</source>
        <translation>Il n&apos;y a aucun fichier CSV à importer.</translation>
    </message>
    <message>
        <source>“%1”: cannot tell which table this is. Name it like initiatives.csv, or give it the columns of one (see the export).</source>
        <translation>« %1 » : impossible de savoir de quelle table il s&apos;agit. Nommez-le comme initiatives.csv, ou donnez-lui les colonnes d&apos;une table (voir l&apos;export).</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>JSON invalide à l’octet %1 : %2</translation>
    </message>
    <message>
        <source>the document must be a JSON object</source>
        <translation>le document doit être un objet JSON</translation>
    </message>
    <message>
        <source>Scheduled start</source>
        <translation>Début planifié</translation>
    </message>
    <message>
        <source>Scheduled finish</source>
        <translation>Fin planifiée</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Slack (quarters)</source>
        <translation>Marge (trimestres)</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Réglage</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>there is no milestone called “%1”.</source>
        <translation>il n’y a pas de jalon nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>there is no scenario called “%1”.</source>
        <translation>il n’y a pas de scénario nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>there is no baseline called “%1”.</source>
        <translation>il n’y a pas de référence nommée «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>there is no workshop called “%1”.</source>
        <translation>il n’y a pas d’atelier nommé « %1 ».</translation>
    </message>
    <message>
        <source>the row has %1 cells, the header %2: “%3” belongs to no column. A value holding the separator (a decimal comma, say) needs quotes.</source>
        <translation>la ligne a %1 cellules, l’en-tête %2 : « %3 » n’appartient à aucune colonne. Une valeur qui contient le séparateur (une virgule décimale, par exemple) doit être entre guillemets.</translation>
    </message>
    <message>
        <source>“%1” refers to itself here.</source>
        <translation>« %1 » se désigne ici lui-même.</translation>
    </message>
    <message>
        <source>this would close a circle: %1.</source>
        <translation>ceci fermerait un cercle : %1.</translation>
    </message>
</context>
<context>
    <name>Cairn::Logo</name>
    <message>
        <source>the picture is damaged or empty; it cannot be drawn.</source>
        <translation>l’image est endommagée ou vide ; elle ne peut pas être affichée.</translation>
    </message>
    <message>
        <source>Cannot read the logo “%1”: %2</source>
        <translation>Impossible de lire le logo « %1 » : %2</translation>
    </message>
    <message>
        <source>The logo “%1” cannot be used: %2</source>
        <translation>Le logo « %1 » ne peut pas être utilisé : %2</translation>
    </message>
</context>
<context>
    <name>Cairn::LogoEditor</name>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>A PNG or SVG picture of at most 1 MB, for the report&apos;s cover and the foot of its pages</source>
        <translation>Une image PNG ou SVG de 1 Mo au plus, pour la couverture du rapport et le pied de ses pages</translation>
    </message>
    <message>
        <source>Choose a Logo</source>
        <translation>Choisir un logo</translation>
    </message>
    <message>
        <source>Pictures (*.png *.svg);;All files (*)</source>
        <translation>Images (*.png *.svg);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
</context>
<context>
    <name>Cairn::MainWindow</name>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>&amp;New Plan</source>
        <translation>&amp;Nouveau plan</translation>
    </message>
    <message>
        <source>New from &amp;Sample</source>
        <translation>Nouveau depuis l’&amp;exemple</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Export Roadmap PDF…</source>
        <translation>&amp;Exporter la feuille de route en PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Save changes?</source>
        <translation>Enregistrer les modifications ?</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them before closing?</source>
        <translation>« %1 » a des modifications non enregistrées. Les enregistrer avant de fermer ?</translation>
    </message>
    <message>
        <source>Cairn plans (*.cairn)</source>
        <translation>Plans Cairn (*.cairn)</translation>
    </message>
    <message>
        <source>Save Plan</source>
        <translation>Enregistrer le plan</translation>
    </message>
    <message>
        <source>Open Plan</source>
        <translation>Ouvrir un plan</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler : %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir : %1</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <source>%1 initiatives · %2 systems · %3 goals · planned spend %4 · %5 – %6</source>
        <translation>%1 initiatives · %2 systèmes · %3 objectifs · dépenses prévues %4 · %5 – %6</translation>
    </message>
    <message>
        <source>Scheduling…</source>
        <translation>Planification…</translation>
    </message>
    <message>
        <source>Schedule up to date</source>
        <translation>Planning à jour</translation>
    </message>
    <message>
        <source>Improving schedule…</source>
        <translation>Amélioration du planning…</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problème</numerusform>
            <numerusform>%n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s) and %1 link(s) to them? You can undo this.</source>
        <translation>
            <numerusform>Supprimer %n élément et %1 lien(s) vers lui ? Vous pourrez annuler.</numerusform>
            <numerusform>Supprimer %n éléments et %1 lien(s) vers eux ? Vous pourrez annuler.</numerusform>
        </translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>Nouveau plan</translation>
    </message>
    <message>
        <source>IT budget</source>
        <translation>Budget informatique</translation>
    </message>
    <message>
        <source>IT team</source>
        <translation>Équipe informatique</translation>
    </message>
    <message>
        <source>Cannot open plan</source>
        <translation>Impossible d’ouvrir le plan</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <source>an untitled plan</source>
        <translation>un plan sans titre</translation>
    </message>
    <message>
        <source>Recover unsaved changes?</source>
        <translation>Récupérer les modifications non enregistrées ?</translation>
    </message>
    <message>
        <source>Cairn closed unexpectedly while %1 had unsaved changes. They were saved automatically at %2. Restore them? (Your file is not changed until you save.)</source>
        <translation>Cairn s’est fermé inopinément alors que %1 avait des modifications non enregistrées. Elles ont été sauvegardées automatiquement le %2. Les restaurer ? (Votre fichier reste inchangé tant que vous n’enregistrez pas.)</translation>
    </message>
    <message>
        <source>Recovered changes from %1 — save to keep them.</source>
        <translation>Modifications récupérées du %1 — enregistrez pour les conserver.</translation>
    </message>
    <message>
        <source>Export Roadmap PDF</source>
        <translation>Exporter la feuille de route en PDF</translation>
    </message>
    <message>
        <source>The plan is still being scheduled; try again in a moment.</source>
        <translation>Le plan est encore en cours de planification ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <source>Export Tables as &amp;CSV…</source>
        <translation>Exporter les tables en &amp;CSV…</translation>
    </message>
    <message>
        <source>Export Tables to E&amp;xcel…</source>
        <translation>Exporter les tables vers E&amp;xcel…</translation>
    </message>
    <message numerus="yes">
        <source>Import %n row(s)</source>
        <translation>
            <numerusform>Importer %n ligne</numerusform>
            <numerusform>Importer %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Tables to Excel</source>
        <translation>Exporter les tables vers Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export Tables as CSV into a Folder</source>
        <translation>Exporter les tables en CSV dans un dossier</translation>
    </message>
    <message>
        <source>Exported the tables to %1</source>
        <translation>Tables exportées dans %1</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>Importé : %1.</translation>
    </message>
    <message>
        <source>Exported, with warnings</source>
        <translation>Exporté, avec des avertissements</translation>
    </message>
    <message>
        <source>Plan Se&amp;ttings…</source>
        <translation>Paramè&amp;tres du plan…</translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation>Récupération impossible</translation>
    </message>
    <message>
        <source>This is Cairn&apos;s sample plan: Brightwater Outdoor, a retailer that does not exist. Explore it and change anything; its problems (systems out of support) are part of the example. Save it under a name of your own to keep it; File &gt; New Plan starts your own.</source>
        <translation>Voici le plan d’exemple de Cairn : Brightwater Outdoor, un commerçant qui n’existe pas. Explorez-le et modifiez ce que vous voulez ; ses problèmes (systèmes hors support) font partie de l’exemple. Enregistrez-le sous un nom de votre choix pour le conserver ; Fichier &gt; Nouveau plan démarre le vôtre.</translation>
    </message>
    <message>
        <source>Started from the template %1: replace its names, dates and amounts with your own, then save.</source>
        <translation>Créé à partir du modèle %1 : remplacez ses noms, dates et montants par les vôtres, puis enregistrez.</translation>
    </message>
    <message>
        <source>Undo over a newer change?</source>
        <translation>Annuler par-dessus une modification plus récente ?</translation>
    </message>
    <message>
        <source>Since your step (%1), someone else changed:
%2

Undo puts back what was there before your step and writes over their change. Undo anyway?</source>
        <translation>Depuis votre étape (%1), quelqu’un d’autre a modifié :
%2

Annuler remet ce qui existait avant votre étape et écrase sa modification. Annuler quand même ?</translation>
    </message>
</context>
<context>
    <name>Cairn::Models</name>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Deadline %1</source>
        <translation>Échéance %1</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Late: %1</source>
        <translation>En retard : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>not one of the choices.</source>
        <translation>aucun des choix proposés.</translation>
    </message>
    <message>
        <source>a value is needed.</source>
        <translation>une valeur est nécessaire.</translation>
    </message>
</context>
<context>
    <name>Cairn::MovesLabel</name>
    <message>
        <source>Moved by the last change (click to select one):
%1</source>
        <translation>Déplacées par la dernière modification (cliquez pour en sélectionner une) :
%1</translation>
    </message>
</context>
<context>
    <name>Cairn::PlanFile</name>
    <message>
        <source>the plan&apos;s settings are missing</source>
        <translation>les paramètres du plan manquent</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2.</source>
        <translation>Impossible d’ouvrir « %1 » : %2.</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>le fichier n’existe pas</translation>
    </message>
    <message>
        <source>it is a folder, not a plan file</source>
        <translation>c’est un dossier, pas un fichier de plan</translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation>le fichier ne peut pas être lu (%1)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>it is not a Cairn plan file</source>
        <translation>ce n’est pas un fichier de plan Cairn</translation>
    </message>
    <message>
        <source>the file is cut short (%1 bytes); it may be an incomplete copy</source>
        <translation>le fichier est tronqué (%1 octets) ; c’est peut-être une copie incomplète</translation>
    </message>
    <message>
        <source>its header is damaged</source>
        <translation>son en-tête est endommagé</translation>
    </message>
    <message>
        <source>the file is cut short (%1 of %2 bytes); it may be an incomplete copy</source>
        <translation>le fichier est tronqué (%1 sur %2 octets) ; c’est peut-être une copie incomplète</translation>
    </message>
    <message>
        <source>the file cannot be opened (%1)</source>
        <translation>le fichier ne peut pas être ouvert (%1)</translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation>le fichier est endommagé (%1)</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>le fichier est endommagé</translation>
    </message>
    <message>
        <source>it is an SQLite database, but not a Cairn plan</source>
        <translation>c’est une base SQLite, mais pas un plan Cairn</translation>
    </message>
    <message>
        <source>it has no plan schema version</source>
        <translation>il n’a pas de version de schéma de plan</translation>
    </message>
    <message>
        <source>it was written by a newer version of Cairn (file format %1; this version reads up to %2)</source>
        <translation>il a été écrit par une version plus récente de Cairn (format %1 ; cette version lit jusqu’au format %2)</translation>
    </message>
    <message>
        <source>no temporary copy could be made</source>
        <translation>aucune copie temporaire n’a pu être faite</translation>
    </message>
    <message>
        <source>the copy could not be opened</source>
        <translation>la copie n’a pas pu être ouverte</translation>
    </message>
    <message>
        <source>it could not be upgraded from format %1 (%2)</source>
        <translation>il n’a pas pu être mis à jour depuis le format %1 (%2)</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Cairn. It is open read-only; use Save As to keep a copy in this version&apos;s format.</source>
        <translation>« %1 » a été écrit par une version plus récente de Cairn. Il est ouvert en lecture seule ; utilisez « Enregistrer sous » pour garder une copie au format de cette version.</translation>
    </message>
    <message>
        <source>Cannot save “%1”: %2.</source>
        <translation>Impossible d’enregistrer « %1 » : %2.</translation>
    </message>
    <message>
        <source>the plan&apos;s links are inconsistent (%1)</source>
        <translation>les liens du plan sont incohérents (%1)</translation>
    </message>
    <message>
        <source>the written file did not pass its integrity check</source>
        <translation>le fichier écrit n’a pas passé le contrôle d’intégrité</translation>
    </message>
    <message>
        <source>“%1” is not a quarter</source>
        <translation>« %1 » n’est pas un trimestre</translation>
    </message>
    <message>
        <source>“%1” is not a known value</source>
        <translation>« %1 » n&apos;est pas une valeur connue</translation>
    </message>
    <message>
        <source>“%1” is not an id</source>
        <translation>« %1 » n&apos;est pas un identifiant</translation>
    </message>
    <message>
        <source>“%1” is not a whole number</source>
        <translation>« %1 » n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>%1 #%2 %3, %4: %5</source>
        <translation>%1 n° %2 %3, %4 : %5</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the disk reported an error while writing (%1)</source>
        <translation>le disque a signalé une erreur pendant l’écriture (%1)</translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation>ce n’est pas un fichier</translation>
    </message>
    <message>
        <source>the file is read-only (its permissions allow no writing)</source>
        <translation>le fichier est en lecture seule (ses droits n’autorisent pas l’écriture)</translation>
    </message>
    <message>
        <source>you may not write to the file (%1)</source>
        <translation>vous n’avez pas le droit d’écrire dans le fichier (%1)</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>le dossier n’existe pas</translation>
    </message>
    <message>
        <source>another program changed or replaced the file since it was read, and saving would overwrite those changes</source>
        <translation>un autre programme a modifié ou remplacé le fichier depuis sa lecture, et l’enregistrement écraserait ces modifications</translation>
    </message>
    <message>
        <source>the new file could not be flushed to disk (%1)</source>
        <translation>le nouveau fichier n’a pas pu être écrit sur le disque (%1)</translation>
    </message>
    <message>
        <source>%1 #%2, %3: %4</source>
        <translation>%1 n° %2, %3 : %4</translation>
    </message>
    <message>
        <source>%1 (%2 #%3): %4</source>
        <translation>%1 (%2 n° %3) : %4</translation>
    </message>
    <message>
        <source>unknown column “%1”</source>
        <translation>colonne inconnue « %1 »</translation>
    </message>
    <message>
        <source>the column “%1” is missing</source>
        <translation>la colonne « %1 » manque</translation>
    </message>
    <message>
        <source>line %1 has %2 values where the first line names %3</source>
        <translation>la ligne %1 a %2 valeurs là où la première ligne en nomme %3</translation>
    </message>
    <message>
        <source>line %1: “%2” is not a position</source>
        <translation>ligne %1 : « %2 » n&apos;est pas une position</translation>
    </message>
</context>
<context>
    <name>Cairn::PlanLock</name>
    <message>
        <source>“%1” cannot be locked for writing: %2 (in %3).</source>
        <translation>« %1 » ne peut pas être verrouillé en écriture : %2 (dans %3).</translation>
    </message>
    <message>
        <source>“%1” is being written by another program; try again in a moment.</source>
        <translation>« %1 » est en cours d’écriture par un autre programme ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>“%1” is open in Cairn by %2 on %3 (process %4, since %5); close it there first.</source>
        <translation>« %1 » est ouvert dans Cairn par %2 sur %3 (processus %4, depuis %5) ; fermez-le d’abord là-bas.</translation>
    </message>
</context>
<context>
    <name>Cairn::PlanSettingsDialog</name>
    <message>
        <source>Plan Settings</source>
        <translation>Paramètres du plan</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>Cairn::PlanValidator</name>
    <message>
        <source>Plan</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>Plan: “%1” is not a currency code such as EUR or USD.</source>
        <translation>Plan : « %1 » n’est pas un code de devise comme EUR ou USD.</translation>
    </message>
    <message>
        <source>The plan has no name.</source>
        <translation>Le plan n’a pas de nom.</translation>
    </message>
    <message>
        <source>Goal %1</source>
        <translation>Objectif %1</translation>
    </message>
    <message>
        <source>Goal #%1 has no name.</source>
        <translation>L’objectif n° %1 n’a pas de nom.</translation>
    </message>
    <message>
        <source>%1 has a parent goal #%2 that does not exist.</source>
        <translation>%1 a un objectif parent n° %2 qui n’existe pas.</translation>
    </message>
    <message>
        <source>System %1</source>
        <translation>Système %1</translation>
    </message>
    <message>
        <source>System #%1 has no name.</source>
        <translation>Le système n° %1 n’a pas de nom.</translation>
    </message>
    <message>
        <source>%1 depends on system #%2, which does not exist.</source>
        <translation>%1 dépend du système n° %2, qui n’existe pas.</translation>
    </message>
    <message>
        <source>Resource %1</source>
        <translation>Ressource %1</translation>
    </message>
    <message>
        <source>Resource #%1 has no name.</source>
        <translation>La ressource n° %1 n’a pas de nom.</translation>
    </message>
    <message>
        <source>Initiative %1</source>
        <translation>Initiative %1</translation>
    </message>
    <message>
        <source>Initiative #%1 has no name.</source>
        <translation>L’initiative n° %1 n’a pas de nom.</translation>
    </message>
    <message>
        <source>%1 needs resource #%2, which does not exist.</source>
        <translation>%1 a besoin de la ressource n° %2, qui n’existe pas.</translation>
    </message>
    <message>
        <source>%1 takes %2 quarters but may only run from %3 to %4.</source>
        <translation>%1 dure %2 trimestres mais ne peut se dérouler que de %3 à %4.</translation>
    </message>
    <message>
        <source>%1 is pinned to start in %2, before its earliest start %3.</source>
        <translation>%1 est fixé pour commencer en %2, avant son début au plus tôt %3.</translation>
    </message>
    <message>
        <source>%1 is pinned to start in %2 and so finishes after its deadline %3.</source>
        <translation>%1 est fixé pour commencer en %2 et finit donc après son échéance %3.</translation>
    </message>
    <message>
        <source>%1 is pinned to %2, outside the plan&apos;s quarters %3 to %4.</source>
        <translation>%1 est fixé à %2, hors des trimestres du plan (%3 à %4).</translation>
    </message>
    <message>
        <source>%1 cannot start before %2, after the plan&apos;s last quarter %3.</source>
        <translation>%1 ne peut pas commencer avant %2, après le dernier trimestre du plan (%3).</translation>
    </message>
    <message>
        <source>A goal link refers to initiative #%1 or goal #%2, which does not exist.</source>
        <translation>Un lien d’objectif renvoie à l’initiative n° %1 ou à l’objectif n° %2, qui n’existe pas.</translation>
    </message>
    <message>
        <source>The link from %1 to goal %2</source>
        <translation>Le lien de %1 vers l’objectif %2</translation>
    </message>
    <message>
        <source>A system link refers to initiative #%1 or system #%2, which does not exist.</source>
        <translation>Un lien de système renvoie à l’initiative n° %1 ou au système n° %2, qui n’existe pas.</translation>
    </message>
    <message>
        <source>A dependency refers to initiative #%1 or #%2, which does not exist.</source>
        <translation>Une dépendance renvoie à l’initiative n° %1 ou n° %2, qui n’existe pas.</translation>
    </message>
    <message>
        <source>The dependency of %1 on %2</source>
        <translation>La dépendance de %1 envers %2</translation>
    </message>
    <message>
        <source>%1 depends on %2 more than once.</source>
        <translation>%1 dépend plus d’une fois de %2.</translation>
    </message>
    <message>
        <source>Dependency cycle: %1. None of these initiatives can start before the others finish; remove one of the dependencies.</source>
        <translation>Cycle de dépendances : %1. Aucune de ces initiatives ne peut commencer avant la fin des autres ; retirez une des dépendances.</translation>
    </message>
    <message>
        <source>Systems depend on each other in a circle: %1.</source>
        <translation>Des systèmes dépendent les uns des autres en boucle : %1.</translation>
    </message>
    <message>
        <source>Goals are each other&apos;s parents: %1.</source>
        <translation>Des objectifs sont parents les uns des autres : %1.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>%1, demand on %2</source>
        <translation>%1, besoin en %2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2 : %3</translation>
    </message>
    <message>
        <source>Caught in the same circle of dependencies: %1.</source>
        <translation>Prises dans le même cycle de dépendances : %1.</translation>
    </message>
</context>
<context>
    <name>Cairn::PreferencesDialog</name>
    <message>
        <source>&amp;Reduce motion: no bars gliding on the roadmap, no animated or fading menus, lists and tooltips</source>
        <translation>&amp;Réduire les animations : pas de barres qui glissent sur la feuille de route, pas de menus, listes ni infobulles animés ou en fondu</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Comme le système (%1)</translation>
    </message>
    <message>
        <source>The language changes the next time Cairn starts.</source>
        <translation>La langue change au prochain démarrage de Cairn.</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Projector: high contrast, larger type</source>
        <translation>Projecteur : contraste élevé, texte plus grand</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Unsaved changes are copied aside this often, and offered back after a crash. Your file changes only when you save.</source>
        <translation>Les modifications non enregistrées sont mises de côté à cet intervalle et proposées de nouveau après un plantage. Votre fichier ne change que lorsque vous enregistrez.</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>Tabloid</source>
        <translation>Tabloïd</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>&amp;Autosave every:</source>
        <translation>Sauvegarde &amp;automatique toutes les :</translation>
    </message>
    <message>
        <source>PDF &amp;page size:</source>
        <translation>&amp;Format de page PDF :</translation>
    </message>
</context>
<context>
    <name>Cairn::PresenceMark</name>
    <message numerus="yes">
        <source>%1 is also editing this goal.</source>
        <translation>
            <numerusform>%1 modifie aussi cet objectif.</numerusform>
            <numerusform>%1 modifient aussi cet objectif.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is also editing this initiative.</source>
        <translation>
            <numerusform>%1 modifie aussi cette initiative.</numerusform>
            <numerusform>%1 modifient aussi cette initiative.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is also editing this milestone.</source>
        <translation>
            <numerusform>%1 modifie aussi ce jalon.</numerusform>
            <numerusform>%1 modifient aussi ce jalon.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is also editing this resource.</source>
        <translation>
            <numerusform>%1 modifie aussi cette ressource.</numerusform>
            <numerusform>%1 modifient aussi cette ressource.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is also editing this system.</source>
        <translation>
            <numerusform>%1 modifie aussi ce système.</numerusform>
            <numerusform>%1 modifient aussi ce système.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cairn::PresentationView</name>
    <message>
        <source>Cairn — Presentation</source>
        <translation>Cairn — Présentation</translation>
    </message>
</context>
<context>
    <name>Cairn::ProblemsPanel</name>
    <message>
        <source>No problems: every dependency, capacity, pin and deadline holds.</source>
        <translation>Aucun problème : dépendances, capacités, dates fixées et échéances sont toutes respectées.</translation>
    </message>
    <message>
        <source>Fixes…</source>
        <translation>Corrections…</translation>
    </message>
    <message>
        <source>Find the smallest changes that fix the selected problem</source>
        <translation>Trouver les plus petites modifications qui corrigent le problème sélectionné</translation>
    </message>
    <message>
        <source>No change found that fixes it</source>
        <translation>Aucune modification trouvée pour le corriger</translation>
    </message>
    <message>
        <source>Apply: %1</source>
        <translation>Appliquer : %1</translation>
    </message>
</context>
<context>
    <name>Cairn::Replan</name>
    <message>
        <source>Re-plan Now</source>
        <translation>Replanifier maintenant</translation>
    </message>
    <message>
        <source>Nothing would move: the schedule shown is the best Cairn finds.</source>
        <translation>Rien ne bougerait : le calendrier affiché est le meilleur que Cairn trouve.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n de plus</numerusform>
            <numerusform>… et %n de plus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-planning moves %n initiative(s):</source>
        <translation>
            <numerusform>La replanification déplace %n initiative :</numerusform>
            <numerusform>La replanification déplace %n initiatives :</numerusform>
        </translation>
    </message>
    <message>
        <source>Move them? (Undo puts them back.)</source>
        <translation>Les déplacer ? (Annuler les remet en place.)</translation>
    </message>
    <message>
        <source>Move them in the scenario %1? The base plan does not change; this cannot be undone.</source>
        <translation>Les déplacer dans le scénario %1 ? Le plan de base ne change pas ; cette action ne peut pas être annulée.</translation>
    </message>
</context>
<context>
    <name>Cairn::Report</name>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (suite)</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Feuille de route</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>IT roadmap</source>
        <translation>Feuille de route informatique</translation>
    </message>
    <message>
        <source>IT strategy roadmap, %1 – %2</source>
        <translation>Feuille de route de la stratégie informatique, %1 – %2</translation>
    </message>
    <message>
        <source>business goals</source>
        <translation>objectifs métier</translation>
    </message>
    <message>
        <source>initiatives scheduled</source>
        <translation>initiatives planifiées</translation>
    </message>
    <message>
        <source>planned spend</source>
        <translation>dépenses prévues</translation>
    </message>
    <message>
        <source>systems in the landscape</source>
        <translation>systèmes dans le parc</translation>
    </message>
    <message>
        <source>deadlines at risk</source>
        <translation>échéances menacées</translation>
    </message>
    <message>
        <source>Prepared by %1</source>
        <translation>Préparé par %1</translation>
    </message>
    <message>
        <source>Made with Cairn</source>
        <translation>Réalisé avec Cairn</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>The plan schedules %1 initiatives from %2 to %3 for a planned spend of %4. %5 % of it keeps the lights on (Run), %6 % grows the business (Grow) and %7 % transforms it (Transform).</source>
        <translation>Le plan programme %1 initiatives de %2 à %3 pour des dépenses prévues de %4. %5 % maintiennent l&apos;existant (Run), %6 % font croître l&apos;activité (Grow) et %7 % la transforment (Transform).</translation>
    </message>
    <message>
        <source>Goals and the initiatives that serve them</source>
        <translation>Les objectifs et les initiatives qui les servent</translation>
    </message>
    <message>
        <source>no initiatives yet</source>
        <translation>aucune initiative pour l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>%n initiative(s)</source>
        <translation>
            <numerusform>%n initiative</numerusform>
            <numerusform>%n initiatives</numerusform>
        </translation>
    </message>
    <message>
        <source>Spend by year</source>
        <translation>Dépenses par an</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Key risks</source>
        <translation>Risques principaux</translation>
    </message>
    <message>
        <source>%1 is out of vendor support from %2 and stays so to the end of the plan.</source>
        <translation>%1 est hors support éditeur à partir de %2 et le reste jusqu&apos;à la fin du plan.</translation>
    </message>
    <message>
        <source>%1 is out of vendor support from %2 to %3, until the work on it is done.</source>
        <translation>%1 est hors support éditeur de %2 à %3, jusqu&apos;à la fin des travaux.</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 sur %3)</translation>
    </message>
    <message>
        <source>%1 is overloaded in %2.</source>
        <translation>%1 est en surcharge en %2.</translation>
    </message>
    <message>
        <source>No key risks: every system stays in vendor support, every deadline is met and no quarter is overloaded.</source>
        <translation>Aucun risque majeur : chaque système reste sous support éditeur, chaque échéance est tenue et aucun trimestre n&apos;est en surcharge.</translation>
    </message>
    <message>
        <source>Roadmap %1 – %2</source>
        <translation>Feuille de route %1 – %2</translation>
    </message>
    <message>
        <source>part %1 of %2 across</source>
        <translation>partie %1 sur %2 en largeur</translation>
    </message>
    <message>
        <source>lanes %1 of %2</source>
        <translation>couloirs %1 sur %2</translation>
    </message>
    <message>
        <source>Capacity %1 – %2</source>
        <translation>Capacité %1 – %2</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Charts (continued)</source>
        <translation>Graphiques (suite)</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Initiatives</translation>
    </message>
    <message>
        <source>not placed</source>
        <translation>non placée</translation>
    </message>
    <message>
        <source>Late. </source>
        <translation>En retard. </translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>Trimestres</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Systèmes</translation>
    </message>
    <message>
        <source>Why then</source>
        <translation>Pourquoi à ce moment</translation>
    </message>
    <message>
        <source>Systems and their lifecycle</source>
        <translation>Les systèmes et leur cycle de vie</translation>
    </message>
    <message>
        <source>%1 — %2, done %3</source>
        <translation>%1 — %2, terminée %3</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>No end of support known</source>
        <translation>Aucune fin de support connue</translation>
    </message>
    <message>
        <source>Out of support, not addressed</source>
        <translation>Hors support, non traité</translation>
    </message>
    <message>
        <source>Out of support to the end of the plan</source>
        <translation>Hors support jusqu&apos;à la fin du plan</translation>
    </message>
    <message numerus="yes">
        <source>Out of support for %n quarter(s)</source>
        <translation>
            <numerusform>Hors support pendant %n trimestre</numerusform>
            <numerusform>Hors support pendant %n trimestres</numerusform>
        </translation>
    </message>
    <message>
        <source>Addressed in time</source>
        <translation>Traité à temps</translation>
    </message>
    <message>
        <source>Supported throughout the plan</source>
        <translation>Supporté pendant tout le plan</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Category · vendor</source>
        <translation>Catégorie · éditeur</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Cycle de vie</translation>
    </message>
    <message>
        <source>End of support</source>
        <translation>Fin de support</translation>
    </message>
    <message>
        <source>Addressed by</source>
        <translation>Traité par</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>How to read the roadmap</source>
        <translation>Comment lire la feuille de route</translation>
    </message>
    <message>
        <source>Each bar is an initiative, drawn across the quarters in which it runs. Its colour shows its %1; the lanes group initiatives by %2. An initiative that serves several goals sits in the lane of the goal it serves most, with “+1 goal” and so on after its name.</source>
        <translation>Chaque barre est une initiative, tracée sur les trimestres où elle se déroule. Sa couleur indique : %1 ; les couloirs regroupent les initiatives par : %2. Une initiative qui sert plusieurs objectifs figure dans le couloir de celui qu&apos;elle sert le plus, avec « +1 objectif », etc. après son nom.</translation>
    </message>
    <message>
        <source>Arrows lead from an initiative to the ones that wait for it. A red outline marks an initiative that finishes after its deadline, and a red line across the bar marks the deadline itself: most deadlines come from a system&apos;s end of vendor support. A hatched bar could not be placed at all.</source>
        <translation>Les flèches mènent d&apos;une initiative à celles qui l&apos;attendent. Un contour rouge signale une initiative qui se termine après son échéance, et un trait rouge sur la barre marque l&apos;échéance elle-même : la plupart des échéances viennent de la fin du support éditeur d&apos;un système. Une barre hachurée n&apos;a pas pu être placée.</translation>
    </message>
    <message>
        <source>The band under the quarters marks milestones (diamonds) and the quarters in which vendor support for a system ends (triangles). The pin marks an initiative whose start was fixed by hand.</source>
        <translation>La bande sous les trimestres indique les jalons (losanges) et les trimestres où le support éditeur d&apos;un système prend fin (triangles). L&apos;épingle signale une initiative dont le début a été fixé à la main.</translation>
    </message>
    <message>
        <source>The capacity strip under the lanes shows, per resource and quarter, the planned demand as a share of the capacity: green is comfortable, amber nearly full, red over capacity.</source>
        <translation>La bande de capacité sous les couloirs montre, par ressource et trimestre, la demande prévue en part de la capacité : vert, c&apos;est confortable ; orange, presque plein ; rouge, au-delà de la capacité.</translation>
    </message>
    <message>
        <source>The schedule starts the most valuable work first, within the budget and the teams&apos; capacity, and meets end-of-support deadlines wherever it can. The table of initiatives gives the reason for each start.</source>
        <translation>Le planning commence par le travail le plus utile, dans les limites du budget et de la capacité des équipes, et tient les échéances de fin de support partout où c&apos;est possible. Le tableau des initiatives donne la raison de chaque début.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d&apos;écrire « %1 » : %2</translation>
    </message>
    <message>
        <source>%1 is out of vendor support in %2, until the work on it is done.</source>
        <translation>%1 est hors support éditeur en %2, jusqu&apos;à la fin des travaux.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Where a name does not fit beside its bar, the bar carries a number instead, and where several systems leave support in one quarter, their mark carries a number in brackets: the key under the legend of the same page names them.</source>
        <translation>Quand un nom ne tient pas à côté de sa barre, la barre porte un numéro à la place, et quand plusieurs systèmes sortent du support le même trimestre, leur repère porte un numéro entre parenthèses : l’index sous la légende de la même page les nomme.</translation>
    </message>
    <message>
        <source>Also served by: %1</source>
        <translation>Également servi par : %1</translation>
    </message>
    <message>
        <source>The whole roadmap, %1 – %2</source>
        <translation>La feuille de route complète, %1 – %2</translation>
    </message>
    <message>
        <source>numbers: see the key below</source>
        <translation>numéros : voir l’index ci-dessous</translation>
    </message>
    <message>
        <source>Key to the whole roadmap</source>
        <translation>Index de la feuille de route complète</translation>
    </message>
    <message>
        <source>Key to the whole roadmap (continued)</source>
        <translation>Index de la feuille de route complète (suite)</translation>
    </message>
    <message>
        <source>Scenarios compared</source>
        <translation>Scénarios comparés</translation>
    </message>
    <message>
        <source>%1, each scheduled on its own with the same scheduler. Changes are measured against %2.</source>
        <translation>%1, chacun planifié séparément avec le même planificateur. Les changements sont mesurés par rapport à %2.</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Ce qui change</translation>
    </message>
    <message>
        <source>No initiative moves, drops, comes in or becomes late.</source>
        <translation>Aucune initiative ne se déplace, ne disparaît, n’apparaît ni ne passe en retard.</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <source>Changes since the baseline</source>
        <translation>Changements depuis la référence</translation>
    </message>
    <message>
        <source>Against the baseline %1, frozen %2%3.</source>
        <translation>Par rapport à la référence %1, figée le %2%3.</translation>
    </message>
    <message>
        <source> from the scenario %1</source>
        <translation> à partir du scénario %1</translation>
    </message>
    <message>
        <source>Every initiative is where the baseline put it, at the same cost.</source>
        <translation>Chaque initiative est là où la référence l’a placée, au même coût.</translation>
    </message>
    <message>
        <source>Workshop record</source>
        <translation>Compte rendu d’atelier</translation>
    </message>
    <message>
        <source>%1, started %2 and still running; changes until now.</source>
        <translation>%1, démarré le %2 et toujours en cours ; changements jusqu’à présent.</translation>
    </message>
    <message>
        <source>%1, from %2 to %3.</source>
        <translation>%1, du %2 au %3.</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>Notée</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
</context>
<context>
    <name>Cairn::ReportDialog</name>
    <message>
        <source>Cover</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Roadmap timeline</source>
        <translation>Frise de la feuille de route</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Table of initiatives</source>
        <translation>Tableau des initiatives</translation>
    </message>
    <message>
        <source>Table of systems</source>
        <translation>Tableau des systèmes</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Fit into</source>
        <translation>Répartir sur</translation>
    </message>
    <message>
        <source>Quarters per page:</source>
        <translation>Trimestres par page :</translation>
    </message>
    <message>
        <source>PDF/A-1b for archiving</source>
        <translation>PDF/A-1b pour l&apos;archivage</translation>
    </message>
    <message>
        <source>Export Roadmap PDF</source>
        <translation>Exporter la feuille de route en PDF</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>Tabloid</source>
        <translation>Tabloïd</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Paysage</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source> page(s) wide</source>
        <translation> page(s) de large</translation>
    </message>
    <message>
        <source>Page &amp;size:</source>
        <translation>&amp;Taille de page :</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Orientation :</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Timeline scale</source>
        <translation>Échelle de la frise</translation>
    </message>
    <message>
        <source>&amp;Colour by:</source>
        <translation>&amp;Couleur selon :</translation>
    </message>
    <message>
        <source>&amp;Lanes by:</source>
        <translation>Cou&amp;loirs selon :</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exporter le PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>roadmap</source>
        <translation>feuille-de-route</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Exported the roadmap report (%n page(s)) to %1</source>
        <translation>
            <numerusform>Rapport de feuille de route (%n page) exporté dans %1</numerusform>
            <numerusform>Rapport de feuille de route (%n pages) exporté dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one section.</source>
        <translation>Choisissez au moins une section.</translation>
    </message>
    <message>
        <source>As the page&apos;s width reads well</source>
        <translation>Selon la largeur de la page</translation>
    </message>
    <message>
        <source>Scenarios compared</source>
        <translation>Scénarios comparés</translation>
    </message>
    <message>
        <source>Changes since the baseline</source>
        <translation>Changements depuis la référence</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>The base plan</source>
        <translation>Le plan de base</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The plan has no scenarios.</source>
        <translation>Le plan n’a pas de scénarios.</translation>
    </message>
    <message>
        <source>The plan has no baselines.</source>
        <translation>Le plan n’a pas de références.</translation>
    </message>
    <message>
        <source>with</source>
        <translation>avec</translation>
    </message>
    <message>
        <source>and</source>
        <translation>et</translation>
    </message>
    <message>
        <source>Workshop record</source>
        <translation>Compte rendu d’atelier</translation>
    </message>
    <message>
        <source>The plan has no workshop yet (Start Workshop marks one).</source>
        <translation>Le plan n’a encore aucun atelier (« Démarrer l’atelier » en marque un).</translation>
    </message>
    <message>
        <source>What changed in the latest workshop, %1, and the decisions noted</source>
        <translation>Ce qui a changé lors du dernier atelier, %1, et les décisions notées</translation>
    </message>
</context>
<context>
    <name>Cairn::Roadmap</name>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>All initiatives</source>
        <translation>Toutes les initiatives</translation>
    </message>
    <message>
        <source>No goal</source>
        <translation>Sans objectif</translation>
    </message>
    <message>
        <source>No system</source>
        <translation>Sans système</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>Sans équipe</translation>
    </message>
    <message numerus="yes">
        <source>+%n goal(s)</source>
        <translation>
            <numerusform>+%n objectif</numerusform>
            <numerusform>+%n objectifs</numerusform>
        </translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Feuille de route</translation>
    </message>
    <message>
        <source>Roadmap %1 – %2</source>
        <translation>Feuille de route %1 – %2</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>au %1</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d&apos;écrire « %1 » : %2</translation>
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
            <numerusform>%n système</numerusform>
            <numerusform>%n systèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>Colour: %1</source>
        <translation>Couleur : %1</translation>
    </message>
    <message>
        <source>Marks:</source>
        <translation>Repères :</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>End of vendor support</source>
        <translation>Fin du support éditeur</translation>
    </message>
    <message>
        <source>Pinned start</source>
        <translation>Début fixé</translation>
    </message>
    <message>
        <source>Misses its deadline</source>
        <translation>Manque son échéance</translation>
    </message>
    <message>
        <source>Could not be placed</source>
        <translation>Non placée</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Capacity used</source>
        <translation>Capacité utilisée</translation>
    </message>
    <message>
        <source>Lanes: %1</source>
        <translation>Couloirs : %1</translation>
    </message>
    <message>
        <source>Milestones and ends of support</source>
        <translation>Jalons et fins de support</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (suite)</translation>
    </message>
    <message>
        <source>%1 (collapsed)</source>
        <translation>%1 (replié)</translation>
    </message>
    <message>
        <source>No initiatives serve this goal yet</source>
        <translation>Aucune initiative ne sert encore cet objectif</translation>
    </message>
    <message>
        <source>Pin to %1</source>
        <translation>Fixer à %1</translation>
    </message>
    <message numerus="yes">
        <source>%n quarter(s)</source>
        <translation>
            <numerusform>%n trimestre</numerusform>
            <numerusform>%n trimestres</numerusform>
        </translation>
    </message>
    <message>
        <source>no capacity</source>
        <translation>aucune capacité</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>No tag</source>
        <translation>Sans étiquette</translation>
    </message>
    <message numerus="yes">
        <source>+%n tag(s)</source>
        <translation>
            <numerusform>+%n étiquette</numerusform>
            <numerusform>+%n étiquettes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, continued on the next page</source>
        <translation>%1, suite page suivante</translation>
    </message>
    <message>
        <source>Support ends in %1: %2</source>
        <translation>Fin de support en %1 : %2</translation>
    </message>
    <message>
        <source>None in these quarters</source>
        <translation>Rien sur ces trimestres</translation>
    </message>
    <message numerus="yes">
        <source>A further tag of %n initiative(s) in other lanes</source>
        <translation>
            <numerusform>Étiquette aussi portée par %n initiative d’autres couloirs</numerusform>
            <numerusform>Étiquette aussi portée par %n initiatives d’autres couloirs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Served only by %n initiative(s) in other lanes</source>
        <translation>
            <numerusform>Servi uniquement par %n initiative d’autres couloirs</numerusform>
            <numerusform>Servi uniquement par %n initiatives d’autres couloirs</numerusform>
        </translation>
    </message>
    <message>
        <source>No initiatives</source>
        <translation>Aucune initiative</translation>
    </message>
</context>
<context>
    <name>Cairn::RoadmapPage</name>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>All dependencies</source>
        <translation>Toutes les dépendances</translation>
    </message>
    <message>
        <source>Selection&apos;s dependencies</source>
        <translation>Dépendances de la sélection</translation>
    </message>
    <message>
        <source>No dependencies</source>
        <translation>Aucune dépendance</translation>
    </message>
    <message>
        <source>Show demand against capacity per resource and quarter under the timeline</source>
        <translation>Afficher la demande et la capacité par ressource et trimestre sous la frise</translation>
    </message>
    <message>
        <source>&amp;Colour by:</source>
        <translation>&amp;Couleur selon :</translation>
    </message>
    <message>
        <source>&amp;Lanes by:</source>
        <translation>Cou&amp;loirs selon :</translation>
    </message>
    <message>
        <source>&amp;Arrows:</source>
        <translation>&amp;Flèches :</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Années</translation>
    </message>
    <message>
        <source>Zoom out to whole years</source>
        <translation>Dézoomer sur des années entières</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>Trimestres</translation>
    </message>
    <message>
        <source>Zoom in to quarters</source>
        <translation>Zoomer sur les trimestres</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+−)</source>
        <translation>Dézoomer (Ctrl+−)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Zoomer (Ctrl++)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Fit the whole plan to the window (Ctrl+0)</source>
        <translation>Ajuster tout le plan à la fenêtre (Ctrl+0)</translation>
    </message>
    <message>
        <source>Export Image…</source>
        <translation>Exporter une image…</translation>
    </message>
    <message>
        <source>Save the roadmap as PNG or SVG</source>
        <translation>Enregistrer la feuille de route en PNG ou SVG</translation>
    </message>
    <message>
        <source>The plan is still being scheduled; try again in a moment.</source>
        <translation>Le plan est encore en cours de planification ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>roadmap</source>
        <translation>feuille-de-route</translation>
    </message>
    <message>
        <source>Export Roadmap Image</source>
        <translation>Exporter l&apos;image de la feuille de route</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>Exported the roadmap to %1</source>
        <translation>Feuille de route exportée dans %1</translation>
    </message>
</context>
<context>
    <name>Cairn::RoadmapView</name>
    <message>
        <source>Scheduling…</source>
        <translation>Planification…</translation>
    </message>
    <message>
        <source>No initiatives yet. Add them in the Initiatives view; they appear here as soon as they are scheduled.</source>
        <translation>Aucune initiative pour l&apos;instant. Ajoutez-les dans la vue « Initiatives » ; elles apparaissent ici dès qu&apos;elles sont planifiées.</translation>
    </message>
    <message>
        <source>Show in Inspector</source>
        <translation>Afficher dans l&apos;inspecteur</translation>
    </message>
    <message>
        <source>Unpin (let the scheduler choose)</source>
        <translation>Libérer (laisser le planificateur choisir)</translation>
    </message>
    <message>
        <source>Pin to %1</source>
        <translation>Fixer à %1</translation>
    </message>
    <message>
        <source>Expand Lane</source>
        <translation>Déplier le couloir</translation>
    </message>
    <message>
        <source>Collapse Lane</source>
        <translation>Replier le couloir</translation>
    </message>
    <message>
        <source>Collapse All Lanes</source>
        <translation>Replier tous les couloirs</translation>
    </message>
    <message>
        <source>Expand All Lanes</source>
        <translation>Déplier tous les couloirs</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Zoomer</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Dézoomer</translation>
    </message>
    <message>
        <source>Fit to Window</source>
        <translation>Ajuster à la fenêtre</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n quarter(s)), %2 to %3</source>
        <translation>
            <numerusform>%1 (%n trimestre), du %2 au %3</numerusform>
            <numerusform>%1 (%n trimestres), du %2 au %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not be placed: see the problems.</source>
        <translation>N&apos;a pas pu être placée : voir les problèmes.</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>Coût : %1</translation>
    </message>
    <message>
        <source>Needs per quarter: %1</source>
        <translation>Besoin par trimestre : %1</translation>
    </message>
    <message>
        <source>Pinned to %1</source>
        <translation>Fixée à %1</translation>
    </message>
    <message>
        <source>Misses its deadline: %1</source>
        <translation>Manque son échéance : %1</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Échéance : %1</translation>
    </message>
    <message>
        <source>Goals: %1</source>
        <translation>Objectifs : %1</translation>
    </message>
    <message>
        <source>%1 in %2: %3 planned of %4 (%5)</source>
        <translation>%1 en %2 : %3 prévus sur %4 (%5)</translation>
    </message>
    <message>
        <source>no capacity</source>
        <translation>aucune capacité</translation>
    </message>
    <message>
        <source>Vendor support for %1 ends after %2.</source>
        <translation>Le support éditeur de %1 prend fin après %2.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Vendor support ends after %1 for: %2</source>
        <translation>Le support éditeur prend fin après %1 pour : %2</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Étiquettes : %1</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
</context>
<context>
    <name>Cairn::Scenario</name>
    <message>
        <source>Base plan</source>
        <translation>Plan de base</translation>
    </message>
    <message>
        <source>%1 has no field “%2”.</source>
        <translation>%1 n’a pas de champ «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is not a number, so it cannot change by a percentage.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre : il ne peut pas varier d’un pourcentage.</translation>
    </message>
    <message>
        <source>“%1” is not a percentage from −100 to 10000.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un pourcentage de −100 à 10000.</translation>
    </message>
    <message>
        <source>“%1” needs a value.</source>
        <translation>«&#xa0;%1&#xa0;» attend une valeur.</translation>
    </message>
    <message>
        <source>the range ends (%1) before it begins (%2).</source>
        <translation>la plage se termine (%1) avant de commencer (%2).</translation>
    </message>
    <message>
        <source>the range from %1 to %2 is longer than a hundred years.</source>
        <translation>la plage de %1 à %2 dépasse cent ans.</translation>
    </message>
    <message>
        <source>only initiatives can be left out or taken in.</source>
        <translation>seules les initiatives peuvent être exclues ou incluses.</translation>
    </message>
    <message>
        <source>only a resource has a capacity per quarter.</source>
        <translation>seule une ressource a une capacité par trimestre.</translation>
    </message>
    <message>
        <source>only a capacity takes a range of quarters.</source>
        <translation>seule une capacité accepte une plage de trimestres.</translation>
    </message>
    <message>
        <source>%1 #%2 is not in the plan any more.</source>
        <translation>%1 n° %2 ne figure plus dans le plan.</translation>
    </message>
    <message>
        <source>There is no scenario #%1 in the plan.</source>
        <translation>Le plan n’a pas de scénario n° %1.</translation>
    </message>
    <message>
        <source>Scenario %1, %2: %3</source>
        <translation>Scénario %1, %2 : %3</translation>
    </message>
    <message>
        <source>the plan&apos;s settings</source>
        <translation>les paramètres du plan</translation>
    </message>
    <message>
        <source>Leave out %1</source>
        <translation>Exclure %1</translation>
    </message>
    <message>
        <source>Take in %1</source>
        <translation>Inclure %1</translation>
    </message>
    <message>
        <source>%1: %2 %3 %</source>
        <translation>%1 : %2 %3 %</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1 : %2 → %3</translation>
    </message>
    <message>
        <source> from %1 to %2</source>
        <translation> de %1 à %2</translation>
    </message>
    <message>
        <source> from %1</source>
        <translation> à partir de %1</translation>
    </message>
    <message>
        <source> until %1</source>
        <translation> jusqu’en %1</translation>
    </message>
    <message>
        <source>A scenario needs a name.</source>
        <translation>Un scénario doit avoir un nom.</translation>
    </message>
    <message>
        <source>%1 is the base plan&apos;s name; give the scenario another one.</source>
        <translation>%1 est le nom du plan de base ; donnez un autre nom au scénario.</translation>
    </message>
    <message>
        <source>There is already a scenario called %1.</source>
        <translation>Il existe déjà un scénario nommé %1.</translation>
    </message>
    <message>
        <source>A baseline needs a name.</source>
        <translation>Une référence doit avoir un nom.</translation>
    </message>
    <message>
        <source>There is already a baseline called %1.</source>
        <translation>Il existe déjà une référence nommée %1.</translation>
    </message>
</context>
<context>
    <name>Cairn::ScenarioBar</name>
    <message>
        <source>Scenario:</source>
        <translation>Scénario :</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scénarios</translation>
    </message>
    <message>
        <source>Show &amp;Baseline</source>
        <translation>Afficher la &amp;référence</translation>
    </message>
    <message>
        <source>The future the workspace shows: the base plan, or a scenario. While a scenario is shown, changes become its overrides; the base stays as it is.</source>
        <translation>L’avenir que montre l’espace de travail : le plan de base ou un scénario. Tant qu’un scénario est affiché, les modifications s’enregistrent dans ce scénario ; le plan de base reste tel quel.</translation>
    </message>
    <message>
        <source>&amp;New Scenario…</source>
        <translation>&amp;Nouveau scénario…</translation>
    </message>
    <message>
        <source>&amp;Duplicate Scenario…</source>
        <translation>&amp;Dupliquer le scénario…</translation>
    </message>
    <message>
        <source>&amp;Rename Scenario…</source>
        <translation>&amp;Renommer le scénario…</translation>
    </message>
    <message>
        <source>De&amp;lete Scenario</source>
        <translation>&amp;Supprimer le scénario</translation>
    </message>
    <message>
        <source>&amp;Adopt into the Base Plan…</source>
        <translation>&amp;Adopter dans le plan de base…</translation>
    </message>
    <message>
        <source>&amp;Compare Scenarios…</source>
        <translation>&amp;Comparer des scénarios…</translation>
    </message>
    <message>
        <source>&amp;Freeze Baseline…</source>
        <translation>&amp;Figer une référence…</translation>
    </message>
    <message>
        <source>C&amp;hanges since a Baseline…</source>
        <translation>C&amp;hangements depuis une référence…</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>&amp;Re-plan Now…</source>
        <translation>&amp;Replanifier maintenant…</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Showing the scenario %1: changes become its overrides; the base plan stays as it is.</source>
        <translation>Scénario %1 affiché : les modifications s’enregistrent dans ce scénario ; le plan de base reste tel quel.</translation>
    </message>
    <message>
        <source>Showing the base plan. Choose a scenario to see it scheduled; changes then become its overrides.</source>
        <translation>Plan de base affiché. Choisissez un scénario pour le voir planifié ; les modifications s’enregistrent alors dans ce scénario.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Duplicate Scenario</source>
        <translation>Dupliquer le scénario</translation>
    </message>
    <message>
        <source>New Scenario</source>
        <translation>Nouveau scénario</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Rename Scenario</source>
        <translation>Renommer le scénario</translation>
    </message>
    <message>
        <source>Delete Scenario</source>
        <translation>Supprimer le scénario</translation>
    </message>
    <message numerus="yes">
        <source>Delete the scenario %1 and its %n override(s)? The base plan does not change. Undo brings it back.</source>
        <translation>
            <numerusform>Supprimer le scénario %1 et sa %n modification ? Le plan de base ne change pas. Annuler le rétablit.</numerusform>
            <numerusform>Supprimer le scénario %1 et ses %n modifications ? Le plan de base ne change pas. Annuler le rétablit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Adopt Scenario</source>
        <translation>Adopter le scénario</translation>
    </message>
    <message>
        <source>Make the scenario %1 the base plan? Its overrides become the plan&apos;s own values and the scenario goes; other scenarios stay. Undo takes it back.</source>
        <translation>Faire du scénario %1 le plan de base ? Ses modifications deviennent les valeurs du plan et le scénario disparaît ; les autres scénarios restent. Annuler revient en arrière.</translation>
    </message>
    <message>
        <source>Freeze Baseline</source>
        <translation>Figer une référence</translation>
    </message>
    <message>
        <source>Baseline %1</source>
        <translation>Référence %1</translation>
    </message>
    <message>
        <source>Froze the baseline %1.</source>
        <translation>Référence %1 figée.</translation>
    </message>
    <message>
        <source>Dashed: the baseline %1</source>
        <translation>En pointillés : la référence %1</translation>
    </message>
    <message>
        <source>Changes since a Baseline</source>
        <translation>Changements depuis une référence</translation>
    </message>
    <message>
        <source>The plan has no baseline yet. Freeze one first (Scenarios &gt; Freeze Baseline).</source>
        <translation>Le plan n’a pas encore de référence. Figez-en une d’abord (Scénarios &gt; Figer une référence).</translation>
    </message>
    <message>
        <source>Change a &amp;Capacity…</source>
        <translation>Modifier une &amp;capacité…</translation>
    </message>
    <message>
        <source>Change a Capacity in %1</source>
        <translation>Modifier une capacité dans %1</translation>
    </message>
    <message>
        <source>the first quarter</source>
        <translation>le premier trimestre</translation>
    </message>
    <message>
        <source>the last quarter</source>
        <translation>le dernier trimestre</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>&amp;Ressource :</translation>
    </message>
    <message>
        <source>Change &amp;by:</source>
        <translation>Modifier &amp;de :</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>D&amp;u :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au :</translation>
    </message>
    <message>
        <source>Change a Capacity</source>
        <translation>Modifier une capacité</translation>
    </message>
    <message>
        <source>The range ends (%1) before it starts (%2).</source>
        <translation>La plage se termine (%1) avant de commencer (%2).</translation>
    </message>
</context>
<context>
    <name>Cairn::Schedule</name>
    <message>
        <source>%1 FTE</source>
        <translation>%1 ETP</translation>
    </message>
    <message>
        <source>Done: not scheduled.</source>
        <translation>Terminée : non planifiée.</translation>
    </message>
    <message>
        <source>Dropped: not scheduled.</source>
        <translation>Abandonnée : non planifiée.</translation>
    </message>
    <message>
        <source>%1 is full in %2</source>
        <translation>%1 est saturé en %2</translation>
    </message>
    <message>
        <source>Not scheduled: see the problems.</source>
        <translation>Non planifiée : voir les problèmes.</translation>
    </message>
    <message>
        <source>Already in progress: runs from the plan&apos;s first quarter.</source>
        <translation>Déjà en cours : se déroule dès le premier trimestre du plan.</translation>
    </message>
    <message>
        <source>Pinned to start in %1.</source>
        <translation>Début fixé en %1.</translation>
    </message>
    <message>
        <source>Starts with the plan: nothing holds it back.</source>
        <translation>Commence avec le plan : rien ne la retient.</translation>
    </message>
    <message>
        <source>Cannot start before its earliest start, %1.</source>
        <translation>Ne peut pas commencer avant son début au plus tôt, %1.</translation>
    </message>
    <message>
        <source>Starts together with %1 (%2).</source>
        <translation>Commence en même temps que %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>Starts %n quarter(s) after %1 starts (%2).</source>
        <translation>
            <numerusform>Commence %n trimestre après le début de %1 (%2).</numerusform>
            <numerusform>Commence %n trimestres après le début de %1 (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waits for %1 (ends %2) and a lag of %n quarter(s).</source>
        <translation>
            <numerusform>Attend %1 (fin en %2) et un décalage de %n trimestre.</numerusform>
            <numerusform>Attend %1 (fin en %2) et un décalage de %n trimestres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waits for %1 (ends %2).</source>
        <translation>Attend %1 (fin en %2).</translation>
    </message>
    <message>
        <source>Placed after capacity-bound work.</source>
        <translation>Placée après des travaux limités par la capacité.</translation>
    </message>
    <message>
        <source>Waits for capacity: %1.</source>
        <translation>Attend de la capacité : %1.</translation>
    </message>
    <message>
        <source>Dependency cycle: %1 → %2. These initiatives are not scheduled until one of the dependencies is removed.</source>
        <translation>Cycle de dépendances : %1 → %2. Ces initiatives ne sont pas planifiées tant qu’une des dépendances n’est pas retirée.</translation>
    </message>
    <message>
        <source>%1 needs %2 of %3 per quarter, but no stretch of its duration offers more than %4; it is not scheduled.</source>
        <translation>%1 a besoin de %2 de %3 par trimestre, mais aucune période de sa durée n’offre plus de %4 ; elle n’est pas planifiée.</translation>
    </message>
    <message>
        <source>%1 is pinned to start in %2, but it depends on %3, which runs until %4.</source>
        <translation>%1 est fixé pour commencer en %2, mais dépend de %3, qui dure jusqu’en %4.</translation>
    </message>
    <message>
        <source>%1 is pinned to start in %2, before its earliest start.</source>
        <translation>%1 est fixé pour commencer en %2, avant son début au plus tôt.</translation>
    </message>
    <message>
        <source>%1 is out of support since the end of %2; %3 replaces or upgrades it only by %4.</source>
        <translation>%1 n’est plus supporté depuis la fin de %2 ; %3 ne le remplace ou ne le met à niveau qu’en %4.</translation>
    </message>
    <message numerus="yes">
        <source>%1 finishes in %2, %n quarter(s) after %3 leaves support (%4).</source>
        <translation>
            <numerusform>%1 se termine en %2, %n trimestre après la fin de support de %3 (%4).</numerusform>
            <numerusform>%1 se termine en %2, %n trimestres après la fin de support de %3 (%4).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 finishes in %2, %n quarter(s) after its deadline %3.</source>
        <translation>
            <numerusform>%1 se termine en %2, %n trimestre après son échéance %3.</numerusform>
            <numerusform>%1 se termine en %2, %n trimestres après son échéance %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>It waits for %1.</source>
        <translation>Elle attend %1.</translation>
    </message>
    <message>
        <source>, which waits for </source>
        <translation>, qui attend </translation>
    </message>
    <message>
        <source>%1 waits for capacity: %2 is full in %3.</source>
        <translation>%1 attend de la capacité : %2 est saturé en %3.</translation>
    </message>
    <message>
        <source>Capacity is short: %1 is full in %2.</source>
        <translation>La capacité manque : %1 est saturé en %2.</translation>
    </message>
    <message>
        <source>%1 runs until %2, past the plan&apos;s last quarter %3.</source>
        <translation>%1 dure jusqu’en %2, au-delà du dernier trimestre du plan (%3).</translation>
    </message>
    <message>
        <source>Pinned initiatives alone need more of %1 than it has in %2: %3.</source>
        <translation>Les initiatives fixées demandent à elles seules plus de %1 que disponible en %2 : %3.</translation>
    </message>
    <message>
        <source>FTE</source>
        <translation>ETP</translation>
    </message>
    <message>
        <source>Caught in the same circle of dependencies, and not scheduled either: %1.</source>
        <translation>Prises dans le même cycle de dépendances, elles ne sont pas planifiées non plus : %1.</translation>
    </message>
    <message>
        <source>The schedule would need more than %1 quarters; not scheduled: %2.</source>
        <translation>Le planning demanderait plus de %1 trimestres ; non planifiées : %2.</translation>
    </message>
    <message>
        <source>The plan&apos;s horizon of %1 quarters is beyond the scheduler&apos;s range; it schedules %2 quarters.</source>
        <translation>L’horizon du plan, %1 trimestres, dépasse la portée du planificateur ; celui-ci planifie %2 trimestres.</translation>
    </message>
    <message>
        <source>%1: a duration of %2 quarters is out of the scheduler&apos;s range; it is scheduled as %3 quarters.</source>
        <translation>%1 : une durée de %2 trimestres dépasse la portée du planificateur ; elle est planifiée sur %3 trimestres.</translation>
    </message>
    <message>
        <source>%1: its earliest start, %2 quarters after the plan&apos;s start, is out of the scheduler&apos;s range; it counts as %3.</source>
        <translation>%1 : son début au plus tôt, %2 trimestres après le début du plan, dépasse la portée du planificateur ; il est compté comme %3.</translation>
    </message>
    <message>
        <source>%1 is pinned %2 quarters from the plan&apos;s start, out of the scheduler&apos;s range; it is pinned %3 quarters from the start instead.</source>
        <translation>%1 est fixé à %2 trimestres du début du plan, hors de la portée du planificateur ; il est fixé à %3 trimestres du début à la place.</translation>
    </message>
    <message>
        <source>%1: its deadline, %2 quarters from the plan&apos;s start, is out of the scheduler&apos;s range; it counts as %3.</source>
        <translation>%1 : son échéance, %2 trimestres après le début du plan, dépasse la portée du planificateur ; elle est comptée comme %3.</translation>
    </message>
    <message>
        <source>The lag of %1 quarters between %2 and %3 is out of the scheduler&apos;s range; it counts as %4 quarters.</source>
        <translation>Le décalage de %1 trimestres entre %2 et %3 dépasse la portée du planificateur ; il est compté comme %4 trimestres.</translation>
    </message>
    <message>
        <source>%1 needs %2 of %3 per quarter, more than the scheduler can add up; it counts as %4.</source>
        <translation>%1 a besoin de %2 de %3 par trimestre, plus que le planificateur ne peut additionner ; ce besoin est compté comme %4.</translation>
    </message>
    <message>
        <source>%1 has a capacity for each of %2 quarters; the scheduler uses the first %3 and the last of those after them.</source>
        <translation>%1 a une capacité pour chacun de %2 trimestres ; le planificateur utilise les %3 premières, puis la dernière de celles qui suivent.</translation>
    </message>
    <message>
        <source>%1: a weight of %2 is more than the scheduler can add up; it counts as %3.</source>
        <translation>%1 : un poids de %2 dépasse ce que le planificateur peut additionner ; il est compté comme %3.</translation>
    </message>
    <message>
        <source>The best possible schedule (proven optimal).</source>
        <translation>Le meilleur planning possible (optimalité prouvée).</translation>
    </message>
    <message>
        <source>Within %1 % of the best possible schedule.</source>
        <translation>À %1 % près du meilleur planning possible.</translation>
    </message>
    <message>
        <source>Add %1 to %2 in %3.</source>
        <translation>Ajouter %1 à %2 en %3.</translation>
    </message>
    <message numerus="yes">
        <source>Start %1 in %2 or later.</source>
        <translation>
            <numerusform>Faire commencer %1 en %2 ou plus tard.</numerusform>
            <numerusform>Faire commencer %1 en %2 ou plus tard.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep %1 supported until the end of %2 (extended support).</source>
        <translation>Maintenir le support de %1 jusqu’à la fin de %2 (support étendu).</translation>
    </message>
    <message>
        <source>Move the deadline of %1 to %2.</source>
        <translation>Reporter l’échéance de %1 en %2.</translation>
    </message>
    <message>
        <source>Moved from %1 to %2: %3</source>
        <translation>Déplacée de %1 à %2 : %3</translation>
    </message>
    <message>
        <source>Kept in %1, where it was in the schedule you saw: starting earlier would gain little.</source>
        <translation>Maintenue en %1, là où elle était dans le calendrier affiché : commencer plus tôt apporterait peu.</translation>
    </message>
    <message>
        <source>Kept in %1: the plan keeps its schedule (Plan ▸ Re-plan now moves it).</source>
        <translation>Maintenue en %1 : le plan conserve son calendrier (Plan ▸ Replanifier maintenant la déplace).</translation>
    </message>
    <message>
        <source>%1 is kept in %2 (the plan keeps its schedule), but it depends on %3, which runs until %4.</source>
        <translation>%1 est maintenue en %2 (le plan conserve son calendrier), mais elle dépend de %3, qui dure jusqu’en %4.</translation>
    </message>
    <message>
        <source>%1 is kept in %2 (the plan keeps its schedule), before its earliest start.</source>
        <translation>%1 est maintenue en %2 (le plan conserve son calendrier), avant son début au plus tôt.</translation>
    </message>
    <message>
        <source>waits for %1</source>
        <translation>attend %1</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>capacité</translation>
    </message>
    <message>
        <source>%1 is full</source>
        <translation>%1 est saturée</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>fixée</translation>
    </message>
    <message>
        <source>earliest start</source>
        <translation>début au plus tôt</translation>
    </message>
    <message>
        <source>room earlier</source>
        <translation>place plus tôt</translation>
    </message>
    <message numerus="yes">
        <source>%1 +%n quarter(s)</source>
        <translation>
            <numerusform>%1 +%n trimestre</numerusform>
            <numerusform>%1 +%n trimestres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 −%n quarter(s)</source>
        <translation>
            <numerusform>%1 −%n trimestre</numerusform>
            <numerusform>%1 −%n trimestres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n initiative(s) moved: %1</source>
        <translation>
            <numerusform>%n initiative déplacée : %1</numerusform>
            <numerusform>%n initiatives déplacées : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, and %n more</source>
        <translation>
            <numerusform>, et %n de plus</numerusform>
            <numerusform>, et %n de plus</numerusform>
        </translation>
    </message>
    <message>
        <source>Moved from %1 to %2: room came free when %3 moved.</source>
        <translation>Déplacé de %1 à %2 : de la place s’est libérée quand %3 a été déplacé.</translation>
    </message>
    <message>
        <source>Moved from %1 to %2: room came free there.</source>
        <translation>Déplacé de %1 à %2 : de la place s’y est libérée.</translation>
    </message>
    <message>
        <source>room freed by %1</source>
        <translation>place libérée par %1</translation>
    </message>
    <message>
        <source>room came free</source>
        <translation>de la place s’est libérée</translation>
    </message>
</context>
<context>
    <name>Cairn::ScoreTableModel</name>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Goal score</source>
        <translation>Score objectifs</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Set by hand in the matrix (a right click on its dot takes it back)</source>
        <translation>Fixé à la main dans la matrice (un clic droit sur son point l’annule)</translation>
    </message>
</context>
<context>
    <name>Cairn::ScoringView</name>
    <message>
        <source>Set Values from Goal Scores</source>
        <translation>Définir les valeurs d’après les scores objectifs</translation>
    </message>
    <message>
        <source>Set value of an initiative</source>
        <translation>Définir la valeur d’une initiative</translation>
    </message>
    <message>
        <source>Set values from goal scores</source>
        <translation>Définir les valeurs d’après les scores objectifs</translation>
    </message>
    <message>
        <source>Goal score: each goal served, its weight × the contribution&apos;s strength, against the best initiative. Effort: cost and FTE-quarters against the largest, unless dragged (in italics). Nothing changes the values until you choose to.</source>
        <translation>Score objectifs : pour chaque objectif servi, son poids × la force de la contribution, rapporté à la meilleure initiative. Effort : coût et ETP-trimestres rapportés au plus grand, sauf s’il a été déplacé à la main (en italique). Les valeurs ne changent que si vous le décidez.</translation>
    </message>
    <message>
        <source>Effort from cost and FTE again</source>
        <translation>Recalculer l’effort d’après coût et ETP</translation>
    </message>
    <message>
        <source>Move %1 in the matrix</source>
        <translation>Déplacer %1 dans la matrice</translation>
    </message>
    <message>
        <source>Set effort of an initiative</source>
        <translation>Définir l’effort d’une initiative</translation>
    </message>
</context>
<context>
    <name>Cairn::Server</name>
    <message>
        <source>the link #%1 – #%2</source>
        <translation>le lien #%1 – #%2</translation>
    </message>
    <message>
        <source>“%1” is not a server address (postgresql://…?plan=NAME)</source>
        <translation>« %1 » n’est pas une adresse de serveur (postgresql://…?plan=NAME)</translation>
    </message>
    <message>
        <source>“%1” is not a port number</source>
        <translation>« %1 » n’est pas un numéro de port</translation>
    </message>
    <message>
        <source>the setting “%1” of “%2” cannot be used</source>
        <translation>le paramètre « %1 » de « %2 » est inutilisable</translation>
    </message>
    <message>
        <source>Cannot use the plan server “%1”: %2.</source>
        <translation>Impossible d’utiliser le serveur de plans « %1 » : %2.</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql)</source>
        <translation>Le pilote PostgreSQL de Qt n’est pas installé (Debian : libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>it holds no Cairn plans yet (an administrator runs “cairn server init ADDRESS” first)</source>
        <translation>il ne contient encore aucun plan Cairn (un administrateur exécute d’abord « cairn server init ADDRESS »)</translation>
    </message>
    <message>
        <source>its plans are in format %1, newer than this version of Cairn (%2)</source>
        <translation>ses plans sont au format %1, plus récent que cette version de Cairn (%2)</translation>
    </message>
    <message>
        <source>its plans are in format %1; an administrator upgrades them with “cairn server init ADDRESS”</source>
        <translation>ses plans sont au format %1 ; un administrateur les met à jour avec « cairn server init ADDRESS »</translation>
    </message>
    <message>
        <source>the address names no plan (add plan=NAME)</source>
        <translation>l’adresse ne nomme aucun plan (ajoutez plan=NAME)</translation>
    </message>
    <message>
        <source>the plan has not been read yet</source>
        <translation>le plan n’a pas encore été lu</translation>
    </message>
    <message>
        <source>there is no plan “%1”, or “%2” is not a member of it</source>
        <translation>il n’existe pas de plan « %1 », ou « %2 » n’en est pas membre</translation>
    </message>
    <message>
        <source>The plan server “%1” is ready (format %2); nothing to do.</source>
        <translation>Le serveur de plans « %1 » est prêt (format %2) ; rien à faire.</translation>
    </message>
    <message>
        <source>its plans are in format %1 and this version of Cairn cannot upgrade them to %2</source>
        <translation>ses plans sont au format %1 et cette version de Cairn ne peut pas les mettre à jour vers le format %2</translation>
    </message>
    <message>
        <source>The plan server “%1” is ready (format %2).</source>
        <translation>Le serveur de plans « %1 » est prêt (format %2).</translation>
    </message>
    <message>
        <source>the plan “%1” could not be read (%2)</source>
        <translation>le plan « %1 » n’a pas pu être lu (%2)</translation>
    </message>
    <message>
        <source>there is a plan “%1” already</source>
        <translation>il existe déjà un plan « %1 »</translation>
    </message>
    <message>
        <source>The plan&apos;s settings were changed by %1 at %2</source>
        <translation>Les paramètres du plan ont été modifiés par %1 le %2</translation>
    </message>
    <message>
        <source>“%1” cannot be added: its id is taken by “%2”, added by someone else</source>
        <translation>impossible d’ajouter « %1 » : son identifiant est déjà pris par « %2 », un ajout de quelqu’un d’autre</translation>
    </message>
    <message>
        <source>“%1” was removed by someone else</source>
        <translation>quelqu’un d’autre a supprimé « %1 »</translation>
    </message>
    <message>
        <source>“%1” was changed by %2 at %3</source>
        <translation>%2 a modifié « %1 » le %3</translation>
    </message>
    <message>
        <source>%1 was added by %2 at %3</source>
        <translation>%2 a ajouté %1 le %3</translation>
    </message>
    <message>
        <source>%1 was removed by someone else</source>
        <translation>quelqu’un d’autre a supprimé %1</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3</source>
        <translation>%2 a modifié %1 le %3</translation>
    </message>
    <message>
        <source>“%1” may only view the plan “%2”</source>
        <translation>« %1 » ne peut que consulter le plan « %2 »</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n change(s) by others since this plan was read.</source>
        <translation>
            <numerusform>Non enregistré : %n modification d’autres personnes depuis la lecture de ce plan.</numerusform>
            <numerusform>Non enregistré : %n modifications d’autres personnes depuis la lecture de ce plan.</numerusform>
        </translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(supprimé)</translation>
    </message>
    <message>
        <source>the plan&apos;s settings</source>
        <translation>les paramètres du plan</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Some changes are not on the plan server “%1” yet (%2). Use Save As to keep a copy in a file.</source>
        <translation>Certaines modifications ne sont pas encore sur le serveur de plans « %1 » (%2). Utilisez « Enregistrer sous » pour en garder une copie dans un fichier.</translation>
    </message>
    <message>
        <source>they are on their way</source>
        <translation>elles sont en cours d’envoi</translation>
    </message>
    <message>
        <source>%1 changed %2 of %3 at the same time; your change to %4 was written too (merged).</source>
        <translation>%1 a modifié %3 en même temps (%2) ; votre modification (%4) a aussi été écrite (fusion).</translation>
    </message>
    <message>
        <source>Keep My Change to %1</source>
        <translation>Garder ma modification sur %1</translation>
    </message>
    <message>
        <source>Take %1&apos;s Change to %2</source>
        <translation>Prendre la modification faite par %1 sur %2</translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation>un collègue</translation>
    </message>
    <message>
        <source>it cannot reserve ids for new rows yet (an administrator runs “cairn server init ADDRESS” to upgrade it)</source>
        <translation>il ne peut pas encore réserver d’identifiants pour de nouvelles lignes (un administrateur le met à niveau avec « cairn server init ADDRESS »)</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>le serveur a fermé la connexion</translation>
    </message>
    <message>
        <source>The plan server “%1” is upgraded (format %2, revision %3).</source>
        <translation>Le serveur de plans « %1 » est mis à niveau (format %2, révision %3).</translation>
    </message>
    <message>
        <source>This plan server does not keep scenarios, baselines, the reference schedule, the workshop record or the dot vote yet (an administrator upgrades it with “cairn server init”): they stay in this window only.</source>
        <translation>Ce serveur de plans ne conserve pas encore les scénarios, les références, le calendrier de référence, le compte rendu d’atelier ni le vote par gommettes (un administrateur le met à niveau avec « cairn server init ») : ils restent uniquement dans cette fenêtre.</translation>
    </message>
    <message numerus="yes">
        <source>Someone else changed %1 at the same time: %n of your changes to the same rows were not written (theirs are shown).</source>
        <translation>
            <numerusform>Quelqu’un d’autre a modifié %1 en même temps : %n de vos modifications des mêmes lignes n’a pas été écrite (les siennes sont affichées).</numerusform>
            <numerusform>Quelqu’un d’autre a modifié %1 en même temps : %n de vos modifications des mêmes lignes n’ont pas été écrites (les siennes sont affichées).</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone else changed %1 at the same time; your changes were made again on theirs (merged).</source>
        <translation>Quelqu’un d’autre a modifié %1 en même temps ; vos modifications ont été refaites sur les siennes (fusionnées).</translation>
    </message>
    <message>
        <source>the reference schedule</source>
        <translation>le calendrier de référence</translation>
    </message>
    <message>
        <source>the scenarios and baselines</source>
        <translation>les scénarios et les références</translation>
    </message>
    <message>
        <source>the workshop record and the dot vote</source>
        <translation>le compte rendu d’atelier et le vote par gommettes</translation>
    </message>
    <message>
        <source>it cannot keep %1 yet (an administrator runs “cairn server init ADDRESS” to upgrade it)</source>
        <translation>il ne peut pas encore conserver %1 (un administrateur exécute « cairn server init ADRESSE » pour le mettre à niveau)</translation>
    </message>
    <message>
        <source>%1 changed %2 at %3</source>
        <translation>%1 a modifié %2 (%3)</translation>
    </message>
    <message>
        <source>The changes kept in “%1” cannot be read.</source>
        <translation>Les modifications conservées dans « %1 » ne peuvent pas être lues.</translation>
    </message>
    <message>
        <source>Send Unsent Changes</source>
        <translation>Envoyer les modifications non envoyées</translation>
    </message>
</context>
<context>
    <name>Cairn::ServerDialog</name>
    <message>
        <source>Open from Server</source>
        <translation>Ouvrir depuis le serveur</translation>
    </message>
    <message>
        <source>Publish to Server</source>
        <translation>Publier sur le serveur</translation>
    </message>
    <message>
        <source>Not needed with ~/.pgpass or a service entry</source>
        <translation>Inutile avec ~/.pgpass ou une entrée de service</translation>
    </message>
    <message>
        <source>The plan&apos;s address on a PostgreSQL server, with the plan&apos;s name as plan=NAME.</source>
        <translation>L’adresse du plan sur un serveur PostgreSQL, avec le nom du plan sous la forme plan=NAME.</translation>
    </message>
    <message>
        <source>A new shared plan is made from this one on the server, under the name given as plan=NAME; you become its owner and the window shows it from the server.</source>
        <translation>Un nouveau plan partagé est créé sur le serveur à partir de celui-ci, sous le nom donné par plan=NAME ; vous en devenez le propriétaire et la fenêtre l’affiche depuis le serveur.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>The address names no plan: add plan=NAME to it.</source>
        <translation>L’adresse ne nomme aucun plan : ajoutez-y plan=NAME.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Publishing to %1…</source>
        <translation>Publication sur %1…</translation>
    </message>
</context>
<context>
    <name>Cairn::ServerPlans</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Open from Ser&amp;ver…</source>
        <translation>Ouvrir depuis le ser&amp;veur…</translation>
    </message>
    <message>
        <source>Pu&amp;blish to Server…</source>
        <translation>&amp;Publier sur le serveur…</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Conflits (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) by colleagues taken in (revision %1).</source>
        <translation>
            <numerusform>%n modification d’un collègue intégrée (révision %1).</numerusform>
            <numerusform>%n modifications de collègues intégrées (révision %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection to the plan server “%1” is lost (%2). Your changes stay in this window and are sent when it is back.</source>
        <translation>La connexion au serveur de plans « %1 » est perdue (%2). Vos modifications restent dans cette fenêtre et seront envoyées dès qu’elle sera rétablie.</translation>
    </message>
    <message>
        <source>Cairn closed unexpectedly before changes to “%1” reached the plan server. They were kept at %2. Open the plan and send them now? Where a colleague changed the same thing meanwhile, the Conflicts dock asks which to keep.</source>
        <translation>Cairn s’est fermé de façon inattendue avant que des modifications de « %1 » n’atteignent le serveur de plans. Elles ont été conservées le %2. Ouvrir le plan et les envoyer maintenant ? Là où un collègue a modifié la même chose entre-temps, le panneau Conflits demande laquelle garder.</translation>
    </message>
    <message>
        <source>Changes to “%1” made in a window that closed unexpectedly never reached the plan server. They were kept at %2. Send them now? Where a colleague changed the same thing meanwhile, the Conflicts dock asks which to keep.</source>
        <translation>Des modifications de « %1 » faites dans une fenêtre fermée de façon inattendue n’ont jamais atteint le serveur de plans. Elles ont été conservées le %2. Les envoyer maintenant ? Là où un collègue a modifié la même chose entre-temps, le panneau Conflits demande laquelle garder.</translation>
    </message>
    <message>
        <source>Send Unsent Changes?</source>
        <translation>Envoyer les modifications non envoyées ?</translation>
    </message>
    <message>
        <source>Cannot Send Unsent Changes</source>
        <translation>Impossible d’envoyer les modifications non envoyées</translation>
    </message>
    <message>
        <source>The changes kept at %1 were on the plan server already.</source>
        <translation>Les modifications conservées le %1 étaient déjà sur le serveur de plans.</translation>
    </message>
    <message numerus="yes">
        <source>%n unsent change(s) kept at %1 made again.</source>
        <translation>
            <numerusform>%n modification non envoyée conservée le %1 refaite.</numerusform>
            <numerusform>%n modifications non envoyées conservées le %1 refaites.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cairn::ShortcutsDialog</name>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Feuille de route</translation>
    </message>
    <message>
        <source>Select the next bar</source>
        <translation>Sélectionner la barre suivante</translation>
    </message>
    <message>
        <source>Select the bar above or below</source>
        <translation>Sélectionner la barre au-dessus ou en dessous</translation>
    </message>
    <message>
        <source>Pin a quarter earlier or later</source>
        <translation>Fixer un trimestre plus tôt ou plus tard</translation>
    </message>
    <message>
        <source>A quarter shorter or longer</source>
        <translation>Un trimestre de moins ou de plus</translation>
    </message>
    <message>
        <source>Edit in the inspector</source>
        <translation>Modifier dans l’inspecteur</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>Effacer la sélection</translation>
    </message>
    <message>
        <source>Zoom in, zoom out</source>
        <translation>Zoomer, dézoomer</translation>
    </message>
    <message>
        <source>Fit to the window</source>
        <translation>Ajuster à la fenêtre</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>Graphe</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tableaux</translation>
    </message>
    <message>
        <source>Edit the cell</source>
        <translation>Modifier la cellule</translation>
    </message>
    <message>
        <source>Presenter mode</source>
        <translation>Mode présentation</translation>
    </message>
    <message>
        <source>Next slide</source>
        <translation>Diapositive suivante</translation>
    </message>
    <message>
        <source>Previous slide</source>
        <translation>Diapositive précédente</translation>
    </message>
    <message>
        <source>First and last slide</source>
        <translation>Première et dernière diapositive</translation>
    </message>
    <message>
        <source>Blank the screen</source>
        <translation>Écran noir</translation>
    </message>
    <message>
        <source>Capture an idea</source>
        <translation>Saisir une idée</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
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
        <translation>Feuille de route %1</translation>
    </message>
    <message>
        <source>Roadmap %1 (%2 of %3)</source>
        <translation>Feuille de route %1 (%2 sur %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n initiative(s)</source>
        <translation>
            <numerusform>%n initiative</numerusform>
            <numerusform>%n initiatives</numerusform>
        </translation>
    </message>
    <message>
        <source>Run, Grow, Transform</source>
        <translation>Run, Grow, Transform</translation>
    </message>
    <message>
        <source>Where the money goes: keeping the lights on, improving, changing</source>
        <translation>Où va l’argent : maintenir l’existant, améliorer, transformer</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Demand as a share of each resource&apos;s capacity, per quarter</source>
        <translation>Demande en part de la capacité de chaque ressource, par trimestre</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>also served by %n initiative(s) of other goals</source>
        <translation>
            <numerusform>également servi par %n initiative d’autres objectifs</numerusform>
            <numerusform>également servi par %n initiatives d’autres objectifs</numerusform>
        </translation>
    </message>
    <message>
        <source>No initiative serves this goal yet.</source>
        <translation>Aucune initiative ne sert encore cet objectif.</translation>
    </message>
    <message>
        <source>Goals and their initiatives</source>
        <translation>Objectifs et leurs initiatives</translation>
    </message>
    <message>
        <source>Systems out of vendor support, with the plan carried out</source>
        <translation>Systèmes hors support éditeur, avec le plan mis en œuvre</translation>
    </message>
    <message>
        <source>%1: from %2, and still at the end</source>
        <translation>%1 : à partir de %2, et encore à la fin</translation>
    </message>
    <message>
        <source>%1: in %2</source>
        <translation>%1 : en %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 – %3 (%n quarter(s))</source>
        <translation>
            <numerusform>%1 : %2 – %3 (%n trimestre)</numerusform>
            <numerusform>%1 : %2 – %3 (%n trimestres)</numerusform>
        </translation>
    </message>
    <message>
        <source>None: every system is supported while it runs.</source>
        <translation>Aucun : chaque système reste sous support tant qu’il est en service.</translation>
    </message>
    <message>
        <source>Deadlines the schedule misses</source>
        <translation>Échéances manquées par le planning</translation>
    </message>
    <message>
        <source>Quarters over capacity</source>
        <translation>Trimestres en surcharge</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Key risks</source>
        <translation>Risques principaux</translation>
    </message>
    <message>
        <source>Decided in this workshop</source>
        <translation>Décidé lors de cet atelier</translation>
    </message>
    <message>
        <source>Decisions taken</source>
        <translation>Décisions prises</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (suite)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>← → slides · click a bar: its dependencies · B blank · N capture an idea · Esc leave</source>
        <translation>← → diapositives · clic sur une barre : ses dépendances · B écran noir · N saisir une idée · Échap quitter</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>End of vendor support</source>
        <translation>Fin du support éditeur</translation>
    </message>
    <message>
        <source>Misses its deadline</source>
        <translation>Manque son échéance</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>FY</source>
        <translation>Ex.</translation>
    </message>
    <message numerus="yes">
        <source>Green up to 80 %, amber up to 100 %, red over capacity: %n quarter(s) over.</source>
        <translation>
            <numerusform>Vert jusqu’à 80 %, orange jusqu’à 100 %, rouge au-delà de la capacité : %n trimestre en surcharge.</numerusform>
            <numerusform>Vert jusqu’à 80 %, orange jusqu’à 100 %, rouge au-delà de la capacité : %n trimestres en surcharge.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d’écrire « %1 » : %2</translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>Impossible d’écrire « %1 ».</translation>
    </message>
</context>
<context>
    <name>Cairn::TablePage</name>
    <message>
        <source>Search…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation>Objectif :</translation>
    </message>
</context>
<context>
    <name>Cairn::Template</name>
    <message>
        <source>Small business</source>
        <translation>Petite entreprise</translation>
    </message>
    <message>
        <source>About 15 people, an office and a workshop, IT looked after by the office manager and an outside partner: backups, new PCs and a firewall before end of support, multi-factor sign-in, files in the cloud.</source>
        <translation>Environ 15 personnes, un bureau et un atelier, l’informatique gérée par le responsable administratif et un prestataire externe : sauvegardes, nouveaux PC et pare-feu avant la fin de support, authentification multifacteur, fichiers dans le cloud.</translation>
    </message>
    <message>
        <source>Retailer</source>
        <translation>Commerce de détail</translation>
    </message>
    <message>
        <source>Three stores, a webshop and a warehouse: tills, payment terminals and the webshop upgraded before end of support, a safer store network, click &amp; collect and one stock across stores and webshop.</source>
        <translation>Trois magasins, une boutique en ligne et un entrepôt : caisses, terminaux de paiement et boutique en ligne mis à niveau avant la fin de support, un réseau de magasin plus sûr, le click &amp; collect et un stock unique pour les magasins et la boutique en ligne.</translation>
    </message>
    <message>
        <source>Professional-services firm</source>
        <translation>Cabinet de services professionnels</translation>
    </message>
    <message>
        <source>About 40 accountants, lawyers or consultants in two offices: client data protected, laptops, practice management and the phone system renewed, documents in the cloud and a client portal.</source>
        <translation>Environ 40 experts-comptables, avocats ou consultants répartis sur deux bureaux : données clients protégées, ordinateurs portables, gestion du cabinet et téléphonie renouvelés, documents dans le cloud et portail client.</translation>
    </message>
    <message>
        <source>Professional services — IT roadmap</source>
        <translation>Services professionnels — feuille de route informatique</translation>
    </message>
    <message>
        <source>Your firm</source>
        <translation>Votre cabinet</translation>
    </message>
    <message>
        <source>A firm of about 40 people (accountants, lawyers, engineers or consultants) in two offices, with client files that must stay confidential. A starter template: replace the names, dates and amounts with your own. The quarters follow the plan&apos;s first quarter; ends of support are examples, so enter your vendors&apos; dates.</source>
        <translation>Un cabinet d’environ 40 personnes (experts-comptables, avocats, ingénieurs ou consultants) réparties sur deux bureaux, dont les dossiers clients doivent rester confidentiels. Un modèle de départ : remplacez les noms, dates et montants par les vôtres. Les trimestres suivent le premier trimestre du plan ; les fins de support sont des exemples, saisissez donc les dates de vos éditeurs.</translation>
    </message>
    <message>
        <source>IT budget</source>
        <translation>Budget informatique</translation>
    </message>
    <message>
        <source>Project money per quarter.</source>
        <translation>Budget des projets par trimestre.</translation>
    </message>
    <message>
        <source>IT coordinator</source>
        <translation>Coordinateur informatique</translation>
    </message>
    <message>
        <source>An office manager who coordinates IT part-time.</source>
        <translation>Un responsable administratif qui coordonne l’informatique à temps partiel.</translation>
    </message>
    <message>
        <source>IT service partner</source>
        <translation>Prestataire informatique</translation>
    </message>
    <message>
        <source>Managed service contract with hours for projects.</source>
        <translation>Contrat d’infogérance incluant des heures pour les projets.</translation>
    </message>
    <message>
        <source>Protect client data</source>
        <translation>Protéger les données clients</translation>
    </message>
    <message>
        <source>Confidential files protected, access controlled, and every incident handled as the professional body requires.</source>
        <translation>Dossiers confidentiels protégés, accès contrôlés, et chaque incident traité comme l’exige l’ordre professionnel.</translation>
    </message>
    <message>
        <source>Managing partner</source>
        <translation>Associé gérant</translation>
    </message>
    <message>
        <source>No reportable data breach</source>
        <translation>Aucune violation de données à notifier</translation>
    </message>
    <message>
        <source>Keep systems supported</source>
        <translation>Garder les systèmes sous support</translation>
    </message>
    <message>
        <source>Nothing the firm depends on runs out of vendor support.</source>
        <translation>Rien de ce dont dépend le cabinet ne sort du support éditeur.</translation>
    </message>
    <message>
        <source>Office manager</source>
        <translation>Responsable administratif</translation>
    </message>
    <message>
        <source>No unsupported system</source>
        <translation>Aucun système hors support</translation>
    </message>
    <message>
        <source>Work securely from anywhere</source>
        <translation>Travailler en sécurité depuis n’importe où</translation>
    </message>
    <message>
        <source>Client meetings, home and the second office with the same files and phone.</source>
        <translation>Chez les clients, à domicile et au second bureau, avec les mêmes fichiers et le même téléphone.</translation>
    </message>
    <message>
        <source>Everyone can work remotely</source>
        <translation>Chacun peut travailler à distance</translation>
    </message>
    <message>
        <source>Bill more hours, chase fewer</source>
        <translation>Facturer plus d’heures, relancer moins</translation>
    </message>
    <message>
        <source>Time recorded as it happens, invoices out sooner, clients who pay online.</source>
        <translation>Temps saisis au fil de l’eau, factures émises plus tôt, clients qui paient en ligne.</translation>
    </message>
    <message>
        <source>Finance partner</source>
        <translation>Associé chargé des finances</translation>
    </message>
    <message>
        <source>Days to invoice 30 → 10</source>
        <translation>Jours avant facturation 30 → 10</translation>
    </message>
    <message>
        <source>Practice management (time and billing)</source>
        <translation>Gestion du cabinet (temps et facturation)</translation>
    </message>
    <message>
        <source>Business application</source>
        <translation>Application métier</translation>
    </message>
    <message>
        <source>Practice software vendor</source>
        <translation>Éditeur du logiciel de gestion du cabinet</translation>
    </message>
    <message>
        <source>Document management</source>
        <translation>Gestion documentaire</translation>
    </message>
    <message>
        <source>File server and NAS</source>
        <translation>Serveur de fichiers et NAS</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>Infrastructure</translation>
    </message>
    <message>
        <source>on-premises</source>
        <translation>sur site</translation>
    </message>
    <message>
        <source>Laptops</source>
        <translation>Ordinateurs portables</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Poste de travail</translation>
    </message>
    <message>
        <source>hardware</source>
        <translation>matériel</translation>
    </message>
    <message>
        <source>Office phone system (PBX)</source>
        <translation>Standard téléphonique (PABX)</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <source>Email and collaboration (cloud)</source>
        <translation>Messagerie et collaboration (cloud)</translation>
    </message>
    <message>
        <source>Backup appliance</source>
        <translation>Boîtier de sauvegarde</translation>
    </message>
    <message>
        <source>Cloud backup with a tested restore</source>
        <translation>Sauvegarde cloud avec restauration testée</translation>
    </message>
    <message>
        <source>Back up mailboxes, documents and the practice database to a second location; test a restore every half year.</source>
        <translation>Sauvegarder les boîtes aux lettres, les documents et la base du logiciel de gestion sur un second site ; tester une restauration tous les six mois.</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>sauvegarde</translation>
    </message>
    <message>
        <source>Multi-factor sign-in and device management</source>
        <translation>Authentification multifacteur et gestion des appareils</translation>
    </message>
    <message>
        <source>MFA for every account; laptops enrolled, encrypted and updated centrally.</source>
        <translation>MFA pour chaque compte ; portables enrôlés, chiffrés et mis à jour de façon centralisée.</translation>
    </message>
    <message>
        <source>security</source>
        <translation>sécurité</translation>
    </message>
    <message>
        <source>Replace the laptops before end of support</source>
        <translation>Remplacer les portables avant la fin de support</translation>
    </message>
    <message>
        <source>Supported laptops with encryption, docking in both offices.</source>
        <translation>Portables sous support et chiffrés, avec station d’accueil dans les deux bureaux.</translation>
    </message>
    <message>
        <source>end of support</source>
        <translation>fin de support</translation>
    </message>
    <message>
        <source>Upgrade practice management</source>
        <translation>Mettre à niveau la gestion du cabinet</translation>
    </message>
    <message>
        <source>Move time and billing to the vendor&apos;s supported (cloud) version before the current one runs out.</source>
        <translation>Passer le suivi des temps et la facturation sur la version sous support (cloud) de l’éditeur avant la fin de la version actuelle.</translation>
    </message>
    <message>
        <source>Replace the phone system with cloud telephony</source>
        <translation>Remplacer le standard par la téléphonie cloud</translation>
    </message>
    <message>
        <source>Numbers ported to a cloud phone service with softphones on laptops and mobiles.</source>
        <translation>Numéros portés vers un service de téléphonie cloud, avec softphones sur les portables et les mobiles.</translation>
    </message>
    <message>
        <source>Move document management to the cloud</source>
        <translation>Passer la gestion documentaire dans le cloud</translation>
    </message>
    <message>
        <source>Client files move to a cloud document system with matter-based permissions; the file server is switched off.</source>
        <translation>Les dossiers clients passent dans une GED cloud avec des droits par affaire ; le serveur de fichiers est arrêté.</translation>
    </message>
    <message>
        <source>Client portal for sharing documents</source>
        <translation>Portail client pour partager des documents</translation>
    </message>
    <message>
        <source>Clients upload and sign documents in a portal instead of email.</source>
        <translation>Les clients déposent et signent leurs documents sur un portail plutôt que par e-mail.</translation>
    </message>
    <message>
        <source>Record time as it happens</source>
        <translation>Saisir les temps au fil de l’eau</translation>
    </message>
    <message>
        <source>Time captured from calendar, email and phone into practice management.</source>
        <translation>Temps repris de l’agenda, de la messagerie et du téléphone dans le logiciel de gestion du cabinet.</translation>
    </message>
    <message>
        <source>Security awareness training</source>
        <translation>Sensibilisation à la sécurité</translation>
    </message>
    <message>
        <source>Short yearly training and phishing tests for everyone.</source>
        <translation>Courte formation annuelle et tests d’hameçonnage pour tous.</translation>
    </message>
    <message>
        <source>Professional indemnity renewal</source>
        <translation>Renouvellement de l’assurance RC professionnelle</translation>
    </message>
    <message>
        <source>The insurer asks about MFA, backups and training.</source>
        <translation>L’assureur pose des questions sur la MFA, les sauvegardes et la formation.</translation>
    </message>
    <message>
        <source>Retailer — IT roadmap</source>
        <translation>Commerce de détail — feuille de route informatique</translation>
    </message>
    <message>
        <source>Your shops</source>
        <translation>Vos magasins</translation>
    </message>
    <message>
        <source>A retailer with three stores, a webshop and a small warehouse; one IT person and a web agency. A starter template: replace the names, dates and amounts with your own. The quarters follow the plan&apos;s first quarter; ends of support are examples, so enter your vendors&apos; dates.</source>
        <translation>Un commerçant avec trois magasins, une boutique en ligne et un petit entrepôt ; une personne à l’informatique et une agence web. Un modèle de départ : remplacez les noms, dates et montants par les vôtres. Les trimestres suivent le premier trimestre du plan ; les fins de support sont des exemples, saisissez donc les dates de vos éditeurs.</translation>
    </message>
    <message>
        <source>IT project budget</source>
        <translation>Budget des projets informatiques</translation>
    </message>
    <message>
        <source>Project money per quarter; licences and support contracts are running costs.</source>
        <translation>Budget des projets par trimestre ; les licences et contrats de support sont des coûts d’exploitation.</translation>
    </message>
    <message>
        <source>Internal IT</source>
        <translation>Informatique interne</translation>
    </message>
    <message>
        <source>One IT person, with a fifth of a colleague&apos;s time; day-to-day support comes first.</source>
        <translation>Une personne à l’informatique, plus un cinquième du temps d’un collègue ; le support au quotidien passe en premier.</translation>
    </message>
    <message>
        <source>Web agency</source>
        <translation>Agence web</translation>
    </message>
    <message>
        <source>Builds and hosts the webshop under a yearly contract.</source>
        <translation>Développe et héberge la boutique en ligne dans le cadre d’un contrat annuel.</translation>
    </message>
    <message>
        <source>Sell seamlessly online and in store</source>
        <translation>Vendre sans couture en ligne et en magasin</translation>
    </message>
    <message>
        <source>One stock, one price and one customer across the stores and the webshop.</source>
        <translation>Un seul stock, un seul prix et un seul client dans les magasins et sur la boutique en ligne.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Dirigeant</translation>
    </message>
    <message>
        <source>Online share of revenue 10 % → 25 %</source>
        <translation>Part du chiffre d’affaires en ligne 10 % → 25 %</translation>
    </message>
    <message>
        <source>Keep the tills running</source>
        <translation>Garder les caisses en marche</translation>
    </message>
    <message>
        <source>No store stops selling because of IT: tills, payment and network supported and backed up.</source>
        <translation>Aucun magasin ne cesse de vendre à cause de l’informatique : caisses, paiement et réseau sous support et sauvegardés.</translation>
    </message>
    <message>
        <source>Store operations</source>
        <translation>Exploitation des magasins</translation>
    </message>
    <message>
        <source>No trading hour lost</source>
        <translation>Aucune heure d’ouverture perdue</translation>
    </message>
    <message>
        <source>Know and keep our customers</source>
        <translation>Connaître et fidéliser nos clients</translation>
    </message>
    <message>
        <source>A loyalty programme and campaigns based on what people buy.</source>
        <translation>Un programme de fidélité et des campagnes fondées sur ce que les clients achètent.</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Repeat purchases 20 % → 30 %</source>
        <translation>Achats répétés 20 % → 30 %</translation>
    </message>
    <message>
        <source>Protect card and customer data</source>
        <translation>Protéger les données de carte et des clients</translation>
    </message>
    <message>
        <source>Meet the card schemes&apos; rules (PCI DSS) and GDPR; pass the insurer&apos;s checks.</source>
        <translation>Respecter les règles des réseaux de cartes (PCI DSS) et le RGPD ; passer les contrôles de l’assureur.</translation>
    </message>
    <message>
        <source>Clean PCI self-assessment</source>
        <translation>Auto-évaluation PCI sans réserve</translation>
    </message>
    <message>
        <source>Tills (POS software)</source>
        <translation>Caisses (logiciel de caisse)</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <source>POS vendor</source>
        <translation>Éditeur du logiciel de caisse</translation>
    </message>
    <message>
        <source>store</source>
        <translation>magasin</translation>
    </message>
    <message>
        <source>Payment terminals</source>
        <translation>Terminaux de paiement</translation>
    </message>
    <message>
        <source>Payment provider</source>
        <translation>Prestataire de paiement</translation>
    </message>
    <message>
        <source>Webshop platform</source>
        <translation>Plateforme de la boutique en ligne</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <source>Open-source shop software</source>
        <translation>Logiciel de boutique open source</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <source>Stock and purchasing (ERP)</source>
        <translation>Stocks et achats (ERP)</translation>
    </message>
    <message>
        <source>Store Wi-Fi and network</source>
        <translation>Wi-Fi et réseau des magasins</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Back-office PCs</source>
        <translation>PC du back-office</translation>
    </message>
    <message>
        <source>Backup to a NAS in the office</source>
        <translation>Sauvegarde sur un NAS au bureau</translation>
    </message>
    <message>
        <source>Email and office (cloud)</source>
        <translation>Messagerie et bureautique (cloud)</translation>
    </message>
    <message>
        <source>Replace the payment terminals</source>
        <translation>Remplacer les terminaux de paiement</translation>
    </message>
    <message>
        <source>Terminals that the payment provider supports, with contactless and the current security rules.</source>
        <translation>Des terminaux pris en charge par le prestataire de paiement, avec le sans contact et les règles de sécurité actuelles.</translation>
    </message>
    <message>
        <source>Upgrade the tills to the supported POS version</source>
        <translation>Mettre les caisses à niveau vers la version prise en charge</translation>
    </message>
    <message>
        <source>Upgrade the POS software and the till PCs in all stores, one store at a time, outside trading hours.</source>
        <translation>Mettre à niveau le logiciel et les PC de caisse dans tous les magasins, un magasin à la fois, en dehors des heures d’ouverture.</translation>
    </message>
    <message>
        <source>Upgrade the webshop to a supported version</source>
        <translation>Mettre la boutique en ligne à niveau vers une version prise en charge</translation>
    </message>
    <message>
        <source>Move the shop to the platform&apos;s supported major version, with its extensions.</source>
        <translation>Passer la boutique à la version majeure prise en charge de la plateforme, avec ses extensions.</translation>
    </message>
    <message>
        <source>Off-site backups and a tested restore</source>
        <translation>Sauvegardes hors site et restauration testée</translation>
    </message>
    <message>
        <source>Backups of the ERP, the webshop and the office to a cloud copy, with a restore test every half year.</source>
        <translation>Sauvegardes de l’ERP, de la boutique en ligne et de la bureautique vers une copie dans le cloud, avec un test de restauration chaque semestre.</translation>
    </message>
    <message>
        <source>Replace the back-office PCs</source>
        <translation>Remplacer les PC du back-office</translation>
    </message>
    <message>
        <source>Supported PCs with encryption and automatic updates.</source>
        <translation>Des PC sous support, avec chiffrement et mises à jour automatiques.</translation>
    </message>
    <message>
        <source>Renew the store network and Wi-Fi</source>
        <translation>Renouveler le réseau et le Wi-Fi des magasins</translation>
    </message>
    <message>
        <source>Separate networks for tills, staff and guests; supported access points.</source>
        <translation>Des réseaux séparés pour les caisses, le personnel et les invités ; des points d’accès sous support.</translation>
    </message>
    <message>
        <source>Multi-factor sign-in and device protection</source>
        <translation>Authentification multifacteur et protection des postes</translation>
    </message>
    <message>
        <source>MFA for every account and endpoint protection on tills and PCs.</source>
        <translation>MFA pour chaque compte et protection des terminaux sur les caisses et les PC.</translation>
    </message>
    <message>
        <source>Click &amp; collect and returns in store</source>
        <translation>Click &amp; collect et retours en magasin</translation>
    </message>
    <message>
        <source>Order online, collect or return in any store; stock reserved when ordered.</source>
        <translation>Commander en ligne, retirer ou retourner dans n’importe quel magasin ; stock réservé dès la commande.</translation>
    </message>
    <message>
        <source>One stock across stores and webshop</source>
        <translation>Un seul stock pour les magasins et la boutique en ligne</translation>
    </message>
    <message>
        <source>The webshop reads and reserves the stores&apos; stock from the ERP in real time.</source>
        <translation>La boutique en ligne lit et réserve le stock des magasins dans l’ERP en temps réel.</translation>
    </message>
    <message>
        <source>Loyalty programme</source>
        <translation>Programme de fidélité</translation>
    </message>
    <message>
        <source>A loyalty card in the app and at the till, with points and personal offers.</source>
        <translation>Une carte de fidélité dans l’application et en caisse, avec des points et des offres personnalisées.</translation>
    </message>
    <message>
        <source>Christmas trading freeze</source>
        <translation>Gel des changements pour les fêtes</translation>
    </message>
    <message>
        <source>No changes to tills or webshop from mid-November to early January.</source>
        <translation>Aucun changement sur les caisses ni sur la boutique en ligne de mi-novembre à début janvier.</translation>
    </message>
    <message>
        <source>PCI self-assessment</source>
        <translation>Auto-évaluation PCI</translation>
    </message>
    <message>
        <source>The acquirer&apos;s yearly questionnaire.</source>
        <translation>Le questionnaire annuel de l’acquéreur.</translation>
    </message>
    <message>
        <source>Small business — IT roadmap</source>
        <translation>Petite entreprise — feuille de route informatique</translation>
    </message>
    <message>
        <source>Your company</source>
        <translation>Votre entreprise</translation>
    </message>
    <message>
        <source>A business of about 15 people with an office and a workshop; IT is looked after by the office manager and an outside IT partner. A starter template: replace the names, dates and amounts with your own. The quarters follow the plan&apos;s first quarter; ends of support are examples, so enter your vendors&apos; dates.</source>
        <translation>Une entreprise d’environ 15 personnes avec un bureau et un atelier ; l’informatique est gérée par le responsable administratif et un prestataire informatique externe. Un modèle de départ : remplacez les noms, dates et montants par les vôtres. Les trimestres suivent le premier trimestre du plan ; les fins de support sont des exemples, saisissez donc les dates de vos éditeurs.</translation>
    </message>
    <message>
        <source>What the business can spend on IT projects per quarter; running costs are separate.</source>
        <translation>Ce que l’entreprise peut consacrer aux projets informatiques par trimestre ; les coûts d’exploitation sont à part.</translation>
    </message>
    <message>
        <source>Office manager and IT partner</source>
        <translation>Responsable administratif et prestataire informatique</translation>
    </message>
    <message>
        <source>About two days a week between the office manager and the IT partner.</source>
        <translation>Environ deux jours par semaine entre le responsable administratif et le prestataire informatique.</translation>
    </message>
    <message>
        <source>Keep the business running</source>
        <translation>Assurer la continuité de l’activité</translation>
    </message>
    <message>
        <source>No lost day from an outage, a break-in or a lost laptop.</source>
        <translation>Aucune journée perdue à cause d’une panne, d’un cambriolage ou d’un portable perdu.</translation>
    </message>
    <message>
        <source>No working day lost to IT</source>
        <translation>Aucune journée de travail perdue à cause de l’informatique</translation>
    </message>
    <message>
        <source>Protect our data</source>
        <translation>Protéger nos données</translation>
    </message>
    <message>
        <source>Backups that are tested, accounts that need more than a password, devices that are updated.</source>
        <translation>Des sauvegardes testées, des comptes qui exigent plus qu’un mot de passe, des appareils à jour.</translation>
    </message>
    <message>
        <source>A tested restore twice a year</source>
        <translation>Une restauration testée deux fois par an</translation>
    </message>
    <message>
        <source>Work from anywhere</source>
        <translation>Travailler de n’importe où</translation>
    </message>
    <message>
        <source>Files, email and the accounts on a laptop or phone, safely.</source>
        <translation>Fichiers, messagerie et comptabilité sur un portable ou un téléphone, en toute sécurité.</translation>
    </message>
    <message>
        <source>Everyone can work from home</source>
        <translation>Tout le monde peut télétravailler</translation>
    </message>
    <message>
        <source>Spend less time on paperwork</source>
        <translation>Passer moins de temps sur la paperasse</translation>
    </message>
    <message>
        <source>Invoices, receipts and quotes handled once, not typed again.</source>
        <translation>Factures, reçus et devis traités une seule fois, sans ressaisie.</translation>
    </message>
    <message>
        <source>Invoice handling 6 → 2 hours a week</source>
        <translation>Traitement des factures : 6 → 2 heures par semaine</translation>
    </message>
    <message>
        <source>Office PCs</source>
        <translation>PC du bureau</translation>
    </message>
    <message>
        <source>File server in the office</source>
        <translation>Serveur de fichiers au bureau</translation>
    </message>
    <message>
        <source>IT partner</source>
        <translation>Prestataire informatique</translation>
    </message>
    <message>
        <source>Backups on USB disks</source>
        <translation>Sauvegardes sur disques USB</translation>
    </message>
    <message>
        <source>Firewall and router</source>
        <translation>Pare-feu et routeur</translation>
    </message>
    <message>
        <source>Accounting software</source>
        <translation>Logiciel de comptabilité</translation>
    </message>
    <message>
        <source>Email and calendar (cloud)</source>
        <translation>Messagerie et agenda (cloud)</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Automated backups with an off-site copy</source>
        <translation>Sauvegardes automatiques avec une copie hors site</translation>
    </message>
    <message>
        <source>Nightly backups of the PCs, the file server and the cloud mailboxes, with a copy outside the office.</source>
        <translation>Sauvegardes nocturnes des PC, du serveur de fichiers et des boîtes aux lettres cloud, avec une copie hors du bureau.</translation>
    </message>
    <message>
        <source>Test a restore twice a year</source>
        <translation>Tester une restauration deux fois par an</translation>
    </message>
    <message>
        <source>Restore a file, a mailbox and a whole PC from the backup and write down how long it took.</source>
        <translation>Restaurer un fichier, une boîte aux lettres et un PC entier depuis la sauvegarde, et noter le temps nécessaire.</translation>
    </message>
    <message>
        <source>Turn on multi-factor sign-in for every account</source>
        <translation>Activer l’authentification multifacteur pour chaque compte</translation>
    </message>
    <message>
        <source>Email, accounting, the bank and remote access ask for a second factor.</source>
        <translation>La messagerie, la comptabilité, la banque et l’accès à distance demandent un second facteur.</translation>
    </message>
    <message>
        <source>Replace the office PCs before end of support</source>
        <translation>Remplacer les PC du bureau avant la fin de support</translation>
    </message>
    <message>
        <source>New or upgraded PCs on a supported operating system, with disk encryption and automatic updates.</source>
        <translation>Des PC neufs ou mis à niveau sur un système d’exploitation sous support, avec chiffrement du disque et mises à jour automatiques.</translation>
    </message>
    <message>
        <source>Move shared files to cloud storage</source>
        <translation>Déplacer les fichiers partagés vers un stockage cloud</translation>
    </message>
    <message>
        <source>Move the shares of the file server to cloud storage with the same folders and rights, then switch the server off.</source>
        <translation>Déplacer les partages du serveur de fichiers vers un stockage cloud avec les mêmes dossiers et droits, puis éteindre le serveur.</translation>
    </message>
    <message>
        <source>Replace the firewall</source>
        <translation>Remplacer le pare-feu</translation>
    </message>
    <message>
        <source>A supported firewall with updates, and a separate Wi-Fi for guests.</source>
        <translation>Un pare-feu sous support avec mises à jour, et un Wi-Fi séparé pour les invités.</translation>
    </message>
    <message>
        <source>Upgrade the accounting software</source>
        <translation>Mettre à niveau le logiciel de comptabilité</translation>
    </message>
    <message>
        <source>Move to the vendor&apos;s supported version (or its cloud edition) before the current one runs out.</source>
        <translation>Passer à la version prise en charge de l’éditeur (ou à son édition cloud) avant la fin de la version actuelle.</translation>
    </message>
    <message>
        <source>Laptops and secure remote access</source>
        <translation>Portables et accès à distance sécurisé</translation>
    </message>
    <message>
        <source>Laptops for those who work away from the office, with the files in the cloud and no open ports.</source>
        <translation>Des portables pour ceux qui travaillent hors du bureau, avec les fichiers dans le cloud et aucun port ouvert.</translation>
    </message>
    <message>
        <source>Scan and file invoices automatically</source>
        <translation>Numériser et classer les factures automatiquement</translation>
    </message>
    <message>
        <source>Invoices arrive in one mailbox, are read and filed into the accounting software for approval.</source>
        <translation>Les factures arrivent dans une seule boîte aux lettres, sont lues et classées dans le logiciel de comptabilité pour approbation.</translation>
    </message>
    <message>
        <source>Online booking for customers</source>
        <translation>Réservation en ligne pour les clients</translation>
    </message>
    <message>
        <source>Customers book appointments on the website; bookings land in the shared calendar.</source>
        <translation>Les clients prennent rendez-vous sur le site web ; les réservations arrivent dans l’agenda partagé.</translation>
    </message>
    <message>
        <source>Insurance renewal</source>
        <translation>Renouvellement de l’assurance</translation>
    </message>
    <message>
        <source>The insurer asks for MFA and tested backups.</source>
        <translation>L’assureur exige la MFA et des sauvegardes testées.</translation>
    </message>
</context>
<context>
    <name>Cairn::ValueEffortMatrix</name>
    <message>
        <source>Quick wins</source>
        <translation>Gains rapides</translation>
    </message>
    <message>
        <source>Big bets</source>
        <translation>Grands paris</translation>
    </message>
    <message>
        <source>Fill-ins</source>
        <translation>Compléments</translation>
    </message>
    <message>
        <source>Reconsider</source>
        <translation>À reconsidérer</translation>
    </message>
    <message>
        <source>Value →</source>
        <translation>Valeur →</translation>
    </message>
    <message>
        <source>Effort (from cost and FTE, or dragged) →</source>
        <translation>Effort (d’après coût et ETP, ou déplacé) →</translation>
    </message>
    <message>
        <source>%1: value %2, effort %3 (set by hand; a right click takes it back to the one from cost and FTE)</source>
        <translation>%1 : valeur %2, effort %3 (défini à la main ; un clic droit le ramène à celui d’après coût et ETP)</translation>
    </message>
    <message>
        <source>%1: value %2, effort %3 — drag up or down to change its value, left or right its effort</source>
        <translation>%1 : valeur %2, effort %3 — faites glisser vers le haut ou le bas pour changer sa valeur, vers la gauche ou la droite pour son effort</translation>
    </message>
</context>
<context>
    <name>Cairn::VarianceDialog</name>
    <message>
        <source>Changes since a Baseline</source>
        <translation>Changements depuis une référence</translation>
    </message>
    <message>
        <source>%1 (frozen %2)</source>
        <translation>%1 (figée le %2)</translation>
    </message>
    <message>
        <source>Baseline:</source>
        <translation>Référence :</translation>
    </message>
</context>
<context>
    <name>Cairn::VoteTableModel</name>
    <message>
        <source>Hidden until the vote is revealed</source>
        <translation>Masqué jusqu’à la révélation du vote</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n dot(s) on %2 — click to add one, right click or Shift+click to take one back</source>
        <translation>
            <numerusform>%1 : %n gommette sur %2 — cliquez pour en ajouter une, clic droit ou Shift+clic pour en retirer une</numerusform>
            <numerusform>%1 : %n gommettes sur %2 — cliquez pour en ajouter une, clic droit ou Shift+clic pour en retirer une</numerusform>
        </translation>
    </message>
    <message>
        <source>Every participant&apos;s dots together</source>
        <translation>Les gommettes de tous les participants</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message numerus="yes">
        <source>%1
%n left</source>
        <translation>
            <numerusform>%1
%n restante</numerusform>
            <numerusform>%1
%n restantes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cairn::Voting</name>
    <message>
        <source>A participant needs a name.</source>
        <translation>Un participant doit avoir un nom.</translation>
    </message>
    <message>
        <source>%1 takes part already.</source>
        <translation>%1 participe déjà.</translation>
    </message>
    <message>
        <source>Add participant %1</source>
        <translation>Ajouter le participant %1</translation>
    </message>
    <message>
        <source>%1 does not take part.</source>
        <translation>%1 ne participe pas.</translation>
    </message>
    <message>
        <source>Rename participant %1 to %2</source>
        <translation>Renommer le participant %1 en %2</translation>
    </message>
    <message>
        <source>Remove participant %1</source>
        <translation>Retirer le participant %1</translation>
    </message>
    <message>
        <source>That initiative is not open to the vote.</source>
        <translation>Cette initiative n’est pas soumise au vote.</translation>
    </message>
    <message>
        <source>%1 has %2 dots to give and has given %3 elsewhere.</source>
        <translation>%1 a %2 gommettes à donner et en a déjà donné %3 ailleurs.</translation>
    </message>
    <message>
        <source>%1 gives %2 a dot</source>
        <translation>%1 donne une gommette à %2</translation>
    </message>
    <message>
        <source>%1 takes a dot back from %2</source>
        <translation>%1 reprend une gommette à %2</translation>
    </message>
    <message>
        <source>Each participant has between 1 and 50 dots.</source>
        <translation>Chaque participant a entre 1 et 50 gommettes.</translation>
    </message>
    <message>
        <source>Someone has given %1 dots already; take dots back first.</source>
        <translation>Quelqu’un a déjà donné %1 gommettes ; reprenez d’abord des gommettes.</translation>
    </message>
    <message>
        <source>%1 dots per participant</source>
        <translation>%1 gommettes par participant</translation>
    </message>
    <message>
        <source>Reveal the vote</source>
        <translation>Révéler le vote</translation>
    </message>
    <message>
        <source>Hide the vote&apos;s totals</source>
        <translation>Masquer les totaux du vote</translation>
    </message>
    <message>
        <source>Start a new vote</source>
        <translation>Lancer un nouveau vote</translation>
    </message>
    <message>
        <source>Set values from the vote</source>
        <translation>Définir les valeurs d’après le vote</translation>
    </message>
</context>
<context>
    <name>Cairn::VotingView</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove Participant</source>
        <translation>Retirer le participant</translation>
    </message>
    <message>
        <source>Reveal Totals</source>
        <translation>Révéler les totaux</translation>
    </message>
    <message>
        <source>New Vote</source>
        <translation>Nouveau vote</translation>
    </message>
    <message>
        <source>Set Values from Votes</source>
        <translation>Définir les valeurs d’après les votes</translation>
    </message>
    <message>
        <source>Participant&apos;s name</source>
        <translation>Nom du participant</translation>
    </message>
    <message>
        <source>Dots each: </source>
        <translation>Gommettes par personne : </translation>
    </message>
    <message>
        <source>Removes the participant of the current column, with their dots</source>
        <translation>Retire le participant de la colonne actuelle, avec ses gommettes</translation>
    </message>
    <message>
        <source>Takes every dot back and hides the totals; the participants stay</source>
        <translation>Reprend toutes les gommettes et masque les totaux ; les participants restent</translation>
    </message>
    <message>
        <source>The initiative with the most dots gets value 100, the others with dots in proportion; those without a dot keep their values. One step that Undo takes back</source>
        <translation>L’initiative qui a le plus de gommettes reçoit la valeur 100, les autres ayant des gommettes en proportion ; celles sans gommette gardent leur valeur. Une seule étape, qu’Annuler défait</translation>
    </message>
    <message>
        <source>Hide Totals</source>
        <translation>Masquer les totaux</translation>
    </message>
    <message numerus="yes">
        <source>Add the participants by name; each gets %n dot(s) to give.</source>
        <translation>
            <numerusform>Ajoutez les participants par leur nom ; chacun reçoit %n gommette à donner.</numerusform>
            <numerusform>Ajoutez les participants par leur nom ; chacun reçoit %n gommettes à donner.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 dots given by %n participant(s); %3</source>
        <translation>
            <numerusform>%1 gommettes sur %2 données par %n participant ; %3</numerusform>
            <numerusform>%1 gommettes sur %2 données par %n participants ; %3</numerusform>
        </translation>
    </message>
    <message>
        <source>the totals are revealed.</source>
        <translation>les totaux sont révélés.</translation>
    </message>
    <message>
        <source>the totals stay hidden until revealed.</source>
        <translation>les totaux restent masqués jusqu’à leur révélation.</translation>
    </message>
    <message>
        <source>Choose a cell in the participant&apos;s column first.</source>
        <translation>Choisissez d’abord une cellule dans la colonne du participant.</translation>
    </message>
    <message numerus="yes">
        <source>The vote set the value of %n initiative(s); Undo takes it back.</source>
        <translation>
            <numerusform>Le vote a fixé la valeur de %n initiative ; Annuler revient en arrière.</numerusform>
            <numerusform>Le vote a fixé la valeur de %n initiatives ; Annuler revient en arrière.</numerusform>
        </translation>
    </message>
    <message>
        <source>The values already are the vote&apos;s: nothing changed.</source>
        <translation>Les valeurs sont déjà celles du vote : rien n’a changé.</translation>
    </message>
</context>
<context>
    <name>Cairn::WelcomePage</name>
    <message>
        <source>Plans you open or save will be listed here.</source>
        <translation>Les plans que vous ouvrez ou enregistrez apparaîtront ici.</translation>
    </message>
    <message>
        <source>Welcome to Cairn</source>
        <translation>Bienvenue dans Cairn</translation>
    </message>
    <message>
        <source>Plan where IT goes next: the business&apos;s goals, the systems it runs and the initiatives that change them, scheduled across quarters within budget and staff, before vendors end support.</source>
        <translation>Planifiez l’avenir de votre informatique : les objectifs de l’entreprise, les systèmes qu’elle exploite et les initiatives qui les font évoluer, réparties sur les trimestres dans les limites du budget et des effectifs, avant que les éditeurs n’arrêtent le support.</translation>
    </message>
    <message>
        <source>New to Cairn? &lt;a href=&quot;help&quot;&gt;Read the user guide&lt;/a&gt; (F1 opens the page of what you are looking at).</source>
        <translation>Nouveau sur Cairn ? &lt;a href=&quot;help&quot;&gt;Lisez le guide de l’utilisateur&lt;/a&gt; (F1 ouvre la page de ce que vous regardez).</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>New Plan…</source>
        <translation>Nouveau plan…</translation>
    </message>
    <message>
        <source>Name it, choose its currency and first quarter, then add goals, systems and initiatives.</source>
        <translation>Nommez-le, choisissez sa devise et son premier trimestre, puis ajoutez des objectifs, des systèmes et des initiatives.</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>A plan saved by Cairn (.cairn).</source>
        <translation>Un plan enregistré par Cairn (.cairn).</translation>
    </message>
    <message>
        <source>Import from a Spreadsheet…</source>
        <translation>Importer depuis un tableur…</translation>
    </message>
    <message>
        <source>Goals, systems, initiatives or resources as CSV files from Excel, LibreOffice or another tool: a new plan from your lists.</source>
        <translation>Objectifs, systèmes, initiatives ou ressources sous forme de fichiers CSV issus d’Excel, de LibreOffice ou d’un autre outil : un nouveau plan à partir de vos listes.</translation>
    </message>
    <message>
        <source>Start from the Sample</source>
        <translation>Partir de l’exemple</translation>
    </message>
    <message>
        <source>Brightwater Outdoor, a 60-person retailer: a whole plan with three years of work to explore and change.</source>
        <translation>Brightwater Outdoor, un détaillant de 60 personnes : un plan complet avec trois ans de travaux à explorer et à modifier.</translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation>Fichiers récents</translation>
    </message>
    <message>
        <source>Start from a Template</source>
        <translation>Partir d’un modèle</translation>
    </message>
    <message>
        <source>A small plan of a typical business, with its goals and the usual work to keep the lights on (backups, upgrades before end of support), ready to make your own.</source>
        <translation>Un petit plan d’une entreprise type, avec ses objectifs et le travail habituel pour que tout continue de tourner (sauvegardes, mises à niveau avant la fin de support), prêt à être adapté.</translation>
    </message>
</context>
<context>
    <name>Cairn::Workshop</name>
    <message>
        <source>Capture</source>
        <translation>Saisie</translation>
    </message>
    <message>
        <source>Export &amp;Slides…</source>
        <translation>Exporter les &amp;diapositives…</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Présenter</translation>
    </message>
    <message>
        <source>&amp;Capture Ideas</source>
        <translation>&amp;Saisir des idées</translation>
    </message>
    <message>
        <source>The plan is still being scheduled; try again in a moment.</source>
        <translation>Le plan est encore en cours de planification ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source> — slides</source>
        <translation> — diapositives</translation>
    </message>
    <message>
        <source>Export Slides</source>
        <translation>Exporter les diapositives</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n slide(s) to %1</source>
        <translation>
            <numerusform>%n diapositive exportée dans %1</numerusform>
            <numerusform>%n diapositives exportées dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan has no such workshop.</source>
        <translation>Le plan ne contient pas cet atelier.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d’écrire « %1 » : %2</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>Dot Vote</source>
        <translation>Vote par gommettes</translation>
    </message>
    <message>
        <source>Workshop Record</source>
        <translation>Compte rendu d’atelier</translation>
    </message>
    <message>
        <source>Export &amp;Workshop Record…</source>
        <translation>Exporter le compte rendu d’&amp;atelier…</translation>
    </message>
    <message>
        <source>Wor&amp;kshop Panel</source>
        <translation>Panneau d’ate&amp;lier</translation>
    </message>
    <message>
        <source>Start &amp;Workshop</source>
        <translation>Démarrer l’&amp;atelier</translation>
    </message>
    <message>
        <source>Note &amp;Decision…</source>
        <translation>Noter une &amp;décision…</translation>
    </message>
    <message>
        <source>End &amp;Workshop</source>
        <translation>&amp;Terminer l’atelier</translation>
    </message>
    <message>
        <source>Export Workshop Record</source>
        <translation>Exporter le compte rendu d’atelier</translation>
    </message>
    <message>
        <source>The plan has no workshop yet: View ▸ Start Workshop marks one.</source>
        <translation>Le plan n’a pas encore d’atelier : Affichage ▸ Démarrer l’atelier en ouvre un.</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Tableau CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported the record of %1 to %2</source>
        <translation>Compte rendu de %1 exporté dans %2</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>non planifiée</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutée</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Déplacée</translation>
    </message>
    <message>
        <source>Re-scored</source>
        <translation>Réévaluée</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Nothing changed and no decision was noted.</source>
        <translation>Rien n’a changé et aucune décision n’a été notée.</translation>
    </message>
    <message numerus="yes">
        <source>%n initiative(s) added</source>
        <translation>
            <numerusform>%n initiative ajoutée</numerusform>
            <numerusform>%n initiatives ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n retirée</numerusform>
            <numerusform>%n retirées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation>
            <numerusform>%n déplacée</numerusform>
            <numerusform>%n déplacées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n re-scored</source>
        <translation>
            <numerusform>%n réévaluée</numerusform>
            <numerusform>%n réévaluées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) noted</source>
        <translation>
            <numerusform>%n décision notée</numerusform>
            <numerusform>%n décisions notées</numerusform>
        </translation>
    </message>
    <message>
        <source>added, %1</source>
        <translation>ajoutée, %1</translation>
    </message>
    <message>
        <source>removed (was %1)</source>
        <translation>retirée (auparavant %1)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>value %1 → %2</source>
        <translation>valeur %1 → %2</translation>
    </message>
    <message>
        <source>noted %1</source>
        <translation>notée le %1</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>Plan : %1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Début : %1</translation>
    </message>
    <message>
        <source>Still running</source>
        <translation>Toujours en cours</translation>
    </message>
    <message>
        <source>Ended: %1</source>
        <translation>Fin : %1</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Initiative or decision</source>
        <translation>Initiative ou décision</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>Notée</translation>
    </message>
    <message>
        <source>The workshop %1 is still running; end it first.</source>
        <translation>L’atelier %1 est toujours en cours ; terminez-le d’abord.</translation>
    </message>
    <message>
        <source>Workshop %1</source>
        <translation>Atelier %1</translation>
    </message>
    <message>
        <source>Start workshop %1</source>
        <translation>Démarrer l’atelier %1</translation>
    </message>
    <message>
        <source>No workshop is running.</source>
        <translation>Aucun atelier n’est en cours.</translation>
    </message>
    <message>
        <source>End workshop %1</source>
        <translation>Terminer l’atelier %1</translation>
    </message>
    <message>
        <source>Decisions are noted in a workshop: start one first.</source>
        <translation>Les décisions se notent pendant un atelier : démarrez-en un d’abord.</translation>
    </message>
    <message>
        <source>A decision needs a few words.</source>
        <translation>Une décision demande quelques mots.</translation>
    </message>
    <message>
        <source>Note decision %1</source>
        <translation>Noter la décision %1</translation>
    </message>
    <message>
        <source>Remove decision %1</source>
        <translation>Retirer la décision %1</translation>
    </message>
    <message>
        <source>Delete workshop %1</source>
        <translation>Supprimer l’atelier %1</translation>
    </message>
</context>
<context>
    <name>Cairn::WorkshopRecordModel</name>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Initiative or decision</source>
        <translation>Initiative ou décision</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
</context>
<context>
    <name>Cairn::WorkshopRecordView</name>
    <message>
        <source>Start Workshop</source>
        <translation>Démarrer l’atelier</translation>
    </message>
    <message>
        <source>Note Decision</source>
        <translation>Noter la décision</translation>
    </message>
    <message>
        <source>Remove Decision</source>
        <translation>Retirer la décision</translation>
    </message>
    <message>
        <source>Export Record…</source>
        <translation>Exporter le compte rendu…</translation>
    </message>
    <message>
        <source>A decision taken in the room (Enter notes it)</source>
        <translation>Une décision prise en séance (Entrée la note)</translation>
    </message>
    <message>
        <source>%1 (running)</source>
        <translation>%1 (en cours)</translation>
    </message>
    <message>
        <source>No workshop yet</source>
        <translation>Pas encore d’atelier</translation>
    </message>
    <message>
        <source>End Workshop</source>
        <translation>Terminer l’atelier</translation>
    </message>
    <message>
        <source>Start Workshop marks the session: what is added, removed, moved and re-scored from then on is listed here, with the decisions noted.</source>
        <translation>Démarrer l’atelier marque la séance : ce qui est ajouté, retiré, déplacé ou réévalué à partir de ce moment est listé ici, avec les décisions notées.</translation>
    </message>
    <message>
        <source>Running since %1.</source>
        <translation>En cours depuis %1.</translation>
    </message>
    <message>
        <source>Held %1.</source>
        <translation>Tenu le %1.</translation>
    </message>
    <message>
        <source>The plan is still being scheduled; try again in a moment.</source>
        <translation>Le plan est encore en cours de planification ; réessayez dans un instant.</translation>
    </message>
</context>
<context>
    <name>Cairn::Workspace</name>
    <message>
        <source>New goal</source>
        <translation>Nouvel objectif</translation>
    </message>
    <message>
        <source>New system</source>
        <translation>Nouveau système</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>Nouvelle équipe</translation>
    </message>
    <message>
        <source>New milestone</source>
        <translation>Nouveau jalon</translation>
    </message>
    <message>
        <source>New initiative</source>
        <translation>Nouvelle initiative</translation>
    </message>
    <message>
        <source>Change refused</source>
        <translation>Modification refusée</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Feuille de route</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Correction : %1</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>Graphe</translation>
    </message>
</context>
</TS>

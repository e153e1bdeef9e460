<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Cairn::Capture</name>
    <message>
        <source>“%1” is more money than a plan can hold.</source>
        <translation>«%1» es más dinero del que puede contener un plan.</translation>
    </message>
    <message>
        <source>“%1” has more decimals than %2 has.</source>
        <translation>«%1» tiene más decimales que %2.</translation>
    </message>
    <message>
        <source>The idea needs a name: type some words that are not #goal, @system, a kind, a duration or a cost.</source>
        <translation>La idea necesita un nombre: escriba algunas palabras que no sean #goal, @system, un tipo, una duración ni un coste.</translation>
    </message>
    <message>
        <source>No goal matches “%1”.</source>
        <translation>Ningún objetivo coincide con «%1».</translation>
    </message>
    <message>
        <source>“%1” could be the goal %2: type more of its name.</source>
        <translation>«%1» podría ser el objetivo %2: escriba más de su nombre.</translation>
    </message>
    <message>
        <source>Type a goal&apos;s name after #.</source>
        <translation>Escriba el nombre de un objetivo tras #.</translation>
    </message>
    <message>
        <source>No system matches “%1”.</source>
        <translation>Ningún sistema coincide con «%1».</translation>
    </message>
    <message>
        <source>“%1” could be the system %2: type more of its name.</source>
        <translation>«%1» podría ser el sistema %2: escriba más de su nombre.</translation>
    </message>
    <message>
        <source>Type a system&apos;s name after @.</source>
        <translation>Escriba el nombre de un sistema tras @.</translation>
    </message>
    <message>
        <source>“%1” is a second kind after %2; put it in quotes to keep it in the name.</source>
        <translation>«%1» es un segundo tipo tras %2; póngalo entre comillas para mantenerlo en el nombre.</translation>
    </message>
    <message>
        <source>“%1”: a duration is 1 to 40 quarters.</source>
        <translation>«%1»: una duración es de 1 a 40 trimestres.</translation>
    </message>
    <message>
        <source>“%1” is a second duration.</source>
        <translation>«%1» es una segunda duración.</translation>
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
        <translation>«%1» es un segundo coste.</translation>
    </message>
    <message>
        <source>Capture %1</source>
        <translation>Capturar %1</translation>
    </message>
</context>
<context>
    <name>Cairn::CaptureLine</name>
    <message>
        <source>Capture an idea: name #goal grow 3q 40k @system, then Enter</source>
        <translation>Capture una idea: nombre #goal grow 3q 40k @system y pulse Intro</translation>
    </message>
    <message>
        <source>&lt;i&gt;name&lt;/i&gt; &amp;nbsp;#goal &amp;nbsp;run | grow | transform &amp;nbsp;3q &amp;nbsp;40k &amp;nbsp;@system</source>
        <translation>&lt;i&gt;nombre&lt;/i&gt; &amp;nbsp;#goal &amp;nbsp;run | grow | transform &amp;nbsp;3q &amp;nbsp;40k &amp;nbsp;@system</translation>
    </message>
    <message>
        <source>Added %1 as an idea (Undo takes it back).</source>
        <translation>%1 añadida como idea (Deshacer la retira).</translation>
    </message>
    <message>
        <source>goal %1</source>
        <translation>objetivo %1</translation>
    </message>
    <message>
        <source>system %1</source>
        <translation>sistema %1</translation>
    </message>
    <message>
        <source>This plan is open read-only: the idea was not added.</source>
        <translation>Este plan está abierto en solo lectura: la idea no se añadió.</translation>
    </message>
</context>
<context>
    <name>Cairn::Charts</name>
    <message>
        <source>FTE</source>
        <translation>ETC</translation>
    </message>
    <message>
        <source>Demand against capacity</source>
        <translation>Demanda frente a capacidad</translation>
    </message>
    <message>
        <source>Demand against capacity: %1</source>
        <translation>Demanda frente a capacidad: %1</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>Over capacity</source>
        <translation>Por encima de la capacidad</translation>
    </message>
    <message>
        <source>%1 per quarter</source>
        <translation>%1 por trimestre</translation>
    </message>
    <message>
        <source>FTE per quarter</source>
        <translation>ETC por trimestre</translation>
    </message>
    <message>
        <source>Run, Grow, Transform: share of spend per year</source>
        <translation>Run, Grow, Transform: parte del gasto por año</translation>
    </message>
    <message>
        <source>Share of the year&apos;s spend</source>
        <translation>Parte del gasto del año</translation>
    </message>
    <message>
        <source>Spend per goal</source>
        <translation>Gasto por objetivo</translation>
    </message>
    <message>
        <source>No goal</source>
        <translation>Sin objetivo</translation>
    </message>
    <message>
        <source>Planned spend (%1)</source>
        <translation>Gasto previsto (%1)</translation>
    </message>
    <message>
        <source>Systems out of vendor support</source>
        <translation>Sistemas sin soporte del fabricante</translation>
    </message>
    <message>
        <source>As things stand</source>
        <translation>Tal como está</translation>
    </message>
    <message>
        <source>With the plan carried out</source>
        <translation>Con el plan ejecutado</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Sistemas</translation>
    </message>
    <message>
        <source>Run cost of the system landscape</source>
        <translation>Coste de operación del parque de sistemas</translation>
    </message>
    <message>
        <source>Portfolio: value against cost (bubble size: risk 1–5)</source>
        <translation>Cartera: valor frente a coste (tamaño de burbuja: riesgo 1–5)</translation>
    </message>
    <message>
        <source>One-off cost (%1)</source>
        <translation>Coste único (%1)</translation>
    </message>
    <message>
        <source>Value score (0–100)</source>
        <translation>Valor (0–100)</translation>
    </message>
    <message>
        <source>Run, Grow, Transform</source>
        <translation>Run, Grow, Transform</translation>
    </message>
    <message>
        <source>Systems out of support</source>
        <translation>Sistemas sin soporte</translation>
    </message>
    <message>
        <source>Run cost</source>
        <translation>Coste de operación</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Cartera</translation>
    </message>
    <message>
        <source>%1 millions</source>
        <translation>millones de %1</translation>
    </message>
    <message>
        <source>%1 thousands</source>
        <translation>miles de %1</translation>
    </message>
</context>
<context>
    <name>Cairn::ChartsView</name>
    <message>
        <source>&amp;Resource for demand against capacity:</source>
        <translation>&amp;Recurso para demanda frente a capacidad:</translation>
    </message>
    <message>
        <source>Copy Chart</source>
        <translation>Copiar gráfico</translation>
    </message>
    <message>
        <source>Save Chart as PNG or SVG…</source>
        <translation>Guardar gráfico como PNG o SVG…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Value %2 · cost %3 · risk %4 · confidence %5 %</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Valor %2 · coste %3 · riesgo %4 · confianza %5 %</translation>
    </message>
    <message>
        <source>The plan is still being scheduled; try again in a moment.</source>
        <translation>El plan aún se está planificando; inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Guardar gráfico</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <source>Saved the chart to %1</source>
        <translation>Gráfico guardado en %1</translation>
    </message>
</context>
<context>
    <name>Cairn::Cli</name>
    <message>
        <source>Check a plan file. Exit 0: sound; 1: the plan has problems (listed); 2: not readable or not a plan.</source>
        <translation>Comprobar un archivo de plan. Código 0: correcto; 1: el plan tiene problemas (listados); 2: ilegible o no es un plan.</translation>
    </message>
    <message>
        <source>Usage: cairn COMMAND [OPTIONS] [ARGUMENTS]</source>
        <translation>Uso: cairn ORDEN [OPCIONES] [ARGUMENTOS]</translation>
    </message>
    <message>
        <source>Cairn plans IT strategy roadmaps: business goals, the systems a business runs and the initiatives that change them, scheduled across quarters.</source>
        <translation>Cairn planifica hojas de ruta de estrategia TI: objetivos de negocio, los sistemas de la empresa y las iniciativas que los cambian, repartidos por trimestres.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Órdenes:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostrar la versión.</translation>
    </message>
    <message>
        <source>Run “cairn COMMAND --help” for a command&apos;s options.</source>
        <translation>«cairn ORDEN --help» muestra las opciones de una orden.</translation>
    </message>
    <message>
        <source>Wrong number of arguments. See “%1 --help”.</source>
        <translation>Número de argumentos incorrecto. Vea «%1 --help».</translation>
    </message>
    <message>
        <source>Where to write the sample plan.</source>
        <translation>Dónde escribir el plan de ejemplo.</translation>
    </message>
    <message>
        <source>Wrote the sample plan to %1</source>
        <translation>Plan de ejemplo escrito en %1</translation>
    </message>
    <message>
        <source>The plan file to check.</source>
        <translation>El archivo de plan que comprobar.</translation>
    </message>
    <message>
        <source>%1: “%2”, %3 to %4</source>
        <translation>%1: «%2», %3 a %4</translation>
    </message>
    <message>
        <source>  %1 goals, %2 systems, %3 initiatives, %4 resources, %5 milestones, %6 dependencies</source>
        <translation>  %1 objetivos, %2 sistemas, %3 iniciativas, %4 recursos, %5 hitos, %6 dependencias</translation>
    </message>
    <message>
        <source>  The file is in an older format (%1); saving it will upgrade it.</source>
        <translation>  El archivo tiene un formato anterior (%1); al guardarlo se actualizará.</translation>
    </message>
    <message>
        <source>error:</source>
        <translation>error:</translation>
    </message>
    <message>
        <source>warning:</source>
        <translation>aviso:</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problema encontrado.</numerusform>
            <numerusform>%n problemas encontrados.</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan is sound.</source>
        <translation>El plan es correcto.</translation>
    </message>
    <message>
        <source>The plan file to schedule.</source>
        <translation>El archivo de plan que planificar.</translation>
    </message>
    <message>
        <source>Print the schedule as JSON.</source>
        <translation>Mostrar el plan en JSON.</translation>
    </message>
    <message>
        <source>Time for improving the schedule, in milliseconds (default 300; 0: the fast pass only).</source>
        <translation>Tiempo para mejorar el plan, en milisegundos (300 por defecto; 0: solo la pasada rápida).</translation>
    </message>
    <message>
        <source>value: most valuable work first (default); makespan: shortest plan.</source>
        <translation>value: primero el trabajo más valioso (por defecto); makespan: el plan más corto.</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>Semilla aleatoria (1 por defecto).</translation>
    </message>
    <message>
        <source>--seed needs a whole number, not “%1”.</source>
        <translation>--seed necesita un número entero, no «%1».</translation>
    </message>
    <message>
        <source>--goal is “value” or “makespan”, not “%1”.</source>
        <translation>--goal es «value» o «makespan», no «%1».</translation>
    </message>
    <message>
        <source>LATE </source>
        <translation>CON RETRASO </translation>
    </message>
    <message>
        <source>Schedule of “%1” (%2 to %3)</source>
        <translation>Planificación de «%1» (%2 a %3)</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Iniciativa</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Slack</source>
        <translation>Holgura</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>No problems: every dependency, capacity, pin and deadline holds.</source>
        <translation>Sin problemas: se cumplen todas las dependencias, capacidades, fijaciones y plazos.</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problemas:</translation>
    </message>
    <message>
        <source>%1 schedules tried in %2 ms%3.</source>
        <translation>%1 planes probados en %2 ms%3.</translation>
    </message>
    <message>
        <source>; proven optimal</source>
        <translation>; óptimo demostrado</translation>
    </message>
    <message>
        <source>Cairn&apos;s workspace needs a display, and none was found (DISPLAY and WAYLAND_DISPLAY are not set). Headless, use “cairn screenshot FILE OUT.png”, or the commands in “cairn --help”.</source>
        <translation>El espacio de trabajo de Cairn necesita una pantalla y no se encontró ninguna (DISPLAY y WAYLAND_DISPLAY no están definidas). Sin pantalla, use «cairn screenshot ARCHIVO SALIDA.png» o las órdenes de «cairn --help».</translation>
    </message>
    <message>
        <source>“%1” is neither a command nor a plan file. Run “cairn --help” for the list of commands.</source>
        <translation>«%1» no es una orden ni un archivo de plan. «cairn --help» muestra las órdenes.</translation>
    </message>
    <message>
        <source>The plan to show.</source>
        <translation>El plan que mostrar.</translation>
    </message>
    <message>
        <source>Where to write the image.</source>
        <translation>Dónde escribir la imagen.</translation>
    </message>
    <message>
        <source>Window size (default 1600x1000).</source>
        <translation>Tamaño de la ventana (1600x1000 por defecto).</translation>
    </message>
    <message>
        <source>--size needs WIDTHxHEIGHT, such as 1600x1000.</source>
        <translation>--size necesita ANCHOxALTO, por ejemplo 1600x1000.</translation>
    </message>
    <message>
        <source>Unknown view “%1”; choose one of: %2.</source>
        <translation>Vista desconocida «%1»; elija una de: %2.</translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>No se puede escribir «%1».</translation>
    </message>
    <message>
        <source>Wrote the screenshot to %1</source>
        <translation>Captura de pantalla escrita en %1</translation>
    </message>
    <message>
        <source>The plan to export.</source>
        <translation>El plan que se exporta.</translation>
    </message>
    <message>
        <source>Write the roadmap as a PNG image.</source>
        <translation>Escribir la hoja de ruta como imagen PNG.</translation>
    </message>
    <message>
        <source>Write the roadmap as an SVG drawing.</source>
        <translation>Escribir la hoja de ruta como dibujo SVG.</translation>
    </message>
    <message>
        <source>Write the roadmap report as a PDF.</source>
        <translation>Escribir el informe de la hoja de ruta en PDF.</translation>
    </message>
    <message>
        <source>A4, A3, Letter or Tabloid (default A4).</source>
        <translation>A4, A3, Carta o Tabloide (por defecto A4).</translation>
    </message>
    <message>
        <source>landscape or portrait (default landscape).</source>
        <translation>landscape (horizontal) o portrait (vertical), por defecto landscape.</translation>
    </message>
    <message>
        <source>Quarters of the timeline per page (default: fit into --pages-wide).</source>
        <translation>Trimestres de la línea de tiempo por página (por defecto: ajustados a --pages-wide).</translation>
    </message>
    <message>
        <source>Write PDF/A-1b, for archiving.</source>
        <translation>Escribir PDF/A-1b, para archivar.</translation>
    </message>
    <message>
        <source>Write every chart as PNG and SVG into a folder.</source>
        <translation>Escribir cada gráfico como PNG y SVG en una carpeta.</translation>
    </message>
    <message>
        <source>Image size; the quarters are fitted to the width (default: the roadmap&apos;s natural size).</source>
        <translation>Tamaño de la imagen; los trimestres se ajustan al ancho (por defecto: el tamaño natural de la hoja de ruta).</translation>
    </message>
    <message>
        <source>Time for improving the schedule, in milliseconds (default 400).</source>
        <translation>Tiempo para mejorar la planificación, en milisegundos (por defecto 400).</translation>
    </message>
    <message>
        <source>The date of the today marker, YYYY-MM-DD (default: today).</source>
        <translation>Fecha de la marca de hoy, AAAA-MM-DD (por defecto: hoy).</translation>
    </message>
    <message>
        <source>--today needs a date such as 2027-03-31, not “%1”.</source>
        <translation>--today necesita una fecha como 2027-03-31, no «%1».</translation>
    </message>
    <message>
        <source>--page-size is A4, A3, Letter or Tabloid, not “%1”.</source>
        <translation>--page-size es A4, A3, Letter o Tabloid, no «%1».</translation>
    </message>
    <message>
        <source>--orientation is landscape or portrait, not “%1”.</source>
        <translation>--orientation es landscape o portrait, no «%1».</translation>
    </message>
    <message>
        <source>--sections needs at least one section.</source>
        <translation>--sections necesita al menos una sección.</translation>
    </message>
    <message>
        <source>--quarters-per-page needs a number from 1 to 40, not “%1”.</source>
        <translation>--quarters-per-page necesita un número de 1 a 40, no «%1».</translation>
    </message>
    <message>
        <source>--pages-wide needs a number from 1 to 20, not “%1”.</source>
        <translation>--pages-wide necesita un número de 1 a 20, no «%1».</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the roadmap report (%n page(s)) to %1</source>
        <translation>
            <numerusform>Informe de la hoja de ruta (%n página) escrito en %1</numerusform>
            <numerusform>Informe de la hoja de ruta (%n páginas) escrito en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>No se puede crear la carpeta «%1».</translation>
    </message>
    <message>
        <source>Wrote %1 chart files to %2</source>
        <translation>%1 archivos de gráficos escritos en %2</translation>
    </message>
    <message>
        <source>Wrote the roadmap image to %1</source>
        <translation>Imagen de la hoja de ruta escrita en %1</translation>
    </message>
    <message>
        <source>Wrote the roadmap drawing to %1</source>
        <translation>Dibujo de la hoja de ruta escrito en %1</translation>
    </message>
    <message>
        <source>Import CSV tables (as written by export --csv, or a spreadsheet&apos;s) into FILE, which is created if missing. Options: --apply-valid, --match name|id, --delimiter ,|;|tab. Exit 1 with the bad rows listed and FILE unchanged.</source>
        <translation>Importar tablas CSV (escritas por export --csv o por una hoja de cálculo) en ARCHIVO, que se crea si no existe. Opciones: --apply-valid, --match name|id, --delimiter ,|;|tab. Código 1 con las filas erróneas listadas y ARCHIVO sin cambios.</translation>
    </message>
    <message>
        <source>The plan to import into (created if it does not exist).</source>
        <translation>El plan en el que importar (se crea si no existe).</translation>
    </message>
    <message>
        <source>A CSV file, or a folder of them (goals.csv, initiatives.csv, ...).</source>
        <translation>Un archivo CSV o una carpeta con ellos (goals.csv, initiatives.csv, …).</translation>
    </message>
    <message>
        <source>Import the good rows even when some rows are bad.</source>
        <translation>Importar las filas correctas aunque algunas sean erróneas.</translation>
    </message>
    <message>
        <source>Update existing items with the same name (default) or the same id.</source>
        <translation>Actualizar los elementos existentes con el mismo nombre (por defecto) o el mismo id.</translation>
    </message>
    <message>
        <source>The field separator: , ; or tab (default: detected).</source>
        <translation>El separador: , ; o tab (por defecto: detectado).</translation>
    </message>
    <message>
        <source>Usage: cairn import FILE --csv DIR_OR_FILE [--apply-valid] [--match name|id] [--delimiter D]</source>
        <translation>Uso: cairn import ARCHIVO --csv CARPETA_O_ARCHIVO [--apply-valid] [--match name|id] [--delimiter S]</translation>
    </message>
    <message>
        <source>--match is name or id, not “%1”.</source>
        <translation>--match es name o id, no «%1».</translation>
    </message>
    <message>
        <source>--delimiter is , ; or tab, not “%1”.</source>
        <translation>--delimiter es , ; o tab, no «%1».</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n bad row(s); nothing was imported and “%1” is unchanged. Fix them, or use --apply-valid to import the good rows.</source>
        <translation>
            <numerusform>%n fila errónea; no se importó nada y «%1» no cambió. Corríjala o importe las filas correctas con --apply-valid.</numerusform>
            <numerusform>%n filas erróneas; no se importó nada y «%1» no cambió. Corríjalas o importe las filas correctas con --apply-valid.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bad row(s) left out.</source>
        <translation>
            <numerusform>%n fila errónea omitida.</numerusform>
            <numerusform>%n filas erróneas omitidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write one CSV per table into a folder.</source>
        <translation>Escribir un CSV por tabla en una carpeta.</translation>
    </message>
    <message>
        <source>Write the tables as an Excel workbook.</source>
        <translation>Escribir las tablas como libro de Excel.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n CSV file(s) to %1</source>
        <translation>
            <numerusform>%n archivo CSV escrito en %1</numerusform>
            <numerusform>%n archivos CSV escritos en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the Excel workbook to %1</source>
        <translation>Libro de Excel escrito en %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>nota: %1</translation>
    </message>
    <message>
        <source>Imported into %1: %2.</source>
        <translation>Importado en %1: %2.</translation>
    </message>
    <message>
        <source>Write the plan as JSON (its tables, and the schedule&apos;s figures).</source>
        <translation>Escribir el plan como JSON (sus tablas y las cifras del calendario).</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>No se puede escribir «%1»: %2</translation>
    </message>
    <message>
        <source>Wrote the plan as JSON to %1</source>
        <translation>Plan escrito como JSON en %1</translation>
    </message>
    <message>
        <source>What a system or an initiative reaches: for --system NAME the initiatives that touch it, the goals they serve and the systems that run on it, and with --eos QUARTER what would be late if its support ended then; for --initiative NAME what waits for it and its critical chain to a deadline. Options: --json.</source>
        <translation>A qué afecta un sistema o una iniciativa: para --system NAME, las iniciativas que lo afectan, los objetivos a los que sirven y los sistemas que funcionan sobre él, y con --eos QUARTER, lo que tendría retraso si su soporte terminara entonces; para --initiative NAME, lo que la espera y su cadena crítica hasta un plazo. Opciones: --json.</translation>
    </message>
    <message>
        <source>       cairn [FILE]   (opens the workspace)</source>
        <translation>       cairn [ARCHIVO]   (abre el espacio de trabajo)</translation>
    </message>
    <message>
        <source>Time for proving how close the schedule is to the best possible, in milliseconds (default 1000; 0: the scheduler&apos;s own bound only).</source>
        <translation>Tiempo para demostrar cuánto se acerca la planificación a la mejor posible, en milisegundos (por defecto 1000; 0: solo la cota propia del planificador).</translation>
    </message>
    <message>
        <source>Fit the timeline into N pages side by side (default: as many quarters a page as its width reads well).</source>
        <translation>Repartir la línea de tiempo en N páginas una junto a otra (por defecto: tantos trimestres por página como quepan legibles en su ancho).</translation>
    </message>
    <message>
        <source>The organisation&apos;s logo (PNG or SVG) on the report&apos;s cover and in its footer, in place of the plan&apos;s.</source>
        <translation>El logotipo de la organización (PNG o SVG) en la portada y en el pie del informe, en lugar del logotipo del plan.</translation>
    </message>
    <message>
        <source>A marking on every page of the report, such as “Confidential”, in place of the plan&apos;s (&quot;&quot; for none).</source>
        <translation>Una marca en todas las páginas del informe, como «Confidencial», en lugar de la del plan (&quot;&quot; para ninguna).</translation>
    </message>
    <message>
        <source>Colour bars by kind, goal, status, system, resource or tag (default kind).</source>
        <translation>Colorear las barras por tipo, objetivo, estado, sistema, recurso o etiqueta (por defecto: tipo).</translation>
    </message>
    <message>
        <source>Swimlanes by goal, system, kind, resource, status, tag or none (default goal).</source>
        <translation>Carriles por objetivo, sistema, tipo, recurso, estado, etiqueta o ninguno (por defecto: objetivo).</translation>
    </message>
    <message>
        <source>--colour-by is kind, goal, status, system, resource or tag, not “%1”.</source>
        <translation>--colour-by es kind, goal, status, system, resource o tag, no «%1».</translation>
    </message>
    <message>
        <source>--lanes is goal, system, kind, resource, status, tag or none, not “%1”.</source>
        <translation>--lanes es goal, system, kind, resource, status, tag o none, no «%1».</translation>
    </message>
    <message>
        <source>“%1” has no end of support to move; give a quarter, such as 2027 Q2.</source>
        <translation>«%1» no tiene fin de soporte que mover; indique un trimestre, como 2027 Q2.</translation>
    </message>
    <message>
        <source>--eos needs a quarter such as 2027 Q2, or a number of quarters such as -4, not “%1”.</source>
        <translation>--eos necesita un trimestre como 2027 Q2, o un número de trimestres como -4, no «%1».</translation>
    </message>
    <message>
        <source>Scheduled %1 to %2.</source>
        <translation>Planificación: de %1 a %2.</translation>
    </message>
    <message>
        <source>system</source>
        <translation>sistema</translation>
    </message>
    <message>
        <source>initiative</source>
        <translation>iniciativa</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>objetivo</translation>
    </message>
    <message>
        <source>goal, initiative or system</source>
        <translation>objetivo, iniciativa o sistema</translation>
    </message>
    <message>
        <source>No %1 is named “%2”.</source>
        <translation>No hay %1 con el nombre «%2».</translation>
    </message>
    <message>
        <source>“%1” matches more than one %2: %3. Give more of the name.</source>
        <translation>«%1» coincide con más de un elemento (%2): %3. Escriba más parte del nombre.</translation>
    </message>
    <message>
        <source>The plan file.</source>
        <translation>El archivo de plan.</translation>
    </message>
    <message>
        <source>The system to look at: the initiatives that touch it, the goals they serve, the systems that run on it.</source>
        <translation>El sistema que examinar: las iniciativas que lo afectan, los objetivos a los que sirven, los sistemas que funcionan sobre él.</translation>
    </message>
    <message>
        <source>The initiative to look at: what waits for it and its critical chain to a deadline.</source>
        <translation>La iniciativa que examinar: lo que la espera y su cadena crítica hasta un plazo.</translation>
    </message>
    <message>
        <source>With --system: re-plan as if its support ended in QUARTER (such as 2027 Q2, or -4 for a year earlier) and list what would be late. Exit 1 when something would be late, or later against its deadline, than planned.</source>
        <translation>Con --system: replanificar como si su soporte terminara en QUARTER (por ejemplo 2027 Q2, o -4 para un año antes) y listar lo que tendría retraso. Código 1 si algo terminaría con retraso, o con más retraso respecto a su plazo que lo previsto.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Mostrar el resultado en JSON.</translation>
    </message>
    <message>
        <source>Usage: cairn impact FILE --system NAME [--eos QUARTER] [--json] | --initiative NAME [--json]</source>
        <translation>Uso: cairn impact FILE --system NAME [--eos QUARTER] [--json] | --initiative NAME [--json]</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Solución: %1</translation>
    </message>
    <message>
        <source>Ignore the plan&apos;s reference schedule (the one last saved): schedule from scratch.</source>
        <translation>Ignorar la planificación de referencia del plan (la última guardada): planificar desde cero.</translation>
    </message>
    <message>
        <source>Write the presenter&apos;s slides as a 16:9 PDF, one slide a page.</source>
        <translation>Escribir las diapositivas del presentador como PDF 16:9, una diapositiva por página.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n slide(s) to %1</source>
        <translation>
            <numerusform>%n diapositiva escrita en %1</numerusform>
            <numerusform>%n diapositivas escritas en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>roadmap, charts, graph, initiatives, goals, systems, resources, milestones or presentation (default roadmap).</source>
        <translation>roadmap, charts, graph, initiatives, goals, systems, resources, milestones o presentation (por defecto roadmap).</translation>
    </message>
    <message>
        <source>Schedule the initiatives and explain each start. Options: --json, --budget-ms N, --goal value|makespan, --seed S, --scenario NAME. Exit 1 when there are problems.</source>
        <translation>Planificar las iniciativas y explicar cada inicio. Opciones: --json, --budget-ms N, --goal value|makespan, --seed S, --scenario NAME. Código 1 si hay problemas.</translation>
    </message>
    <message>
        <source>List, create, show or delete scenarios: named sets of overrides of the plan. create NAME takes --from SCENARIO, --capacity &quot;RESOURCE=-20%&quot;, --capacity &quot;RESOURCE=150000@2027 Q3&quot;, --exclude INITIATIVE, --include INITIATIVE, --pin &quot;INITIATIVE=2028 Q1&quot;, --set &quot;ITEM.FIELD=VALUE&quot; (each may repeat).</source>
        <translation>Lista, crea, muestra o elimina escenarios: conjuntos con nombre de modificaciones del plan. create NAME admite --from SCENARIO, --capacity &quot;RESOURCE=-20%&quot;, --capacity &quot;RESOURCE=150000@2027 Q3&quot;, --exclude INITIATIVE, --include INITIATIVE, --pin &quot;INITIATIVE=2028 Q1&quot;, --set &quot;ITEM.FIELD=VALUE&quot; (cada una puede repetirse).</translation>
    </message>
    <message>
        <source>Schedule two or three scenarios (“base” is the plan itself) and compare them: spend per year, Run/Grow/Transform, late work, deadlines met, systems out of support, and each initiative that moves, drops or becomes late. Options: --json, --budget-ms N.</source>
        <translation>Planifica dos o tres escenarios («base» es el propio plan) y los compara: gasto por año, Run/Grow/Transform, trabajo con retraso, plazos cumplidos, sistemas sin soporte y cada iniciativa que se mueve, se descarta o pasa a ir con retraso. Opciones: --json, --budget-ms N.</translation>
    </message>
    <message>
        <source>Schedule this scenario&apos;s plan (“base”: the plan itself).</source>
        <translation>Planificar el plan de este escenario («base»: el propio plan).</translation>
    </message>
    <message>
        <source>added</source>
        <translation>añadida</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>movida</translation>
    </message>
    <message>
        <source>Spend %1</source>
        <translation>Gasto %1</translation>
    </message>
    <message>
        <source>Spend in all</source>
        <translation>Gasto total</translation>
    </message>
    <message>
        <source>Run / Grow / Transform</source>
        <translation>Run / Grow / Transform</translation>
    </message>
    <message>
        <source>Initiatives placed</source>
        <translation>Iniciativas colocadas</translation>
    </message>
    <message>
        <source>%1 (%2 not placed)</source>
        <translation>%1 (%2 sin colocar)</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Con retraso</translation>
    </message>
    <message>
        <source>Deadlines met</source>
        <translation>Plazos cumplidos</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Systems out of support</source>
        <translation>Sistemas sin soporte</translation>
    </message>
    <message>
        <source>Last quarter of work</source>
        <translation>Último trimestre de trabajo</translation>
    </message>
    <message>
        <source>No initiative moves, drops, comes in or becomes late.</source>
        <translation>Ninguna iniciativa se mueve, se descarta, se incorpora ni pasa a ir con retraso.</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Qué ha cambiado</translation>
    </message>
    <message>
        <source>There is no scenario called “%1” (the base plan is “base”).</source>
        <translation>No hay ningún escenario llamado «%1» (el plan base es «base»).</translation>
    </message>
    <message>
        <source>Changes since the baseline “%1” (%2)</source>
        <translation>Cambios desde la línea base «%1» (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 moved (%2 later, %3 earlier, %n quarter(s) of slip), %4 added, %5 removed, %6 no longer placed; cost %7 → %8.</source>
        <translation>
            <numerusform>%1 movidas (%2 más tarde, %3 antes, %n trimestre de retraso), %4 añadidas, %5 eliminadas, %6 ya sin colocar; coste %7 → %8.</numerusform>
            <numerusform>%1 movidas (%2 más tarde, %3 antes, %n trimestres de retraso), %4 añadidas, %5 eliminadas, %6 ya sin colocar; coste %7 → %8.</numerusform>
        </translation>
    </message>
    <message>
        <source>removed</source>
        <translation>eliminada</translation>
    </message>
    <message>
        <source>not placed now</source>
        <translation>ahora sin colocar</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>coste</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Finish then</source>
        <translation>Fin entonces</translation>
    </message>
    <message>
        <source>Finish now</source>
        <translation>Fin ahora</translation>
    </message>
    <message>
        <source>Slip (quarters)</source>
        <translation>Retraso (trimestres)</translation>
    </message>
    <message>
        <source>Cost change</source>
        <translation>Cambio de coste</translation>
    </message>
    <message>
        <source>A scenario, or “base”.</source>
        <translation>Un escenario, o «base».</translation>
    </message>
    <message>
        <source>Another, compared with A.</source>
        <translation>Otro, comparado con A.</translation>
    </message>
    <message>
        <source>Print the comparison as JSON.</source>
        <translation>Mostrar la comparación en JSON.</translation>
    </message>
    <message>
        <source>Time for improving each schedule, in milliseconds (default 300; 0: the fast pass).</source>
        <translation>Tiempo para mejorar cada planificación, en milisegundos (300 por defecto; 0: la pasada rápida).</translation>
    </message>
    <message>
        <source>list, create NAME, delete NAME or variance NAME.</source>
        <translation>list, create NAME, delete NAME o variance NAME.</translation>
    </message>
    <message>
        <source>%1, frozen %2</source>
        <translation>%1, congelada el %2</translation>
    </message>
    <message>
        <source>%1, frozen %2 from the scenario “%3”</source>
        <translation>%1, congelada el %2 a partir del escenario «%3»</translation>
    </message>
    <message>
        <source>“%1” has no baselines.</source>
        <translation>«%1» no tiene líneas base.</translation>
    </message>
    <message>
        <source>There is no baseline called “%1”.</source>
        <translation>No hay ninguna línea base llamada «%1».</translation>
    </message>
    <message>
        <source>Deleted the baseline “%1”.</source>
        <translation>Línea base «%1» eliminada.</translation>
    </message>
    <message>
        <source>Froze the baseline “%1”.</source>
        <translation>Línea base «%1» congelada.</translation>
    </message>
    <message>
        <source>Comma-separated sections: cover, summary, roadmap, charts, initiatives, systems, scenarios (with --compare), baseline (with --baseline), legend (default all).</source>
        <translation>Secciones separadas por comas: cover, summary, roadmap, charts, initiatives, systems, scenarios (con --compare), baseline (con --baseline), legend (por defecto todas).</translation>
    </message>
    <message>
        <source>Unknown section “%1”; the sections are cover, summary, roadmap, charts, initiatives, systems, scenarios, baseline and legend.</source>
        <translation>Sección desconocida «%1»; las secciones son cover, summary, roadmap, charts, initiatives, systems, scenarios, baseline y legend.</translation>
    </message>
    <message>
        <source>Nothing in the plan is named “%1”.</source>
        <translation>Nada en el plan se llama «%1».</translation>
    </message>
    <message>
        <source>“%1” names more than one item (%2); give the whole name.</source>
        <translation>«%1» designa más de un elemento (%2); indique el nombre completo.</translation>
    </message>
    <message>
        <source>“%1” is not a quarter or a range of quarters (2027 Q3, 2027 Q3..2028 Q2, 2027 Q3..).</source>
        <translation>«%1» no es un trimestre ni un intervalo de trimestres (2027 Q3, 2027 Q3..2028 Q2, 2027 Q3..).</translation>
    </message>
    <message>
        <source>--capacity needs RESOURCE=AMOUNT or RESOURCE=±N%, optionally @QUARTER or @FROM..TO, not “%1”.</source>
        <translation>--capacity necesita RESOURCE=AMOUNT o RESOURCE=±N%, opcionalmente con @QUARTER o @FROM..TO, no «%1».</translation>
    </message>
    <message>
        <source>--set needs ITEM.FIELD=VALUE (duration, cost, deadline, pin, end_of_support, ...), not “%1”.</source>
        <translation>--set necesita ITEM.FIELD=VALUE (duration, cost, deadline, pin, end_of_support, ...), no «%1».</translation>
    </message>
    <message>
        <source>--pin needs INITIATIVE=QUARTER, not “%1”.</source>
        <translation>--pin necesita INITIATIVE=QUARTER, no «%1».</translation>
    </message>
    <message>
        <source>There is no scenario called “%1”.</source>
        <translation>No hay ningún escenario llamado «%1».</translation>
    </message>
    <message numerus="yes">
        <source>Created the scenario “%1” with %n override(s).</source>
        <translation>
            <numerusform>Escenario «%1» creado con %n modificación.</numerusform>
            <numerusform>Escenario «%1» creado con %n modificaciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” has no scenarios.</source>
        <translation>«%1» no tiene escenarios.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n override(s))</source>
        <translation>
            <numerusform>%1 (%n modificación)</numerusform>
            <numerusform>%1 (%n modificaciones)</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no scenario called “%1”; the plan has none.</source>
        <translation>No hay ningún escenario llamado «%1»; el plan no tiene ninguno.</translation>
    </message>
    <message>
        <source>There is no scenario called “%1”; there are %2.</source>
        <translation>No hay ningún escenario llamado «%1»; existen: %2.</translation>
    </message>
    <message>
        <source>list, create NAME, delete NAME or show NAME.</source>
        <translation>list, create NAME, delete NAME o show NAME.</translation>
    </message>
    <message>
        <source>Usage: cairn scenario FILE list | create NAME [options] | delete NAME | show NAME</source>
        <translation>Uso: cairn scenario FILE list | create NAME [opciones] | delete NAME | show NAME</translation>
    </message>
    <message>
        <source>Deleted the scenario “%1”.</source>
        <translation>Escenario «%1» eliminado.</translation>
    </message>
    <message>
        <source>“%1” is not an action of cairn scenario: list, create, delete or show.</source>
        <translation>«%1» no es una acción de cairn scenario: list, create, delete o show.</translation>
    </message>
    <message>
        <source>Show this scenario (“base”: the plan itself).</source>
        <translation>Mostrar este escenario («base»: el propio plan).</translation>
    </message>
    <message>
        <source>Show this baseline as ghosts on the roadmap.</source>
        <translation>Mostrar esta línea base como sombras en la hoja de ruta.</translation>
    </message>
    <message>
        <source>Upload a plan file as a shared plan on a PostgreSQL server; URI is postgresql:///DATABASE?host=…&amp;port=…&amp;user=…&amp;plan=NAME. Wherever a command takes a plan FILE (check, schedule, export, impact, import), such a URI works too.</source>
        <translation>Sube un archivo de plan como plan compartido a un servidor PostgreSQL; URI es postgresql:///DATABASE?host=…&amp;port=…&amp;user=…&amp;plan=NAME. Dondequiera que un comando admita un archivo de plan FILE (check, schedule, export, impact, import), también sirve una URI así.</translation>
    </message>
    <message>
        <source>server init URI: create (or check) the plans&apos; schema on a PostgreSQL server, as its administrator. server grant URI MEMBER viewer|editor|owner: make a login role a member of the plan (its owner does this); the server enforces the roles.</source>
        <translation>server init URI: crear (o comprobar) el esquema de los planes en un servidor PostgreSQL, como su administrador. server grant URI MEMBER viewer|editor|owner: hacer de un rol de inicio de sesión miembro del plan (lo hace su propietario); el servidor impone los roles.</translation>
    </message>
    <message>
        <source>The database: postgresql:///DATABASE?host=…&amp;port=…&amp;user=… (an administrator).</source>
        <translation>La base de datos: postgresql:///DATABASE?host=…&amp;port=…&amp;user=… (un administrador).</translation>
    </message>
    <message>
        <source>The plan: postgresql://…?plan=NAME.</source>
        <translation>El plan: postgresql://…?plan=NAME.</translation>
    </message>
    <message>
        <source>A login role of the server.</source>
        <translation>Un rol de inicio de sesión del servidor.</translation>
    </message>
    <message>
        <source>viewer, editor or owner.</source>
        <translation>viewer, editor u owner.</translation>
    </message>
    <message>
        <source>The role is viewer, editor or owner, not “%1”.</source>
        <translation>El rol es viewer, editor u owner, no «%1».</translation>
    </message>
    <message>
        <source>%1 is now %2 of the plan “%3”.</source>
        <translation>%1 es ahora %2 del plan «%3».</translation>
    </message>
    <message>
        <source>Usage: cairn server init URI | cairn server grant URI MEMBER viewer|editor|owner</source>
        <translation>Uso: cairn server init URI | cairn server grant URI MEMBER viewer|editor|owner</translation>
    </message>
    <message>
        <source>The plan file to publish.</source>
        <translation>El archivo de plan que publicar.</translation>
    </message>
    <message>
        <source>Where: postgresql://…?plan=NAME (a plan of that name must not exist yet).</source>
        <translation>Dónde: postgresql://…?plan=NAME (aún no debe existir un plan con ese nombre).</translation>
    </message>
    <message>
        <source>Published %1 as the plan “%2” on %3 (revision %4); you are its owner.</source>
        <translation>%1 publicado como el plan «%2» en %3 (revisión %4); usted es su propietario.</translation>
    </message>
    <message>
        <source>Imported into %1: %2 (revision %3).</source>
        <translation>Importado en %1: %2 (revisión %3).</translation>
    </message>
    <message>
        <source>conflict: %1</source>
        <translation>conflicto: %1</translation>
    </message>
    <message>
        <source>Nothing was imported into %1: someone else changed what this import changes. Import again to write over their change knowingly.</source>
        <translation>No se importó nada en %1: otra persona cambió lo que esta importación cambia. Importe de nuevo para sobrescribir su cambio a sabiendas.</translation>
    </message>
    <message>
        <source>note: their changes are kept; importing again onto them.</source>
        <translation>nota: sus cambios se conservan; se importa de nuevo sobre ellos.</translation>
    </message>
    <message>
        <source>Render the main window with the plan open, offscreen, as PNG. Options: --view roadmap|charts|graph|initiatives|goals|systems|resources|milestones, --size WxH, --scenario NAME, --baseline NAME, --theme system|light|dark|projector.</source>
        <translation>Dibuja la ventana principal con el plan abierto, sin pantalla, como PNG. Opciones: --view roadmap|charts|graph|initiatives|goals|systems|resources|milestones, --size WxH, --scenario NAME, --baseline NAME, --theme system|light|dark|projector.</translation>
    </message>
    <message>
        <source>Freeze the schedule as a named, dated baseline (--scenario S: a scenario&apos;s), list or delete baselines, or show the variance since one: baseline FILE variance NAME [--scenario S].</source>
        <translation>Congela la planificación como línea base con nombre y fecha (--scenario S: la de un escenario), lista o elimina líneas base, o muestra la desviación desde una: baseline FILE variance NAME [--scenario S].</translation>
    </message>
    <message>
        <source>create: freeze this scenario&apos;s schedule instead of the base plan&apos;s; variance: the changes of this scenario&apos;s schedule since the baseline.</source>
        <translation>create: congelar la planificación de este escenario en lugar de la del plan base; variance: los cambios en la planificación de este escenario desde la línea base.</translation>
    </message>
    <message>
        <source>Usage: cairn baseline FILE list | create NAME [--scenario S] | delete NAME | variance NAME [--scenario S]</source>
        <translation>Uso: cairn baseline FILE list | create NAME [--scenario S] | delete NAME | variance NAME [--scenario S]</translation>
    </message>
    <message>
        <source>system, light, dark or projector (default system).</source>
        <translation>system, light, dark o projector (por defecto system).</translation>
    </message>
    <message>
        <source>Unknown theme “%1”; choose one of: %2.</source>
        <translation>Tema desconocido «%1»; elija uno de: %2.</translation>
    </message>
    <message>
        <source>Write the roadmap report (PDF), the roadmap as an image, the charts, or the dependency graph, with no display needed. Options: --page-size, --orientation, --sections, --quarters-per-page, --pages-wide, --pdf-a, --logo FILE, --marking TEXT, --charts DIR, --size WxH, --colour-by, --lanes, --today, --graph OUT.png|svg, --focus NAME, --depth N, --scenario NAME, --compare A,B[,C], --baseline NAME, --workshop-record OUT.pdf|md|csv, --workshop NAME.</source>
        <translation>Escribe el informe de la hoja de ruta (PDF), la hoja de ruta como imagen, los gráficos o el grafo de dependencias, sin pantalla. Opciones: --page-size, --orientation, --sections, --quarters-per-page, --pages-wide, --pdf-a, --logo FILE, --marking TEXT, --charts DIR, --size WxH, --colour-by, --lanes, --today, --graph OUT.png|svg, --focus NAME, --depth N, --scenario NAME, --compare A,B[,C], --baseline NAME, --workshop-record OUT.pdf|md|csv, --workshop NAME.</translation>
    </message>
    <message>
        <source>Usage: cairn export FILE --pdf OUT.pdf | --slides OUT.pdf | --png OUT.png | --svg OUT.svg | --charts DIR | --csv DIR | --xlsx OUT.xlsx | --json OUT.json | --graph OUT | --workshop-record OUT [options]; see “cairn export --help”.</source>
        <translation>Uso: cairn export FILE --pdf OUT.pdf | --slides OUT.pdf | --png OUT.png | --svg OUT.svg | --charts DIR | --csv DIR | --xlsx OUT.xlsx | --json OUT.json | --graph OUT | --workshop-record OUT [opciones]; véase «cairn export --help».</translation>
    </message>
    <message>
        <source>Write a workshop&apos;s record (what changed, the decisions noted): PDF, or Markdown (.md) or CSV (.csv) by the file&apos;s suffix.</source>
        <translation>Escribir el acta de un taller (qué cambió, las decisiones anotadas): PDF, o Markdown (.md) o CSV (.csv) según la extensión del archivo.</translation>
    </message>
    <message>
        <source>The workshop of --workshop-record, by name (default: the latest).</source>
        <translation>El taller de --workshop-record, por nombre (por defecto: el más reciente).</translation>
    </message>
    <message>
        <source>The plan has no workshop called “%1”.</source>
        <translation>El plan no tiene ningún taller llamado «%1».</translation>
    </message>
    <message>
        <source>The plan has no workshop to write the record of.</source>
        <translation>El plan no tiene ningún taller del que escribir el acta.</translation>
    </message>
    <message>
        <source>Wrote the record of the workshop “%1” to %2</source>
        <translation>Acta del taller «%1» escrita en %2</translation>
    </message>
    <message>
        <source>Start from a copy of this scenario&apos;s overrides.</source>
        <translation>Partir de una copia de las modificaciones de este escenario.</translation>
    </message>
    <message>
        <source>A resource&apos;s capacity: RESOURCE=-20% (all quarters), RESOURCE=150000@2027 Q3 (one quarter), RESOURCE=+10%@2027 Q3..2028 Q2 or @2027 Q3.. (a range).</source>
        <translation>La capacidad de un recurso: RESOURCE=-20% (todos los trimestres), RESOURCE=150000@2027 Q3 (un trimestre), RESOURCE=+10%@2027 Q3..2028 Q2 o @2027 Q3.. (un intervalo).</translation>
    </message>
    <message>
        <source>Leave an initiative out.</source>
        <translation>Excluir una iniciativa.</translation>
    </message>
    <message>
        <source>Take a dropped initiative in (as proposed).</source>
        <translation>Incluir una iniciativa descartada (como propuesta).</translation>
    </message>
    <message>
        <source>Pin an initiative: INITIATIVE=2028 Q1.</source>
        <translation>Fijar una iniciativa: INITIATIVE=2028 Q1.</translation>
    </message>
    <message>
        <source>Any field of any item, by the field&apos;s key: &quot;ERP.duration=4&quot;, &quot;SQL Server 2016.end_of_support=2028 Q2&quot;, &quot;ERP.cost=-10%&quot;.</source>
        <translation>Cualquier campo de cualquier elemento, por la clave del campo: &quot;ERP.duration=4&quot;, &quot;SQL Server 2016.end_of_support=2028 Q2&quot;, &quot;ERP.cost=-10%&quot;.</translation>
    </message>
    <message>
        <source>Export this scenario&apos;s plan instead of the plan itself (“base”: the plan).</source>
        <translation>Exportar el plan de este escenario en lugar del propio plan («base»: el plan).</translation>
    </message>
    <message>
        <source>Add a “Scenarios compared” section to the PDF: two or three scenarios, comma separated (“base”: the plan itself).</source>
        <translation>Añadir al PDF una sección «Escenarios comparados»: dos o tres escenarios, separados por comas («base»: el propio plan).</translation>
    </message>
    <message>
        <source>Add a “Changes since the baseline” section to the PDF.</source>
        <translation>Añadir al PDF una sección «Cambios desde la línea base».</translation>
    </message>
    <message>
        <source>--compare compares the plan&apos;s own scenarios; give it without --scenario.</source>
        <translation>--compare compara los escenarios del propio plan; úselo sin --scenario.</translation>
    </message>
    <message>
        <source>--compare needs two or three scenarios, comma separated, not “%1”.</source>
        <translation>--compare necesita dos o tres escenarios, separados por comas, no «%1».</translation>
    </message>
    <message>
        <source>--%1 needs a number of milliseconds, not “%2”.</source>
        <translation>--%1 necesita un número de milisegundos, no «%2».</translation>
    </message>
    <message>
        <source>--%1 names the plan “%2” itself: the export would replace it. Choose another file.</source>
        <translation>--%1 indica el propio plan «%2»: la exportación lo reemplazaría. Elija otro archivo.</translation>
    </message>
    <message>
        <source>“%1” and “%2” change the same thing; give one.</source>
        <translation>«%1» y «%2» cambian lo mismo; indique solo uno.</translation>
    </message>
    <message>
        <source>Write the bundled sample plan to OUT.cairn (a new file, unless --replace).</source>
        <translation>Escribir el plan de ejemplo incluido en OUT.cairn (un archivo nuevo, salvo con --replace).</translation>
    </message>
    <message>
        <source>Write over OUT.cairn when it exists (the plan in it is lost).</source>
        <translation>Sobrescribir OUT.cairn si existe (el plan que contiene se pierde).</translation>
    </message>
    <message>
        <source>%1 exists already: the sample would replace it. Choose a new file, or add --replace.</source>
        <translation>%1 ya existe: el ejemplo lo reemplazaría. Elija un archivo nuevo o añada --replace.</translation>
    </message>
</context>
<context>
    <name>Cairn::Cli::GraphExportOptions</name>
    <message>
        <source>Write the dependency graph as PNG or SVG (by the file&apos;s suffix).</source>
        <translation>Escribir el grafo de dependencias como PNG o SVG (según la extensión del archivo).</translation>
    </message>
    <message>
        <source>With --graph: only the goal, initiative or system of this name and its neighbours.</source>
        <translation>Con --graph: solo el objetivo, la iniciativa o el sistema con este nombre y sus vecinos.</translation>
    </message>
    <message>
        <source>With --focus: how many links away from it to show (default 2).</source>
        <translation>Con --focus: hasta cuántos vínculos de distancia mostrar (por defecto 2).</translation>
    </message>
    <message>
        <source>--depth needs a number from 0 to 20, not “%1”.</source>
        <translation>--depth necesita un número de 0 a 20, no «%1».</translation>
    </message>
    <message>
        <source>--focus and --depth go with --graph OUT.</source>
        <translation>--focus y --depth se usan con --graph OUT.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the dependency graph (%n item(s)) to %1</source>
        <translation>
            <numerusform>Grafo de dependencias (%n elemento) escrito en %1</numerusform>
            <numerusform>Grafo de dependencias (%n elementos) escrito en %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cairn::Compare</name>
    <message>
        <source>left out</source>
        <translation>excluida</translation>
    </message>
    <message>
        <source>added</source>
        <translation>añadida</translation>
    </message>
    <message numerus="yes">
        <source>%n quarter(s) later</source>
        <translation>
            <numerusform>%n trimestre más tarde</numerusform>
            <numerusform>%n trimestres más tarde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarter(s) earlier</source>
        <translation>
            <numerusform>%n trimestre antes</numerusform>
            <numerusform>%n trimestres antes</numerusform>
        </translation>
    </message>
    <message>
        <source>moved</source>
        <translation>movida</translation>
    </message>
    <message>
        <source>now late</source>
        <translation>ahora con retraso</translation>
    </message>
    <message>
        <source>cost differs</source>
        <translation>coste distinto</translation>
    </message>
    <message>
        <source>not placed</source>
        <translation>sin colocar</translation>
    </message>
    <message>
        <source>%1 (late)</source>
        <translation>%1 (con retraso)</translation>
    </message>
    <message>
        <source>as planned</source>
        <translation>según lo previsto</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>eliminada</translation>
    </message>
    <message>
        <source>not placed now</source>
        <translation>ahora sin colocar</translation>
    </message>
    <message numerus="yes">
        <source>%1 moved (%2 later, %3 earlier; %n quarter(s) of slip in all), %4 added, %5 removed, %6 no longer placed. Cost: %7 then, %8 now.</source>
        <translation>
            <numerusform>%1 movidas (%2 más tarde, %3 antes; %n trimestre de retraso en total), %4 añadidas, %5 eliminadas, %6 ya sin colocar. Coste: %7 entonces, %8 ahora.</numerusform>
            <numerusform>%1 movidas (%2 más tarde, %3 antes; %n trimestres de retraso en total), %4 añadidas, %5 eliminadas, %6 ya sin colocar. Coste: %7 entonces, %8 ahora.</numerusform>
        </translation>
    </message>
    <message>
        <source>Spend %1</source>
        <translation>Gasto %1</translation>
    </message>
    <message>
        <source>Spend in all</source>
        <translation>Gasto total</translation>
    </message>
    <message>
        <source>Run / Grow / Transform</source>
        <translation>Run / Grow / Transform</translation>
    </message>
    <message>
        <source>Initiatives placed</source>
        <translation>Iniciativas colocadas</translation>
    </message>
    <message>
        <source>%1 (%2 not placed)</source>
        <translation>%1 (%2 sin colocar)</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Con retraso</translation>
    </message>
    <message>
        <source>Deadlines met</source>
        <translation>Plazos cumplidos</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Systems out of support</source>
        <translation>Sistemas sin soporte</translation>
    </message>
    <message>
        <source>Last quarter of work</source>
        <translation>Último trimestre de trabajo</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Iniciativa</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Qué ha cambiado</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Línea base</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Slip (quarters)</source>
        <translation>Retraso (trimestres)</translation>
    </message>
    <message>
        <source>Cost change</source>
        <translation>Cambio de coste</translation>
    </message>
</context>
<context>
    <name>Cairn::CompareDialog</name>
    <message>
        <source>Show the second as ghosts on the roadmap</source>
        <translation>Mostrar el segundo como sombras en la hoja de ruta</translation>
    </message>
    <message>
        <source>Compare Scenarios</source>
        <translation>Comparar escenarios</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>with</source>
        <translation>con</translation>
    </message>
    <message>
        <source>and</source>
        <translation>y</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(nada)</translation>
    </message>
    <message>
        <source>Scheduling each scenario…</source>
        <translation>Planificando cada escenario…</translation>
    </message>
    <message numerus="yes">
        <source>%n initiative(s) differ. Each scenario is scheduled on its own with the same scheduler.</source>
        <translation>
            <numerusform>%n iniciativa difiere. Cada escenario se planifica por separado con el mismo planificador.</numerusform>
            <numerusform>%n iniciativas difieren. Cada escenario se planifica por separado con el mismo planificador.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dashed: %1 · bars: %2</source>
        <translation>En discontinuo: %1 · barras: %2</translation>
    </message>
</context>
<context>
    <name>Cairn::ConflictsModel</name>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Cambiado por</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Valor de ellos</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Su valor</translation>
    </message>
</context>
<context>
    <name>Cairn::ConflictsPanel</name>
    <message>
        <source>Keep Mine</source>
        <translation>Conservar el mío</translation>
    </message>
    <message>
        <source>Take Theirs</source>
        <translation>Aceptar el de ellos</translation>
    </message>
    <message>
        <source>Write your change over theirs (one step you can undo)</source>
        <translation>Escribir su cambio sobre el de ellos (un solo paso que puede deshacer)</translation>
    </message>
    <message>
        <source>Take their change instead of yours (one step you can undo)</source>
        <translation>Aceptar el cambio de ellos en lugar del suyo (un solo paso que puede deshacer)</translation>
    </message>
</context>
<context>
    <name>Cairn::Desktop</name>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
</context>
<context>
    <name>Cairn::Document</name>
    <message>
        <source>“%1” is open in Cairn by %2 on %3 (since %4). It is open read-only; use Save As to keep your own copy.</source>
        <translation>«%1» está abierto en Cairn por %2 en %3 (desde %4). Está abierto en solo lectura; use «Guardar como» para conservar su propia copia.</translation>
    </message>
    <message>
        <source>“%1” is locked by another program. It is open read-only.</source>
        <translation>«%1» está bloqueado por otro programa. Está abierto en solo lectura.</translation>
    </message>
    <message>
        <source>“%1” is in an older file format; it will be upgraded when you save it.</source>
        <translation>«%1» tiene un formato de archivo anterior; se actualizará al guardarlo.</translation>
    </message>
    <message>
        <source>Untitled plan</source>
        <translation>Plan sin título</translation>
    </message>
    <message>
        <source>This plan is open read-only: %1</source>
        <translation>Este plan está abierto en solo lectura: %1</translation>
    </message>
    <message>
        <source>The plan has no file yet; use Save As.</source>
        <translation>El plan aún no tiene archivo; use «Guardar como».</translation>
    </message>
    <message>
        <source>“%1” is open in Cairn by %2; choose another name.</source>
        <translation>«%1» está abierto en Cairn por %2; elija otro nombre.</translation>
    </message>
    <message>
        <source>You cannot save in the folder of “%1” (%2). It is open read-only; use Save As to keep a copy.</source>
        <translation>No puede guardar en la carpeta de «%1» (%2). Está abierto en solo lectura; use «Guardar como» para conservar una copia.</translation>
    </message>
    <message>
        <source>You cannot save “%1”: %2. It is open read-only; use Save As to keep a copy.</source>
        <translation>No puede guardar «%1»: %2. Está abierto en solo lectura; use «Guardar como» para conservar una copia.</translation>
    </message>
    <message>
        <source>Use Save As to keep your version under another name.</source>
        <translation>Use «Guardar como» para conservar su versión con otro nombre.</translation>
    </message>
</context>
<context>
    <name>Cairn::Domain</name>
    <message>
        <source>Run</source>
        <translation>Mantener</translation>
    </message>
    <message>
        <source>Grow</source>
        <translation>Crecer</translation>
    </message>
    <message>
        <source>Transform</source>
        <translation>Transformar</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Descartada</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Phase-in</source>
        <translation>Implantación</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Phase-out</source>
        <translation>Retirada progresiva</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>Tolerate</source>
        <translation>Tolerar</translation>
    </message>
    <message>
        <source>Invest</source>
        <translation>Invertir</translation>
    </message>
    <message>
        <source>Migrate</source>
        <translation>Migrar</translation>
    </message>
    <message>
        <source>Eliminate</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>External partner</source>
        <translation>Socio externo</translation>
    </message>
    <message>
        <source>Upgrades</source>
        <translation>Actualiza</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Sustituye</translation>
    </message>
    <message>
        <source>Retires</source>
        <translation>Retira</translation>
    </message>
    <message>
        <source>Introduces</source>
        <translation>Introduce</translation>
    </message>
    <message>
        <source>Finish to start</source>
        <translation>Fin a inicio</translation>
    </message>
    <message>
        <source>Start to start</source>
        <translation>Inicio a inicio</translation>
    </message>
    <message>
        <source>Re-plan calmly after each change</source>
        <translation>Replanificar con calma tras cada cambio</translation>
    </message>
    <message>
        <source>Keep the schedule</source>
        <translation>Mantener la planificación</translation>
    </message>
    <message>
        <source>Plan settings</source>
        <translation>Ajustes del plan</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Recurso</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Iniciativa</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
    <message>
        <source>Set to</source>
        <translation>Establecer en</translation>
    </message>
    <message>
        <source>Change by %</source>
        <translation>Cambiar en %</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Take in</source>
        <translation>Incluir</translation>
    </message>
    <message>
        <source>At the start</source>
        <translation>Al principio</translation>
    </message>
    <message>
        <source>At the end</source>
        <translation>Al final</translation>
    </message>
    <message>
        <source>Hidden until revealed</source>
        <translation>Oculto hasta revelarse</translation>
    </message>
    <message>
        <source>Revealed</source>
        <translation>Revelado</translation>
    </message>
</context>
<context>
    <name>Cairn::Edit</name>
    <message>
        <source>Add “%1”</source>
        <translation>Añadir «%1»</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Eliminar «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n items</source>
        <translation>
            <numerusform>Eliminar %n elemento</numerusform>
            <numerusform>Eliminar %n elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlink goal</source>
        <translation>Desvincular objetivo</translation>
    </message>
    <message>
        <source>Link goal</source>
        <translation>Vincular objetivo</translation>
    </message>
    <message>
        <source>Unlink system</source>
        <translation>Desvincular sistema</translation>
    </message>
    <message>
        <source>Link system</source>
        <translation>Vincular sistema</translation>
    </message>
    <message>
        <source>Remove dependency</source>
        <translation>Quitar dependencia</translation>
    </message>
    <message>
        <source>Set dependency</source>
        <translation>Establecer dependencia</translation>
    </message>
    <message>
        <source>Change plan settings</source>
        <translation>Cambiar la configuración del plan</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Editar «%1»</translation>
    </message>
    <message>
        <source>That item no longer exists.</source>
        <translation>Ese elemento ya no existe.</translation>
    </message>
    <message>
        <source>“%1” cannot be its own parent goal.</source>
        <translation>«%1» no puede ser su propio objetivo superior.</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n item(s)</source>
        <translation>
            <numerusform>Duplicar %n elemento</numerusform>
            <numerusform>Duplicar %n elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>The dependency refers to an initiative that does not exist.</source>
        <translation>La dependencia remite a una iniciativa que no existe.</translation>
    </message>
    <message>
        <source>An initiative cannot depend on itself.</source>
        <translation>Una iniciativa no puede depender de sí misma.</translation>
    </message>
    <message>
        <source>This dependency would close a cycle: %1. Nothing was changed.</source>
        <translation>Esta dependencia cerraría un ciclo: %1. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The scenario %1 is shown: an import changes the base plan, not a scenario. Show the base plan to import.</source>
        <translation>Se muestra el escenario %1: una importación cambia el plan base, no un escenario. Muestre el plan base para importar.</translation>
    </message>
    <message>
        <source>The scenario %1 is shown: it can change items, not add, delete or link them. Show the base plan to do that.</source>
        <translation>Se muestra el escenario %1: en él se pueden cambiar elementos, pero no añadirlos, eliminarlos ni vincularlos. Muestre el plan base para hacerlo.</translation>
    </message>
    <message>
        <source>Change %1 in the scenario %2</source>
        <translation>Cambiar %1 en el escenario %2</translation>
    </message>
    <message>
        <source>Links belong to the base plan; show it to change them.</source>
        <translation>Los vínculos pertenecen al plan base; muéstrelo para cambiarlos.</translation>
    </message>
    <message>
        <source>Change the settings in the scenario %1</source>
        <translation>Cambiar los ajustes en el escenario %1</translation>
    </message>
    <message>
        <source>Duplicate scenario %1</source>
        <translation>Duplicar escenario %1</translation>
    </message>
    <message>
        <source>New scenario %1</source>
        <translation>Nuevo escenario %1</translation>
    </message>
    <message>
        <source>Rename scenario to %1</source>
        <translation>Renombrar escenario como %1</translation>
    </message>
    <message>
        <source>Delete scenario %1</source>
        <translation>Eliminar escenario %1</translation>
    </message>
    <message>
        <source>Adopt scenario %1 into the base plan</source>
        <translation>Adoptar escenario %1 en el plan base</translation>
    </message>
    <message>
        <source>That scenario no longer exists.</source>
        <translation>Ese escenario ya no existe.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <source>Change %1 in scenario %2</source>
        <translation>Cambiar %1 en el escenario %2</translation>
    </message>
    <message>
        <source>Freeze baseline %1</source>
        <translation>Congelar línea base %1</translation>
    </message>
    <message>
        <source>Delete baseline %1</source>
        <translation>Eliminar línea base %1</translation>
    </message>
    <message>
        <source>the link from %1 to %2</source>
        <translation>el vínculo de %1 a %2</translation>
    </message>
    <message>
        <source>the plan&apos;s settings: %1</source>
        <translation>los ajustes del plan: %1</translation>
    </message>
    <message>
        <source>%1 (changed since: undo removes it)</source>
        <translation>%1 (cambiado desde entonces: deshacer lo elimina)</translation>
    </message>
    <message>
        <source>This would close a circle: %1. Nothing was changed.</source>
        <translation>Esto cerraría un círculo: %1. No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>Cairn::Field</name>
    <message>
        <source>Plan settings</source>
        <translation>Ajustes del plan</translation>
    </message>
    <message>
        <source>Plan name</source>
        <translation>Nombre del plan</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Fiscal year starts in month</source>
        <translation>El ejercicio empieza en el mes</translation>
    </message>
    <message>
        <source>First quarter</source>
        <translation>Primer trimestre</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horizonte</translation>
    </message>
    <message>
        <source> quarters</source>
        <translation> trimestres</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Trimestre objetivo</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Forma parte de</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Sistemas</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>Criticidad</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Estado técnico</translation>
    </message>
    <message>
        <source>Run cost / year</source>
        <translation>Coste de operación / año</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Ciclo de vida</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>TIME</translation>
    </message>
    <message>
        <source>End of support</source>
        <translation>Fin de soporte</translation>
    </message>
    <message>
        <source>Runs on</source>
        <translation>Funciona sobre</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Recurso</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Capacity / quarter</source>
        <translation>Capacidad / trimestre</translation>
    </message>
    <message>
        <source>Capacity per quarter</source>
        <translation>Capacidad por trimestre</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Iniciativas</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Iniciativa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
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
        <translation>Coste</translation>
    </message>
    <message>
        <source>Demand per quarter</source>
        <translation>Demanda por trimestre</translation>
    </message>
    <message>
        <source>Earliest start</source>
        <translation>Inicio más temprano</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Pinned to</source>
        <translation>Fijada en</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Confidence %</source>
        <translation>Confianza %</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Goal contributions</source>
        <translation>Contribuciones a objetivos</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribución</translation>
    </message>
    <message>
        <source>System impacts</source>
        <translation>Efectos en sistemas</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Efecto</translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation>Dependencias</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Depende de</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Desfase</translation>
    </message>
    <message>
        <source>“%1” is not an amount of money.</source>
        <translation>«%1» no es un importe.</translation>
    </message>
    <message>
        <source>“%1” is not a number of FTE.</source>
        <translation>«%1» no es un número de ETC.</translation>
    </message>
    <message>
        <source>there is nothing called “%1” to refer to.</source>
        <translation>no hay nada llamado «%1» a lo que referirse.</translation>
    </message>
    <message>
        <source>more than one item is called “%1”.</source>
        <translation>más de un elemento se llama «%1».</translation>
    </message>
    <message>
        <source>empty; it is needed.</source>
        <translation>vacío; este valor es necesario.</translation>
    </message>
    <message>
        <source>“%1” is not a quarter (write 2027 Q3, Q3 2027, 2027-Q3 or a date such as 2027-08-15).</source>
        <translation>«%1» no es un trimestre (escriba 2027 Q3, Q3 2027, 2027-Q3 o una fecha como 2027-08-15).</translation>
    </message>
    <message>
        <source>“%1” is not one of %2.</source>
        <translation>«%1» no es uno de %2.</translation>
    </message>
    <message>
        <source>“%1” is not a currency code such as EUR.</source>
        <translation>«%1» no es un código de moneda como EUR.</translation>
    </message>
    <message>
        <source>this column cannot be read.</source>
        <translation>esta columna no se puede leer.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number from %2 to %3.</source>
        <translation>«%1» no es un número entero de %2 a %3.</translation>
    </message>
    <message>
        <source>%1 is not from %2 to %3.</source>
        <translation>%1 no está entre %2 y %3.</translation>
    </message>
    <message>
        <source>%1 is less than 0.</source>
        <translation>%1 es menor que 0.</translation>
    </message>
    <message>
        <source>%1 is more than Cairn can add up.</source>
        <translation>%1 es más de lo que Cairn puede sumar.</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <source>Marking on every page</source>
        <translation>Marca en todas las páginas</translation>
    </message>
    <message>
        <source>it is not a PNG or SVG picture (written as a data: URL).</source>
        <translation>no es una imagen PNG ni SVG (escrita como URL data:).</translation>
    </message>
    <message>
        <source>the picture is larger than 1 MB; a logo needs far less.</source>
        <translation>la imagen ocupa más de 1 MB; un logotipo necesita mucho menos.</translation>
    </message>
    <message>
        <source>it is not a PNG or SVG picture.</source>
        <translation>no es una imagen PNG ni SVG.</translation>
    </message>
    <message>
        <source>PNG picture, %1</source>
        <translation>Imagen PNG, %1</translation>
    </message>
    <message>
        <source>SVG picture, %1</source>
        <translation>Imagen SVG, %1</translation>
    </message>
    <message>
        <source>After a change</source>
        <translation>Tras un cambio</translation>
    </message>
    <message>
        <source>Reference schedule</source>
        <translation>Planificación de referencia</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Escenarios</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <source>Scenario overrides</source>
        <translation>Modificaciones del escenario</translation>
    </message>
    <message>
        <source>Kind of item</source>
        <translation>Tipo de elemento</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Baselines</source>
        <translation>Líneas base</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Línea base</translation>
    </message>
    <message>
        <source>Frozen on</source>
        <translation>Congelada el</translation>
    </message>
    <message>
        <source>Baseline schedule</source>
        <translation>Planificación de la línea base</translation>
    </message>
    <message>
        <source>Initiative id</source>
        <translation>N.º de iniciativa</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Dots per participant</source>
        <translation>Puntos por participante</translation>
    </message>
    <message>
        <source>Vote totals</source>
        <translation>Totales de votos</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Talleres</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Workshop initiatives</source>
        <translation>Iniciativas del taller</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>Anotada</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votos</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Efforts set by hand</source>
        <translation>Esfuerzos fijados a mano</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Esfuerzo</translation>
    </message>
    <message>
        <source>%1 characters long; one line holds at most %2.</source>
        <translation>%1 caracteres; una línea admite como máximo %2.</translation>
    </message>
</context>
<context>
    <name>Cairn::Graph</name>
    <message>
        <source>late</source>
        <translation>con retraso</translation>
    </message>
    <message>
        <source>%1 supports %2 (contribution %3 of 5)</source>
        <translation>%1 apoya %2 (contribución %3 de 5)</translation>
    </message>
    <message>
        <source>%1 is part of %2</source>
        <translation>%1 forma parte de %2</translation>
    </message>
    <message>
        <source>%2 starts after %1 starts</source>
        <translation>%2 empieza después de que empiece %1</translation>
    </message>
    <message>
        <source>%2 starts after %1 finishes</source>
        <translation>%2 empieza después de que termine %1</translation>
    </message>
    <message numerus="yes">
        <source>%1, with a lag of %n quarter(s)</source>
        <translation>
            <numerusform>%1, con un desfase de %n trimestre</numerusform>
            <numerusform>%1, con un desfase de %n trimestres</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 upgrades %2</source>
        <translation>%1 actualiza %2</translation>
    </message>
    <message>
        <source>%1 replaces %2</source>
        <translation>%1 sustituye %2</translation>
    </message>
    <message>
        <source>%1 retires %2</source>
        <translation>%1 retira %2</translation>
    </message>
    <message>
        <source>%1 introduces %2</source>
        <translation>%1 introduce %2</translation>
    </message>
    <message>
        <source>%1 runs on %2</source>
        <translation>%1 funciona sobre %2</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>para %1</translation>
    </message>
    <message>
        <source>support ends %1</source>
        <translation>el soporte termina en %1</translation>
    </message>
    <message>
        <source>support ended %1</source>
        <translation>el soporte terminó en %1</translation>
    </message>
    <message>
        <source>%1%2 q</source>
        <translation>%1%2 T</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminada</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>descartada</translation>
    </message>
    <message>
        <source>scheduling…</source>
        <translation>planificando…</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>sin planificar</translation>
    </message>
    <message>
        <source>Dependency graph</source>
        <translation>Grafo de dependencias</translation>
    </message>
    <message>
        <source>%1: dependency graph</source>
        <translation>%1: grafo de dependencias</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>Nada que mostrar.</translation>
    </message>
    <message numerus="yes">
        <source>Around “%1”, %n link(s) deep</source>
        <translation>
            <numerusform>En torno a «%1», hasta %n vínculo de distancia</numerusform>
            <numerusform>En torno a «%1», hasta %n vínculos de distancia</numerusform>
        </translation>
    </message>
    <message>
        <source>Goals, initiatives and systems</source>
        <translation>Objetivos, iniciativas y sistemas</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>para %1</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>sobre %1</translation>
    </message>
    <message>
        <source>kinds: %1</source>
        <translation>tipos: %1</translation>
    </message>
    <message>
        <source>tagged %1</source>
        <translation>con la etiqueta %1</translation>
    </message>
    <message>
        <source>done and dropped left out</source>
        <translation>sin las terminadas ni las descartadas</translation>
    </message>
    <message>
        <source>The graph could not be laid out: %1</source>
        <translation>No se pudo distribuir el grafo: %1</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Initiative, in its main goal&apos;s colour</source>
        <translation>Iniciativa, con el color de su objetivo principal</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Con retraso</translation>
    </message>
    <message>
        <source>Support ends within the plan</source>
        <translation>El soporte termina dentro del plan</translation>
    </message>
    <message>
        <source>Supports (thicker: stronger)</source>
        <translation>Apoya (más grueso: más fuerte)</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Forma parte de</translation>
    </message>
    <message>
        <source>Finish to start</source>
        <translation>Fin a inicio</translation>
    </message>
    <message>
        <source>Start to start</source>
        <translation>Inicio a inicio</translation>
    </message>
    <message>
        <source>Upgrades</source>
        <translation>Actualiza</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Sustituye</translation>
    </message>
    <message>
        <source>Retires</source>
        <translation>Retira</translation>
    </message>
    <message>
        <source>Introduces</source>
        <translation>Introduce</translation>
    </message>
    <message>
        <source>Runs on</source>
        <translation>Funciona sobre</translation>
    </message>
</context>
<context>
    <name>Cairn::GraphPage</name>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Objetivo:</translation>
    </message>
    <message>
        <source>S&amp;ystem:</source>
        <translation>Si&amp;stema:</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Etiqueta:</translation>
    </message>
    <message>
        <source>Show %1 initiatives</source>
        <translation>Mostrar las iniciativas %1</translation>
    </message>
    <message>
        <source>Done and dropped</source>
        <translation>Terminadas y descartadas</translation>
    </message>
    <message>
        <source>Show initiatives that are done or dropped</source>
        <translation>Mostrar las iniciativas terminadas o descartadas</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>&amp;Colour by:</source>
        <translation>&amp;Color según:</translation>
    </message>
    <message>
        <source>Name of an item</source>
        <translation>Nombre de un elemento</translation>
    </message>
    <message>
        <source>Type a goal, initiative or system and press Enter: the graph focuses on it (any part of the name will do)</source>
        <translation>Escriba un objetivo, una iniciativa o un sistema y pulse Intro: el grafo se centra en él (basta con cualquier parte del nombre)</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>Bu&amp;scar:</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Centrar</translation>
    </message>
    <message>
        <source>Show only the selected item and its neighbours (double-click an item to focus on it)</source>
        <translation>Mostrar solo el elemento seleccionado y sus vecinos (haga doble clic en un elemento para centrarse en él)</translation>
    </message>
    <message>
        <source>How many links away from the focused item to show</source>
        <translation>Hasta cuántos vínculos de distancia del elemento centrado mostrar</translation>
    </message>
    <message>
        <source>&amp;Depth:</source>
        <translation>&amp;Profundidad:</translation>
    </message>
    <message>
        <source>Lay Out Everything</source>
        <translation>Distribuir todo</translation>
    </message>
    <message>
        <source>Lay out every item of this large plan (in the background; it may take a minute)</source>
        <translation>Distribuir todos los elementos de este plan grande (en segundo plano; puede tardar un minuto)</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Alejar (−)</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Acercar (+)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Fit the graph to the window (0)</source>
        <translation>Ajustar el grafo a la ventana (0)</translation>
    </message>
    <message>
        <source>Export Image…</source>
        <translation>Exportar imagen…</translation>
    </message>
    <message>
        <source>Save the graph as shown (whole or focused) as PNG or SVG</source>
        <translation>Guardar el grafo tal como se ve (completo o centrado) como PNG o SVG</translation>
    </message>
    <message>
        <source>All goals</source>
        <translation>Todos los objetivos</translation>
    </message>
    <message>
        <source>All systems</source>
        <translation>Todos los sistemas</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Todas las etiquetas</translation>
    </message>
    <message numerus="yes">
        <source>%n items have “%1” in their name: choose one from the list.</source>
        <translation>
            <numerusform>%n elemento tiene «%1» en su nombre: elíjalo en la lista.</numerusform>
            <numerusform>%n elementos tienen «%1» en su nombre: elija uno en la lista.</numerusform>
        </translation>
    </message>
    <message>
        <source>No goal, initiative or system has “%1” in its name.</source>
        <translation>Ningún objetivo, iniciativa ni sistema tiene «%1» en su nombre.</translation>
    </message>
    <message>
        <source>The graph is still being laid out; try again in a moment.</source>
        <translation>El grafo aún se está distribuyendo; inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>Dependency graph</source>
        <translation>Grafo de dependencias</translation>
    </message>
    <message>
        <source>%1 graph</source>
        <translation>Grafo de %1</translation>
    </message>
    <message>
        <source>Export Graph Image</source>
        <translation>Exportar imagen del grafo</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <source>Exported the graph to %1</source>
        <translation>Grafo exportado a %1</translation>
    </message>
</context>
<context>
    <name>Cairn::GraphView</name>
    <message numerus="yes">
        <source>%n item(s): too many to read at once. Focus on one, or filter.</source>
        <translation>
            <numerusform>%n elemento: demasiados para leerlos a la vez. Céntrese en uno o filtre.</numerusform>
            <numerusform>%n elementos: demasiados para leerlos a la vez. Céntrese en uno o filtre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Laying out %n item(s)…</source>
        <translation>
            <numerusform>Distribuyendo %n elemento…</numerusform>
            <numerusform>Distribuyendo %n elementos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), %1 links; laid out in %2 ms</source>
        <translation>
            <numerusform>%n elemento, %1 vínculos; distribuido en %2 ms</numerusform>
            <numerusform>%n elementos, %1 vínculos; distribuidos en %2 ms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n goals, initiatives and systems are too many to read at once.
Find one by name (or select it in another view) and focus on it, or filter by goal, system, tag or kind.
(Laying everything out may take a minute.)</source>
        <translation>
            <numerusform>%n objetivos, iniciativas y sistemas son demasiados para leerlos a la vez.
Busque uno por su nombre (o selecciónelo en otra vista) y céntrese en él, o filtre por objetivo, sistema, etiqueta o tipo.
(Distribuirlo todo puede tardar un minuto.)</numerusform>
            <numerusform>%n objetivos, iniciativas y sistemas son demasiados para leerlos a la vez.
Busque uno por su nombre (o selecciónelo en otra vista) y céntrese en él, o filtre por objetivo, sistema, etiqueta o tipo.
(Distribuirlo todo puede tardar un minuto.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Laying out the graph…</source>
        <translation>Distribuyendo el grafo…</translation>
    </message>
    <message>
        <source>The focused item is hidden by the filters.</source>
        <translation>Los filtros ocultan el elemento centrado.</translation>
    </message>
    <message>
        <source>Nothing to show: no goal, initiative or system passes the filters.</source>
        <translation>Nada que mostrar: ningún objetivo, iniciativa ni sistema pasa los filtros.</translation>
    </message>
    <message>
        <source>Laying out…</source>
        <translation>Distribuyendo…</translation>
    </message>
</context>
<context>
    <name>Cairn::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About Cairn</source>
        <translation>A&amp;cerca de Cairn</translation>
    </message>
    <message>
        <source>About Cairn</source>
        <translation>Acerca de Cairn</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cairn %1&lt;/b&gt;&lt;p&gt;IT strategy roadmaps: goals, systems and initiatives scheduled across quarters within budget and capacity, meeting end-of-support deadlines.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Cairn %1&lt;/b&gt;&lt;p&gt;Hojas de ruta de estrategia de TI: objetivos, sistemas e iniciativas planificados por trimestres dentro del presupuesto y la capacidad, cumpliendo los plazos de fin de soporte.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Cairn::HelpWindow</name>
    <message>
        <source>Cairn User Guide</source>
        <translation>Guía del usuario de Cairn</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Buscar en la guía</translation>
    </message>
    <message>
        <source>No page mentions %1.</source>
        <translation>Ninguna página menciona %1.</translation>
    </message>
</context>
<context>
    <name>Cairn::HistoryView</name>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;abierto&gt;</translation>
    </message>
</context>
<context>
    <name>Cairn::Impact</name>
    <message>
        <source>None.</source>
        <translation>No hay.</translation>
    </message>
    <message>
        <source>Impact of the system %1</source>
        <translation>Impacto del sistema %1</translation>
    </message>
    <message>
        <source>End of support: %1.</source>
        <translation>Fin de soporte: %1.</translation>
    </message>
    <message>
        <source>No end of support set.</source>
        <translation>Sin fin de soporte definido.</translation>
    </message>
    <message>
        <source>Initiatives that touch it</source>
        <translation>Iniciativas que lo afectan</translation>
    </message>
    <message>
        <source>%1 %2 it.</source>
        <translation>%1 lo %2.</translation>
    </message>
    <message>
        <source>Goals they serve</source>
        <translation>Objetivos a los que sirven</translation>
    </message>
    <message>
        <source>%1 (contribution %2 of 5), through %3.</source>
        <translation>%1 (contribución %2 de 5), a través de %3.</translation>
    </message>
    <message>
        <source>Systems that run on it</source>
        <translation>Sistemas que funcionan sobre él</translation>
    </message>
    <message>
        <source>%1 runs on it.</source>
        <translation>%1 funciona sobre él.</translation>
    </message>
    <message>
        <source>%1 runs on %2.</source>
        <translation>%1 funciona sobre %2.</translation>
    </message>
    <message>
        <source>Initiatives on those systems</source>
        <translation>Iniciativas sobre esos sistemas</translation>
    </message>
    <message>
        <source>%1 %2 %3.</source>
        <translation>%1 %2 %3.</translation>
    </message>
    <message>
        <source>Impact of the initiative %1</source>
        <translation>Impacto de la iniciativa %1</translation>
    </message>
    <message>
        <source>It is done or dropped: nothing waits for it.</source>
        <translation>Está terminada o descartada: nada la espera.</translation>
    </message>
    <message>
        <source>Waits for it</source>
        <translation>La esperan</translation>
    </message>
    <message>
        <source>%1 waits for it (%2).</source>
        <translation>%1 la espera (%2).</translation>
    </message>
    <message>
        <source>%1 waits for %2 (%3).</source>
        <translation>%1 espera a %2 (%3).</translation>
    </message>
    <message>
        <source>Goals a delay would reach</source>
        <translation>Objetivos a los que afectaría un retraso</translation>
    </message>
    <message>
        <source>Critical chain to a deadline</source>
        <translation>Cadena crítica hasta un plazo</translation>
    </message>
    <message>
        <source>The dependencies run in a circle: %1. No chain can be worked out.</source>
        <translation>Las dependencias forman un círculo: %1. No se puede calcular ninguna cadena.</translation>
    </message>
    <message>
        <source>No deadline lies ahead of it.</source>
        <translation>No tiene ningún plazo por delante.</translation>
    </message>
    <message>
        <source>%1 must finish by %2.</source>
        <translation>%1 debe terminar como tarde en %2.</translation>
    </message>
    <message>
        <source>Latest start of %1 for that, capacity aside: %2.</source>
        <translation>Inicio más tardío de %1 para ello, sin contar la capacidad: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Scheduled to start in %1: %n quarter(s) to spare.</source>
        <translation>
            <numerusform>Inicio planificado en %1: %n trimestre de margen.</numerusform>
            <numerusform>Inicio planificado en %1: %n trimestres de margen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scheduled to start in %1: %n quarter(s) too late.</source>
        <translation>
            <numerusform>Inicio planificado en %1: %n trimestre demasiado tarde.</numerusform>
            <numerusform>Inicio planificado en %1: %n trimestres demasiado tarde.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is late: it finishes in %2.</source>
        <translation>%1 va con retraso: termina en %2.</translation>
    </message>
    <message>
        <source>If the support of %1 ended in %2 instead of %3</source>
        <translation>Si el soporte de %1 terminara en %2 en lugar de %3</translation>
    </message>
    <message>
        <source>If the support of %1 ended in %2</source>
        <translation>Si el soporte de %1 terminara en %2</translation>
    </message>
    <message>
        <source>Nothing would be late, or later, that is not as planned.</source>
        <translation>Nada tendría retraso, ni más retraso del ya previsto.</translation>
    </message>
    <message numerus="yes">
        <source>%n initiative(s) would be late, or later against a deadline, than planned.</source>
        <translation>
            <numerusform>%n iniciativa terminaría con retraso, o con más retraso respecto a su plazo que lo previsto.</numerusform>
            <numerusform>%n iniciativas terminarían con retraso, o con más retraso respecto a su plazo que lo previsto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Would be late</source>
        <translation>Terminarían con retraso</translation>
    </message>
    <message numerus="yes">
        <source>%1 finishes in %2, %n quarter(s) after its deadline %3</source>
        <translation>
            <numerusform>%1 termina en %2, %n trimestre después de su plazo %3</numerusform>
            <numerusform>%1 termina en %2, %n trimestres después de su plazo %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (as planned %n quarter(s) late).</source>
        <translation>
            <numerusform>%1 (en el plan actual, %n trimestre de retraso).</numerusform>
            <numerusform>%1 (en el plan actual, %n trimestres de retraso).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (on time as planned: %2).</source>
        <translation>%1 (a tiempo en el plan actual: %2).</translation>
    </message>
    <message numerus="yes">
        <source>%n more initiative(s) late as planned, by as much.</source>
        <translation>
            <numerusform>%n iniciativa más con el mismo retraso que en el plan actual.</numerusform>
            <numerusform>%n iniciativas más con el mismo retraso que en el plan actual.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing would be late.</source>
        <translation>Nada tendría retraso.</translation>
    </message>
    <message>
        <source>Would start in another quarter</source>
        <translation>Empezarían en otro trimestre</translation>
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
        <translation>sin planificar</translation>
    </message>
    <message>
        <source>upgrades</source>
        <translation>actualiza</translation>
    </message>
    <message>
        <source>replaces</source>
        <translation>sustituye</translation>
    </message>
    <message>
        <source>retires</source>
        <translation>retira</translation>
    </message>
    <message>
        <source>introduces</source>
        <translation>introduce</translation>
    </message>
    <message>
        <source>start-to-start</source>
        <translation>inicio a inicio</translation>
    </message>
    <message>
        <source>finish-to-start</source>
        <translation>fin a inicio</translation>
    </message>
    <message numerus="yes">
        <source>%1, lag %n quarter(s)</source>
        <translation>
            <numerusform>%1, desfase de %n trimestre</numerusform>
            <numerusform>%1, desfase de %n trimestres</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, the end of support of %2</source>
        <translation>%1, el fin de soporte de %2</translation>
    </message>
</context>
<context>
    <name>Cairn::ImpactPanel</name>
    <message>
        <source>Re-plan</source>
        <translation>Replanificar</translation>
    </message>
    <message>
        <source>Schedule a copy of the plan in which the system&apos;s support ends in the quarter chosen, and list what would be late</source>
        <translation>Planificar una copia del plan en la que el soporte del sistema termina en el trimestre elegido, y mostrar lo que tendría retraso</translation>
    </message>
    <message>
        <source>What if its support ended in</source>
        <translation>Si su soporte terminara en</translation>
    </message>
    <message>
        <source>The plan changed: re-plan to see the what-if again.</source>
        <translation>El plan ha cambiado: replanifique para volver a ver la simulación.</translation>
    </message>
    <message>
        <source>Re-planning…</source>
        <translation>Replanificando…</translation>
    </message>
    <message>
        <source>The goal “%1”</source>
        <translation>El objetivo «%1»</translation>
    </message>
    <message>
        <source>Weight %1 of 5.</source>
        <translation>Peso %1 de 5.</translation>
    </message>
    <message>
        <source>Target: %1.</source>
        <translation>Trimestre objetivo: %1.</translation>
    </message>
    <message>
        <source>Initiatives that serve it</source>
        <translation>Iniciativas que lo sirven</translation>
    </message>
    <message>
        <source>“%1” (contribution %2 of 5)</source>
        <translation>«%1» (contribución %2 de 5)</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Aún no hay.</translation>
    </message>
    <message>
        <source>Sub-goals</source>
        <translation>Subobjetivos</translation>
    </message>
    <message>
        <source>Select a goal, an initiative or a system to see what it reaches: for a system the initiatives that touch it, the goals they serve and the systems that run on it; for an initiative what waits for it and its critical chain to a deadline.</source>
        <translation>Seleccione un objetivo, una iniciativa o un sistema para ver a qué afecta: para un sistema, las iniciativas que lo afectan, los objetivos a los que sirven y los sistemas que funcionan sobre él; para una iniciativa, lo que la espera y su cadena crítica hasta un plazo.</translation>
    </message>
</context>
<context>
    <name>Cairn::ImportWizard</name>
    <message>
        <source>Import CSV</source>
        <translation>Importar CSV</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>Choose CSV files: one per table (initiatives.csv, goals.csv, …, as Cairn exports them), or a spreadsheet&apos;s own export.</source>
        <translation>Elija archivos CSV: uno por tabla (initiatives.csv, goals.csv, … como los exporta Cairn) o la exportación de una hoja de cálculo.</translation>
    </message>
    <message>
        <source>Add &amp;Files…</source>
        <translation>Añadir &amp;archivos…</translation>
    </message>
    <message>
        <source>Add F&amp;older…</source>
        <translation>Añadir &amp;carpeta…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt *.tsv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import a Folder of CSV Files</source>
        <translation>Importar una carpeta de archivos CSV</translation>
    </message>
    <message>
        <source>Rows update the item with the same &amp;name; other rows add new items</source>
        <translation>Las filas actualizan el elemento con el mismo &amp;nombre; las demás añaden nuevos</translation>
    </message>
    <message>
        <source>Rows update the item with the same &amp;id; other rows add new items</source>
        <translation>Las filas actualizan el elemento con el mismo &amp;id; las demás añaden nuevos</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Check what each file holds and which of its columns fills which field.</source>
        <translation>Compruebe qué contiene cada archivo y qué columna llena cada campo.</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Detectado</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Coma (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Punto y coma (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>&amp;Holds:</source>
        <translation>&amp;Contiene:</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Separador:</translation>
    </message>
    <message>
        <source>First rows:</source>
        <translation>Primeras filas:</translation>
    </message>
    <message>
        <source>Fields:</source>
        <translation>Campos:</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Nothing has changed yet. Every bad row is listed here; the import is one step you can undo.</source>
        <translation>Aún no ha cambiado nada. Cada fila errónea aparece aquí; la importación es un solo paso que puede deshacer.</translation>
    </message>
    <message>
        <source>Import the good rows and leave the bad ones out</source>
        <translation>Importar las filas correctas y omitir las erróneas</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>table not recognised: choose it on the next page</source>
        <translation>tabla no reconocida: elíjala en la página siguiente</translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation>Codificación: %1</translation>
    </message>
    <message>
        <source>separator: %1</source>
        <translation>separador: %1</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(no está en el archivo)</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>Leyendo los archivos…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Aviso: %1</translation>
    </message>
    <message>
        <source>Cancelled. Nothing has changed.</source>
        <translation>Cancelado. No ha cambiado nada.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>%1. Nothing is wrong; Import applies them.</source>
        <translation>%1. Todo está bien; «Importar» los aplica.</translation>
    </message>
    <message>
        <source>%1. The problems are listed below. Nothing is imported unless you choose to leave the bad rows out.</source>
        <translation>%1. Los problemas se enumeran abajo. No se importa nada salvo que elija dejar fuera las filas erróneas.</translation>
    </message>
</context>
<context>
    <name>Cairn::Inspector</name>
    <message>
        <source>Nothing selected</source>
        <translation>Nada seleccionado</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planificación</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Vínculos</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Depende de</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Desfase</translation>
    </message>
    <message>
        <source> q</source>
        <translation> T</translation>
    </message>
    <message>
        <source>Lag in quarters</source>
        <translation>Desfase en trimestres</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Supports goal</source>
        <translation>Apoya el objetivo</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribución</translation>
    </message>
    <message>
        <source>Affects system</source>
        <translation>Afecta al sistema</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Efecto</translation>
    </message>
    <message>
        <source>Capacity per quarter</source>
        <translation>Capacidad por trimestre</translation>
    </message>
    <message>
        <source>Change a quarter&apos;s figure to override the usual capacity.</source>
        <translation>Cambie el valor de un trimestre para sustituir la capacidad habitual.</translation>
    </message>
    <message>
        <source>“%1” is not an amount of money.</source>
        <translation>«%1» no es un importe.</translation>
    </message>
    <message>
        <source>“%1” is not a number of FTE.</source>
        <translation>«%1» no es un número de ETC.</translation>
    </message>
    <message>
        <source>Not scheduled yet.</source>
        <translation>Aún sin planificar.</translation>
    </message>
    <message>
        <source>%1 – %2. %3%4</source>
        <translation>%1 – %2. %3%4</translation>
    </message>
    <message>
        <source>Deadline %1%2.</source>
        <translation>Plazo %1%2.</translation>
    </message>
    <message>
        <source> (missed)</source>
        <translation> (incumplida)</translation>
    </message>
    <message>
        <source>FTE</source>
        <translation>ETC</translation>
    </message>
    <message>
        <source>Select a bar on the roadmap or a row in a table to see it here and edit it: its fields, why it is scheduled when it is, what it depends on and what it serves.</source>
        <translation>Seleccione una barra de la hoja de ruta o una fila de una tabla para verla aquí y editarla: sus campos, por qué está planificada cuando lo está, de qué depende y a qué contribuye.</translation>
    </message>
</context>
<context>
    <name>Cairn::Interchange</name>
    <message>
        <source>The file is not UTF-8; it was read as Windows-1252. Check letters such as ä, é and ñ.</source>
        <translation>El archivo no está en UTF-8; se leyó como Windows-1252. Revise letras como ä, é y ñ.</translation>
    </message>
    <message>
        <source>Line %1: the quoted field that starts there is never closed.</source>
        <translation>Línea %1: el campo entre comillas que empieza allí nunca se cierra.</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>No se puede crear la carpeta «%1».</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>No se puede escribir «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot write “%1”: the folder does not exist.</source>
        <translation>No se puede escribir «%1»: la carpeta no existe.</translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>No se puede escribir «%1».</translation>
    </message>
    <message>
        <source>, line %1</source>
        <translation>, línea %1</translation>
    </message>
    <message>
        <source>, column “%1”</source>
        <translation>, columna «%1»</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>No se puede abrir «%1»: %2</translation>
    </message>
    <message>
        <source> [… cut: %1 characters in all; see the CSV export]</source>
        <translation> [… recortado: %1 caracteres en total; véase la exportación CSV]</translation>
    </message>
    <message>
        <source>Sheet “%1”, row %2, column “%3”: the text has %4 characters, more than an Excel cell holds (%5); it was cut there and marked. The CSV export keeps all of it.</source>
        <translation>Hoja «%1», fila %2, columna «%3»: el texto tiene %4 caracteres, más de los que caben en una celda de Excel (%5); se recortó ahí y se marcó. La exportación CSV lo conserva entero.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): </source>
        <translation>
            <numerusform>%n fila: </numerusform>
            <numerusform>%n filas: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged, %4 links and amounts, %5 settings, %6 bad</source>
        <translation>%1 añadidos, %2 modificados, %3 sin cambios, %4 vínculos y cantidades, %5 ajustes, %6 erróneos</translation>
    </message>
    <message>
        <source>there is no goal called “%1”.</source>
        <translation>no hay ningún objetivo llamado «%1».</translation>
    </message>
    <message>
        <source>there is no system called “%1”.</source>
        <translation>no hay ningún sistema llamado «%1».</translation>
    </message>
    <message>
        <source>there is no resource called “%1”.</source>
        <translation>no hay ningún recurso llamado «%1».</translation>
    </message>
    <message>
        <source>there is no initiative called “%1”.</source>
        <translation>no hay ninguna iniciativa llamada «%1».</translation>
    </message>
    <message>
        <source>the table “%1” needs the columns %2; they are not there, so nothing of it was read.</source>
        <translation>la tabla «%1» necesita las columnas %2; no están, así que no se leyó nada de ella.</translation>
    </message>
    <message>
        <source>%1: the columns %2 are worked out by Cairn from the schedule; they were not imported.</source>
        <translation>%1: las columnas %2 las calcula Cairn a partir del calendario; no se importaron.</translation>
    </message>
    <message>
        <source>%1: the column “%2” was not imported: the table “%3” has no such field. Rename it to one of %4 to import it.</source>
        <translation>%1: la columna «%2» no se importó: la tabla «%3» no tiene ese campo. Renómbrela como uno de %4 para importarla.</translation>
    </message>
    <message>
        <source>“%1” is not a plan setting.</source>
        <translation>«%1» no es un ajuste del plan.</translation>
    </message>
    <message>
        <source>“%1” is not an id.</source>
        <translation>«%1» no es un id.</translation>
    </message>
    <message>
        <source>more than one item is called “%1”; import by id instead.</source>
        <translation>varios elementos se llaman «%1»; importe por id.</translation>
    </message>
    <message>
        <source>empty; it is needed.</source>
        <translation>vacío; este valor es necesario.</translation>
    </message>
    <message>
        <source>more than one item is called “%1”.</source>
        <translation>más de un elemento se llama «%1».</translation>
    </message>
    <message>
        <source>an initiative cannot depend on itself.</source>
        <translation>una iniciativa no puede depender de sí misma.</translation>
    </message>
    <message>
        <source>this dependency would close a cycle: %1.</source>
        <translation>esta dependencia cerraría un ciclo: %1.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>«%1» no existe.</translation>
    </message>
    <message>
        <source>There are no CSV files to import.</source>
        <translation>No hay archivos CSV que importar.</translation>
    </message>
    <message>
        <source>“%1”: cannot tell which table this is. Name it like initiatives.csv, or give it the columns of one (see the export).</source>
        <translation>«%1»: no se sabe qué tabla es. Nómbrelo como initiatives.csv o dele las columnas de una (véase la exportación).</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>JSON no válido en el byte %1: %2</translation>
    </message>
    <message>
        <source>the document must be a JSON object</source>
        <translation>el documento debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>Scheduled start</source>
        <translation>Inicio planificado</translation>
    </message>
    <message>
        <source>Scheduled finish</source>
        <translation>Fin planificado</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Con retraso</translation>
    </message>
    <message>
        <source>Slack (quarters)</source>
        <translation>Holgura (trimestres)</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>there is no milestone called “%1”.</source>
        <translation>no hay ningún hito llamado «%1».</translation>
    </message>
    <message>
        <source>there is no scenario called “%1”.</source>
        <translation>no hay ningún escenario llamado «%1».</translation>
    </message>
    <message>
        <source>there is no baseline called “%1”.</source>
        <translation>no hay ninguna línea base llamada «%1».</translation>
    </message>
    <message>
        <source>there is no workshop called “%1”.</source>
        <translation>no hay ningún taller llamado «%1».</translation>
    </message>
    <message>
        <source>the row has %1 cells, the header %2: “%3” belongs to no column. A value holding the separator (a decimal comma, say) needs quotes.</source>
        <translation>la fila tiene %1 celdas y el encabezado %2: «%3» no pertenece a ninguna columna. Un valor que contiene el separador (una coma decimal, por ejemplo) necesita comillas.</translation>
    </message>
    <message>
        <source>“%1” refers to itself here.</source>
        <translation>«%1» se refiere aquí a sí mismo.</translation>
    </message>
    <message>
        <source>this would close a circle: %1.</source>
        <translation>esto cerraría un círculo: %1.</translation>
    </message>
</context>
<context>
    <name>Cairn::Logo</name>
    <message>
        <source>the picture is damaged or empty; it cannot be drawn.</source>
        <translation>la imagen está dañada o vacía; no se puede dibujar.</translation>
    </message>
    <message>
        <source>Cannot read the logo “%1”: %2</source>
        <translation>No se puede leer el logotipo «%1»: %2</translation>
    </message>
    <message>
        <source>The logo “%1” cannot be used: %2</source>
        <translation>No se puede usar el logotipo «%1»: %2</translation>
    </message>
</context>
<context>
    <name>Cairn::LogoEditor</name>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>A PNG or SVG picture of at most 1 MB, for the report&apos;s cover and the foot of its pages</source>
        <translation>Una imagen PNG o SVG de 1 MB como máximo, para la portada del informe y el pie de sus páginas</translation>
    </message>
    <message>
        <source>Choose a Logo</source>
        <translation>Elegir un logotipo</translation>
    </message>
    <message>
        <source>Pictures (*.png *.svg);;All files (*)</source>
        <translation>Imágenes (*.png *.svg);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
</context>
<context>
    <name>Cairn::MainWindow</name>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>&amp;New Plan</source>
        <translation>&amp;Nuevo plan</translation>
    </message>
    <message>
        <source>New from &amp;Sample</source>
        <translation>Nuevo desde el &amp;ejemplo</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>&amp;Export Roadmap PDF…</source>
        <translation>&amp;Exportar hoja de ruta en PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Save changes?</source>
        <translation>¿Guardar los cambios?</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them before closing?</source>
        <translation>«%1» tiene cambios sin guardar. ¿Guardarlos antes de cerrar?</translation>
    </message>
    <message>
        <source>Cairn plans (*.cairn)</source>
        <translation>Planes de Cairn (*.cairn)</translation>
    </message>
    <message>
        <source>Save Plan</source>
        <translation>Guardar plan</translation>
    </message>
    <message>
        <source>Open Plan</source>
        <translation>Abrir plan</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>La exportación falló</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Deshacer: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rehacer: %1</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>%1 initiatives · %2 systems · %3 goals · planned spend %4 · %5 – %6</source>
        <translation>%1 iniciativas · %2 sistemas · %3 objetivos · gasto previsto %4 · %5 – %6</translation>
    </message>
    <message>
        <source>Scheduling…</source>
        <translation>Planificando…</translation>
    </message>
    <message>
        <source>Schedule up to date</source>
        <translation>Planificación al día</translation>
    </message>
    <message>
        <source>Improving schedule…</source>
        <translation>Mejorando el plan…</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problema</numerusform>
            <numerusform>%n problemas</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s) and %1 link(s) to them? You can undo this.</source>
        <translation>
            <numerusform>¿Eliminar %n elemento y %1 vínculo(s) con él? Puede deshacerlo.</numerusform>
            <numerusform>¿Eliminar %n elementos y %1 vínculo(s) con ellos? Puede deshacerlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>Nuevo plan</translation>
    </message>
    <message>
        <source>IT budget</source>
        <translation>Presupuesto de TI</translation>
    </message>
    <message>
        <source>IT team</source>
        <translation>Equipo de TI</translation>
    </message>
    <message>
        <source>Cannot open plan</source>
        <translation>No se puede abrir el plan</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>No se puede guardar</translation>
    </message>
    <message>
        <source>an untitled plan</source>
        <translation>un plan sin título</translation>
    </message>
    <message>
        <source>Recover unsaved changes?</source>
        <translation>¿Recuperar los cambios sin guardar?</translation>
    </message>
    <message>
        <source>Cairn closed unexpectedly while %1 had unsaved changes. They were saved automatically at %2. Restore them? (Your file is not changed until you save.)</source>
        <translation>Cairn se cerró inesperadamente mientras %1 tenía cambios sin guardar. Se guardaron automáticamente el %2. ¿Restaurarlos? (Su archivo no cambia hasta que guarde.)</translation>
    </message>
    <message>
        <source>Recovered changes from %1 — save to keep them.</source>
        <translation>Cambios recuperados del %1: guarde para conservarlos.</translation>
    </message>
    <message>
        <source>Export Roadmap PDF</source>
        <translation>Exportar hoja de ruta en PDF</translation>
    </message>
    <message>
        <source>The plan is still being scheduled; try again in a moment.</source>
        <translation>El plan aún se está planificando; inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importar CSV…</translation>
    </message>
    <message>
        <source>Export Tables as &amp;CSV…</source>
        <translation>Exportar tablas como &amp;CSV…</translation>
    </message>
    <message>
        <source>Export Tables to E&amp;xcel…</source>
        <translation>Exportar tablas a E&amp;xcel…</translation>
    </message>
    <message numerus="yes">
        <source>Import %n row(s)</source>
        <translation>
            <numerusform>Importar %n fila</numerusform>
            <numerusform>Importar %n filas</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Tables to Excel</source>
        <translation>Exportar tablas a Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export Tables as CSV into a Folder</source>
        <translation>Exportar tablas como CSV a una carpeta</translation>
    </message>
    <message>
        <source>Exported the tables to %1</source>
        <translation>Tablas exportadas a %1</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>Importado: %1.</translation>
    </message>
    <message>
        <source>Exported, with warnings</source>
        <translation>Exportado, con advertencias</translation>
    </message>
    <message>
        <source>Plan Se&amp;ttings…</source>
        <translation>A&amp;justes del plan…</translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation>No se puede recuperar</translation>
    </message>
    <message>
        <source>This is Cairn&apos;s sample plan: Brightwater Outdoor, a retailer that does not exist. Explore it and change anything; its problems (systems out of support) are part of the example. Save it under a name of your own to keep it; File &gt; New Plan starts your own.</source>
        <translation>Este es el plan de ejemplo de Cairn: Brightwater Outdoor, un comercio minorista que no existe. Explórelo y cambie lo que quiera; sus problemas (sistemas sin soporte) forman parte del ejemplo. Guárdelo con un nombre propio para conservarlo; Archivo &gt; Nuevo plan empieza uno suyo.</translation>
    </message>
    <message>
        <source>Started from the template %1: replace its names, dates and amounts with your own, then save.</source>
        <translation>Creado a partir de la plantilla %1: sustituya sus nombres, fechas e importes por los suyos y guarde.</translation>
    </message>
    <message>
        <source>Undo over a newer change?</source>
        <translation>¿Deshacer sobre un cambio más reciente?</translation>
    </message>
    <message>
        <source>Since your step (%1), someone else changed:
%2

Undo puts back what was there before your step and writes over their change. Undo anyway?</source>
        <translation>Desde su paso (%1), otra persona ha cambiado:
%2

Deshacer restaura lo que había antes de su paso y sobrescribe su cambio. ¿Deshacer de todos modos?</translation>
    </message>
</context>
<context>
    <name>Cairn::Models</name>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Deadline %1</source>
        <translation>Plazo %1</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Late: %1</source>
        <translation>Con retraso: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not one of the choices.</source>
        <translation>ninguna de las opciones.</translation>
    </message>
    <message>
        <source>a value is needed.</source>
        <translation>hace falta un valor.</translation>
    </message>
</context>
<context>
    <name>Cairn::MovesLabel</name>
    <message>
        <source>Moved by the last change (click to select one):
%1</source>
        <translation>Movidas por el último cambio (haga clic para seleccionar una):
%1</translation>
    </message>
</context>
<context>
    <name>Cairn::PlanFile</name>
    <message>
        <source>the plan&apos;s settings are missing</source>
        <translation>faltan los ajustes del plan</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2.</source>
        <translation>No se puede abrir «%1»: %2.</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>it is a folder, not a plan file</source>
        <translation>es una carpeta, no un archivo de plan</translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation>el archivo no se puede leer (%1)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>it is not a Cairn plan file</source>
        <translation>no es un archivo de plan de Cairn</translation>
    </message>
    <message>
        <source>the file is cut short (%1 bytes); it may be an incomplete copy</source>
        <translation>el archivo está truncado (%1 bytes); puede ser una copia incompleta</translation>
    </message>
    <message>
        <source>its header is damaged</source>
        <translation>su cabecera está dañada</translation>
    </message>
    <message>
        <source>the file is cut short (%1 of %2 bytes); it may be an incomplete copy</source>
        <translation>el archivo está truncado (%1 de %2 bytes); puede ser una copia incompleta</translation>
    </message>
    <message>
        <source>the file cannot be opened (%1)</source>
        <translation>el archivo no se puede abrir (%1)</translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation>el archivo está dañado (%1)</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>el archivo está dañado</translation>
    </message>
    <message>
        <source>it is an SQLite database, but not a Cairn plan</source>
        <translation>es una base de datos SQLite, pero no un plan de Cairn</translation>
    </message>
    <message>
        <source>it has no plan schema version</source>
        <translation>no tiene versión de esquema de plan</translation>
    </message>
    <message>
        <source>it was written by a newer version of Cairn (file format %1; this version reads up to %2)</source>
        <translation>lo escribió una versión más reciente de Cairn (formato %1; esta versión lee hasta el %2)</translation>
    </message>
    <message>
        <source>no temporary copy could be made</source>
        <translation>no se pudo hacer una copia temporal</translation>
    </message>
    <message>
        <source>the copy could not be opened</source>
        <translation>no se pudo abrir la copia</translation>
    </message>
    <message>
        <source>it could not be upgraded from format %1 (%2)</source>
        <translation>no se pudo actualizar desde el formato %1 (%2)</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Cairn. It is open read-only; use Save As to keep a copy in this version&apos;s format.</source>
        <translation>«%1» lo escribió una versión más reciente de Cairn. Está abierto en solo lectura; use «Guardar como» para conservar una copia en el formato de esta versión.</translation>
    </message>
    <message>
        <source>Cannot save “%1”: %2.</source>
        <translation>No se puede guardar «%1»: %2.</translation>
    </message>
    <message>
        <source>the plan&apos;s links are inconsistent (%1)</source>
        <translation>los vínculos del plan son incoherentes (%1)</translation>
    </message>
    <message>
        <source>the written file did not pass its integrity check</source>
        <translation>el archivo escrito no superó la comprobación de integridad</translation>
    </message>
    <message>
        <source>“%1” is not a quarter</source>
        <translation>«%1» no es un trimestre</translation>
    </message>
    <message>
        <source>“%1” is not a known value</source>
        <translation>«%1» no es un valor conocido</translation>
    </message>
    <message>
        <source>“%1” is not an id</source>
        <translation>«%1» no es un identificador</translation>
    </message>
    <message>
        <source>“%1” is not a whole number</source>
        <translation>«%1» no es un número entero</translation>
    </message>
    <message>
        <source>%1 #%2 %3, %4: %5</source>
        <translation>%1 n.º %2 %3, %4: %5</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>the disk reported an error while writing (%1)</source>
        <translation>el disco notificó un error al escribir (%1)</translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation>no es un archivo</translation>
    </message>
    <message>
        <source>the file is read-only (its permissions allow no writing)</source>
        <translation>el archivo es de solo lectura (sus permisos no permiten escribir)</translation>
    </message>
    <message>
        <source>you may not write to the file (%1)</source>
        <translation>no tiene permiso para escribir en el archivo (%1)</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>la carpeta no existe</translation>
    </message>
    <message>
        <source>another program changed or replaced the file since it was read, and saving would overwrite those changes</source>
        <translation>otro programa cambió o sustituyó el archivo después de leerlo, y guardar sobrescribiría esos cambios</translation>
    </message>
    <message>
        <source>the new file could not be flushed to disk (%1)</source>
        <translation>el nuevo archivo no se pudo escribir en el disco (%1)</translation>
    </message>
    <message>
        <source>%1 #%2, %3: %4</source>
        <translation>%1 n.º %2, %3: %4</translation>
    </message>
    <message>
        <source>%1 (%2 #%3): %4</source>
        <translation>%1 (%2 n.º %3): %4</translation>
    </message>
    <message>
        <source>unknown column “%1”</source>
        <translation>columna desconocida «%1»</translation>
    </message>
    <message>
        <source>the column “%1” is missing</source>
        <translation>falta la columna «%1»</translation>
    </message>
    <message>
        <source>line %1 has %2 values where the first line names %3</source>
        <translation>la línea %1 tiene %2 valores donde la primera línea nombra %3</translation>
    </message>
    <message>
        <source>line %1: “%2” is not a position</source>
        <translation>línea %1: «%2» no es una posición</translation>
    </message>
</context>
<context>
    <name>Cairn::PlanLock</name>
    <message>
        <source>“%1” cannot be locked for writing: %2 (in %3).</source>
        <translation>No se puede bloquear «%1» para escribir: %2 (en %3).</translation>
    </message>
    <message>
        <source>“%1” is being written by another program; try again in a moment.</source>
        <translation>Otro programa está escribiendo «%1»; inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>“%1” is open in Cairn by %2 on %3 (process %4, since %5); close it there first.</source>
        <translation>«%1» está abierto en Cairn por %2 en %3 (proceso %4, desde %5); ciérrelo allí primero.</translation>
    </message>
</context>
<context>
    <name>Cairn::PlanSettingsDialog</name>
    <message>
        <source>Plan Settings</source>
        <translation>Ajustes del plan</translation>
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
        <translation>Plan: «%1» no es un código de moneda como EUR o USD.</translation>
    </message>
    <message>
        <source>The plan has no name.</source>
        <translation>El plan no tiene nombre.</translation>
    </message>
    <message>
        <source>Goal %1</source>
        <translation>Objetivo %1</translation>
    </message>
    <message>
        <source>Goal #%1 has no name.</source>
        <translation>El objetivo n.º %1 no tiene nombre.</translation>
    </message>
    <message>
        <source>%1 has a parent goal #%2 that does not exist.</source>
        <translation>%1 tiene un objetivo superior n.º %2 que no existe.</translation>
    </message>
    <message>
        <source>System %1</source>
        <translation>Sistema %1</translation>
    </message>
    <message>
        <source>System #%1 has no name.</source>
        <translation>El sistema n.º %1 no tiene nombre.</translation>
    </message>
    <message>
        <source>%1 depends on system #%2, which does not exist.</source>
        <translation>%1 depende del sistema n.º %2, que no existe.</translation>
    </message>
    <message>
        <source>Resource %1</source>
        <translation>Recurso %1</translation>
    </message>
    <message>
        <source>Resource #%1 has no name.</source>
        <translation>El recurso n.º %1 no tiene nombre.</translation>
    </message>
    <message>
        <source>Initiative %1</source>
        <translation>Iniciativa %1</translation>
    </message>
    <message>
        <source>Initiative #%1 has no name.</source>
        <translation>La iniciativa n.º %1 no tiene nombre.</translation>
    </message>
    <message>
        <source>%1 needs resource #%2, which does not exist.</source>
        <translation>%1 necesita el recurso n.º %2, que no existe.</translation>
    </message>
    <message>
        <source>%1 takes %2 quarters but may only run from %3 to %4.</source>
        <translation>%1 dura %2 trimestres pero solo puede ejecutarse de %3 a %4.</translation>
    </message>
    <message>
        <source>%1 is pinned to start in %2, before its earliest start %3.</source>
        <translation>%1 está fijado para empezar en %2, antes de su inicio más temprano %3.</translation>
    </message>
    <message>
        <source>%1 is pinned to start in %2 and so finishes after its deadline %3.</source>
        <translation>%1 está fijado para empezar en %2 y termina por tanto después de su plazo %3.</translation>
    </message>
    <message>
        <source>%1 is pinned to %2, outside the plan&apos;s quarters %3 to %4.</source>
        <translation>%1 está fijado en %2, fuera de los trimestres del plan (%3 a %4).</translation>
    </message>
    <message>
        <source>%1 cannot start before %2, after the plan&apos;s last quarter %3.</source>
        <translation>%1 no puede empezar antes de %2, después del último trimestre del plan (%3).</translation>
    </message>
    <message>
        <source>A goal link refers to initiative #%1 or goal #%2, which does not exist.</source>
        <translation>Un vínculo de objetivo remite a la iniciativa n.º %1 o al objetivo n.º %2, que no existe.</translation>
    </message>
    <message>
        <source>The link from %1 to goal %2</source>
        <translation>El vínculo de %1 con el objetivo %2</translation>
    </message>
    <message>
        <source>A system link refers to initiative #%1 or system #%2, which does not exist.</source>
        <translation>Un vínculo de sistema remite a la iniciativa n.º %1 o al sistema n.º %2, que no existe.</translation>
    </message>
    <message>
        <source>A dependency refers to initiative #%1 or #%2, which does not exist.</source>
        <translation>Una dependencia remite a la iniciativa n.º %1 o n.º %2, que no existe.</translation>
    </message>
    <message>
        <source>The dependency of %1 on %2</source>
        <translation>La dependencia de %1 respecto de %2</translation>
    </message>
    <message>
        <source>%1 depends on %2 more than once.</source>
        <translation>%1 depende más de una vez de %2.</translation>
    </message>
    <message>
        <source>Dependency cycle: %1. None of these initiatives can start before the others finish; remove one of the dependencies.</source>
        <translation>Ciclo de dependencias: %1. Ninguna de estas iniciativas puede empezar antes de que terminen las otras; elimine una de las dependencias.</translation>
    </message>
    <message>
        <source>Systems depend on each other in a circle: %1.</source>
        <translation>Hay sistemas que dependen unos de otros en círculo: %1.</translation>
    </message>
    <message>
        <source>Goals are each other&apos;s parents: %1.</source>
        <translation>Hay objetivos que son superiores unos de otros: %1.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>%1, demand on %2</source>
        <translation>%1, demanda de %2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Caught in the same circle of dependencies: %1.</source>
        <translation>Atrapadas en el mismo círculo de dependencias: %1.</translation>
    </message>
</context>
<context>
    <name>Cairn::PreferencesDialog</name>
    <message>
        <source>&amp;Reduce motion: no bars gliding on the roadmap, no animated or fading menus, lists and tooltips</source>
        <translation>&amp;Reducir el movimiento: sin barras que se deslizan en la hoja de ruta ni menús, listas o descripciones emergentes animados o con fundido</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Como el sistema (%1)</translation>
    </message>
    <message>
        <source>The language changes the next time Cairn starts.</source>
        <translation>El idioma cambia la próxima vez que se inicie Cairn.</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Projector: high contrast, larger type</source>
        <translation>Proyector: alto contraste, letra más grande</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Unsaved changes are copied aside this often, and offered back after a crash. Your file changes only when you save.</source>
        <translation>Los cambios sin guardar se copian aparte con esta frecuencia y se ofrecen de nuevo tras un cierre inesperado. Su archivo solo cambia cuando usted guarda.</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Tabloid</source>
        <translation>Tabloide</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>&amp;Autosave every:</source>
        <translation>&amp;Guardado automático cada:</translation>
    </message>
    <message>
        <source>PDF &amp;page size:</source>
        <translation>Tamaño de &amp;página PDF:</translation>
    </message>
</context>
<context>
    <name>Cairn::PresenceMark</name>
    <message numerus="yes">
        <source>%1 is also editing this goal.</source>
        <translation>
            <numerusform>%1 también está editando este objetivo.</numerusform>
            <numerusform>%1 también están editando este objetivo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is also editing this initiative.</source>
        <translation>
            <numerusform>%1 también está editando esta iniciativa.</numerusform>
            <numerusform>%1 también están editando esta iniciativa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is also editing this milestone.</source>
        <translation>
            <numerusform>%1 también está editando este hito.</numerusform>
            <numerusform>%1 también están editando este hito.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is also editing this resource.</source>
        <translation>
            <numerusform>%1 también está editando este recurso.</numerusform>
            <numerusform>%1 también están editando este recurso.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is also editing this system.</source>
        <translation>
            <numerusform>%1 también está editando este sistema.</numerusform>
            <numerusform>%1 también están editando este sistema.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cairn::PresentationView</name>
    <message>
        <source>Cairn — Presentation</source>
        <translation>Cairn — Presentación</translation>
    </message>
</context>
<context>
    <name>Cairn::ProblemsPanel</name>
    <message>
        <source>No problems: every dependency, capacity, pin and deadline holds.</source>
        <translation>Sin problemas: se cumplen todas las dependencias, capacidades, fijaciones y plazos.</translation>
    </message>
    <message>
        <source>Fixes…</source>
        <translation>Soluciones…</translation>
    </message>
    <message>
        <source>Find the smallest changes that fix the selected problem</source>
        <translation>Buscar los cambios más pequeños que resuelven el problema seleccionado</translation>
    </message>
    <message>
        <source>No change found that fixes it</source>
        <translation>No se encontró ningún cambio que lo resuelva</translation>
    </message>
    <message>
        <source>Apply: %1</source>
        <translation>Aplicar: %1</translation>
    </message>
</context>
<context>
    <name>Cairn::Replan</name>
    <message>
        <source>Re-plan Now</source>
        <translation>Replanificar ahora</translation>
    </message>
    <message>
        <source>Nothing would move: the schedule shown is the best Cairn finds.</source>
        <translation>Nada se movería: la planificación mostrada es la mejor que Cairn encuentra.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-planning moves %n initiative(s):</source>
        <translation>
            <numerusform>Replanificar mueve %n iniciativa:</numerusform>
            <numerusform>Replanificar mueve %n iniciativas:</numerusform>
        </translation>
    </message>
    <message>
        <source>Move them? (Undo puts them back.)</source>
        <translation>¿Moverlas? (Deshacer las devuelve a su sitio.)</translation>
    </message>
    <message>
        <source>Move them in the scenario %1? The base plan does not change; this cannot be undone.</source>
        <translation>¿Moverlas en el escenario %1? El plan base no cambia; esto no se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>Cairn::Report</name>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (continuación)</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Hoja de ruta</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>IT roadmap</source>
        <translation>Hoja de ruta de TI</translation>
    </message>
    <message>
        <source>IT strategy roadmap, %1 – %2</source>
        <translation>Hoja de ruta de la estrategia de TI, %1 – %2</translation>
    </message>
    <message>
        <source>business goals</source>
        <translation>objetivos de negocio</translation>
    </message>
    <message>
        <source>initiatives scheduled</source>
        <translation>iniciativas planificadas</translation>
    </message>
    <message>
        <source>planned spend</source>
        <translation>gasto previsto</translation>
    </message>
    <message>
        <source>systems in the landscape</source>
        <translation>sistemas en el parque</translation>
    </message>
    <message>
        <source>deadlines at risk</source>
        <translation>plazos en riesgo</translation>
    </message>
    <message>
        <source>Prepared by %1</source>
        <translation>Preparado por %1</translation>
    </message>
    <message>
        <source>Made with Cairn</source>
        <translation>Hecho con Cairn</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Resumen ejecutivo</translation>
    </message>
    <message>
        <source>The plan schedules %1 initiatives from %2 to %3 for a planned spend of %4. %5 % of it keeps the lights on (Run), %6 % grows the business (Grow) and %7 % transforms it (Transform).</source>
        <translation>El plan programa %1 iniciativas de %2 a %3 con un gasto previsto de %4. El %5 % mantiene la operación (Run), el %6 % hace crecer el negocio (Grow) y el %7 % lo transforma (Transform).</translation>
    </message>
    <message>
        <source>Goals and the initiatives that serve them</source>
        <translation>Los objetivos y las iniciativas que los sirven</translation>
    </message>
    <message>
        <source>no initiatives yet</source>
        <translation>aún sin iniciativas</translation>
    </message>
    <message numerus="yes">
        <source>%n initiative(s)</source>
        <translation>
            <numerusform>%n iniciativa</numerusform>
            <numerusform>%n iniciativas</numerusform>
        </translation>
    </message>
    <message>
        <source>Spend by year</source>
        <translation>Gasto por año</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Key risks</source>
        <translation>Riesgos clave</translation>
    </message>
    <message>
        <source>%1 is out of vendor support from %2 and stays so to the end of the plan.</source>
        <translation>%1 queda sin soporte del fabricante desde %2 y sigue así hasta el final del plan.</translation>
    </message>
    <message>
        <source>%1 is out of vendor support from %2 to %3, until the work on it is done.</source>
        <translation>%1 queda sin soporte del fabricante de %2 a %3, hasta que termine el trabajo sobre él.</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 de %3)</translation>
    </message>
    <message>
        <source>%1 is overloaded in %2.</source>
        <translation>%1 está sobrecargado en %2.</translation>
    </message>
    <message>
        <source>No key risks: every system stays in vendor support, every deadline is met and no quarter is overloaded.</source>
        <translation>Sin riesgos clave: todos los sistemas mantienen el soporte del fabricante, se cumplen todos los plazos y ningún trimestre está sobrecargado.</translation>
    </message>
    <message>
        <source>Roadmap %1 – %2</source>
        <translation>Hoja de ruta %1 – %2</translation>
    </message>
    <message>
        <source>part %1 of %2 across</source>
        <translation>parte %1 de %2 a lo ancho</translation>
    </message>
    <message>
        <source>lanes %1 of %2</source>
        <translation>carriles %1 de %2</translation>
    </message>
    <message>
        <source>Capacity %1 – %2</source>
        <translation>Capacidad %1 – %2</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Charts (continued)</source>
        <translation>Gráficos (continuación)</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Iniciativas</translation>
    </message>
    <message>
        <source>not placed</source>
        <translation>sin colocar</translation>
    </message>
    <message>
        <source>Late. </source>
        <translation>Con retraso. </translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Iniciativa</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>Trimestres</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Sistemas</translation>
    </message>
    <message>
        <source>Why then</source>
        <translation>Por qué entonces</translation>
    </message>
    <message>
        <source>Systems and their lifecycle</source>
        <translation>Los sistemas y su ciclo de vida</translation>
    </message>
    <message>
        <source>%1 — %2, done %3</source>
        <translation>%1 — %2, terminada %3</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>No end of support known</source>
        <translation>Sin fin de soporte conocido</translation>
    </message>
    <message>
        <source>Out of support, not addressed</source>
        <translation>Sin soporte, sin tratar</translation>
    </message>
    <message>
        <source>Out of support to the end of the plan</source>
        <translation>Sin soporte hasta el final del plan</translation>
    </message>
    <message numerus="yes">
        <source>Out of support for %n quarter(s)</source>
        <translation>
            <numerusform>Sin soporte durante %n trimestre</numerusform>
            <numerusform>Sin soporte durante %n trimestres</numerusform>
        </translation>
    </message>
    <message>
        <source>Addressed in time</source>
        <translation>Tratado a tiempo</translation>
    </message>
    <message>
        <source>Supported throughout the plan</source>
        <translation>Con soporte durante todo el plan</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Category · vendor</source>
        <translation>Categoría · fabricante</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Ciclo de vida</translation>
    </message>
    <message>
        <source>End of support</source>
        <translation>Fin de soporte</translation>
    </message>
    <message>
        <source>Addressed by</source>
        <translation>Tratado por</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>How to read the roadmap</source>
        <translation>Cómo leer la hoja de ruta</translation>
    </message>
    <message>
        <source>Each bar is an initiative, drawn across the quarters in which it runs. Its colour shows its %1; the lanes group initiatives by %2. An initiative that serves several goals sits in the lane of the goal it serves most, with “+1 goal” and so on after its name.</source>
        <translation>Cada barra es una iniciativa, dibujada a lo largo de los trimestres en que se ejecuta. Su color muestra: %1; los carriles agrupan las iniciativas por: %2. Una iniciativa que sirve a varios objetivos aparece en el carril del objetivo al que más sirve, con «+1 objetivo», etc. tras su nombre.</translation>
    </message>
    <message>
        <source>Arrows lead from an initiative to the ones that wait for it. A red outline marks an initiative that finishes after its deadline, and a red line across the bar marks the deadline itself: most deadlines come from a system&apos;s end of vendor support. A hatched bar could not be placed at all.</source>
        <translation>Las flechas van de una iniciativa a las que la esperan. Un contorno rojo marca una iniciativa que termina después de su plazo, y una línea roja sobre la barra marca el plazo: la mayoría de los plazos vienen del fin del soporte del fabricante de un sistema. Una barra rayada no se pudo colocar.</translation>
    </message>
    <message>
        <source>The band under the quarters marks milestones (diamonds) and the quarters in which vendor support for a system ends (triangles). The pin marks an initiative whose start was fixed by hand.</source>
        <translation>La franja bajo los trimestres marca los hitos (rombos) y los trimestres en que termina el soporte del fabricante de un sistema (triángulos). La chincheta marca una iniciativa cuyo inicio se fijó a mano.</translation>
    </message>
    <message>
        <source>The capacity strip under the lanes shows, per resource and quarter, the planned demand as a share of the capacity: green is comfortable, amber nearly full, red over capacity.</source>
        <translation>La franja de capacidad bajo los carriles muestra, por recurso y trimestre, la demanda prevista como parte de la capacidad: verde es holgado, ámbar casi lleno, rojo por encima de la capacidad.</translation>
    </message>
    <message>
        <source>The schedule starts the most valuable work first, within the budget and the teams&apos; capacity, and meets end-of-support deadlines wherever it can. The table of initiatives gives the reason for each start.</source>
        <translation>La planificación empieza por el trabajo más valioso, dentro del presupuesto y la capacidad de los equipos, y cumple los plazos de fin de soporte siempre que puede. La tabla de iniciativas da el motivo de cada inicio.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>No se puede escribir «%1»: %2</translation>
    </message>
    <message>
        <source>%1 is out of vendor support in %2, until the work on it is done.</source>
        <translation>%1 queda sin soporte del fabricante en %2, hasta que termine el trabajo sobre él.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Where a name does not fit beside its bar, the bar carries a number instead, and where several systems leave support in one quarter, their mark carries a number in brackets: the key under the legend of the same page names them.</source>
        <translation>Donde un nombre no cabe junto a su barra, la barra lleva un número en su lugar, y donde varios sistemas pierden el soporte en un mismo trimestre, su marca lleva un número entre paréntesis: las referencias bajo la leyenda de la misma página los nombran.</translation>
    </message>
    <message>
        <source>Also served by: %1</source>
        <translation>También lo sirven: %1</translation>
    </message>
    <message>
        <source>The whole roadmap, %1 – %2</source>
        <translation>Toda la hoja de ruta, %1 – %2</translation>
    </message>
    <message>
        <source>numbers: see the key below</source>
        <translation>números: véanse las referencias abajo</translation>
    </message>
    <message>
        <source>Key to the whole roadmap</source>
        <translation>Referencias de toda la hoja de ruta</translation>
    </message>
    <message>
        <source>Key to the whole roadmap (continued)</source>
        <translation>Referencias de toda la hoja de ruta (continuación)</translation>
    </message>
    <message>
        <source>Scenarios compared</source>
        <translation>Escenarios comparados</translation>
    </message>
    <message>
        <source>%1, each scheduled on its own with the same scheduler. Changes are measured against %2.</source>
        <translation>%1, cada uno planificado por separado con el mismo planificador. Los cambios se miden respecto a %2.</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Qué cambia</translation>
    </message>
    <message>
        <source>No initiative moves, drops, comes in or becomes late.</source>
        <translation>Ninguna iniciativa se mueve, se descarta, se incorpora ni pasa a ir con retraso.</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Qué ha cambiado</translation>
    </message>
    <message>
        <source>Changes since the baseline</source>
        <translation>Cambios desde la línea base</translation>
    </message>
    <message>
        <source>Against the baseline %1, frozen %2%3.</source>
        <translation>Frente a la línea base %1, congelada el %2%3.</translation>
    </message>
    <message>
        <source> from the scenario %1</source>
        <translation> a partir del escenario %1</translation>
    </message>
    <message>
        <source>Every initiative is where the baseline put it, at the same cost.</source>
        <translation>Todas las iniciativas están donde las situó la línea base, con el mismo coste.</translation>
    </message>
    <message>
        <source>Workshop record</source>
        <translation>Acta del taller</translation>
    </message>
    <message>
        <source>%1, started %2 and still running; changes until now.</source>
        <translation>%1, iniciado %2 y aún en curso; cambios hasta ahora.</translation>
    </message>
    <message>
        <source>%1, from %2 to %3.</source>
        <translation>%1, de %2 a %3.</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>Anotada</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
</context>
<context>
    <name>Cairn::ReportDialog</name>
    <message>
        <source>Cover</source>
        <translation>Portada</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Resumen ejecutivo</translation>
    </message>
    <message>
        <source>Roadmap timeline</source>
        <translation>Línea de tiempo de la hoja de ruta</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Table of initiatives</source>
        <translation>Tabla de iniciativas</translation>
    </message>
    <message>
        <source>Table of systems</source>
        <translation>Tabla de sistemas</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>Fit into</source>
        <translation>Repartir en</translation>
    </message>
    <message>
        <source>Quarters per page:</source>
        <translation>Trimestres por página:</translation>
    </message>
    <message>
        <source>PDF/A-1b for archiving</source>
        <translation>PDF/A-1b para archivar</translation>
    </message>
    <message>
        <source>Export Roadmap PDF</source>
        <translation>Exportar hoja de ruta en PDF</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Tabloid</source>
        <translation>Tabloide</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Horizontal</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Vertical</translation>
    </message>
    <message>
        <source> page(s) wide</source>
        <translation> página(s) de ancho</translation>
    </message>
    <message>
        <source>Page &amp;size:</source>
        <translation>&amp;Tamaño de página:</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Orientación:</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Timeline scale</source>
        <translation>Escala de la línea de tiempo</translation>
    </message>
    <message>
        <source>&amp;Colour by:</source>
        <translation>&amp;Color según:</translation>
    </message>
    <message>
        <source>&amp;Lanes by:</source>
        <translation>&amp;Carriles según:</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exportar PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>roadmap</source>
        <translation>hoja-de-ruta</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Exported the roadmap report (%n page(s)) to %1</source>
        <translation>
            <numerusform>Informe de la hoja de ruta (%n página) exportado a %1</numerusform>
            <numerusform>Informe de la hoja de ruta (%n páginas) exportado a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one section.</source>
        <translation>Elija al menos una sección.</translation>
    </message>
    <message>
        <source>As the page&apos;s width reads well</source>
        <translation>Los que quepan legibles en el ancho de la página</translation>
    </message>
    <message>
        <source>Scenarios compared</source>
        <translation>Escenarios comparados</translation>
    </message>
    <message>
        <source>Changes since the baseline</source>
        <translation>Cambios desde la línea base</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>The base plan</source>
        <translation>El plan base</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The plan has no scenarios.</source>
        <translation>El plan no tiene escenarios.</translation>
    </message>
    <message>
        <source>The plan has no baselines.</source>
        <translation>El plan no tiene líneas base.</translation>
    </message>
    <message>
        <source>with</source>
        <translation>con</translation>
    </message>
    <message>
        <source>and</source>
        <translation>y</translation>
    </message>
    <message>
        <source>Workshop record</source>
        <translation>Acta del taller</translation>
    </message>
    <message>
        <source>The plan has no workshop yet (Start Workshop marks one).</source>
        <translation>El plan aún no tiene ningún taller (Iniciar taller marca uno).</translation>
    </message>
    <message>
        <source>What changed in the latest workshop, %1, and the decisions noted</source>
        <translation>Qué cambió en el último taller, %1, y las decisiones anotadas</translation>
    </message>
</context>
<context>
    <name>Cairn::Roadmap</name>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>All initiatives</source>
        <translation>Todas las iniciativas</translation>
    </message>
    <message>
        <source>No goal</source>
        <translation>Sin objetivo</translation>
    </message>
    <message>
        <source>No system</source>
        <translation>Sin sistema</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>Sin equipo</translation>
    </message>
    <message numerus="yes">
        <source>+%n goal(s)</source>
        <translation>
            <numerusform>+%n objetivo</numerusform>
            <numerusform>+%n objetivos</numerusform>
        </translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Hoja de ruta</translation>
    </message>
    <message>
        <source>Roadmap %1 – %2</source>
        <translation>Hoja de ruta %1 – %2</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>a %1</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>No se puede escribir «%1»: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n initiative(s)</source>
        <translation>
            <numerusform>%n iniciativa</numerusform>
            <numerusform>%n iniciativas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n system(s)</source>
        <translation>
            <numerusform>%n sistema</numerusform>
            <numerusform>%n sistemas</numerusform>
        </translation>
    </message>
    <message>
        <source>Colour: %1</source>
        <translation>Color: %1</translation>
    </message>
    <message>
        <source>Marks:</source>
        <translation>Marcas:</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
    <message>
        <source>End of vendor support</source>
        <translation>Fin del soporte del fabricante</translation>
    </message>
    <message>
        <source>Pinned start</source>
        <translation>Inicio fijado</translation>
    </message>
    <message>
        <source>Misses its deadline</source>
        <translation>Incumple su plazo</translation>
    </message>
    <message>
        <source>Could not be placed</source>
        <translation>No se pudo colocar</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Capacity used</source>
        <translation>Capacidad usada</translation>
    </message>
    <message>
        <source>Lanes: %1</source>
        <translation>Carriles: %1</translation>
    </message>
    <message>
        <source>Milestones and ends of support</source>
        <translation>Hitos y fines de soporte</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (continuación)</translation>
    </message>
    <message>
        <source>%1 (collapsed)</source>
        <translation>%1 (contraído)</translation>
    </message>
    <message>
        <source>No initiatives serve this goal yet</source>
        <translation>Ninguna iniciativa sirve aún a este objetivo</translation>
    </message>
    <message>
        <source>Pin to %1</source>
        <translation>Fijar en %1</translation>
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
        <translation>sin capacidad</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>No tag</source>
        <translation>Sin etiqueta</translation>
    </message>
    <message numerus="yes">
        <source>+%n tag(s)</source>
        <translation>
            <numerusform>+%n etiqueta</numerusform>
            <numerusform>+%n etiquetas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, continued on the next page</source>
        <translation>%1, continúa en la página siguiente</translation>
    </message>
    <message>
        <source>Support ends in %1: %2</source>
        <translation>El soporte termina en %1: %2</translation>
    </message>
    <message>
        <source>None in these quarters</source>
        <translation>Ninguno en estos trimestres</translation>
    </message>
    <message numerus="yes">
        <source>A further tag of %n initiative(s) in other lanes</source>
        <translation>
            <numerusform>Etiqueta adicional de %n iniciativa de otros carriles</numerusform>
            <numerusform>Etiqueta adicional de %n iniciativas de otros carriles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Served only by %n initiative(s) in other lanes</source>
        <translation>
            <numerusform>Solo lo sirve %n iniciativa de otros carriles</numerusform>
            <numerusform>Solo lo sirven %n iniciativas de otros carriles</numerusform>
        </translation>
    </message>
    <message>
        <source>No initiatives</source>
        <translation>Sin iniciativas</translation>
    </message>
</context>
<context>
    <name>Cairn::RoadmapPage</name>
    <message>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>All dependencies</source>
        <translation>Todas las dependencias</translation>
    </message>
    <message>
        <source>Selection&apos;s dependencies</source>
        <translation>Dependencias de la selección</translation>
    </message>
    <message>
        <source>No dependencies</source>
        <translation>Sin dependencias</translation>
    </message>
    <message>
        <source>Show demand against capacity per resource and quarter under the timeline</source>
        <translation>Mostrar la demanda frente a la capacidad por recurso y trimestre bajo la línea de tiempo</translation>
    </message>
    <message>
        <source>&amp;Colour by:</source>
        <translation>&amp;Color según:</translation>
    </message>
    <message>
        <source>&amp;Lanes by:</source>
        <translation>&amp;Carriles según:</translation>
    </message>
    <message>
        <source>&amp;Arrows:</source>
        <translation>&amp;Flechas:</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Años</translation>
    </message>
    <message>
        <source>Zoom out to whole years</source>
        <translation>Alejar a años completos</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>Trimestres</translation>
    </message>
    <message>
        <source>Zoom in to quarters</source>
        <translation>Acercar a trimestres</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+−)</source>
        <translation>Alejar (Ctrl+−)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Acercar (Ctrl++)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Fit the whole plan to the window (Ctrl+0)</source>
        <translation>Ajustar todo el plan a la ventana (Ctrl+0)</translation>
    </message>
    <message>
        <source>Export Image…</source>
        <translation>Exportar imagen…</translation>
    </message>
    <message>
        <source>Save the roadmap as PNG or SVG</source>
        <translation>Guardar la hoja de ruta como PNG o SVG</translation>
    </message>
    <message>
        <source>The plan is still being scheduled; try again in a moment.</source>
        <translation>El plan aún se está planificando; inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>roadmap</source>
        <translation>hoja-de-ruta</translation>
    </message>
    <message>
        <source>Export Roadmap Image</source>
        <translation>Exportar imagen de la hoja de ruta</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <source>Exported the roadmap to %1</source>
        <translation>Hoja de ruta exportada a %1</translation>
    </message>
</context>
<context>
    <name>Cairn::RoadmapView</name>
    <message>
        <source>Scheduling…</source>
        <translation>Planificando…</translation>
    </message>
    <message>
        <source>No initiatives yet. Add them in the Initiatives view; they appear here as soon as they are scheduled.</source>
        <translation>Aún no hay iniciativas. Añádalas en la vista «Iniciativas»; aparecen aquí en cuanto se planifican.</translation>
    </message>
    <message>
        <source>Show in Inspector</source>
        <translation>Mostrar en el inspector</translation>
    </message>
    <message>
        <source>Unpin (let the scheduler choose)</source>
        <translation>Desfijar (que elija el planificador)</translation>
    </message>
    <message>
        <source>Pin to %1</source>
        <translation>Fijar en %1</translation>
    </message>
    <message>
        <source>Expand Lane</source>
        <translation>Expandir carril</translation>
    </message>
    <message>
        <source>Collapse Lane</source>
        <translation>Contraer carril</translation>
    </message>
    <message>
        <source>Collapse All Lanes</source>
        <translation>Contraer todos los carriles</translation>
    </message>
    <message>
        <source>Expand All Lanes</source>
        <translation>Expandir todos los carriles</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Fit to Window</source>
        <translation>Ajustar a la ventana</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n quarter(s)), %2 to %3</source>
        <translation>
            <numerusform>%1 (%n trimestre), del %2 al %3</numerusform>
            <numerusform>%1 (%n trimestres), del %2 al %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not be placed: see the problems.</source>
        <translation>No se pudo colocar: véanse los problemas.</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>Coste: %1</translation>
    </message>
    <message>
        <source>Needs per quarter: %1</source>
        <translation>Necesita por trimestre: %1</translation>
    </message>
    <message>
        <source>Pinned to %1</source>
        <translation>Fijada en %1</translation>
    </message>
    <message>
        <source>Misses its deadline: %1</source>
        <translation>Incumple su plazo: %1</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Plazo: %1</translation>
    </message>
    <message>
        <source>Goals: %1</source>
        <translation>Objetivos: %1</translation>
    </message>
    <message>
        <source>%1 in %2: %3 planned of %4 (%5)</source>
        <translation>%1 en %2: %3 previstos de %4 (%5)</translation>
    </message>
    <message>
        <source>no capacity</source>
        <translation>sin capacidad</translation>
    </message>
    <message>
        <source>Vendor support for %1 ends after %2.</source>
        <translation>El soporte del fabricante para %1 termina después de %2.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Vendor support ends after %1 for: %2</source>
        <translation>El soporte del fabricante termina después de %1 para: %2</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Etiquetas: %1</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
</context>
<context>
    <name>Cairn::Scenario</name>
    <message>
        <source>Base plan</source>
        <translation>Plan base</translation>
    </message>
    <message>
        <source>%1 has no field “%2”.</source>
        <translation>%1 no tiene ningún campo «%2».</translation>
    </message>
    <message>
        <source>“%1” is not a number, so it cannot change by a percentage.</source>
        <translation>«%1» no es un número, así que no puede cambiar en un porcentaje.</translation>
    </message>
    <message>
        <source>“%1” is not a percentage from −100 to 10000.</source>
        <translation>«%1» no es un porcentaje de −100 a 10000.</translation>
    </message>
    <message>
        <source>“%1” needs a value.</source>
        <translation>«%1» necesita un valor.</translation>
    </message>
    <message>
        <source>the range ends (%1) before it begins (%2).</source>
        <translation>el intervalo termina (%1) antes de empezar (%2).</translation>
    </message>
    <message>
        <source>the range from %1 to %2 is longer than a hundred years.</source>
        <translation>el intervalo de %1 a %2 supera los cien años.</translation>
    </message>
    <message>
        <source>only initiatives can be left out or taken in.</source>
        <translation>solo las iniciativas se pueden excluir o incluir.</translation>
    </message>
    <message>
        <source>only a resource has a capacity per quarter.</source>
        <translation>solo un recurso tiene capacidad por trimestre.</translation>
    </message>
    <message>
        <source>only a capacity takes a range of quarters.</source>
        <translation>solo una capacidad admite un intervalo de trimestres.</translation>
    </message>
    <message>
        <source>%1 #%2 is not in the plan any more.</source>
        <translation>%1 n.º %2 ya no está en el plan.</translation>
    </message>
    <message>
        <source>There is no scenario #%1 in the plan.</source>
        <translation>No hay ningún escenario n.º %1 en el plan.</translation>
    </message>
    <message>
        <source>Scenario %1, %2: %3</source>
        <translation>Escenario %1, %2: %3</translation>
    </message>
    <message>
        <source>the plan&apos;s settings</source>
        <translation>los ajustes del plan</translation>
    </message>
    <message>
        <source>Leave out %1</source>
        <translation>Excluir %1</translation>
    </message>
    <message>
        <source>Take in %1</source>
        <translation>Incluir %1</translation>
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
        <translation> de %1 a %2</translation>
    </message>
    <message>
        <source> from %1</source>
        <translation> desde %1</translation>
    </message>
    <message>
        <source> until %1</source>
        <translation> hasta %1</translation>
    </message>
    <message>
        <source>A scenario needs a name.</source>
        <translation>Un escenario necesita un nombre.</translation>
    </message>
    <message>
        <source>%1 is the base plan&apos;s name; give the scenario another one.</source>
        <translation>%1 es el nombre del plan base; dé otro al escenario.</translation>
    </message>
    <message>
        <source>There is already a scenario called %1.</source>
        <translation>Ya hay un escenario llamado %1.</translation>
    </message>
    <message>
        <source>A baseline needs a name.</source>
        <translation>Una línea base necesita un nombre.</translation>
    </message>
    <message>
        <source>There is already a baseline called %1.</source>
        <translation>Ya hay una línea base llamada %1.</translation>
    </message>
</context>
<context>
    <name>Cairn::ScenarioBar</name>
    <message>
        <source>Scenario:</source>
        <translation>Escenario:</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Escenarios</translation>
    </message>
    <message>
        <source>Show &amp;Baseline</source>
        <translation>Mostrar &amp;línea base</translation>
    </message>
    <message>
        <source>The future the workspace shows: the base plan, or a scenario. While a scenario is shown, changes become its overrides; the base stays as it is.</source>
        <translation>El futuro que muestra el área de trabajo: el plan base o un escenario. Mientras se muestra un escenario, los cambios pasan a ser sus modificaciones; el plan base no cambia.</translation>
    </message>
    <message>
        <source>&amp;New Scenario…</source>
        <translation>&amp;Nuevo escenario…</translation>
    </message>
    <message>
        <source>&amp;Duplicate Scenario…</source>
        <translation>&amp;Duplicar escenario…</translation>
    </message>
    <message>
        <source>&amp;Rename Scenario…</source>
        <translation>&amp;Renombrar escenario…</translation>
    </message>
    <message>
        <source>De&amp;lete Scenario</source>
        <translation>&amp;Eliminar escenario</translation>
    </message>
    <message>
        <source>&amp;Adopt into the Base Plan…</source>
        <translation>&amp;Adoptar en el plan base…</translation>
    </message>
    <message>
        <source>&amp;Compare Scenarios…</source>
        <translation>&amp;Comparar escenarios…</translation>
    </message>
    <message>
        <source>&amp;Freeze Baseline…</source>
        <translation>C&amp;ongelar línea base…</translation>
    </message>
    <message>
        <source>C&amp;hanges since a Baseline…</source>
        <translation>Cam&amp;bios desde una línea base…</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>&amp;Re-plan Now…</source>
        <translation>&amp;Replanificar ahora…</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <source>Showing the scenario %1: changes become its overrides; the base plan stays as it is.</source>
        <translation>Se muestra el escenario %1: los cambios pasan a ser sus modificaciones; el plan base no cambia.</translation>
    </message>
    <message>
        <source>Showing the base plan. Choose a scenario to see it scheduled; changes then become its overrides.</source>
        <translation>Se muestra el plan base. Elija un escenario para verlo planificado; entonces los cambios pasan a ser sus modificaciones.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>Duplicate Scenario</source>
        <translation>Duplicar escenario</translation>
    </message>
    <message>
        <source>New Scenario</source>
        <translation>Nuevo escenario</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Rename Scenario</source>
        <translation>Renombrar escenario</translation>
    </message>
    <message>
        <source>Delete Scenario</source>
        <translation>Eliminar escenario</translation>
    </message>
    <message numerus="yes">
        <source>Delete the scenario %1 and its %n override(s)? The base plan does not change. Undo brings it back.</source>
        <translation>
            <numerusform>¿Eliminar el escenario %1 y su %n modificación? El plan base no cambia. Deshacer lo recupera.</numerusform>
            <numerusform>¿Eliminar el escenario %1 y sus %n modificaciones? El plan base no cambia. Deshacer lo recupera.</numerusform>
        </translation>
    </message>
    <message>
        <source>Adopt Scenario</source>
        <translation>Adoptar escenario</translation>
    </message>
    <message>
        <source>Make the scenario %1 the base plan? Its overrides become the plan&apos;s own values and the scenario goes; other scenarios stay. Undo takes it back.</source>
        <translation>¿Convertir el escenario %1 en el plan base? Sus modificaciones pasan a ser los valores propios del plan y el escenario desaparece; los demás escenarios se mantienen. Deshacer lo revierte.</translation>
    </message>
    <message>
        <source>Freeze Baseline</source>
        <translation>Congelar línea base</translation>
    </message>
    <message>
        <source>Baseline %1</source>
        <translation>Línea base %1</translation>
    </message>
    <message>
        <source>Froze the baseline %1.</source>
        <translation>Línea base %1 congelada.</translation>
    </message>
    <message>
        <source>Dashed: the baseline %1</source>
        <translation>En discontinuo: la línea base %1</translation>
    </message>
    <message>
        <source>Changes since a Baseline</source>
        <translation>Cambios desde una línea base</translation>
    </message>
    <message>
        <source>The plan has no baseline yet. Freeze one first (Scenarios &gt; Freeze Baseline).</source>
        <translation>El plan aún no tiene línea base. Congele una primero (Escenarios &gt; Congelar línea base).</translation>
    </message>
    <message>
        <source>Change a &amp;Capacity…</source>
        <translation>Cambiar una &amp;capacidad…</translation>
    </message>
    <message>
        <source>Change a Capacity in %1</source>
        <translation>Cambiar una capacidad en %1</translation>
    </message>
    <message>
        <source>the first quarter</source>
        <translation>el primer trimestre</translation>
    </message>
    <message>
        <source>the last quarter</source>
        <translation>el último trimestre</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>&amp;Recurso:</translation>
    </message>
    <message>
        <source>Change &amp;by:</source>
        <translation>Cambiar &amp;en:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>Change a Capacity</source>
        <translation>Cambiar una capacidad</translation>
    </message>
    <message>
        <source>The range ends (%1) before it starts (%2).</source>
        <translation>El intervalo termina (%1) antes de empezar (%2).</translation>
    </message>
</context>
<context>
    <name>Cairn::Schedule</name>
    <message>
        <source>%1 FTE</source>
        <translation>%1 ETC</translation>
    </message>
    <message>
        <source>Done: not scheduled.</source>
        <translation>Terminada: no se planifica.</translation>
    </message>
    <message>
        <source>Dropped: not scheduled.</source>
        <translation>Descartada: no se planifica.</translation>
    </message>
    <message>
        <source>%1 is full in %2</source>
        <translation>%1 está completo en %2</translation>
    </message>
    <message>
        <source>Not scheduled: see the problems.</source>
        <translation>Sin planificar: vea los problemas.</translation>
    </message>
    <message>
        <source>Already in progress: runs from the plan&apos;s first quarter.</source>
        <translation>Ya en curso: se ejecuta desde el primer trimestre del plan.</translation>
    </message>
    <message>
        <source>Pinned to start in %1.</source>
        <translation>Inicio fijado en %1.</translation>
    </message>
    <message>
        <source>Starts with the plan: nothing holds it back.</source>
        <translation>Empieza con el plan: nada la retiene.</translation>
    </message>
    <message>
        <source>Cannot start before its earliest start, %1.</source>
        <translation>No puede empezar antes de su inicio más temprano, %1.</translation>
    </message>
    <message>
        <source>Starts together with %1 (%2).</source>
        <translation>Empieza junto con %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>Starts %n quarter(s) after %1 starts (%2).</source>
        <translation>
            <numerusform>Empieza %n trimestre después del inicio de %1 (%2).</numerusform>
            <numerusform>Empieza %n trimestres después del inicio de %1 (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waits for %1 (ends %2) and a lag of %n quarter(s).</source>
        <translation>
            <numerusform>Espera a %1 (termina en %2) y un desfase de %n trimestre.</numerusform>
            <numerusform>Espera a %1 (termina en %2) y un desfase de %n trimestres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waits for %1 (ends %2).</source>
        <translation>Espera a %1 (termina en %2).</translation>
    </message>
    <message>
        <source>Placed after capacity-bound work.</source>
        <translation>Colocada tras trabajo limitado por capacidad.</translation>
    </message>
    <message>
        <source>Waits for capacity: %1.</source>
        <translation>Espera capacidad: %1.</translation>
    </message>
    <message>
        <source>Dependency cycle: %1 → %2. These initiatives are not scheduled until one of the dependencies is removed.</source>
        <translation>Ciclo de dependencias: %1 → %2. Estas iniciativas no se planifican hasta que se elimine una de las dependencias.</translation>
    </message>
    <message>
        <source>%1 needs %2 of %3 per quarter, but no stretch of its duration offers more than %4; it is not scheduled.</source>
        <translation>%1 necesita %2 de %3 por trimestre, pero ningún tramo de su duración ofrece más de %4; no se planifica.</translation>
    </message>
    <message>
        <source>%1 is pinned to start in %2, but it depends on %3, which runs until %4.</source>
        <translation>%1 está fijado para empezar en %2, pero depende de %3, que dura hasta %4.</translation>
    </message>
    <message>
        <source>%1 is pinned to start in %2, before its earliest start.</source>
        <translation>%1 está fijado para empezar en %2, antes de su inicio más temprano.</translation>
    </message>
    <message>
        <source>%1 is out of support since the end of %2; %3 replaces or upgrades it only by %4.</source>
        <translation>%1 no tiene soporte desde el final de %2; %3 lo sustituye o actualiza solo en %4.</translation>
    </message>
    <message numerus="yes">
        <source>%1 finishes in %2, %n quarter(s) after %3 leaves support (%4).</source>
        <translation>
            <numerusform>%1 termina en %2, %n trimestre después del fin de soporte de %3 (%4).</numerusform>
            <numerusform>%1 termina en %2, %n trimestres después del fin de soporte de %3 (%4).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 finishes in %2, %n quarter(s) after its deadline %3.</source>
        <translation>
            <numerusform>%1 termina en %2, %n trimestre después de su plazo %3.</numerusform>
            <numerusform>%1 termina en %2, %n trimestres después de su plazo %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>It waits for %1.</source>
        <translation>Espera a %1.</translation>
    </message>
    <message>
        <source>, which waits for </source>
        <translation>, que espera a </translation>
    </message>
    <message>
        <source>%1 waits for capacity: %2 is full in %3.</source>
        <translation>%1 espera capacidad: %2 está completo en %3.</translation>
    </message>
    <message>
        <source>Capacity is short: %1 is full in %2.</source>
        <translation>Falta capacidad: %1 está completo en %2.</translation>
    </message>
    <message>
        <source>%1 runs until %2, past the plan&apos;s last quarter %3.</source>
        <translation>%1 dura hasta %2, más allá del último trimestre del plan (%3).</translation>
    </message>
    <message>
        <source>Pinned initiatives alone need more of %1 than it has in %2: %3.</source>
        <translation>Solo las iniciativas fijadas ya necesitan más de %1 del disponible en %2: %3.</translation>
    </message>
    <message>
        <source>FTE</source>
        <translation>ETC</translation>
    </message>
    <message>
        <source>Caught in the same circle of dependencies, and not scheduled either: %1.</source>
        <translation>Atrapadas en el mismo círculo de dependencias, y tampoco planificadas: %1.</translation>
    </message>
    <message>
        <source>The schedule would need more than %1 quarters; not scheduled: %2.</source>
        <translation>La planificación necesitaría más de %1 trimestres; sin planificar: %2.</translation>
    </message>
    <message>
        <source>The plan&apos;s horizon of %1 quarters is beyond the scheduler&apos;s range; it schedules %2 quarters.</source>
        <translation>El horizonte del plan, de %1 trimestres, supera el alcance del planificador; este planifica %2 trimestres.</translation>
    </message>
    <message>
        <source>%1: a duration of %2 quarters is out of the scheduler&apos;s range; it is scheduled as %3 quarters.</source>
        <translation>%1: una duración de %2 trimestres está fuera del alcance del planificador; se planifica como %3 trimestres.</translation>
    </message>
    <message>
        <source>%1: its earliest start, %2 quarters after the plan&apos;s start, is out of the scheduler&apos;s range; it counts as %3.</source>
        <translation>%1: su inicio más temprano, %2 trimestres después del inicio del plan, está fuera del alcance del planificador; cuenta como %3.</translation>
    </message>
    <message>
        <source>%1 is pinned %2 quarters from the plan&apos;s start, out of the scheduler&apos;s range; it is pinned %3 quarters from the start instead.</source>
        <translation>%1 está fijado a %2 trimestres del inicio del plan, fuera del alcance del planificador; en su lugar se fija a %3 trimestres del inicio.</translation>
    </message>
    <message>
        <source>%1: its deadline, %2 quarters from the plan&apos;s start, is out of the scheduler&apos;s range; it counts as %3.</source>
        <translation>%1: su plazo, a %2 trimestres del inicio del plan, está fuera del alcance del planificador; cuenta como %3.</translation>
    </message>
    <message>
        <source>The lag of %1 quarters between %2 and %3 is out of the scheduler&apos;s range; it counts as %4 quarters.</source>
        <translation>El desfase de %1 trimestres entre %2 y %3 está fuera del alcance del planificador; cuenta como %4 trimestres.</translation>
    </message>
    <message>
        <source>%1 needs %2 of %3 per quarter, more than the scheduler can add up; it counts as %4.</source>
        <translation>%1 necesita %2 de %3 por trimestre, más de lo que el planificador puede sumar; cuenta como %4.</translation>
    </message>
    <message>
        <source>%1 has a capacity for each of %2 quarters; the scheduler uses the first %3 and the last of those after them.</source>
        <translation>%1 tiene una capacidad para cada uno de %2 trimestres; el planificador usa las %3 primeras y, a partir de ahí, la última de ellas.</translation>
    </message>
    <message>
        <source>%1: a weight of %2 is more than the scheduler can add up; it counts as %3.</source>
        <translation>%1: un peso de %2 es más de lo que el planificador puede sumar; cuenta como %3.</translation>
    </message>
    <message>
        <source>The best possible schedule (proven optimal).</source>
        <translation>La mejor planificación posible (óptimo demostrado).</translation>
    </message>
    <message>
        <source>Within %1 % of the best possible schedule.</source>
        <translation>A menos del %1 % de la mejor planificación posible.</translation>
    </message>
    <message>
        <source>Add %1 to %2 in %3.</source>
        <translation>Añadir %1 a %2 en %3.</translation>
    </message>
    <message numerus="yes">
        <source>Start %1 in %2 or later.</source>
        <translation>
            <numerusform>Empezar %1 en %2 o más tarde.</numerusform>
            <numerusform>Empezar %1 en %2 o más tarde.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep %1 supported until the end of %2 (extended support).</source>
        <translation>Mantener el soporte de %1 hasta el final de %2 (soporte extendido).</translation>
    </message>
    <message>
        <source>Move the deadline of %1 to %2.</source>
        <translation>Mover el plazo de %1 a %2.</translation>
    </message>
    <message>
        <source>Moved from %1 to %2: %3</source>
        <translation>Movida de %1 a %2: %3</translation>
    </message>
    <message>
        <source>Kept in %1, where it was in the schedule you saw: starting earlier would gain little.</source>
        <translation>Se mantiene en %1, donde estaba en la planificación que vio: empezar antes aportaría poco.</translation>
    </message>
    <message>
        <source>Kept in %1: the plan keeps its schedule (Plan ▸ Re-plan now moves it).</source>
        <translation>Se mantiene en %1: el plan conserva su planificación (Plan ▸ Replanificar ahora la mueve).</translation>
    </message>
    <message>
        <source>%1 is kept in %2 (the plan keeps its schedule), but it depends on %3, which runs until %4.</source>
        <translation>%1 se mantiene en %2 (el plan conserva su planificación), pero depende de %3, que dura hasta %4.</translation>
    </message>
    <message>
        <source>%1 is kept in %2 (the plan keeps its schedule), before its earliest start.</source>
        <translation>%1 se mantiene en %2 (el plan conserva su planificación), antes de su inicio más temprano.</translation>
    </message>
    <message>
        <source>waits for %1</source>
        <translation>espera a %1</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>capacidad</translation>
    </message>
    <message>
        <source>%1 is full</source>
        <translation>%1 está al completo</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>fijada</translation>
    </message>
    <message>
        <source>earliest start</source>
        <translation>inicio más temprano</translation>
    </message>
    <message>
        <source>room earlier</source>
        <translation>hueco antes</translation>
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
            <numerusform>%n iniciativa movida: %1</numerusform>
            <numerusform>%n iniciativas movidas: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, and %n more</source>
        <translation>
            <numerusform>, y %n más</numerusform>
            <numerusform>, y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Moved from %1 to %2: room came free when %3 moved.</source>
        <translation>Movido de %1 a %2: quedó sitio libre cuando se movió %3.</translation>
    </message>
    <message>
        <source>Moved from %1 to %2: room came free there.</source>
        <translation>Movido de %1 a %2: allí quedó sitio libre.</translation>
    </message>
    <message>
        <source>room freed by %1</source>
        <translation>sitio liberado por %1</translation>
    </message>
    <message>
        <source>room came free</source>
        <translation>quedó sitio libre</translation>
    </message>
</context>
<context>
    <name>Cairn::ScoreTableModel</name>
    <message>
        <source>Initiative</source>
        <translation>Iniciativa</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Goal score</source>
        <translation>Puntuación por objetivos</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Esfuerzo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Set by hand in the matrix (a right click on its dot takes it back)</source>
        <translation>Fijado a mano en la matriz (un clic derecho en su punto lo deshace)</translation>
    </message>
</context>
<context>
    <name>Cairn::ScoringView</name>
    <message>
        <source>Set Values from Goal Scores</source>
        <translation>Fijar valores según la puntuación por objetivos</translation>
    </message>
    <message>
        <source>Set value of an initiative</source>
        <translation>Fijar el valor de una iniciativa</translation>
    </message>
    <message>
        <source>Set values from goal scores</source>
        <translation>Fijar valores según la puntuación por objetivos</translation>
    </message>
    <message>
        <source>Goal score: each goal served, its weight × the contribution&apos;s strength, against the best initiative. Effort: cost and FTE-quarters against the largest, unless dragged (in italics). Nothing changes the values until you choose to.</source>
        <translation>Puntuación por objetivos: por cada objetivo atendido, su peso × la intensidad de la contribución, frente a la mejor iniciativa. Esfuerzo: coste y ETC-trimestres frente a la mayor, salvo si se ha arrastrado (en cursiva). Los valores no cambian hasta que usted lo decida.</translation>
    </message>
    <message>
        <source>Effort from cost and FTE again</source>
        <translation>Esfuerzo de nuevo según coste y ETC</translation>
    </message>
    <message>
        <source>Move %1 in the matrix</source>
        <translation>Mover %1 en la matriz</translation>
    </message>
    <message>
        <source>Set effort of an initiative</source>
        <translation>Fijar el esfuerzo de una iniciativa</translation>
    </message>
</context>
<context>
    <name>Cairn::Server</name>
    <message>
        <source>the link #%1 – #%2</source>
        <translation>el vínculo #%1 – #%2</translation>
    </message>
    <message>
        <source>“%1” is not a server address (postgresql://…?plan=NAME)</source>
        <translation>«%1» no es una dirección de servidor (postgresql://…?plan=NAME)</translation>
    </message>
    <message>
        <source>“%1” is not a port number</source>
        <translation>«%1» no es un número de puerto</translation>
    </message>
    <message>
        <source>the setting “%1” of “%2” cannot be used</source>
        <translation>no se puede usar el ajuste «%1» de «%2»</translation>
    </message>
    <message>
        <source>Cannot use the plan server “%1”: %2.</source>
        <translation>No se puede usar el servidor de planes «%1»: %2.</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql)</source>
        <translation>El controlador PostgreSQL de Qt no está instalado (Debian: libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>it holds no Cairn plans yet (an administrator runs “cairn server init ADDRESS” first)</source>
        <translation>aún no contiene planes de Cairn (un administrador ejecuta primero «cairn server init ADDRESS»)</translation>
    </message>
    <message>
        <source>its plans are in format %1, newer than this version of Cairn (%2)</source>
        <translation>sus planes tienen el formato %1, más reciente que esta versión de Cairn (%2)</translation>
    </message>
    <message>
        <source>its plans are in format %1; an administrator upgrades them with “cairn server init ADDRESS”</source>
        <translation>sus planes tienen el formato %1; un administrador los actualiza con «cairn server init ADDRESS»</translation>
    </message>
    <message>
        <source>the address names no plan (add plan=NAME)</source>
        <translation>la dirección no indica ningún plan (añada plan=NAME)</translation>
    </message>
    <message>
        <source>the plan has not been read yet</source>
        <translation>el plan aún no se ha leído</translation>
    </message>
    <message>
        <source>there is no plan “%1”, or “%2” is not a member of it</source>
        <translation>no existe el plan «%1», o «%2» no es miembro de él</translation>
    </message>
    <message>
        <source>The plan server “%1” is ready (format %2); nothing to do.</source>
        <translation>El servidor de planes «%1» está listo (formato %2); no hay nada que hacer.</translation>
    </message>
    <message>
        <source>its plans are in format %1 and this version of Cairn cannot upgrade them to %2</source>
        <translation>sus planes tienen el formato %1 y esta versión de Cairn no puede actualizarlos a %2</translation>
    </message>
    <message>
        <source>The plan server “%1” is ready (format %2).</source>
        <translation>El servidor de planes «%1» está listo (formato %2).</translation>
    </message>
    <message>
        <source>the plan “%1” could not be read (%2)</source>
        <translation>no se pudo leer el plan «%1» (%2)</translation>
    </message>
    <message>
        <source>there is a plan “%1” already</source>
        <translation>ya existe un plan «%1»</translation>
    </message>
    <message>
        <source>The plan&apos;s settings were changed by %1 at %2</source>
        <translation>%1 cambió los ajustes del plan a las %2</translation>
    </message>
    <message>
        <source>“%1” cannot be added: its id is taken by “%2”, added by someone else</source>
        <translation>«%1» no se puede añadir: su id ya lo usa «%2», añadido por otra persona</translation>
    </message>
    <message>
        <source>“%1” was removed by someone else</source>
        <translation>otra persona eliminó «%1»</translation>
    </message>
    <message>
        <source>“%1” was changed by %2 at %3</source>
        <translation>%2 cambió «%1» a las %3</translation>
    </message>
    <message>
        <source>%1 was added by %2 at %3</source>
        <translation>%2 añadió %1 a las %3</translation>
    </message>
    <message>
        <source>%1 was removed by someone else</source>
        <translation>otra persona eliminó %1</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3</source>
        <translation>%2 cambió %1 a las %3</translation>
    </message>
    <message>
        <source>“%1” may only view the plan “%2”</source>
        <translation>«%1» solo puede ver el plan «%2»</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n change(s) by others since this plan was read.</source>
        <translation>
            <numerusform>No guardado: %n cambio de otros desde que se leyó este plan.</numerusform>
            <numerusform>No guardado: %n cambios de otros desde que se leyó este plan.</numerusform>
        </translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(eliminado)</translation>
    </message>
    <message>
        <source>the plan&apos;s settings</source>
        <translation>los ajustes del plan</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Some changes are not on the plan server “%1” yet (%2). Use Save As to keep a copy in a file.</source>
        <translation>Algunos cambios aún no están en el servidor de planes «%1» (%2). Use «Guardar como» para conservar una copia en un archivo.</translation>
    </message>
    <message>
        <source>they are on their way</source>
        <translation>están en camino</translation>
    </message>
    <message>
        <source>%1 changed %2 of %3 at the same time; your change to %4 was written too (merged).</source>
        <translation>%1 cambió %3 al mismo tiempo (%2); su cambio (%4) también se ha escrito (combinado).</translation>
    </message>
    <message>
        <source>Keep My Change to %1</source>
        <translation>Mantener mi cambio en %1</translation>
    </message>
    <message>
        <source>Take %1&apos;s Change to %2</source>
        <translation>Aceptar el cambio de %1 en %2</translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation>un compañero</translation>
    </message>
    <message>
        <source>it cannot reserve ids for new rows yet (an administrator runs “cairn server init ADDRESS” to upgrade it)</source>
        <translation>todavía no puede reservar identificadores para filas nuevas (un administrador lo actualiza con «cairn server init ADDRESS»)</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>el servidor cerró la conexión</translation>
    </message>
    <message>
        <source>The plan server “%1” is upgraded (format %2, revision %3).</source>
        <translation>El servidor de planes «%1» está actualizado (formato %2, revisión %3).</translation>
    </message>
    <message>
        <source>This plan server does not keep scenarios, baselines, the reference schedule, the workshop record or the dot vote yet (an administrator upgrades it with “cairn server init”): they stay in this window only.</source>
        <translation>Este servidor de planes aún no guarda escenarios, líneas base, la planificación de referencia, el acta del taller ni la votación por puntos (un administrador lo actualiza con «cairn server init»): permanecen solo en esta ventana.</translation>
    </message>
    <message numerus="yes">
        <source>Someone else changed %1 at the same time: %n of your changes to the same rows were not written (theirs are shown).</source>
        <translation>
            <numerusform>Otra persona cambió %1 al mismo tiempo: %n de sus cambios en las mismas filas no se escribió (se muestran los de la otra persona).</numerusform>
            <numerusform>Otra persona cambió %1 al mismo tiempo: %n de sus cambios en las mismas filas no se escribieron (se muestran los de la otra persona).</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone else changed %1 at the same time; your changes were made again on theirs (merged).</source>
        <translation>Otra persona cambió %1 al mismo tiempo; sus cambios se volvieron a aplicar sobre los de la otra persona (combinados).</translation>
    </message>
    <message>
        <source>the reference schedule</source>
        <translation>la planificación de referencia</translation>
    </message>
    <message>
        <source>the scenarios and baselines</source>
        <translation>los escenarios y las líneas base</translation>
    </message>
    <message>
        <source>the workshop record and the dot vote</source>
        <translation>el acta del taller y la votación por puntos</translation>
    </message>
    <message>
        <source>it cannot keep %1 yet (an administrator runs “cairn server init ADDRESS” to upgrade it)</source>
        <translation>todavía no puede guardar %1 (un administrador ejecuta «cairn server init DIRECCIÓN» para actualizarlo)</translation>
    </message>
    <message>
        <source>%1 changed %2 at %3</source>
        <translation>%1 cambió %2 (%3)</translation>
    </message>
    <message>
        <source>The changes kept in “%1” cannot be read.</source>
        <translation>No se pueden leer los cambios guardados en «%1».</translation>
    </message>
    <message>
        <source>Send Unsent Changes</source>
        <translation>Enviar los cambios no enviados</translation>
    </message>
</context>
<context>
    <name>Cairn::ServerDialog</name>
    <message>
        <source>Open from Server</source>
        <translation>Abrir desde el servidor</translation>
    </message>
    <message>
        <source>Publish to Server</source>
        <translation>Publicar en el servidor</translation>
    </message>
    <message>
        <source>Not needed with ~/.pgpass or a service entry</source>
        <translation>No hace falta con ~/.pgpass o una entrada de servicio</translation>
    </message>
    <message>
        <source>The plan&apos;s address on a PostgreSQL server, with the plan&apos;s name as plan=NAME.</source>
        <translation>La dirección del plan en un servidor PostgreSQL, con el nombre del plan como plan=NAME.</translation>
    </message>
    <message>
        <source>A new shared plan is made from this one on the server, under the name given as plan=NAME; you become its owner and the window shows it from the server.</source>
        <translation>Se crea en el servidor un nuevo plan compartido a partir de este, con el nombre indicado en plan=NAME; usted pasa a ser su propietario y la ventana lo muestra desde el servidor.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>The address names no plan: add plan=NAME to it.</source>
        <translation>La dirección no indica ningún plan: añádale plan=NAME.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>Publishing to %1…</source>
        <translation>Publicando en %1…</translation>
    </message>
</context>
<context>
    <name>Cairn::ServerPlans</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Open from Ser&amp;ver…</source>
        <translation>Abrir desde el ser&amp;vidor…</translation>
    </message>
    <message>
        <source>Pu&amp;blish to Server…</source>
        <translation>&amp;Publicar en el servidor…</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Conflictos (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) by colleagues taken in (revision %1).</source>
        <translation>
            <numerusform>%n cambio de un compañero incorporado (revisión %1).</numerusform>
            <numerusform>%n cambios de compañeros incorporados (revisión %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection to the plan server “%1” is lost (%2). Your changes stay in this window and are sent when it is back.</source>
        <translation>Se ha perdido la conexión con el servidor de planes «%1» (%2). Sus cambios se quedan en esta ventana y se enviarán cuando se restablezca.</translation>
    </message>
    <message>
        <source>Cairn closed unexpectedly before changes to “%1” reached the plan server. They were kept at %2. Open the plan and send them now? Where a colleague changed the same thing meanwhile, the Conflicts dock asks which to keep.</source>
        <translation>Cairn se cerró inesperadamente antes de que los cambios en «%1» llegaran al servidor de planes. Se guardaron el %2. ¿Abrir el plan y enviarlos ahora? Donde un colega cambió lo mismo mientras tanto, el panel Conflictos pregunta cuál conservar.</translation>
    </message>
    <message>
        <source>Changes to “%1” made in a window that closed unexpectedly never reached the plan server. They were kept at %2. Send them now? Where a colleague changed the same thing meanwhile, the Conflicts dock asks which to keep.</source>
        <translation>Los cambios en «%1» hechos en una ventana que se cerró inesperadamente nunca llegaron al servidor de planes. Se guardaron el %2. ¿Enviarlos ahora? Donde un colega cambió lo mismo mientras tanto, el panel Conflictos pregunta cuál conservar.</translation>
    </message>
    <message>
        <source>Send Unsent Changes?</source>
        <translation>¿Enviar los cambios no enviados?</translation>
    </message>
    <message>
        <source>Cannot Send Unsent Changes</source>
        <translation>No se pueden enviar los cambios no enviados</translation>
    </message>
    <message>
        <source>The changes kept at %1 were on the plan server already.</source>
        <translation>Los cambios guardados el %1 ya estaban en el servidor de planes.</translation>
    </message>
    <message numerus="yes">
        <source>%n unsent change(s) kept at %1 made again.</source>
        <translation>
            <numerusform>%n cambio no enviado guardado el %1 rehecho.</numerusform>
            <numerusform>%n cambios no enviados guardados el %1 rehechos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cairn::ShortcutsDialog</name>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Hoja de ruta</translation>
    </message>
    <message>
        <source>Select the next bar</source>
        <translation>Seleccionar la barra siguiente</translation>
    </message>
    <message>
        <source>Select the bar above or below</source>
        <translation>Seleccionar la barra de arriba o de abajo</translation>
    </message>
    <message>
        <source>Pin a quarter earlier or later</source>
        <translation>Fijar un trimestre antes o después</translation>
    </message>
    <message>
        <source>A quarter shorter or longer</source>
        <translation>Un trimestre más corta o más larga</translation>
    </message>
    <message>
        <source>Edit in the inspector</source>
        <translation>Editar en el inspector</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>Quitar la selección</translation>
    </message>
    <message>
        <source>Zoom in, zoom out</source>
        <translation>Acercar, alejar</translation>
    </message>
    <message>
        <source>Fit to the window</source>
        <translation>Ajustar a la ventana</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>Grafo</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tablas</translation>
    </message>
    <message>
        <source>Edit the cell</source>
        <translation>Editar la celda</translation>
    </message>
    <message>
        <source>Presenter mode</source>
        <translation>Modo presentador</translation>
    </message>
    <message>
        <source>Next slide</source>
        <translation>Diapositiva siguiente</translation>
    </message>
    <message>
        <source>Previous slide</source>
        <translation>Diapositiva anterior</translation>
    </message>
    <message>
        <source>First and last slide</source>
        <translation>Primera y última diapositiva</translation>
    </message>
    <message>
        <source>Blank the screen</source>
        <translation>Dejar la pantalla en blanco</translation>
    </message>
    <message>
        <source>Capture an idea</source>
        <translation>Capturar una idea</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
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
        <translation>Hoja de ruta %1</translation>
    </message>
    <message>
        <source>Roadmap %1 (%2 of %3)</source>
        <translation>Hoja de ruta %1 (%2 de %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n initiative(s)</source>
        <translation>
            <numerusform>%n iniciativa</numerusform>
            <numerusform>%n iniciativas</numerusform>
        </translation>
    </message>
    <message>
        <source>Run, Grow, Transform</source>
        <translation>Run, Grow, Transform</translation>
    </message>
    <message>
        <source>Where the money goes: keeping the lights on, improving, changing</source>
        <translation>Adónde va el dinero: mantener la operación, mejorar, cambiar</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>Demand as a share of each resource&apos;s capacity, per quarter</source>
        <translation>Demanda como parte de la capacidad de cada recurso, por trimestre</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>also served by %n initiative(s) of other goals</source>
        <translation>
            <numerusform>también atendido por %n iniciativa de otros objetivos</numerusform>
            <numerusform>también atendido por %n iniciativas de otros objetivos</numerusform>
        </translation>
    </message>
    <message>
        <source>No initiative serves this goal yet.</source>
        <translation>Ninguna iniciativa atiende aún este objetivo.</translation>
    </message>
    <message>
        <source>Goals and their initiatives</source>
        <translation>Objetivos y sus iniciativas</translation>
    </message>
    <message>
        <source>Systems out of vendor support, with the plan carried out</source>
        <translation>Sistemas sin soporte del fabricante, con el plan ejecutado</translation>
    </message>
    <message>
        <source>%1: from %2, and still at the end</source>
        <translation>%1: desde %2 y aún al final</translation>
    </message>
    <message>
        <source>%1: in %2</source>
        <translation>%1: en %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 – %3 (%n quarter(s))</source>
        <translation>
            <numerusform>%1: %2 – %3 (%n trimestre)</numerusform>
            <numerusform>%1: %2 – %3 (%n trimestres)</numerusform>
        </translation>
    </message>
    <message>
        <source>None: every system is supported while it runs.</source>
        <translation>Ninguno: todos los sistemas tienen soporte mientras funcionan.</translation>
    </message>
    <message>
        <source>Deadlines the schedule misses</source>
        <translation>Plazos que la planificación incumple</translation>
    </message>
    <message>
        <source>Quarters over capacity</source>
        <translation>Trimestres por encima de la capacidad</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Key risks</source>
        <translation>Riesgos clave</translation>
    </message>
    <message>
        <source>Decided in this workshop</source>
        <translation>Decidido en este taller</translation>
    </message>
    <message>
        <source>Decisions taken</source>
        <translation>Decisiones tomadas</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (continuación)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>← → slides · click a bar: its dependencies · B blank · N capture an idea · Esc leave</source>
        <translation>← → diapositivas · clic en una barra: sus dependencias · B en blanco · N capturar una idea · Esc salir</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
    <message>
        <source>End of vendor support</source>
        <translation>Fin del soporte del fabricante</translation>
    </message>
    <message>
        <source>Misses its deadline</source>
        <translation>Incumple su plazo</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>FY</source>
        <translation>FY</translation>
    </message>
    <message numerus="yes">
        <source>Green up to 80 %, amber up to 100 %, red over capacity: %n quarter(s) over.</source>
        <translation>
            <numerusform>Verde hasta el 80 %, ámbar hasta el 100 %, rojo por encima de la capacidad: %n trimestre por encima.</numerusform>
            <numerusform>Verde hasta el 80 %, ámbar hasta el 100 %, rojo por encima de la capacidad: %n trimestres por encima.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>No se puede escribir «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>No se puede escribir «%1».</translation>
    </message>
</context>
<context>
    <name>Cairn::TablePage</name>
    <message>
        <source>Search…</source>
        <translation>Buscar…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation>Objetivo:</translation>
    </message>
</context>
<context>
    <name>Cairn::Template</name>
    <message>
        <source>Small business</source>
        <translation>Pequeña empresa</translation>
    </message>
    <message>
        <source>About 15 people, an office and a workshop, IT looked after by the office manager and an outside partner: backups, new PCs and a firewall before end of support, multi-factor sign-in, files in the cloud.</source>
        <translation>Unas 15 personas, una oficina y un taller, con la TI a cargo de la responsable de oficina y un socio externo: copias de seguridad, nuevos PC y un cortafuegos antes del fin de soporte, inicio de sesión multifactor y archivos en la nube.</translation>
    </message>
    <message>
        <source>Retailer</source>
        <translation>Comercio minorista</translation>
    </message>
    <message>
        <source>Three stores, a webshop and a warehouse: tills, payment terminals and the webshop upgraded before end of support, a safer store network, click &amp; collect and one stock across stores and webshop.</source>
        <translation>Tres tiendas, una tienda online y un almacén: cajas, terminales de pago y la tienda online actualizados antes del fin de soporte, una red de tienda más segura, click &amp; collect y un único stock para tiendas y tienda online.</translation>
    </message>
    <message>
        <source>Professional-services firm</source>
        <translation>Despacho profesional</translation>
    </message>
    <message>
        <source>About 40 accountants, lawyers or consultants in two offices: client data protected, laptops, practice management and the phone system renewed, documents in the cloud and a client portal.</source>
        <translation>Unos 40 contables, abogados o consultores en dos oficinas: datos de clientes protegidos, portátiles, gestión del despacho y centralita renovados, documentos en la nube y un portal de clientes.</translation>
    </message>
    <message>
        <source>Professional services — IT roadmap</source>
        <translation>Despacho profesional — hoja de ruta de TI</translation>
    </message>
    <message>
        <source>Your firm</source>
        <translation>Su despacho</translation>
    </message>
    <message>
        <source>A firm of about 40 people (accountants, lawyers, engineers or consultants) in two offices, with client files that must stay confidential. A starter template: replace the names, dates and amounts with your own. The quarters follow the plan&apos;s first quarter; ends of support are examples, so enter your vendors&apos; dates.</source>
        <translation>Un despacho de unas 40 personas (contables, abogados, ingenieros o consultores) en dos oficinas, con expedientes de clientes que deben seguir siendo confidenciales. Una plantilla de partida: sustituya los nombres, fechas e importes por los suyos. Los trimestres siguen al primer trimestre del plan; los fines de soporte son ejemplos, así que introduzca las fechas de sus proveedores.</translation>
    </message>
    <message>
        <source>IT budget</source>
        <translation>Presupuesto de TI</translation>
    </message>
    <message>
        <source>Project money per quarter.</source>
        <translation>Dinero para proyectos por trimestre.</translation>
    </message>
    <message>
        <source>IT coordinator</source>
        <translation>Coordinador de TI</translation>
    </message>
    <message>
        <source>An office manager who coordinates IT part-time.</source>
        <translation>Un responsable de oficina que coordina la TI a tiempo parcial.</translation>
    </message>
    <message>
        <source>IT service partner</source>
        <translation>Proveedor de servicios de TI</translation>
    </message>
    <message>
        <source>Managed service contract with hours for projects.</source>
        <translation>Contrato de servicios gestionados con horas para proyectos.</translation>
    </message>
    <message>
        <source>Protect client data</source>
        <translation>Proteger los datos de clientes</translation>
    </message>
    <message>
        <source>Confidential files protected, access controlled, and every incident handled as the professional body requires.</source>
        <translation>Expedientes confidenciales protegidos, acceso controlado y cada incidente gestionado como exige el colegio profesional.</translation>
    </message>
    <message>
        <source>Managing partner</source>
        <translation>Socio director</translation>
    </message>
    <message>
        <source>No reportable data breach</source>
        <translation>Ninguna brecha de datos notificable</translation>
    </message>
    <message>
        <source>Keep systems supported</source>
        <translation>Mantener los sistemas con soporte</translation>
    </message>
    <message>
        <source>Nothing the firm depends on runs out of vendor support.</source>
        <translation>Nada de lo que depende el despacho se queda sin soporte del proveedor.</translation>
    </message>
    <message>
        <source>Office manager</source>
        <translation>Responsable de oficina</translation>
    </message>
    <message>
        <source>No unsupported system</source>
        <translation>Ningún sistema sin soporte</translation>
    </message>
    <message>
        <source>Work securely from anywhere</source>
        <translation>Trabajar de forma segura desde cualquier lugar</translation>
    </message>
    <message>
        <source>Client meetings, home and the second office with the same files and phone.</source>
        <translation>Reuniones con clientes, casa y la segunda oficina con los mismos archivos y teléfono.</translation>
    </message>
    <message>
        <source>Everyone can work remotely</source>
        <translation>Todos pueden trabajar en remoto</translation>
    </message>
    <message>
        <source>Bill more hours, chase fewer</source>
        <translation>Facturar más horas, reclamar menos</translation>
    </message>
    <message>
        <source>Time recorded as it happens, invoices out sooner, clients who pay online.</source>
        <translation>Tiempo registrado al momento, facturas emitidas antes y clientes que pagan en línea.</translation>
    </message>
    <message>
        <source>Finance partner</source>
        <translation>Socio de finanzas</translation>
    </message>
    <message>
        <source>Days to invoice 30 → 10</source>
        <translation>Días hasta facturar: 30 → 10</translation>
    </message>
    <message>
        <source>Practice management (time and billing)</source>
        <translation>Gestión del despacho (tiempos y facturación)</translation>
    </message>
    <message>
        <source>Business application</source>
        <translation>Aplicación de negocio</translation>
    </message>
    <message>
        <source>Practice software vendor</source>
        <translation>Proveedor del software de gestión</translation>
    </message>
    <message>
        <source>Document management</source>
        <translation>Gestión documental</translation>
    </message>
    <message>
        <source>File server and NAS</source>
        <translation>Servidor de archivos y NAS</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>Infraestructura</translation>
    </message>
    <message>
        <source>on-premises</source>
        <translation>local</translation>
    </message>
    <message>
        <source>Laptops</source>
        <translation>Portátiles</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Puesto de trabajo</translation>
    </message>
    <message>
        <source>hardware</source>
        <translation>hardware</translation>
    </message>
    <message>
        <source>Office phone system (PBX)</source>
        <translation>Centralita de la oficina (PBX)</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Comunicación</translation>
    </message>
    <message>
        <source>Email and collaboration (cloud)</source>
        <translation>Correo y colaboración (nube)</translation>
    </message>
    <message>
        <source>Backup appliance</source>
        <translation>Dispositivo de copia de seguridad</translation>
    </message>
    <message>
        <source>Cloud backup with a tested restore</source>
        <translation>Copia de seguridad en la nube con restauración probada</translation>
    </message>
    <message>
        <source>Back up mailboxes, documents and the practice database to a second location; test a restore every half year.</source>
        <translation>Copiar buzones, documentos y la base de datos del despacho en una segunda ubicación; probar una restauración cada seis meses.</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>copia de seguridad</translation>
    </message>
    <message>
        <source>Multi-factor sign-in and device management</source>
        <translation>Inicio de sesión multifactor y gestión de dispositivos</translation>
    </message>
    <message>
        <source>MFA for every account; laptops enrolled, encrypted and updated centrally.</source>
        <translation>MFA en todas las cuentas; portátiles registrados, cifrados y actualizados de forma centralizada.</translation>
    </message>
    <message>
        <source>security</source>
        <translation>seguridad</translation>
    </message>
    <message>
        <source>Replace the laptops before end of support</source>
        <translation>Sustituir los portátiles antes del fin de soporte</translation>
    </message>
    <message>
        <source>Supported laptops with encryption, docking in both offices.</source>
        <translation>Portátiles con soporte, cifrado y estación de acoplamiento en ambas oficinas.</translation>
    </message>
    <message>
        <source>end of support</source>
        <translation>fin de soporte</translation>
    </message>
    <message>
        <source>Upgrade practice management</source>
        <translation>Actualizar la gestión del despacho</translation>
    </message>
    <message>
        <source>Move time and billing to the vendor&apos;s supported (cloud) version before the current one runs out.</source>
        <translation>Pasar tiempos y facturación a la versión con soporte (en la nube) del proveedor antes de que caduque la actual.</translation>
    </message>
    <message>
        <source>Replace the phone system with cloud telephony</source>
        <translation>Sustituir la centralita por telefonía en la nube</translation>
    </message>
    <message>
        <source>Numbers ported to a cloud phone service with softphones on laptops and mobiles.</source>
        <translation>Números portados a un servicio telefónico en la nube con softphones en portátiles y móviles.</translation>
    </message>
    <message>
        <source>Move document management to the cloud</source>
        <translation>Llevar la gestión documental a la nube</translation>
    </message>
    <message>
        <source>Client files move to a cloud document system with matter-based permissions; the file server is switched off.</source>
        <translation>Los expedientes de clientes pasan a un sistema documental en la nube con permisos por asunto; el servidor de archivos se apaga.</translation>
    </message>
    <message>
        <source>Client portal for sharing documents</source>
        <translation>Portal de clientes para compartir documentos</translation>
    </message>
    <message>
        <source>Clients upload and sign documents in a portal instead of email.</source>
        <translation>Los clientes suben y firman documentos en un portal en lugar de por correo.</translation>
    </message>
    <message>
        <source>Record time as it happens</source>
        <translation>Registrar el tiempo al momento</translation>
    </message>
    <message>
        <source>Time captured from calendar, email and phone into practice management.</source>
        <translation>Tiempo capturado desde el calendario, el correo y el teléfono en la gestión del despacho.</translation>
    </message>
    <message>
        <source>Security awareness training</source>
        <translation>Formación en concienciación de seguridad</translation>
    </message>
    <message>
        <source>Short yearly training and phishing tests for everyone.</source>
        <translation>Formación anual breve y pruebas de phishing para todos.</translation>
    </message>
    <message>
        <source>Professional indemnity renewal</source>
        <translation>Renovación del seguro de responsabilidad civil profesional</translation>
    </message>
    <message>
        <source>The insurer asks about MFA, backups and training.</source>
        <translation>La aseguradora pregunta por MFA, copias de seguridad y formación.</translation>
    </message>
    <message>
        <source>Retailer — IT roadmap</source>
        <translation>Comercio minorista — hoja de ruta de TI</translation>
    </message>
    <message>
        <source>Your shops</source>
        <translation>Sus tiendas</translation>
    </message>
    <message>
        <source>A retailer with three stores, a webshop and a small warehouse; one IT person and a web agency. A starter template: replace the names, dates and amounts with your own. The quarters follow the plan&apos;s first quarter; ends of support are examples, so enter your vendors&apos; dates.</source>
        <translation>Un comercio con tres tiendas, una tienda online y un pequeño almacén; una persona de TI y una agencia web. Una plantilla de partida: sustituya los nombres, fechas e importes por los suyos. Los trimestres siguen al primer trimestre del plan; los fines de soporte son ejemplos, así que introduzca las fechas de sus proveedores.</translation>
    </message>
    <message>
        <source>IT project budget</source>
        <translation>Presupuesto de proyectos de TI</translation>
    </message>
    <message>
        <source>Project money per quarter; licences and support contracts are running costs.</source>
        <translation>Dinero para proyectos por trimestre; las licencias y los contratos de soporte son costes de operación.</translation>
    </message>
    <message>
        <source>Internal IT</source>
        <translation>TI interna</translation>
    </message>
    <message>
        <source>One IT person, with a fifth of a colleague&apos;s time; day-to-day support comes first.</source>
        <translation>Una persona de TI, con una quinta parte del tiempo de un compañero; el soporte diario va primero.</translation>
    </message>
    <message>
        <source>Web agency</source>
        <translation>Agencia web</translation>
    </message>
    <message>
        <source>Builds and hosts the webshop under a yearly contract.</source>
        <translation>Crea y aloja la tienda online con un contrato anual.</translation>
    </message>
    <message>
        <source>Sell seamlessly online and in store</source>
        <translation>Vender sin fisuras en línea y en tienda</translation>
    </message>
    <message>
        <source>One stock, one price and one customer across the stores and the webshop.</source>
        <translation>Un solo stock, un solo precio y un solo cliente en las tiendas y la tienda en línea.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>Online share of revenue 10 % → 25 %</source>
        <translation>Cuota en línea de los ingresos 10 % → 25 %</translation>
    </message>
    <message>
        <source>Keep the tills running</source>
        <translation>Mantener las cajas en marcha</translation>
    </message>
    <message>
        <source>No store stops selling because of IT: tills, payment and network supported and backed up.</source>
        <translation>Ninguna tienda deja de vender por culpa de la informática: cajas, pagos y red con soporte y copia de seguridad.</translation>
    </message>
    <message>
        <source>Store operations</source>
        <translation>Operaciones de tienda</translation>
    </message>
    <message>
        <source>No trading hour lost</source>
        <translation>Ninguna hora de venta perdida</translation>
    </message>
    <message>
        <source>Know and keep our customers</source>
        <translation>Conocer y fidelizar a nuestros clientes</translation>
    </message>
    <message>
        <source>A loyalty programme and campaigns based on what people buy.</source>
        <translation>Un programa de fidelización y campañas basadas en lo que compra la gente.</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Repeat purchases 20 % → 30 %</source>
        <translation>Compras repetidas 20 % → 30 %</translation>
    </message>
    <message>
        <source>Protect card and customer data</source>
        <translation>Proteger los datos de tarjetas y clientes</translation>
    </message>
    <message>
        <source>Meet the card schemes&apos; rules (PCI DSS) and GDPR; pass the insurer&apos;s checks.</source>
        <translation>Cumplir las normas de las marcas de tarjetas (PCI DSS) y el RGPD; superar las revisiones de la aseguradora.</translation>
    </message>
    <message>
        <source>Clean PCI self-assessment</source>
        <translation>Autoevaluación PCI sin incidencias</translation>
    </message>
    <message>
        <source>Tills (POS software)</source>
        <translation>Cajas (software TPV)</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <source>POS vendor</source>
        <translation>Proveedor del TPV</translation>
    </message>
    <message>
        <source>store</source>
        <translation>tienda</translation>
    </message>
    <message>
        <source>Payment terminals</source>
        <translation>Terminales de pago</translation>
    </message>
    <message>
        <source>Payment provider</source>
        <translation>Proveedor de pagos</translation>
    </message>
    <message>
        <source>Webshop platform</source>
        <translation>Plataforma de la tienda en línea</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <source>Open-source shop software</source>
        <translation>Software de tienda de código abierto</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en línea</translation>
    </message>
    <message>
        <source>Stock and purchasing (ERP)</source>
        <translation>Stock y compras (ERP)</translation>
    </message>
    <message>
        <source>Store Wi-Fi and network</source>
        <translation>Wi-Fi y red de las tiendas</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Back-office PCs</source>
        <translation>PC de la trastienda</translation>
    </message>
    <message>
        <source>Backup to a NAS in the office</source>
        <translation>Copia de seguridad en un NAS de la oficina</translation>
    </message>
    <message>
        <source>Email and office (cloud)</source>
        <translation>Correo y ofimática (nube)</translation>
    </message>
    <message>
        <source>Replace the payment terminals</source>
        <translation>Sustituir los terminales de pago</translation>
    </message>
    <message>
        <source>Terminals that the payment provider supports, with contactless and the current security rules.</source>
        <translation>Terminales compatibles con el proveedor de pagos, con pago sin contacto y las normas de seguridad vigentes.</translation>
    </message>
    <message>
        <source>Upgrade the tills to the supported POS version</source>
        <translation>Actualizar las cajas a la versión de TPV con soporte</translation>
    </message>
    <message>
        <source>Upgrade the POS software and the till PCs in all stores, one store at a time, outside trading hours.</source>
        <translation>Actualizar el software TPV y los PC de caja en todas las tiendas, de una en una, fuera del horario comercial.</translation>
    </message>
    <message>
        <source>Upgrade the webshop to a supported version</source>
        <translation>Actualizar la tienda en línea a una versión con soporte</translation>
    </message>
    <message>
        <source>Move the shop to the platform&apos;s supported major version, with its extensions.</source>
        <translation>Pasar la tienda a la versión principal con soporte de la plataforma, con sus extensiones.</translation>
    </message>
    <message>
        <source>Off-site backups and a tested restore</source>
        <translation>Copias de seguridad externas y una restauración probada</translation>
    </message>
    <message>
        <source>Backups of the ERP, the webshop and the office to a cloud copy, with a restore test every half year.</source>
        <translation>Copias de seguridad del ERP, la tienda en línea y la oficina en una copia en la nube, con una prueba de restauración cada seis meses.</translation>
    </message>
    <message>
        <source>Replace the back-office PCs</source>
        <translation>Sustituir los PC de la trastienda</translation>
    </message>
    <message>
        <source>Supported PCs with encryption and automatic updates.</source>
        <translation>PC con soporte, con cifrado y actualizaciones automáticas.</translation>
    </message>
    <message>
        <source>Renew the store network and Wi-Fi</source>
        <translation>Renovar la red y el Wi-Fi de las tiendas</translation>
    </message>
    <message>
        <source>Separate networks for tills, staff and guests; supported access points.</source>
        <translation>Redes separadas para cajas, personal e invitados; puntos de acceso con soporte.</translation>
    </message>
    <message>
        <source>Multi-factor sign-in and device protection</source>
        <translation>Inicio de sesión multifactor y protección de dispositivos</translation>
    </message>
    <message>
        <source>MFA for every account and endpoint protection on tills and PCs.</source>
        <translation>MFA para todas las cuentas y protección de endpoints en cajas y PC.</translation>
    </message>
    <message>
        <source>Click &amp; collect and returns in store</source>
        <translation>Click &amp; collect y devoluciones en tienda</translation>
    </message>
    <message>
        <source>Order online, collect or return in any store; stock reserved when ordered.</source>
        <translation>Pedir en línea, recoger o devolver en cualquier tienda; el stock se reserva al hacer el pedido.</translation>
    </message>
    <message>
        <source>One stock across stores and webshop</source>
        <translation>Un solo stock para tiendas y tienda en línea</translation>
    </message>
    <message>
        <source>The webshop reads and reserves the stores&apos; stock from the ERP in real time.</source>
        <translation>La tienda en línea lee y reserva el stock de las tiendas desde el ERP en tiempo real.</translation>
    </message>
    <message>
        <source>Loyalty programme</source>
        <translation>Programa de fidelización</translation>
    </message>
    <message>
        <source>A loyalty card in the app and at the till, with points and personal offers.</source>
        <translation>Una tarjeta de fidelización en la app y en caja, con puntos y ofertas personalizadas.</translation>
    </message>
    <message>
        <source>Christmas trading freeze</source>
        <translation>Congelación de cambios en Navidad</translation>
    </message>
    <message>
        <source>No changes to tills or webshop from mid-November to early January.</source>
        <translation>Ningún cambio en cajas ni en la tienda en línea desde mediados de noviembre hasta principios de enero.</translation>
    </message>
    <message>
        <source>PCI self-assessment</source>
        <translation>Autoevaluación PCI</translation>
    </message>
    <message>
        <source>The acquirer&apos;s yearly questionnaire.</source>
        <translation>El cuestionario anual del banco adquirente.</translation>
    </message>
    <message>
        <source>Small business — IT roadmap</source>
        <translation>Pequeña empresa — hoja de ruta de TI</translation>
    </message>
    <message>
        <source>Your company</source>
        <translation>Su empresa</translation>
    </message>
    <message>
        <source>A business of about 15 people with an office and a workshop; IT is looked after by the office manager and an outside IT partner. A starter template: replace the names, dates and amounts with your own. The quarters follow the plan&apos;s first quarter; ends of support are examples, so enter your vendors&apos; dates.</source>
        <translation>Una empresa de unas 15 personas con una oficina y un taller; de la informática se ocupan la responsable de oficina y un socio de TI externo. Una plantilla inicial: sustituya los nombres, fechas e importes por los suyos. Los trimestres siguen al primer trimestre del plan; los fines de soporte son ejemplos, así que introduzca las fechas de sus proveedores.</translation>
    </message>
    <message>
        <source>What the business can spend on IT projects per quarter; running costs are separate.</source>
        <translation>Lo que la empresa puede gastar en proyectos de TI por trimestre; los costes de operación van aparte.</translation>
    </message>
    <message>
        <source>Office manager and IT partner</source>
        <translation>Responsable de oficina y socio de TI</translation>
    </message>
    <message>
        <source>About two days a week between the office manager and the IT partner.</source>
        <translation>Unos dos días a la semana entre la responsable de oficina y el socio de TI.</translation>
    </message>
    <message>
        <source>Keep the business running</source>
        <translation>Mantener la empresa en marcha</translation>
    </message>
    <message>
        <source>No lost day from an outage, a break-in or a lost laptop.</source>
        <translation>Ningún día perdido por una caída, un robo o un portátil extraviado.</translation>
    </message>
    <message>
        <source>No working day lost to IT</source>
        <translation>Ningún día de trabajo perdido por la informática</translation>
    </message>
    <message>
        <source>Protect our data</source>
        <translation>Proteger nuestros datos</translation>
    </message>
    <message>
        <source>Backups that are tested, accounts that need more than a password, devices that are updated.</source>
        <translation>Copias de seguridad probadas, cuentas que piden algo más que una contraseña, dispositivos actualizados.</translation>
    </message>
    <message>
        <source>A tested restore twice a year</source>
        <translation>Una restauración probada dos veces al año</translation>
    </message>
    <message>
        <source>Work from anywhere</source>
        <translation>Trabajar desde cualquier lugar</translation>
    </message>
    <message>
        <source>Files, email and the accounts on a laptop or phone, safely.</source>
        <translation>Archivos, correo y contabilidad en un portátil o un teléfono, con seguridad.</translation>
    </message>
    <message>
        <source>Everyone can work from home</source>
        <translation>Todos pueden trabajar desde casa</translation>
    </message>
    <message>
        <source>Spend less time on paperwork</source>
        <translation>Dedicar menos tiempo al papeleo</translation>
    </message>
    <message>
        <source>Invoices, receipts and quotes handled once, not typed again.</source>
        <translation>Facturas, recibos y presupuestos tratados una sola vez, sin volver a teclearlos.</translation>
    </message>
    <message>
        <source>Invoice handling 6 → 2 hours a week</source>
        <translation>Gestión de facturas 6 → 2 horas a la semana</translation>
    </message>
    <message>
        <source>Office PCs</source>
        <translation>PC de la oficina</translation>
    </message>
    <message>
        <source>File server in the office</source>
        <translation>Servidor de archivos en la oficina</translation>
    </message>
    <message>
        <source>IT partner</source>
        <translation>Socio de TI</translation>
    </message>
    <message>
        <source>Backups on USB disks</source>
        <translation>Copias de seguridad en discos USB</translation>
    </message>
    <message>
        <source>Firewall and router</source>
        <translation>Cortafuegos y router</translation>
    </message>
    <message>
        <source>Accounting software</source>
        <translation>Software de contabilidad</translation>
    </message>
    <message>
        <source>Email and calendar (cloud)</source>
        <translation>Correo y calendario (nube)</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Automated backups with an off-site copy</source>
        <translation>Copias de seguridad automáticas con una copia externa</translation>
    </message>
    <message>
        <source>Nightly backups of the PCs, the file server and the cloud mailboxes, with a copy outside the office.</source>
        <translation>Copias de seguridad nocturnas de los PC, el servidor de archivos y los buzones en la nube, con una copia fuera de la oficina.</translation>
    </message>
    <message>
        <source>Test a restore twice a year</source>
        <translation>Probar una restauración dos veces al año</translation>
    </message>
    <message>
        <source>Restore a file, a mailbox and a whole PC from the backup and write down how long it took.</source>
        <translation>Restaurar un archivo, un buzón y un PC completo desde la copia de seguridad y anotar cuánto se tardó.</translation>
    </message>
    <message>
        <source>Turn on multi-factor sign-in for every account</source>
        <translation>Activar el inicio de sesión multifactor en todas las cuentas</translation>
    </message>
    <message>
        <source>Email, accounting, the bank and remote access ask for a second factor.</source>
        <translation>El correo, la contabilidad, el banco y el acceso remoto piden un segundo factor.</translation>
    </message>
    <message>
        <source>Replace the office PCs before end of support</source>
        <translation>Sustituir los PC de la oficina antes del fin de soporte</translation>
    </message>
    <message>
        <source>New or upgraded PCs on a supported operating system, with disk encryption and automatic updates.</source>
        <translation>PC nuevos o actualizados con un sistema operativo con soporte, cifrado de disco y actualizaciones automáticas.</translation>
    </message>
    <message>
        <source>Move shared files to cloud storage</source>
        <translation>Trasladar los archivos compartidos al almacenamiento en la nube</translation>
    </message>
    <message>
        <source>Move the shares of the file server to cloud storage with the same folders and rights, then switch the server off.</source>
        <translation>Trasladar las carpetas compartidas del servidor de archivos al almacenamiento en la nube con las mismas carpetas y permisos, y después apagar el servidor.</translation>
    </message>
    <message>
        <source>Replace the firewall</source>
        <translation>Sustituir el cortafuegos</translation>
    </message>
    <message>
        <source>A supported firewall with updates, and a separate Wi-Fi for guests.</source>
        <translation>Un cortafuegos con soporte y actualizaciones, y una Wi-Fi separada para invitados.</translation>
    </message>
    <message>
        <source>Upgrade the accounting software</source>
        <translation>Actualizar el software de contabilidad</translation>
    </message>
    <message>
        <source>Move to the vendor&apos;s supported version (or its cloud edition) before the current one runs out.</source>
        <translation>Pasar a la versión con soporte del proveedor (o a su edición en la nube) antes de que caduque la actual.</translation>
    </message>
    <message>
        <source>Laptops and secure remote access</source>
        <translation>Portátiles y acceso remoto seguro</translation>
    </message>
    <message>
        <source>Laptops for those who work away from the office, with the files in the cloud and no open ports.</source>
        <translation>Portátiles para quienes trabajan fuera de la oficina, con los archivos en la nube y sin puertos abiertos.</translation>
    </message>
    <message>
        <source>Scan and file invoices automatically</source>
        <translation>Escanear y archivar facturas automáticamente</translation>
    </message>
    <message>
        <source>Invoices arrive in one mailbox, are read and filed into the accounting software for approval.</source>
        <translation>Las facturas llegan a un único buzón, se leen y se archivan en el software de contabilidad para su aprobación.</translation>
    </message>
    <message>
        <source>Online booking for customers</source>
        <translation>Reservas en línea para clientes</translation>
    </message>
    <message>
        <source>Customers book appointments on the website; bookings land in the shared calendar.</source>
        <translation>Los clientes reservan citas en el sitio web; las reservas llegan al calendario compartido.</translation>
    </message>
    <message>
        <source>Insurance renewal</source>
        <translation>Renovación del seguro</translation>
    </message>
    <message>
        <source>The insurer asks for MFA and tested backups.</source>
        <translation>La aseguradora exige MFA y copias de seguridad probadas.</translation>
    </message>
</context>
<context>
    <name>Cairn::ValueEffortMatrix</name>
    <message>
        <source>Quick wins</source>
        <translation>Victorias rápidas</translation>
    </message>
    <message>
        <source>Big bets</source>
        <translation>Grandes apuestas</translation>
    </message>
    <message>
        <source>Fill-ins</source>
        <translation>Relleno</translation>
    </message>
    <message>
        <source>Reconsider</source>
        <translation>Reconsiderar</translation>
    </message>
    <message>
        <source>Value →</source>
        <translation>Valor →</translation>
    </message>
    <message>
        <source>Effort (from cost and FTE, or dragged) →</source>
        <translation>Esfuerzo (según coste y ETC, o arrastrado) →</translation>
    </message>
    <message>
        <source>%1: value %2, effort %3 (set by hand; a right click takes it back to the one from cost and FTE)</source>
        <translation>%1: valor %2, esfuerzo %3 (fijado a mano; un clic derecho lo devuelve al calculado según coste y ETC)</translation>
    </message>
    <message>
        <source>%1: value %2, effort %3 — drag up or down to change its value, left or right its effort</source>
        <translation>%1: valor %2, esfuerzo %3 — arrastre arriba o abajo para cambiar su valor, a izquierda o derecha su esfuerzo</translation>
    </message>
</context>
<context>
    <name>Cairn::VarianceDialog</name>
    <message>
        <source>Changes since a Baseline</source>
        <translation>Cambios desde una línea base</translation>
    </message>
    <message>
        <source>%1 (frozen %2)</source>
        <translation>%1 (congelada el %2)</translation>
    </message>
    <message>
        <source>Baseline:</source>
        <translation>Línea base:</translation>
    </message>
</context>
<context>
    <name>Cairn::VoteTableModel</name>
    <message>
        <source>Hidden until the vote is revealed</source>
        <translation>Oculto hasta que se revele la votación</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n dot(s) on %2 — click to add one, right click or Shift+click to take one back</source>
        <translation>
            <numerusform>%1: %n punto en %2 — haga clic para añadir uno; clic derecho o Shift+clic para retirar uno</numerusform>
            <numerusform>%1: %n puntos en %2 — haga clic para añadir uno; clic derecho o Shift+clic para retirar uno</numerusform>
        </translation>
    </message>
    <message>
        <source>Every participant&apos;s dots together</source>
        <translation>Los puntos de todos los participantes juntos</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Iniciativa</translation>
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
queda %n</numerusform>
            <numerusform>%1
quedan %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cairn::Voting</name>
    <message>
        <source>A participant needs a name.</source>
        <translation>Un participante necesita un nombre.</translation>
    </message>
    <message>
        <source>%1 takes part already.</source>
        <translation>%1 ya participa.</translation>
    </message>
    <message>
        <source>Add participant %1</source>
        <translation>Añadir participante %1</translation>
    </message>
    <message>
        <source>%1 does not take part.</source>
        <translation>%1 no participa.</translation>
    </message>
    <message>
        <source>Rename participant %1 to %2</source>
        <translation>Renombrar participante %1 como %2</translation>
    </message>
    <message>
        <source>Remove participant %1</source>
        <translation>Eliminar participante %1</translation>
    </message>
    <message>
        <source>That initiative is not open to the vote.</source>
        <translation>Esa iniciativa no está abierta a votación.</translation>
    </message>
    <message>
        <source>%1 has %2 dots to give and has given %3 elsewhere.</source>
        <translation>%1 tiene %2 puntos para dar y ya ha dado %3 en otras iniciativas.</translation>
    </message>
    <message>
        <source>%1 gives %2 a dot</source>
        <translation>%1 da un punto a %2</translation>
    </message>
    <message>
        <source>%1 takes a dot back from %2</source>
        <translation>%1 retira un punto de %2</translation>
    </message>
    <message>
        <source>Each participant has between 1 and 50 dots.</source>
        <translation>Cada participante tiene entre 1 y 50 puntos.</translation>
    </message>
    <message>
        <source>Someone has given %1 dots already; take dots back first.</source>
        <translation>Alguien ya ha dado %1 puntos; retire antes puntos.</translation>
    </message>
    <message>
        <source>%1 dots per participant</source>
        <translation>%1 puntos por participante</translation>
    </message>
    <message>
        <source>Reveal the vote</source>
        <translation>Revelar la votación</translation>
    </message>
    <message>
        <source>Hide the vote&apos;s totals</source>
        <translation>Ocultar los totales de la votación</translation>
    </message>
    <message>
        <source>Start a new vote</source>
        <translation>Iniciar una nueva votación</translation>
    </message>
    <message>
        <source>Set values from the vote</source>
        <translation>Fijar valores según la votación</translation>
    </message>
</context>
<context>
    <name>Cairn::VotingView</name>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove Participant</source>
        <translation>Eliminar participante</translation>
    </message>
    <message>
        <source>Reveal Totals</source>
        <translation>Revelar totales</translation>
    </message>
    <message>
        <source>New Vote</source>
        <translation>Nueva votación</translation>
    </message>
    <message>
        <source>Set Values from Votes</source>
        <translation>Fijar valores según los votos</translation>
    </message>
    <message>
        <source>Participant&apos;s name</source>
        <translation>Nombre del participante</translation>
    </message>
    <message>
        <source>Dots each: </source>
        <translation>Puntos por persona: </translation>
    </message>
    <message>
        <source>Removes the participant of the current column, with their dots</source>
        <translation>Elimina al participante de la columna actual, con sus puntos</translation>
    </message>
    <message>
        <source>Takes every dot back and hides the totals; the participants stay</source>
        <translation>Retira todos los puntos y oculta los totales; los participantes se mantienen</translation>
    </message>
    <message>
        <source>The initiative with the most dots gets value 100, the others with dots in proportion; those without a dot keep their values. One step that Undo takes back</source>
        <translation>La iniciativa con más puntos recibe el valor 100 y las demás con puntos, uno proporcional; las que no tienen ningún punto conservan sus valores. Un solo paso que Deshacer revierte</translation>
    </message>
    <message>
        <source>Hide Totals</source>
        <translation>Ocultar totales</translation>
    </message>
    <message numerus="yes">
        <source>Add the participants by name; each gets %n dot(s) to give.</source>
        <translation>
            <numerusform>Añada a los participantes por su nombre; cada uno recibe %n punto para dar.</numerusform>
            <numerusform>Añada a los participantes por su nombre; cada uno recibe %n puntos para dar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 dots given by %n participant(s); %3</source>
        <translation>
            <numerusform>%1 de %2 puntos dados por %n participante; %3</numerusform>
            <numerusform>%1 de %2 puntos dados por %n participantes; %3</numerusform>
        </translation>
    </message>
    <message>
        <source>the totals are revealed.</source>
        <translation>los totales se han revelado.</translation>
    </message>
    <message>
        <source>the totals stay hidden until revealed.</source>
        <translation>los totales permanecen ocultos hasta que se revelen.</translation>
    </message>
    <message>
        <source>Choose a cell in the participant&apos;s column first.</source>
        <translation>Elija primero una celda en la columna del participante.</translation>
    </message>
    <message numerus="yes">
        <source>The vote set the value of %n initiative(s); Undo takes it back.</source>
        <translation>
            <numerusform>La votación fijó el valor de %n iniciativa; Deshacer lo revierte.</numerusform>
            <numerusform>La votación fijó el valor de %n iniciativas; Deshacer lo revierte.</numerusform>
        </translation>
    </message>
    <message>
        <source>The values already are the vote&apos;s: nothing changed.</source>
        <translation>Los valores ya son los de la votación: nada cambió.</translation>
    </message>
</context>
<context>
    <name>Cairn::WelcomePage</name>
    <message>
        <source>Plans you open or save will be listed here.</source>
        <translation>Aquí aparecerán los planes que abra o guarde.</translation>
    </message>
    <message>
        <source>Welcome to Cairn</source>
        <translation>Bienvenido a Cairn</translation>
    </message>
    <message>
        <source>Plan where IT goes next: the business&apos;s goals, the systems it runs and the initiatives that change them, scheduled across quarters within budget and staff, before vendors end support.</source>
        <translation>Planifique hacia dónde va la TI: los objetivos de la empresa, los sistemas que utiliza y las iniciativas que los cambian, programadas por trimestres dentro del presupuesto y el personal, antes de que los proveedores dejen de dar soporte.</translation>
    </message>
    <message>
        <source>New to Cairn? &lt;a href=&quot;help&quot;&gt;Read the user guide&lt;/a&gt; (F1 opens the page of what you are looking at).</source>
        <translation>¿Es nuevo en Cairn? &lt;a href=&quot;help&quot;&gt;Lea la guía del usuario&lt;/a&gt; (F1 abre la página de lo que esté viendo).</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>New Plan…</source>
        <translation>Nuevo plan…</translation>
    </message>
    <message>
        <source>Name it, choose its currency and first quarter, then add goals, systems and initiatives.</source>
        <translation>Póngale nombre, elija su moneda y su primer trimestre, y añada objetivos, sistemas e iniciativas.</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <source>A plan saved by Cairn (.cairn).</source>
        <translation>Un plan guardado por Cairn (.cairn).</translation>
    </message>
    <message>
        <source>Import from a Spreadsheet…</source>
        <translation>Importar desde una hoja de cálculo…</translation>
    </message>
    <message>
        <source>Goals, systems, initiatives or resources as CSV files from Excel, LibreOffice or another tool: a new plan from your lists.</source>
        <translation>Objetivos, sistemas, iniciativas o recursos como archivos CSV de Excel, LibreOffice u otra herramienta: un plan nuevo a partir de sus listas.</translation>
    </message>
    <message>
        <source>Start from the Sample</source>
        <translation>Empezar desde el ejemplo</translation>
    </message>
    <message>
        <source>Brightwater Outdoor, a 60-person retailer: a whole plan with three years of work to explore and change.</source>
        <translation>Brightwater Outdoor, un minorista de 60 personas: un plan completo con tres años de trabajo para explorar y modificar.</translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation>Abrir reciente</translation>
    </message>
    <message>
        <source>Start from a Template</source>
        <translation>Empezar desde una plantilla</translation>
    </message>
    <message>
        <source>A small plan of a typical business, with its goals and the usual work to keep the lights on (backups, upgrades before end of support), ready to make your own.</source>
        <translation>Un plan pequeño de una empresa típica, con sus objetivos y el trabajo habitual para mantener todo en marcha (copias de seguridad, actualizaciones antes del fin de soporte), listo para adaptarlo.</translation>
    </message>
</context>
<context>
    <name>Cairn::Workshop</name>
    <message>
        <source>Capture</source>
        <translation>Captura</translation>
    </message>
    <message>
        <source>Export &amp;Slides…</source>
        <translation>Exportar &amp;diapositivas…</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Presentar</translation>
    </message>
    <message>
        <source>&amp;Capture Ideas</source>
        <translation>&amp;Capturar ideas</translation>
    </message>
    <message>
        <source>The plan is still being scheduled; try again in a moment.</source>
        <translation>El plan aún se está planificando; vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source> — slides</source>
        <translation> — diapositivas</translation>
    </message>
    <message>
        <source>Export Slides</source>
        <translation>Exportar diapositivas</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n slide(s) to %1</source>
        <translation>
            <numerusform>%n diapositiva exportada a %1</numerusform>
            <numerusform>%n diapositivas exportadas a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan has no such workshop.</source>
        <translation>El plan no tiene ese taller.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>No se puede escribir «%1»: %2</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Puntuaciones</translation>
    </message>
    <message>
        <source>Dot Vote</source>
        <translation>Votación por puntos</translation>
    </message>
    <message>
        <source>Workshop Record</source>
        <translation>Acta del taller</translation>
    </message>
    <message>
        <source>Export &amp;Workshop Record…</source>
        <translation>Exportar &amp;acta del taller…</translation>
    </message>
    <message>
        <source>Wor&amp;kshop Panel</source>
        <translation>&amp;Panel del taller</translation>
    </message>
    <message>
        <source>Start &amp;Workshop</source>
        <translation>Iniciar &amp;taller</translation>
    </message>
    <message>
        <source>Note &amp;Decision…</source>
        <translation>Anotar &amp;decisión…</translation>
    </message>
    <message>
        <source>End &amp;Workshop</source>
        <translation>Finalizar &amp;taller</translation>
    </message>
    <message>
        <source>Export Workshop Record</source>
        <translation>Exportar acta del taller</translation>
    </message>
    <message>
        <source>The plan has no workshop yet: View ▸ Start Workshop marks one.</source>
        <translation>El plan aún no tiene ningún taller: Ver ▸ Iniciar taller marca uno.</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Tabla CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported the record of %1 to %2</source>
        <translation>Acta de %1 exportada a %2</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>sin planificar</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadida</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Eliminada</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Movida</translation>
    </message>
    <message>
        <source>Re-scored</source>
        <translation>Repuntuada</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Nothing changed and no decision was noted.</source>
        <translation>No cambió nada y no se anotó ninguna decisión.</translation>
    </message>
    <message numerus="yes">
        <source>%n initiative(s) added</source>
        <translation>
            <numerusform>%n iniciativa añadida</numerusform>
            <numerusform>%n iniciativas añadidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n eliminada</numerusform>
            <numerusform>%n eliminadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation>
            <numerusform>%n movida</numerusform>
            <numerusform>%n movidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n re-scored</source>
        <translation>
            <numerusform>%n revalorada</numerusform>
            <numerusform>%n revaloradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) noted</source>
        <translation>
            <numerusform>%n decisión anotada</numerusform>
            <numerusform>%n decisiones anotadas</numerusform>
        </translation>
    </message>
    <message>
        <source>added, %1</source>
        <translation>añadida, %1</translation>
    </message>
    <message>
        <source>removed (was %1)</source>
        <translation>eliminada (antes: %1)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>value %1 → %2</source>
        <translation>valor %1 → %2</translation>
    </message>
    <message>
        <source>noted %1</source>
        <translation>anotada %1</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>Plan: %1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Inicio: %1</translation>
    </message>
    <message>
        <source>Still running</source>
        <translation>Aún en curso</translation>
    </message>
    <message>
        <source>Ended: %1</source>
        <translation>Fin: %1</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Initiative or decision</source>
        <translation>Iniciativa o decisión</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>Anotada</translation>
    </message>
    <message>
        <source>The workshop %1 is still running; end it first.</source>
        <translation>El taller %1 sigue en curso; finalícelo primero.</translation>
    </message>
    <message>
        <source>Workshop %1</source>
        <translation>Taller %1</translation>
    </message>
    <message>
        <source>Start workshop %1</source>
        <translation>Iniciar taller %1</translation>
    </message>
    <message>
        <source>No workshop is running.</source>
        <translation>No hay ningún taller en curso.</translation>
    </message>
    <message>
        <source>End workshop %1</source>
        <translation>Finalizar taller %1</translation>
    </message>
    <message>
        <source>Decisions are noted in a workshop: start one first.</source>
        <translation>Las decisiones se anotan en un taller: inicie uno primero.</translation>
    </message>
    <message>
        <source>A decision needs a few words.</source>
        <translation>Una decisión necesita unas palabras.</translation>
    </message>
    <message>
        <source>Note decision %1</source>
        <translation>Anotar decisión %1</translation>
    </message>
    <message>
        <source>Remove decision %1</source>
        <translation>Eliminar decisión %1</translation>
    </message>
    <message>
        <source>Delete workshop %1</source>
        <translation>Eliminar taller %1</translation>
    </message>
</context>
<context>
    <name>Cairn::WorkshopRecordModel</name>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Initiative or decision</source>
        <translation>Iniciativa o decisión</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Qué ha cambiado</translation>
    </message>
</context>
<context>
    <name>Cairn::WorkshopRecordView</name>
    <message>
        <source>Start Workshop</source>
        <translation>Iniciar taller</translation>
    </message>
    <message>
        <source>Note Decision</source>
        <translation>Anotar decisión</translation>
    </message>
    <message>
        <source>Remove Decision</source>
        <translation>Eliminar decisión</translation>
    </message>
    <message>
        <source>Export Record…</source>
        <translation>Exportar acta…</translation>
    </message>
    <message>
        <source>A decision taken in the room (Enter notes it)</source>
        <translation>Una decisión tomada en la sala (Intro la anota)</translation>
    </message>
    <message>
        <source>%1 (running)</source>
        <translation>%1 (en curso)</translation>
    </message>
    <message>
        <source>No workshop yet</source>
        <translation>Aún no hay ningún taller</translation>
    </message>
    <message>
        <source>End Workshop</source>
        <translation>Finalizar taller</translation>
    </message>
    <message>
        <source>Start Workshop marks the session: what is added, removed, moved and re-scored from then on is listed here, with the decisions noted.</source>
        <translation>Iniciar taller marca la sesión: lo que se añada, elimine, mueva o vuelva a puntuar a partir de entonces aparece aquí, junto con las decisiones anotadas.</translation>
    </message>
    <message>
        <source>Running since %1.</source>
        <translation>En curso desde %1.</translation>
    </message>
    <message>
        <source>Held %1.</source>
        <translation>Celebrado: %1.</translation>
    </message>
    <message>
        <source>The plan is still being scheduled; try again in a moment.</source>
        <translation>El plan aún se está planificando; vuelva a intentarlo en un momento.</translation>
    </message>
</context>
<context>
    <name>Cairn::Workspace</name>
    <message>
        <source>New goal</source>
        <translation>Nuevo objetivo</translation>
    </message>
    <message>
        <source>New system</source>
        <translation>Nuevo sistema</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>Nuevo equipo</translation>
    </message>
    <message>
        <source>New milestone</source>
        <translation>Nuevo hito</translation>
    </message>
    <message>
        <source>New initiative</source>
        <translation>Nueva iniciativa</translation>
    </message>
    <message>
        <source>Change refused</source>
        <translation>Cambio rechazado</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Hoja de ruta</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>La exportación falló</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Solución: %1</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>Grafo</translation>
    </message>
</context>
</TS>

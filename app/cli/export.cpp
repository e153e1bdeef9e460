#include "app/cli/export.h"

#include "app/charts/chartfactory.h"
#include "app/cli/cli.h"
#include "app/cli/impact.h"
#include "app/cli/output.h"
#include "app/cli/scenariocli.h"
#include "app/cli/workshopcli.h"
#include "app/present/slidedeck.h"
#include "app/present/slidespdf.h"
#include "app/render/logo.h"
#include "app/render/roadmapimage.h"
#include "app/report/reportcomposer.h"
#include "core/interchange/exporter.h"
#include "core/interchange/planjson.h"
#include "core/schedule/planscheduler.h"
#include "core/store/planfile.h"
#include "core/store/savewhole.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace Cairn::Cli {

namespace {

QString nativeAbsolute(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

// The command's options, each defined once.
struct ExportOptions {
    QCommandLineOption png {QStringLiteral("png"),
        QCoreApplication::translate("Cairn::Cli", "Write the roadmap as a PNG image."),
        QStringLiteral("OUT.png")};
    QCommandLineOption svg {QStringLiteral("svg"),
        QCoreApplication::translate("Cairn::Cli", "Write the roadmap as an SVG drawing."),
        QStringLiteral("OUT.svg")};
    QCommandLineOption pdf {QStringLiteral("pdf"),
        QCoreApplication::translate("Cairn::Cli", "Write the roadmap report as a PDF."),
        QStringLiteral("OUT.pdf")};
    QCommandLineOption slides {QStringLiteral("slides"),
        QCoreApplication::translate(
            "Cairn::Cli", "Write the presenter's slides as a 16:9 PDF, one slide a page."),
        QStringLiteral("OUT.pdf")};
    QCommandLineOption pageSize {QStringLiteral("page-size"),
        QCoreApplication::translate("Cairn::Cli", "A4, A3, Letter or Tabloid (default A4)."),
        QStringLiteral("SIZE"), QStringLiteral("A4")};
    QCommandLineOption orientation {QStringLiteral("orientation"),
        QCoreApplication::translate("Cairn::Cli", "landscape or portrait (default landscape)."),
        QStringLiteral("O"), QStringLiteral("landscape")};
    QCommandLineOption sections {QStringLiteral("sections"),
        QCoreApplication::translate("Cairn::Cli",
            "Comma-separated sections: cover, summary, roadmap, charts, initiatives, systems, "
            "scenarios (with --compare), baseline (with --baseline), legend (default all)."),
        QStringLiteral("LIST")};
    QCommandLineOption perPage {QStringLiteral("quarters-per-page"),
        QCoreApplication::translate(
            "Cairn::Cli", "Quarters of the timeline per page (default: fit into --pages-wide)."),
        QStringLiteral("N")};
    QCommandLineOption pagesWide {QStringLiteral("pages-wide"),
        QCoreApplication::translate("Cairn::Cli",
            "Fit the timeline into N pages side by side (default: as many quarters a page as its "
            "width reads well)."),
        QStringLiteral("N")};
    QCommandLineOption pdfA {QStringLiteral("pdf-a"),
        QCoreApplication::translate("Cairn::Cli", "Write PDF/A-1b, for archiving.")};
    QCommandLineOption logo {QStringLiteral("logo"),
        QCoreApplication::translate("Cairn::Cli",
            "The organisation's logo (PNG or SVG) on the report's cover and in its footer, in "
            "place of the plan's."),
        QStringLiteral("FILE")};
    QCommandLineOption marking {QStringLiteral("marking"),
        QCoreApplication::translate("Cairn::Cli",
            "A marking on every page of the report, such as “Confidential”, in place of the "
            "plan's (\"\" for none)."),
        QStringLiteral("TEXT")};
    QCommandLineOption csv {QStringLiteral("csv"),
        QCoreApplication::translate("Cairn::Cli", "Write one CSV per table into a folder."),
        QStringLiteral("DIR")};
    QCommandLineOption xlsx {QStringLiteral("xlsx"),
        QCoreApplication::translate("Cairn::Cli", "Write the tables as an Excel workbook."),
        QStringLiteral("OUT.xlsx")};
    QCommandLineOption charts {QStringLiteral("charts"),
        QCoreApplication::translate(
            "Cairn::Cli", "Write every chart as PNG and SVG into a folder."),
        QStringLiteral("DIR")};
    QCommandLineOption size {QStringLiteral("size"),
        QCoreApplication::translate("Cairn::Cli",
            "Image size; the quarters are fitted to the width (default: the roadmap's natural "
            "size)."),
        QStringLiteral("WxH")};
    QCommandLineOption colourBy {QStringLiteral("colour-by"),
        QCoreApplication::translate("Cairn::Cli",
            "Colour bars by kind, goal, status, system, resource or tag (default kind)."),
        QStringLiteral("DIMENSION"), QStringLiteral("kind")};
    QCommandLineOption lanes {QStringLiteral("lanes"),
        QCoreApplication::translate("Cairn::Cli",
            "Swimlanes by goal, system, kind, resource, status, tag or none (default goal)."),
        QStringLiteral("DIMENSION"), QStringLiteral("goal")};
    QCommandLineOption budget {QStringLiteral("budget-ms"),
        QCoreApplication::translate(
            "Cairn::Cli", "Time for improving the schedule, in milliseconds (default 400)."),
        QStringLiteral("N"), QStringLiteral("400")};
    QCommandLineOption boundMs {QStringLiteral("bound-ms"),
        QCoreApplication::translate("Cairn::Cli",
            "Time for proving how close the schedule is to the best possible, in milliseconds "
            "(default 1000; 0: the scheduler's own bound only)."),
        QStringLiteral("N"), QStringLiteral("1000")};
    QCommandLineOption today {QStringLiteral("today"),
        QCoreApplication::translate(
            "Cairn::Cli", "The date of the today marker, YYYY-MM-DD (default: today)."),
        QStringLiteral("DATE")};
    QCommandLineOption json {QStringLiteral("json"),
        QCoreApplication::translate(
            "Cairn::Cli", "Write the plan as JSON (its tables, and the schedule's figures)."),
        QStringLiteral("OUT.json")};

    // The options that name a file or folder to write.
    QList<QCommandLineOption> outputs() const
    {
        return {csv, xlsx, json, pdf, slides, png, svg, charts};
    }
    QList<QCommandLineOption> all() const
    {
        return {csv, xlsx, json, pdf, slides, pageSize, orientation, sections, perPage, pagesWide,
            pdfA, logo, marking, png, svg, charts, size, colourBy, lanes, budget, boundMs, today};
    }
};

// What the options ask for, read and checked.
struct ExportSettings {
    RoadmapOptions roadmap;
    ReportOptions report;
    SchedulerOptions scheduling;
    int boundMs = 1000; // for the report summary's "Within 0.4 % of the best possible schedule"
    QSize imageSize;
    std::optional<QString> logo; // a data: URL, in place of the plan's
    std::optional<QString> marking;
};

// --size, --colour-by, --lanes, --today, --budget-ms.
int readRoadmapSettings(const QCommandLineParser &parser, const ExportOptions &o, ExportSettings &s)
{
    if (parser.isSet(o.size)) {
        const auto parsed = parseSize(parser.value(o.size));
        if (!parsed)
            return UsageError;
        s.imageSize = *parsed;
    }
    s.roadmap.font = RoadmapSheet::exportFont();
    const auto colour = roadmapDimensionFromKey(parser.value(o.colourBy));
    if (!colour || *colour == RoadmapDimension::None) {
        err(QCoreApplication::translate(
            "Cairn::Cli", "--colour-by is kind, goal, status, system, resource or tag, not “%1”.")
                .arg(parser.value(o.colourBy)));
        return UsageError;
    }
    s.roadmap.colourBy = *colour;
    const auto lane = roadmapDimensionFromKey(parser.value(o.lanes));
    if (!lane) {
        err(QCoreApplication::translate(
            "Cairn::Cli", "--lanes is goal, system, kind, resource, status, tag or none, not “%1”.")
                .arg(parser.value(o.lanes)));
        return UsageError;
    }
    s.roadmap.laneBy = *lane;
    s.roadmap.today = QDate::currentDate();
    if (parser.isSet(o.today)) {
        s.roadmap.today = QDate::fromString(parser.value(o.today), Qt::ISODate);
        if (!s.roadmap.today.isValid()) {
            err(QCoreApplication::translate(
                "Cairn::Cli", "--today needs a date such as 2027-03-31, not “%1”.")
                    .arg(parser.value(o.today)));
            return UsageError;
        }
    }
    const std::optional<int> budgetMs = milliseconds(parser, o.budget);
    const std::optional<int> boundMs = milliseconds(parser, o.boundMs);
    if (!budgetMs || !boundMs)
        return UsageError;
    s.scheduling.timeBudgetMs = *budgetMs;
    s.scheduling.improve = s.scheduling.timeBudgetMs > 0;
    s.boundMs = *boundMs;

    return Ok;
}

// The report's page size, orientation, sections and pagination.
int readReportSettings(const QCommandLineParser &parser, const ExportOptions &o, ExportSettings &s)
{
    bool ok = false;
    s.report.colourBy = s.roadmap.colourBy;
    s.report.laneBy = s.roadmap.laneBy;
    s.report.date = s.roadmap.today;
    s.report.pdfA = parser.isSet(o.pdfA);
    const QMap<QString, QPageSize::PageSizeId> sizes = {{QStringLiteral("a4"), QPageSize::A4},
        {QStringLiteral("a3"), QPageSize::A3}, {QStringLiteral("letter"), QPageSize::Letter},
        {QStringLiteral("tabloid"), QPageSize::Tabloid}};
    if (!sizes.contains(parser.value(o.pageSize).toLower())) {
        err(QCoreApplication::translate(
            "Cairn::Cli", "--page-size is A4, A3, Letter or Tabloid, not “%1”.")
                .arg(parser.value(o.pageSize)));
        return UsageError;
    }
    s.report.pageSize = sizes.value(parser.value(o.pageSize).toLower());
    if (parser.value(o.orientation).compare(QLatin1String("portrait"), Qt::CaseInsensitive) == 0)
        s.report.orientation = QPageLayout::Portrait;
    else if (parser.value(o.orientation).compare(QLatin1String("landscape"), Qt::CaseInsensitive)
        != 0) {
        err(QCoreApplication::translate(
            "Cairn::Cli", "--orientation is landscape or portrait, not “%1”.")
                .arg(parser.value(o.orientation)));
        return UsageError;
    }
    if (parser.isSet(o.sections)) {
        s.report.sections = 0;
        for (const QString &key :
            parser.value(o.sections).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto section = ReportOptions::sectionFromKey(key.trimmed());
            if (!section) {
                err(QCoreApplication::translate("Cairn::Cli",
                    "Unknown section “%1”; the sections are cover, summary, roadmap, charts, "
                    "initiatives, systems, scenarios, baseline and legend.")
                        .arg(key.trimmed()));
                return UsageError;
            }
            s.report.sections |= *section;
        }
        if (s.report.sections == 0) {
            err(QCoreApplication::translate(
                "Cairn::Cli", "--sections needs at least one section."));
            return UsageError;
        }
    }
    if (parser.isSet(o.perPage)) {
        s.report.quartersPerPage = parser.value(o.perPage).toInt(&ok);
        if (!ok || s.report.quartersPerPage < 1 || s.report.quartersPerPage > 40) {
            err(QCoreApplication::translate(
                "Cairn::Cli", "--quarters-per-page needs a number from 1 to 40, not “%1”.")
                    .arg(parser.value(o.perPage)));
            return UsageError;
        }
    }
    s.report.pagesWide = parser.isSet(o.pagesWide) ? parser.value(o.pagesWide).toInt(&ok) : 0;
    if (parser.isSet(o.pagesWide) && (!ok || s.report.pagesWide < 1 || s.report.pagesWide > 20)) {
        err(QCoreApplication::translate(
            "Cairn::Cli", "--pages-wide needs a number from 1 to 20, not “%1”.")
                .arg(parser.value(o.pagesWide)));
        return UsageError;
    }
    if (parser.isSet(o.logo)) {
        QString why;
        s.logo = Logo::fromFile(parser.value(o.logo), &why);
        if (!s.logo) {
            err(why);
            return Unreadable;
        }
    }
    if (parser.isSet(o.marking))
        s.marking = parser.value(o.marking).trimmed();

    return Ok;
}

// --csv, --xlsx, --json: the plan's tables, with the schedule's figures beside the initiatives.
int writeTables(const QCommandLineParser &parser, const ExportOptions &o, const PlanContent &plan,
    const PlanSchedule &schedule)
{
    if (parser.isSet(o.csv)) {
        QString error;
        const QStringList files
            = Interchange::writeCsv(plan, QDir(parser.value(o.csv)), &error, &schedule);
        if (!error.isEmpty()) {
            err(error);
            return Unreadable;
        }
        out(QCoreApplication::translate(
            "Cairn::Cli", "Wrote %n CSV file(s) to %1", nullptr, int(files.size()))
                .arg(nativeAbsolute(parser.value(o.csv))));
    }
    if (parser.isSet(o.xlsx)) {
        QStringList warnings;
        const QString error
            = Interchange::writeXlsx(plan, parser.value(o.xlsx), &warnings, &schedule);
        for (const QString &w : std::as_const(warnings))
            err(QCoreApplication::translate("Cairn::Cli", "warning: %1").arg(w));
        if (!error.isEmpty()) {
            err(error);
            return Unreadable;
        }
        out(QCoreApplication::translate("Cairn::Cli", "Wrote the Excel workbook to %1")
                .arg(nativeAbsolute(parser.value(o.xlsx))));
    }
    if (parser.isSet(o.json)) {
        if (const QString why = saveWhole(parser.value(o.json), writePlanJson(plan, &schedule));
            !why.isEmpty()) {
            err(QCoreApplication::translate("Cairn::Cli", "Cannot write “%1”: %2")
                    .arg(nativeAbsolute(parser.value(o.json)), why));
            return Unreadable;
        }
        out(QCoreApplication::translate("Cairn::Cli", "Wrote the plan as JSON to %1")
                .arg(nativeAbsolute(parser.value(o.json))));
    }
    return Ok;
}

int writeReport(const QCommandLineParser &parser, const ExportOptions &o, const PlanContent &plan,
    const PlanSchedule &schedule, const ExportSettings &s)
{
    if (!parser.isSet(o.pdf))
        return Ok;
    PlanContent branded = plan;
    branded.info.logo = s.logo.value_or(plan.info.logo);
    branded.info.marking = s.marking.value_or(plan.info.marking);
    ReportOptions report = s.report;
    if (report.sections & ReportOptions::Summary) {
        BoundOptions bounding;
        bounding.timeLimitMs = s.boundMs;
        report.bound
            = boundSchedule(schedule.mapping.problem, schedule.result, schedule.goal, bounding);
    }
    const ReportComposer composer(branded, schedule, report);
    const QString error = composer.writePdf(parser.value(o.pdf));
    if (!error.isEmpty()) {
        err(error);
        return Unreadable;
    }
    out(QCoreApplication::translate(
        "Cairn::Cli", "Wrote the roadmap report (%n page(s)) to %1", nullptr, composer.pageCount())
            .arg(nativeAbsolute(parser.value(o.pdf))));
    return Ok;
}

int writeSlides(const QCommandLineParser &parser, const ExportOptions &o, const PlanContent &plan,
    const PlanSchedule &schedule, const ExportSettings &s)
{
    if (!parser.isSet(o.slides))
        return Ok;
    const SlideDeck deck(plan, std::make_shared<const PlanSchedule>(schedule), {}, s.roadmap.today);
    if (const QString error = writeSlidesPdf(deck, parser.value(o.slides), plan.info.name);
        !error.isEmpty()) {
        err(error);
        return Unreadable;
    }
    out(QCoreApplication::translate("Cairn::Cli", "Wrote %n slide(s) to %1", nullptr, deck.count())
            .arg(nativeAbsolute(parser.value(o.slides))));
    return Ok;
}

int writePictures(const QCommandLineParser &parser, const ExportOptions &o, const PlanContent &plan,
    const PlanSchedule &schedule, const ExportSettings &s)
{
    if (!parser.isSet(o.png) && !parser.isSet(o.svg)) // laid out only when a picture is wanted
        return Ok;
    const RoadmapSheet sheet(plan, schedule, s.roadmap, s.imageSize);
    const QString error = parser.isSet(o.png) ? sheet.writePng(parser.value(o.png)) : QString();
    const QString svgError
        = error.isEmpty() && parser.isSet(o.svg) ? sheet.writeSvg(parser.value(o.svg)) : QString();
    if (!error.isEmpty() || !svgError.isEmpty()) {
        err(error + svgError);
        return Unreadable;
    }
    if (parser.isSet(o.png))
        out(QCoreApplication::translate("Cairn::Cli", "Wrote the roadmap image to %1")
                .arg(nativeAbsolute(parser.value(o.png))));
    if (parser.isSet(o.svg))
        out(QCoreApplication::translate("Cairn::Cli", "Wrote the roadmap drawing to %1")
                .arg(nativeAbsolute(parser.value(o.svg))));
    return Ok;
}

int writeCharts(const QCommandLineParser &parser, const ExportOptions &o, const PlanContent &plan,
    const PlanSchedule &schedule, const ExportSettings &s)
{
    if (!parser.isSet(o.charts))
        return Ok;
    const QDir dir(parser.value(o.charts));
    if (!dir.exists() && !QDir().mkpath(dir.path())) {
        err(QCoreApplication::translate("Cairn::Cli", "Cannot create the folder “%1”.")
                .arg(QDir::toNativeSeparators(dir.path())));
        return Unreadable;
    }
    const PlanAnalysis analysis = analysePlan(plan, schedule);
    QString error;
    const QStringList files = Charts::saveAll(plan, analysis, dir,
        s.imageSize.isEmpty() ? QSize(960, 560) : s.imageSize, RoadmapSheet::exportFont(13),
        &error);
    if (!error.isEmpty()) {
        err(error);
        return Unreadable;
    }
    out(QCoreApplication::translate("Cairn::Cli", "Wrote %1 chart files to %2")
            .arg(files.size())
            .arg(QDir::toNativeSeparators(dir.absolutePath())));
    return Ok;
}

// Whether an output named on the command line is the plan file itself (or a link to it): then
// says so. The plan would be replaced by the export (the writes go through a temporary file that
// is renamed over the target).
bool writesOverThePlan(const QCommandLineParser &parser, const QList<QCommandLineOption> &outputs)
{
    const QFileInfo plan(parser.positionalArguments().first());
    if (!plan.exists())
        return false;
    for (const QCommandLineOption &output : outputs) {
        const QString option = output.names().constFirst();
        if (!parser.isSet(option))
            continue;
        const QFileInfo target(parser.value(option));
        if (target.exists() && target.canonicalFilePath() == plan.canonicalFilePath()) {
            err(QCoreApplication::translate("Cairn::Cli",
                "--%1 names the plan “%2” itself: the export would replace it. Choose another "
                "file.")
                    .arg(option, nativeAbsolute(plan.filePath())));
            return true;
        }
    }
    return false;
}

} // namespace

int exportCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("FILE"), QCoreApplication::translate("Cairn::Cli", "The plan to export."));
    const ExportOptions o;
    parser.addOptions(o.all());
    const GraphExportOptions graph;
    graph.addTo(parser);
    const ScenarioExportOptions scenarios;
    scenarios.addTo(parser);
    const WorkshopExportOptions workshop;
    workshop.addTo(parser);
    int code = Ok;
    if (!parseCommand(parser, arguments, 1, 1, &code))
        return code;
    const bool tables = parser.isSet(o.csv) || parser.isSet(o.xlsx) || parser.isSet(o.json);
    if (!tables && !parser.isSet(o.pdf) && !parser.isSet(o.slides) && !parser.isSet(o.png)
        && !parser.isSet(o.svg) && !parser.isSet(o.charts) && !graph.isSet(parser)
        && !workshop.isSet(parser)) {
        err(QCoreApplication::translate("Cairn::Cli",
            "Usage: cairn export FILE --pdf OUT.pdf | --slides OUT.pdf | --png OUT.png | --svg "
            "OUT.svg | --charts DIR "
            "| --csv DIR | --xlsx OUT.xlsx | --json OUT.json | --graph OUT | --workshop-record "
            "OUT [options]; see “cairn export --help”."));
        return UsageError;
    }
    if (!graph.valid(parser))
        return UsageError;
    if (writesOverThePlan(parser, o.outputs() + graph.outputs() + workshop.outputs()))
        return UsageError;
    ExportSettings s;
    if (const int c = readRoadmapSettings(parser, o, s); c != Ok)
        return c;
    if (const int c = readReportSettings(parser, o, s); c != Ok)
        return c;
    std::optional<PlanContent> loaded = loadPlan(parser.positionalArguments().first());
    if (!loaded)
        return Unreadable;
    if (const int c = scenarios.apply(parser, *loaded, s.report); c != Ok)
        return c;
    const PlanSchedule schedule = schedulePlan(*loaded, s.scheduling);
    for (const int c :
        {writeTables(parser, o, *loaded, schedule), writeReport(parser, o, *loaded, schedule, s),
            writeSlides(parser, o, *loaded, schedule, s),
            writePictures(parser, o, *loaded, schedule, s),
            writeCharts(parser, o, *loaded, schedule, s),
            graph.run(parser, *loaded, schedule, s.imageSize),
            workshop.run(parser, *loaded, schedule, s.report)})
        if (c != Ok)
            return c;
    return Ok;
}

} // namespace Cairn::Cli

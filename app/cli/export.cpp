#include "app/cli/export.h"

#include "app/charts/chartfactory.h"
#include "app/cli/cli.h"
#include "app/cli/output.h"
#include "app/render/roadmapimage.h"
#include "app/report/reportcomposer.h"
#include "core/interchange/planexchange.h"
#include "core/schedule/planscheduler.h"
#include "core/store/planfile.h"

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
} // namespace

int exportCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("FILE"), QCoreApplication::translate("Cairn::Cli", "The plan to export."));
    const QCommandLineOption png(QStringLiteral("png"),
        QCoreApplication::translate("Cairn::Cli", "Write the roadmap as a PNG image."),
        QStringLiteral("OUT.png"));
    const QCommandLineOption svg(QStringLiteral("svg"),
        QCoreApplication::translate("Cairn::Cli", "Write the roadmap as an SVG drawing."),
        QStringLiteral("OUT.svg"));
    const QCommandLineOption pdf(QStringLiteral("pdf"),
        QCoreApplication::translate("Cairn::Cli", "Write the roadmap report as a PDF."),
        QStringLiteral("OUT.pdf"));
    const QCommandLineOption pageSize(QStringLiteral("page-size"),
        QCoreApplication::translate("Cairn::Cli", "A4, A3, Letter or Tabloid (default A4)."),
        QStringLiteral("SIZE"), QStringLiteral("A4"));
    const QCommandLineOption orientation(QStringLiteral("orientation"),
        QCoreApplication::translate("Cairn::Cli", "landscape or portrait (default landscape)."),
        QStringLiteral("O"), QStringLiteral("landscape"));
    const QCommandLineOption sections(QStringLiteral("sections"),
        QCoreApplication::translate("Cairn::Cli",
            "Comma-separated sections: cover, summary, roadmap, charts, initiatives, systems, "
            "legend (default all)."),
        QStringLiteral("LIST"));
    const QCommandLineOption perPage(QStringLiteral("quarters-per-page"),
        QCoreApplication::translate(
            "Cairn::Cli", "Quarters of the timeline per page (default: fit into --pages-wide)."),
        QStringLiteral("N"));
    const QCommandLineOption pagesWide(QStringLiteral("pages-wide"),
        QCoreApplication::translate(
            "Cairn::Cli", "Fit the timeline into N pages side by side (default 2)."),
        QStringLiteral("N"), QStringLiteral("2"));
    const QCommandLineOption pdfA(QStringLiteral("pdf-a"),
        QCoreApplication::translate("Cairn::Cli", "Write PDF/A-1b, for archiving."));
    const QCommandLineOption csv(QStringLiteral("csv"),
        QCoreApplication::translate("Cairn::Cli", "Write one CSV per table into a folder."),
        QStringLiteral("DIR"));
    const QCommandLineOption xlsx(QStringLiteral("xlsx"),
        QCoreApplication::translate("Cairn::Cli", "Write the tables as an Excel workbook."),
        QStringLiteral("OUT.xlsx"));
    const QCommandLineOption charts(QStringLiteral("charts"),
        QCoreApplication::translate(
            "Cairn::Cli", "Write every chart as PNG and SVG into a folder."),
        QStringLiteral("DIR"));
    const QCommandLineOption size(QStringLiteral("size"),
        QCoreApplication::translate("Cairn::Cli",
            "Image size; the quarters are fitted to the width (default: the roadmap's natural "
            "size)."),
        QStringLiteral("WxH"));
    const QCommandLineOption colourBy(QStringLiteral("colour-by"),
        QCoreApplication::translate(
            "Cairn::Cli", "Colour bars by kind, goal, status or resource (default kind)."),
        QStringLiteral("DIMENSION"), QStringLiteral("kind"));
    const QCommandLineOption lanes(QStringLiteral("lanes"),
        QCoreApplication::translate("Cairn::Cli",
            "Swimlanes by goal, system, kind, resource, status or none (default goal)."),
        QStringLiteral("DIMENSION"), QStringLiteral("goal"));
    const QCommandLineOption budget(QStringLiteral("budget-ms"),
        QCoreApplication::translate(
            "Cairn::Cli", "Time for improving the schedule, in milliseconds (default 400)."),
        QStringLiteral("N"), QStringLiteral("400"));
    const QCommandLineOption today(QStringLiteral("today"),
        QCoreApplication::translate(
            "Cairn::Cli", "The date of the today marker, YYYY-MM-DD (default: today)."),
        QStringLiteral("DATE"));
    parser.addOptions({csv, xlsx, pdf, pageSize, orientation, sections, perPage, pagesWide, pdfA,
        png, svg, charts, size, colourBy, lanes, budget, today});
    int code = Ok;
    if (!parseCommand(parser, arguments, 1, 1, &code))
        return code;
    if ((!parser.isSet(pdf) && !parser.isSet(png) && !parser.isSet(svg) && !parser.isSet(charts)
            && !parser.isSet(csv) && !parser.isSet(xlsx))) {
        err(QCoreApplication::translate("Cairn::Cli",
            "Usage: cairn export FILE --pdf OUT.pdf | --png OUT.png | --svg OUT.svg | --charts DIR "
            "| --csv DIR | --xlsx OUT.xlsx [options]; see “cairn export --help”."));
        return UsageError;
    }
    QSize imageSize;
    if (parser.isSet(size)) {
        const auto parsed = parseSize(parser.value(size));
        if (!parsed)
            return UsageError;
        imageSize = *parsed;
    }
    RoadmapOptions options;
    options.font = RoadmapSheet::exportFont();
    const auto colour = roadmapDimensionFromKey(parser.value(colourBy));
    if (!colour || *colour == RoadmapDimension::None) {
        err(QCoreApplication::translate(
            "Cairn::Cli", "--colour-by is kind, goal, status, system or resource, not “%1”.")
                .arg(parser.value(colourBy)));
        return UsageError;
    }
    options.colourBy = *colour;
    const auto lane = roadmapDimensionFromKey(parser.value(lanes));
    if (!lane) {
        err(QCoreApplication::translate(
            "Cairn::Cli", "--lanes is goal, system, kind, resource, status or none, not “%1”.")
                .arg(parser.value(lanes)));
        return UsageError;
    }
    options.laneBy = *lane;
    options.today = QDate::currentDate();
    if (parser.isSet(today)) {
        options.today = QDate::fromString(parser.value(today), Qt::ISODate);
        if (!options.today.isValid()) {
            err(QCoreApplication::translate(
                "Cairn::Cli", "--today needs a date such as 2027-03-31, not “%1”.")
                    .arg(parser.value(today)));
            return UsageError;
        }
    }
    bool ok = false;
    SchedulerOptions scheduling;
    scheduling.timeBudgetMs = parser.value(budget).toInt(&ok);
    if (!ok || scheduling.timeBudgetMs < 0) {
        err(QCoreApplication::translate(
            "Cairn::Cli", "--budget-ms needs a number of milliseconds, not “%1”.")
                .arg(parser.value(budget)));
        return UsageError;
    }
    scheduling.improve = scheduling.timeBudgetMs > 0;

    ReportOptions report;
    report.colourBy = options.colourBy;
    report.laneBy = options.laneBy;
    report.date = options.today;
    report.pdfA = parser.isSet(pdfA);
    const QMap<QString, QPageSize::PageSizeId> sizes = {{QStringLiteral("a4"), QPageSize::A4},
        {QStringLiteral("a3"), QPageSize::A3}, {QStringLiteral("letter"), QPageSize::Letter},
        {QStringLiteral("tabloid"), QPageSize::Tabloid}};
    if (!sizes.contains(parser.value(pageSize).toLower())) {
        err(QCoreApplication::translate(
            "Cairn::Cli", "--page-size is A4, A3, Letter or Tabloid, not “%1”.")
                .arg(parser.value(pageSize)));
        return UsageError;
    }
    report.pageSize = sizes.value(parser.value(pageSize).toLower());
    if (parser.value(orientation).compare(QLatin1String("portrait"), Qt::CaseInsensitive) == 0)
        report.orientation = QPageLayout::Portrait;
    else if (parser.value(orientation).compare(QLatin1String("landscape"), Qt::CaseInsensitive)
        != 0) {
        err(QCoreApplication::translate(
            "Cairn::Cli", "--orientation is landscape or portrait, not “%1”.")
                .arg(parser.value(orientation)));
        return UsageError;
    }
    if (parser.isSet(sections)) {
        report.sections = 0;
        for (const QString &key :
            parser.value(sections).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto section = ReportOptions::sectionFromKey(key.trimmed());
            if (!section) {
                err(QCoreApplication::translate("Cairn::Cli",
                    "Unknown section “%1”; the sections are cover, summary, roadmap, charts, "
                    "initiatives, systems and legend.")
                        .arg(key.trimmed()));
                return UsageError;
            }
            report.sections |= *section;
        }
        if (report.sections == 0) {
            err(QCoreApplication::translate(
                "Cairn::Cli", "--sections needs at least one section."));
            return UsageError;
        }
    }
    if (parser.isSet(perPage)) {
        report.quartersPerPage = parser.value(perPage).toInt(&ok);
        if (!ok || report.quartersPerPage < 1 || report.quartersPerPage > 40) {
            err(QCoreApplication::translate(
                "Cairn::Cli", "--quarters-per-page needs a number from 1 to 40, not “%1”.")
                    .arg(parser.value(perPage)));
            return UsageError;
        }
    }
    report.pagesWide = parser.value(pagesWide).toInt(&ok);
    if (!ok || report.pagesWide < 1 || report.pagesWide > 20) {
        err(QCoreApplication::translate(
            "Cairn::Cli", "--pages-wide needs a number from 1 to 20, not “%1”.")
                .arg(parser.value(pagesWide)));
        return UsageError;
    }

    const std::optional<PlanContent> loaded = loadPlan(parser.positionalArguments().first());
    if (!loaded)
        return Unreadable;
    const PlanContent &plan = *loaded;
    // The tables need no schedule.
    if (parser.isSet(csv)) {
        QString error;
        const QStringList files = Interchange::writeCsv(plan, QDir(parser.value(csv)), &error);
        if (!error.isEmpty()) {
            err(error);
            return Unreadable;
        }
        out(QCoreApplication::translate(
            "Cairn::Cli", "Wrote %n CSV file(s) to %1", nullptr, int(files.size()))
                .arg(nativeAbsolute(parser.value(csv))));
    }
    if (parser.isSet(xlsx)) {
        const QString error = Interchange::writeXlsx(plan, parser.value(xlsx));
        if (!error.isEmpty()) {
            err(error);
            return Unreadable;
        }
        out(QCoreApplication::translate("Cairn::Cli", "Wrote the Excel workbook to %1")
                .arg(nativeAbsolute(parser.value(xlsx))));
    }
    if (!parser.isSet(pdf) && !parser.isSet(png) && !parser.isSet(svg) && !parser.isSet(charts))
        return Ok;
    const PlanSchedule schedule = schedulePlan(plan, scheduling);
    if (parser.isSet(pdf)) {
        const ReportComposer composer(plan, schedule, report);
        const QString error = composer.writePdf(parser.value(pdf));
        if (!error.isEmpty()) {
            err(error);
            return Unreadable;
        }
        out(QCoreApplication::translate("Cairn::Cli", "Wrote the roadmap report (%n page(s)) to %1",
            nullptr, composer.pageCount())
                .arg(QDir::toNativeSeparators(QFileInfo(parser.value(pdf)).absoluteFilePath())));
    }
    if (parser.isSet(png) || parser.isSet(svg)) { // laid out only when a picture is wanted
        const RoadmapSheet sheet(plan, schedule, options, imageSize);
        const QString error = parser.isSet(png) ? sheet.writePng(parser.value(png)) : QString();
        const QString svgError
            = error.isEmpty() && parser.isSet(svg) ? sheet.writeSvg(parser.value(svg)) : QString();
        if (!error.isEmpty() || !svgError.isEmpty()) {
            err(error + svgError);
            return Unreadable;
        }
        if (parser.isSet(png))
            out(QCoreApplication::translate("Cairn::Cli", "Wrote the roadmap image to %1")
                    .arg(nativeAbsolute(parser.value(png))));
        if (parser.isSet(svg))
            out(QCoreApplication::translate("Cairn::Cli", "Wrote the roadmap drawing to %1")
                    .arg(nativeAbsolute(parser.value(svg))));
    }
    if (parser.isSet(charts)) {
        const QDir dir(parser.value(charts));
        if (!dir.exists() && !QDir().mkpath(dir.path())) {
            err(QCoreApplication::translate("Cairn::Cli", "Cannot create the folder “%1”.")
                    .arg(QDir::toNativeSeparators(dir.path())));
            return Unreadable;
        }
        const PlanAnalysis analysis = analysePlan(plan, schedule);
        QString error;
        const QStringList files = Charts::saveAll(plan, analysis, dir,
            imageSize.isEmpty() ? QSize(960, 560) : imageSize, RoadmapSheet::exportFont(13),
            &error);
        if (!error.isEmpty()) {
            err(error);
            return Unreadable;
        }
        const int written = int(files.size());
        out(QCoreApplication::translate("Cairn::Cli", "Wrote %1 chart files to %2")
                .arg(written)
                .arg(QDir::toNativeSeparators(dir.absolutePath())));
    }
    return Ok;
}

} // namespace Cairn::Cli

#include "app/present/recordexport.h"

#include "core/store/savewhole.h"
#include "core/workshop/record.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Cairn {

RecordFormat recordFormatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
        return RecordFormat::Markdown;
    if (suffix == QLatin1String("csv"))
        return RecordFormat::Csv;
    return RecordFormat::Pdf;
}

QString writeWorkshopRecord(const PlanContent &plan, const PlanSchedule &schedule,
    WorkshopId workshop, const QString &path, ReportOptions options)
{
    if (!plan.workshop(workshop))
        return QCoreApplication::translate("Cairn::Workshop", "The plan has no such workshop.");
    const RecordFormat format = recordFormatOf(path);
    if (format == RecordFormat::Pdf) {
        options.sections = ReportOptions::Workshop;
        options.workshop = workshop;
        return ReportComposer(plan, schedule, options).writePdf(path);
    }
    const WorkshopRecord record = workshopRecord(plan, &schedule, workshop);
    const QString text = format == RecordFormat::Markdown
        ? workshopRecordMarkdown(record, plan.info)
        : workshopRecordCsv(record, plan.info);
    if (const QString why = saveWhole(path, text.toUtf8()); !why.isEmpty())
        return QCoreApplication::translate("Cairn::Workshop", "Cannot write “%1”: %2")
            .arg(QDir::toNativeSeparators(path), why);
    return {};
}

} // namespace Cairn

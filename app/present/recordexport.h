#pragma once

#include "app/report/reportcomposer.h"

namespace Cairn {

// The formats a workshop record is written in, by the file's suffix: .md (Markdown), .csv, else
// a PDF with the report's "Workshop record" section alone (page size and the like from
// `options`).
enum class RecordFormat { Pdf, Markdown, Csv };
RecordFormat recordFormatOf(const QString &path);

// Writes the record of `workshop` to `path`; returns an error message, or nothing.
QString writeWorkshopRecord(const PlanContent &plan, const PlanSchedule &schedule,
    WorkshopId workshop, const QString &path, ReportOptions options = {});

} // namespace Cairn

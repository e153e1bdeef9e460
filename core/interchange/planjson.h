#pragma once

#include "core/domain/plan.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Cairn {

struct PlanSchedule;

// The readable text form of a plan: the tables of the spreadsheet exchange (see
// core/interchange/tables.h) as JSON arrays of objects keyed by the field schema's keys, and the
// plan's settings as one object. References are by name, amounts in major currency units
// (budget) and FTE (teams), quarters are labels ("2027 Q3"). The sample plan is kept in it, and
// people can write plans by hand in it.
struct PlanJsonResult {
    std::optional<PlanContent> content;
    QString error; // translated; says where (the table, the row, the column) and what is wrong
};

PlanJsonResult readPlanJson(const QByteArray &json);
// With a schedule, the initiatives carry its worked-out figures (never read back).
QByteArray writePlanJson(const PlanContent &plan, const PlanSchedule *schedule = nullptr);

} // namespace Cairn

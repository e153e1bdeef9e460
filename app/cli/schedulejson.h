#pragma once

#include "core/schedule/schedulebound.h"
#include "core/schedule/schedulefixes.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace Cairn {

// objective.bound, objective.gap (per cent), objective.proven, objective.boundMethod and
// objective.tardinessBound of `cairn schedule --json`.
void addBoundJson(QJsonObject &objective, const ScheduleBound &bound);

// The schedule's problems, each with the smallest verified fixes of a missed deadline or an
// initiative that cannot be placed: problems[] of `cairn schedule --json` ...
QJsonArray problemsJson(const PlanContent &plan, const PlanSchedule &schedule);
// ... and the same as lines of text: each problem, then its fixes indented.
QStringList problemLines(const PlanContent &plan, const PlanSchedule &schedule);

} // namespace Cairn

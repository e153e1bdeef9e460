#pragma once

#include "core/domain/plan.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Cairn {

// The readable text form of a plan: the sample plan is kept in it, and people can write plans
// by hand in it. Entities refer to each other by short keys ("erp-upgrade"); amounts are in
// major currency units (budget) and FTE (teams), quarters are labels ("2027 Q3").
struct PlanJsonResult {
    std::optional<PlanContent> content;
    QString error; // translated; says where (e.g. initiatives[3].goals) and what is wrong
};

PlanJsonResult readPlanJson(const QByteArray &json);

} // namespace Cairn

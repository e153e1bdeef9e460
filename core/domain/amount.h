#pragma once

#include "core/domain/plan.h"

#include <optional>

namespace Cairn {

// "2 FTE", "€40,000": an amount of a resource as people read it (money for a budget, hundredths
// of an FTE for a team or a partner).
QString formatAmount(const PlanContent &plan, const Resource &resource, qint64 amount);
// The reverse: money for a budget, FTE (with or without the unit, decimal point or comma) for
// teams and partners. Nothing for text that is not a non-negative amount.
std::optional<qint64> parseAmount(
    const PlanContent &plan, const Resource &resource, const QString &text);

// FTE as people write them ("1.5", "1,5", "2 FTE"), in hundredths; nothing for text that is not a
// non-negative number.
std::optional<qint64> parseFte(const QString &text);

} // namespace Cairn

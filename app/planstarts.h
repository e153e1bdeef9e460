#pragma once

#include "core/domain/plan.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Cairn {

// A plan to start from and what the window says above it while it is new.
struct StartingPlan {
    PlanContent content;
    QString notice; // the banner: empty for a blank plan
};

// The plans a user starts from: blank (a budget and a team, starting next quarter), the sample
// (with a banner saying it is one) or a starter template (core/store/templates.h).
class PlanStarts {
    // The window's words ("New plan", "IT budget"), translated as when it made them itself.
    Q_DECLARE_TR_FUNCTIONS(Cairn::MainWindow)

public:
    static StartingPlan blank();
    static StartingPlan sample();
    // Nothing for an unknown template.
    static std::optional<StartingPlan> fromTemplate(const QString &key);
};

} // namespace Cairn

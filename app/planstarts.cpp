#include "app/planstarts.h"

#include "core/domain/wording.h"
#include "core/store/sampleplan.h"
#include "core/store/templates.h"

#include <QDate>

namespace Cairn {

namespace {
Quarter nextQuarter()
{
    return Quarter::fromDate(QDate::currentDate()) + 1;
}
} // namespace

StartingPlan PlanStarts::blank()
{
    PlanContent content;
    content.info.name = tr("New plan");
    content.info.firstQuarter = nextQuarter();
    Resource budget;
    budget.id = ResourceId {1};
    budget.name = tr("IT budget");
    budget.kind = ResourceKind::Budget;
    budget.defaultCapacity = 10000000;
    Resource team;
    team.id = ResourceId {2};
    team.name = tr("IT team");
    team.kind = ResourceKind::Team;
    team.defaultCapacity = 200;
    content.resources = {budget, team};
    content.nextId = 3;
    return {content, QString()};
}

StartingPlan PlanStarts::sample()
{
    return {samplePlan(),
        tr("This is Cairn's sample plan: Brightwater Outdoor, a retailer that does not exist. "
           "Explore it and change anything; its problems (systems out of support) are part of "
           "the example. Save it under a name of your own to keep it; File > New Plan starts "
           "your own.")};
}

std::optional<StartingPlan> PlanStarts::fromTemplate(const QString &key)
{
    std::optional<PlanContent> content = templatePlan(key, nextQuarter());
    if (!content)
        return std::nullopt;
    QString title = key;
    for (const PlanTemplate &t : planTemplates())
        title = t.key == key ? t.title : title;
    return StartingPlan {std::move(*content),
        tr("Started from the template %1: replace its names, dates and amounts with your own, "
           "then save.")
            .arg(quoted(title))};
}

} // namespace Cairn

#include "app/cli/schedulejson.h"

#include <QCoreApplication>

namespace Cairn {

void addBoundJson(QJsonObject &objective, const ScheduleBound &bound)
{
    objective.insert(QStringLiteral("bound"), bound.bound);
    objective.insert(QStringLiteral("gap"), bound.gapPercent);
    objective.insert(QStringLiteral("proven"), bound.proven);
    objective.insert(QStringLiteral("boundMethod"), ScheduleBound::key(bound.method));
    objective.insert(QStringLiteral("tardinessBound"), bound.tardinessBound);
}

namespace {

QJsonArray changesJson(const PlanContent &plan, const ScheduleFix &fix)
{
    const QuarterStyle style = plan.info.quarterStyle();
    QJsonArray changes;
    switch (fix.kind) {
    case ScheduleFix::Kind::ExtraCapacity: {
        const Resource *r = plan.resource(fix.resource);
        for (Quarter q : fix.quarters)
            changes.append(QJsonObject {{QStringLiteral("resource"), fix.resource.value},
                {QStringLiteral("resourceName"), r ? r->name : QString()},
                {QStringLiteral("quarter"), q.label(style)}, {QStringLiteral("add"), fix.amount},
                {QStringLiteral("capacity"), r ? r->capacityIn(q) + fix.amount : fix.amount}});
        break;
    }
    case ScheduleFix::Kind::DeferInitiatives:
        for (InitiativeId id : fix.deferred)
            changes.append(QJsonObject {{QStringLiteral("initiative"), id.value},
                {QStringLiteral("earliestStart"), fix.when.label(style)}});
        break;
    case ScheduleFix::Kind::MoveDeadline:
        if (fix.system)
            changes.append(QJsonObject {{QStringLiteral("system"), fix.system->value},
                {QStringLiteral("endOfSupport"), fix.when.label(style)}});
        else
            changes.append(QJsonObject {{QStringLiteral("initiative"), fix.initiative.value},
                {QStringLiteral("deadline"), fix.when.label(style)}});
        break;
    }
    return changes;
}

} // namespace

QJsonArray problemsJson(const PlanContent &plan, const PlanSchedule &schedule)
{
    QJsonArray problems;
    for (const PlanScheduleProblem &p : schedule.problems) {
        QJsonArray ids;
        for (InitiativeId id : p.initiatives)
            ids.append(id.value);
        QJsonArray fixes;
        for (const ScheduleFix &fix : proposeFixes(plan, schedule, p))
            fixes.append(QJsonObject {{QStringLiteral("kind"), ScheduleFix::key(fix.kind)},
                {QStringLiteral("description"), fix.description},
                {QStringLiteral("changes"), changesJson(plan, fix)},
                {QStringLiteral("lateAfter"), fix.lateAfter},
                {QStringLiteral("tardinessAfter"), fix.tardinessAfter}});
        problems.append(QJsonObject {{QStringLiteral("kind"), PlanScheduleProblem::key(p.kind)},
            {QStringLiteral("message"), p.message}, {QStringLiteral("initiatives"), ids},
            {QStringLiteral("fixes"), fixes}});
    }
    return problems;
}

QStringList problemLines(const PlanContent &plan, const PlanSchedule &schedule)
{
    QStringList lines;
    for (const PlanScheduleProblem &p : schedule.problems) {
        lines << QStringLiteral("  - %1").arg(p.message);
        for (const ScheduleFix &fix : proposeFixes(plan, schedule, p))
            lines << QStringLiteral("      ")
                    + QCoreApplication::translate("Cairn::Cli", "Fix: %1").arg(fix.description);
    }
    return lines;
}

} // namespace Cairn

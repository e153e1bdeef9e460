#include "core/scenario/comparison.h"

#include "core/scenario/scenarioplan.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace Cairn {

QString basePlanName()
{
    return QCoreApplication::translate("Cairn::Scenario", "Base plan");
}

qint64 ScenarioComparison::spendIn(size_t side, int year) const
{
    for (const YearSpend &y : sides[side].spendByYear)
        if (y.year == year)
            return y.total;
    return 0;
}

namespace {

bool takenIn(const Initiative &i)
{
    return i.status != InitiativeStatus::Dropped && i.status != InitiativeStatus::Done;
}

} // namespace

void fillFigures(ScenarioFigures &f)
{
    const PlanAnalysis analysis = analysePlan(f.content, f.schedule);
    f.spendByYear = analysis.spendByYearAndKind();
    f.spendOfKinds = analysis.spendOfKinds();
    f.totalSpend = 0;
    for (qint64 v : f.spendOfKinds)
        f.totalSpend += v;
    f.outOfSupport.clear();
    for (const SupportGap &g : analysis.supportGaps)
        f.outOfSupport.push_back(g.system);
    f.scheduled = f.unscheduled = f.late = f.withDeadline = f.deadlinesMet = 0;
    f.lastFinish.reset();
    for (const Initiative &i : f.content.initiatives) {
        if (!takenIn(i))
            continue;
        const InitiativeSchedule *s = f.schedule.find(i.id);
        const bool placed = s && s->start;
        ++(placed ? f.scheduled : f.unscheduled);
        if (placed && s->late)
            ++f.late;
        if (s && s->deadline) {
            ++f.withDeadline;
            if (placed && !s->late)
                ++f.deadlinesMet;
        }
        if (placed && s->finish && (!f.lastFinish || *f.lastFinish < *s->finish))
            f.lastFinish = s->finish;
    }
}

ScenarioFigures scenarioFigures(
    const PlanContent &base, std::optional<ScenarioId> scenario, const SchedulerOptions &options)
{
    ScenarioFigures f;
    f.scenario = scenario;
    const Scenario *s = scenario ? base.scenario(*scenario) : nullptr;
    f.name = s ? s->name : basePlanName();
    ScenarioPlan plan = applyScenario(base, scenario);
    f.content = std::move(plan.content);
    f.problems = std::move(plan.problems);
    f.schedule = schedulePlan(f.content, options);
    fillFigures(f);
    return f;
}

namespace {

InitiativeComparison::Side sideOf(const ScenarioFigures &f, InitiativeId id)
{
    InitiativeComparison::Side side;
    const Initiative *i = f.content.initiative(id);
    if (!i)
        return side;
    side.included = takenIn(*i);
    side.cost = i->cost;
    if (const InitiativeSchedule *s = f.schedule.find(id); s && side.included) {
        side.start = s->start;
        side.finish = s->finish;
        side.late = s->start && s->late;
    }
    return side;
}

unsigned changesAgainst(const InitiativeComparison::Side &a, const InitiativeComparison::Side &b)
{
    unsigned c = 0;
    const bool inA = a.included && a.start;
    const bool inB = b.included && b.start;
    if (inA && !inB)
        c |= InitiativeComparison::Dropped;
    if (!inA && inB)
        c |= InitiativeComparison::Added;
    if (inA && inB && (a.start != b.start || a.finish != b.finish))
        c |= InitiativeComparison::Moved;
    if (inB && b.late && !(inA && a.late))
        c |= InitiativeComparison::NewlyLate;
    if (a.included && b.included && a.cost != b.cost)
        c |= InitiativeComparison::CostChanged;
    return c;
}

} // namespace

ScenarioComparison compareFigures(std::vector<ScenarioFigures> sides)
{
    ScenarioComparison out;
    out.sides = std::move(sides);
    if (out.sides.empty())
        return out;
    for (const ScenarioFigures &f : out.sides)
        for (const YearSpend &y : f.spendByYear)
            if (y.total != 0)
                out.years.push_back(y.year);
    std::sort(out.years.begin(), out.years.end());
    out.years.erase(std::unique(out.years.begin(), out.years.end()), out.years.end());

    // Every initiative of any side, in the first side's order, then those only others hold.
    std::vector<std::pair<InitiativeId, QString>> all;
    QSet<qint64> seen;
    for (const ScenarioFigures &f : out.sides)
        for (const Initiative &i : f.content.initiatives)
            if (!seen.contains(i.id.value)) {
                seen.insert(i.id.value);
                all.push_back({i.id, i.name});
            }
    for (const auto &[id, name] : all) {
        InitiativeComparison row {id, name, {}, {}, {}};
        unsigned any = 0;
        for (const ScenarioFigures &f : out.sides)
            row.sides.push_back(sideOf(f, id));
        for (size_t k = 0; k < row.sides.size(); ++k) {
            const unsigned c = k == 0 ? 0 : changesAgainst(row.sides[0], row.sides[k]);
            row.changes.push_back(c);
            any |= c;
            const auto &a = row.sides[0];
            const auto &b = row.sides[k];
            row.shift.push_back(a.finish && b.finish && a.included && b.included
                    ? std::optional<int>(*b.finish - *a.finish)
                    : std::nullopt);
        }
        if (any)
            out.changes.push_back(std::move(row));
    }
    return out;
}

ScenarioComparison compareScenarios(const PlanContent &base,
    const std::vector<std::optional<ScenarioId>> &which, const SchedulerOptions &options)
{
    std::vector<ScenarioFigures> sides;
    sides.reserve(which.size());
    for (const auto &s : which)
        sides.push_back(scenarioFigures(base, s, options));
    return compareFigures(std::move(sides));
}

} // namespace Cairn

#include "core/scenario/scenarioset.h"

#include "core/domain/fields.h"
#include "core/domain/wording.h"
#include "core/edit/entityvalue.h"
#include "core/scenario/scenarioplan.h"

#include <QCoreApplication>

namespace Cairn {

namespace {

qint64 claimId(PlanContent &plan)
{
    const qint64 id = std::max(plan.nextId, plan.maxId() + 1);
    plan.nextId = id + 1;
    return id;
}

template<class T> const T *inContent(const PlanContent &plan, qint64 id)
{
    if constexpr (std::is_same_v<T, PlanInfo>)
        return &plan.info;
    else
        return findEntity<T>(plan, id);
}

} // namespace

QString scenarioNameProblem(
    const PlanContent &plan, const QString &name, std::optional<ScenarioId> except)
{
    const QString n = name.trimmed();
    if (n.isEmpty())
        return QCoreApplication::translate("Cairn::Scenario", "A scenario needs a name.");
    if (n.compare(basePlanKey(), Qt::CaseInsensitive) == 0
        || n.compare(plan.info.name.trimmed(), Qt::CaseInsensitive) == 0)
        return QCoreApplication::translate(
            "Cairn::Scenario", "%1 is the base plan's name; give the scenario another one.")
            .arg(quoted(n));
    const auto same = scenarioNamed(plan, n);
    if (same && same != except)
        return QCoreApplication::translate(
            "Cairn::Scenario", "There is already a scenario called %1.")
            .arg(quoted(n));
    return {};
}

QString baselineNameProblem(const PlanContent &plan, const QString &name)
{
    const QString n = name.trimmed();
    if (n.isEmpty())
        return QCoreApplication::translate("Cairn::Scenario", "A baseline needs a name.");
    if (baselineNamed(plan, n))
        return QCoreApplication::translate(
            "Cairn::Scenario", "There is already a baseline called %1.")
            .arg(quoted(n));
    return {};
}

ScenarioId addScenario(PlanContent &plan, const QString &name, const QString &description,
    std::optional<ScenarioId> from)
{
    const ScenarioId id {claimId(plan)};
    plan.scenarios.push_back({id, name.trimmed(), description});
    if (from)
        for (ScenarioOverride o : overridesOf(plan, *from)) {
            o.scenario = id;
            plan.overrides.push_back(std::move(o));
        }
    return id;
}

void renameScenario(PlanContent &plan, ScenarioId id, const QString &name)
{
    for (Scenario &s : plan.scenarios)
        if (s.id == id)
            s.name = name.trimmed();
}

void removeScenario(PlanContent &plan, ScenarioId id)
{
    std::erase_if(plan.scenarios, [id](const Scenario &s) { return s.id == id; });
    std::erase_if(plan.overrides, [id](const ScenarioOverride &o) { return o.scenario == id; });
}

QString adoptScenario(PlanContent &plan, ScenarioId id)
{
    if (!plan.scenario(id))
        return QCoreApplication::translate(
            "Cairn::Scenario", "There is no scenario #%1 in the plan.")
            .arg(id.value);
    ScenarioPlan derived = applyScenario(plan, id);
    if (!derived.problems.isEmpty())
        return derived.problems.join(QLatin1Char('\n'));
    removeScenario(derived.content, id);
    derived.content.reference = std::move(plan.reference); // re-planned calmly from the base's
    plan = std::move(derived.content);
    return {};
}

template<class T> int recordEdit(PlanContent &plan, ScenarioId scenario, const T &after)
{
    const PlanContent shown = applyScenario(plan, scenario).content;
    qint64 id = 0;
    if constexpr (!std::is_same_v<T, PlanInfo>)
        id = after.id.value;
    const T *now = inContent<T>(shown, id);
    if (!now)
        return 0;
    int recorded = 0;
    for (const Field<T> &f : schemaOf<T>().fields) {
        if (f.type == FieldType::Details || f.same(*now, after))
            continue;
        putOverride(plan, plan.overrides,
            fieldOverride(plan, scenario, schemaOf<T>().kind, id, f.keyText(), f.get(after)));
        ++recorded;
    }
    return recorded;
}

template int recordEdit<PlanInfo>(PlanContent &, ScenarioId, const PlanInfo &);
template int recordEdit<Goal>(PlanContent &, ScenarioId, const Goal &);
template int recordEdit<System>(PlanContent &, ScenarioId, const System &);
template int recordEdit<Resource>(PlanContent &, ScenarioId, const Resource &);
template int recordEdit<Initiative>(PlanContent &, ScenarioId, const Initiative &);
template int recordEdit<Milestone>(PlanContent &, ScenarioId, const Milestone &);

} // namespace Cairn

#include "core/edit/scenarioedits.h"

#include "core/domain/wording.h"
#include "core/scenario/baseline.h"
#include "core/scenario/scenarioplan.h"
#include "core/scenario/scenarioset.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Cairn {

void ScenarioEdits::commit(const PlanContent &after, const QString &text)
{
    m_edit.replaceContent(after, text);
}

std::optional<ScenarioId> ScenarioEdits::create(
    const QString &name, std::optional<ScenarioId> from, EditResult *result)
{
    const PlanContent &now = m_edit.plan().content();
    if (const QString why = scenarioNameProblem(now, name); !why.isEmpty()) {
        if (result)
            *result = {false, why};
        return std::nullopt;
    }
    PlanContent after = now;
    const ScenarioId id = addScenario(after, name, {}, from);
    commit(after,
        from ? QCoreApplication::translate("Cairn::Edit", "Duplicate scenario %1")
                   .arg(quoted(name.trimmed()))
             : QCoreApplication::translate("Cairn::Edit", "New scenario %1")
                   .arg(quoted(name.trimmed())));
    return id;
}

EditResult ScenarioEdits::rename(ScenarioId id, const QString &name)
{
    const PlanContent &now = m_edit.plan().content();
    if (const QString why = scenarioNameProblem(now, name, id); !why.isEmpty())
        return {false, why};
    PlanContent after = now;
    renameScenario(after, id, name);
    commit(after,
        QCoreApplication::translate("Cairn::Edit", "Rename scenario to %1")
            .arg(quoted(name.trimmed())));
    return {};
}

void ScenarioEdits::remove(ScenarioId id)
{
    const Scenario *s = m_edit.plan().content().scenario(id);
    if (!s)
        return;
    PlanContent after = m_edit.plan().content();
    const QString name = s->name;
    removeScenario(after, id);
    commit(
        after, QCoreApplication::translate("Cairn::Edit", "Delete scenario %1").arg(quoted(name)));
}

EditResult ScenarioEdits::adopt(ScenarioId id)
{
    PlanContent after = m_edit.plan().content();
    const Scenario *s = after.scenario(id);
    const QString name = s ? s->name : QString();
    if (const QString why = adoptScenario(after, id); !why.isEmpty())
        return {false, why};
    commit(after,
        QCoreApplication::translate("Cairn::Edit", "Adopt scenario %1 into the base plan")
            .arg(quoted(name)));
    return {};
}

EditResult ScenarioEdits::setOverride(const ScenarioOverride &o)
{
    const PlanContent &now = m_edit.plan().content();
    if (!now.scenario(o.scenario))
        return {
            false, QCoreApplication::translate("Cairn::Edit", "That scenario no longer exists.")};
    if (const QString why = overrideProblem(now, o); !why.isEmpty())
        return {false, why};
    PlanContent after = now;
    putOverride(now, after.overrides, o);
    commit(after, describeOverride(now, o));
    return {};
}

void ScenarioEdits::removeOverride(const ScenarioOverride &o)
{
    PlanContent after = m_edit.plan().content();
    const auto it = std::find(after.overrides.begin(), after.overrides.end(), o);
    if (it == after.overrides.end())
        return;
    const QString text
        = QCoreApplication::translate("Cairn::Edit", "Remove %1").arg(describeOverride(after, o));
    after.overrides.erase(it);
    commit(after, text);
}

EditResult ScenarioEdits::update(std::optional<ScenarioId> scenario, const EntityValue &after)
{
    if (!scenario)
        return m_edit.update(after);
    const PlanContent &now = m_edit.plan().content();
    if (!now.scenario(*scenario))
        return {
            false, QCoreApplication::translate("Cairn::Edit", "That scenario no longer exists.")};
    PlanContent changed = now;
    const int fields = std::visit(
        [&changed, scenario](const auto &e) { return recordEdit(changed, *scenario, e); }, after);
    if (fields == 0)
        return {};
    commit(changed,
        QCoreApplication::translate("Cairn::Edit", "Change %1 in scenario %2")
            .arg(quoted(nameOf(after)), quoted(now.scenario(*scenario)->name)));
    return {};
}

std::optional<BaselineId> ScenarioEdits::freeze(const QString &name, const PlanContent &content,
    const PlanSchedule &schedule, const QString &scenario, EditResult *result)
{
    const PlanContent &now = m_edit.plan().content();
    if (const QString why = baselineNameProblem(now, name); !why.isEmpty()) {
        if (result)
            *result = {false, why};
        return std::nullopt;
    }
    PlanContent after = now;
    const BaselineId id = addBaseline(
        after, freezeBaseline(content, schedule, name, QDateTime::currentDateTimeUtc(), scenario));
    commit(after,
        QCoreApplication::translate("Cairn::Edit", "Freeze baseline %1")
            .arg(quoted(name.trimmed())));
    return id;
}

void ScenarioEdits::removeBaseline(BaselineId id)
{
    const Baseline *b = m_edit.plan().content().baseline(id);
    if (!b)
        return;
    PlanContent after = m_edit.plan().content();
    const QString name = b->name;
    Cairn::removeBaseline(after, id);
    commit(
        after, QCoreApplication::translate("Cairn::Edit", "Delete baseline %1").arg(quoted(name)));
}

} // namespace Cairn

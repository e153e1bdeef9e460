#include "core/edit/editfacade.h"

#include "core/domain/fields.h"
#include "core/domain/planvalidator.h"
#include "core/domain/wording.h"
#include "core/edit/addentitycommand.h"
#include "core/edit/applychangescommand.h"
#include "core/edit/removeentitiescommand.h"
#include "core/edit/setplaninfocommand.h"
#include "core/edit/updateentitycommand.h"
#include "core/graph/dependencygraph.h"
#include "core/scenario/scenarioset.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace Cairn {

EditFacade::EditFacade(Plan &plan, QObject *parent)
    : QObject(parent)
    , m_plan(plan)
    , m_stack(new QUndoStack(this))
{
    // Each step keeps only what it changed, but a long workshop adds up: the oldest steps go.
    m_stack->setUndoLimit(kUndoLimit);
}

EditFacade::~EditFacade() = default;

void EditFacade::setEditing(std::optional<qint64> id)
{
    if (id == m_editing)
        return;
    m_editing = id;
    emit editingChanged();
}

void EditFacade::setScenario(std::optional<ScenarioId> scenario)
{
    if (scenario && !m_plan.content().scenario(*scenario))
        scenario.reset();
    if (scenario == m_scenario)
        return;
    m_scenario = scenario;
    emit scenarioChanged();
}

bool EditFacade::refuseInScenario(Refusal what)
{
    if (!m_scenario)
        return false;
    if (!m_plan.content().scenario(*m_scenario)) {
        m_scenario.reset(); // deleted (or undone): edits go to the base again
        emit scenarioChanged();
        return false;
    }
    const QString name = quoted(m_plan.content().scenario(*m_scenario)->name);
    emit refused(what == Import
            ? QCoreApplication::translate("Cairn::Edit",
                "The scenario %1 is shown: an import changes the base plan, not a scenario. "
                "Show the base plan to import.")
                  .arg(name)
            : QCoreApplication::translate("Cairn::Edit",
                "The scenario %1 is shown: it can change items, not add, delete or link them. "
                "Show the base plan to do that.")
                  .arg(name));
    return true;
}

EditResult EditFacade::recordInScenario(const EntityValue &after)
{
    PlanContent changed = m_plan.content();
    const int fields = std::visit(
        [&changed, this](const auto &e) { return recordEdit(changed, *m_scenario, e); }, after);
    if (fields > 0)
        replaceContent(changed,
            QCoreApplication::translate("Cairn::Edit", "Change %1 in the scenario %2")
                .arg(quoted(nameOf(after)), quoted(m_plan.content().scenario(*m_scenario)->name)));
    return {};
}

qint64 EditFacade::add(EntityValue entity)
{
    if (refuseInScenario())
        return 0;
    auto *cmd = new AddEntityCommand(m_plan, std::move(entity));
    const qint64 id = cmd->entityId();
    m_stack->push(cmd);
    return id;
}

EditResult EditFacade::update(const EntityValue &after)
{
    const auto before = entityById(m_plan, idOf(after));
    if (!before || before->index() != after.index())
        return {false, QCoreApplication::translate("Cairn::Edit", "That item no longer exists.")};
    if (*before == after)
        return {};
    // A goal cannot sit under itself or under one of its own sub-goals, nor a system run on
    // one that runs on it (before, only goals were checked, and a circle of other goals already
    // in the plan made the check go round for ever).
    QList<qint64> circle;
    if (const auto *g = std::get_if<Goal>(&after)) {
        if (g->parent == g->id)
            return {false,
                QCoreApplication::translate("Cairn::Edit", "“%1” cannot be its own parent goal.")
                    .arg(g->name)};
        circle = referenceCircle(m_plan, *g);
    } else if (const auto *s = std::get_if<System>(&after)) {
        circle = referenceCircle(m_plan, *s);
    }
    if (!circle.isEmpty())
        return {false,
            QCoreApplication::translate(
                "Cairn::Edit", "This would close a circle: %1. Nothing was changed.")
                .arg(describeCircle(m_plan.content(),
                    std::holds_alternative<Goal>(after) ? EntityKind::Goal : EntityKind::System,
                    circle))};
    if (m_scenario && m_plan.content().scenario(*m_scenario))
        return recordInScenario(after);
    m_stack->push(new UpdateEntityCommand(m_plan, *before, after));
    return {};
}

void EditFacade::remove(const QList<qint64> &ids)
{
    if (!ids.isEmpty() && refuseInScenario())
        return;
    if (!ids.isEmpty())
        m_stack->push(new RemoveEntitiesCommand(m_plan, ids));
}

QList<qint64> EditFacade::duplicate(const QList<qint64> &ids)
{
    QList<qint64> added;
    if (ids.isEmpty() || refuseInScenario())
        return added;
    beginMacro(QCoreApplication::translate(
        "Cairn::Edit", "Duplicate %n item(s)", nullptr, int(ids.size())));
    for (qint64 id : ids) {
        auto e = entityById(m_plan, id);
        if (!e)
            continue;
        std::visit(
            [](auto &v) {
                v.id.value = 0;
                // (a copy's name never grows past a line: the file would not open again)
                if (const QString copy
                    = QCoreApplication::translate("Cairn::Edit", "%1 (copy)").arg(v.name);
                    copy.size() <= kMaxLineLength)
                    v.name = copy;
            },
            *e);
        added << add(*e);
    }
    endMacro();
    return added;
}

QString EditFacade::cycleIfLinked(InitiativeId predecessor, InitiativeId successor) const
{
    DependencyGraph graph;
    for (const Initiative &i : m_plan.initiatives())
        graph.addNode(i.id.value);
    for (const Dependency &d : m_plan.dependencies())
        graph.addEdge(d.predecessor.value, d.successor.value);
    const QList<qint64> cycle = graph.cycleIfAdded(predecessor.value, successor.value);
    if (cycle.isEmpty())
        return {};
    return describeCycle(m_plan.content(), cycle);
}

EditResult EditFacade::setLink(const LinkValue &link)
{
    if (refuseInScenario())
        return {false,
            QCoreApplication::translate(
                "Cairn::Edit", "Links belong to the base plan; show it to change them.")};
    if (const auto *d = std::get_if<Dependency>(&link)) {
        if (!m_plan.initiative(d->predecessor) || !m_plan.initiative(d->successor))
            return {false,
                QCoreApplication::translate(
                    "Cairn::Edit", "The dependency refers to an initiative that does not exist.")};
        if (d->predecessor == d->successor)
            return {false,
                QCoreApplication::translate(
                    "Cairn::Edit", "An initiative cannot depend on itself.")};
        const QString cycle = cycleIfLinked(d->predecessor, d->successor);
        if (!cycle.isEmpty())
            return {false,
                QCoreApplication::translate(
                    "Cairn::Edit", "This dependency would close a cycle: %1. Nothing was changed.")
                    .arg(cycle)};
    }
    m_stack->push(new SetLinkCommand(m_plan, link, false));
    return {};
}

void EditFacade::removeLink(const LinkValue &link)
{
    if (refuseInScenario())
        return;
    m_stack->push(new SetLinkCommand(m_plan, link, true));
}

void EditFacade::setPlanInfo(const PlanInfo &info)
{
    if (m_scenario && m_plan.content().scenario(*m_scenario)) {
        PlanContent changed = m_plan.content();
        if (recordEdit(changed, *m_scenario, info) > 0)
            replaceContent(changed,
                QCoreApplication::translate("Cairn::Edit", "Change the settings in the scenario %1")
                    .arg(quoted(m_plan.content().scenario(*m_scenario)->name)));
        return;
    }
    if (info != m_plan.info())
        m_stack->push(new SetPlanInfoCommand(m_plan, info));
}

void EditFacade::replaceContent(const PlanContent &after, const QString &text)
{
    PlanChanges changes = PlanChanges::between(m_plan.content(), after);
    if (!changes.isEmpty())
        m_stack->push(new ApplyChangesCommand(m_plan, std::move(changes), text));
}

void EditFacade::setReference(std::vector<ReferenceStart> reference, const QString &text)
{
    PlanChanges changes = PlanChanges::forReference(m_plan, std::move(reference));
    if (!changes.isEmpty())
        m_stack->push(new ApplyChangesCommand(m_plan, std::move(changes), text));
}

void EditFacade::beginMacro(const QString &text)
{
    m_stack->beginMacro(text);
}
void EditFacade::endMacro()
{
    m_stack->endMacro();
}

} // namespace Cairn

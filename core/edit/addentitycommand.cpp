#include "core/edit/addentitycommand.h"

#include <QCoreApplication>

namespace Cairn {

AddEntityCommand::AddEntityCommand(Plan &plan, EntityValue entity, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_plan(plan)
    , m_entity(std::move(entity))
{
    // Claim the id now so that redo after undo brings back the same entity.
    if (idOf(m_entity) <= 0) {
        const qint64 id = plan.content().nextId;
        std::visit([id](auto &e) { e.id.value = id; }, m_entity);
    }
    setText(QCoreApplication::translate("Cairn::Edit", "Add “%1”").arg(nameOf(m_entity)));
}

void AddEntityCommand::redo()
{
    std::visit(
        [this](const auto &e) {
            using T = std::decay_t<decltype(e)>;
            if constexpr (std::is_same_v<T, Goal>)
                m_plan.addGoal(e);
            else if constexpr (std::is_same_v<T, System>)
                m_plan.addSystem(e);
            else if constexpr (std::is_same_v<T, Resource>)
                m_plan.addResource(e);
            else if constexpr (std::is_same_v<T, Initiative>)
                m_plan.addInitiative(e);
            else
                m_plan.addMilestone(e);
        },
        m_entity);
}

void AddEntityCommand::undo()
{
    const qint64 id = idOf(m_entity);
    switch (kindOf(m_entity)) {
    case EntityKind::Goal: m_plan.removeGoal(GoalId{id}); break;
    case EntityKind::System: m_plan.removeSystem(SystemId{id}); break;
    case EntityKind::Resource: m_plan.removeResource(ResourceId{id}); break;
    case EntityKind::Initiative: m_plan.removeInitiative(InitiativeId{id}); break;
    default: m_plan.removeMilestone(MilestoneId{id}); break;
    }
}

} // namespace Cairn

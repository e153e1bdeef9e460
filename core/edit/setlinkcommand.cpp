#include "core/edit/setlinkcommand.h"

#include <QCoreApplication>

namespace Cairn {

SetLinkCommand::SetLinkCommand(Plan &plan, LinkValue link, bool remove, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_plan(plan)
    , m_link(std::move(link))
    , m_remove(remove)
{
    const char *text = nullptr;
    switch (m_link.index()) {
    case 0:
        text = remove ? QT_TRANSLATE_NOOP("Cairn::Edit", "Unlink goal")
                      : QT_TRANSLATE_NOOP("Cairn::Edit", "Link goal");
        break;
    case 1:
        text = remove ? QT_TRANSLATE_NOOP("Cairn::Edit", "Unlink system")
                      : QT_TRANSLATE_NOOP("Cairn::Edit", "Link system");
        break;
    default:
        text = remove ? QT_TRANSLATE_NOOP("Cairn::Edit", "Remove dependency")
                      : QT_TRANSLATE_NOOP("Cairn::Edit", "Set dependency");
        break;
    }
    setText(QCoreApplication::translate("Cairn::Edit", text));
}

void SetLinkCommand::redo()
{
    m_contributions = m_plan.contributions();
    m_impacts = m_plan.impacts();
    m_dependencies = m_plan.dependencies();
    std::visit(
        [this](const auto &l) {
            using T = std::decay_t<decltype(l)>;
            if constexpr (std::is_same_v<T, GoalContribution>) {
                m_remove ? m_plan.removeContribution(l.initiative, l.goal)
                         : m_plan.setContribution(l);
            } else if constexpr (std::is_same_v<T, SystemImpact>) {
                m_remove ? m_plan.removeImpact(l.initiative, l.system) : m_plan.setImpact(l);
            } else {
                m_remove ? m_plan.removeDependency(l.predecessor, l.successor)
                         : m_plan.setDependency(l);
            }
        },
        m_link);
}

void SetLinkCommand::undo()
{
    // Undo the one link change; re-adding a removed link appends it, so when that moved it the
    // lists are put back in their exact order.
    std::visit(
        [this](const auto &l) {
            using T = std::decay_t<decltype(l)>;
            if constexpr (std::is_same_v<T, GoalContribution>) {
                m_plan.removeContribution(l.initiative, l.goal);
                for (const auto &c : m_contributions)
                    if (c.initiative == l.initiative && c.goal == l.goal)
                        m_plan.setContribution(c);
            } else if constexpr (std::is_same_v<T, SystemImpact>) {
                m_plan.removeImpact(l.initiative, l.system);
                for (const auto &c : m_impacts)
                    if (c.initiative == l.initiative && c.system == l.system)
                        m_plan.setImpact(c);
            } else {
                m_plan.removeDependency(l.predecessor, l.successor);
                for (const auto &c : m_dependencies)
                    if (c.predecessor == l.predecessor && c.successor == l.successor)
                        m_plan.setDependency(c);
            }
        },
        m_link);
    if (m_plan.contributions() != m_contributions || m_plan.impacts() != m_impacts
        || m_plan.dependencies() != m_dependencies) {
        PlanContent c = m_plan.content();
        c.contributions = m_contributions;
        c.impacts = m_impacts;
        c.dependencies = m_dependencies;
        m_plan.setContent(c);
    }
}

} // namespace Cairn

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
    case 0: text = remove ? QT_TRANSLATE_NOOP("Cairn::Edit", "Unlink goal") : QT_TRANSLATE_NOOP("Cairn::Edit", "Link goal"); break;
    case 1: text = remove ? QT_TRANSLATE_NOOP("Cairn::Edit", "Unlink system") : QT_TRANSLATE_NOOP("Cairn::Edit", "Link system"); break;
    default: text = remove ? QT_TRANSLATE_NOOP("Cairn::Edit", "Remove dependency") : QT_TRANSLATE_NOOP("Cairn::Edit", "Set dependency"); break;
    }
    setText(QCoreApplication::translate("Cairn::Edit", text));
}

void SetLinkCommand::redo()
{
    // Links are small; the link lists are restored as they were on undo.
    m_before.contributions = m_plan.contributions();
    m_before.impacts = m_plan.impacts();
    m_before.dependencies = m_plan.dependencies();
    std::visit(
        [this](const auto &l) {
            using T = std::decay_t<decltype(l)>;
            if constexpr (std::is_same_v<T, GoalContribution>) {
                m_remove ? m_plan.removeContribution(l.initiative, l.goal) : m_plan.setContribution(l);
            } else if constexpr (std::is_same_v<T, SystemImpact>) {
                m_remove ? m_plan.removeImpact(l.initiative, l.system) : m_plan.setImpact(l);
            } else {
                m_remove ? m_plan.removeDependency(l.predecessor, l.successor) : m_plan.setDependency(l);
            }
        },
        m_link);
}

void SetLinkCommand::undo()
{
    std::visit(
        [this](const auto &l) {
            using T = std::decay_t<decltype(l)>;
            if constexpr (std::is_same_v<T, GoalContribution>) {
                m_plan.removeContribution(l.initiative, l.goal);
                for (const auto &c : m_before.contributions)
                    if (c.initiative == l.initiative && c.goal == l.goal)
                        m_plan.setContribution(c);
            } else if constexpr (std::is_same_v<T, SystemImpact>) {
                m_plan.removeImpact(l.initiative, l.system);
                for (const auto &c : m_before.impacts)
                    if (c.initiative == l.initiative && c.system == l.system)
                        m_plan.setImpact(c);
            } else {
                m_plan.removeDependency(l.predecessor, l.successor);
                for (const auto &c : m_before.dependencies)
                    if (c.predecessor == l.predecessor && c.successor == l.successor)
                        m_plan.setDependency(c);
            }
        },
        m_link);
    // Re-adding appends; put the lists back in their exact order.
    if (m_plan.contributions() != m_before.contributions || m_plan.impacts() != m_before.impacts
        || m_plan.dependencies() != m_before.dependencies) {
        PlanContent c = m_plan.content();
        c.contributions = m_before.contributions;
        c.impacts = m_before.impacts;
        c.dependencies = m_before.dependencies;
        m_plan.setContent(c);
    }
}

} // namespace Cairn

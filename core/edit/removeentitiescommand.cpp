#include "core/edit/removeentitiescommand.h"

#include "core/edit/entityvalue.h"

#include <QCoreApplication>

namespace Cairn {

RemoveEntitiesCommand::RemoveEntitiesCommand(Plan &plan, QList<qint64> ids, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_plan(plan)
    , m_ids(std::move(ids))
{
    if (m_ids.size() == 1) {
        const auto e = entityById(plan, m_ids.first());
        setText(QCoreApplication::translate("Cairn::Edit", "Delete “%1”")
                    .arg(e ? nameOf(*e) : QString()));
    } else {
        setText(QCoreApplication::translate(
            "Cairn::Edit", "Delete %n items", nullptr, int(m_ids.size())));
    }
}

void RemoveEntitiesCommand::redo()
{
    m_before = m_plan.content();
    for (qint64 id : std::as_const(m_ids))
        removeEntity(m_plan, id);
}

void RemoveEntitiesCommand::undo()
{
    m_plan.setContent(m_before);
}

} // namespace Cairn

#include "core/edit/removeentitiescommand.h"

#include <QCoreApplication>

namespace Cairn {

namespace {
// The changes a removal makes: worked out on a scratch copy, which the Plan's own cascade
// (links, parent goals, systems run on, demand) keeps consistent.
PlanChanges removalOf(const Plan &plan, const QList<qint64> &ids)
{
    Plan after(plan.content());
    for (qint64 id : ids)
        removeEntity(after, id);
    return PlanChanges::between(plan.content(), after.content());
}
} // namespace

RemoveEntitiesCommand::RemoveEntitiesCommand(
    Plan &plan, const QList<qint64> &ids, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_plan(plan)
    , m_changes(removalOf(plan, ids))
{
    if (ids.size() == 1) {
        const auto e = entityById(plan, ids.first());
        setText(QCoreApplication::translate("Cairn::Edit", "Delete “%1”")
                    .arg(e ? nameOf(*e) : QString()));
    } else {
        setText(QCoreApplication::translate(
            "Cairn::Edit", "Delete %n items", nullptr, int(ids.size())));
    }
}

} // namespace Cairn

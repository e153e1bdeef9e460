#include "core/edit/undocheck.h"

#include "core/domain/wording.h"
#include "core/edit/addentitycommand.h"
#include "core/edit/applychangescommand.h"
#include "core/edit/setlinkcommand.h"
#include "core/edit/setplaninfocommand.h"
#include "core/edit/updateentitycommand.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace Cairn {

namespace {

template<class T> QString labels(quint64 bits)
{
    QStringList out;
    for (const Field<T> &f : schemaOf<T>().fields)
        if (f.bit & bits)
            out << f.labelText();
    return out.join(QStringLiteral(", "));
}

// The fields a step changed from `before` to `after` that hold another value in `now`.
template<class T> quint64 changedSince(const T &before, const T &after, const T &now)
{
    return changedFields(before, after) & changedFields(after, now);
}

QString entityLine(const EntityValue &now, const EntityValue &before, const EntityValue &after)
{
    if (now.index() != after.index() || before.index() != after.index())
        return QString();
    return std::visit(
        [&](const auto &n) {
            using T = std::decay_t<decltype(n)>;
            const quint64 bits = changedSince(std::get<T>(before), std::get<T>(after), n);
            return bits ? QStringLiteral("%1: %2").arg(quoted(n.name), labels<T>(bits)) : QString();
        },
        now);
}

QString linkLine(const Plan &plan, const LinkValue &link)
{
    return std::visit(
        [&](const auto &l) {
            using L = std::decay_t<decltype(l)>;
            qint64 a = 0, b = 0;
            if constexpr (std::is_same_v<L, GoalContribution>)
                a = l.initiative.value, b = l.goal.value;
            else if constexpr (std::is_same_v<L, SystemImpact>)
                a = l.initiative.value, b = l.system.value;
            else
                a = l.predecessor.value, b = l.successor.value;
            auto name = [&](qint64 id) {
                const auto e = entityById(plan, id);
                return e ? quoted(nameOf(*e)) : QString::number(id);
            };
            return QCoreApplication::translate("Cairn::Edit", "the link from %1 to %2")
                .arg(name(a), name(b));
        },
        link);
}

std::optional<LinkValue> linkNow(const Plan &plan, const LinkValue &link)
{
    const int at = positionOf(plan, link);
    if (at < 0)
        return std::nullopt;
    switch (link.index()) {
    case 0:
        return plan.contributions()[size_t(at)];
    case 1:
        return plan.impacts()[size_t(at)];
    default:
        return plan.dependencies()[size_t(at)];
    }
}

void changesOverwrite(const PlanChanges &changes, const Plan &plan, QStringList &out)
{
    if (const auto &info = changes.infoChange()) {
        if (const quint64 bits = changedSince(info->first, info->second, plan.info()))
            out << QCoreApplication::translate("Cairn::Edit", "the plan's settings: %1")
                       .arg(labels<PlanInfo>(bits));
    }
    for (const PlanChanges::EntityChange &e : changes.entityChanges()) {
        if (!e.after)
            continue; // undo puts a removed row back: nothing of anyone's is written over
        const auto now = entityById(plan, idOf(*e.after));
        if (!now)
            continue;
        if (e.before) {
            if (const QString line = entityLine(*now, *e.before, *e.after); !line.isEmpty())
                out << line;
        } else if (!(*now == *e.after)) {
            out << QCoreApplication::translate("Cairn::Edit", "%1 (changed since: undo removes it)")
                       .arg(quoted(nameOf(*now)));
        }
    }
    for (const PlanChanges::LinkChange &l : changes.linkChanges()) {
        if (!l.after)
            continue;
        const auto now = linkNow(plan, *l.after);
        if (!now || now->index() != l.after->index())
            continue;
        // A changed link: the fields the step changed that hold another value now; an added
        // one: any change since (undo removes it).
        const bool since = std::visit(
            [&](const auto &n) {
                using L = std::decay_t<decltype(n)>;
                const L &after = std::get<L>(*l.after);
                if (!l.before)
                    return !(n == after);
                return l.before->index() == l.after->index()
                    && changedSince(std::get<L>(*l.before), after, n) != 0;
            },
            *now);
        if (since)
            out << linkLine(plan, *l.after);
    }
}

void collect(const QUndoCommand &step, const Plan &plan, QStringList &out)
{
    if (const auto *u = dynamic_cast<const UpdateEntityCommand *>(&step)) {
        if (const auto now = entityById(plan, idOf(u->after())))
            if (const QString line = entityLine(*now, u->before(), u->after()); !line.isEmpty())
                out << line;
    } else if (const auto *a = dynamic_cast<const AddEntityCommand *>(&step)) {
        if (const auto now = entityById(plan, a->entityId()); now && !(*now == a->entity()))
            out << QCoreApplication::translate("Cairn::Edit", "%1 (changed since: undo removes it)")
                       .arg(quoted(nameOf(*now)));
    } else if (const auto *c = dynamic_cast<const ApplyChangesCommand *>(&step)) {
        changesOverwrite(c->changes(), plan, out);
    } else if (const auto *k = dynamic_cast<const SetLinkCommand *>(&step)) {
        changesOverwrite(k->changes(), plan, out);
    } else if (const auto *i = dynamic_cast<const SetPlanInfoCommand *>(&step)) {
        if (const quint64 bits = changedSince(i->before(), i->after(), plan.info()))
            out << QCoreApplication::translate("Cairn::Edit", "the plan's settings: %1")
                       .arg(labels<PlanInfo>(bits));
    }
    for (int n = 0; n < step.childCount(); ++n)
        collect(*step.child(n), plan, out);
}

} // namespace

QStringList undoOverwrites(const QUndoCommand &step, const Plan &plan)
{
    QStringList out;
    collect(step, plan, out);
    out.removeDuplicates();
    return out;
}

QStringList undoOverwrites(const QUndoStack &stack, const Plan &plan)
{
    if (!stack.canUndo())
        return {};
    const QUndoCommand *step = stack.command(stack.index() - 1);
    return step ? undoOverwrites(*step, plan) : QStringList();
}

} // namespace Cairn

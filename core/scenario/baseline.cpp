#include "core/scenario/baseline.h"

#include <QHash>
#include <QSet>

namespace Cairn {

namespace {

bool takenIn(const Initiative &i)
{
    return i.status != InitiativeStatus::Dropped && i.status != InitiativeStatus::Done;
}

} // namespace

FrozenBaseline freezeBaseline(const PlanContent &plan, const PlanSchedule &schedule,
    const QString &name, const QDateTime &when, const QString &scenario)
{
    FrozenBaseline out;
    out.baseline.name = name.trimmed();
    out.baseline.created = when.toUTC().toString(Qt::ISODate);
    out.baseline.scenario = scenario;
    for (const Initiative &i : plan.initiatives) {
        if (!takenIn(i))
            continue;
        BaselineEntry e;
        e.initiative = i.id.value;
        e.name = i.name;
        e.cost = i.cost;
        if (const InitiativeSchedule *s = schedule.find(i.id)) {
            e.start = s->start;
            e.finish = s->start ? s->finish : std::nullopt;
        }
        out.entries.push_back(e);
    }
    return out;
}

BaselineId addBaseline(PlanContent &plan, FrozenBaseline frozen)
{
    const qint64 id = std::max(plan.nextId, plan.maxId() + 1);
    plan.nextId = id + 1;
    frozen.baseline.id = BaselineId {id};
    plan.baselines.push_back(frozen.baseline);
    for (BaselineEntry &e : frozen.entries) {
        e.baseline = frozen.baseline.id;
        plan.baselineEntries.push_back(e);
    }
    return frozen.baseline.id;
}

void removeBaseline(PlanContent &plan, BaselineId id)
{
    std::erase_if(plan.baselines, [id](const Baseline &b) { return b.id == id; });
    std::erase_if(plan.baselineEntries, [id](const BaselineEntry &e) { return e.baseline == id; });
}

Variance varianceSince(const PlanContent &plan, const PlanSchedule &schedule, BaselineId baseline)
{
    Variance v;
    QHash<qint64, const Initiative *> now;
    for (const Initiative &i : plan.initiatives)
        if (takenIn(i))
            now.insert(i.id.value, &i);
    QSet<qint64> frozen;
    for (const BaselineEntry &e : plan.baselineEntries) {
        if (e.baseline != baseline)
            continue;
        frozen.insert(e.initiative);
        VarianceRow row;
        row.initiative = e.initiative;
        row.name = e.name;
        row.baselineStart = e.start;
        row.baselineFinish = e.finish;
        row.baselineCost = e.cost.minorUnits();
        v.baselineCost += row.baselineCost;
        const Initiative *i = now.value(e.initiative);
        if (!i) {
            row.status = VarianceRow::Status::Removed;
            ++v.removed;
            v.rows.push_back(row);
            continue;
        }
        row.name = i->name;
        row.cost = i->cost.minorUnits();
        v.cost += row.cost;
        v.costChange += row.costChange();
        const InitiativeSchedule *s = schedule.find(i->id);
        if (s && s->start) {
            row.start = s->start;
            row.finish = s->finish;
        }
        if (row.baselineFinish && row.finish)
            row.slip = *row.finish - *row.baselineFinish;
        if (row.baselineStart && !row.start) {
            row.status = VarianceRow::Status::Unplaced;
            ++v.unplaced;
        } else if (row.start != row.baselineStart || row.finish != row.baselineFinish) {
            row.status = VarianceRow::Status::Moved;
            ++v.moved;
            if (row.slip && *row.slip > 0) {
                ++v.later;
                v.totalSlip += *row.slip;
            } else if (row.slip && *row.slip < 0) {
                ++v.earlier;
            }
        }
        v.rows.push_back(row);
    }
    for (const Initiative &i : plan.initiatives) {
        if (!takenIn(i) || frozen.contains(i.id.value))
            continue;
        VarianceRow row;
        row.initiative = i.id.value;
        row.name = i.name;
        row.status = VarianceRow::Status::Added;
        row.cost = i.cost.minorUnits();
        v.cost += row.cost;
        if (const InitiativeSchedule *s = schedule.find(i.id); s && s->start) {
            row.start = s->start;
            row.finish = s->finish;
        }
        ++v.added;
        v.rows.push_back(row);
    }
    return v;
}

} // namespace Cairn

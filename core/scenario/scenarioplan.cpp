#include "core/scenario/scenarioplan.h"

#include "core/domain/fields.h"
#include "core/domain/fieldvalue.h"
#include "core/domain/wording.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace Cairn {

namespace {

template<class T, class IdT> T *findIn(std::vector<T> &v, IdT id)
{
    for (T &e : v)
        if (e.id == id)
            return &e;
    return nullptr;
}

// Calls f(item, schema) on the entity an override names; false when there is none.
template<class F> bool withTarget(PlanContent &plan, ScenarioTarget kind, qint64 id, F &&f)
{
    auto call = [&f](auto *item) {
        if (!item)
            return false;
        f(*item, schemaOf<std::remove_pointer_t<decltype(item)>>());
        return true;
    };
    switch (kind) {
    case ScenarioTarget::Plan:
        return call(&plan.info);
    case ScenarioTarget::Goal:
        return call(findIn(plan.goals, GoalId {id}));
    case ScenarioTarget::System:
        return call(findIn(plan.systems, SystemId {id}));
    case ScenarioTarget::Resource:
        return call(findIn(plan.resources, ResourceId {id}));
    case ScenarioTarget::Initiative:
        return call(findIn(plan.initiatives, InitiativeId {id}));
    case ScenarioTarget::Milestone:
        return call(findIn(plan.milestones, MilestoneId {id}));
    }
    return false;
}

// "-20", "-20 %", "+12.5%" (a point or a comma): the percentage, or nothing.
std::optional<double> parsePercent(QString text)
{
    text = text.trimmed();
    text.remove(QLatin1Char('%'));
    text.replace(QChar(0x2212), QLatin1Char('-'));
    text.replace(QLatin1Char(','), QLatin1Char('.'));
    text = text.trimmed();
    if (text.startsWith(QLatin1Char('+')))
        text.remove(0, 1);
    bool ok = false;
    const double p = text.toDouble(&ok);
    if (!ok || !std::isfinite(p) || p < -100 || p > 10000)
        return std::nullopt;
    return p;
}

qint64 scaled(qint64 amount, double percent)
{
    return qint64(std::llround(double(amount) * (100.0 + percent) / 100.0));
}

// Applies a Set or a Percent to one field of an item.
template<class T>
QString applyField(
    T &item, const EntitySchema<T> &s, const ScenarioOverride &o, const PlanContent &base)
{
    const Field<T> *f = s.field(o.field);
    if (!f || f->type == FieldType::Details)
        return QCoreApplication::translate("Cairn::Scenario", "%1 has no field “%2”.")
            .arg(s.titleText(), o.field);
    ResourceKind kind = ResourceKind::Budget;
    if constexpr (std::is_same_v<T, Resource>)
        kind = item.kind;
    if (o.change == OverrideChange::Percent) {
        if (!f->isNumeric())
            return QCoreApplication::translate(
                "Cairn::Scenario", "“%1” is not a number, so it cannot change by a percentage.")
                .arg(f->labelText());
        const auto p = parsePercent(o.value);
        if (!p)
            return QCoreApplication::translate(
                "Cairn::Scenario", "“%1” is not a percentage from −100 to 10000.")
                .arg(o.value);
        const QVariant v(scaled(f->get(item).toLongLong(), *p));
        if (const QString why = rangeProblem(*f, v, {base, kind}); !why.isEmpty())
            return why;
        f->set(item, v);
        return {};
    }
    const CellValue v = parseCell(*f, o.value, {base, kind});
    if (!v.ok())
        return v.error;
    if (v.empty && !f->emptyClears())
        return QCoreApplication::translate("Cairn::Scenario", "“%1” needs a value.")
            .arg(f->labelText());
    f->set(item, v.value);
    return {};
}

QString applyCapacity(Resource &r, const ScenarioOverride &o, const PlanContent &base)
{
    const Quarter first = o.from.value_or(base.info.firstQuarter);
    const Quarter last = o.to.value_or(std::max(base.info.lastQuarter(), first));
    if (last < first)
        return QCoreApplication::translate(
            "Cairn::Scenario", "the range ends (%1) before it begins (%2).")
            .arg(last.label(base.info.quarterStyle()), first.label(base.info.quarterStyle()));
    if (last - first >= 400)
        return QCoreApplication::translate(
            "Cairn::Scenario", "the range from %1 to %2 is longer than a hundred years.")
            .arg(first.label(base.info.quarterStyle()), last.label(base.info.quarterStyle()));
    const bool whole = !o.from && !o.to;
    if (o.change == OverrideChange::Percent) {
        const auto p = parsePercent(o.value);
        if (!p)
            return QCoreApplication::translate(
                "Cairn::Scenario", "“%1” is not a percentage from −100 to 10000.")
                .arg(o.value);
        if (whole) {
            r.defaultCapacity = std::min(scaled(r.defaultCapacity, *p), kMaxAmount);
            for (qint64 &c : r.capacities)
                c = std::min(scaled(c, *p), kMaxAmount);
        } else {
            for (Quarter q = first; q <= last; q = q + 1)
                r.capacities.insert(q, std::min(scaled(r.capacityIn(q), *p), kMaxAmount));
        }
        return {};
    }
    const auto &field = *schemaOf<CapacityEntry>().field(QString::fromLatin1(kCapacityField));
    const CellValue v = parseCell(field, o.value, {base, r.kind});
    if (!v.ok())
        return v.error;
    if (v.empty)
        return QCoreApplication::translate("Cairn::Scenario", "“%1” needs a value.")
            .arg(field.labelText());
    const qint64 amount = v.value.toLongLong();
    if (whole) {
        r.defaultCapacity = amount;
        r.capacities.clear();
    } else {
        for (Quarter q = first; q <= last; q = q + 1)
            r.capacities.insert(q, amount);
    }
    return {};
}

QString applyPresence(Initiative &i, const ScenarioOverride &o)
{
    if (o.change == OverrideChange::Exclude)
        i.status = InitiativeStatus::Dropped;
    else if (i.status == InitiativeStatus::Dropped)
        i.status = InitiativeStatus::Proposed;
    return {};
}

} // namespace

std::optional<ScenarioTarget> scenarioTarget(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Plan:
        return ScenarioTarget::Plan;
    case EntityKind::Goal:
        return ScenarioTarget::Goal;
    case EntityKind::System:
        return ScenarioTarget::System;
    case EntityKind::Resource:
        return ScenarioTarget::Resource;
    case EntityKind::Initiative:
        return ScenarioTarget::Initiative;
    case EntityKind::Milestone:
        return ScenarioTarget::Milestone;
    default:
        return std::nullopt;
    }
}

EntityKind entityKind(ScenarioTarget target)
{
    switch (target) {
    case ScenarioTarget::Plan:
        return EntityKind::Plan;
    case ScenarioTarget::Goal:
        return EntityKind::Goal;
    case ScenarioTarget::System:
        return EntityKind::System;
    case ScenarioTarget::Resource:
        return EntityKind::Resource;
    case ScenarioTarget::Initiative:
        return EntityKind::Initiative;
    case ScenarioTarget::Milestone:
        return EntityKind::Milestone;
    }
    return EntityKind::Plan;
}

QString applyOverride(PlanContent &plan, const ScenarioOverride &o)
{
    const PlanContent &base = plan;
    const bool capacity = o.field == QLatin1String(kCapacityField);
    const bool presence
        = o.change == OverrideChange::Exclude || o.change == OverrideChange::Include;
    if (presence && o.entity != ScenarioTarget::Initiative)
        return QCoreApplication::translate(
            "Cairn::Scenario", "only initiatives can be left out or taken in.");
    if (capacity && o.entity != ScenarioTarget::Resource)
        return QCoreApplication::translate(
            "Cairn::Scenario", "only a resource has a capacity per quarter.");
    if ((o.from || o.to) && !capacity)
        return QCoreApplication::translate(
            "Cairn::Scenario", "only a capacity takes a range of quarters.");
    QString why;
    const bool found = withTarget(plan, o.entity, o.target, [&](auto &item, const auto &schema) {
        using T = std::remove_reference_t<decltype(item)>;
        if constexpr (std::is_same_v<T, Initiative>) {
            if (presence) {
                why = applyPresence(item, o);
                return;
            }
        }
        if constexpr (std::is_same_v<T, Resource>) {
            if (capacity) {
                why = applyCapacity(item, o, base);
                return;
            }
        }
        why = applyField(item, schema, o, base);
    });
    if (!found)
        return QCoreApplication::translate("Cairn::Scenario", "%1 #%2 is not in the plan any more.")
            .arg(choiceName(choiceTable<ScenarioTarget>(), int(o.entity)))
            .arg(o.target);
    return why;
}

QString overrideProblem(const PlanContent &base, const ScenarioOverride &o)
{
    PlanContent copy = base;
    const QString why = applyOverride(copy, o);
    return why.isEmpty() ? QString() : QStringLiteral("%1: %2").arg(overrideItem(base, o), why);
}

ScenarioPlan applyScenario(const PlanContent &base, std::optional<ScenarioId> scenario)
{
    ScenarioPlan out {base, {}};
    if (!scenario)
        return out;
    const Scenario *s = base.scenario(*scenario);
    if (!s) {
        out.problems << QCoreApplication::translate(
            "Cairn::Scenario", "There is no scenario #%1 in the plan.")
                            .arg(scenario->value);
        return out;
    }
    // The reference schedule is the base plan's: a scenario is scheduled afresh (or from its own
    // schedule last shown, see LiveSchedule), never held to the base's.
    out.content.reference.clear();
    for (const ScenarioOverride &o : base.overrides) {
        if (o.scenario != *scenario)
            continue;
        if (const QString why = applyOverride(out.content, o); !why.isEmpty())
            out.problems << QCoreApplication::translate("Cairn::Scenario", "Scenario %1, %2: %3")
                                .arg(quoted(s->name), overrideItem(base, o), why);
    }
    return out;
}

PlanContent planAlone(const PlanContent &base, std::optional<ScenarioId> scenario)
{
    if (!scenario)
        return base;
    PlanContent plan = applyScenario(base, scenario).content;
    plan.scenarios.clear();
    plan.overrides.clear();
    return plan;
}

std::vector<ScenarioOverride> overridesOf(const PlanContent &plan, ScenarioId scenario)
{
    std::vector<ScenarioOverride> out;
    for (const ScenarioOverride &o : plan.overrides)
        if (o.scenario == scenario)
            out.push_back(o);
    return out;
}

std::optional<ScenarioId> scenarioNamed(const PlanContent &plan, const QString &name)
{
    for (const Scenario &s : plan.scenarios)
        if (s.name.trimmed().compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return s.id;
    return std::nullopt;
}

std::optional<BaselineId> baselineNamed(const PlanContent &plan, const QString &name)
{
    for (const Baseline &b : plan.baselines)
        if (b.name.trimmed().compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return b.id;
    return std::nullopt;
}

QString overrideItem(const PlanContent &plan, const ScenarioOverride &o)
{
    if (o.entity == ScenarioTarget::Plan)
        return QCoreApplication::translate("Cairn::Scenario", "the plan's settings");
    const QString name = entityName(plan, entityKind(o.entity), o.target);
    const QString kind = choiceName(choiceTable<ScenarioTarget>(), int(o.entity));
    return name.isEmpty() ? QStringLiteral("%1 #%2").arg(kind).arg(o.target)
                          : QStringLiteral("%1 %2").arg(kind, quoted(name));
}

QString describeOverride(const PlanContent &plan, const ScenarioOverride &o)
{
    const QString item = overrideItem(plan, o);
    const QuarterStyle style = plan.info.quarterStyle();
    if (o.change == OverrideChange::Exclude)
        return QCoreApplication::translate("Cairn::Scenario", "Leave out %1").arg(item);
    if (o.change == OverrideChange::Include)
        return QCoreApplication::translate("Cairn::Scenario", "Take in %1").arg(item);
    QString label = o.field;
    if (o.field == QLatin1String(kCapacityField))
        label = schemaOf<CapacityEntry>().field(o.field)->labelText();
    else
        withTarget(const_cast<PlanContent &>(plan), o.entity, o.target,
            [&label, &o](auto &, const auto &schema) {
                if (const auto *f = schema.field(o.field))
                    label = f->labelText();
            });
    QString text = o.change == OverrideChange::Percent
        ? QCoreApplication::translate("Cairn::Scenario", "%1: %2 %3 %")
              .arg(item, label, o.value.trimmed().remove(QLatin1Char('%')))
        : QCoreApplication::translate("Cairn::Scenario", "%1: %2 → %3").arg(item, label, o.value);
    if (o.from && o.to)
        text += QCoreApplication::translate("Cairn::Scenario", " from %1 to %2")
                    .arg(o.from->label(style), o.to->label(style));
    else if (o.from)
        text
            += QCoreApplication::translate("Cairn::Scenario", " from %1").arg(o.from->label(style));
    else if (o.to)
        text += QCoreApplication::translate("Cairn::Scenario", " until %1").arg(o.to->label(style));
    return text;
}

ScenarioOverride fieldOverride(const PlanContent &plan, ScenarioId scenario, EntityKind kind,
    qint64 id, const QString &field, const QVariant &value)
{
    ScenarioOverride o;
    o.scenario = scenario;
    o.entity = scenarioTarget(kind).value_or(ScenarioTarget::Initiative);
    o.target = kind == EntityKind::Plan ? 0 : id;
    o.field = field;
    withTarget(
        const_cast<PlanContent &>(plan), o.entity, o.target, [&](auto &item, const auto &schema) {
            using T = std::remove_cvref_t<decltype(item)>;
            ResourceKind amountKind = ResourceKind::Budget;
            if constexpr (std::is_same_v<T, Resource>)
                amountKind = item.kind;
            if (const auto *f = schema.field(field))
                o.value = cellText(*f, value, {plan, amountKind});
        });
    return o;
}

void putOverride(const PlanContent &base, std::vector<ScenarioOverride> &list, ScenarioOverride o)
{
    auto same = [&o](const ScenarioOverride &x) {
        const bool presence = [](const ScenarioOverride &y) {
            return y.change == OverrideChange::Exclude || y.change == OverrideChange::Include;
        }(x) && (o.change == OverrideChange::Exclude || o.change == OverrideChange::Include);
        return x.scenario == o.scenario && x.entity == o.entity && x.target == o.target
            && (presence || (x.field == o.field && x.from == o.from && x.to == o.to));
    };
    // A Set to what the base already says is no override at all.
    bool redundant = false;
    if (o.change == OverrideChange::Set && o.field != QLatin1String(kCapacityField)) {
        PlanContent copy = base;
        redundant = applyOverride(copy, o).isEmpty() && copy == base;
    }
    const auto it = std::find_if(list.begin(), list.end(), same);
    if (it != list.end()) {
        if (redundant)
            list.erase(it);
        else
            *it = std::move(o);
        return;
    }
    if (redundant)
        return;
    // After the scenario's last override (at the end when it has none yet).
    const auto last = std::find_if(list.rbegin(), list.rend(),
        [&o](const ScenarioOverride &x) { return x.scenario == o.scenario; });
    if (last == list.rend())
        list.push_back(std::move(o));
    else
        list.insert(last.base(), std::move(o));
}

} // namespace Cairn

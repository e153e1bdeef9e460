#include "core/domain/planvalidator.h"

#include "core/domain/fieldvalue.h"
#include "core/domain/wording.h"
#include "core/graph/dependencygraph.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace Cairn {

namespace {

template<class T> QString nameOf(const std::vector<T> &v, qint64 id)
{
    for (const T &e : v)
        if (e.id.value == id)
            return quoted(e.name);
    return QStringLiteral("#%1").arg(id);
}

template<class T> QString chain(const std::vector<T> &v, const QList<qint64> &ids)
{
    QStringList names;
    for (qint64 id : ids)
        names << nameOf(v, id);
    if (!ids.isEmpty())
        names << nameOf(v, ids.first());
    return names.join(QStringLiteral(" → "));
}

class Validator {
public:
    explicit Validator(const PlanContent &p)
        : plan(p)
    {
    }

    QList<PlanIssue> run()
    {
        checkSettings();
        checkGoals();
        checkSystems();
        checkResources();
        checkInitiatives();
        checkLinks();
        checkCycles();
        std::stable_sort(issues.begin(), issues.end(),
            [](const PlanIssue &a, const PlanIssue &b) { return a.isError() && !b.isError(); });
        return issues;
    }

private:
    void add(PlanIssue::Severity s, PlanIssue::Code c, EntityKind e, qint64 id, QString message,
        QList<qint64> involved = {})
    {
        issues.append(PlanIssue {s, c, e, id, std::move(involved), std::move(message)});
    }
    void error(
        PlanIssue::Code c, EntityKind e, qint64 id, QString message, QList<qint64> involved = {})
    {
        add(PlanIssue::Severity::Error, c, e, id, std::move(message), std::move(involved));
    }
    void warning(PlanIssue::Code c, EntityKind e, qint64 id, QString message)
    {
        add(PlanIssue::Severity::Warning, c, e, id, std::move(message));
    }
    // Every number within its field's range (the field schema's), every line no longer than one.
    template<class T> void checkFields(EntityKind e, qint64 id, const QString &what, const T &item)
    {
        const FieldContext context = fieldContext(plan, item);
        for (const Field<T> &f : schemaOf<T>().fields) {
            if (!f.isNumeric() && f.type != FieldType::Text)
                continue;
            const QVariant v = f.get(item);
            const QString problem = rangeProblem(f, v, context);
            if (!problem.isEmpty())
                error(PlanIssue::Code::ValueOutOfRange, e, id,
                    QCoreApplication::translate("Cairn::PlanValidator", "%1, %2: %3")
                        .arg(what, f.labelText(), problem));
        }
    }

    void checkSettings()
    {
        const PlanInfo &i = plan.info;
        checkFields(
            EntityKind::Plan, 0, QCoreApplication::translate("Cairn::PlanValidator", "Plan"), i);
        if (!Currency::isValidCode(i.currency.code))
            error(PlanIssue::Code::BadPlanSetting, EntityKind::Plan, 0,
                QCoreApplication::translate(
                    "Cairn::PlanValidator", "Plan: “%1” is not a currency code such as EUR or USD.")
                    .arg(i.currency.code.size() > 12 ? i.currency.code.left(11) + QChar(0x2026)
                                                     : i.currency.code));
        if (i.name.trimmed().isEmpty())
            warning(PlanIssue::Code::EmptyName, EntityKind::Plan, 0,
                QCoreApplication::translate("Cairn::PlanValidator", "The plan has no name."));
    }

    void checkGoals()
    {
        for (const Goal &g : plan.goals) {
            const QString what = QCoreApplication::translate("Cairn::PlanValidator", "Goal %1")
                                     .arg(quoted(g.name));
            if (g.name.trimmed().isEmpty())
                warning(PlanIssue::Code::EmptyName, EntityKind::Goal, g.id.value,
                    QCoreApplication::translate("Cairn::PlanValidator", "Goal #%1 has no name.")
                        .arg(g.id.value));
            checkFields(EntityKind::Goal, g.id.value, what, g);
            if (g.parent && !plan.goal(*g.parent))
                error(PlanIssue::Code::DanglingReference, EntityKind::Goal, g.id.value,
                    QCoreApplication::translate(
                        "Cairn::PlanValidator", "%1 has a parent goal #%2 that does not exist.")
                        .arg(what)
                        .arg(g.parent->value));
        }
    }

    void checkSystems()
    {
        for (const System &s : plan.systems) {
            const QString what = QCoreApplication::translate("Cairn::PlanValidator", "System %1")
                                     .arg(quoted(s.name));
            if (s.name.trimmed().isEmpty())
                warning(PlanIssue::Code::EmptyName, EntityKind::System, s.id.value,
                    QCoreApplication::translate("Cairn::PlanValidator", "System #%1 has no name.")
                        .arg(s.id.value));
            checkFields(EntityKind::System, s.id.value, what, s);
            for (SystemId d : s.dependsOn)
                if (!plan.system(d))
                    error(PlanIssue::Code::DanglingReference, EntityKind::System, s.id.value,
                        QCoreApplication::translate("Cairn::PlanValidator",
                            "%1 depends on system #%2, which does not exist.")
                            .arg(what)
                            .arg(d.value));
        }
    }

    void checkResources()
    {
        for (const Resource &r : plan.resources) {
            const QString what = QCoreApplication::translate("Cairn::PlanValidator", "Resource %1")
                                     .arg(quoted(r.name));
            if (r.name.trimmed().isEmpty())
                warning(PlanIssue::Code::EmptyName, EntityKind::Resource, r.id.value,
                    QCoreApplication::translate("Cairn::PlanValidator", "Resource #%1 has no name.")
                        .arg(r.id.value));
            checkFields(EntityKind::Resource, r.id.value, what, r);
            for (auto it = r.capacities.cbegin(); it != r.capacities.cend(); ++it)
                checkFields(EntityKind::Resource, r.id.value,
                    QCoreApplication::translate("Cairn::PlanValidator", "%1 in %2")
                        .arg(what, it.key().label(plan.info.quarterStyle())),
                    CapacityEntry {r.id, it.key(), it.value()});
        }
    }

    void checkInitiatives()
    {
        const QuarterStyle style = plan.info.quarterStyle();
        const Quarter first = plan.info.firstQuarter;
        const Quarter last = plan.info.lastQuarter();
        for (const Initiative &i : plan.initiatives) {
            const qint64 id = i.id.value;
            const QString what
                = QCoreApplication::translate("Cairn::PlanValidator", "Initiative %1")
                      .arg(quoted(i.name));
            if (i.name.trimmed().isEmpty())
                warning(PlanIssue::Code::EmptyName, EntityKind::Initiative, id,
                    QCoreApplication::translate(
                        "Cairn::PlanValidator", "Initiative #%1 has no name.")
                        .arg(id));
            checkFields(EntityKind::Initiative, id, what, i);
            for (auto it = i.demand.cbegin(); it != i.demand.cend(); ++it) {
                if (!plan.resource(it.key()))
                    error(PlanIssue::Code::DanglingReference, EntityKind::Initiative, id,
                        QCoreApplication::translate(
                            "Cairn::PlanValidator", "%1 needs resource #%2, which does not exist.")
                            .arg(what)
                            .arg(it.key().value));
                else
                    checkFields(EntityKind::Initiative, id,
                        QCoreApplication::translate("Cairn::PlanValidator", "%1, demand on %2")
                            .arg(what, nameOf(plan.resources, it.key().value)),
                        DemandEntry {i.id, it.key(), it.value()});
            }
            if (i.earliestStart && i.deadline && *i.deadline - *i.earliestStart + 1 < i.duration)
                error(PlanIssue::Code::WindowTooShort, EntityKind::Initiative, id,
                    QCoreApplication::translate("Cairn::PlanValidator",
                        "%1 takes %2 quarters but may only run from %3 to %4.")
                        .arg(what)
                        .arg(i.duration)
                        .arg(i.earliestStart->label(style), i.deadline->label(style)));
            if (i.pin) {
                if (i.earliestStart && *i.pin < *i.earliestStart)
                    warning(PlanIssue::Code::PinOutsideWindow, EntityKind::Initiative, id,
                        QCoreApplication::translate("Cairn::PlanValidator",
                            "%1 is pinned to start in %2, before its earliest start %3.")
                            .arg(what, i.pin->label(style), i.earliestStart->label(style)));
                if (i.deadline && *i.pin + (i.duration - 1) > *i.deadline)
                    warning(PlanIssue::Code::PinOutsideWindow, EntityKind::Initiative, id,
                        QCoreApplication::translate("Cairn::PlanValidator",
                            "%1 is pinned to start in %2 and so finishes after its deadline %3.")
                            .arg(what, i.pin->label(style), i.deadline->label(style)));
                if (*i.pin < first || *i.pin > last)
                    warning(PlanIssue::Code::OutsideHorizon, EntityKind::Initiative, id,
                        QCoreApplication::translate("Cairn::PlanValidator",
                            "%1 is pinned to %2, outside the plan's quarters %3 to %4.")
                            .arg(what, i.pin->label(style), first.label(style), last.label(style)));
            }
            if (i.earliestStart && *i.earliestStart > last)
                warning(PlanIssue::Code::OutsideHorizon, EntityKind::Initiative, id,
                    QCoreApplication::translate("Cairn::PlanValidator",
                        "%1 cannot start before %2, after the plan's last quarter %3.")
                        .arg(what, i.earliestStart->label(style), last.label(style)));
        }
    }

    void checkLinks()
    {
        for (const GoalContribution &c : plan.contributions) {
            if (!plan.initiative(c.initiative) || !plan.goal(c.goal))
                error(PlanIssue::Code::DanglingReference, EntityKind::GoalContribution,
                    c.initiative.value,
                    QCoreApplication::translate("Cairn::PlanValidator",
                        "A goal link refers to initiative #%1 or goal #%2, which does not exist.")
                        .arg(c.initiative.value)
                        .arg(c.goal.value));
            checkFields(EntityKind::GoalContribution, c.initiative.value,
                QCoreApplication::translate("Cairn::PlanValidator", "The link from %1 to goal %2")
                    .arg(nameOf(plan.initiatives, c.initiative.value),
                        nameOf(plan.goals, c.goal.value)),
                c);
        }
        for (const SystemImpact &c : plan.impacts)
            if (!plan.initiative(c.initiative) || !plan.system(c.system))
                error(PlanIssue::Code::DanglingReference, EntityKind::SystemImpact,
                    c.initiative.value,
                    QCoreApplication::translate("Cairn::PlanValidator",
                        "A system link refers to initiative #%1 or system #%2, which does not "
                        "exist.")
                        .arg(c.initiative.value)
                        .arg(c.system.value));
        for (const Dependency &d : plan.dependencies) {
            if (!plan.initiative(d.predecessor) || !plan.initiative(d.successor)) {
                error(PlanIssue::Code::DanglingReference, EntityKind::Dependency, d.successor.value,
                    QCoreApplication::translate("Cairn::PlanValidator",
                        "A dependency refers to initiative #%1 or #%2, which does not exist.")
                        .arg(d.predecessor.value)
                        .arg(d.successor.value));
                continue;
            }
            checkFields(EntityKind::Dependency, d.successor.value,
                QCoreApplication::translate("Cairn::PlanValidator", "The dependency of %1 on %2")
                    .arg(nameOf(plan.initiatives, d.successor.value),
                        nameOf(plan.initiatives, d.predecessor.value)),
                d);
        }
        QSet<QPair<qint64, qint64>> pairs;
        for (const Dependency &d : plan.dependencies) {
            const QPair<qint64, qint64> key {d.predecessor.value, d.successor.value};
            if (pairs.contains(key))
                error(PlanIssue::Code::DuplicateLink, EntityKind::Dependency, d.successor.value,
                    QCoreApplication::translate(
                        "Cairn::PlanValidator", "%1 depends on %2 more than once.")
                        .arg(nameOf(plan.initiatives, d.successor.value),
                            nameOf(plan.initiatives, d.predecessor.value)));
            pairs.insert(key);
        }
    }

    void checkCycles()
    {
        DependencyGraph initiatives;
        for (const Initiative &i : plan.initiatives)
            initiatives.addNode(i.id.value);
        for (const Dependency &d : plan.dependencies)
            if (plan.initiative(d.predecessor) && plan.initiative(d.successor))
                initiatives.addEdge(d.predecessor.value, d.successor.value);
        for (const DependencyGraph::CycleGroup &group : initiatives.findCycleGroups()) {
            QString message = QCoreApplication::translate("Cairn::PlanValidator",
                "Dependency cycle: %1. None of these initiatives can start before the "
                "others finish; remove one of the dependencies.")
                                  .arg(chain(plan.initiatives, group.cycle));
            if (!group.others.isEmpty()) {
                QStringList others;
                for (qint64 id : group.others)
                    others << nameOf(plan.initiatives, id);
                message += QLatin1Char(' ')
                    + QCoreApplication::translate(
                        "Cairn::PlanValidator", "Caught in the same circle of dependencies: %1.")
                          .arg(others.join(QStringLiteral(", ")));
            }
            error(PlanIssue::Code::DependencyCycle, EntityKind::Initiative, group.cycle.first(),
                message, group.cycle + group.others);
        }

        DependencyGraph systems;
        for (const System &s : plan.systems) {
            systems.addNode(s.id.value);
            for (SystemId d : s.dependsOn)
                if (plan.system(d))
                    systems.addEdge(d.value, s.id.value);
        }
        for (const QList<qint64> &cycle : systems.findCycles())
            error(PlanIssue::Code::SystemDependencyCycle, EntityKind::System, cycle.first(),
                QCoreApplication::translate(
                    "Cairn::PlanValidator", "Systems depend on each other in a circle: %1.")
                    .arg(chain(plan.systems, cycle)),
                cycle);

        DependencyGraph goals;
        for (const Goal &g : plan.goals) {
            goals.addNode(g.id.value);
            if (g.parent && plan.goal(*g.parent))
                goals.addEdge(g.parent->value, g.id.value);
        }
        for (const QList<qint64> &cycle : goals.findCycles())
            error(PlanIssue::Code::GoalHierarchyCycle, EntityKind::Goal, cycle.first(),
                QCoreApplication::translate(
                    "Cairn::PlanValidator", "Goals are each other's parents: %1.")
                    .arg(chain(plan.goals, cycle)),
                cycle);
    }

    const PlanContent &plan;
    QList<PlanIssue> issues;
};
} // namespace

QList<PlanIssue> validatePlan(const PlanContent &plan)
{
    return Validator(plan).run();
}

QString describeCycle(const PlanContent &plan, const QList<qint64> &initiatives)
{
    return chain(plan.initiatives, initiatives);
}

namespace {

QList<qint64> referencesOf(const Goal &g)
{
    return g.parent ? QList<qint64> {g.parent->value} : QList<qint64>();
}
QList<qint64> referencesOf(const System &s)
{
    QList<qint64> ids;
    for (const SystemId id : s.dependsOn)
        ids << id.value;
    return ids;
}

// A depth-first search from the item's references back to the item, through the plan's items
// (the item itself as given, not as the plan has it); `find(id)` is the plan's item, or null.
template<class T, class Find> QList<qint64> circleOf(const T &item, Find find)
{
    QHash<qint64, qint64> cameFrom;
    QList<qint64> open;
    for (const qint64 id : referencesOf(item))
        if (!cameFrom.contains(id)) {
            cameFrom.insert(id, item.id.value);
            open << id;
        }
    while (!open.isEmpty()) {
        const qint64 at = open.takeLast();
        if (at == item.id.value) {
            QList<qint64> circle {at};
            for (qint64 id = cameFrom.value(at); id != item.id.value; id = cameFrom.value(id))
                circle.insert(1, id);
            return circle;
        }
        const T *e = find(at);
        if (!e)
            continue;
        for (const qint64 next : referencesOf(*e))
            if (!cameFrom.contains(next)) {
                cameFrom.insert(next, at);
                open << next;
            }
    }
    return {};
}

} // namespace

QList<qint64> referenceCircle(const Plan &plan, const Goal &goal)
{
    return circleOf(goal, [&plan](qint64 id) { return plan.goal(GoalId {id}); });
}

QList<qint64> referenceCircle(const Plan &plan, const System &system)
{
    return circleOf(system, [&plan](qint64 id) { return plan.system(SystemId {id}); });
}

QString describeCircle(const PlanContent &plan, EntityKind kind, const QList<qint64> &circle)
{
    return kind == EntityKind::Goal ? chain(plan.goals, circle) : chain(plan.systems, circle);
}

} // namespace Cairn

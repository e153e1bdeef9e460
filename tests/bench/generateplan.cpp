#include "tests/bench/generateplan.h"

#include "core/schedule/planscheduler.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace Cairn::Bench {

namespace {
const char *const kVerbs[] = {"Upgrade", "Replace", "Consolidate", "Automate", "Migrate",
    "Introduce", "Modernise", "Retire", "Harden", "Integrate"};
const char *const kNouns[] = {"billing", "warehouse system", "CRM", "data platform", "network",
    "identity", "reporting", "webshop", "HR system", "telephony", "backup", "file shares",
    "laptops", "payments", "service desk", "ERP module"};

QString initiativeName(QRandomGenerator &rng, int k)
{
    return QStringLiteral("%1 %2 #%3")
        .arg(QLatin1String(kVerbs[rng.bounded(int(std::size(kVerbs)))]),
            QLatin1String(kNouns[rng.bounded(int(std::size(kNouns)))]))
        .arg(k + 1);
}

// Up to two links to recent initiatives (none for a pinned one): FS with lag 0 or 1, SS (one in
// five) with lag 0 or 1.
void linkToRecent(PlanContent &p, QRandomGenerator &rng, int k)
{
    const Initiative &in = p.initiatives[size_t(k)];
    if (k == 0 || in.pin)
        return;
    const int preds = int(rng.bounded(100)) < 30 ? 0 : 1 + int(rng.bounded(2));
    for (int q = 0; q < preds; ++q) {
        const Initiative &pred = p.initiatives[size_t(k - 1 - int(rng.bounded(std::min(k, 30))))];
        const bool dup = std::any_of(p.dependencies.begin(), p.dependencies.end(),
            [&](const Dependency &e) { return e.predecessor == pred.id && e.successor == in.id; });
        if (pred.pin || dup)
            continue;
        const bool ss = rng.bounded(5) == 0;
        p.dependencies.push_back(
            {pred.id, in.id, ss ? DependencyType::StartToStart : DependencyType::FinishToStart,
                ss ? int(rng.bounded(2)) : (rng.bounded(4) == 0 ? 1 : 0)});
    }
}

// Capacities at ~85 % load: each team's FTE over the horizon, the budget growing 6 % a year
// (whole k€ per quarter), each at least the largest demand of one initiative.
void sizeLongCapacities(
    PlanContent &p, const std::vector<qint64> &load, const std::vector<qint64> &peak, int horizon)
{
    for (size_t r = 1; r < p.resources.size(); ++r) {
        const qint64 cap = qint64(std::ceil(double(load[r]) / (0.85 * horizon) / 25.0)) * 25;
        p.resources[r].defaultCapacity = std::max(cap, peak[r]);
    }
    double growth = 0;
    for (int t = 0; t < horizon; ++t)
        growth += std::pow(1.06, t / 4);
    const double base = double(load[0]) / 0.85 / growth;
    constexpr qint64 kEuro = 100'000; // one k€ in minor units
    Resource &budget = p.resources[0];
    for (int t = 0; t < horizon; ++t) {
        const qint64 cap = qint64(std::round(base * std::pow(1.06, t / 4) / double(kEuro))) * kEuro;
        budget.capacities.insert(p.info.firstQuarter + t, std::max(cap, peak[0]));
        budget.defaultCapacity = std::max(cap, peak[0]);
    }
}

// End of support for ~20 % of the unpinned initiatives, each a system of its own that the
// initiative replaces, its last quarter 0-2 quarters after the initiative's finish in a
// schedule that orders the work by random weights: some schedule meets every one of them.
void addEndsOfSupport(PlanContent &p, QRandomGenerator &rng, qint64 &id)
{
    PlanProblemMapping map = mapPlan(p);
    for (auto &a : map.problem.activities)
        a.weight = 1 + qint64(rng.bounded(10000));
    SchedulerOptions o;
    o.improve = false;
    const ScheduleResult r = Scheduler::solve(map.problem, o);
    for (size_t k = 0; k < p.initiatives.size(); ++k) {
        Initiative &in = p.initiatives[k];
        if (in.pin || rng.bounded(100) >= 20 || k >= r.activities.size() || !r.activities[k].start)
            continue;
        const int finish = *r.activities[k].start + in.duration;
        System sys;
        sys.id = SystemId {id++};
        sys.name = QStringLiteral("System %1").arg(p.systems.size() + 1);
        sys.criticality = 1 + int(rng.bounded(5));
        sys.endOfSupport = p.info.firstQuarter + (finish - 1 + int(rng.bounded(3)));
        p.systems.push_back(sys);
        in.kind = InitiativeKind::Run;
        p.impacts.push_back({in.id, sys.id, SystemEffect::Replaces});
    }
}

PlanContent generateLong(const GenerateOptions &options)
{
    QRandomGenerator rng(quint32(options.seed) * 7919u + 17u);
    PlanContent p;
    const int n = std::max(1, options.initiatives);
    const int horizon = 24 + int(rng.bounded(8));
    p.info.name = QStringLiteral("Generated roadmap (long): %1 initiatives over %2 quarters "
                                 "(seed %3)")
                      .arg(n)
                      .arg(horizon)
                      .arg(options.seed);
    p.info.organisation = QStringLiteral("Synthetic Ltd");
    p.info.author = QStringLiteral("cairn-bench generate");
    p.info.firstQuarter = Quarter(2027, 1);
    p.info.horizon = horizon;
    qint64 id = 1;
    const int goals = std::max(3, n / 25);
    for (int g = 0; g < goals; ++g)
        p.goals.push_back({GoalId {id++}, QStringLiteral("Goal %1").arg(g + 1), {},
            1 + int(rng.bounded(5)), {}, std::nullopt, {}, std::nullopt});
    p.resources.push_back(
        {ResourceId {id++}, QStringLiteral("Budget"), ResourceKind::Budget, 0, {}, {}});
    for (int t = 0; t < 2; ++t)
        p.resources.push_back({ResourceId {id++}, QStringLiteral("Team %1").arg(t + 1),
            ResourceKind::Team, 0, {}, {}});
    std::vector<qint64> load(3, 0), peak(3, 0);
    for (int k = 0; k < n; ++k) {
        Initiative in;
        in.id = InitiativeId {id++};
        in.name = initiativeName(rng, k);
        in.kind = rng.bounded(2) ? InitiativeKind::Grow : InitiativeKind::Transform;
        in.status = InitiativeStatus::Proposed;
        const int d = int(rng.bounded(100));
        in.duration = d < 40 ? 1 : (d < 75 ? 2 : (d < 92 ? 3 : 4));
        in.cost = Money(qint64(rng.bounded(20, 401)) * 100'000);
        const int team = 1 + int(rng.bounded(2));
        std::vector<std::pair<int, qint64>> fte {{team, 25 * qint64(rng.bounded(1, 7))}};
        if (rng.bounded(4) == 0)
            fte.push_back({3 - team, 25 * qint64(rng.bounded(1, 4))});
        for (const auto &[r, q] : fte) {
            in.demand.insert(p.resources[size_t(r)].id, q);
            load[size_t(r)] += q * in.duration;
            peak[size_t(r)] = std::max(peak[size_t(r)], q);
        }
        load[0] += in.cost.minorUnits();
        peak[0] = std::max(peak[0], (in.cost.minorUnits() + in.duration - 1) / in.duration);
        in.value = 1 + int(rng.bounded(100));
        in.confidence = 100;
        in.risk = 1 + int(rng.bounded(5));
        if (k > 0 && rng.bounded(100) < 3)
            in.pin = p.info.firstQuarter + int(rng.bounded(horizon / 2));
        else if (rng.bounded(100) < 15)
            in.earliestStart = p.info.firstQuarter + int(rng.bounded(1, horizon / 2));
        p.initiatives.push_back(in);
        p.contributions.push_back(
            {in.id, p.goals[size_t(rng.bounded(goals))].id, 1 + int(rng.bounded(5))});
        linkToRecent(p, rng, k);
    }
    sizeLongCapacities(p, load, peak, horizon);
    addEndsOfSupport(p, rng, id);
    p.nextId = id;
    return p;
}
} // namespace

PlanContent generateRoadmap(const GenerateOptions &options)
{
    if (options.shape == GenerateOptions::Shape::Long)
        return generateLong(options);
    QRandomGenerator rng(quint32(options.seed));
    PlanContent p;
    const int n = std::max(1, options.initiatives);
    const int m = options.systems >= 0 ? options.systems : std::max(1, n / 3);
    p.info.name
        = QStringLiteral("Generated roadmap: %1 initiatives (seed %2)").arg(n).arg(options.seed);
    p.info.organisation = QStringLiteral("Synthetic Ltd");
    p.info.author = QStringLiteral("cairn-bench generate");
    p.info.firstQuarter = Quarter(2027, 1);
    p.info.horizon = options.horizon;
    qint64 id = 1;
    auto next = [&id] { return id++; };

    const int goals = std::max(4, n / 25);
    for (int g = 0; g < goals; ++g)
        p.goals.push_back({GoalId {next()}, QStringLiteral("Goal %1").arg(g + 1), {},
            1 + int(rng.bounded(5)), {}, std::nullopt, {}, std::nullopt});

    for (int s = 0; s < m; ++s) {
        System sys;
        sys.id = SystemId {next()};
        sys.name = QStringLiteral("System %1").arg(s + 1);
        sys.criticality = 1 + int(rng.bounded(5));
        sys.condition = 1 + int(rng.bounded(5));
        sys.annualRunCost = Money(qint64(rng.bounded(5000, 80000)) * 100);
        const int r = int(rng.bounded(100));
        if (r < 10)
            sys.endOfSupport = p.info.firstQuarter - int(rng.bounded(1, 6)); // already past
        else if (r < 65)
            sys.endOfSupport = p.info.firstQuarter + int(rng.bounded(2, options.horizon)); // inside
        else if (r < 85)
            sys.endOfSupport = p.info.firstQuarter + options.horizon + int(rng.bounded(8));
        if (s > 0 && rng.bounded(3) == 0)
            sys.dependsOn.append(p.systems[size_t(rng.bounded(s))].id);
        p.systems.push_back(sys);
    }

    const int teams = n >= 500 ? 4 : 2;
    const ResourceId budget {next()};
    p.resources.push_back({budget, QStringLiteral("Budget"), ResourceKind::Budget, 0, {}, {}});
    for (int t = 0; t < teams; ++t)
        p.resources.push_back({ResourceId {next()}, QStringLiteral("Team %1").arg(t + 1),
            ResourceKind::Team, 0, {}, {}});
    const ResourceId partner {next()};
    p.resources.push_back({partner, QStringLiteral("Partner"), ResourceKind::Partner, 0, {}, {}});

    std::vector<qint64> load(p.resources.size(), 0);
    for (int k = 0; k < n; ++k) {
        Initiative in;
        in.id = InitiativeId {next()};
        in.name = QStringLiteral("%1 %2 #%3")
                      .arg(QLatin1String(kVerbs[rng.bounded(int(std::size(kVerbs)))]),
                          QLatin1String(kNouns[rng.bounded(int(std::size(kNouns)))]))
                      .arg(k + 1);
        const int kind = int(rng.bounded(100));
        in.kind = kind < 45 ? InitiativeKind::Run
                            : (kind < 80 ? InitiativeKind::Grow : InitiativeKind::Transform);
        in.status = InitiativeStatus::Proposed;
        const int d = int(rng.bounded(100));
        in.duration = d < 45 ? 1 : (d < 80 ? 2 : (d < 95 ? 3 : 4));
        in.cost = Money(qint64(rng.bounded(10, 300)) * 100000);
        const int team = 1 + int(rng.bounded(teams));
        const qint64 fte = 25 * qint64(rng.bounded(1, 7)); // 0.25 .. 1.5 FTE
        in.demand.insert(p.resources[size_t(team)].id, fte);
        load[size_t(team)] += fte * in.duration;
        if (rng.bounded(3) == 0) {
            const qint64 pf = 25 * qint64(rng.bounded(1, 5));
            in.demand.insert(partner, pf);
            load.back() += pf * in.duration;
        }
        load[0] += in.cost.minorUnits();
        in.value = int(rng.bounded(10, 101));
        in.confidence = int(rng.bounded(40, 101));
        in.risk = 1 + int(rng.bounded(5));
        if (rng.bounded(100) < 3)
            in.pin = p.info.firstQuarter + int(rng.bounded(options.horizon - in.duration + 1));
        else if (rng.bounded(100) < 8)
            in.earliestStart = p.info.firstQuarter + int(rng.bounded(options.horizon / 2));
        p.initiatives.push_back(in);
        p.contributions.push_back(
            {in.id, p.goals[size_t(rng.bounded(goals))].id, 1 + int(rng.bounded(5))});
        if (in.kind == InitiativeKind::Run && rng.bounded(100) < 60) {
            const System &sys = p.systems[size_t(rng.bounded(m))];
            p.impacts.push_back(
                {in.id, sys.id, rng.bounded(2) ? SystemEffect::Upgrades : SystemEffect::Replaces});
        }
        // Predecessors among the recent initiatives: chains and diamonds, ~1.5 per initiative.
        if (k > 0 && !in.pin) {
            const int preds = int(rng.bounded(100)) < 30 ? 0 : 1 + int(rng.bounded(2));
            for (int q = 0; q < preds; ++q) {
                const int window = std::min(k, 40);
                const Initiative &pred = p.initiatives[size_t(k - 1 - int(rng.bounded(window)))];
                if (pred.pin)
                    continue;
                const bool dup = std::any_of(
                    p.dependencies.begin(), p.dependencies.end(), [&](const Dependency &e) {
                        return e.predecessor == pred.id && e.successor == in.id;
                    });
                if (dup)
                    continue;
                const bool ss = rng.bounded(10) == 0;
                p.dependencies.push_back({pred.id, in.id,
                    ss ? DependencyType::StartToStart : DependencyType::FinishToStart,
                    ss ? int(rng.bounded(2)) : (rng.bounded(8) == 0 ? 1 : 0)});
            }
        }
    }
    // Capacities that bind: the load spread over 85 % of the horizon.
    for (size_t r = 0; r < p.resources.size(); ++r) {
        const double per = double(load[r]) / (0.85 * options.horizon);
        qint64 cap = qint64(per);
        if (r == 0) {
            cap = std::max<qint64>(cap, 30000000);
            p.resources[r].defaultCapacity = cap;
            p.resources[r].capacities.insert(p.info.firstQuarter + 4, cap * 11 / 10);
        } else {
            cap = std::max<qint64>(200, (cap + 24) / 25 * 25);
            p.resources[r].defaultCapacity = cap;
        }
    }
    p.nextId = id;
    return p;
}

} // namespace Cairn::Bench

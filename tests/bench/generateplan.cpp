#include "tests/bench/generateplan.h"

#include <QRandomGenerator>

#include <algorithm>

namespace Cairn::Bench {

namespace {
const char *const kVerbs[] = {"Upgrade", "Replace", "Consolidate", "Automate", "Migrate",
    "Introduce", "Modernise", "Retire", "Harden", "Integrate"};
const char *const kNouns[] = {"billing", "warehouse system", "CRM", "data platform", "network",
    "identity", "reporting", "webshop", "HR system", "telephony", "backup", "file shares",
    "laptops", "payments", "service desk", "ERP module"};
} // namespace

PlanContent generateRoadmap(const GenerateOptions &options)
{
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

#include "core/domain/entities.h"

#include <QCoreApplication>

namespace Cairn {

namespace {
template<size_t N>
QString pick(const char *const (&names)[N], int i)
{
    return (i >= 0 && size_t(i) < N) ? QString::fromLatin1(names[i]) : QString();
}
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cairn::Domain)
};
} // namespace

QString toKey(InitiativeKind v)
{
    static const char *const n[] = {"run", "grow", "transform"};
    return pick(n, int(v));
}
QString toKey(InitiativeStatus v)
{
    static const char *const n[] = {"idea", "proposed", "approved", "in-progress", "done", "dropped"};
    return pick(n, int(v));
}
QString toKey(LifecyclePhase v)
{
    static const char *const n[] = {"plan", "phase-in", "active", "phase-out", "retired"};
    return pick(n, int(v));
}
QString toKey(TimeDisposition v)
{
    static const char *const n[] = {"tolerate", "invest", "migrate", "eliminate"};
    return pick(n, int(v));
}
QString toKey(ResourceKind v)
{
    static const char *const n[] = {"budget", "team", "partner"};
    return pick(n, int(v));
}
QString toKey(SystemEffect v)
{
    static const char *const n[] = {"upgrades", "replaces", "retires", "introduces"};
    return pick(n, int(v));
}
QString toKey(DependencyType v)
{
    static const char *const n[] = {"finish-to-start", "start-to-start"};
    return pick(n, int(v));
}

QString displayName(InitiativeKind v)
{
    switch (v) {
    case InitiativeKind::Run: return Tr::tr("Run");
    case InitiativeKind::Grow: return Tr::tr("Grow");
    case InitiativeKind::Transform: return Tr::tr("Transform");
    }
    return {};
}
QString displayName(InitiativeStatus v)
{
    switch (v) {
    case InitiativeStatus::Idea: return Tr::tr("Idea");
    case InitiativeStatus::Proposed: return Tr::tr("Proposed");
    case InitiativeStatus::Approved: return Tr::tr("Approved");
    case InitiativeStatus::InProgress: return Tr::tr("In progress");
    case InitiativeStatus::Done: return Tr::tr("Done");
    case InitiativeStatus::Dropped: return Tr::tr("Dropped");
    }
    return {};
}
QString displayName(LifecyclePhase v)
{
    switch (v) {
    case LifecyclePhase::Plan: return Tr::tr("Plan");
    case LifecyclePhase::PhaseIn: return Tr::tr("Phase-in");
    case LifecyclePhase::Active: return Tr::tr("Active");
    case LifecyclePhase::PhaseOut: return Tr::tr("Phase-out");
    case LifecyclePhase::Retired: return Tr::tr("Retired");
    }
    return {};
}
QString displayName(TimeDisposition v)
{
    switch (v) {
    case TimeDisposition::Tolerate: return Tr::tr("Tolerate");
    case TimeDisposition::Invest: return Tr::tr("Invest");
    case TimeDisposition::Migrate: return Tr::tr("Migrate");
    case TimeDisposition::Eliminate: return Tr::tr("Eliminate");
    }
    return {};
}
QString displayName(ResourceKind v)
{
    switch (v) {
    case ResourceKind::Budget: return Tr::tr("Budget");
    case ResourceKind::Team: return Tr::tr("Team");
    case ResourceKind::Partner: return Tr::tr("External partner");
    }
    return {};
}
QString displayName(SystemEffect v)
{
    switch (v) {
    case SystemEffect::Upgrades: return Tr::tr("Upgrades");
    case SystemEffect::Replaces: return Tr::tr("Replaces");
    case SystemEffect::Retires: return Tr::tr("Retires");
    case SystemEffect::Introduces: return Tr::tr("Introduces");
    }
    return {};
}
QString displayName(DependencyType v)
{
    switch (v) {
    case DependencyType::FinishToStart: return Tr::tr("Finish to start");
    case DependencyType::StartToStart: return Tr::tr("Start to start");
    }
    return {};
}

} // namespace Cairn

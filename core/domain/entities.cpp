#include "core/domain/entities.h"

#include <QCoreApplication>

namespace Cairn {

namespace {
template<size_t N> QString pick(const char *const (&names)[N], int i)
{
    return (i >= 0 && size_t(i) < N) ? QString::fromLatin1(names[i]) : QString();
}
} // namespace

QString toKey(InitiativeKind v)
{
    static const char *const n[] = {"run", "grow", "transform"};
    return pick(n, int(v));
}
QString toKey(InitiativeStatus v)
{
    static const char *const n[]
        = {"idea", "proposed", "approved", "in-progress", "done", "dropped"};
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
    case InitiativeKind::Run:
        return QCoreApplication::translate("Cairn::Domain", "Run");
    case InitiativeKind::Grow:
        return QCoreApplication::translate("Cairn::Domain", "Grow");
    case InitiativeKind::Transform:
        return QCoreApplication::translate("Cairn::Domain", "Transform");
    }
    return {};
}
QString displayName(InitiativeStatus v)
{
    switch (v) {
    case InitiativeStatus::Idea:
        return QCoreApplication::translate("Cairn::Domain", "Idea");
    case InitiativeStatus::Proposed:
        return QCoreApplication::translate("Cairn::Domain", "Proposed");
    case InitiativeStatus::Approved:
        return QCoreApplication::translate("Cairn::Domain", "Approved");
    case InitiativeStatus::InProgress:
        return QCoreApplication::translate("Cairn::Domain", "In progress");
    case InitiativeStatus::Done:
        return QCoreApplication::translate("Cairn::Domain", "Done");
    case InitiativeStatus::Dropped:
        return QCoreApplication::translate("Cairn::Domain", "Dropped");
    }
    return {};
}
QString displayName(LifecyclePhase v)
{
    switch (v) {
    case LifecyclePhase::Plan:
        return QCoreApplication::translate("Cairn::Domain", "Plan");
    case LifecyclePhase::PhaseIn:
        return QCoreApplication::translate("Cairn::Domain", "Phase-in");
    case LifecyclePhase::Active:
        return QCoreApplication::translate("Cairn::Domain", "Active");
    case LifecyclePhase::PhaseOut:
        return QCoreApplication::translate("Cairn::Domain", "Phase-out");
    case LifecyclePhase::Retired:
        return QCoreApplication::translate("Cairn::Domain", "Retired");
    }
    return {};
}
QString displayName(TimeDisposition v)
{
    switch (v) {
    case TimeDisposition::Tolerate:
        return QCoreApplication::translate("Cairn::Domain", "Tolerate");
    case TimeDisposition::Invest:
        return QCoreApplication::translate("Cairn::Domain", "Invest");
    case TimeDisposition::Migrate:
        return QCoreApplication::translate("Cairn::Domain", "Migrate");
    case TimeDisposition::Eliminate:
        return QCoreApplication::translate("Cairn::Domain", "Eliminate");
    }
    return {};
}
QString displayName(ResourceKind v)
{
    switch (v) {
    case ResourceKind::Budget:
        return QCoreApplication::translate("Cairn::Domain", "Budget");
    case ResourceKind::Team:
        return QCoreApplication::translate("Cairn::Domain", "Team");
    case ResourceKind::Partner:
        return QCoreApplication::translate("Cairn::Domain", "External partner");
    }
    return {};
}
QString displayName(SystemEffect v)
{
    switch (v) {
    case SystemEffect::Upgrades:
        return QCoreApplication::translate("Cairn::Domain", "Upgrades");
    case SystemEffect::Replaces:
        return QCoreApplication::translate("Cairn::Domain", "Replaces");
    case SystemEffect::Retires:
        return QCoreApplication::translate("Cairn::Domain", "Retires");
    case SystemEffect::Introduces:
        return QCoreApplication::translate("Cairn::Domain", "Introduces");
    }
    return {};
}
QString displayName(DependencyType v)
{
    switch (v) {
    case DependencyType::FinishToStart:
        return QCoreApplication::translate("Cairn::Domain", "Finish to start");
    case DependencyType::StartToStart:
        return QCoreApplication::translate("Cairn::Domain", "Start to start");
    }
    return {};
}

} // namespace Cairn

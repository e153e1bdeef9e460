#include "core/schedule/schedulemoves.h"

#include "core/domain/wording.h"

#include <QCoreApplication>
#include <QHash>

namespace Cairn {

namespace {

QString nameOf(const PlanContent &plan, InitiativeId id)
{
    for (const Initiative &i : plan.initiatives)
        if (i.id == id)
            return quoted(i.name);
    return quoted(QStringLiteral("#%1").arg(id.value));
}

// Why it starts where it starts now, in a few words; `earlier`: it moved earlier, into room that
// came free (never "full": that is why it starts no earlier still, not why it moved).
QString shortReason(
    const PlanSchedule &s, const InitiativeSchedule &is, const PlanContent &plan, bool earlier)
{
    const StartReason &r = is.reason;
    using K = StartReason::Kind;
    if (earlier
        && (r.kind == K::Resource || r.kind == K::Reference || r.kind == K::PlanStart
            || r.kind == K::Release)) {
        if (is.roomFreedBy)
            return QCoreApplication::translate("Cairn::Schedule", "room freed by %1")
                .arg(nameOf(plan, *is.roomFreedBy));
        if (r.kind == K::Resource || r.kind == K::Reference)
            return QCoreApplication::translate("Cairn::Schedule", "room came free");
    }
    switch (r.kind) {
    case StartReason::Kind::Predecessor:
        if (r.activity >= 0 && size_t(r.activity) < s.mapping.activityIds.size())
            return QCoreApplication::translate("Cairn::Schedule", "waits for %1")
                .arg(nameOf(plan, s.mapping.activityIds[size_t(r.activity)]));
        return {};
    case StartReason::Kind::Resource: {
        if (r.blockers.empty())
            return QCoreApplication::translate("Cairn::Schedule", "capacity");
        const int res = r.blockers.front().resource;
        if (res >= 0 && size_t(res) < s.mapping.resourceIds.size())
            for (const Resource &resource : plan.resources)
                if (resource.id == s.mapping.resourceIds[size_t(res)])
                    return QCoreApplication::translate("Cairn::Schedule", "%1 is full")
                        .arg(quoted(resource.name));
        return QCoreApplication::translate("Cairn::Schedule", "capacity");
    }
    case StartReason::Kind::Pin:
        return QCoreApplication::translate("Cairn::Schedule", "pinned");
    case StartReason::Kind::Release:
        return QCoreApplication::translate("Cairn::Schedule", "earliest start");
    case StartReason::Kind::PlanStart:
        return QCoreApplication::translate("Cairn::Schedule", "room earlier");
    case StartReason::Kind::Reference:
    case StartReason::Kind::NotPlaced:
        return {};
    }
    return {};
}

} // namespace

std::vector<ScheduleMove> scheduleMoves(
    const PlanSchedule &before, const PlanSchedule &after, const PlanContent &plan)
{
    QHash<qint64, Quarter> was;
    for (const InitiativeSchedule &is : before.initiatives)
        if (is.start)
            was.insert(is.id.value, *is.start);
    std::vector<ScheduleMove> moves;
    for (const InitiativeSchedule &is : after.initiatives) {
        const auto it = was.constFind(is.id.value);
        if (!is.start || it == was.cend() || *it == *is.start
            || is.reason.kind == StartReason::Kind::Pin)
            continue;
        moves.push_back({is.id, *it, *is.start, shortReason(after, is, plan, *is.start < *it)});
    }
    return moves;
}

std::vector<ScheduleMove> movesFromReference(const PlanSchedule &schedule, const PlanContent &plan)
{
    std::vector<ScheduleMove> moves;
    for (const InitiativeSchedule &is : schedule.initiatives)
        if (is.moved() && is.reason.kind != StartReason::Kind::Pin)
            moves.push_back({is.id, *is.reference, *is.start,
                shortReason(schedule, is, plan, *is.start < *is.reference)});
    return moves;
}

QString describeMove(const ScheduleMove &move, const PlanContent &plan)
{
    const int q = move.quarters();
    QString part = q > 0
        ? QCoreApplication::translate("Cairn::Schedule", "%1 +%n quarter(s)", nullptr, q)
        : QCoreApplication::translate("Cairn::Schedule", "%1 −%n quarter(s)", nullptr, -q);
    part = part.arg(nameOf(plan, move.id));
    if (!move.reason.isEmpty())
        part += QStringLiteral(" (%1)").arg(move.reason);
    return part;
}

QString describeMoves(const std::vector<ScheduleMove> &moves, const PlanContent &plan, int listed)
{
    if (moves.empty())
        return {};
    QStringList parts;
    for (size_t k = 0; k < moves.size() && int(k) < listed; ++k)
        parts << describeMove(moves[k], plan);
    QString line = QCoreApplication::translate(
        "Cairn::Schedule", "%n initiative(s) moved: %1", nullptr, int(moves.size()))
                       .arg(parts.join(QStringLiteral(", ")));
    if (moves.size() > size_t(listed))
        line += QCoreApplication::translate(
            "Cairn::Schedule", ", and %n more", nullptr, int(moves.size()) - listed);
    return line;
}

const std::vector<ScheduleMove> &MoveTracker::update(
    quint64 generation, std::shared_ptr<const PlanSchedule> schedule, const PlanContent &plan)
{
    if (!schedule)
        return m_moves;
    if (!m_shown) {
        m_shown = std::move(schedule);
        m_generation = generation;
        return m_moves;
    }
    if (generation != m_generation) {
        m_before = m_shown;
        m_generation = generation;
    }
    m_shown = std::move(schedule);
    m_moves = m_before ? scheduleMoves(*m_before, *m_shown, plan) : std::vector<ScheduleMove> {};
    return m_moves;
}

} // namespace Cairn

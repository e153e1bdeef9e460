#pragma once

#include "core/domain/entities.h"

#include <QString>

#include <optional>

namespace Cairn {

// ---- the workshop record: sessions with what they started from, ended at, and decided --------
// Start marks a session and keeps every initiative as it stood (its schedule and value); End keeps
// them again. What changed in the workshop is worked out from those rows (core/workshop/record.h),
// so it still names an initiative deleted during it.
struct WorkshopSession {
    WorkshopId id;
    QString name;
    QString started; // ISO 8601 in UTC ("2026-11-29T10:15:00Z")
    QString ended; // empty while it runs

    bool isRunning() const { return ended.isEmpty(); }
    bool operator==(const WorkshopSession &) const = default;
};

// When a workshop's row was taken: as it started, or as it ended.
enum class WorkshopMoment { Start, End };

// One initiative as it stood at the start or the end of a workshop. It keeps the id and the name,
// not a link, like a baseline's row.
struct WorkshopEntry {
    WorkshopId workshop;
    WorkshopMoment moment = WorkshopMoment::Start;
    qint64 initiative = 0;
    QString name;
    std::optional<Quarter> start; // none: it was not scheduled
    std::optional<Quarter> finish;
    int value = 0;

    bool operator==(const WorkshopEntry &) const = default;
};

// A decision noted during a workshop: a short text, and when.
struct Decision {
    WorkshopId workshop;
    QString text;
    QString noted; // ISO 8601 in UTC

    bool operator==(const Decision &) const = default;
};

// ---- dot voting ---------------------------------------------------------------------------------
// A named participant of the vote; each has PlanInfo::dots dots to give.
struct Participant {
    QString name;

    bool operator==(const Participant &) const = default;
};

// So many of a participant's dots on an initiative (1 or more; none: no row).
struct Vote {
    QString participant; // a Participant's name
    InitiativeId initiative;
    int dots = 1;

    bool operator==(const Vote &) const = default;
};

// ---- efforts set by hand ------------------------------------------------------------------------
// An initiative's effort (0–100) as dragged in the value/effort matrix: it replaces the effort
// worked out from cost and FTE (core/workshop/scoring.h) until taken back.
struct EffortEntry {
    InitiativeId initiative;
    int effort = 0;

    bool operator==(const EffortEntry &) const = default;
};

template<> const ChoiceTable &choiceTable<WorkshopMoment>();

} // namespace Cairn

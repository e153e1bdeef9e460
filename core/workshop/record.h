#pragma once

#include "core/domain/plan.h"
#include "core/edit/editfacade.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>
#include <vector>

namespace Cairn {

struct PlanSchedule;

// The workshop that runs (none when none does), and the latest one, running or ended.
const WorkshopSession *runningWorkshop(const PlanContent &plan);
const WorkshopSession *latestWorkshop(const PlanContent &plan);
// The decisions noted in a workshop, in order.
QStringList decisionsOf(const PlanContent &plan, WorkshopId workshop);

// Every initiative taken in (not dropped or done) as it stands: its schedule and its value.
std::vector<WorkshopEntry> workshopEntries(const PlanContent &plan, const PlanSchedule *schedule,
    WorkshopId workshop, WorkshopMoment moment);

// One line of "what changed in this workshop".
struct WorkshopChange {
    enum class Kind { Added, Removed, Moved, Rescored, Decision };
    Kind kind = Kind::Added;
    qint64 initiative = 0; // 0 for a decision
    QString name; // the initiative's (as it is now, or as it was when gone), or the decision
    std::optional<Quarter> startBefore, finishBefore, startAfter, finishAfter;
    int valueBefore = 0, valueAfter = 0;
    QString noted; // a decision's time, ISO 8601 in UTC
};

struct WorkshopRecord {
    WorkshopSession workshop;
    std::vector<WorkshopChange> changes; // added, removed, moved, re-scored, then decisions
    int added = 0, removed = 0, moved = 0, rescored = 0, decisions = 0;
};

// What changed in a workshop: its start rows against its end rows, or, while it runs, against the
// plan as it is now with `now` its schedule (none: the schedule is not compared).
WorkshopRecord workshopRecord(
    const PlanContent &plan, const PlanSchedule *now, WorkshopId workshop);

// The record as people read it: a headline ("3 added, 2 moved, …"), a line per change.
QString describeRecordCounts(const WorkshopRecord &record);
QString describeChange(const WorkshopChange &change, const PlanInfo &info);
QString changeKindName(WorkshopChange::Kind kind);
// The record as a Markdown document, and as CSV (one row per change, OWASP-safe cells).
QString workshopRecordMarkdown(const WorkshopRecord &record, const PlanInfo &info);
// `text` as Markdown text that reads as itself: the characters that would start markup are
// escaped (emphasis, code, links, HTML, tables, and a list, heading or quote at its start), and
// nothing else, so that the raw file stays readable ("2027 Q1 - 2027 Q3", "v2.4").
QString markdownText(const QString &text);
QString workshopRecordCsv(const WorkshopRecord &record, const PlanInfo &info);

// The workshop record's edits, each one undo step through the edit facade.
class WorkshopEdits {
    Q_DECLARE_TR_FUNCTIONS(Cairn::Workshop)

public:
    explicit WorkshopEdits(EditFacade &edit)
        : m_edit(edit)
    {
    }

    // Marks a workshop's start and keeps every initiative as it stands (with `schedule`, the
    // schedule of the plan as it is now). An empty name: "Workshop" and the date. Refused while
    // one runs.
    std::optional<WorkshopId> start(const PlanSchedule &schedule, const QString &name,
        const QDateTime &when, EditResult *result = nullptr);
    // Ends the running workshop, keeping every initiative as it stands then.
    EditResult end(const PlanSchedule &schedule, const QDateTime &when);
    // A decision in the running workshop.
    EditResult noteDecision(const QString &text, const QDateTime &when);
    // The `index`th decision of a workshop.
    void removeDecision(WorkshopId workshop, int index);
    // A workshop and its rows and decisions.
    void remove(WorkshopId workshop);

private:
    EditFacade &m_edit;
};

} // namespace Cairn

#pragma once

#include "core/store/planparts.h"
#include "core/store/planstore.h"

#include <QList>
#include <QSet>

namespace Cairn {

// A step of mine that the server refused because a colleague changed the same field (or removed
// the row, or took its id): what it was before, what they made it, what I made it. The window
// shows it until the person keeps theirs or mine.
struct ServerConflict {
    int id = 0; // stable while the document is open
    Conflict conflict;
    // The row as this client had read it before the step (the "was"); none for a new row.
    std::optional<EntityValue> was;
    std::optional<LinkValue> wasLink;
    std::optional<PlanInfo> wasInfo;
    // The other rows of the refused step: held with it (nothing of a refused step is written
    // until the person decides), and given back to the server's values with Take Theirs.
    QSet<RowKey> withIt;

    bool canKeepMine() const { return conflict.kind != Conflict::Kind::Exists; }
};

// One field of a conflict, worded for people.
struct FieldDifference {
    QString field; // its label
    QString was, theirs, yours;
};

// The name of the row a conflict is about ("“Webshop”", "the plan's settings", "the link #3 – #7").
QString conflictItem(const ServerConflict &c);
// The fields in which was, theirs and yours differ (a removed row: one line saying so).
QList<FieldDifference> fieldDifferences(const ServerConflict &c, const PlanContent &context);
// The labels of the fields whose bits are set, for the kind of row `key` names, joined by ", ".
QString fieldLabels(const RowKey &key, quint64 bits);

// Rows of a plan's content by their key (an entity, a link or the settings).
namespace Rows {
// Makes `into`'s row `key` what `from` has (added at the same place, changed, or removed).
void copy(PlanContent &into, const PlanContent &from, const RowKey &key);
// Sets the row `key` of `into` to a value (or removes it: every optional empty).
void put(PlanContent &into, const RowKey &key, const std::optional<EntityValue> &entity,
    const std::optional<LinkValue> &link, const std::optional<PlanInfo> &info);
// The rows a step changes.
QSet<RowKey> touched(const PlanChanges &changes);
// The row as `content` has it (at most one of the three is set).
void read(const PlanContent &content, const RowKey &key, std::optional<EntityValue> *entity,
    std::optional<LinkValue> *link, std::optional<PlanInfo> *info);
// The parts steps change whole (scenarios, baselines, the reference schedule, the workshop record,
// the dot vote) from `from`: what a server not upgraded to keep them leaves in the window.
void copyLocalParts(PlanContent &into, const PlanContent &from);
// A part both I and a colleague changed since `base`: `into`'s part becomes theirs with my changes
// made again on it, row by row (a scenario, an override, a vote…). A row we both changed, or one
// they removed and I changed, stays as they have it; how many such rows, is returned.
int mergePart(PlanContent &into, const PlanContent &base, const PlanContent &mine,
    const PlanContent &theirs, PlanPart part);
} // namespace Rows

} // namespace Cairn

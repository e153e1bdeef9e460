#pragma once

#include <QStringList>

namespace Cairn::ServerSchema {

// The version of a server's schema "cairn": the plan file format it has the tables of (7; files
// moved on alone to 8, a scenario's overrides packed in one row).
int currentVersion();

// Statements that create the schema "cairn" on a PostgreSQL server, run by an administrator:
// - roles cairn_owner (owns every table and function; cannot log in) and cairn_member (the login
//   roles of plan members are granted it);
// - plans (id, handle, revision), members (plan, login role, viewer|editor|owner), change_log
//   (plan, revision, who, when, which rows) and meta (schema_version);
// - the plan's tables made from the field schema, every row keyed by its plan's id and carrying
//   version, changed_by and changed_at, which a trigger sets (never the client);
// - row-level security on every table: members read their plans' rows, editors and owners
//   write them, others see nothing;
// - functions the clients call: lock_plan (the plan's write lock), finish_step (revision,
//   change log, NOTIFY), reserve_ids, create_plan, set_member; the ones that write refuse anyone
//   who may not write the plan (a viewer) in one place, require_write.
QStringList createStatements();
// The revision of what a schema of the current version has on top of its tables (meta
// server_revision; none: 0): 1 the plans' id reservations (plans.reserved_id, reserve_ids, which
// hands each client a block of ids of its own for the rows it adds, so that two people adding at
// once never take the same id), 2 require_write, 3 plan_part: the version of each part of a plan
// that steps write whole (the reference schedule, scenarios, baselines, the workshop record, the
// dot vote; core/edit/planchanges.h PlanPart), so that a step on a part someone changed since is a
// conflict.
int currentRevision();
// The oldest format `cairn server init` upgrades (the first a server had).
int oldestUpgradableVersion();
// What brings a schema of format `from` to `from + 1` (its new tables made from the field schema,
// with their row-level security), run by `cairn server init` before upgradeStatements().
QStringList formatUpgradeStatements(int from);
// What brings a schema of the current version to currentRevision(), run by `cairn server init`
// on a server that has the schema already (each statement changes nothing when run again; the
// functions are made anew).
QStringList upgradeStatements();

} // namespace Cairn::ServerSchema

-- Source of plan-v1.cairn: a plan file as Cairn's first file format (version 1) wrote it.
-- Version 1 had no milestones and no initiative risk. Rebuild with:
--   rm -f plan-v1.cairn && sqlite3 plan-v1.cairn < plan-v1.sql
PRAGMA application_id = 1128352082;
PRAGMA user_version = 1;
PRAGMA journal_mode = DELETE;
BEGIN;
CREATE TABLE plan (id INTEGER PRIMARY KEY CHECK (id = 1), name TEXT NOT NULL, organisation TEXT NOT NULL,
  author TEXT NOT NULL, currency TEXT NOT NULL,
  fiscal_year_start_month INTEGER NOT NULL CHECK (fiscal_year_start_month BETWEEN 1 AND 12),
  first_quarter INTEGER NOT NULL, horizon INTEGER NOT NULL CHECK (horizon >= 1), notes TEXT NOT NULL,
  next_id INTEGER NOT NULL);
CREATE TABLE goal (id INTEGER PRIMARY KEY, name TEXT NOT NULL, description TEXT NOT NULL, weight INTEGER NOT NULL,
  owner TEXT NOT NULL, target_quarter INTEGER, kpi TEXT NOT NULL,
  parent_id INTEGER REFERENCES goal(id) DEFERRABLE INITIALLY DEFERRED, position INTEGER NOT NULL);
CREATE TABLE system (id INTEGER PRIMARY KEY, name TEXT NOT NULL, category TEXT NOT NULL, vendor TEXT NOT NULL,
  owner TEXT NOT NULL, criticality INTEGER NOT NULL, condition INTEGER NOT NULL, annual_run_cost INTEGER NOT NULL,
  lifecycle TEXT NOT NULL, disposition TEXT NOT NULL, end_of_support INTEGER, position INTEGER NOT NULL);
CREATE TABLE system_dependency (system_id INTEGER NOT NULL REFERENCES system(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  depends_on_id INTEGER NOT NULL REFERENCES system(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  position INTEGER NOT NULL, PRIMARY KEY (system_id, depends_on_id));
CREATE TABLE resource (id INTEGER PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, default_capacity INTEGER NOT NULL,
  notes TEXT NOT NULL, position INTEGER NOT NULL);
CREATE TABLE resource_capacity (resource_id INTEGER NOT NULL REFERENCES resource(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  quarter INTEGER NOT NULL, capacity INTEGER NOT NULL, PRIMARY KEY (resource_id, quarter));
CREATE TABLE initiative (id INTEGER PRIMARY KEY, name TEXT NOT NULL, description TEXT NOT NULL, kind TEXT NOT NULL,
  status TEXT NOT NULL, duration INTEGER NOT NULL, cost INTEGER NOT NULL, earliest_start INTEGER, deadline INTEGER,
  pin INTEGER, value INTEGER NOT NULL, confidence INTEGER NOT NULL, position INTEGER NOT NULL);
CREATE TABLE initiative_demand (initiative_id INTEGER NOT NULL REFERENCES initiative(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  resource_id INTEGER NOT NULL REFERENCES resource(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  amount INTEGER NOT NULL, PRIMARY KEY (initiative_id, resource_id));
CREATE TABLE initiative_goal (initiative_id INTEGER NOT NULL REFERENCES initiative(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  goal_id INTEGER NOT NULL REFERENCES goal(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  strength INTEGER NOT NULL, position INTEGER NOT NULL, PRIMARY KEY (initiative_id, goal_id));
CREATE TABLE initiative_system (initiative_id INTEGER NOT NULL REFERENCES initiative(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  system_id INTEGER NOT NULL REFERENCES system(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  effect TEXT NOT NULL, position INTEGER NOT NULL, PRIMARY KEY (initiative_id, system_id));
CREATE TABLE initiative_dependency (predecessor_id INTEGER NOT NULL REFERENCES initiative(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  successor_id INTEGER NOT NULL REFERENCES initiative(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  type TEXT NOT NULL, lag INTEGER NOT NULL, position INTEGER NOT NULL, PRIMARY KEY (predecessor_id, successor_id));
INSERT INTO plan VALUES (1, 'Version 1 plan', 'Old Co', 'Someone', 'EUR', 1, 20271, 8, '', 10);
INSERT INTO goal VALUES (1, 'Stay supported', '', 4, 'IT', 20274, '', NULL, 0);
INSERT INTO system VALUES (2, 'ERP 2016', 'ERP', 'Vendor', 'CFO', 5, 2, 3000000, 'phase-out', 'migrate', 20273, 0);
INSERT INTO resource VALUES (3, 'Team', 'team', 200, '', 0);
INSERT INTO initiative VALUES (4, 'Upgrade the ERP', '', 'run', 'approved', 2, 10000000, NULL, 20274, NULL, 80, 70, 0);
INSERT INTO initiative VALUES (5, 'Train users', '', 'grow', 'proposed', 1, 500000, NULL, NULL, NULL, 40, 90, 1);
INSERT INTO initiative_demand VALUES (4, 3, 100);
INSERT INTO initiative_goal VALUES (4, 1, 5, 0);
INSERT INTO initiative_system VALUES (4, 2, 'upgrades', 0);
INSERT INTO initiative_dependency VALUES (4, 5, 'finish-to-start', 0, 0);
COMMIT;

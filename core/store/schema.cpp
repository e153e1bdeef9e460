#include "core/store/schema.h"

namespace Cairn::Schema {

// Foreign keys are DEFERRABLE INITIALLY DEFERRED so that rows can be written in any order
// inside the one save transaction (a goal before its parent, a system before the one it runs
// on); they are still checked at COMMIT.
QStringList createStatements()
{
    return {
        QStringLiteral(R"(CREATE TABLE plan (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            name TEXT NOT NULL,
            organisation TEXT NOT NULL,
            author TEXT NOT NULL,
            currency TEXT NOT NULL,
            fiscal_year_start_month INTEGER NOT NULL CHECK (fiscal_year_start_month BETWEEN 1 AND 12),
            first_quarter INTEGER NOT NULL,
            horizon INTEGER NOT NULL CHECK (horizon >= 1),
            notes TEXT NOT NULL,
            next_id INTEGER NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE goal (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            description TEXT NOT NULL,
            weight INTEGER NOT NULL,
            owner TEXT NOT NULL,
            target_quarter INTEGER,
            kpi TEXT NOT NULL,
            parent_id INTEGER REFERENCES goal(id) DEFERRABLE INITIALLY DEFERRED,
            position INTEGER NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE system (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            category TEXT NOT NULL,
            vendor TEXT NOT NULL,
            owner TEXT NOT NULL,
            criticality INTEGER NOT NULL,
            condition INTEGER NOT NULL,
            annual_run_cost INTEGER NOT NULL,
            lifecycle TEXT NOT NULL,
            disposition TEXT NOT NULL,
            end_of_support INTEGER,
            position INTEGER NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE system_dependency (
            system_id INTEGER NOT NULL REFERENCES system(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
            depends_on_id INTEGER NOT NULL REFERENCES system(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
            position INTEGER NOT NULL,
            PRIMARY KEY (system_id, depends_on_id)))"),
        QStringLiteral(R"(CREATE TABLE resource (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            default_capacity INTEGER NOT NULL,
            notes TEXT NOT NULL,
            position INTEGER NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE resource_capacity (
            resource_id INTEGER NOT NULL REFERENCES resource(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
            quarter INTEGER NOT NULL,
            capacity INTEGER NOT NULL,
            PRIMARY KEY (resource_id, quarter)))"),
        QStringLiteral(R"(CREATE TABLE initiative (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            description TEXT NOT NULL,
            kind TEXT NOT NULL,
            status TEXT NOT NULL,
            duration INTEGER NOT NULL,
            cost INTEGER NOT NULL,
            earliest_start INTEGER,
            deadline INTEGER,
            pin INTEGER,
            value INTEGER NOT NULL,
            confidence INTEGER NOT NULL,
            risk INTEGER NOT NULL DEFAULT 2,
            position INTEGER NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE initiative_demand (
            initiative_id INTEGER NOT NULL REFERENCES initiative(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
            resource_id INTEGER NOT NULL REFERENCES resource(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
            amount INTEGER NOT NULL,
            PRIMARY KEY (initiative_id, resource_id)))"),
        QStringLiteral(R"(CREATE TABLE initiative_goal (
            initiative_id INTEGER NOT NULL REFERENCES initiative(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
            goal_id INTEGER NOT NULL REFERENCES goal(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
            strength INTEGER NOT NULL,
            position INTEGER NOT NULL,
            PRIMARY KEY (initiative_id, goal_id)))"),
        QStringLiteral(R"(CREATE TABLE initiative_system (
            initiative_id INTEGER NOT NULL REFERENCES initiative(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
            system_id INTEGER NOT NULL REFERENCES system(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
            effect TEXT NOT NULL,
            position INTEGER NOT NULL,
            PRIMARY KEY (initiative_id, system_id)))"),
        QStringLiteral(R"(CREATE TABLE initiative_dependency (
            predecessor_id INTEGER NOT NULL REFERENCES initiative(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
            successor_id INTEGER NOT NULL REFERENCES initiative(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
            type TEXT NOT NULL,
            lag INTEGER NOT NULL,
            position INTEGER NOT NULL,
            PRIMARY KEY (predecessor_id, successor_id)))"),
        QStringLiteral(R"(CREATE TABLE milestone (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            quarter INTEGER NOT NULL,
            description TEXT NOT NULL,
            position INTEGER NOT NULL))"),
    };
}

QStringList migrationStatements(int from)
{
    switch (from) {
    case 1: // 1 -> 2: milestones and an initiative's risk
        return {
            QStringLiteral("ALTER TABLE initiative ADD COLUMN risk INTEGER NOT NULL DEFAULT 2"),
            QStringLiteral(R"(CREATE TABLE milestone (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL,
                quarter INTEGER NOT NULL,
                description TEXT NOT NULL,
                position INTEGER NOT NULL))"),
        };
    default:
        return {};
    }
}

} // namespace Cairn::Schema

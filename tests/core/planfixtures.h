#pragma once

#include "core/domain/fieldvalue.h"
#include "core/domain/plan.h"

namespace Cairn::Test {

// A small plan in which every field of every entity differs from its default, so that a round
// trip that drops or mixes up any field fails.
inline PlanContent fullPlan()
{
    PlanContent p;
    p.info.name = QStringLiteral("Round-trip plan — “quotes”, émojis 🚀 and\nnewlines");
    p.info.organisation = QStringLiteral("Example & Söhne");
    p.info.author = QStringLiteral("Ana O'Neil");
    p.info.currency.code = QStringLiteral("CHF");
    p.info.fiscalYearStartMonth = 7;
    p.info.firstQuarter = Quarter(2027, 2);
    p.info.horizon = 16;
    p.info.notes = QStringLiteral("Notes; with, separators");
    p.info.logo = *pictureDataUrl(QByteArrayLiteral(
        "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" "
        "height=\"20\"><rect width=\"40\" height=\"20\" fill=\"#0a5\"/></svg>\n"));
    p.info.marking = QStringLiteral("Confidential — board only");
    p.info.scheduling = SchedulingMode::Keep;

    Resource budget {ResourceId {1}, QStringLiteral("Budget"), ResourceKind::Budget, 15000000, {},
        QStringLiteral("capex")};
    budget.capacities.insert(Quarter(2028, 1), 20000000);
    budget.capacities.insert(Quarter(2028, 2), 0);
    Resource team {ResourceId {2}, QStringLiteral("Team"), ResourceKind::Team, 250, {}, QString()};
    Resource partner {ResourceId {3}, QStringLiteral("Partner"), ResourceKind::Partner, 100, {},
        QStringLiteral("n")};
    p.resources = {team, budget, partner}; // deliberately not in id order

    Goal vision {GoalId {10}, QStringLiteral("Vision"), QStringLiteral("d"), 5,
        QStringLiteral("CEO"), Quarter(2029, 4), QStringLiteral("kpi"), std::nullopt};
    Goal child {GoalId {11}, QStringLiteral("Child"), QString(), 1, QString(), std::nullopt,
        QString(), GoalId {10}};
    p.goals = {child, vision};

    System db {SystemId {20}, QStringLiteral("DB"), QStringLiteral("Database"),
        QStringLiteral("Vendor"), QStringLiteral("Owner"), 5, 1, Money(123456),
        LifecyclePhase::PhaseOut, TimeDisposition::Migrate, Quarter(2027, 4), {}};
    System os {SystemId {21}, QStringLiteral("OS"), QString(), QString(), QString(), 1, 5, Money(0),
        LifecyclePhase::Retired, TimeDisposition::Eliminate, std::nullopt, {}};
    System app {SystemId {22}, QStringLiteral("App"), QString(), QString(), QString(), 2, 4,
        Money(99), LifecyclePhase::PhaseIn, TimeDisposition::Invest, Quarter(2030, 1),
        {SystemId {21}, SystemId {20}}};
    db.tags = {QStringLiteral("core"), QStringLiteral("on-premises")};
    p.systems = {db, os, app};

    Initiative a;
    a.id = InitiativeId {30};
    a.name = QStringLiteral("Upgrade DB");
    a.description = QStringLiteral("desc");
    a.kind = InitiativeKind::Run;
    a.status = InitiativeStatus::InProgress;
    a.duration = 2;
    a.cost = Money(5000050);
    a.demand = {{ResourceId {2}, 150}, {ResourceId {1}, 1000}};
    a.earliestStart = Quarter(2027, 3);
    a.deadline = Quarter(2028, 4);
    a.pin = Quarter(2027, 4);
    a.value = 77;
    a.confidence = 33;
    a.risk = 5;
    a.tags = {QStringLiteral("compliance"), QStringLiteral("Kühl & trocken")};
    Initiative b;
    b.id = InitiativeId {31};
    b.name = QStringLiteral("Milestone-like");
    b.kind = InitiativeKind::Transform;
    b.status = InitiativeStatus::Dropped;
    b.duration = 0;
    b.value = 0;
    b.confidence = 100;
    b.risk = 1;
    p.initiatives = {b, a};

    p.milestones = {Milestone {
        MilestoneId {40}, QStringLiteral("Board"), Quarter(2028, 1), QStringLiteral("annual")}};
    p.contributions = {{InitiativeId {30}, GoalId {11}, 5}, {InitiativeId {31}, GoalId {10}, 1}};
    p.impacts = {{InitiativeId {30}, SystemId {20}, SystemEffect::Upgrades},
        {InitiativeId {31}, SystemId {22}, SystemEffect::Introduces},
        {InitiativeId {31}, SystemId {21}, SystemEffect::Retires}};
    p.dependencies = {{InitiativeId {30}, InitiativeId {31}, DependencyType::StartToStart, -1}};
    p.reference = {{InitiativeId {31}, Quarter(2028, 3)}, {InitiativeId {30}, Quarter(2027, 4)}};
    p.scenarios = {Scenario {ScenarioId {50}, QStringLiteral("Budget cut — 20 %"),
                       QStringLiteral("what if; the board")},
        Scenario {ScenarioId {51}, QStringLiteral("ERP first"), QString()}};
    p.overrides = {
        ScenarioOverride {ScenarioId {50}, ScenarioTarget::Resource, 1, QStringLiteral("capacity"),
            OverrideChange::Percent, QStringLiteral("-20"), Quarter(2028, 1), Quarter(2028, 4)},
        ScenarioOverride {ScenarioId {50}, ScenarioTarget::Initiative, 30,
            QStringLiteral("duration"), OverrideChange::Set, QStringLiteral("3"), {}, {}},
        ScenarioOverride {ScenarioId {51}, ScenarioTarget::Initiative, 31,
            QStringLiteral("included"), OverrideChange::Include, QString(), {}, {}},
        ScenarioOverride {ScenarioId {51}, ScenarioTarget::System, 20,
            QStringLiteral("end_of_support"), OverrideChange::Set, QStringLiteral("2028 Q2"), {},
            {}},
        ScenarioOverride {ScenarioId {51}, ScenarioTarget::Plan, 0, QStringLiteral("horizon"),
            OverrideChange::Set, QStringLiteral("20"), {}, {}},
    };
    p.baselines = {Baseline {BaselineId {60}, QStringLiteral("Agreed in March"),
        QStringLiteral("2027-03-01T09:00:00Z"), QStringLiteral("ERP first")}};
    p.baselineEntries = {
        BaselineEntry {BaselineId {60}, 30, QStringLiteral("Upgrade DB"), Quarter(2027, 4),
            Quarter(2028, 1), Money(4000000)},
        BaselineEntry {BaselineId {60}, 99, QStringLiteral("Deleted since"), std::nullopt,
            std::nullopt, Money(7)},
    };
    p.info.dots = 7;
    p.info.votes = VoteDisplay::Revealed;
    p.workshops
        = {WorkshopSession {WorkshopId {70}, QStringLiteral("Strategy day, Leeds"),
               QStringLiteral("2027-03-02T09:00:00Z"), QStringLiteral("2027-03-02T16:30:00Z")},
            WorkshopSession {WorkshopId {71}, QStringLiteral("Follow-up"),
                QStringLiteral("2027-04-01T09:00:00Z"), QString()}};
    p.workshopEntries = {
        WorkshopEntry {WorkshopId {70}, WorkshopMoment::Start, 30, QStringLiteral("Upgrade DB"),
            Quarter(2027, 4), Quarter(2028, 1), 40},
        WorkshopEntry {WorkshopId {70}, WorkshopMoment::Start, 98, QStringLiteral("Gone since"),
            std::nullopt, std::nullopt, 0},
        WorkshopEntry {WorkshopId {70}, WorkshopMoment::End, 30, QStringLiteral("Upgrade DB"),
            Quarter(2028, 1), Quarter(2028, 2), 80},
    };
    p.decisions
        = {Decision {WorkshopId {70}, QStringLiteral("ERP first, then the CRM; \"no\" to a, b"),
               QStringLiteral("2027-03-02T11:15:00Z")},
            Decision {WorkshopId {70}, QStringLiteral("=Budget frozen until Q3"),
                QStringLiteral("2027-03-02T15:00:00Z")}};
    p.participants
        = {Participant {QStringLiteral("Anna")}, Participant {QStringLiteral("Ben O'Neil")}};
    p.votes = {Vote {QStringLiteral("Anna"), InitiativeId {30}, 3},
        Vote {QStringLiteral("Ben O'Neil"), InitiativeId {31}, 2},
        Vote {QStringLiteral("Anna"), InitiativeId {31}, 1}};
    p.efforts = {EffortEntry {InitiativeId {31}, 65}};
    p.nextId = 100;
    return p;
}

} // namespace Cairn::Test

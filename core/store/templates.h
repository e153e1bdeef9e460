#pragma once

#include "core/domain/plan.h"

#include <QList>
#include <QString>

#include <optional>

namespace Cairn {

// The starter templates offered on the welcome page: small plans of a typical business with its
// goals, its systems and the usual Run initiatives (backups, end-of-support upgrades), built into
// the library from resources/templates/*.json.
struct PlanTemplate {
    QString key; // "small-business": stable, for the command line and settings
    QString title; // translated: "Small business"
    QString description; // translated: who it is for and what it holds
};

QList<PlanTemplate> planTemplates();

// The template's plan, starting in `firstQuarter`: every quarter in it (goals' targets, ends of
// support, earliest starts, deadlines, pins, milestones, capacities) moves with the start, so a
// template is as current on any day. Its names, notes, descriptions and tags are in the user's
// language (context "Cairn::Template"). Nothing for an unknown key.
std::optional<PlanContent> templatePlan(const QString &key, Quarter firstQuarter);

// Every text of the templates as written (resources/templates/*.json), declared for the
// translators in core/store/templatetexts.cpp (written by resources/templates/texts.py).
QStringList templateTexts();

// Moves every quarter of a plan by `quarters` (the plan's first quarter too).
void shiftPlan(PlanContent &plan, int quarters);

} // namespace Cairn

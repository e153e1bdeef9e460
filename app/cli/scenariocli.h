#pragma once

#include "core/domain/plan.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace Cairn::Cli {

// cairn scenario FILE list | create NAME [--from S] [--capacity R=V] [--exclude I] [--include I]
//   [--pin I=Q] [--set ITEM.FIELD=VALUE] | delete NAME | show NAME
int scenarioCommand(const QStringList &arguments);
// cairn compare FILE A B [C] [--json] [--budget-ms N]
int compareCommand(const QStringList &arguments);
// cairn baseline FILE list | create NAME [--scenario S] | delete NAME | variance NAME
int baselineCommand(const QStringList &arguments);

// The plan a --scenario option names: the base for an empty name, "base" or the plan's own
// name; else the scenario's plan (its overrides that do not apply are printed as warnings).
// Prints why not and returns nothing when there is no such scenario.
std::optional<PlanContent> planOfScenario(const PlanContent &plan, const QString &name);

} // namespace Cairn::Cli

namespace Cairn {
struct ReportOptions;
}

namespace Cairn::Cli {

// The options of `cairn export` for scenarios and baselines: --scenario NAME (export that
// scenario's plan), --compare "A,B[,C]" (a "Scenarios compared" section in the PDF) and
// --baseline NAME (a "Changes since the baseline" section).
class ScenarioExportOptions {
    Q_DECLARE_TR_FUNCTIONS(Cairn::Cli)

public:
    ScenarioExportOptions();
    void addTo(QCommandLineParser &parser) const;
    // Reads them against the loaded plan: `plan` becomes the scenario's and the report's options
    // get the sides and the baseline. Prints why not and returns the exit code.
    int apply(const QCommandLineParser &parser, PlanContent &plan, ReportOptions &report) const;

private:
    QCommandLineOption m_scenario;
    QCommandLineOption m_compare;
    QCommandLineOption m_baseline;
};

} // namespace Cairn::Cli

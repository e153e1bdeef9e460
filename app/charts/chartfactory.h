#pragma once

#include "core/analysis/plananalysis.h"

#include <QFont>
#include <QSize>
#include <QString>

class QChart;
class QDir;
class QPainter;
class QRectF;

namespace Cairn {

// The charts of a plan, built from its analysis. This folder is the only code that touches
// Qt Charts (deprecated from Qt 6.10 on): views and the report ask for charts here.
namespace Charts {

enum class Kind {
    Demand, // demand against capacity for one resource, stacked by Run/Grow/Transform
    KindShare, // the Run/Grow/Transform share of spend per year
    GoalSpend, // spend per goal
    Support, // systems out of vendor support per quarter, as things stand and with the plan
    RunCost, // the landscape's run cost per quarter, as things stand and with the plan
    Portfolio, // value against cost, bubble size = risk, colour = kind
};
constexpr Kind kAll[] = {
    Kind::Demand, Kind::KindShare, Kind::GoalSpend, Kind::Support, Kind::RunCost, Kind::Portfolio};

QString title(Kind kind);
QString key(Kind kind); // "demand", "run-grow-transform", ... for file names
// A chart's file name, without suffix, after what it shows: "demand-internal-it-team" for the
// demand on a resource (its name in lower-case ASCII words joined by hyphens), else the key.
QString fileBase(Kind kind, const QString &resourceName = {});

struct Context {
    const PlanContent &plan;
    const PlanAnalysis &analysis;
    bool dark = false;
    QFont font; // the base font; titles are larger
    int resource = 0; // for Demand: the index into analysis.loads
};

// A new chart (the caller owns it). Portfolio points carry their initiative ids (see idAt).
QChart *make(Kind kind, const Context &context);

// The initiative behind a portfolio point: the series' points are in the same order as the ids
// stored with the series.
qint64 initiativeAt(const QObject *series, int pointIndex);

// Makes a chart and draws it (for the report and other code that must not touch Qt Charts).
void draw(Kind kind, const Context &context, QPainter &painter, const QRectF &target);
// Draws a chart into any painter (screen, image, SVG, PDF) at the given rectangle.
void render(QChart *chart, QPainter &painter, const QRectF &target);
// Saves as PNG or SVG by the file's suffix; returns an error message or nothing.
QString save(QChart *chart, const QSize &size, const QString &path);

// Every chart (one demand chart per resource) as PNG and SVG in a folder, named by fileBase
// (demand-internal-it-team.png, ...; two resources of one name get -2, -3, ...). Returns the
// files written; on failure sets `error` and stops.
QStringList saveAll(const PlanContent &plan, const PlanAnalysis &analysis, const QDir &dir,
    const QSize &size, const QFont &font, QString *error);

// How money is shown on an axis: divide minor units by `divisor`, label with `unit` ("€ k").
struct MoneyScale {
    double divisor = 1;
    QString unit;
};
MoneyScale moneyScale(qint64 largestMinorUnits, const Currency &currency);

} // namespace Charts
} // namespace Cairn

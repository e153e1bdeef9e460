#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace Cairn {

class Interaction;
struct PlanContent;
struct PlanSchedule;

// File > Export Tables as CSV (into a folder) or to Excel: asks where, writes every table of the
// plan with the schedule's worked-out columns, and tells of a failure or of warnings.
class TableExport {
    // The window's words, translated as they were when it wrote the tables itself.
    Q_DECLARE_TR_FUNCTIONS(Cairn::MainWindow)

public:
    // What the status bar says after a clean export; empty when cancelled or told otherwise.
    static QString run(QWidget *parent, Interaction &interaction, const PlanContent &plan,
        const PlanSchedule *schedule, bool excel);
};

} // namespace Cairn

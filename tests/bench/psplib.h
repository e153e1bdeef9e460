#pragma once

#include "core/schedule/scheduleproblem.h"

#include <QHash>
#include <QString>

namespace Cairn::Bench {

// One PSPLIB single-mode RCPSP instance (.sm), as a ScheduleProblem whose activity i is PSPLIB
// job i+1 (dummies included).
struct PsplibInstance {
    QString name; // "j301_1"
    int parameter = 0;
    int instance = 0;
    int criticalPath = 0; // MPM-Time: the LB0 bound
    ScheduleProblem problem;
};

std::optional<PsplibInstance> readPsplib(const QString &path, QString *error);

// Reference makespans from a PSPLIB table (j30opt.sm, j60hrs.sm, ...): key "param_inst".
QHash<QString, int> readPsplibTable(const QString &path);

} // namespace Cairn::Bench

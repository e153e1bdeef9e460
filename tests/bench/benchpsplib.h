#pragma once

#include <QStringList>

namespace Cairn::Bench {

struct PsplibOptions {
    QStringList inputs;
    int budgetMs = 50;
    qint64 maxSchedules = 0;
    quint64 seed = 1;
    int jobs = 1;
    QString solutionsDir;
    QString csvPath;
    bool verbose = false;
};

int runPsplib(const PsplibOptions &options);

} // namespace Cairn::Bench

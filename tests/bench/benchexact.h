#pragma once

#include <QString>

namespace Cairn::Bench {

struct ExactOptions {
    int count = 10;
    int minInitiatives = 25;
    int maxInitiatives = 60;
    quint64 seed = 1;
    int budgetMs = 100;
    qint64 maxSchedules = 0; // > 0: schedules instead of time (deterministic)
    QString solutionsDir; // DIR/<plan>.sol: "initiative start" per line
    int cbcSeconds = 300;
    QString cbc = QStringLiteral("cbc");
    QString workDir;
    QString cachePath; // optima found before: key, tardiness, value sum, proved[, starts]
    // Classic: 25-60 initiatives over 16 quarters (keys seed_n). Long: the held-out shape of
    // issue 20, 24-31 quarters (keys Lseed_n); see GenerateOptions::Shape.
    bool longShape = false;
    // Which plans of the set: all, tune (index k with k % 3 != 2) or held-out (k % 3 == 2).
    QString part = QStringLiteral("all");
    // Scheduler seeds 1..runs per plan; a plan's gap is the mean over them (less noise when
    // comparing two versions of the search).
    int runs = 1;
    bool verbose = false; // per plan with a gap: the initiatives that finish later than optimal
};

// Value mode against exact optima: generated roadmap-sized plans are solved by Cairn within the
// budget and, as a time-indexed integer program, by COIN-OR CBC (a test-only tool, Debian's
// coinor-cbc): first least weighted tardiness, then least sum value x finish with the tardiness
// held at its optimum. Prints one row per plan and a summary.
int runExactBench(const ExactOptions &options);

} // namespace Cairn::Bench

#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QString>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <sys/resource.h>
#include <vector>

namespace Cairn::Bench {

// One line to stdout, flushed at once (benchmarks print as they go).
inline void print(const QString &s)
{
    const QByteArray b = (s + QLatin1Char('\n')).toUtf8();
    std::fwrite(b.constData(), 1, size_t(b.size()), stdout);
    std::fflush(stdout);
}

// Milliseconds on one clock for the whole bench (started when first asked).
inline double elapsedMs()
{
    static const QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return double(clock.nsecsElapsed()) / 1e6;
}

// Runs the event loop until `done` or `ms` have passed; false on a time-out.
inline bool waitFor(const std::function<bool()> &done, double ms)
{
    const double until = elapsedMs() + ms;
    while (!done()) {
        if (elapsedMs() > until)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
        QThread::usleep(200);
    }
    return true;
}

// This process's CPU time so far (all its threads), in milliseconds.
inline double processCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// The process's peak resident memory so far, in KiB.
inline long peakKiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// Runs `run` once and appends its wall time and this process's CPU time, in milliseconds.
inline void timeRun(
    std::vector<double> &wall, std::vector<double> &cpu, const std::function<void()> &run)
{
    QElapsedTimer t;
    const double cpu0 = processCpuMs();
    t.start();
    run();
    wall.push_back(double(t.nsecsElapsed()) / 1e6);
    cpu.push_back(processCpuMs() - cpu0);
}

inline double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace Cairn::Bench

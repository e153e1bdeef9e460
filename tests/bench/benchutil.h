#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QString>
#include <QThread>

#include <cstdio>
#include <functional>

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

} // namespace Cairn::Bench

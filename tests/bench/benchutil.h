#pragma once

#include <QString>

#include <cstdio>

namespace Cairn::Bench {

// One line to stdout, flushed at once (benchmarks print as they go).
inline void print(const QString &s)
{
    const QByteArray b = (s + QLatin1Char('\n')).toUtf8();
    std::fwrite(b.constData(), 1, size_t(b.size()), stdout);
    std::fflush(stdout);
}

} // namespace Cairn::Bench

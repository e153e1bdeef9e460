#pragma once

#include <QtGlobal>

#include <algorithm>
#include <climits>
#include <limits>

// Arithmetic that stops at the ends of its type instead of overflowing (signed overflow is
// undefined behaviour): for sums and products of values read from a plan, which may hold any
// number a file can store.
namespace Cairn::Saturating {

inline qint64 add(qint64 a, qint64 b)
{
    qint64 r = 0;
    if (__builtin_add_overflow(a, b, &r))
        return b > 0 ? std::numeric_limits<qint64>::max() : std::numeric_limits<qint64>::min();
    return r;
}

inline qint64 mul(qint64 a, qint64 b)
{
    qint64 r = 0;
    if (__builtin_mul_overflow(a, b, &r))
        return (a < 0) != (b < 0) ? std::numeric_limits<qint64>::min()
                                  : std::numeric_limits<qint64>::max();
    return r;
}

inline int add(int a, int b)
{
    int r = 0;
    if (__builtin_add_overflow(a, b, &r))
        return b > 0 ? INT_MAX : INT_MIN;
    return r;
}

// A 64-bit value as an int, clamped into [lo, hi].
inline int toInt(qint64 v, int lo = INT_MIN, int hi = INT_MAX)
{
    return int(std::clamp<qint64>(v, lo, hi));
}

// a * b / c without overflow in the product (c > 0, 0 <= b <= c): the share b/c of a.
inline qint64 share(qint64 a, qint64 b, qint64 c)
{
    return a / c * b + a % c * b / c;
}

} // namespace Cairn::Saturating

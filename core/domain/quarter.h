#pragma once

#include <QDate>
#include <QString>

#include <algorithm>
#include <compare>
#include <limits>
#include <optional>

namespace Cairn {

// How a quarter is written: "2027 Q3" (calendar years) or "Q3 FY2027" (fiscal years).
enum class QuarterStyle { Calendar, Fiscal };

// A quarter of a (fiscal) year: the time unit of every plan.
//
// Arithmetic saturates: a quarter never leaves the range of its ordinal (an int), however far a
// hostile file's horizon, duration or year would move it; year() and quarter() stay exact there.
//
// A fiscal year is named by the calendar year in which it ends, so with a fiscal year starting
// in July, FY2027 runs from July 2026 to June 2027. With a January start, FY == calendar year.
class Quarter {
public:
    constexpr Quarter() = default;
    constexpr Quarter(int year, int quarter)
        : m_ordinal(saturated(qint64(year) * 4 + (qint64(quarter) - 1)))
    {
    }

    static constexpr Quarter fromOrdinal(int ordinal)
    {
        Quarter q;
        q.m_ordinal = ordinal;
        return q;
    }
    // The quarter containing a calendar date, for a fiscal year starting in fiscalStartMonth.
    static Quarter fromDate(QDate date, int fiscalStartMonth = 1);

    // Accepts "2027 Q3", "2027Q3", "2027-Q3", "Q3 2027", "Q3/2027", "Q3 FY2027", "FY2027 Q3",
    // in any case. Returns nothing for anything else, or a quarter outside 1..4.
    static std::optional<Quarter> parse(QStringView text);

    // Compact integer used in files: year * 10 + quarter (20273 = 2027 Q3).
    static std::optional<Quarter> fromStorageCode(qint64 code);
    constexpr qint64 storageCode() const { return qint64(year()) * 10 + quarter(); }

    constexpr int year() const { return floorDiv(m_ordinal, 4); }
    constexpr int quarter() const { return m_ordinal - floorDiv(m_ordinal, 4) * 4 + 1; }
    constexpr int ordinal() const { return m_ordinal; }

    QDate startDate(int fiscalStartMonth = 1) const;
    QDate endDate(int fiscalStartMonth = 1) const;

    QString label(QuarterStyle style = QuarterStyle::Calendar) const;

    // Amounts beyond 2^33 saturate just the same, and are cut first so that the sum cannot
    // overflow 64 bits either.
    constexpr Quarter operator+(qint64 quarters) const
    {
        return fromOrdinal(saturated(m_ordinal + std::clamp(quarters, -kFar, kFar)));
    }
    constexpr Quarter operator-(qint64 quarters) const
    {
        return fromOrdinal(saturated(m_ordinal - std::clamp(quarters, -kFar, kFar)));
    }
    // Quarters from `other` to this one (saturated to the range of an int).
    constexpr int operator-(Quarter other) const
    {
        return saturated(qint64(m_ordinal) - other.m_ordinal);
    }
    constexpr Quarter &operator+=(qint64 quarters) { return *this = *this + quarters; }
    constexpr Quarter &operator++() { return *this += 1; }

    static constexpr Quarter first() { return fromOrdinal(std::numeric_limits<int>::min()); }
    static constexpr Quarter last() { return fromOrdinal(std::numeric_limits<int>::max()); }

    constexpr auto operator<=>(const Quarter &) const = default;
    constexpr bool operator==(const Quarter &) const = default;

private:
    static constexpr qint64 kFar = qint64(1) << 33; // beyond any distance between two quarters
    // Floor division without negating a (which overflows for the smallest int).
    static constexpr int floorDiv(int a, int b) { return (a >= 0) ? a / b : -1 - (-(a + 1)) / b; }
    static constexpr int saturated(qint64 v)
    {
        return v > std::numeric_limits<int>::max() ? std::numeric_limits<int>::max()
            : v < std::numeric_limits<int>::min()  ? std::numeric_limits<int>::min()
                                                   : int(v);
    }

    int m_ordinal = 2027 * 4;
};

} // namespace Cairn

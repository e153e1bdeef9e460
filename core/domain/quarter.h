#pragma once

#include <QDate>
#include <QString>

#include <compare>
#include <optional>

namespace Cairn {

// How a quarter is written: "2027 Q3" (calendar years) or "Q3 FY2027" (fiscal years).
enum class QuarterStyle { Calendar, Fiscal };

// A quarter of a (fiscal) year: the time unit of every plan.
//
// A fiscal year is named by the calendar year in which it ends, so with a fiscal year starting
// in July, FY2027 runs from July 2026 to June 2027. With a January start, FY == calendar year.
class Quarter {
public:
    constexpr Quarter() = default;
    constexpr Quarter(int year, int quarter)
        : m_ordinal(year * 4 + (quarter - 1))
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

    constexpr Quarter operator+(int quarters) const { return fromOrdinal(m_ordinal + quarters); }
    constexpr Quarter operator-(int quarters) const { return fromOrdinal(m_ordinal - quarters); }
    constexpr int operator-(Quarter other) const { return m_ordinal - other.m_ordinal; }
    constexpr Quarter &operator+=(int quarters)
    {
        m_ordinal += quarters;
        return *this;
    }
    constexpr Quarter &operator++()
    {
        ++m_ordinal;
        return *this;
    }

    constexpr auto operator<=>(const Quarter &) const = default;
    constexpr bool operator==(const Quarter &) const = default;

private:
    static constexpr int floorDiv(int a, int b) { return (a >= 0) ? a / b : -((-a + b - 1) / b); }

    int m_ordinal = 2027 * 4;
};

} // namespace Cairn

#pragma once

#include <QLocale>
#include <QString>

#include <compare>
#include <optional>

namespace Cairn {

// An ISO 4217 currency: its code and how many minor units make one major unit.
struct Currency {
    QString code = QStringLiteral("EUR");

    int minorDigits() const; // 2 for EUR, 0 for JPY, 3 for KWD
    qint64 minorPerMajor() const;
    // "€", "$", "£", or a valid code itself; "¤" for what is not a code (a damaged plan can hold
    // anything there, and every amount carries it).
    QString symbol() const;
    static bool isValidCode(QStringView code);

    bool operator==(const Currency &) const = default;
};

// An amount of money in integer minor units (cents). The currency is the plan's: one plan, one
// currency. No floating point is ever stored.
class Money {
public:
    constexpr Money() = default;
    constexpr explicit Money(qint64 minorUnits)
        : m_minor(minorUnits)
    {
    }
    static Money fromMajor(qint64 major, const Currency &currency)
    {
        return Money(major * currency.minorPerMajor());
    }

    constexpr qint64 minorUnits() const { return m_minor; }

    // "€1,250,000" or "€1,250,000.50" in the given locale; cents shown only when not zero.
    QString format(const Currency &currency, const QLocale &locale = QLocale::c()) const;
    // "€1.25M", "€350k": for charts and tight table cells.
    QString formatShort(const Currency &currency, const QLocale &locale = QLocale::c()) const;
    // Accepts "1250000", "1,250,000.50", "1.250.000,50", "€ 1 250 000", "-300". Rejects
    // anything ambiguous or with more decimals than the currency has.
    static std::optional<Money> parse(QStringView text, const Currency &currency);

    constexpr Money operator+(Money o) const { return Money(m_minor + o.m_minor); }
    constexpr Money operator-(Money o) const { return Money(m_minor - o.m_minor); }
    constexpr Money &operator+=(Money o)
    {
        m_minor += o.m_minor;
        return *this;
    }
    constexpr Money operator*(qint64 n) const { return Money(m_minor * n); }
    constexpr auto operator<=>(const Money &) const = default;
    constexpr bool operator==(const Money &) const = default;

private:
    qint64 m_minor = 0;
};

} // namespace Cairn

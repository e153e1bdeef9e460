#include "core/domain/money.h"

#include <QRegularExpression>

#include <cstdlib>

namespace Cairn {

namespace {
struct CurrencyInfo {
    const char *code;
    int digits;
    const char *symbol;
};
constexpr CurrencyInfo kCurrencies[] = {
    {"EUR", 2, "€"},
    {"USD", 2, "$"},
    {"GBP", 2, "£"},
    {"CHF", 2, "CHF "},
    {"JPY", 0, "¥"},
    {"CAD", 2, "CA$"},
    {"AUD", 2, "A$"},
    {"SEK", 2, "kr "},
    {"NOK", 2, "kr "},
    {"DKK", 2, "kr "},
    {"PLN", 2, "zł "},
    {"KWD", 3, "KD "},
    {"BHD", 3, "BD "},
    {"ISK", 0, "kr "},
    {"KRW", 0, "₩"},
};

const CurrencyInfo *find(QStringView code)
{
    for (const auto &c : kCurrencies)
        if (code == QLatin1StringView(c.code))
            return &c;
    return nullptr;
}
} // namespace

int Currency::minorDigits() const
{
    const auto *info = find(code);
    return info ? info->digits : 2;
}

qint64 Currency::minorPerMajor() const
{
    qint64 f = 1;
    for (int i = 0; i < minorDigits(); ++i)
        f *= 10;
    return f;
}

QString Currency::symbol() const
{
    if (const auto *info = find(code))
        return QString::fromUtf8(info->symbol);
    return isValidCode(code) ? code + QLatin1Char(' ') : QStringLiteral("\u00A4");
}

bool Currency::isValidCode(QStringView code)
{
    if (code.size() != 3)
        return false;
    for (QChar c : code)
        if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
            return false;
    return true;
}

namespace {
// The symbol where the locale writes it: "€1,573,000" in English, "1.573.000 €" in German,
// "1 573 000 €" in French (with the locale's own space). `number` has no sign.
QString withSymbol(
    const QString &number, bool negative, const Currency &currency, const QLocale &locale)
{
    static const QString mark = QStringLiteral("\u00A4");
    // The C locale has no convention of its own: it writes money as English does.
    const QLocale placing = locale.language() == QLocale::C
        ? QLocale(QLocale::English, QLocale::UnitedStates)
        : locale;
    const QString probe = placing.toCurrencyString(1.0, mark, 0);
    const qsizetype at = probe.indexOf(mark);
    const QString sign = negative ? QString(locale.negativeSign()) : QString();
    const QString symbol = currency.symbol().trimmed();
    const bool letters = symbol.front().isLetter() && symbol.back().isLetter();
    if (at <= 0) { // before the number
        QString gap = probe.mid(at + 1, probe.indexOf(QLatin1Char('1')) - at - 1);
        if (gap.isEmpty() && letters)
            gap = QStringLiteral(" "); // "CHF 1,000", never "CHF1,000"
        return sign + symbol + gap + number;
    }
    QString gap
        = probe.mid(probe.indexOf(QLatin1Char('1')) + 1, at - probe.indexOf(QLatin1Char('1')) - 1);
    return sign + number + gap + symbol;
}
} // namespace

QString Money::format(const Currency &currency, const QLocale &locale) const
{
    const qint64 per = currency.minorPerMajor();
    const quint64 absMinor = m_minor < 0 ? quint64(0) - quint64(m_minor) : quint64(m_minor);
    QString number = locale.toString(qulonglong(absMinor / quint64(per)));
    if (const quint64 cents = absMinor % quint64(per); cents != 0)
        number += locale.decimalPoint()
            + QStringLiteral("%1").arg(cents, currency.minorDigits(), 10, QLatin1Char('0'));
    return withSymbol(number, m_minor < 0, currency, locale);
}

QString Money::formatShort(const Currency &currency, const QLocale &locale) const
{
    const double major = double(m_minor) / double(currency.minorPerMajor());
    const double a = std::abs(major);
    QString number;
    if (a >= 1e6)
        number = locale.toString(a / 1e6, 'f', a >= 1e7 ? 1 : 2) + QLatin1Char('M');
    else if (a >= 1e3)
        number = locale.toString(a / 1e3, 'f', a >= 1e5 ? 0 : 1) + QLatin1Char('k');
    else
        number = locale.toString(a, 'f', 0);
    return withSymbol(
        number, major < 0 && number != locale.toString(0.0, 'f', 0), currency, locale);
}

std::optional<Money> Money::parse(QStringView text, const Currency &currency)
{
    QString s = text.trimmed().toString();
    bool negative = false;
    if (s.startsWith(QLatin1Char('-')) || s.startsWith(QChar(0x2212))) {
        negative = true;
        s = s.mid(1);
    }
    // Drop currency symbols/codes and spaces (including NBSP and thin space used as grouping).
    static const QRegularExpression noise(
        QStringLiteral(R"([\s\x{00A0}\x{202F}'€$£¥₩]|[A-Za-z]{3}|[A-Za-z]{1,2}\$)"));
    s.remove(noise);
    if (s.startsWith(QLatin1Char('-'))) {
        negative = !negative;
        s = s.mid(1);
    }
    if (s.isEmpty())
        return std::nullopt;
    for (QChar c : s)
        if (!c.isDigit() && c != QLatin1Char('.') && c != QLatin1Char(','))
            return std::nullopt;

    // Decide which of '.' and ',' is the decimal mark: the last one that is followed by fewer
    // than three digits, or the only kind that occurs once with a non-3-digit tail.
    const int lastDot = int(s.lastIndexOf(QLatin1Char('.')));
    const int lastComma = int(s.lastIndexOf(QLatin1Char(',')));
    QString integerPart = s;
    QString fraction;
    auto splitAt = [&](int pos) {
        integerPart = s.left(pos);
        fraction = s.mid(pos + 1);
    };
    if (lastDot >= 0 && lastComma >= 0) {
        splitAt(std::max(lastDot, lastComma));
    } else if (lastDot >= 0 || lastComma >= 0) {
        const QChar mark = lastDot >= 0 ? QLatin1Char('.') : QLatin1Char(',');
        const int pos = std::max(lastDot, lastComma);
        const int tail = int(s.size()) - pos - 1;
        if (s.count(mark) == 1 && tail != 3)
            splitAt(pos);
        else if (tail != 3)
            return std::nullopt;
    }
    // Remaining separators in the integer part must be regular thousands groups.
    const QStringList groups = integerPart.split(QRegularExpression(QStringLiteral("[.,]")));
    for (qsizetype i = 1; i < groups.size(); ++i)
        if (groups[i].size() != 3)
            return std::nullopt;
    // ...after a first group of one to three digits, not a zero: "0.001" and "1234.567" are
    // not grouped numbers (read so, they were 1 and 1234567).
    if (groups.size() > 1
        && (groups.first().isEmpty() || groups.first().size() > 3
            || groups.first().startsWith(QLatin1Char('0'))))
        return std::nullopt;
    const QString digits = groups.join(QString());
    if (fraction.contains(QLatin1Char('.')) || fraction.contains(QLatin1Char(',')))
        return std::nullopt;
    if (fraction.size() > currency.minorDigits())
        return std::nullopt;
    bool ok = false;
    const qint64 major = digits.isEmpty() ? 0 : digits.toLongLong(&ok);
    if (!digits.isEmpty() && !ok)
        return std::nullopt;
    if (major > std::numeric_limits<qint64>::max() / 1000 / currency.minorPerMajor())
        return std::nullopt;
    qint64 minor = major * currency.minorPerMajor();
    if (!fraction.isEmpty()) {
        QString padded = fraction.leftJustified(currency.minorDigits(), QLatin1Char('0'));
        minor += padded.toLongLong();
    }
    return Money(negative ? -minor : minor);
}

} // namespace Cairn

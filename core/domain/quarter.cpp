#include "core/domain/quarter.h"

#include <QRegularExpression>

namespace Cairn {

Quarter Quarter::fromDate(QDate date, int fiscalStartMonth)
{
    const int offset = (date.month() - fiscalStartMonth + 12) % 12;
    int fiscalYear = date.year();
    if (fiscalStartMonth != 1 && date.month() >= fiscalStartMonth)
        fiscalYear += 1;
    return Quarter(fiscalYear, offset / 3 + 1);
}

std::optional<Quarter> Quarter::parse(QStringView text)
{
    static const QRegularExpression yearFirst(
        QStringLiteral(R"(^\s*(?:FY\s*)?(\d{4})\s*[-/ ]?\s*Q([1-4])\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression quarterFirst(
        QStringLiteral(R"(^\s*Q([1-4])\s*[-/ ]?\s*(?:FY\s*)?(\d{4})\s*$)"),
        QRegularExpression::CaseInsensitiveOption);

    if (const auto m = yearFirst.match(text.toString()); m.hasMatch())
        return Quarter(m.capturedView(1).toInt(), m.capturedView(2).toInt());
    if (const auto m = quarterFirst.match(text.toString()); m.hasMatch())
        return Quarter(m.capturedView(2).toInt(), m.capturedView(1).toInt());
    return std::nullopt;
}

std::optional<Quarter> Quarter::fromStorageCode(qint64 code)
{
    const qint64 q = code % 10;
    const qint64 y = code / 10;
    if (code <= 0 || q < 1 || q > 4 || y < 1 || y > 9999)
        return std::nullopt;
    return Quarter(int(y), int(q));
}

QDate Quarter::startDate(int fiscalStartMonth) const
{
    // First month of fiscal year Y: January of Y, or fiscalStartMonth of Y-1.
    const QDate fyStart(fiscalStartMonth == 1 ? year() : year() - 1, fiscalStartMonth, 1);
    return fyStart.addMonths(3 * (quarter() - 1));
}

QDate Quarter::endDate(int fiscalStartMonth) const
{
    return startDate(fiscalStartMonth).addMonths(3).addDays(-1);
}

QString Quarter::label(QuarterStyle style) const
{
    if (style == QuarterStyle::Fiscal)
        return QStringLiteral("Q%1 FY%2").arg(quarter()).arg(year());
    return QStringLiteral("%1 Q%2").arg(year()).arg(quarter());
}

} // namespace Cairn

#include "core/domain/amount.h"

#include <QCoreApplication>

namespace Cairn {

QString formatAmount(const PlanContent &plan, const Resource &resource, qint64 amount)
{
    if (resource.kind == ResourceKind::Budget)
        return Money(amount).format(plan.info.currency, QLocale());
    const double fte = double(amount) / 100.0;
    return QCoreApplication::translate("Cairn::Schedule", "%1 FTE")
        .arg(QLocale().toString(fte, 'g', 4));
}

std::optional<qint64> parseAmount(
    const PlanContent &plan, const Resource &resource, const QString &text)
{
    if (resource.kind == ResourceKind::Budget) {
        const auto m = Money::parse(text, plan.info.currency);
        if (!m || m->minorUnits() < 0)
            return std::nullopt;
        return m->minorUnits();
    }
    return parseFte(text);
}

std::optional<qint64> parseFte(const QString &text)
{
    QString t = text.trimmed();
    t.remove(QStringLiteral("FTE"), Qt::CaseInsensitive);
    t.remove(QCoreApplication::translate("Cairn::Schedule", "FTE"), Qt::CaseInsensitive);
    t.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double fte = t.trimmed().toDouble(&ok);
    if (!ok || fte < 0 || fte > 1e11)
        return std::nullopt;
    return qint64(fte * 100 + 0.5);
}

} // namespace Cairn

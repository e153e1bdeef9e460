#include "core/store/sqldialect.h"

namespace Cairn {

QString sqlName(const QString &name)
{
    QString escaped = name;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString sqlName(const char *name)
{
    return sqlName(QLatin1String(name));
}

QString SqlDialect::table(const QString &key) const
{
    const QString name = key.startsWith(QLatin1Char('"')) ? key : sqlName(key);
    return shared() ? QStringLiteral("cairn.") + name : name;
}

QString SqlDialect::integer() const
{
    return shared() ? QStringLiteral("BIGINT") : QStringLiteral("INTEGER");
}

QString SqlDialect::planCondition() const
{
    return shared() ? QStringLiteral("plan_id = ?") : QString();
}

} // namespace Cairn

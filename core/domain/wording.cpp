#include "core/domain/wording.h"

#include <QLocale>

namespace Cairn {

QString quoted(const QString &name)
{
    const QLocale locale;
    if (locale.language() == QLocale::C)
        return QStringLiteral("“%1”").arg(name);
    return locale.quoteString(name);
}

} // namespace Cairn

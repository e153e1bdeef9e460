#pragma once

#include <QString>

namespace Cairn {

// A name in the quotation marks of the user's language: “ERP” in English, „ERP“ in German,
// « ERP » in French (English marks where the locale has none of its own, as the C locale).
QString quoted(const QString &name);

} // namespace Cairn

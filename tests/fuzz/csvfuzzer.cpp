// libFuzzer harness for the CSV reader: any bytes must parse without crashing, and every record
// it reads must survive writing and reading again unchanged (for each delimiter), and every
// field survive formula neutralisation. Built when clang is available (tests/fuzz/CMakeLists.txt).
#include "core/interchange/csv.h"

#include <cstdint>
#include <cstdlib>

using namespace Cairn;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const std::optional<QChar> delimiter :
        {std::optional<QChar>(), std::optional<QChar>(QLatin1Char(',')),
            std::optional<QChar>(QLatin1Char(';')), std::optional<QChar>(QLatin1Char('\t'))}) {
        const Csv::Table table = Csv::parse(bytes, delimiter);
        if (!table.error.isEmpty())
            continue;
        for (const Csv::Record &r : table.records) {
            for (const QString &f : r.fields)
                if (Csv::unneutralise(Csv::neutralise(f)) != f)
                    std::abort();
            // A byte order mark at the very start is dropped on reading, as it should be.
            if (!r.fields.isEmpty() && r.fields.front().startsWith(QChar(0xFEFF)))
                continue;
            const QByteArray written = Csv::line(r.fields, table.delimiter).toUtf8();
            const Csv::Table again = Csv::parse(written, table.delimiter);
            if (!again.error.isEmpty() || again.records.size() != 1
                || again.records.front().fields != r.fields)
                std::abort();
        }
    }
    return 0;
}

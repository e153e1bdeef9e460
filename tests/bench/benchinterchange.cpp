#include "tests/bench/benchinterchange.h"

#include "core/domain/fieldvalue.h"
#include "core/interchange/exporter.h"
#include "core/interchange/importer.h"
#include "tests/bench/benchutil.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace Cairn::Bench {

int runInterchangeBench(int rows)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("initiatives.csv"));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return 2;
        f.write("id,name,description,kind,status,duration,cost,earliest_start,value,confidence,"
                "risk\r\n");
        for (int i = 0; i < rows; ++i)
            f.write(QStringLiteral("%1,\"Initiative %1, phase %2\",\"Replace the \"\"legacy\"\" "
                                   "system\",%3,proposed,%4,%5.50,2027 Q%6,%7,70,%8\r\n")
                        .arg(i + 1)
                        .arg(i % 7)
                        .arg(QStringList {QStringLiteral("run"), QStringLiteral("grow"),
                            QStringLiteral("transform")}[i % 3])
                        .arg(1 + i % 4)
                        .arg(1000 + i)
                        .arg(1 + i % 4)
                        .arg(i % 101)
                        .arg(1 + i % 5)
                        .toUtf8());
    }
    const long before = peakKiB();
    QElapsedTimer t;
    t.start();
    const Interchange::ImportResult r = Interchange::importFiles(PlanContent {}, {path}, {});
    const double importMs = double(t.nsecsElapsed()) / 1e6;
    const long afterImport = peakKiB();
    t.restart();
    QString error;
    Interchange::writeCsv(r.plan, QDir(dir.filePath(QStringLiteral("out"))), &error);
    const double exportMs = double(t.nsecsElapsed()) / 1e6;
    print(QStringLiteral("| rows | file (MB) | import (ms) | rows/s | errors | peak memory before "
                         "→ after import (MiB) | export (ms) |"));
    print(QStringLiteral("|---|---|---|---|---|---|---|"));
    print(QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 → %7 | %8 |")
              .arg(rows)
              .arg(double(QFileInfo(path).size()) / 1e6, 0, 'f', 1)
              .arg(importMs, 0, 'f', 0)
              .arg(double(rows) / importMs * 1000, 0, 'f', 0)
              .arg(r.errors.size())
              .arg(before / 1024)
              .arg(afterImport / 1024)
              .arg(exportMs, 0, 'f', 0));
    return r.errors.isEmpty() && error.isEmpty() ? 0 : 1;
}

} // namespace Cairn::Bench

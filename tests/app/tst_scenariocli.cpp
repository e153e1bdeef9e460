#include "core/scenario/scenarioplan.h"
#include "core/store/planfile.h"
#include "tests/cairnrun.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Cairn;

namespace {
using Test::cairn;
using Test::Run;

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly)
        ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
        : QByteArray();
}

QJsonObject json(const Run &r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

const QString kPos = QStringLiteral("Roll out the new POS to all five stores");
const QString kErp = QStringLiteral("Migrate ERP to Business Central (cloud)");
} // namespace

class tst_ScenarioCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString sample(const QString &name)
    {
        const QString file = m_dir.filePath(name);
        QFile::remove(file);
        const Run s = cairn({QStringLiteral("sample"), file});
        if (s.exitCode != 0)
            qWarning() << s.err;
        return file;
    }

private slots:
    // create, list, schedule --scenario, compare, delete: what the command line promises,
    // and the figures compare prints are those of scheduling the scenario alone.
    void createCompareAndDelete()
    {
        const QString file = sample(QStringLiteral("scenarios.cairn"));
        const Run created = cairn({QStringLiteral("scenario"), file, QStringLiteral("create"),
            QStringLiteral("Budget cut"), QStringLiteral("--capacity"),
            QStringLiteral("IT project budget=-40%"), QStringLiteral("--exclude"), kPos,
            QStringLiteral("--pin"), kErp + QStringLiteral("=2028 Q3")});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        QVERIFY2(created.out.contains(QStringLiteral("with 3 override")), qPrintable(created.out));

        const Run list = cairn({QStringLiteral("scenario"), file, QStringLiteral("list")});
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.contains(QStringLiteral("Budget cut")));
        QVERIFY2(list.out.contains(QStringLiteral("-40")), qPrintable(list.out));

        const LoadResult loaded = PlanFile::load(file);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.content->scenarios.size(), size_t(1));
        QCOMPARE(loaded.content->overrides.size(), size_t(3));

        const Run alone = cairn({QStringLiteral("schedule"), file, QStringLiteral("--json"),
            QStringLiteral("--budget-ms"), QStringLiteral("0"), QStringLiteral("--bound-ms"),
            QStringLiteral("0"), QStringLiteral("--scenario"), QStringLiteral("budget cut")});
        QVERIFY2(alone.exitCode == 0 || alone.exitCode == 1, qPrintable(alone.err));
        const Run compared = cairn(
            {QStringLiteral("compare"), file, QStringLiteral("base"), QStringLiteral("Budget cut"),
                QStringLiteral("--json"), QStringLiteral("--budget-ms"), QStringLiteral("0")});
        QVERIFY2(compared.exitCode == 0, qPrintable(compared.err));
        const QJsonObject c = json(compared);
        const QJsonArray sides = c.value(QStringLiteral("scenarios")).toArray();
        QCOMPARE(sides.size(), 2);
        QCOMPARE(sides[1].toObject().value(QStringLiteral("name")).toString(),
            QStringLiteral("Budget cut"));
        // The scenario's schedule as `schedule --scenario` gives it.
        const QJsonObject s = json(alone);
        int late = 0;
        QString erpStart;
        for (const QJsonValue &v : s.value(QStringLiteral("initiatives")).toArray()) {
            const QJsonObject o = v.toObject();
            late += o.value(QStringLiteral("late")).toBool()
                    && o.value(QStringLiteral("status")).toString() != QLatin1String("dropped")
                ? 1
                : 0;
            if (o.value(QStringLiteral("name")).toString() == kErp)
                erpStart = o.value(QStringLiteral("start")).toString();
        }
        QCOMPARE(erpStart, QStringLiteral("2028 Q3"));
        QCOMPARE(sides[1].toObject().value(QStringLiteral("late")).toInt(), late);
        const QJsonArray years = s.value(QStringLiteral("spendByYear")).toArray();
        const QJsonArray cutYears
            = sides[1].toObject().value(QStringLiteral("spendByYear")).toArray();
        QCOMPARE(cutYears, years);
        // The POS is dropped against the base.
        bool posDropped = false;
        for (const QJsonValue &v : c.value(QStringLiteral("changes")).toArray()) {
            const QJsonObject row = v.toObject();
            if (row.value(QStringLiteral("name")).toString() != kPos)
                continue;
            const QJsonArray changes = row.value(QStringLiteral("sides"))
                                           .toArray()[1]
                                           .toObject()
                                           .value(QStringLiteral("changes"))
                                           .toArray();
            posDropped = changes.contains(QStringLiteral("dropped"));
        }
        QVERIFY(posDropped);

        const Run text = cairn({QStringLiteral("compare"), file, QStringLiteral("base"),
            QStringLiteral("Budget cut"), QStringLiteral("--budget-ms"), QStringLiteral("0")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(QStringLiteral("Deadlines met")));
        QVERIFY(text.out.contains(kPos));

        const Run deleted = cairn({QStringLiteral("scenario"), file, QStringLiteral("delete"),
            QStringLiteral("Budget cut")});
        QCOMPARE(deleted.exitCode, 0);
        const LoadResult after = PlanFile::load(file);
        QVERIFY(after.content->scenarios.empty());
        QVERIFY(after.content->overrides.empty());
    }

    // A bad option, name or value is named, exits 64 and leaves the file as it was.
    void badInputChangesNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("named");
        QTest::newRow("unknown resource") << QStringList {QStringLiteral("create"),
            QStringLiteral("X"), QStringLiteral("--capacity"), QStringLiteral("Coffee=-20%")}
                                          << QStringLiteral("Coffee");
        QTest::newRow("bad quarter") << QStringList {QStringLiteral("create"), QStringLiteral("X"),
            QStringLiteral("--pin"), kErp + QStringLiteral("=someday")}
                                     << QStringLiteral("someday");
        QTest::newRow("unknown field") << QStringList {QStringLiteral("create"),
            QStringLiteral("X"), QStringLiteral("--set"), kErp + QStringLiteral(".colour=red")}
                                       << QStringLiteral("colour");
        // One change per field: a second was kept and the first dropped without a word.
        QTest::newRow("a field set twice") << QStringList {QStringLiteral("create"),
            QStringLiteral("X"), QStringLiteral("--set"), kErp + QStringLiteral(".cost=-10%"),
            QStringLiteral("--set"), kErp + QStringLiteral(".cost=+10%")}
                                           << QStringLiteral("change the same thing");
        QTest::newRow("excluded and included") << QStringList {QStringLiteral("create"),
            QStringLiteral("X"), QStringLiteral("--exclude"), kErp, QStringLiteral("--include"),
            kErp} << QStringLiteral("--include ") + kErp;
        QTest::newRow("base name") << QStringList {QStringLiteral("create"), QStringLiteral("base")}
                                   << QStringLiteral("base");
        QTest::newRow("unknown scenario") << QStringList {QStringLiteral("delete"),
            QStringLiteral("Nope")} << QStringLiteral("Nope");
        QTest::newRow("unknown action") << QStringList {QStringLiteral("rename"),
            QStringLiteral("Nope")} << QStringLiteral("rename");
    }
    void badInputChangesNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, named);
        const QString file = sample(QStringLiteral("bad.cairn"));
        const QByteArray before = hashOf(file);
        const Run r = cairn(QStringList {QStringLiteral("scenario"), file} + args);
        QCOMPARE(r.exitCode, 64);
        QVERIFY2(r.err.contains(named), qPrintable(r.err));
        QCOMPARE(hashOf(file), before);
    }

    void compareRefusesAnUnknownScenario()
    {
        const QString file = sample(QStringLiteral("compare.cairn"));
        const Run r = cairn({QStringLiteral("compare"), file, QStringLiteral("base"),
            QStringLiteral("Dream"), QStringLiteral("--budget-ms"), QStringLiteral("0")});
        QCOMPARE(r.exitCode, 64);
        QVERIFY(r.err.contains(QStringLiteral("Dream")));
    }

    // A baseline frozen from a scenario differs from the base where the scenario does.
    void baselineAndVariance()
    {
        const QString file = sample(QStringLiteral("baseline.cairn"));
        QCOMPARE(cairn({QStringLiteral("scenario"), file, QStringLiteral("create"),
                           QStringLiteral("Later ERP"), QStringLiteral("--pin"),
                           kErp + QStringLiteral("=2029 Q1")})
                     .exitCode,
            0);
        const Run frozen = cairn({QStringLiteral("baseline"), file, QStringLiteral("create"),
            QStringLiteral("Agreed"), QStringLiteral("--scenario"), QStringLiteral("Later ERP")});
        QVERIFY2(frozen.exitCode == 0, qPrintable(frozen.err));
        const Run again = cairn(
            {QStringLiteral("baseline"), file, QStringLiteral("create"), QStringLiteral("agreed")});
        QCOMPARE(again.exitCode, 64);
        const Run list = cairn({QStringLiteral("baseline"), file, QStringLiteral("list")});
        QVERIFY2(list.out.contains(QStringLiteral("Later ERP")), qPrintable(list.out));
        const LoadResult loaded = PlanFile::load(file);
        QCOMPARE(loaded.content->baselines.size(), size_t(1));
        QVERIFY(!loaded.content->baselineEntries.empty());
        const Run variance = cairn({QStringLiteral("baseline"), file, QStringLiteral("variance"),
            QStringLiteral("Agreed")});
        QCOMPARE(variance.exitCode, 0);
        QVERIFY2(variance.out.contains(kErp), qPrintable(variance.out));
        QVERIFY2(variance.out.contains(QStringLiteral("moved")), qPrintable(variance.out));

        // The scenario's own schedule against the baseline frozen from it: nothing moved (the
        // option was ignored, and the base's schedule compared, before).
        const Run same = cairn({QStringLiteral("baseline"), file, QStringLiteral("variance"),
            QStringLiteral("Agreed"), QStringLiteral("--scenario"), QStringLiteral("Later ERP")});
        QVERIFY2(same.exitCode == 0, qPrintable(same.err));
        QVERIFY2(!same.out.contains(kErp), qPrintable(same.out));
        const Run unknown = cairn({QStringLiteral("baseline"), file, QStringLiteral("variance"),
            QStringLiteral("Agreed"), QStringLiteral("--scenario"), QStringLiteral("Dream")});
        QCOMPARE(unknown.exitCode, 64);
        QVERIFY2(unknown.err.contains(QStringLiteral("Dream")), qPrintable(unknown.err));
    }
};

QTEST_GUILESS_MAIN(tst_ScenarioCli)
#include "tst_scenariocli.moc"

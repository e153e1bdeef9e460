#include "core/analysis/plananalysis.h"
#include "core/domain/planvalidator.h"
#include "core/models/planmodels.h"
#include "core/schedule/planscheduler.h"
#include "core/store/planfile.h"
#include "core/store/sampleplan.h"

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <climits>

using namespace Cairn;

// Plan files that are valid SQLite but hostile: wrong types, out-of-range values, dangling
// references, cycles of every shape, huge strings, NULLs, dropped tables, a foreign application
// id. Each mutant goes through what check, schedule, export and the workspace do with a plan
// (load, validate, schedule, analyse, every table model read cell by cell, save and reload):
// nothing may crash, hang or change the input; a refusal names what is wrong. A short run is
// part of ctest; a long one is the same binary with more mutants (and another seed):
//   CAIRN_MUTANTS=10000 CAIRN_MUTANT_SEED=7 build/release/tests/core/tst_mutants
namespace {
QByteArray fileHash(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly)
        ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
        : QByteArray();
}

struct Column {
    QString table;
    QString name;
};

// The tables and columns of a plan file, read from the file itself.
QList<Column> columnsOf(QSqlDatabase &db, QStringList *tables)
{
    QList<Column> columns;
    *tables = db.tables();
    tables->removeIf([](const QString &t) { return t.startsWith(QLatin1String("sqlite_")); });
    for (const QString &t : *tables) {
        const QSqlRecord r = db.record(t);
        for (int i = 0; i < r.count(); ++i)
            columns.append({t, r.fieldName(i)});
    }
    return columns;
}

QString hostileValue(QRandomGenerator &random)
{
    static const QStringList values = {
        QStringLiteral("NULL"),
        QStringLiteral("-1"),
        QStringLiteral("0"),
        QStringLiteral("2000000000"),
        QStringLiteral("2147483647"),
        QStringLiteral("-2147483648"),
        QStringLiteral("2147483648"),
        QStringLiteral("9223372036854775807"),
        QStringLiteral("-9223372036854775808"),
        QStringLiteral("-1000000000000"),
        QStringLiteral("1e300"),
        QStringLiteral("-0.5"),
        QStringLiteral("'not a number'"),
        QStringLiteral("''"),
        QStringLiteral("x'00ff10'"),
        QStringLiteral("'finish-to-start'"),
        QStringLiteral("'2027 Q3'"),
        QStringLiteral("20275"),
        QStringLiteral("99994"),
        QStringLiteral("'\u202e\u0000x'"),
        QStringLiteral("hex(zeroblob(200000))"), // a 400,000-character string
        QStringLiteral("(SELECT max(id) FROM initiative)"),
        QStringLiteral("(SELECT max(id) + 1000 FROM initiative)"),
    };
    return values.at(int(random.bounded(values.size())));
}

// One SQL-level mutation of the plan.
QStringList mutation(
    QRandomGenerator &random, const QList<Column> &columns, const QStringList &tables)
{
    const Column c = columns.at(int(random.bounded(columns.size())));
    const QString t = tables.at(int(random.bounded(tables.size())));
    switch (random.bounded(10)) {
    case 0:
    case 1:
    case 2:
    case 3: // one value of one row
        return {QStringLiteral("UPDATE \"%1\" SET \"%2\" = %3 WHERE rowid IN (SELECT rowid FROM "
                               "\"%1\" ORDER BY random() LIMIT %4)")
                    .arg(c.table, c.name, hostileValue(random))
                    .arg(1 + random.bounded(3))};
    case 4: // every row
        return {QStringLiteral("UPDATE \"%1\" SET \"%2\" = %3")
                    .arg(c.table, c.name, hostileValue(random))};
    case 5: // a copy of a row with one value changed (duplicates, dangling references)
        return {QStringLiteral("CREATE TEMP TABLE m AS SELECT * FROM \"%1\" ORDER BY random() "
                               "LIMIT 1")
                    .arg(c.table),
            QStringLiteral("UPDATE m SET \"%1\" = %2").arg(c.name, hostileValue(random)),
            QStringLiteral("INSERT OR IGNORE INTO \"%1\" SELECT * FROM m").arg(c.table),
            QStringLiteral("DROP TABLE m")};
    case 6: // cycles: dependencies turned around, or a chain closed
        return {QStringLiteral("INSERT OR IGNORE INTO initiative_dependency SELECT * FROM "
                               "initiative_dependency ORDER BY random() LIMIT %1")
                    .arg(1 + random.bounded(4)),
            QStringLiteral("UPDATE initiative_dependency SET predecessor = successor, successor = "
                           "predecessor WHERE rowid IN (SELECT rowid FROM initiative_dependency "
                           "ORDER BY random() LIMIT %1)")
                .arg(1 + random.bounded(5))};
    case 7: // rows gone (what refers to them dangles)
        return {QStringLiteral("DELETE FROM \"%1\" WHERE rowid IN (SELECT rowid FROM \"%1\" "
                               "ORDER BY random() LIMIT %2)")
                    .arg(t)
                    .arg(1 + random.bounded(5))};
    case 8: // a table gone
        return {QStringLiteral("DROP TABLE \"%1\"").arg(t)};
    default: // the file's identity
        return {random.bounded(2)
                ? QStringLiteral("PRAGMA application_id = %1").arg(random.bounded(INT_MAX))
                : QStringLiteral("PRAGMA user_version = %1").arg(int(random.bounded(200)) - 50)};
    }
}

// Applies mutations; statements SQLite refuses (a type, a constraint) are simply skipped.
void mutate(const QString &path, QRandomGenerator &random)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("m"));
        db.setDatabaseName(path);
        if (db.open()) {
            QStringList tables;
            const QList<Column> columns = columnsOf(db, &tables);
            QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
            const int count = 1 + int(random.bounded(4));
            for (int i = 0; i < count && !columns.isEmpty(); ++i)
                for (const QString &sql : mutation(random, columns, tables))
                    QSqlQuery(db).exec(sql);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("m"));
}

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue(name, &ok);
    return ok ? n : fallback;
}
} // namespace

class tst_Mutants : public QObject {
    Q_OBJECT

private slots:
    void hostilePlansAreRefusedOrHandled()
    {
        QTemporaryDir dir;
        const QString base = dir.filePath(QStringLiteral("base.cairn"));
        QVERIFY(PlanFile::save(samplePlan(), base).ok);
        const int count = envInt("CAIRN_MUTANTS", 300);
        QRandomGenerator random(quint32(envInt("CAIRN_MUTANT_SEED", 21)));
        int refused = 0, loaded = 0, withErrors = 0, scheduled = 0;
        for (int n = 0; n < count; ++n) {
            const QString file = dir.filePath(QStringLiteral("mutant.cairn"));
            QFile::remove(file);
            QVERIFY(QFile::copy(base, file));
            mutate(file, random);
            const QByteArray before = fileHash(file);
            const QString what = QStringLiteral("mutant %1").arg(n);

            const LoadResult result = PlanFile::load(file);
            QVERIFY2(fileHash(file) == before, qPrintable(what + QStringLiteral(" was changed")));
            if (!result.ok()) {
                ++refused;
                QVERIFY2(result.message.contains(QStringLiteral("mutant.cairn")),
                    qPrintable(what + QStringLiteral(": ") + result.message));
                continue;
            }
            ++loaded;
            const PlanContent &plan = *result.content;
            const QList<PlanIssue> issues = validatePlan(plan);
            withErrors += std::any_of(
                issues.cbegin(), issues.cend(), [](const PlanIssue &i) { return i.isError(); });
            for (const PlanIssue &issue : issues)
                QVERIFY2(!issue.message.isEmpty(), qPrintable(what));
            (void)plan.info.lastQuarter().label(plan.info.quarterStyle());

            SchedulerOptions options;
            options.timeBudgetMs = 0; // deterministic: bounded by the count of schedules
            options.maxSchedules = 40;
            const PlanSchedule schedule = schedulePlan(plan, options);
            scheduled += !schedule.initiatives.empty();
            const PlanAnalysis analysis = analysePlan(plan, schedule);
            (void)analysis;

            Plan live(plan);
            EditFacade edit(live);
            for (const EntityKind kind : {EntityKind::Goal, EntityKind::System,
                     EntityKind::Resource, EntityKind::Initiative, EntityKind::Milestone}) {
                const auto model = makeTableModel(kind, live, &edit);
                if (auto *initiatives = dynamic_cast<InitiativeTableModel *>(model.get()))
                    initiatives->setSchedule(std::make_shared<const PlanSchedule>(schedule));
                QAbstractItemModelTester tester(
                    model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
                for (int row = 0; row < model->rowCount(); ++row)
                    for (int column = 0; column < model->columnCount(); ++column)
                        for (const int role :
                            {int(Qt::DisplayRole), int(Qt::EditRole), int(Qt::ToolTipRole)})
                            (void)model->index(row, column).data(role);
            }

            // What loads can be saved (or is refused with a message) and reads back the same.
            const QString copy = dir.filePath(QStringLiteral("copy.cairn"));
            QFile::remove(copy);
            const SaveResult saved = PlanFile::save(plan, copy);
            if (saved.ok) {
                const LoadResult again = PlanFile::load(copy);
                QVERIFY2(again.ok(), qPrintable(what + QStringLiteral(": ") + again.message));
                QVERIFY2(*again.content == plan, qPrintable(what + QStringLiteral(" round trip")));
            } else {
                QVERIFY2(!saved.message.isEmpty(), qPrintable(what));
            }
        }
        qInfo(
            "%d mutants: %d refused on load, %d loaded (%d with errors check names), %d scheduled",
            count, refused, loaded, withErrors, scheduled);
        QVERIFY(refused > 0 && loaded > 0); // both paths were taken
    }
};

QTEST_GUILESS_MAIN(tst_Mutants)
#include "tst_mutants.moc"

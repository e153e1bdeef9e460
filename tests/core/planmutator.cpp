#include "tests/core/planmutator.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>

#include <climits>

namespace Cairn::Testing {
namespace {
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

} // namespace

void mutatePlanFile(const QString &path, QRandomGenerator &random)
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

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly)
        ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
        : QByteArray();
}

} // namespace Cairn::Testing

#include "core/store/planfile.h"
#include "core/store/sampleplan.h"
#include "core/store/schema.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Cairn;

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cairn(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(CAIRN_BINARY), args);
    Run r;
    if (!p.waitForFinished(60000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                       : QByteArray();
}
} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void versionAndHelp()
    {
        const Run v = cairn({QStringLiteral("--version")});
        QCOMPARE(v.exitCode, 0);
        QVERIFY(v.out.startsWith(QStringLiteral("cairn ")));
        const Run h = cairn({QStringLiteral("--help")});
        QCOMPARE(h.exitCode, 0);
        for (const char *cmd : {"sample", "check"})
            QVERIFY2(h.out.contains(QLatin1String(cmd)), cmd);
        const Run unknown = cairn({QStringLiteral("frobnicate")});
        QCOMPARE(unknown.exitCode, 64);
        QVERIFY(unknown.err.contains(QStringLiteral("frobnicate")));
    }

    void sampleThenCheckIsSound()
    {
        const QString file = m_dir.filePath(QStringLiteral("sample.cairn"));
        const Run s = cairn({QStringLiteral("sample"), file});
        QCOMPARE(s.exitCode, 0);
        QVERIFY(s.out.contains(QStringLiteral("sample.cairn")));
        const Run c = cairn({QStringLiteral("check"), file});
        QVERIFY2(c.exitCode == 0, qPrintable(c.out + c.err));
        QVERIFY(c.out.contains(QStringLiteral("35 initiatives")));
        QVERIFY(c.out.contains(QStringLiteral("The plan is sound.")));
    }

    void checkListsACycleAndExitsOne()
    {
        PlanContent plan = samplePlan();
        // Close a loop: the first initiative now waits for one of its own successors.
        const Dependency existing = plan.dependencies.front();
        plan.dependencies.push_back({existing.successor, existing.predecessor, DependencyType::FinishToStart, 0});
        const QString file = m_dir.filePath(QStringLiteral("cycle.cairn"));
        QVERIFY(PlanFile::save(plan, file).ok);
        const Run c = cairn({QStringLiteral("check"), file});
        QCOMPARE(c.exitCode, 1);
        QVERIFY2(c.out.contains(QStringLiteral("Dependency cycle")), qPrintable(c.out));
        QVERIFY(c.out.contains(plan.initiative(existing.successor)->name));
        QVERIFY(c.out.contains(plan.initiative(existing.predecessor)->name));
    }

    void unreadableFilesExitTwoAndStayUnchanged_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QTest::newRow("random bytes") << QByteArray("\x01\x02garbage\xff\xfe", 11) << QStringLiteral("not a Cairn plan");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("truncated") << QByteArray("SQLite format 3\0", 16) << QStringLiteral("cut short");
    }
    void unreadableFilesExitTwoAndStayUnchanged()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        const QString file = m_dir.filePath(QStringLiteral("bad-%1.cairn").arg(QString::fromUtf8(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
        const QByteArray before = hashOf(file);
        const Run c = cairn({QStringLiteral("check"), file});
        QCOMPARE(c.exitCode, 2);
        QVERIFY2(c.err.contains(file) && c.err.contains(reason), qPrintable(c.err));
        QCOMPARE(hashOf(file), before);
    }

    void newerVersionIsRefusedAndUnchanged()
    {
        const QString file = m_dir.filePath(QStringLiteral("newer.cairn"));
        QVERIFY(PlanFile::save(samplePlan(), file).ok);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("t"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version=%1").arg(Schema::CurrentVersion + 5));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("t"));
        const QByteArray before = hashOf(file);
        const Run c = cairn({QStringLiteral("check"), file});
        QCOMPARE(c.exitCode, 2);
        QVERIFY(c.err.contains(QStringLiteral("newer version")));
        QCOMPARE(hashOf(file), before);
    }

    void missingArgumentIsAUsageError()
    {
        const Run c = cairn({QStringLiteral("check")});
        QCOMPARE(c.exitCode, 64);
    }
};

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"

#include "core/store/planlock.h"

#include <QFile>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Cairn;

class tst_PlanLock : public QObject {
    Q_OBJECT

private slots:
    void secondWriterIsToldWhoHoldsIt()
    {
        QTemporaryDir dir;
        const QString plan = dir.filePath(QStringLiteral("plan.cairn"));
        PlanLock first(plan);
        QVERIFY(first.tryLock());
        QVERIFY(QFile::exists(PlanLock::lockPathFor(plan)));

        // Another holder: pretend the lock is a live process elsewhere (this test's parent is
        // alive and is not us).
        first.unlock();
        QVERIFY(!QFile::exists(PlanLock::lockPathFor(plan)));
        {
            QFile f(PlanLock::lockPathFor(plan));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QStringLiteral("alice\n%1\n1\n2027-01-01T10:00:00Z\n")
                        .arg(QSysInfo::machineHostName())
                        .toUtf8()); // pid 1 is always alive
        }
        PlanLock second(plan);
        QVERIFY(!second.tryLock());
        const auto owner = second.owner();
        QVERIFY(owner);
        QCOMPARE(owner->user, QStringLiteral("alice"));
        QCOMPARE(owner->pid, qint64(1));
        QCOMPARE(owner->since.date(), QDate(2027, 1, 1));
    }

    void staleLockOfDeadProcessIsCleared()
    {
        QTemporaryDir dir;
        const QString plan = dir.filePath(QStringLiteral("plan.cairn"));
        // A process that has exited: its pid is free (until reused, which is unlikely at once).
        QProcess p;
        p.start(QStringLiteral("true"));
        QVERIFY(p.waitForFinished());
        const qint64 deadPid = p.processId() ? p.processId() : 999999;
        {
            QFile f(PlanLock::lockPathFor(plan));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QStringLiteral("bob\n%1\n%2\n2027-01-01T10:00:00Z\n")
                        .arg(QSysInfo::machineHostName())
                        .arg(deadPid > 0 ? deadPid : 999999)
                        .toUtf8());
        }
        PlanLock lock(plan);
        QVERIFY(lock.tryLock());
        QCOMPARE(lock.owner()->pid, QCoreApplication::applicationPid());
    }

    void lockOnAnotherHostIsRespected()
    {
        QTemporaryDir dir;
        const QString plan = dir.filePath(QStringLiteral("plan.cairn"));
        {
            QFile f(PlanLock::lockPathFor(plan));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("carol\nsome-other-host.example\n4242\n2027-01-01T10:00:00Z\n");
        }
        PlanLock lock(plan);
        QVERIFY(!lock.tryLock());
        QCOMPARE(lock.owner()->host, QStringLiteral("some-other-host.example"));
    }

    void releasedOnDestruction()
    {
        QTemporaryDir dir;
        const QString plan = dir.filePath(QStringLiteral("plan.cairn"));
        {
            PlanLock lock(plan);
            QVERIFY(lock.tryLock());
        }
        QVERIFY(!QFile::exists(PlanLock::lockPathFor(plan)));
    }
};

QTEST_GUILESS_MAIN(tst_PlanLock)
#include "tst_planlock.moc"

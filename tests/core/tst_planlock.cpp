#include "core/store/planlock.h"

#include <QFile>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <pwd.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Cairn;

namespace {
void writeLock(const QString &plan, const QString &user, qint64 pid, const QDateTime &since)
{
    QFile f(PlanLock::lockPathFor(plan));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral("%1\n%2\n%3\n%4\n")
                .arg(user, QSysInfo::machineHostName())
                .arg(pid)
                .arg(since.toString(Qt::ISODate))
                .toUtf8());
}
} // namespace

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

    // Restarting right after a kill: the killed process may not be reaped yet (a zombie); it
    // holds nothing.
    void lockOfAZombieIsStale()
    {
        QTemporaryDir dir;
        const QString plan = dir.filePath(QStringLiteral("plan.cairn"));
        const pid_t child = ::fork();
        if (child == 0)
            ::_exit(0);
        QVERIFY(child > 0);
        // Not reaped: a zombie until waitpid below.
        QTRY_VERIFY(QFile(QStringLiteral("/proc/%1/stat").arg(child)).open(QIODevice::ReadOnly)
            && !PlanLock::isProcessRunning(child));
        writeLock(plan, QStringLiteral("dave"), child, QDateTime::currentDateTimeUtc());
        PlanLock lock(plan);
        QVERIFY(lock.tryLock());
        ::waitpid(child, nullptr, 0);
    }

    // A pid reused by a process that started after the lock was taken does not hold the lock.
    void reusedPidIsStale()
    {
        QTemporaryDir dir;
        const QString plan = dir.filePath(QStringLiteral("plan.cairn"));
        QProcess sleeper;
        sleeper.start(QStringLiteral("sleep"), {QStringLiteral("30")});
        QVERIFY(sleeper.waitForStarted());
        writeLock(plan, QStringLiteral("erin"), sleeper.processId(),
            QDateTime::currentDateTimeUtc().addSecs(-3600));
        PlanLock lock(plan);
        QVERIFY(lock.tryLock());
        sleeper.kill();
        sleeper.waitForFinished();
    }

    // A lock left empty (a kill between creating and writing it) blocks only for a few seconds.
    void emptyLockIsStaleAfterAFewSeconds()
    {
        QTemporaryDir dir;
        const QString plan = dir.filePath(QStringLiteral("plan.cairn"));
        const QString lockPath = PlanLock::lockPathFor(plan);
        QFile(lockPath).open(QIODevice::WriteOnly);
        PlanLock fresh(plan);
        QVERIFY(!fresh.tryLock()); // it may still be being written
        QFile old(lockPath);
        QVERIFY(old.open(QIODevice::ReadWrite));
        QVERIFY(
            old.setFileTime(QDateTime::currentDateTime().addSecs(-PlanLock::kUnreadableLockAge - 1),
                QFileDevice::FileModificationTime));
        old.close();
        PlanLock later(plan);
        QVERIFY(later.tryLock());
    }

    // The lock names the account's login name, even where USER is not set.
    void lockNamesTheLoginName()
    {
        QTemporaryDir dir;
        const QString plan = dir.filePath(QStringLiteral("plan.cairn"));
        const QByteArray user = qgetenv("USER");
        qunsetenv("USER");
        qunsetenv("LOGNAME");
        PlanLock lock(plan);
        QVERIFY(lock.tryLock());
        qputenv("USER", user);
        QCOMPARE(lock.owner()->user, QString::fromLocal8Bit(::getpwuid(::geteuid())->pw_name));
        QVERIFY(lock.owner()->user != QLatin1String("unknown"));
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

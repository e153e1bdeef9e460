#include "core/store/planlock.h"

#include <QFile>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <pwd.h>
#include <sys/file.h>
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

    // Taking over a stale lock happens under the lock file's flock: a second process that finds
    // the same stale lock while the first is taking it over must not take it too (before, both
    // removed the stale file and both believed they held the lock).
    void aLockBeingTakenOverIsNotTakenTwice()
    {
        QTemporaryDir dir;
        const QString plan = dir.filePath(QStringLiteral("plan.cairn"));
        QProcess p;
        p.start(QStringLiteral("true"));
        QVERIFY(p.waitForFinished());
        writeLock(plan, QStringLiteral("bob"), p.processId(), QDateTime::currentDateTimeUtc());
        // Someone (another Cairn) is in the middle of taking it over: it holds the flock.
        const int fd = ::open(QFile::encodeName(PlanLock::lockPathFor(plan)).constData(), O_RDWR);
        QVERIFY(fd >= 0);
        QCOMPARE(::flock(fd, LOCK_EX | LOCK_NB), 0);
        PlanLock second(plan);
        QVERIFY(!second.tryLock());
        QCOMPARE(second.error(), 0);
        ::close(fd); // it gave up (or died): the stale lock may be taken now
        QVERIFY(second.tryLock());
    }

    // A holder killed with SIGKILL releases its flock at once; the next writer takes the lock
    // without waiting for anything.
    void lockOfAKilledHolderIsTakenAtOnce()
    {
        QTemporaryDir dir;
        const QString plan = dir.filePath(QStringLiteral("plan.cairn"));
        int ready[2];
        QCOMPARE(::pipe(ready), 0);
        const pid_t child = ::fork();
        if (child == 0) {
            PlanLock held(plan);
            const char c = held.tryLock() ? 'y' : 'n';
            (void)!::write(ready[1], &c, 1);
            ::pause();
            ::_exit(0);
        }
        QVERIFY(child > 0);
        char c = 0;
        QCOMPARE(::read(ready[0], &c, 1), ssize_t(1));
        QCOMPARE(c, 'y');
        PlanLock mine(plan);
        QVERIFY(!mine.tryLock());
        QVERIFY(!mine.lock(0));
        QCOMPARE(mine.owner()->pid, qint64(child));
        QVERIFY(mine.refusal().contains(QStringLiteral("process %1").arg(child)));
        ::kill(child, SIGKILL);
        ::waitpid(child, nullptr, 0);
        QVERIFY(mine.lock(PlanLock::kWriterWaitMs));
        QCOMPARE(mine.owner()->pid, QCoreApplication::applicationPid());
        ::close(ready[0]);
        ::close(ready[1]);
    }

    // Processes racing for one plan's lock: at no moment do two of them hold it. Each holder
    // creates a marker exclusively and removes it before unlocking; a second holder would find
    // the marker there.
    void racingProcessesNeverHoldTheLockTogether()
    {
        QTemporaryDir dir;
        const QString plan = dir.filePath(QStringLiteral("plan.cairn"));
        const QByteArray marker = QFile::encodeName(dir.filePath(QStringLiteral("holder")));
        // Start from a stale lock, so that the takeover path is raced too.
        QProcess p;
        p.start(QStringLiteral("true"));
        QVERIFY(p.waitForFinished());
        writeLock(plan, QStringLiteral("bob"), p.processId(), QDateTime::currentDateTimeUtc());
        constexpr int kChildren = 6;
        constexpr int kRounds = 40;
        QList<pid_t> children;
        for (int i = 0; i < kChildren; ++i) {
            const pid_t child = ::fork();
            if (child == 0) {
                int overlaps = 0;
                for (int round = 0; round < kRounds; ++round) {
                    PlanLock lock(plan);
                    if (!lock.lock(60000))
                        ::_exit(2);
                    const int m = ::open(marker.constData(), O_CREAT | O_EXCL | O_WRONLY, 0644);
                    if (m < 0)
                        ++overlaps;
                    else
                        ::close(m);
                    ::sched_yield();
                    ::unlink(marker.constData());
                }
                ::_exit(overlaps == 0 ? 0 : 1);
            }
            QVERIFY(child > 0);
            children << child;
        }
        for (const pid_t child : children) {
            int status = 0;
            QCOMPARE(::waitpid(child, &status, 0), child);
            QVERIFY(WIFEXITED(status));
            QCOMPARE(WEXITSTATUS(status), 0);
        }
        QVERIFY(!QFile::exists(PlanLock::lockPathFor(plan)));
    }

    // A plan reached through a symbolic link has the lock of the real file.
    void linkAndRealFileShareOneLock()
    {
        QTemporaryDir dir;
        const QString plan = dir.filePath(QStringLiteral("plan.cairn"));
        const QString link = dir.filePath(QStringLiteral("link.cairn"));
        QVERIFY(QFile::link(plan, link));
        QCOMPARE(PlanLock::lockPathFor(link), PlanLock::lockPathFor(plan));
        PlanLock viaLink(link);
        QVERIFY(viaLink.tryLock());
        PlanLock direct(plan);
        QVERIFY(!direct.tryLock());
    }

    // A folder where no lock can be made says why, and is not "someone else's lock".
    void lockInAFolderThatCannotBeWrittenSaysWhy()
    {
        QTemporaryDir dir;
        const QString plan = dir.filePath(QStringLiteral("missing/plan.cairn"));
        PlanLock lock(plan);
        QVERIFY(!lock.lock(PlanLock::kWriterWaitMs)); // returns at once: waiting cannot help
        QCOMPARE(lock.error(), ENOENT);
        QVERIFY(lock.refusal().contains(QStringLiteral("cannot be locked")));
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

#include "core/store/planlock.h"

#include "core/store/planfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSysInfo>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <pwd.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Cairn {

namespace {
// The login name of the account this process runs as (not an environment variable, which a
// service or a sudo'd shell may not set).
QString currentUser()
{
    if (const passwd *pw = ::getpwuid(::geteuid()); pw && pw->pw_name && *pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME");
    return user.isEmpty() ? QStringLiteral("uid %1").arg(::geteuid()) : user;
}

// When a running process started, from /proc (nothing when it cannot be told).
std::optional<QDateTime> processStart(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    QFile system(QStringLiteral("/proc/stat"));
    if (!stat.open(QIODevice::ReadOnly) || !system.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    qint64 boot = 0;
    for (const QByteArray &line : system.readAll().split('\n'))
        if (line.startsWith("btime "))
            boot = line.mid(6).trimmed().toLongLong();
    const long ticks = ::sysconf(_SC_CLK_TCK);
    if (fields.size() < 20 || boot <= 0 || ticks <= 0)
        return std::nullopt;
    // Field 22 of stat, counted after the name: the start in clock ticks after boot.
    return QDateTime::fromSecsSinceEpoch(boot + fields.at(19).toLongLong() / ticks, Qt::UTC);
}
} // namespace

bool PlanLock::isProcessRunning(qint64 pid, const QDateTime &since)
{
    if (pid <= 0)
        return false;
    if (::kill(pid_t(pid), 0) != 0 && errno == ESRCH)
        return false;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (stat.open(QIODevice::ReadOnly)) {
        const QByteArray text = stat.readAll();
        const qsizetype at = text.lastIndexOf(')') + 2;
        const char state = at > 1 && at < text.size() ? text.at(at) : '?';
        if (state == 'Z' || state == 'X')
            return false; // killed, not yet reaped by its parent: it holds nothing
    }
    // A process that started after the lock was taken is another one that got the same pid.
    if (since.isValid())
        if (const auto started = processStart(pid); started && *started > since.addSecs(2))
            return false;
    return true;
}

PlanLock::PlanLock(const QString &planPath)
    : m_planPath(PlanFile::realPath(planPath))
    , m_lockPath(lockPathFor(m_planPath))
{
}

PlanLock::~PlanLock()
{
    unlock();
}

QString PlanLock::lockPathFor(const QString &planPath)
{
    const QFileInfo info(PlanFile::realPath(planPath));
    return info.absoluteDir().filePath(QStringLiteral(".~lock.%1#").arg(info.fileName()));
}

namespace {
// Whether the open file `fd` is still the one at `path` (not removed or replaced meanwhile).
bool isAt(int fd, const QByteArray &path)
{
    struct stat open {
    }, named {};
    return ::fstat(fd, &open) == 0 && ::lstat(path.constData(), &named) == 0
        && open.st_dev == named.st_dev && open.st_ino == named.st_ino;
}

QByteArray ownerText()
{
    return QStringLiteral("%1\n%2\n%3\n%4\n")
        .arg(currentUser(), QSysInfo::machineHostName())
        .arg(QCoreApplication::applicationPid())
        .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
        .toUtf8();
}

std::optional<LockOwner> parseOwner(const QByteArray &text)
{
    const QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'));
    if (lines.size() < 3)
        return std::nullopt;
    LockOwner o;
    o.user = lines.at(0);
    o.host = lines.at(1);
    bool ok = false;
    o.pid = lines.at(2).toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    if (lines.size() > 3)
        o.since = QDateTime::fromString(lines.at(3), Qt::ISODate);
    return o;
}
} // namespace

// A lock file we hold the flock of, that we did not create: its writer is gone (or is a Cairn
// that does not flock). Its content says whether it may be taken over.
bool PlanLock::mayTakeOver(int fd) const
{
    char buffer[4096];
    const ssize_t n = ::pread(fd, buffer, sizeof buffer, 0);
    if (const auto current = parseOwner(QByteArray(buffer, n > 0 ? int(n) : 0)))
        return isStale(*current);
    // An empty or half-written lock (a process killed between creating and writing it) is
    // stale once it is a few seconds old; a younger one may still be being written.
    struct stat st { };
    if (::fstat(fd, &st) != 0)
        return false;
    return QDateTime::fromSecsSinceEpoch(st.st_mtim.tv_sec).secsTo(QDateTime::currentDateTime())
        >= kUnreadableLockAge;
}

PlanLock::Attempt PlanLock::attempt()
{
    const QByteArray path = QFile::encodeName(m_lockPath);
    bool created = true;
    int fd = ::open(path.constData(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0644);
    if (fd < 0 && errno == EEXIST) {
        created = false;
        fd = ::open(path.constData(), O_RDWR | O_CLOEXEC | O_NOFOLLOW);
        if (fd < 0 && errno == ENOENT)
            return Attempt::Retry; // released meanwhile
        if (fd < 0 && (errno == EACCES || errno == EPERM)) {
            // A lock we may not even open (another account's, without write permission) is not
            // ours to take over: its content says who holds it.
            return Attempt::Held;
        }
    }
    if (fd < 0) {
        m_error = errno;
        return Attempt::Failed;
    }
    // Someone who opened the file we just made may hold its flock for the moment it takes to
    // see that it is young and empty; a lock held longer is someone else's.
    bool flocked = ::flock(fd, LOCK_EX | LOCK_NB) == 0;
    for (int wait = 0; created && !flocked && wait < 100; ++wait) {
        ::usleep(10000);
        flocked = ::flock(fd, LOCK_EX | LOCK_NB) == 0;
    }
    const Attempt result = !flocked    ? Attempt::Held
        : !isAt(fd, path)              ? Attempt::Retry // removed or replaced before we got it
        : !created && !mayTakeOver(fd) ? Attempt::Held
                                       : Attempt::Taken;
    if (result != Attempt::Taken) {
        ::close(fd);
        return result;
    }
    const QByteArray text = ownerText();
    if (::ftruncate(fd, 0) != 0
        || ::pwrite(fd, text.constData(), size_t(text.size()), 0) != ssize_t(text.size())) {
        m_error = errno ? errno : EIO;
        ::unlink(path.constData());
        ::close(fd);
        return Attempt::Failed;
    }
    m_fd = fd;
    return Attempt::Taken;
}

bool PlanLock::tryLock()
{
    if (m_fd >= 0)
        return true;
    m_error = 0;
    for (int tries = 0; tries < 8; ++tries) {
        switch (attempt()) {
        case Attempt::Taken:
            return true;
        case Attempt::Held:
        case Attempt::Failed:
            return false;
        case Attempt::Retry:
            break;
        }
    }
    return false;
}

bool PlanLock::lock(int waitMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!tryLock()) {
        if (m_error != 0 || clock.elapsed() >= waitMs)
            return false;
        ::usleep(20000);
    }
    return true;
}

void PlanLock::unlock()
{
    if (m_fd < 0)
        return;
    // Removed while still flocked: whoever waits for it then finds it gone and starts afresh.
    const QByteArray path = QFile::encodeName(m_lockPath);
    if (isAt(m_fd, path))
        ::unlink(path.constData());
    ::close(m_fd);
    m_fd = -1;
}

QString PlanLock::refusal() const
{
    const QString name = QDir::toNativeSeparators(m_planPath);
    if (m_error != 0)
        return QCoreApplication::translate(
            "Cairn::PlanLock", "“%1” cannot be locked for writing: %2 (in %3).")
            .arg(name, QString::fromLocal8Bit(std::strerror(m_error)),
                QDir::toNativeSeparators(QFileInfo(m_lockPath).absolutePath()));
    const auto holder = owner();
    if (!holder)
        return QCoreApplication::translate(
            "Cairn::PlanLock", "“%1” is being written by another program; try again in a moment.")
            .arg(name);
    return QCoreApplication::translate("Cairn::PlanLock",
        "“%1” is open in Cairn by %2 on %3 (process %4, since %5); close it there first.")
        .arg(name, holder->user, holder->host)
        .arg(holder->pid)
        .arg(QLocale().toString(holder->since.toLocalTime(), QLocale::ShortFormat));
}

std::optional<LockOwner> PlanLock::owner() const
{
    QFile file(m_lockPath);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return parseOwner(file.read(4096));
}

bool PlanLock::isStale(const LockOwner &owner) const
{
    if (owner.host != QSysInfo::machineHostName())
        return false; // cannot tell whether a process on another machine is alive
    if (owner.pid == QCoreApplication::applicationPid())
        return false; // this process holds it through another PlanLock
    return !isProcessRunning(owner.pid, owner.since);
}

} // namespace Cairn

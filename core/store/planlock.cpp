#include "core/store/planlock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <pwd.h>
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

PlanLock::PlanLock(QString planPath)
    : m_planPath(std::move(planPath))
    , m_lockPath(lockPathFor(m_planPath))
{
}

PlanLock::~PlanLock()
{
    unlock();
}

QString PlanLock::lockPathFor(const QString &planPath)
{
    const QFileInfo info(planPath);
    return info.absoluteDir().filePath(QStringLiteral(".~lock.%1#").arg(info.fileName()));
}

bool PlanLock::tryLock()
{
    if (m_locked)
        return true;
    for (int attempt = 0; attempt < 2; ++attempt) {
        const QByteArray path = QFile::encodeName(m_lockPath);
        const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_EXCL, 0644);
        if (fd >= 0) {
            const QByteArray text = QStringLiteral("%1\n%2\n%3\n%4\n")
                                        .arg(currentUser(), QSysInfo::machineHostName())
                                        .arg(QCoreApplication::applicationPid())
                                        .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
                                        .toUtf8();
            const bool written = ::write(fd, text.constData(), size_t(text.size())) == text.size();
            ::close(fd);
            if (!written) {
                ::unlink(path.constData());
                return false;
            }
            m_locked = true;
            return true;
        }
        if (errno != EEXIST)
            return false;
        const auto current = owner();
        if (current && !isStale(*current))
            return false;
        if (!current) {
            // An empty or half-written lock (a process killed between creating and writing it)
            // is stale once it is a few seconds old; a younger one may still be being written.
            const QFileInfo info(m_lockPath);
            if (info.lastModified().secsTo(QDateTime::currentDateTime()) < kUnreadableLockAge)
                return false;
        }
        ::unlink(path.constData());
    }
    return false;
}

void PlanLock::unlock()
{
    if (!m_locked)
        return;
    QFile::remove(m_lockPath);
    m_locked = false;
}

std::optional<LockOwner> PlanLock::owner() const
{
    QFile file(m_lockPath);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QStringList lines = QString::fromUtf8(file.read(4096)).split(QLatin1Char('\n'));
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

bool PlanLock::isStale(const LockOwner &owner) const
{
    if (owner.host != QSysInfo::machineHostName())
        return false; // cannot tell whether a process on another machine is alive
    if (owner.pid == QCoreApplication::applicationPid())
        return false; // this process holds it through another PlanLock
    return !isProcessRunning(owner.pid, owner.since);
}

} // namespace Cairn

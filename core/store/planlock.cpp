#include "core/store/planlock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace Cairn {

namespace {
QString currentUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME");
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}
} // namespace

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
            // Unreadable or half-written lock: only clear it if it is old.
            const QFileInfo info(m_lockPath);
            if (info.lastModified().secsTo(QDateTime::currentDateTime()) < 60)
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
    return ::kill(pid_t(owner.pid), 0) != 0 && errno == ESRCH;
}

} // namespace Cairn

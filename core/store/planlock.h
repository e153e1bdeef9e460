#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace Cairn {

// Who holds a plan file open for writing.
struct LockOwner {
    QString user;
    QString host;
    qint64 pid = 0;
    QDateTime since;
};

// An advisory lock beside a plan file (".~lock.<name>#", as office suites do), so that a second
// Cairn, here or on another machine sharing the folder, opens the plan read-only or as a copy
// instead of overwriting the first one's work. A lock left by a process that died on this
// host is stale and taken over.
class PlanLock {
public:
    explicit PlanLock(QString planPath);
    ~PlanLock(); // releases the lock if held
    PlanLock(const PlanLock &) = delete;
    PlanLock &operator=(const PlanLock &) = delete;

    static QString lockPathFor(const QString &planPath);

    // Takes the lock. False if someone else holds it; owner() then says who.
    bool tryLock();
    void unlock();
    bool isLocked() const { return m_locked; }

    // The current holder as written in the lock file, if there is one.
    std::optional<LockOwner> owner() const;

    // Whether a process on this host is alive and holds what it took at `since`: not when it
    // is gone, a zombie (killed, not yet reaped), or another process that reuses its pid.
    static bool isProcessRunning(qint64 pid, const QDateTime &since = {});
    // How old an empty or unreadable lock must be before it counts as stale, in seconds.
    static constexpr int kUnreadableLockAge = 5;

private:
    bool isStale(const LockOwner &owner) const;

    QString m_planPath;
    QString m_lockPath;
    bool m_locked = false;
};

} // namespace Cairn

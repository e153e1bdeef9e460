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
//
// The holder also keeps an flock() on the lock file: a process that dies releases it at once,
// and taking over a stale lock happens under it, so two processes that both find the same
// stale lock never both believe they hold it.
class PlanLock {
public:
    explicit PlanLock(const QString &planPath);
    ~PlanLock(); // releases the lock if held
    PlanLock(const PlanLock &) = delete;
    PlanLock &operator=(const PlanLock &) = delete;

    // Beside the real file: a plan reached through a symbolic link has one lock.
    static QString lockPathFor(const QString &planPath);

    // Takes the lock. False if someone else holds it (owner() then says who) or the lock file
    // cannot be made (error() then says why).
    bool tryLock();
    // Tries for up to waitMs: a writer that is finishing lets the next one in.
    bool lock(int waitMs);
    void unlock();
    bool isLocked() const { return m_fd >= 0; }

    // errno of the last failure to make the lock file (0 when someone else holds it).
    int error() const { return m_error; }
    // Why the lock could not be taken, in a sentence that names the plan (translated).
    QString refusal() const;

    // The current holder as written in the lock file, if there is one.
    std::optional<LockOwner> owner() const;

    // Whether a process on this host is alive and holds what it took at `since`: not when it
    // is gone, a zombie (killed, not yet reaped), or another process that reuses its pid.
    static bool isProcessRunning(qint64 pid, const QDateTime &since = {});
    // How old an empty or unreadable lock must be before it counts as stale, in seconds.
    static constexpr int kUnreadableLockAge = 5;
    // How long a second writer (an import, a sample written over a plan) waits for the lock.
    static constexpr int kWriterWaitMs = 5000;

private:
    enum class Attempt { Taken, Held, Failed, Retry };
    Attempt attempt();
    bool isStale(const LockOwner &owner) const;
    bool mayTakeOver(int fd) const;

    QString m_planPath;
    QString m_lockPath;
    int m_fd = -1;
    int m_error = 0;
};

} // namespace Cairn

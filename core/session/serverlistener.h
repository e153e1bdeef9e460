#pragma once

#include "core/store/serverstore.h"

#include <QObject>
#include <QStringList>

class QThread;

namespace Cairn {

class ListenerWorker;

// Lets a worker thread end on its own instead of waiting for it: its event loop is asked to quit
// after what it was asked to do, and it and `worker` are deleted once it has (a connection
// waiting for a server that does not answer never holds up the window that closes it). At exit
// the application waits up to 3 s for such threads.
void finishInBackground(QThread *thread, QObject *worker);

// Listens for the steps others commit to a plan on a server, and for colleagues moving from item
// to item (LISTEN/NOTIFY), on a connection of its own in a worker thread: QPSQL connects and
// queries blockingly, and the window must never wait for a server. A connection the server closes
// (a restart, a stop) is found as soon as its socket says so, a link that dies quietly by a
// heartbeat; it then tries again, soon at first, then ever less often up to one try every
// reconnectMs while the server stays away, and once back, says so: the owner reads again from the
// last revision it saw (nothing announced while it was away is lost that way).
class ServerListener : public QObject {
    Q_OBJECT

public:
    struct Timing {
        int heartbeatMs = 5000; // a query on the idle connection this often
        // After losing it, new tries: the first after firstRetryMs, each wait twice the one
        // before, up to reconnectMs (a server back from a restart is heard within that).
        int reconnectMs = 1500;
        int firstRetryMs = 100;
    };
    // The wait before the next try after `failures` tries (the lost link counts as one).
    static int retryDelay(const Timing &timing, int failures);

    ServerListener(ServerAddress address, qint64 planId, QObject *parent = nullptr);
    ServerListener(ServerAddress address, qint64 planId, Timing timing, QObject *parent = nullptr);
    ~ServerListener() override; // stops the worker, without waiting for it (finishInBackground)

    void start();

signals:
    // A step someone committed: the plan's revision after it and the rows it touched
    // ("initiative:12"; "*" for more than a notification holds).
    void announced(qint64 revision, const QStringList &rows);
    // A colleague opened another item, or left one (ServerStore::presence()).
    void presenceChanged();
    // The listening connection came up (again) or went away, with the reason.
    void connected();
    void disconnected(const QString &why);

private:
    QThread *m_thread = nullptr;
    ListenerWorker *m_worker = nullptr;
};

} // namespace Cairn

#pragma once

#include "core/session/plandocument.h"
#include "core/session/presence.h"
#include "core/session/serverconflicts.h"
#include "core/session/serverlistener.h"
#include "core/store/serverstore.h"

#include <QSet>
#include <QTimer>

#include <memory>

class QThread;

namespace Cairn {

class ServerWorker;

// A plan on a PostgreSQL server, shown in a window like a plan file (it is a PlanDocument: the
// same plan, edit facade and undo stack). Every undo step is sent to the server as it is made,
// as one versioned step; what colleagues commit arrives from the listener and is applied to the
// plan as announcements, never as undo steps, so that the schedule re-plans from it like from
// any edit.
//
// The window never waits for the server: connecting, reading and writing happen on a worker
// thread of the document's own (QPSQL blocks), and their answers come back as queued calls.
// One step is on its way at a time; steps made meanwhile go with the next one.
//
// A step the server refuses because a colleague changed the same field (or removed the row)
// is held: the window keeps showing my change, nothing of it is written, and conflicts() says
// what was, what they made it and what I made it until the person keeps theirs or mine. When
// we changed different fields of a row, mine are written over theirs field by field (merged)
// and merged() names the colleague and their fields.
//
// Presence: the item the window has open is held on the server as a session-scoped advisory
// lock (ServerStore::presence()), and presence() says who else has which item open. It is asked
// again when a colleague moves (a notification the listener hears), when the listener is back
// after a lost link, and every presenceMs, which also finds a colleague whose connection died
// without a word.
//
// Steps not on the server yet (the link is down, or a conflict holds them) are kept in a
// recovery copy like a file's unsaved edits, with the plan as the server had it before them
// and the versions of their rows; a window that closed unexpectedly leaves it behind, and
// replay() makes the steps again in a window opened later, checked like any step: what a
// colleague changed meanwhile in the same fields is a conflict, never overwritten.
class ServerDocument : public PlanDocument {
    Q_OBJECT

public:
    struct Options {
        bool listen = true; // hear colleagues' steps (tests turn it off to hold a stale plan)
        ServerListener::Timing timing;
        // A step the server could not take is sent again after this, a read that failed is
        // made again after this.
        int retryMs = 3000;
        // Ids the server reserves for this window's new rows at a time (a new block is asked for
        // when half are used), so that two people adding at once never take the same id.
        qint64 idBlock = 1000;
        // Who has what open is asked again this often besides when a colleague moves.
        int presenceMs = 5000;
    };

    explicit ServerDocument(ServerAddress address, QObject *parent = nullptr);
    ServerDocument(ServerAddress address, Options options, QObject *parent = nullptr);
    // The step on its way is still written and the connections closed after it, on the worker
    // thread: the window does not wait for the server.
    ~ServerDocument() override;

    // Connects and reads the plan on the worker thread; opened() says how it went.
    void open();
    bool isOpen() const { return m_open; }
    const ServerAddress &address() const { return m_address; }

    // "brightwater on db.example.org".
    QString displayName() const override;
    // Steps not on the server yet (on their way, refused for a reason other than a conflict).
    bool isModified() const override;
    bool isShared() const override { return true; }
    // Every step is on the server already: says so, or why some are not.
    SaveResult save() override;
    // A copy of the plan as the window shows it, in a plan file; the document stays on the
    // server.
    SaveResult saveAs(const QString &path) override;
    // Keeps the steps not on the server yet in the recovery copy (written once the worker says
    // which versions they build on), or removes the copy when every step is on the server.
    bool autosaveNow() override;
    // Recovery copies of closed windows (their processes ended) of this plan on this server.
    static QList<RecoveryInfo> recoveriesFor(const ServerAddress &address);
    // Makes the steps a recovery copy kept again, as one undo step, and sends them: each row
    // checked against the version the steps were made on. Rows the server has as the copy does
    // already (the step went before the window closed) are left out. Returns how many rows
    // change, or -1 with a translated reason (the document must be open).
    int replay(const RecoveryInfo &info, QString *why);
    // "brightwater on db.example.org".
    static QString nameOfPlan(const ServerAddress &address);

    qint64 revision() const { return m_revision; }
    const std::vector<ServerConflict> &conflicts() const { return m_conflicts; }
    // Resolves a conflict as one undo step: my change written over theirs, or theirs taken.
    void keepMine(int conflictId);
    void takeTheirs(int conflictId);
    // Reads what colleagues committed (the listener asks for it; a test may too).
    void refresh();
    // Steps handed to the worker and not answered yet.
    bool busy() const { return m_sending || m_reading; }

    const Presence *presence() const override { return &m_presence; }
    void setOpenItem(qint64 id) override;
    qint64 openItem() const { return m_openItem; }
    // Asks the server who has what open now (the listener and a timer ask; a test may too).
    void refreshPresence();

signals:
    void opened(bool ok, const QString &message);
    void committed(qint64 revision);
    // Colleagues' steps taken in: the plan's revision now and how many rows changed.
    void refreshed(qint64 revision, int rows);
    void conflictsChanged();
    // A step written over a colleague's change of other fields of the same row.
    void merged(const QString &note);
    // A step the server did not take, for a reason other than a conflict (translated).
    void problem(const QString &message);
    void connectionChanged(bool connected, const QString &why);

private:
    struct ReplyTo;
    template<class F> static void reply(const std::shared_ptr<ReplyTo> &to, F &&answer);
    void send();
    void sent(const CommitResult &result, const PlanContent &content);
    void holdConflicts(const std::vector<Conflict> &conflicts);
    QSet<RowKey> heldRows() const;
    void requestRead();
    void read(const PlanContent &server, const RowVersions &versions, qint64 revision, bool ok);
    void startListening(qint64 planId);
    // Asks the server for a new block of ids once half of this one is used.
    void reserveIds();
    // The plan as this client sends it: its own rows, with those held by a conflict as the
    // server had them (and what a server not upgraded does not keep, scenarios…, left out).
    PlanContent outgoing() const;
    void resolve(int conflictId, bool mine);
    // Steps not on the server: not sent yet, or held by a conflict.
    bool hasUnsent() const { return isModified() || !m_conflicts.empty(); }
    void keepRecovery(const RowVersions &versions);

    ServerAddress m_address;
    Options m_options;
    QThread *m_thread = nullptr;
    ServerWorker *m_worker = nullptr;
    ServerListener *m_listener = nullptr;
    std::shared_ptr<ReplyTo> m_replyTo;
    bool m_open = false;
    // The plan as the server holds it, as far as this client's steps build on it.
    PlanContent m_acked;
    qint64 m_revision = 0;
    bool m_sending = false; // a step on its way
    QSet<RowKey> m_sentRows; // the rows it changes
    bool m_reading = false; // a read on its way
    bool m_sendAgain = false; // steps made while one was on its way
    bool m_readAgain = false; // colleagues committed while a step or a read was on its way
    bool m_reserving = false; // a block of ids asked for
    bool m_reserves = false; // the server reserves ids (one not upgraded does not)
    bool m_keepsParts = false; // the server keeps scenarios, the workshop record… (revision 3)
    QSet<RowKey> m_rebase; // parts a colleague changed while I did: merged at the next read
    QString m_lastProblem;
    bool m_toldLocalOnly = false;
    QTimer m_retry;
    QTimer m_readRetry;
    std::vector<ServerConflict> m_conflicts;
    int m_nextConflictId = 1;
    Presence m_presence;
    qint64 m_openItem = 0;
    bool m_askingPresence = false; // a presence question on its way
    bool m_askPresenceAgain = false; // the open item changed, or a colleague moved, meanwhile
    QTimer m_presenceTimer;
    bool m_keepingRecovery = false; // the versions for the recovery copy asked for
};

} // namespace Cairn

#include "core/session/serverdocument.h"

#include "core/domain/wording.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>
#include <QMutex>
#include <QThread>
#include <QUndoStack>

namespace Cairn {

// Lives in the document's worker thread: its connections are made, used and closed there.
class ServerWorker : public QObject {
public:
    explicit ServerWorker(ServerAddress address)
        : m_address(std::move(address))
    {
    }
    // Steps are written on one connection, colleagues' steps read on another, so that a read
    // never changes the versions the next step is checked against (the window adopts them).
    ServerStore &writer()
    {
        if (!m_writer)
            m_writer = std::make_unique<ServerStore>(m_address);
        return *m_writer;
    }
    ServerStore &reader()
    {
        if (!m_reader)
            m_reader = std::make_unique<ServerStore>(m_address);
        return *m_reader;
    }
    void close()
    {
        // Colleagues see at once that this window left its item (a connection that died takes
        // its lock with it, and they see that at their next look).
        if (m_writer)
            m_writer->leavePresence();
        m_writer.reset();
        m_reader.reset();
    }

private:
    ServerAddress m_address;
    std::unique_ptr<ServerStore> m_writer, m_reader;
};

// Where the worker's answers go: to the document while it lives. A closed window does not wait
// for the worker (a server that does not answer would hold it up for as long as it stays away):
// its answers are then dropped. (The worker's calls carry the document's `this` only to hand
// it to their answers; they never use it.)
struct ServerDocument::ReplyTo {
    QMutex mutex;
    ServerDocument *document = nullptr;
};

template<class F> void ServerDocument::reply(const std::shared_ptr<ReplyTo> &to, F &&answer)
{
    QMutexLocker lock(&to->mutex);
    if (to->document)
        QMetaObject::invokeMethod(to->document, std::forward<F>(answer), Qt::QueuedConnection);
}

ServerDocument::ServerDocument(ServerAddress address, QObject *parent)
    : ServerDocument(std::move(address), Options {}, parent)
{
}

ServerDocument::ServerDocument(ServerAddress address, Options options, QObject *parent)
    : PlanDocument(PlanContent {}, parent)
    , m_address(std::move(address))
    , m_options(options)
    , m_thread(new QThread(this))
    , m_worker(new ServerWorker(m_address))
    , m_replyTo(std::make_shared<ReplyTo>())
{
    m_replyTo->document = this;
    m_thread->setObjectName(QStringLiteral("cairn-server"));
    m_worker->moveToThread(m_thread);
    m_thread->start();
    m_retry.setSingleShot(true);
    m_retry.setInterval(m_options.retryMs);
    connect(&m_retry, &QTimer::timeout, this, &ServerDocument::send);
    m_readRetry.setSingleShot(true);
    m_readRetry.setInterval(m_options.retryMs);
    connect(&m_readRetry, &QTimer::timeout, this, &ServerDocument::requestRead);
    m_presenceTimer.setInterval(m_options.presenceMs);
    connect(&m_presenceTimer, &QTimer::timeout, this, &ServerDocument::refreshPresence);
    // What was held back while someone typed into an item is read once editing ends.
    connect(&edit(), &EditFacade::editingChanged, this, [this] {
        if (m_open && !edit().editing())
            requestRead();
    });
    // Every step on the server: the copy kept of them is not needed any more.
    connect(this, &PlanDocument::modifiedChanged, this, [this] {
        if (m_open && !recoveryPath().isEmpty() && !hasUnsent())
            removeRecovery();
    });
    // Each step the person makes (a macro counts once, when it ends) goes to the server.
    connect(edit().undoStack(), &QUndoStack::indexChanged, this, [this] {
        if (!m_open)
            return;
        send();
        reserveIds();
    });
}

ServerDocument::~ServerDocument()
{
    delete m_listener;
    m_listener = nullptr;
    {
        QMutexLocker lock(&m_replyTo->mutex);
        m_replyTo->document = nullptr;
    }
    // After the step on its way (queued calls run in order), the connections close where they
    // were made; the window does not wait for that.
    ServerWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker, [worker] { worker->close(); }, Qt::QueuedConnection);
    finishInBackground(m_thread, m_worker);
}

void ServerDocument::open()
{
    ServerWorker *worker = m_worker;
    const qint64 block = m_options.idBlock;
    QMetaObject::invokeMethod(m_worker, [this, to = m_replyTo, worker, block] {
        ServerStore &store = worker->writer();
        const LoadResult loaded = store.load();
        const qint64 planId = store.planId(), revision = store.revision();
        const bool keepsParts = store.keepsParts();
        // The first block of ids for what this window adds (none from a server not upgraded:
        // the versioned step still refuses an id someone else took).
        QString why;
        const qint64 first
            = loaded.ok() ? store.reserveIds(loaded.content->nextId, block, &why) : 0;
        // Colleagues' steps are read from here on, not the whole plan again.
        if (loaded.ok())
            worker->reader().follow(store, &why);
        reply(to, [this, loaded, planId, revision, first, block, keepsParts] {
            if (!loaded.ok()) {
                emit opened(false, loaded.message);
                return;
            }
            m_revision = revision;
            m_keepsParts = keepsParts;
            plan().setContent(*loaded.content);
            m_reserves = first > 0;
            if (m_reserves)
                plan().setIdBlock(first, first + block);
            m_acked = plan().content();
            edit().undoStack()->clear();
            m_open = true;
            if (m_options.listen)
                startListening(planId);
            m_presenceTimer.start();
            refreshPresence();
            emit opened(true, QString());
        });
    });
}

void ServerDocument::startListening(qint64 planId)
{
    m_listener = new ServerListener(m_address, planId, m_options.timing, this);
    connect(m_listener, &ServerListener::announced, this, [this](qint64 revision) {
        if (revision > m_revision)
            requestRead();
    });
    connect(m_listener, &ServerListener::connected, this, [this] {
        // Back after a lost link: what was announced meanwhile is read, what was not sent goes.
        emit connectionChanged(true, QString());
        requestRead();
        send();
        refreshPresence();
    });
    connect(m_listener, &ServerListener::presenceChanged, this, &ServerDocument::refreshPresence);
    connect(m_listener, &ServerListener::disconnected, this,
        [this](const QString &why) { emit connectionChanged(false, why); });
    m_listener->start();
}

void ServerDocument::setOpenItem(qint64 id)
{
    if (id == m_openItem)
        return;
    m_openItem = id;
    refreshPresence();
}

void ServerDocument::refreshPresence()
{
    if (!m_open)
        return; // opened: asked then, for the item open by then
    if (m_askingPresence) {
        m_askPresenceAgain = true;
        return;
    }
    m_askingPresence = true;
    m_askPresenceAgain = false;
    ServerWorker *worker = m_worker;
    const qint64 item = m_openItem;
    QMetaObject::invokeMethod(m_worker, [this, to = m_replyTo, worker, item] {
        QString why;
        const std::optional<std::vector<PresenceRow>> rows = worker->writer().presence(item, &why);
        reply(to, [this, rows] {
            m_askingPresence = false;
            // Not known while the server cannot be asked: nobody is shown rather than who was.
            if (rows)
                m_presence.set(*rows);
            else
                m_presence.clear();
            if (m_askPresenceAgain)
                refreshPresence();
        });
    });
}

void ServerDocument::reserveIds()
{
    if (!m_reserves || m_reserving || plan().idsLeft() > m_options.idBlock / 2)
        return;
    m_reserving = true;
    ServerWorker *worker = m_worker;
    const qint64 block = m_options.idBlock, atLeast = plan().content().nextId;
    QMetaObject::invokeMethod(m_worker, [this, to = m_replyTo, worker, block, atLeast] {
        QString why;
        const qint64 first = worker->writer().reserveIds(atLeast, block, &why);
        reply(to, [this, first, block] {
            m_reserving = false;
            if (first > 0)
                plan().setIdBlock(first, first + block);
            // Not reserved (the link is down): asked again with the next step.
        });
    });
}

QString ServerDocument::displayName() const
{
    return nameOfPlan(m_address);
}

QString ServerDocument::nameOfPlan(const ServerAddress &address)
{
    const QString where = address.host.isEmpty() ? QStringLiteral("localhost") : address.host;
    return QCoreApplication::translate("Cairn::Server", "%1 on %2").arg(address.plan, where);
}

bool ServerDocument::autosaveNow()
{
    if (!m_open)
        return false;
    if (!hasUnsent()) {
        removeRecovery();
        return false;
    }
    if (m_keepingRecovery)
        return true;
    m_keepingRecovery = true;
    // The versions my steps build on are the writer's: asked for after the step on its way, so
    // that they and the plan as the server had it (m_acked, once its answer came) agree.
    ServerWorker *worker = m_worker;
    QMetaObject::invokeMethod(m_worker, [this, to = m_replyTo, worker] {
        const RowVersions versions = worker->writer().versions();
        reply(to, [this, versions] {
            m_keepingRecovery = false;
            keepRecovery(versions);
        });
    });
    return true;
}

void ServerDocument::keepRecovery(const RowVersions &versions)
{
    if (!hasUnsent()) {
        removeRecovery();
        return;
    }
    QJsonObject base;
    for (const RowKey &key : Rows::touched(PlanChanges::between(m_acked, plan().content())))
        if (versions.contains(key))
            base.insert(rowKeyText(key), versions.value(key));
    const QJsonObject kept {
        {QStringLiteral("server"), m_address.display()}, {QStringLiteral("versions"), base}};
    writeRecovery(plan().content(), kept, &m_acked);
}

QList<RecoveryInfo> ServerDocument::recoveriesFor(const ServerAddress &address)
{
    QList<RecoveryInfo> found;
    const QString wanted = address.display();
    for (const RecoveryInfo &info : orphanedRecoveries())
        if (info.server == wanted)
            found << info;
    return found;
}

int ServerDocument::replay(const RecoveryInfo &info, QString *why)
{
    const auto unreadable = [&] {
        *why = QCoreApplication::translate(
            "Cairn::Server", "The changes kept in “%1” cannot be read.")
                   .arg(QDir::toNativeSeparators(info.recoveryPath));
        return -1;
    };
    if (!m_open || info.server.isEmpty())
        return unreadable();
    const LoadResult mine = PlanFile::load(info.recoveryPath);
    const LoadResult base = PlanFile::load(info.basePath());
    if (!mine.ok() || !base.ok()) {
        *why = !mine.ok() ? mine.message : base.message;
        return -1;
    }
    RowVersions baseVersions;
    const QJsonObject versions = info.kept.value(QStringLiteral("versions")).toObject();
    for (auto it = versions.begin(); it != versions.end(); ++it) {
        const std::optional<RowKey> key = rowKeyFromText(it.key());
        if (!key || !it.value().isDouble())
            return unreadable();
        baseVersions.insert(*key, it.value().toInteger());
    }
    // Whether the server has the row as I left it.
    const auto onServer = [&](const RowKey &key) {
        if (partOf(key)) {
            PlanContent probe = m_acked;
            Rows::copy(probe, *mine.content, key);
            return PlanChanges::between(m_acked, probe).isEmpty();
        }
        std::optional<EntityValue> entity, myEntity;
        std::optional<LinkValue> link, myLink;
        std::optional<PlanInfo> settings, mySettings;
        Rows::read(m_acked, key, &entity, &link, &settings);
        Rows::read(*mine.content, key, &myEntity, &myLink, &mySettings);
        return entity == myEntity && link == myLink && settings == mySettings;
    };
    // My rows as I left them over the plan as the server has it now; the base of each, as it
    // was when I changed it, so that the server checks it against the version I changed.
    PlanContent shown = plan().content(), acked = m_acked;
    QSet<RowKey> replayed;
    for (const RowKey &key : Rows::touched(PlanChanges::between(*base.content, *mine.content))) {
        // The schedule shown is made again from the plan; it was never a change of mine.
        if (partOf(key) == PlanPart::Reference)
            continue;
        if (onServer(key))
            continue; // the step went before the window closed
        Rows::copy(shown, *mine.content, key);
        Rows::copy(acked, *base.content, key);
        replayed.insert(key);
    }
    if (replayed.isEmpty())
        return 0;
    ServerWorker *worker = m_worker;
    QMetaObject::invokeMethod(m_worker, [worker, replayed, baseVersions] {
        ServerStore &store = worker->writer();
        RowVersions adopted = store.versions();
        for (const RowKey &key : replayed) {
            if (baseVersions.contains(key))
                adopted.insert(key, baseVersions.value(key));
            else
                adopted.remove(key); // a row I added
        }
        store.setVersions(adopted);
    });
    m_acked = std::move(acked);
    edit().replaceContent(
        shown, QCoreApplication::translate("Cairn::Server", "Send Unsent Changes"));
    // This window's own copy of them (the caller drops the old one), written before the server
    // has answered their step: they build on the versions kept.
    keepRecovery(baseVersions);
    return int(replayed.size());
}

bool ServerDocument::isModified() const
{
    if (!m_open)
        return false;
    PlanContent mine = outgoing();
    return !PlanChanges::between(m_acked, mine).isEmpty();
}

SaveResult ServerDocument::save()
{
    if (!isModified())
        return {true, {}};
    return {false,
        QCoreApplication::translate("Cairn::Server",
            "Some changes are not on the plan server “%1” yet (%2). Use Save As to keep a copy "
            "in a file.")
            .arg(m_address.display(),
                m_lastProblem.isEmpty()
                    ? QCoreApplication::translate("Cairn::Server", "they are on their way")
                    : m_lastProblem)};
}

SaveResult ServerDocument::saveAs(const QString &path)
{
    return PlanFile::save(plan().content(), path);
}

PlanContent ServerDocument::outgoing() const
{
    PlanContent out = plan().content();
    for (const RowKey &key : heldRows())
        Rows::copy(out, m_acked, key);
    if (!m_keepsParts)
        Rows::copyLocalParts(out, m_acked);
    return out;
}

QSet<RowKey> ServerDocument::heldRows() const
{
    QSet<RowKey> keys;
    for (const ServerConflict &c : m_conflicts) {
        keys.insert(c.conflict.row);
        keys.unite(c.withIt);
    }
    return keys;
}

void ServerDocument::send()
{
    if (!m_open)
        return;
    if (m_sending) {
        m_sendAgain = true;
        return;
    }
    if (!m_rebase.isEmpty()) {
        // A part a colleague changed meanwhile: my change goes once made again on theirs.
        m_sendAgain = true;
        requestRead();
        return;
    }
    m_sendAgain = false;
    m_retry.stop();
    const PlanContent &now = plan().content();
    if (!m_keepsParts && !partsOf(PlanChanges::between(m_acked, now)).empty()) {
        // A server not upgraded: they stay in this window.
        Rows::copyLocalParts(m_acked, now);
        if (!m_toldLocalOnly)
            emit problem(QCoreApplication::translate("Cairn::Server",
                "This plan server does not keep scenarios, baselines, the reference schedule, "
                "the workshop record or the dot vote yet (an administrator upgrades it with "
                "“cairn server init”): they stay in this window only."));
        m_toldLocalOnly = true;
    }
    PlanContent after = outgoing();
    PlanChanges changes = PlanChanges::between(m_acked, after);
    if (changes.isEmpty()) {
        emit modifiedChanged(false);
        return;
    }
    m_sending = true;
    m_sentRows = Rows::touched(changes);
    emit modifiedChanged(true);
    ServerWorker *worker = m_worker;
    QMetaObject::invokeMethod(m_worker, [this, to = m_replyTo, worker, after, changes] {
        ServerStore &store = worker->writer();
        const bool wasOpen = store.database().isOpen();
        CommitResult result = store.commit(after, changes);
        // The server dropped the connection it had (it restarted): once more at once, on a new
        // one, rather than a retryMs later. (A server that is away is not asked twice.)
        if (wasOpen && !result.ok && result.conflicts.empty() && !store.database().isOpen())
            result = store.commit(after, changes);
        reply(to, [this, result, after] { sent(result, after); });
    });
}

void ServerDocument::sent(const CommitResult &result, const PlanContent &content)
{
    m_sending = false;
    if (result.ok) {
        m_lastProblem.clear();
        PlanContent acked = content;
        if (!m_keepsParts)
            Rows::copyLocalParts(acked, m_acked);
        m_acked = std::move(acked);
        // Someone else's step came between: it is read.
        if (result.revision != m_revision + 1)
            m_readAgain = true;
        m_revision = std::max(m_revision, result.revision);
        emit committed(result.revision);
    } else if (!result.conflicts.empty()) {
        // A part (scenarios, the workshop record…) a colleague changed: mine made again on
        // theirs once read, then sent again.
        std::vector<Conflict> rows;
        for (const Conflict &c : result.conflicts)
            if (partOf(c.row))
                m_rebase.insert(c.row);
            else
                rows.push_back(c);
        if (!rows.empty()) {
            holdConflicts(rows);
            autosaveNow();
        }
        m_sendAgain = true; // the rest of the step, and the merged rows, go again
        m_readAgain = true; // what they changed is shown
    } else {
        if (result.message != m_lastProblem) {
            emit problem(result.message);
            autosaveNow(); // kept at once: the window may not live to send them
        }
        m_lastProblem = result.message;
        m_retry.start();
    }
    emit modifiedChanged(isModified());
    if (m_sendAgain)
        send();
    if (!m_sending && m_readAgain)
        requestRead();
}

void ServerDocument::holdConflicts(const std::vector<Conflict> &conflicts)
{
    // Different fields of a row we both changed: merged, mine written over theirs field by
    // field. A removal of a row they changed is never merged (it would take their change away).
    std::vector<Conflict> mergeable, held;
    for (const Conflict &c : conflicts)
        (!c.sameField() && (c.mine || c.mineInfo) ? mergeable : held).push_back(c);
    if (!mergeable.empty()) {
        // Their versions become this client's base for those rows.
        ServerWorker *worker = m_worker;
        QMetaObject::invokeMethod(
            m_worker, [worker, mergeable] { worker->writer().keepMine(mergeable); });
    }
    if (held.empty()) {
        for (const Conflict &c : mergeable) {
            const QString item = c.theirs
                ? quoted(nameOf(*c.theirs))
                : QCoreApplication::translate("Cairn::Server", "the plan's settings");
            emit merged(QCoreApplication::translate("Cairn::Server",
                "%1 changed %2 of %3 at the same time; your change to %4 was written too "
                "(merged).")
                            .arg(c.changedBy, fieldLabels(c.row, c.theirFields & ~c.myFields), item,
                                fieldLabels(c.row, c.myFields)));
        }
        return;
    }
    // Nothing of a step with a same-field conflict is written until the person decides.
    QSet<RowKey> others = m_sentRows;
    for (const Conflict &c : held)
        others.remove(c.row);
    for (const Conflict &c : held) {
        ServerConflict h;
        h.conflict = c;
        h.withIt = others;
        Rows::read(m_acked, c.row, &h.was, &h.wasLink, &h.wasInfo);
        auto same = std::find_if(m_conflicts.begin(), m_conflicts.end(),
            [&](const ServerConflict &x) { return x.conflict.row == c.row; });
        if (same != m_conflicts.end()) {
            h.id = same->id;
            h.withIt.unite(same->withIt);
            *same = h;
        } else {
            h.id = m_nextConflictId++;
            m_conflicts.push_back(h);
        }
    }
    emit conflictsChanged();
}

void ServerDocument::refresh()
{
    requestRead();
}

void ServerDocument::requestRead()
{
    if (!m_open)
        return;
    if (m_reading || m_sending) {
        m_readAgain = true;
        return;
    }
    m_readAgain = false;
    m_readRetry.stop();
    m_reading = true;
    ServerWorker *worker = m_worker;
    QMetaObject::invokeMethod(m_worker, [this, to = m_replyTo, worker] {
        ServerStore &store = worker->reader();
        LoadResult loaded = store.refresh();
        // The server dropped the connection (it restarted): once more, on a new one.
        if (!loaded.ok() && !store.database().isOpen())
            loaded = store.load();
        const RowVersions versions = store.versions();
        const qint64 revision = store.revision();
        const PlanContent content = loaded.content.value_or(PlanContent {});
        const bool ok = loaded.ok();
        const QString message = loaded.message;
        reply(to, [this, content, versions, revision, ok, message] {
            if (!ok) {
                // Read again a moment later: what colleagues committed is never left unread.
                m_reading = false;
                m_readRetry.start();
                emit connectionChanged(false, message);
                return;
            }
            read(content, versions, revision, ok);
        });
    });
}

void ServerDocument::read(
    const PlanContent &server, const RowVersions &versions, qint64 revision, bool ok)
{
    m_reading = false;
    if (!ok || m_sending) {
        // A step went out after this was read: read again once it is answered.
        m_readAgain = true;
        return;
    }
    // Rows of mine not on the server (held by a conflict, or not sent yet) stay as they are.
    const PlanContent &now = plan().content();
    QSet<RowKey> mine = Rows::touched(PlanChanges::between(m_acked, now));
    mine.unite(heldRows());
    // The item someone is typing into stays as it is until editing ends (then read again); my
    // step on it is checked against the version it was typed over, so that a change of the
    // same field by a colleague meanwhile is a conflict, not overwritten.
    if (const std::optional<qint64> editing = edit().editing())
        if (const std::optional<EntityValue> e = entityById(plan(), *editing))
            mine.insert(rowKey(*e));
    PlanContent shown = server, acked = server;
    if (!m_keepsParts) {
        Rows::copyLocalParts(shown, now);
        Rows::copyLocalParts(acked, m_acked);
    }
    shown.nextId = std::max(server.nextId, now.nextId);
    // Parts a colleague changed while I did: mine made again on theirs, the server's taken as
    // the base (and its version, below), and sent again.
    const QSet<RowKey> rebased = m_rebase;
    m_rebase.clear();
    for (const RowKey &key : rebased) {
        mine.remove(key);
        const PlanPart part = *partOf(key);
        const int kept = Rows::mergePart(shown, m_acked, now, server, part);
        m_sendAgain = true;
        if (kept > 0)
            emit problem(QCoreApplication::translate("Cairn::Server",
                "Someone else changed %1 at the same time: %n of your changes to the same rows "
                "were not written (theirs are shown).",
                "", kept)
                             .arg(partLabel(part)));
        else
            emit merged(QCoreApplication::translate("Cairn::Server",
                "Someone else changed %1 at the same time; your changes were made again on "
                "theirs (merged).")
                            .arg(partLabel(part)));
    }
    for (const RowKey &key : std::as_const(mine)) {
        Rows::copy(shown, now, key);
        Rows::copy(acked, m_acked, key);
    }
    for (ServerConflict &c : m_conflicts) {
        Rows::read(server, c.conflict.row, &c.conflict.theirs, &c.conflict.theirsLink,
            &c.conflict.theirsInfo);
        c.conflict.serverVersion = versions.value(c.conflict.row);
    }
    // The writer checks my next steps against the versions of what the window shows now.
    ServerWorker *worker = m_worker;
    QMetaObject::invokeMethod(m_worker, [worker, versions, mine] {
        ServerStore &store = worker->writer();
        RowVersions adopted = versions;
        for (const RowKey &key : mine) {
            if (store.versions().contains(key))
                adopted.insert(key, store.versions().value(key));
            else
                adopted.remove(key);
        }
        store.setVersions(adopted);
    });
    m_acked = std::move(acked);
    m_revision = std::max(m_revision, revision);
    const PlanChanges theirs = PlanChanges::between(now, shown);
    const int rows = int(Rows::touched(theirs).size());
    if (!theirs.isEmpty())
        theirs.apply(plan()); // announcements, not undo steps
    if (!m_conflicts.empty())
        emit conflictsChanged();
    emit refreshed(m_revision, rows);
    if (m_sendAgain && !m_sending)
        send();
    if (m_readAgain)
        requestRead();
}

void ServerDocument::keepMine(int conflictId)
{
    resolve(conflictId, true);
}

void ServerDocument::takeTheirs(int conflictId)
{
    resolve(conflictId, false);
}

void ServerDocument::resolve(int conflictId, bool mine)
{
    auto it = std::find_if(m_conflicts.begin(), m_conflicts.end(),
        [&](const ServerConflict &c) { return c.id == conflictId; });
    if (it == m_conflicts.end() || (mine && !it->canKeepMine()))
        return;
    const ServerConflict c = *it;
    m_conflicts.erase(it);
    // From now on my steps on that row build on what they wrote.
    ServerWorker *worker = m_worker;
    const std::vector<Conflict> adopt {c.conflict};
    QMetaObject::invokeMethod(m_worker, [worker, adopt] { worker->writer().keepMine(adopt); });
    const Conflict &k = c.conflict;
    Rows::put(m_acked, k.row, k.theirs, k.theirsLink, k.theirsInfo);
    PlanContent target = plan().content();
    std::optional<EntityValue> myEntity;
    std::optional<LinkValue> myLink;
    std::optional<PlanInfo> myInfo;
    Rows::read(target, k.row, &myEntity, &myLink, &myInfo);
    // One undo step either way: theirs shown, then mine over it (Keep Mine), or theirs taken.
    PlanContent theirs = target;
    Rows::put(theirs, k.row, k.theirs, k.theirsLink, k.theirsInfo);
    // Take Theirs gives the rest of the refused step back too, as the server has it (rows
    // another conflict still holds stay).
    const QSet<RowKey> stillHeld = heldRows();
    PlanContent allTheirs = theirs;
    for (const RowKey &key : c.withIt)
        if (!stillHeld.contains(key))
            Rows::copy(allTheirs, m_acked, key);
    const QString item = conflictItem(c);
    if (mine) {
        const PlanChanges show = PlanChanges::between(plan().content(), theirs);
        if (!show.isEmpty())
            show.apply(plan());
        edit().replaceContent(
            target, QCoreApplication::translate("Cairn::Server", "Keep My Change to %1").arg(item));
    } else {
        edit().replaceContent(allTheirs,
            QCoreApplication::translate("Cairn::Server", "Take %1's Change to %2")
                .arg(k.changedBy.isEmpty()
                        ? QCoreApplication::translate("Cairn::Server", "a colleague")
                        : k.changedBy,
                    item));
    }
    emit conflictsChanged();
    send();
}

} // namespace Cairn

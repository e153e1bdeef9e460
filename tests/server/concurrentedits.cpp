#include "tests/server/concurrentedits.h"

#include <QElapsedTimer>
#include <QRandomGenerator>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <thread>

namespace Cairn::Test {

namespace {

struct AcceptedEdit {
    qint64 revision = 0;
    qint64 initiative = 0;
    QString field;
    QVariant value;
};

struct ClientLog {
    QList<AcceptedEdit> edits;
    ConcurrentEditResult counts;
};

Initiative *findInitiative(PlanContent &p, qint64 id)
{
    for (Initiative &i : p.initiatives)
        if (i.id.value == id)
            return &i;
    return nullptr;
}

// A value of the field other than the one it has.
QVariant newValue(const Field<Initiative> &f, const Initiative &item, QRandomGenerator &rng)
{
    const qint64 span = std::min<qint64>(f.maximum - f.minimum + 1, 100);
    qint64 v = f.minimum + qint64(rng.bounded(quint32(span)));
    if (v == f.get(item).toLongLong())
        v = v == f.minimum ? f.minimum + 1 : f.minimum;
    return QVariant(qlonglong(v));
}

class EditingClient {
public:
    EditingClient(const ServerAddress &address, ClientLog &log)
        : m_store(address)
        , m_log(log)
    {
    }

    bool start() { return reload(); }

    // One edit: committed, or after a conflict on other fields merged onto the server's row and
    // sent again, or after a conflict on the same field given up (theirs stands).
    void edit(qint64 id, const QString &key, QRandomGenerator &rng)
    {
        const Field<Initiative> *f = schemaOf<Initiative>().field(key);
        ++m_log.counts.attempted;
        for (int attempt = 0; attempt < 3; ++attempt) {
            PlanContent after = m_content;
            Initiative *item = findInitiative(after, id);
            if (!item)
                return;
            const QVariant value = newValue(*f, *item, rng);
            f->set(*item, value);
            QElapsedTimer timer;
            timer.start();
            const CommitResult r = m_store.commit(after, PlanChanges::between(m_content, after));
            m_log.counts.commitMs << double(timer.nsecsElapsed()) / 1e6;
            if (r.ok) {
                m_content = after;
                ++m_log.counts.accepted;
                m_log.edits << AcceptedEdit {r.revision, id, key, value};
                return;
            }
            ++m_log.counts.rejected;
            if (r.conflicts.empty()) {
                ++m_log.counts.errors;
                m_log.counts.failure = r.message;
                reload();
                return;
            }
            ++m_log.counts.conflicts;
            const bool same = std::any_of(r.conflicts.begin(), r.conflicts.end(),
                [](const Conflict &c) { return c.sameField(); });
            if (!reload())
                return;
            if (same) {
                ++m_log.counts.sameField;
                return;
            }
            ++m_log.counts.otherField;
        }
    }

private:
    bool reload()
    {
        const LoadResult r = m_store.load();
        if (!r.ok()) {
            ++m_log.counts.errors;
            m_log.counts.failure = r.message;
            return false;
        }
        m_content = *r.content;
        return true;
    }

    ServerStore m_store;
    PlanContent m_content;
    ClientLog &m_log;
};

void runClient(int index, const ServerAddress &address, const QList<qint64> &ids,
    const ConcurrentEditOptions &options, ClientLog &log)
{
    EditingClient client(address, log);
    if (!client.start())
        return;
    static const char *const ownFields[] = {"confidence", "risk", "duration", "cost"};
    const QString own = QLatin1String(ownFields[index % 4]);
    QRandomGenerator rng(options.seed * 7919 + quint64(index));
    const auto interval = std::chrono::microseconds(1000000 / std::max(1, options.editsPerSecond));
    const auto end = std::chrono::steady_clock::now()
        + std::chrono::microseconds(qint64(options.seconds * 1e6));
    auto next = std::chrono::steady_clock::now();
    while (next < end) {
        std::this_thread::sleep_until(next);
        next += interval;
        const qint64 id = ids[qsizetype(rng.bounded(quint32(ids.size())))];
        const bool shared = rng.generateDouble() < options.sharedFieldShare;
        client.edit(id, shared ? QStringLiteral("value") : own, rng);
    }
}

} // namespace

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype at = std::clamp<qsizetype>(
        qsizetype(std::ceil(p * double(values.size()))) - 1, 0, values.size() - 1);
    return values[at];
}

double median(QList<double> values)
{
    return percentile(std::move(values), 0.5);
}

ConcurrentEditResult runConcurrentEdits(const QList<ServerAddress> &clients,
    const ServerAddress &reader, const PlanContent &content, const ConcurrentEditOptions &options)
{
    ConcurrentEditResult result;
    QList<qint64> ids;
    for (size_t i = 0; i < content.initiatives.size() && ids.size() < options.initiatives; ++i)
        ids << content.initiatives[i].id.value;
    ServerStore check(reader);
    const LoadResult initial = check.load();
    if (!initial.ok()) {
        result.failure = initial.message;
        return result;
    }
    const qint64 base = check.revision();

    std::vector<ClientLog> logs(size_t(clients.size()));
    std::vector<std::thread> threads;
    for (qsizetype i = 0; i < clients.size(); ++i)
        threads.emplace_back(
            runClient, int(i), clients[i], ids, std::cref(options), std::ref(logs[size_t(i)]));
    for (std::thread &t : threads)
        t.join();

    QList<AcceptedEdit> accepted;
    for (const ClientLog &log : logs) {
        const ConcurrentEditResult &c = log.counts;
        result.attempted += c.attempted;
        result.accepted += c.accepted;
        result.rejected += c.rejected;
        result.conflicts += c.conflicts;
        result.sameField += c.sameField;
        result.otherField += c.otherField;
        result.errors += c.errors;
        result.commitMs += c.commitMs;
        if (!c.failure.isEmpty())
            result.failure = c.failure;
        accepted += log.edits;
    }
    std::sort(accepted.begin(), accepted.end(),
        [](const AcceptedEdit &a, const AcceptedEdit &b) { return a.revision < b.revision; });
    result.revisionsInOrder = true;
    for (qsizetype i = 0; i < accepted.size(); ++i)
        result.revisionsInOrder = result.revisionsInOrder && accepted[i].revision == base + 1 + i;

    // The accepted edits replayed in revision order must give what the server holds.
    PlanContent replayed = *initial.content;
    for (const AcceptedEdit &e : accepted)
        schemaOf<Initiative>().field(e.field)->set(
            *findInitiative(replayed, e.initiative), e.value);
    const LoadResult final = check.load();
    if (!final.ok()) {
        result.failure = final.message;
        return result;
    }
    PlanContent server = *final.content;
    for (qint64 id : ids) {
        const Initiative *want = findInitiative(replayed, id);
        const Initiative *have = findInitiative(server, id);
        for (const Field<Initiative> &f : schemaOf<Initiative>().fields)
            if (!want || !have || !f.same(*want, *have))
                ++result.lostUpdates;
    }
    // Nothing else may have moved either.
    replayed.nextId = server.nextId;
    if (!(replayed == server) && result.lostUpdates == 0)
        ++result.lostUpdates;
    return result;
}

} // namespace Cairn::Test

#pragma once

#include "core/store/planparts.h"
#include "core/store/planstore.h"

#include <QSqlDatabase>
#include <QStringList>

namespace Cairn {

// A plan on a PostgreSQL server, as a libpq URI with the plan's name as a query parameter:
// postgresql:///cairn?host=/run/postgresql&port=5432&user=planner&plan=brightwater
// (postgresql://planner@db.example.org:5432/cairn?plan=brightwater works too). A password is
// taken from the URI only for this run; it is never written anywhere (libpq also reads
// ~/.pgpass and service entries).
struct ServerAddress {
    QString host; // a name, an address, or a folder with the server's Unix socket
    int port = -1;
    QString database;
    QString user;
    QString password;
    QString plan;
    QStringList options; // other libpq settings as key=value (sslmode=require, ...)

    // nullopt with a translated reason when the text is not such an address.
    static std::optional<ServerAddress> parse(const QString &uri, QString *why);
    // The address without its password, for people.
    QString display() const;
};

// The row a part of a plan that steps write whole stands for in versions and the change log
// ("scenario:-1"), the part such a row stands for, and its name for people ("the scenarios").
RowKey partKey(PlanPart part);
std::optional<PlanPart> partOf(const RowKey &key);
QString partLabel(PlanPart part);

enum class MemberRole { Viewer, Editor, Owner };

// A colleague who has an item of the plan open: the item's id and their login role.
struct PresenceRow {
    qint64 item = 0;
    QString login;
    bool operator==(const PresenceRow &) const = default;
};
std::optional<MemberRole> memberRoleFromText(const QString &text); // "viewer", "editor", "owner"
QString memberRoleText(MemberRole role);

// The plans of a PostgreSQL database's schema "cairn" (see core/store/serverschema.h). Every
// connection has time-outs; every error is a translated message naming the server.
class ServerStore : public PlanStore {
public:
    explicit ServerStore(ServerAddress address);
    ~ServerStore() override;
    ServerStore(const ServerStore &) = delete;
    ServerStore &operator=(const ServerStore &) = delete;

    QString location() const override { return m_address.display(); }
    bool isShared() const override { return true; }
    const ServerAddress &address() const { return m_address; }

    // Connects and checks the server's schema version. False with a message when it cannot.
    bool open(QString *message);
    // The plan named in the address, with every row's version and the plan's revision.
    LoadResult load() override;
    // One undo step in one short transaction: the plan's write lock first, then each changed
    // row's version checked against the one this client read, then only the changed fields
    // written, the revision bumped, and the other clients notified (channel notifyChannel(),
    // payload "REVISION ROWS"). Any version mismatch writes nothing and returns the conflicts.
    CommitResult commit(const PlanContent &after, const PlanChanges &changes) override;
    // The plan as load() gives it, with only the rows the change log names since the last
    // load() or refresh() read anew (a colleague's step changes a few rows of a plan of
    // hundreds). The whole plan is read when that cannot be done: the first time, after an
    // error, when a row was added or a link changed, or when more than kMostRowsRefreshed rows
    // changed.
    LoadResult refresh();
    static constexpr int kMostRowsRefreshed = 64;
    // Takes what `other` read last (the plan, its rows' versions, its revision) as its own and
    // connects, so that its first refresh() reads only what changed since (a window's reader
    // after its writer opened the plan). False when it cannot connect: refresh() reads whole.
    bool follow(const ServerStore &other, QString *message);
    // Whether the last load() or refresh() read the whole plan.
    bool readWholePlan() const { return m_readWhole; }
    // Keep mine: take the server's versions of these rows as this client's base, so that the
    // same step committed again overwrites them, knowingly (rows changed by others; a removed
    // row stays a conflict).
    void keepMine(const std::vector<Conflict> &conflicts);
    // The versions this client's next steps are checked against (a window that took in what
    // others wrote takes their versions with it).
    void setVersions(RowVersions versions) { m_versions = std::move(versions); }

    // Reserves `count` ids for the rows this client adds, none below `atLeast`: the first of
    // [first, first + count), which the server never hands to anyone else (ids written by
    // clients that reserve none start past every block: load() says so in nextId). 0 with a
    // translated message when it cannot (a server not upgraded by `cairn server init`).
    qint64 reserveIds(qint64 atLeast, qint64 count, QString *message);

    // Uploads a plan as a new shared plan named in the address; the uploader becomes its owner.
    // Ids stay as they are: every plan on a server has ids of its own.
    bool publish(const PlanContent &plan, QString *message);
    // Makes a login role a member of the plan (only its owner, or a superuser, may).
    bool grant(const QString &member, MemberRole role, QString *message);
    // Creates the schema (and the roles cairn_owner and cairn_member) or upgrades it; needs a
    // role that may create roles and schemas.
    static bool initialise(const ServerAddress &address, QString *message);

    // Presence, a hint only (it never stops anyone's edit): this connection holds a
    // session-scoped shared advisory lock (plan id, item id) for the item its window has open
    // (`openItem`, 0: none), and lets go of the one it held before; the server drops it by
    // itself when the connection ends, so nothing is ever left behind. When it changed, the
    // colleagues are told on presenceChannel() (payload: the item's id). Returns who else holds
    // such a lock on this plan (pg_locks with pg_stat_activity's login), nullopt with a message
    // when the server cannot be asked. Needs load() first; reconnects like commit().
    std::optional<std::vector<PresenceRow>> presence(qint64 openItem, QString *message);
    // Lets go of this connection's item, telling the colleagues at once (a window closing),
    // if the connection is still up; never connects for it.
    void leavePresence();
    static QString presenceChannel(qint64 planId);

    qint64 planId() const { return m_planId; }
    // Whether the server writes the parts steps change whole (scenarios, the workshop record…):
    // one not upgraded to revision 3 refuses such steps. Known once open() or load() ran.
    bool keepsParts() const { return m_keepsParts; }
    qint64 revision() const { return m_revision; }
    const RowVersions &versions() const { return m_versions; }
    QString notifyChannel() const;
    // The connection (this login's own view of the server): for tests and the listener.
    QSqlDatabase database() const { return m_db; }

private:
    bool connect(QString *message);
    bool findPlan(QString *message);
    QString failure(const QString &why) const;
    void dropIfLost();
    bool checkRows(const PlanChanges &changes, PlanRows &rows, std::vector<Conflict> &conflicts);
    bool checkParts(const PlanChanges &changes, std::vector<Conflict> &conflicts);
    bool readPartVersions(RowVersions &versions, QString *error);
    // raisedNextId: the step moved the plan's next id (an add, or the first step after a block
    // of ids was reserved), which gives the plan's row a new version.
    bool writeRows(
        const PlanContent &after, const PlanChanges &changes, PlanRows &rows, bool *raisedNextId);
    void rememberVersions(const PlanChanges &changes, PlanRows &rows, bool raisedNextId);
    std::optional<PlanContent> readChanges();
    bool readChangedRow(
        PlanRows &rows, const QString &text, PlanContent &plan, RowVersions &versions);

    ServerAddress m_address;
    QString m_connection;
    QSqlDatabase m_db;
    qint64 m_planId = 0;
    qint64 m_revision = 0;
    RowVersions m_versions;
    std::optional<PlanContent> m_loaded; // as the last load() or refresh() read it
    bool m_readWhole = true;
    bool m_keepsParts = false; // the server keeps each part's version (revision 3)
    qint64 m_presenceItem = 0; // the item this connection holds (told the colleagues)
};

} // namespace Cairn

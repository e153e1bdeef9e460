#pragma once

#include "core/edit/planchanges.h"
#include "core/store/planfile.h"
#include "core/store/planrows.h"

#include <memory>

namespace Cairn {

// A row someone else changed (or removed, or added) since this client last read it: the step
// that touched it was not written. Never resolved silently: the caller shows it and decides.
struct Conflict {
    enum class Kind {
        Changed, // the row has a newer version than the one this step was made on
        Removed, // the row this step changes or removes is gone
        Exists, // the row this step adds is there already (or its id is taken)
    };
    Kind kind = Kind::Changed;
    RowKey row;
    QString what; // translated: names the row and who changed it when
    qint64 baseVersion = 0; // what this client had read
    qint64 serverVersion = 0; // 0 when removed
    QString changedBy, changedAt;
    // The entity or link as this step would make it, and as the server holds it now.
    std::optional<EntityValue> mine, theirs;
    std::optional<LinkValue> mineLink, theirsLink;
    std::optional<PlanInfo> mineInfo, theirsInfo;
    quint64 myFields = 0; // PlanChange::fields bits this step changes
    quint64 theirFields = 0; // bits in which the server's row differs from what this step saw

    // Both changed a field in common (else the changes could be merged field by field).
    bool sameField() const { return kind != Kind::Changed || (myFields & theirFields) != 0; }
};

struct CommitResult {
    bool ok = false;
    qint64 revision = 0; // the plan's revision after the step (a server's; 0 for a file)
    std::vector<Conflict> conflicts; // why it was not written, when it was not
    QString message; // translated; an error that is not a conflict (refused, unreachable)
};

// Where a plan is kept: a plan file or a plan on a server. Loading and saving whole plans works
// for both; a server also takes single undo steps, each checked against what others wrote.
class PlanStore {
public:
    virtual ~PlanStore() = default;

    // The file's path or the plan's address (without a password), for people.
    virtual QString location() const = 0;
    virtual bool isShared() const = 0;
    virtual LoadResult load() = 0;
    // Writes one undo step: `changes` took the plan to `after`. A file writes all of `after`; a
    // server writes only what changed, after checking each changed row's version.
    virtual CommitResult commit(const PlanContent &after, const PlanChanges &changes) = 0;
};

// A plan file (core/store/planfile.h) as a store.
class FileStore : public PlanStore {
public:
    explicit FileStore(QString path, PlanFile::LoadOptions options = {});
    QString location() const override { return m_path; }
    bool isShared() const override { return false; }
    LoadResult load() override;
    CommitResult commit(const PlanContent &after, const PlanChanges &changes) override;

private:
    QString m_path;
    PlanFile::LoadOptions m_options;
};

// Whether a location names a plan on a server (postgresql://… or postgres://…) rather than a file.
bool isServerLocation(const QString &location);
// The store of a file path or a server address (an address that does not parse gives a store
// whose load() says why).
std::unique_ptr<PlanStore> openPlanStore(
    const QString &location, PlanFile::LoadOptions options = {});

} // namespace Cairn

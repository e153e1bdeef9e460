#include "core/store/planstore.h"

#include "core/store/serverstore.h"

namespace Cairn {

namespace {

// An address that does not parse: every use says why.
class UnusableStore : public PlanStore {
public:
    UnusableStore(QString location, QString why)
        : m_location(std::move(location))
        , m_why(std::move(why))
    {
    }
    QString location() const override { return m_location; }
    bool isShared() const override { return true; }
    LoadResult load() override
    {
        LoadResult r;
        r.error = LoadError::NotFound;
        r.message = m_why;
        return r;
    }
    CommitResult commit(const PlanContent &, const PlanChanges &) override
    {
        CommitResult r;
        r.message = m_why;
        return r;
    }

private:
    QString m_location, m_why;
};

} // namespace

FileStore::FileStore(QString path, PlanFile::LoadOptions options)
    : m_path(std::move(path))
    , m_options(options)
{
}

LoadResult FileStore::load()
{
    return PlanFile::load(m_path, m_options);
}

CommitResult FileStore::commit(const PlanContent &after, const PlanChanges &)
{
    const SaveResult saved = PlanFile::save(after, m_path);
    CommitResult r;
    r.ok = saved.ok;
    r.message = saved.message;
    return r;
}

bool isServerLocation(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

std::unique_ptr<PlanStore> openPlanStore(const QString &location, PlanFile::LoadOptions options)
{
    if (!isServerLocation(location))
        return std::make_unique<FileStore>(location, options);
    QString why;
    auto address = ServerAddress::parse(location, &why);
    if (!address)
        return std::make_unique<UnusableStore>(location, why);
    return std::make_unique<ServerStore>(std::move(*address));
}

} // namespace Cairn

#include "core/session/plandocument.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QStandardPaths>
#include <QUndoStack>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>

namespace Cairn {

namespace {
// Files are compared by where they really are (a path given twice, or through a link).
QString canonical(const QString &path)
{
    const QString c = QFileInfo(path).canonicalFilePath();
    return c.isEmpty() ? QFileInfo(path).absoluteFilePath() : c;
}
} // namespace

PlanDocument::PlanDocument(PlanContent content, QObject *parent)
    : QObject(parent)
    , m_plan(std::make_unique<Plan>(std::move(content)))
{
    attach();
}

PlanDocument::~PlanDocument()
{
    // A clean close: the recovery copy is no longer needed (the user chose not to save).
    removeRecovery();
}

void PlanDocument::attach()
{
    m_edit = new EditFacade(*m_plan, this);
    connect(m_edit->undoStack(), &QUndoStack::cleanChanged, this,
        [this](bool clean) { emit modifiedChanged(!clean || m_forceModified); });
    connect(m_plan.get(), &Plan::changed, this, [this] {
        ++m_editsSinceAutosave;
        if (!m_autosaveTimer.isActive())
            m_autosaveTimer.start();
        m_burstTimer.start(); // restarts: fires 5 s after the burst ends
    });
    m_autosaveTimer.setInterval(60 * 1000);
    m_autosaveTimer.setSingleShot(true);
    m_burstTimer.setInterval(5000);
    m_burstTimer.setSingleShot(true);
    connect(&m_autosaveTimer, &QTimer::timeout, this, [this] { autosaveNow(); });
    connect(&m_burstTimer, &QTimer::timeout, this, [this] {
        if (m_editsSinceAutosave >= 5)
            autosaveNow();
    });
}

namespace {
// Why a document whose lock could not be taken is read-only.
QString lockedReason(const PlanLock &lock, const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    if (lock.error() != 0)
        return QCoreApplication::translate("Cairn::Document",
            "You cannot save in the folder of “%1” (%2). It is open read-only; use Save As to "
            "keep a copy.")
            .arg(name, QString::fromLocal8Bit(std::strerror(lock.error())));
    if (const auto owner = lock.owner())
        return QCoreApplication::translate("Cairn::Document",
            "“%1” is open in Cairn by %2 on %3 (since %4). It is open read-only; use "
            "Save As to keep your own copy.")
            .arg(name, owner->user, owner->host,
                QLocale().toString(owner->since.toLocalTime(), QLocale::ShortFormat));
    return QCoreApplication::translate(
        "Cairn::Document", "“%1” is locked by another program. It is open read-only.")
        .arg(name);
}

QJsonObject stampJson(const FileStamp &s)
{
    return {{QStringLiteral("exists"), s.exists},
        {QStringLiteral("device"), QString::number(s.device)},
        {QStringLiteral("inode"), QString::number(s.inode)},
        {QStringLiteral("size"), QString::number(s.size)},
        {QStringLiteral("modifiedNs"), QString::number(s.modifiedNs)}};
}

std::optional<FileStamp> stampFromJson(const QJsonValue &v)
{
    if (!v.isObject())
        return std::nullopt;
    const QJsonObject o = v.toObject();
    FileStamp s;
    s.exists = o.value(QStringLiteral("exists")).toBool();
    s.device = o.value(QStringLiteral("device")).toString().toULongLong();
    s.inode = o.value(QStringLiteral("inode")).toString().toULongLong();
    s.size = o.value(QStringLiteral("size")).toString().toLongLong();
    s.modifiedNs = o.value(QStringLiteral("modifiedNs")).toString().toLongLong();
    return s;
}
} // namespace

PlanDocument::OpenResult PlanDocument::open(const QString &path, QObject *parent)
{
    OpenResult r;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    // The lock before the plan: a writer (an import) that saved between our reading and our
    // locking would otherwise be overwritten by our next save.
    auto lock = std::make_unique<PlanLock>(absolute);
    const bool locked = lock->tryLock();
    const LoadResult loaded = PlanFile::load(path, {.allowNewerVersion = true});
    if (!loaded.ok()) {
        r.error = loaded.message;
        return r;
    }
    auto doc = std::make_unique<PlanDocument>(*loaded.content, parent);
    doc->m_path = absolute;
    doc->m_stamp = loaded.stamp;
    if (loaded.readOnly) {
        doc->m_readOnly = true;
        doc->m_readOnlyReason = loaded.message;
    } else if (!locked) {
        doc->m_readOnly = true;
        doc->m_readOnlyReason = lockedReason(*lock, path);
    } else if (const QString problem = PlanFile::writeProblem(path); !problem.isEmpty()) {
        doc->m_readOnly = true;
        doc->m_readOnlyReason = QCoreApplication::translate("Cairn::Document",
            "You cannot save “%1”: %2. It is open read-only; use Save As to keep a copy.")
                                    .arg(QFileInfo(path).fileName(), problem);
    } else {
        doc->m_lock = std::move(lock);
        PlanFile::removeStaleTemporaries(path); // what killed saves of this plan left behind
    }
    if (loaded.migrated)
        r.notice = QCoreApplication::translate("Cairn::Document",
            "“%1” is in an older file format; it will be upgraded when you save it.")
                       .arg(QFileInfo(path).fileName());
    if (doc->m_readOnly)
        r.notice = doc->m_readOnlyReason;
    r.document = std::move(doc);
    return r;
}

QString PlanDocument::displayName() const
{
    if (!m_path.isEmpty())
        return QFileInfo(m_path).fileName();
    const QString name = m_plan->info().name.trimmed();
    return name.isEmpty() ? QCoreApplication::translate("Cairn::Document", "Untitled plan") : name;
}

bool PlanDocument::isModified() const
{
    return m_forceModified || !m_edit->undoStack()->isClean();
}

SaveResult PlanDocument::save()
{
    if (m_readOnly)
        return {false,
            QCoreApplication::translate("Cairn::Document", "This plan is open read-only: %1")
                .arg(m_readOnlyReason)};
    if (m_path.isEmpty())
        return {false,
            QCoreApplication::translate(
                "Cairn::Document", "The plan has no file yet; use Save As.")};
    return saveTo(m_path, nullptr, true);
}

SaveResult PlanDocument::saveAs(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const bool sameFile
        = !m_path.isEmpty() && PlanFile::realPath(absolute) == PlanFile::realPath(m_path);
    std::unique_ptr<PlanLock> lock;
    if (!sameFile || !m_lock) {
        lock = std::make_unique<PlanLock>(absolute);
        if (!lock->tryLock()) {
            const auto owner = lock->owner();
            if (lock->error() != 0 || !owner)
                return {false, lock->refusal()};
            return {false,
                QCoreApplication::translate(
                    "Cairn::Document", "“%1” is open in Cairn by %2; choose another name.")
                    .arg(QFileInfo(path).fileName(), owner->user)};
        }
    }
    // Over the file this document was read from, what another program wrote since is kept;
    // over another file, the user chose to replace it.
    return saveTo(absolute, &lock, sameFile);
}

SaveResult PlanDocument::saveTo(
    const QString &absolute, std::unique_ptr<PlanLock> *newLock, bool keepOthersChanges)
{
    PlanFile::SaveOptions options;
    if (keepOthersChanges)
        options.unchangedSince = m_stamp;
    SaveResult r = PlanFile::save(m_plan->content(), absolute, options);
    if (!r.ok) {
        // Whatever went wrong with the plan's disk, the edits are kept in the recovery copy.
        autosaveNow();
        if (options.unchangedSince && FileStamp::of(absolute) != *options.unchangedSince)
            r.message += QLatin1Char(' ')
                + QCoreApplication::translate(
                    "Cairn::Document", "Use Save As to keep your version under another name.");
        return r;
    }
    if (newLock && *newLock)
        m_lock = std::move(*newLock);
    if (absolute != m_path) {
        m_path = absolute;
        emit pathChanged(m_path);
    }
    m_stamp = FileStamp::of(absolute);
    m_readOnly = false;
    m_readOnlyReason.clear();
    const bool was = isModified();
    m_forceModified = false;
    m_edit->undoStack()->setClean();
    removeRecovery();
    m_editsSinceAutosave = 0;
    if (was)
        emit modifiedChanged(false);
    return r;
}

void PlanDocument::setAutosaveInterval(int ms)
{
    m_autosaveTimer.setInterval(ms);
}

QString PlanDocument::recoveryFolder()
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (base.isEmpty())
        base = QDir::homePath() + QStringLiteral("/.local/share/cairn");
    return base + QStringLiteral("/recovery");
}

QString PlanDocument::newRecoveryPath() const
{
    // Named after the document, this process and this document object: a copy another session
    // left behind (its process died before anyone recovered it) is never written over.
    static std::atomic<int> counter {0};
    const QByteArray key = (m_path.isEmpty() ? QStringLiteral("untitled") : m_path).toUtf8();
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(16));
    return QDir(recoveryFolder())
        .filePath(QStringLiteral("%1-%2-%3.cairn")
                      .arg(hash)
                      .arg(QCoreApplication::applicationPid())
                      .arg(counter.fetch_add(1)));
}

bool PlanDocument::autosaveNow()
{
    m_autosaveTimer.stop();
    m_burstTimer.stop();
    if (!isModified())
        return false;
    return writeRecovery(m_plan->content());
}

bool PlanDocument::writeRecovery(
    const PlanContent &content, const QJsonObject &kept, const PlanContent *base)
{
    QDir().mkpath(recoveryFolder());
    if (m_recoveryPath.isEmpty())
        m_recoveryPath = newRecoveryPath();
    if (base && !PlanFile::save(*base, m_recoveryPath + QStringLiteral(".base")).ok)
        return false;
    if (!PlanFile::save(content, m_recoveryPath).ok)
        return false;
    QFile meta(m_recoveryPath + QStringLiteral(".json"));
    if (meta.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        QJsonObject o {{QStringLiteral("document"), m_path},
            {QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
            {QStringLiteral("pid"), QCoreApplication::applicationPid()}};
        if (m_stamp)
            o.insert(QStringLiteral("documentStamp"), stampJson(*m_stamp));
        if (!kept.isEmpty())
            o.insert(QStringLiteral("kept"), kept);
        meta.write(QJsonDocument(o).toJson());
    }
    m_editsSinceAutosave = 0;
    emit autosaved(m_recoveryPath);
    return true;
}

void PlanDocument::removeRecovery()
{
    if (m_recoveryPath.isEmpty())
        return;
    QFile::remove(m_recoveryPath);
    QFile::remove(m_recoveryPath + QStringLiteral(".json"));
    QFile::remove(m_recoveryPath + QStringLiteral(".base"));
    m_recoveryPath.clear();
}

std::optional<RecoveryInfo> PlanDocument::recoveryAt(const QString &recoveryPath)
{
    QFile f(recoveryPath + QStringLiteral(".json"));
    if (!QFile::exists(recoveryPath) || !f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    RecoveryInfo info;
    info.recoveryPath = recoveryPath;
    info.documentPath = o.value(QStringLiteral("document")).toString();
    info.savedAt
        = QDateTime::fromString(o.value(QStringLiteral("savedAt")).toString(), Qt::ISODate);
    info.pid = o.value(QStringLiteral("pid")).toInteger();
    info.documentStamp = stampFromJson(o.value(QStringLiteral("documentStamp")));
    info.kept = o.value(QStringLiteral("kept")).toObject();
    info.server = info.kept.value(QStringLiteral("server")).toString();
    return info;
}

QList<RecoveryInfo> PlanDocument::orphanedRecoveries()
{
    QList<RecoveryInfo> result;
    const QDir dir(recoveryFolder());
    for (const QString &name :
        dir.entryList({QStringLiteral("*.cairn.json")}, QDir::Files, QDir::Time)) {
        const std::optional<RecoveryInfo> info = recoveryAt(dir.filePath(name.chopped(5)));
        if (info && !PlanLock::isProcessRunning(info->pid, info->savedAt))
            result.append(*info);
    }
    return result;
}

QList<RecoveryInfo> PlanDocument::recoveriesFor(const QString &documentPath)
{
    QList<RecoveryInfo> found;
    const QString wanted = canonical(documentPath);
    for (const RecoveryInfo &info : orphanedRecoveries())
        if (!info.documentPath.isEmpty() && canonical(info.documentPath) == wanted)
            found << info;
    return found;
}

PlanDocument::OpenResult PlanDocument::restore(const RecoveryInfo &info, QObject *parent)
{
    OpenResult r;
    const LoadResult loaded = PlanFile::load(info.recoveryPath);
    if (!loaded.ok()) {
        r.error = loaded.message;
        return r;
    }
    auto doc = std::make_unique<PlanDocument>(*loaded.content, parent);
    if (!info.documentPath.isEmpty()) {
        doc->m_path = info.documentPath;
        doc->m_lock = std::make_unique<PlanLock>(info.documentPath);
        if (!doc->m_lock->tryLock()) {
            doc->m_lock.reset();
            doc->m_path.clear(); // someone has it open: keep the recovered work as untitled
        }
    }
    doc->m_stamp = info.documentStamp;
    doc->m_forceModified = true;
    r.document = std::move(doc);
    return r;
}

void PlanDocument::discardRecovery(const RecoveryInfo &info)
{
    QFile::remove(info.recoveryPath);
    QFile::remove(info.recoveryPath + QStringLiteral(".json"));
    QFile::remove(info.basePath());
}

} // namespace Cairn

#include "core/session/plandocument.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QUndoStack>

#include <atomic>
#include <cerrno>
#include <csignal>

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

PlanDocument::OpenResult PlanDocument::open(const QString &path, QObject *parent)
{
    OpenResult r;
    const LoadResult loaded = PlanFile::load(path, {.allowNewerVersion = true});
    if (!loaded.ok()) {
        r.error = loaded.message;
        return r;
    }
    auto doc = std::make_unique<PlanDocument>(*loaded.content, parent);
    doc->m_path = QFileInfo(path).absoluteFilePath();
    if (loaded.readOnly) {
        doc->m_readOnly = true;
        doc->m_readOnlyReason = loaded.message;
    } else {
        doc->m_lock = std::make_unique<PlanLock>(doc->m_path);
        if (!doc->m_lock->tryLock()) {
            const auto owner = doc->m_lock->owner();
            doc->m_readOnly = true;
            doc->m_readOnlyReason = owner
                ? QCoreApplication::translate("Cairn::Document",
                    "“%1” is open in Cairn by %2 on %3 (since %4). It is open read-only; use "
                    "Save As to keep your own copy.")
                      .arg(QFileInfo(path).fileName(), owner->user, owner->host,
                          QLocale().toString(owner->since.toLocalTime(), QLocale::ShortFormat))
                : QCoreApplication::translate(
                    "Cairn::Document", "“%1” is locked by another program. It is open read-only.")
                      .arg(QFileInfo(path).fileName());
            doc->m_lock.reset();
        } else if (!QFileInfo(path).isWritable()) {
            doc->m_readOnly = true;
            doc->m_readOnlyReason = QCoreApplication::translate("Cairn::Document",
                "You cannot write to “%1”. It is open read-only; use Save As to keep a copy.")
                                        .arg(QFileInfo(path).fileName());
        }
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
    return m_path.isEmpty() ? QCoreApplication::translate("Cairn::Document", "Untitled plan")
                            : QFileInfo(m_path).fileName();
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
    const SaveResult r = PlanFile::save(m_plan->content(), m_path);
    if (r.ok) {
        const bool was = isModified();
        m_forceModified = false;
        m_edit->undoStack()->setClean();
        removeRecovery();
        m_editsSinceAutosave = 0;
        if (was)
            emit modifiedChanged(false);
    }
    return r;
}

SaveResult PlanDocument::saveAs(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    auto lock = std::make_unique<PlanLock>(absolute);
    if (absolute != m_path && !lock->tryLock()) {
        const auto owner = lock->owner();
        return {false,
            QCoreApplication::translate(
                "Cairn::Document", "“%1” is open in Cairn by %2; choose another name.")
                .arg(QFileInfo(path).fileName(),
                    owner ? owner->user
                          : QCoreApplication::translate("Cairn::Document", "someone else"))};
    }
    const SaveResult r = PlanFile::save(m_plan->content(), absolute);
    if (!r.ok)
        return r;
    if (absolute != m_path) {
        m_lock = std::move(lock);
        m_path = absolute;
        emit pathChanged(m_path);
    }
    m_readOnly = false;
    m_readOnlyReason.clear();
    m_forceModified = false;
    const bool was = !m_edit->undoStack()->isClean();
    m_edit->undoStack()->setClean();
    removeRecovery();
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
    QDir().mkpath(recoveryFolder());
    if (m_recoveryPath.isEmpty())
        m_recoveryPath = newRecoveryPath();
    if (!PlanFile::save(m_plan->content(), m_recoveryPath).ok)
        return false;
    QFile meta(m_recoveryPath + QStringLiteral(".json"));
    if (meta.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        const QJsonObject o {{QStringLiteral("document"), m_path},
            {QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
            {QStringLiteral("pid"), QCoreApplication::applicationPid()}};
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
    m_recoveryPath.clear();
}

QList<RecoveryInfo> PlanDocument::orphanedRecoveries()
{
    QList<RecoveryInfo> result;
    const QDir dir(recoveryFolder());
    for (const QString &name :
        dir.entryList({QStringLiteral("*.cairn.json")}, QDir::Files, QDir::Time)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        RecoveryInfo info;
        info.recoveryPath = dir.filePath(name.chopped(5));
        info.documentPath = o.value(QStringLiteral("document")).toString();
        info.savedAt
            = QDateTime::fromString(o.value(QStringLiteral("savedAt")).toString(), Qt::ISODate);
        info.pid = o.value(QStringLiteral("pid")).toInteger();
        if (!QFile::exists(info.recoveryPath) || PlanLock::isProcessRunning(info.pid, info.savedAt))
            continue;
        result.append(info);
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
    doc->m_forceModified = true;
    r.document = std::move(doc);
    return r;
}

void PlanDocument::discardRecovery(const RecoveryInfo &info)
{
    QFile::remove(info.recoveryPath);
    QFile::remove(info.recoveryPath + QStringLiteral(".json"));
}

} // namespace Cairn

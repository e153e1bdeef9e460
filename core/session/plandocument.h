#pragma once

#include "core/edit/editfacade.h"
#include "core/store/planfile.h"
#include "core/store/planlock.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <memory>

namespace Cairn {

class Presence;

// Where unsaved work is kept between crashes.
struct RecoveryInfo {
    QString recoveryPath; // the autosaved copy
    QString documentPath; // the user's file it belongs to (empty: an untitled plan)
    QDateTime savedAt;
    qint64 pid = 0; // the process that wrote it
    std::optional<FileStamp> documentStamp; // the user's file as the session read it
    // A plan on a server (core/session/serverdocument.h): its address, without a password. The
    // copy then holds the plan as the window showed it, basePath() the plan as the server had
    // it before the steps not sent yet, and `kept` the versions of their rows.
    QString server;
    QJsonObject kept; // what the document wrote beside the copy (ServerDocument::keepRecovery)

    QString basePath() const { return recoveryPath + QStringLiteral(".base"); }
};

// One open plan: the Plan, its edit facade and undo stack, its file, its lock, and autosave.
// The user's file is written only by save()/saveAs(); autosave writes a private recovery copy
// while there are unsaved edits, and removes it when the plan is saved or closed cleanly.
class PlanDocument : public QObject {
    Q_OBJECT

public:
    explicit PlanDocument(PlanContent content = {}, QObject *parent = nullptr);
    ~PlanDocument() override;
    // A plan on a server (core/session/serverdocument.h) answers these its own way: its steps
    // go to the server as they are made, Save As writes a copy in a file.

    struct OpenResult {
        std::unique_ptr<PlanDocument> document;
        QString error; // translated; set when the file could not be opened
        QString notice; // translated; why the document is read-only, if it is
    };
    // Opens a plan file. A newer-version file, or one that another Cairn holds, opens read-only.
    static OpenResult open(const QString &path, QObject *parent = nullptr);

    Plan &plan() { return *m_plan; }
    const Plan &plan() const { return *m_plan; }
    EditFacade &edit() { return *m_edit; }

    QString path() const { return m_path; }
    // The file's name; before it is saved, the plan's name ("Untitled plan" when it has none), so
    // that the sample and the templates are called what they are.
    virtual QString displayName() const;
    virtual bool isModified() const;
    // Whether the plan is shared by several people (on a server) rather than kept in a file.
    virtual bool isShared() const { return false; }
    // Who else has items of the plan open (a plan on a server; a file has none).
    virtual const Presence *presence() const { return nullptr; }
    // The item this window has open (0: none), shown to colleagues on a shared plan; a file
    // plan does nothing with it.
    virtual void setOpenItem(qint64 id) { Q_UNUSED(id); }
    bool isReadOnly() const { return m_readOnly; }
    QString readOnlyReason() const { return m_readOnlyReason; }

    // To path(); refused when read-only or untitled, or when another program changed the file
    // since it was opened. A save that fails keeps the edits in the recovery copy.
    virtual SaveResult save();
    virtual SaveResult saveAs(const QString &path); // takes the lock of the new file

    // Autosave: every interval while modified, and shortly after a burst of edits.
    void setAutosaveInterval(int ms);
    int autosaveInterval() const { return m_autosaveTimer.interval(); }
    virtual bool autosaveNow();
    QString recoveryPath() const { return m_recoveryPath; }

    // Recovery files left by processes that are no longer running, newest first.
    static QList<RecoveryInfo> orphanedRecoveries();
    // What the recovery copy at `recoveryPath` says of itself, whoever wrote it (nullopt: no such
    // copy, or its record cannot be read).
    static std::optional<RecoveryInfo> recoveryAt(const QString &recoveryPath);
    // Those of one file (wherever it was opened from), newest first.
    static QList<RecoveryInfo> recoveriesFor(const QString &documentPath);
    static QString recoveryFolder();
    // Loads a recovery copy as an unsaved document for its original path (the file itself is
    // not touched until the user saves). Removes nothing: call discardRecovery() after.
    static OpenResult restore(const RecoveryInfo &info, QObject *parent = nullptr);
    static void discardRecovery(const RecoveryInfo &info);

signals:
    void modifiedChanged(bool modified);
    void pathChanged(const QString &path);
    void autosaved(const QString &recoveryPath);

protected:
    void setReadOnly(const QString &reason)
    {
        m_readOnly = true;
        m_readOnlyReason = reason;
    }
    // Writes the recovery copy of `content` (the base beside it, if given) with its record, in
    // which `kept` goes too; emits autosaved(). False when it could not be written.
    bool writeRecovery(const PlanContent &content, const QJsonObject &kept = {},
        const PlanContent *base = nullptr);
    void removeRecovery();

private:
    void attach();
    // Writes the plan to `absolute`; a lock in `newLock` is kept as this document's once it
    // worked. With keepOthersChanges, refuses to replace a file another program changed since
    // this document read or wrote it.
    SaveResult saveTo(
        const QString &absolute, std::unique_ptr<PlanLock> *newLock, bool keepOthersChanges);
    QString newRecoveryPath() const;

    std::unique_ptr<Plan> m_plan;
    EditFacade *m_edit = nullptr;
    QString m_path;
    std::unique_ptr<PlanLock> m_lock;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    bool m_forceModified = false; // restored from recovery: unsaved until saved
    QTimer m_autosaveTimer;
    QTimer m_burstTimer;
    int m_editsSinceAutosave = 0;
    QString m_recoveryPath;
    // The file as this document last read or wrote it: a save refuses to overwrite what another
    // program wrote since (nothing: not known, as for a recovery copy of an older version).
    std::optional<FileStamp> m_stamp;
};

} // namespace Cairn

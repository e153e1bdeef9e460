#include "core/store/planfile.h"
#include "core/store/sampleplan.h"
#include "core/store/schema.h"
#include "tests/core/planfixtures.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Cairn;

Q_DECLARE_METATYPE(Cairn::LoadError)

namespace {
QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

void runSql(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fixture"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        for (const QString &s : statements) {
            QSqlQuery q(db);
            QVERIFY2(q.exec(s), qPrintable(s));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fixture"));
}

// Every table's columns (name, type, not null, key position), one line per column, sorted: what a
// file's schema is, whatever order its columns were added in (a column added by a migration comes
// last, and has the default that filled the rows that were there).
QStringList columnsOf(const QString &path)
{
    QStringList out;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("columns"));
        db.setDatabaseName(path);
        if (!db.open())
            return {QStringLiteral("cannot open")};
        QSqlQuery tables(db);
        tables.exec(
            QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
        while (tables.next()) {
            const QString table = tables.value(0).toString();
            QSqlQuery info(db);
            info.exec(QStringLiteral("PRAGMA table_info(\"%1\")").arg(table));
            while (info.next())
                out << QStringLiteral("%1.%2 %3 %4 %5")
                           .arg(table, info.value(1).toString(), info.value(2).toString(),
                               info.value(3).toString(), info.value(5).toString());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("columns"));
    out.sort();
    return out;
}

QStringList entriesBeside(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

// A process id that is not running (a child that has exited and been reaped).
qint64 deadPid()
{
    const pid_t child = ::fork();
    if (child == 0)
        ::_exit(0);
    ::waitpid(child, nullptr, 0);
    return child;
}

QString thisHost()
{
    return QSysInfo::machineHostName().replace(QLatin1Char('/'), QLatin1Char('_'));
}

// A copy of the plan at `from` whose text is stored in UTF-8, as Cairn wrote every file before it
// stored text in UTF-16: the same tables, rows, application id and version. (SQLite attaches
// only databases of one encoding, so the rows go through two connections.)
void copyInUtf8(const QString &from, const QString &to)
{
    {
        QSqlDatabase source
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("utf16"));
        source.setDatabaseName(from);
        QSqlDatabase target
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("utf8"));
        target.setDatabaseName(to);
        QVERIFY(source.open() && target.open());
        QSqlQuery t(target);
        QVERIFY(t.exec(QStringLiteral("PRAGMA encoding='UTF-8'")));
        QVERIFY(target.transaction());
        QSqlQuery tables(source);
        QVERIFY(tables.exec(QStringLiteral("SELECT name, sql FROM sqlite_master "
                                           "WHERE type = 'table' AND sql IS NOT NULL")));
        while (tables.next()) {
            const QString name = tables.value(0).toString();
            QVERIFY2(t.exec(tables.value(1).toString()), qPrintable(t.lastError().text()));
            QSqlQuery rows(source);
            QVERIFY(rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(name)));
            const int columns = rows.record().count();
            QStringList marks;
            for (int c = 0; c < columns; ++c)
                marks << QStringLiteral("?");
            QSqlQuery insert(target);
            QVERIFY(insert.prepare(QStringLiteral("INSERT INTO \"%1\" VALUES (%2)")
                                       .arg(name, marks.join(QLatin1Char(',')))));
            while (rows.next()) {
                for (int c = 0; c < columns; ++c)
                    insert.bindValue(c, rows.value(c));
                QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
            }
        }
        for (const char *pragma : {"application_id", "user_version"}) {
            QSqlQuery read(source);
            QVERIFY(
                read.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(pragma))) && read.next());
            QVERIFY(t.exec(QStringLiteral("PRAGMA %1=%2")
                               .arg(QLatin1String(pragma))
                               .arg(read.value(0).toInt())));
        }
        QVERIFY(target.commit());
        QVERIFY(t.exec(QStringLiteral("PRAGMA encoding")) && t.next());
        QCOMPARE(t.value(0).toString(), QStringLiteral("UTF-8"));
        t.finish();
        source.close();
        target.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("utf16"));
    QSqlDatabase::removeDatabase(QStringLiteral("utf8"));
}

// What identifies each row of one kind, in the order the plan holds them.
QStringList rowsOf(const PlanContent &plan, const QString &kind)
{
    QStringList out;
    if (kind == QLatin1String("initiatives"))
        for (const Initiative &i : plan.initiatives)
            out << QString::number(i.id.value);
    else if (kind == QLatin1String("overrides"))
        for (const ScenarioOverride &o : plan.overrides)
            out << QStringLiteral("%1 %2 %3").arg(o.scenario.value).arg(o.target).arg(o.field);
    else if (kind == QLatin1String("impacts"))
        for (const SystemImpact &i : plan.impacts)
            out << QStringLiteral("%1 %2").arg(i.initiative.value).arg(i.system.value);
    return out;
}
} // namespace

class tst_PlanFile : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // `plan` saved, then changed by `sql` into what no version of Cairn writes: opening it is
    // refused with `named` in the message, in one sentence, and the file is not touched.
    void refusedOnLoad(const PlanContent &plan, const QString &sql, const QString &named)
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const QString file = path(QStringLiteral("hostile.cairn"));
        QVERIFY(PlanFile::save(plan, file).ok);
        runSql(file, {sql});
        const QByteArray before = fileHash(file);
        const LoadResult r = PlanFile::load(file);
        QVERIFY(!r.ok());
        QCOMPARE(r.error, LoadError::BadContent);
        QVERIFY2(r.message.contains(named), qPrintable(r.message));
        // One sentence: one full stop, and no empty quotes for a name that could not be read.
        QVERIFY2(!r.message.contains(QLatin1String("..")) && !r.message.contains(u"“”"),
            qPrintable(r.message));
        QCOMPARE(fileHash(file), before);
        QLocale::setDefault(QLocale::c());
    }

private slots:
    void roundTripIsExactForEveryField()
    {
        const PlanContent original = Test::fullPlan();
        const QString file = path(QStringLiteral("full.cairn"));
        const SaveResult saved = PlanFile::save(original, file);
        QVERIFY2(saved.ok, qPrintable(saved.message));
        const LoadResult loaded = PlanFile::load(file);
        QVERIFY2(loaded.ok(), qPrintable(loaded.message));
        QCOMPARE(loaded.fileVersion, Schema::CurrentVersion);
        QVERIFY(!loaded.readOnly);
        QVERIFY(!loaded.migrated);
        const PlanContent &back = *loaded.content;
        QCOMPARE(back.info, original.info);
        QCOMPARE(back.goals, original.goals);
        QCOMPARE(back.systems, original.systems);
        QCOMPARE(back.resources, original.resources);
        QCOMPARE(back.initiatives, original.initiatives);
        QCOMPARE(back.milestones, original.milestones);
        QCOMPARE(back.contributions, original.contributions);
        QCOMPARE(back.impacts, original.impacts);
        QCOMPARE(back.dependencies, original.dependencies);
        QCOMPARE(back.scenarios, original.scenarios);
        QCOMPARE(back.overrides, original.overrides);
        QCOMPARE(back.baselines, original.baselines);
        QCOMPARE(back.baselineEntries, original.baselineEntries);
        QCOMPARE(back.nextId, original.nextId);
        QVERIFY(back == original);
    }

    void samplePlanRoundTrips()
    {
        const PlanContent sample = samplePlan();
        const QString file = path(QStringLiteral("sample.cairn"));
        QVERIFY(PlanFile::save(sample, file).ok);
        const LoadResult loaded = PlanFile::load(file);
        QVERIFY(loaded.ok());
        QVERIFY(*loaded.content == sample);
    }

    void saveLeavesNothingBesideTheDocument()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("plan.cairn"));
        QVERIFY(PlanFile::save(Test::fullPlan(), file).ok);
        QVERIFY(PlanFile::save(samplePlan(), file).ok); // replace an existing file
        QVERIFY(PlanFile::load(file).ok());
        QCOMPARE(entriesBeside(dir.path()), QStringList {QStringLiteral("plan.cairn")});
        QCOMPARE(PlanFile::load(file).content->info.name, samplePlan().info.name);
    }

    void saveKeepsPermissionsOfReplacedFile()
    {
        const QString file = path(QStringLiteral("perm.cairn"));
        QVERIFY(PlanFile::save(Test::fullPlan(), file).ok);
        const auto perms
            = QFile::Permissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
        QVERIFY(QFile::setPermissions(file, perms));
        QVERIFY(PlanFile::save(Test::fullPlan(), file).ok);
        QCOMPARE(QFile::permissions(file) & 0xF0FF, perms & 0xF0FF);
    }

    void failedSaveLeavesTargetUntouched()
    {
        const QString file = path(QStringLiteral("keep.cairn"));
        QVERIFY(PlanFile::save(Test::fullPlan(), file).ok);
        const QByteArray before = fileHash(file);
        // A dependency on an initiative that does not exist breaks a foreign key at COMMIT.
        PlanContent broken = Test::fullPlan();
        broken.dependencies.push_back(
            {InitiativeId {30}, InitiativeId {999}, DependencyType::FinishToStart, 0});
        const SaveResult result = PlanFile::save(broken, file);
        QVERIFY(!result.ok);
        QVERIFY2(result.message.contains(QStringLiteral("keep.cairn")), qPrintable(result.message));
        QCOMPARE(fileHash(file), before);
        QCOMPARE(entriesBeside(m_dir.path()).filter(QStringLiteral("saving")), QStringList());
    }

    void saveIntoMissingFolderFails()
    {
        const SaveResult result
            = PlanFile::save(Test::fullPlan(), path(QStringLiteral("nope/plan.cairn")));
        QVERIFY(!result.ok);
        QVERIFY(result.message.contains(QStringLiteral("folder")));
    }

    // A plan reached through a symbolic link: the real file is replaced (its mode kept) and the
    // link stays a link (before, the link was replaced by a regular file and the real plan kept
    // its old content).
    void saveThroughALinkReplacesTheRealFile()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("real")));
        const QString real = dir.filePath(QStringLiteral("real/plan.cairn"));
        const QString link = dir.filePath(QStringLiteral("link.cairn"));
        QVERIFY(PlanFile::save(Test::fullPlan(), real).ok);
        QVERIFY(QFile::setPermissions(real, QFile::ReadOwner | QFile::WriteOwner));
        QVERIFY(QFile::link(QStringLiteral("real/plan.cairn"), link)); // a relative link
        QVERIFY2(PlanFile::save(samplePlan(), link).ok, "save through the link");
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(PlanFile::load(real).content->info.name, samplePlan().info.name);
        QCOMPARE(QFile::permissions(real) & 0xF0FF, QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(entriesBeside(dir.filePath(QStringLiteral("real"))),
            QStringList {QStringLiteral("plan.cairn")});
        QCOMPARE(PlanFile::realPath(link), QFileInfo(real).canonicalFilePath());
    }

    // A link to a plan not made yet: the plan is made where the link points.
    void saveThroughADanglingLinkMakesTheTarget()
    {
        QTemporaryDir dir;
        const QString real = dir.filePath(QStringLiteral("new.cairn"));
        const QString link = dir.filePath(QStringLiteral("link.cairn"));
        QVERIFY(QFile::link(real, link));
        QVERIFY(PlanFile::save(samplePlan(), link).ok);
        QVERIFY(QFileInfo(link).isSymLink());
        QVERIFY(PlanFile::load(real).ok());
    }

    // A plan without write permission is refused, even for root (who could replace it), and
    // stays byte-identical with its mode.
    void readOnlyPlanIsRefused()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("ro.cairn"));
        QVERIFY(PlanFile::save(Test::fullPlan(), file).ok);
        QVERIFY(
            QFile::setPermissions(file, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        const QByteArray before = fileHash(file);
        const SaveResult result = PlanFile::save(samplePlan(), file);
        QVERIFY(!result.ok);
        QVERIFY2(result.message.contains(QStringLiteral("ro.cairn"))
                && result.message.contains(QStringLiteral("read-only")),
            qPrintable(result.message));
        QCOMPARE(fileHash(file), before);
        QCOMPARE(QFile::permissions(file) & 0xF0FF,
            QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        QVERIFY(!PlanFile::writeProblem(file).isEmpty());
        QCOMPARE(entriesBeside(dir.path()), QStringList {QStringLiteral("ro.cairn")});
    }

    // Root replaces a plan that belongs to someone else: it stays theirs.
    void saveKeepsTheOwnerWherePermitted()
    {
        if (::geteuid() != 0)
            QSKIP("only root may give a file to another owner");
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("theirs.cairn"));
        QVERIFY(PlanFile::save(Test::fullPlan(), file).ok);
        const QByteArray native = QFile::encodeName(file);
        QCOMPARE(::chown(native.constData(), 4242, 4343), 0);
        QVERIFY(PlanFile::save(samplePlan(), file).ok);
        struct stat st { };
        QCOMPARE(::stat(native.constData(), &st), 0);
        QCOMPARE(st.st_uid, uid_t(4242));
        QCOMPARE(st.st_gid, gid_t(4343));
    }

    // What saves killed mid-way left beside the plan is removed by the next save, but not what
    // a running process or another machine is writing.
    void nextSaveRemovesWhatKilledSavesLeft()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("plan.cairn"));
        QVERIFY(PlanFile::save(Test::fullPlan(), file).ok);
        const qint64 dead = deadPid();
        const QString host = thisHost();
        const QStringList litter = {
            QStringLiteral(".plan.cairn.saving-%1-%2-0").arg(host).arg(dead),
            QStringLiteral(".plan.cairn.saving-%1-%2-0-journal").arg(host).arg(dead),
            QStringLiteral(".plan.cairn.saving-%1-3").arg(dead), // as earlier versions named it
        };
        const QStringList kept = {
            QStringLiteral(".plan.cairn.saving-%1-%2-7").arg(host).arg(::getppid()), // running
            QStringLiteral(".plan.cairn.saving-other-host.example-%1-0").arg(dead),
            QStringLiteral(".other.cairn.saving-%1-%2-0").arg(host).arg(dead), // another plan's
        };
        for (const QString &name : litter + kept)
            writeBytes(dir.filePath(name), QByteArray(4096, 'x'));
        // The earlier versions' name carries no host: it is left for ten minutes.
        QFile old(dir.filePath(litter.last()));
        QVERIFY(old.open(QIODevice::ReadWrite));
        QVERIFY(old.setFileTime(
            QDateTime::currentDateTime().addSecs(-3600), QFileDevice::FileModificationTime));
        old.close();

        QVERIFY(PlanFile::save(samplePlan(), file).ok);
        QStringList expected = kept;
        expected << QStringLiteral("plan.cairn");
        expected.sort();
        QCOMPARE(entriesBeside(dir.path()), expected);
        QCOMPARE(PlanFile::removeStaleTemporaries(file), 0);
    }

    // A save that must not overwrite what another program wrote since the plan was read.
    void saveRefusesToOverwriteAnotherProgramsChange()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("plan.cairn"));
        QVERIFY(PlanFile::save(Test::fullPlan(), file).ok);
        const LoadResult loaded = PlanFile::load(file);
        QVERIFY(loaded.stamp.exists);
        QCOMPARE(loaded.stamp, FileStamp::of(file));
        QVERIFY(PlanFile::save(samplePlan(), file).ok); // the other program
        const QByteArray theirs = fileHash(file);
        PlanContent mine = *loaded.content;
        mine.info.name = QStringLiteral("Mine");
        const SaveResult result = PlanFile::save(mine, file, {.unchangedSince = loaded.stamp});
        QVERIFY(!result.ok);
        QVERIFY2(
            result.message.contains(QStringLiteral("another program")), qPrintable(result.message));
        QCOMPARE(fileHash(file), theirs);
        // Unchanged: saving works, and then the new stamp is what was written.
        const FileStamp now = FileStamp::of(file);
        QVERIFY(PlanFile::save(mine, file, {.unchangedSince = now}).ok);
        QCOMPARE(PlanFile::load(file).content->info.name, QStringLiteral("Mine"));
    }

    // A plan another program switched to write-ahead logging is read from a private copy: reading
    // leaves nothing beside it (before, "-wal" and "-shm" stayed), and what its log holds is read.
    void writeAheadLogPlanIsReadWithoutTraces()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("wal.cairn"));
        QVERIFY(PlanFile::save(samplePlan(), file).ok);
        runSql(file, {QStringLiteral("PRAGMA journal_mode=WAL")});
        const QByteArray before = fileHash(file);
        const LoadResult loaded = PlanFile::load(file);
        QVERIFY2(loaded.ok(), qPrintable(loaded.message));
        QVERIFY(*loaded.content == samplePlan());
        QCOMPARE(entriesBeside(dir.path()), QStringList {QStringLiteral("wal.cairn")});
        QCOMPARE(fileHash(file), before);

        // A writer that stopped before its log was folded in: the log's change is part of the
        // plan. (Copied while the writer's connection is open, as a crash would leave them.)
        const QString crashed = dir.filePath(QStringLiteral("crashed.cairn"));
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writer"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint=0")));
            QVERIFY(q.exec(QStringLiteral("UPDATE plan SET name = 'From the log'")));
            QVERIFY(QFile::copy(file, crashed));
            QVERIFY(QFile::copy(file + QStringLiteral("-wal"), crashed + QStringLiteral("-wal")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("writer"));
        const QStringList beside = entriesBeside(dir.path());
        const QByteArray crashedBefore = fileHash(crashed);
        const LoadResult fromLog = PlanFile::load(crashed);
        QVERIFY2(fromLog.ok(), qPrintable(fromLog.message));
        QCOMPARE(fromLog.content->info.name, QStringLiteral("From the log"));
        QCOMPARE(entriesBeside(dir.path()), beside);
        QCOMPARE(fileHash(crashed), crashedBefore);
    }

    void badFilesAreRefused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<LoadError>("expected");
        QTest::newRow("random bytes") << QStringLiteral("random") << LoadError::NotSqlite;
        QTest::newRow("text file") << QStringLiteral("text") << LoadError::NotSqlite;
        QTest::newRow("empty") << QStringLiteral("empty") << LoadError::Empty;
        QTest::newRow("truncated") << QStringLiteral("truncated") << LoadError::Truncated;
        QTest::newRow("header only") << QStringLiteral("header-only") << LoadError::Truncated;
        QTest::newRow("corrupt page") << QStringLiteral("corrupt") << LoadError::Corrupt;
        QTest::newRow("other sqlite database") << QStringLiteral("foreign") << LoadError::NotAPlan;
        QTest::newRow("newer version") << QStringLiteral("newer") << LoadError::NewerVersion;
        QTest::newRow("missing") << QStringLiteral("missing") << LoadError::NotFound;
        QTest::newRow("folder") << QStringLiteral("folder") << LoadError::Unreadable;
    }
    void badFilesAreRefused()
    {
        QFETCH(QString, kind);
        QFETCH(LoadError, expected);
        QTemporaryDir dir;
        const QString file = dir.filePath(kind + QStringLiteral(".cairn"));
        if (kind == QLatin1String("random")) {
            QByteArray bytes(8192, '\0');
            QRandomGenerator gen(42);
            for (char &c : bytes)
                c = char(gen.bounded(256));
            writeBytes(file, bytes);
        } else if (kind == QLatin1String("text")) {
            writeBytes(file, "name,cost\nERP,100\n");
        } else if (kind == QLatin1String("empty")) {
            writeBytes(file, {});
        } else if (kind == QLatin1String("truncated") || kind == QLatin1String("header-only")
            || kind == QLatin1String("corrupt")) {
            QVERIFY(PlanFile::save(samplePlan(), file).ok);
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QByteArray bytes = f.readAll();
            f.close();
            if (kind == QLatin1String("truncated"))
                bytes.truncate(bytes.size() / 2);
            else if (kind == QLatin1String("header-only"))
                bytes.truncate(60);
            else
                bytes.replace(4096, 64, QByteArray(64, '\xff')); // page 2's header
            writeBytes(file, bytes);
        } else if (kind == QLatin1String("foreign")) {
            runSql(file,
                {QStringLiteral("CREATE TABLE customers (id INTEGER, name TEXT)"),
                    QStringLiteral("INSERT INTO customers VALUES (1, 'x')")});
        } else if (kind == QLatin1String("newer")) {
            QVERIFY(PlanFile::save(samplePlan(), file).ok);
            runSql(
                file, {QStringLiteral("PRAGMA user_version=%1").arg(Schema::CurrentVersion + 1)});
        } else if (kind == QLatin1String("folder")) {
            QVERIFY(QDir(dir.path()).mkdir(kind + QStringLiteral(".cairn")));
        }
        const QByteArray before = fileHash(file);
        const QStringList besideBefore = entriesBeside(dir.path());

        const LoadResult result = PlanFile::load(file);
        QVERIFY(!result.ok());
        QCOMPARE(result.error, expected);
        QVERIFY2(
            result.message.contains(kind + QStringLiteral(".cairn")), qPrintable(result.message));
        // Nothing written: same bytes, nothing new beside it.
        QCOMPARE(fileHash(file), before);
        QCOMPARE(entriesBeside(dir.path()), besideBefore);
    }

    void newerVersionOpensReadOnlyWhenAllowed()
    {
        const QString file = path(QStringLiteral("newer.cairn"));
        QVERIFY(PlanFile::save(samplePlan(), file).ok);
        runSql(file,
            {QStringLiteral("PRAGMA user_version=%1").arg(Schema::CurrentVersion + 1),
                QStringLiteral("ALTER TABLE initiative ADD COLUMN future_field TEXT")});
        const QByteArray before = fileHash(file);
        const LoadResult result = PlanFile::load(file, {.allowNewerVersion = true});
        QVERIFY2(result.ok(), qPrintable(result.message));
        QVERIFY(result.readOnly);
        QVERIFY(result.message.contains(QStringLiteral("read-only")));
        QVERIFY(*result.content == samplePlan());
        QCOMPARE(fileHash(file), before);
    }

    // The sample as version 2 wrote it: every field comes back (the keys of the field schema
    // name the columns since version 3; tags are new).
    void migratesVersionTwo()
    {
        const LoadResult result = PlanFile::load(QStringLiteral(CAIRN_TEST_DATA "/plan-v2.cairn"));
        QVERIFY2(result.ok(), qPrintable(result.message));
        QVERIFY(result.migrated);
        QCOMPARE(result.fileVersion, 2);
        PlanContent expected = samplePlan();
        for (Initiative &i : expected.initiatives)
            i.tags.clear();
        for (System &sys : expected.systems)
            sys.tags.clear();
        expected.nextId = result.content->nextId;
        QCOMPARE(*result.content, expected);
    }

    // The sample as version 3 wrote it: no reference schedule yet, and an edit re-plans.
    void migratesVersionThree()
    {
        const LoadResult result = PlanFile::load(QStringLiteral(CAIRN_TEST_DATA "/plan-v3.cairn"));
        QVERIFY2(result.ok(), qPrintable(result.message));
        QVERIFY(result.migrated);
        QCOMPARE(result.fileVersion, 3);
        PlanContent expected = samplePlan();
        expected.nextId = result.content->nextId;
        QCOMPARE(*result.content, expected);
        QVERIFY(result.content->reference.empty());
        QCOMPARE(result.content->info.scheduling, SchedulingMode::Replan);
    }

    // The sample as version 4 wrote it (no reference schedule yet): the 4 -> 5 step.
    void migratesVersionFour()
    {
        const LoadResult result = PlanFile::load(QStringLiteral(CAIRN_TEST_DATA "/plan-v4.cairn"));
        QVERIFY2(result.ok(), qPrintable(result.message));
        QVERIFY(result.migrated);
        QCOMPARE(result.fileVersion, 4);
        PlanContent expected = samplePlan();
        expected.nextId = result.content->nextId;
        QCOMPARE(*result.content, expected);
        QVERIFY(result.content->reference.empty());
        QCOMPARE(result.content->info.scheduling, SchedulingMode::Replan);
    }

    // Version 3's file, upgraded by the literal steps, has the tables and columns a file of this
    // version has (the migration and the schema agree).
    void upgradedFileHasTheCurrentSchema()
    {
        const QString upgraded = path(QStringLiteral("upgraded.cairn"));
        QVERIFY(QFile::copy(QStringLiteral(CAIRN_TEST_DATA "/plan-v3.cairn"), upgraded));
        QFile::setPermissions(upgraded, QFile::ReadOwner | QFile::WriteOwner);
        QStringList steps;
        for (int v = 3; v < Schema::CurrentVersion; ++v)
            steps += Schema::migrationStatements(v);
        QVERIFY(!steps.isEmpty());
        runSql(upgraded, steps);
        const QString fresh = path(QStringLiteral("fresh.cairn"));
        const SaveResult saved = PlanFile::save(samplePlan(), fresh);
        QVERIFY2(saved.ok, qPrintable(saved.message));
        QCOMPARE(columnsOf(upgraded), columnsOf(fresh));
    }

    // A file keeps a scenario's overrides in one row (each a line of cells): text with tabs, line
    // breaks, backslashes and what looks like an escape comes back exactly, in the plan's order
    // also when the scenarios' overrides take turns.
    void overridesComeBackExactly()
    {
        PlanContent plan = Test::fullPlan();
        const QStringList awkward {QStringLiteral("a\tb"), QStringLiteral("two\nlines\r\n"),
            QStringLiteral("C:\\plans\\new"), QStringLiteral("\\N"),
            QStringLiteral("\\t not a tab"), QString(), QStringLiteral("Überführung — 20 € 🚀"),
            QStringLiteral("\\")};
        for (const QString &text : awkward) {
            plan.overrides.push_back({ScenarioId {50}, ScenarioTarget::Initiative, 30,
                QStringLiteral("description"), OverrideChange::Set, text, {}, Quarter(2029, 1)});
            plan.overrides.push_back({ScenarioId {51}, ScenarioTarget::Initiative, 31,
                QStringLiteral("name"), OverrideChange::Set, text, Quarter(2027, 2), {}});
        }
        const QString file = path(QStringLiteral("overrides.cairn"));
        QVERIFY(PlanFile::save(plan, file).ok);
        const LoadResult loaded = PlanFile::load(file);
        QVERIFY2(loaded.ok(), qPrintable(loaded.message));
        QCOMPARE(loaded.content->overrides, plan.overrides);
        QCOMPARE(*loaded.content, plan);
    }

    // A file of format 7 kept one row per override: opened, its overrides come back whole and in
    // order (text with tabs, line breaks and backslashes too), ready to be saved in format 8.
    void migratesOverridesToOneRowPerScenario()
    {
        const QString file = path(QStringLiteral("v7.cairn"));
        QVERIFY(QFile::copy(QStringLiteral(CAIRN_TEST_DATA "/plan-v5.cairn"), file));
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        QStringList steps = Schema::migrationStatements(5) + Schema::migrationStatements(6);
        const qint64 resource = samplePlan().resources.front().id.value;
        const qint64 initiative = samplePlan().initiatives.front().id.value;
        steps << QStringLiteral("INSERT INTO scenario VALUES (9001, 'Cut', '', 0), "
                                "(9002, 'Late', '', 1)")
              << QStringLiteral(
                     "INSERT INTO scenario_override VALUES "
                     "(9001, 'resource', %1, 'capacity', 'percent', '-20', 20271, 20284, 0), "
                     "(9002, 'initiative', %2, 'description', 'set', 'a' || char(9) || 'b' || "
                     "char(10) || 'c\\d', NULL, NULL, 1), "
                     "(9001, 'initiative', %2, 'included', 'exclude', '', NULL, NULL, 2)")
                     .arg(resource)
                     .arg(initiative)
              << QStringLiteral("PRAGMA user_version=7");
        runSql(file, steps);
        const LoadResult result = PlanFile::load(file);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QVERIFY(result.migrated);
        QCOMPARE(result.fileVersion, 7);
        const std::vector<ScenarioOverride> expected {
            {ScenarioId {9001}, ScenarioTarget::Resource, resource, QStringLiteral("capacity"),
                OverrideChange::Percent, QStringLiteral("-20"), Quarter(2027, 1), Quarter(2028, 4)},
            {ScenarioId {9002}, ScenarioTarget::Initiative, initiative,
                QStringLiteral("description"), OverrideChange::Set, QStringLiteral("a\tb\nc\\d"),
                {}, {}},
            {ScenarioId {9001}, ScenarioTarget::Initiative, initiative, QStringLiteral("included"),
                OverrideChange::Exclude, QString(), {}, {}}};
        QCOMPARE(result.content->overrides, expected);
        const QString saved = path(QStringLiteral("v8.cairn"));
        QVERIFY(PlanFile::save(*result.content, saved).ok);
        const LoadResult again = PlanFile::load(saved);
        QVERIFY2(again.ok(), qPrintable(again.message));
        QVERIFY(!again.migrated);
        QCOMPARE(again.content->overrides, expected);
    }

    // A scenario's overrides that no version of Cairn writes are refused with the scenario, the
    // line and what is wrong named; the file is not touched.
    void damagedOverridesAreNamed_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("named");
        QTest::newRow("unknown column")
            << "UPDATE scenario_override SET lines = replace(lines, 'to_quarter', 'colour')"
            << "Scenario overrides (Scenario #50): unknown column “colour”";
        QTest::newRow("no position") << "UPDATE scenario_override SET lines = "
                                        "replace(lines, 'position' || char(9), 'colour' || char(9))"
                                     << "unknown column “colour”";
        QTest::newRow("a value short")
            << "UPDATE scenario_override SET lines = lines || char(10) || '7' || char(9) || 'x'"
            << "(Scenario #50): line 4 has 2 values where the first line names 8";
        QTest::newRow("position not a number")
            << "UPDATE scenario_override SET lines = replace(lines, char(10) || '1' || char(9), "
               "char(10) || 'one' || char(9)) WHERE scenario = 50"
            << "line 3: “one” is not a position";
        QTest::newRow("unknown change")
            << "UPDATE scenario_override SET lines = replace(lines, 'percent', 'sideways')"
            << "“sideways” is not a known value";
        QTest::newRow("text for an item")
            << "UPDATE scenario_override SET lines = replace(lines, char(9) || '30' || char(9), "
               "char(9) || 'thirty' || char(9))"
            << "“thirty” is not a whole number";
        // A number read straight from its cell is held to the field's range as any other.
        QTest::newRow("an item below its range")
            << "UPDATE scenario_override SET lines = replace(lines, char(9) || '30' || char(9), "
               "char(9) || '-30' || char(9))"
            << "Item: -30 is not from 0 to";
    }
    void damagedOverridesAreNamed()
    {
        QFETCH(QString, sql);
        QFETCH(QString, named);
        refusedOnLoad(Test::fullPlan(), sql, named);
    }

    // A reference row of an initiative that is no longer in the plan is not written (it would
    // break the file's link to the initiative); the rest of the reference is.
    void referenceRowsOfRemovedInitiativesAreLeftOut()
    {
        PlanContent plan = Test::fullPlan();
        plan.reference.push_back({InitiativeId {99}, Quarter(2027, 2)});
        const QString file = path(QStringLiteral("reference.cairn"));
        const SaveResult saved = PlanFile::save(plan, file);
        QVERIFY2(saved.ok, qPrintable(saved.message));
        const LoadResult loaded = PlanFile::load(file);
        QVERIFY2(loaded.ok(), qPrintable(loaded.message));
        QCOMPARE(loaded.content->reference, Test::fullPlan().reference);
    }

    // The sample as versions 3 to 5 wrote it (before scenarios and baselines): it comes back
    // whole, with no scenarios, and once saved it holds them.
    void migratesToScenarios_data()
    {
        QTest::addColumn<int>("version");
        QTest::newRow("3") << 3;
        QTest::newRow("4") << 4;
        QTest::newRow("5") << 5;
    }
    void migratesToScenarios()
    {
        QFETCH(int, version);
        const LoadResult result
            = PlanFile::load(QStringLiteral(CAIRN_TEST_DATA "/plan-v%1.cairn").arg(version));
        QVERIFY2(result.ok(), qPrintable(result.message));
        QVERIFY(result.migrated);
        QCOMPARE(result.fileVersion, version);
        PlanContent expected = samplePlan();
        expected.nextId = result.content->nextId;
        QCOMPARE(*result.content, expected);
        QVERIFY(result.content->scenarios.empty());

        PlanContent withScenario = *result.content;
        withScenario.scenarios.push_back({ScenarioId {withScenario.nextId}, QStringLiteral("Cut")});
        withScenario.overrides.push_back({ScenarioId {withScenario.nextId},
            ScenarioTarget::Resource, withScenario.resources.front().id.value,
            QStringLiteral("capacity"), OverrideChange::Percent, QStringLiteral("-20"), {}, {}});
        ++withScenario.nextId;
        const QString file = path(QStringLiteral("v%1-upgraded.cairn").arg(version));
        QVERIFY(PlanFile::save(withScenario, file).ok);
        const LoadResult again = PlanFile::load(file);
        QVERIFY2(again.ok(), qPrintable(again.message));
        QCOMPARE(again.fileVersion, Schema::CurrentVersion);
        QCOMPARE(*again.content, withScenario);
    }

    // Values no version of Cairn writes (a hostile or damaged file) are refused with the item,
    // the field and the value named; the file is not touched.
    void outOfRangeValuesAreRefusedOnLoad_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("named");
        QTest::newRow("duration") << QStringLiteral("UPDATE initiative SET duration = 2000000000")
                                  << QStringLiteral("2,000,000,000 is not from 0 to 40");
        QTest::newRow("negative cost") << QStringLiteral("UPDATE initiative SET cost = -5")
                                       << QStringLiteral("-0.05 is less than 0");
        QTest::newRow("horizon") << QStringLiteral("UPDATE plan SET horizon = 2147483647")
                                 << QStringLiteral("Horizon");
        QTest::newRow("lag") << QStringLiteral("UPDATE initiative_dependency SET lag = 1000000000")
                             << QStringLiteral("Lag");
        QTest::newRow("text for a number")
            << QStringLiteral("UPDATE system SET criticality = 'high'")
            << QStringLiteral("“high” is not a whole number");
        QTest::newRow("unknown choice") << QStringLiteral("UPDATE initiative SET kind = 'sideways'")
                                        << QStringLiteral("“sideways”");
        QTest::newRow("logo that is not a picture")
            << QStringLiteral("UPDATE plan SET logo = 'data:image/png;base64,PHNjcmlwdD4='")
            << QStringLiteral("Logo: it is not a PNG or SVG picture");
        QTest::newRow("logo that is a link")
            << QStringLiteral("UPDATE plan SET logo = 'https://example.com/logo.png'")
            << QStringLiteral("Logo: it is not a PNG or SVG picture");
        // Names are drawn on every chart and page: a 400,000-letter one grew a report past 13 GB.
        QTest::newRow("name of 400,000 letters")
            << QStringLiteral("UPDATE resource SET name = printf('%.400000c', '0') WHERE id = 1")
            << QStringLiteral("400,000 characters long; one line holds at most 1,000");
        QTest::newRow("name one letter too long")
            << QStringLiteral("UPDATE initiative SET name = printf('%.1001c', 'x') WHERE id = 37")
            << QStringLiteral("1,001 characters long");
    }
    void outOfRangeValuesAreRefusedOnLoad()
    {
        QFETCH(QString, sql);
        QFETCH(QString, named);
        refusedOnLoad(samplePlan(), sql, named);
    }

    // A damaged file's amount out of range is named in the plan's currency (a yen plan's cost of
    // -5 was "-0.05", as if it had cents), or in FTE for a team.
    void outOfRangeAmountsOnLoadAreNamedInTheirUnit_data()
    {
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("named");
        QTest::newRow("yen cost") << "JPY"
                                  << "UPDATE initiative SET cost = -5"
                                  << "-5 is less than 0";
        QTest::newRow("dinar cost") << "KWD"
                                    << "UPDATE initiative SET cost = -5"
                                    << "-0.005 is less than 0";
        QTest::newRow("yen team capacity")
            << "JPY"
            << "UPDATE resource SET default_capacity = -5 WHERE kind = 'team'"
            << "-0.05 is less than 0";
        QTest::newRow("yen budget capacity")
            << "JPY"
            << "UPDATE resource SET default_capacity = -5 WHERE kind = 'budget'"
            << "-5 is less than 0";
    }
    void outOfRangeAmountsOnLoadAreNamedInTheirUnit()
    {
        QFETCH(QString, currency);
        QFETCH(QString, sql);
        QFETCH(QString, named);
        PlanContent plan = samplePlan();
        plan.info.currency = Currency {currency};
        refusedOnLoad(plan, sql, named);
    }

    // Rows come in the order the file gives them (position, then id for entities), also when the
    // rows are stored in another order than that (a file another program changed).
    void rowsAreReadInTheirStoredOrder_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("order");
        QTest::newRow("initiatives as saved") << QString() << "initiatives"
                                              << "as saved";
        QTest::newRow("initiatives moved") << "UPDATE initiative SET position = -position"
                                           << "initiatives"
                                           << "reversed";
        QTest::newRow("initiatives at one position") << "UPDATE initiative SET position = 0"
                                                     << "initiatives"
                                                     << "by id";
        // (a file keeps a scenario's overrides in one row, each line led by its position)
        QTest::newRow("overrides moved")
            << "UPDATE scenario_override SET lines = replace(lines, char(10), char(10) || '-')"
            << "overrides"
            << "reversed";
        QTest::newRow("impacts moved") << "UPDATE initiative_system SET position = -position"
                                       << "impacts"
                                       << "reversed";
    }
    void rowsAreReadInTheirStoredOrder()
    {
        QFETCH(QString, sql);
        QFETCH(QString, kind);
        QFETCH(QString, order);
        const PlanContent original = Test::fullPlan();
        QStringList expected = rowsOf(original, kind);
        QVERIFY(expected.size() >= 2);
        if (order == QLatin1String("reversed"))
            std::reverse(expected.begin(), expected.end());
        else if (order == QLatin1String("by id"))
            std::sort(expected.begin(), expected.end());
        // Rows left as they were stored would not pass.
        QCOMPARE(expected == rowsOf(original, kind), order == QLatin1String("as saved"));
        const QString file = path(QStringLiteral("order.cairn"));
        QVERIFY(PlanFile::save(original, file).ok);
        if (!sql.isEmpty())
            runSql(file, {sql});
        const LoadResult loaded = PlanFile::load(file);
        QVERIFY2(loaded.ok(), qPrintable(loaded.message));
        QCOMPARE(rowsOf(*loaded.content, kind), expected);
    }

    // Text is stored as Qt holds it (UTF-16), and files written in UTF-8 by earlier versions read
    // exactly alike, accents, dashes and all.
    void textReadsAlikeInEitherEncoding()
    {
        const PlanContent original = Test::fullPlan();
        const QString file = path(QStringLiteral("utf16.cairn"));
        QVERIFY(PlanFile::save(original, file).ok);
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("encoding"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA encoding")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("UTF-16le"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("encoding"));
        const QString older = path(QStringLiteral("utf8.cairn"));
        QFile::remove(older);
        copyInUtf8(file, older);
        if (QTest::currentTestFailed())
            return;
        for (const QString &f : {file, older}) {
            const LoadResult loaded = PlanFile::load(f);
            QVERIFY2(loaded.ok(), qPrintable(loaded.message));
            QVERIFY(!loaded.migrated);
            QVERIFY(*loaded.content == original);
        }
    }

    void migratesVersionOneWithoutTouchingTheFile()
    {
        const QString fixture = QStringLiteral(CAIRN_TEST_DATA "/plan-v1.cairn");
        const QString file = path(QStringLiteral("v1.cairn"));
        QFile::remove(file);
        QVERIFY(QFile::copy(fixture, file));
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        const QByteArray before = fileHash(file);

        const LoadResult result = PlanFile::load(file);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QVERIFY(result.migrated);
        QCOMPARE(result.fileVersion, 1);
        const PlanContent &p = *result.content;
        QCOMPARE(p.info.name, QStringLiteral("Version 1 plan"));
        QCOMPARE(p.info.currency.code, QStringLiteral("EUR"));
        QCOMPARE(p.initiatives.size(), size_t(2));
        QCOMPARE(p.initiatives.at(0).name, QStringLiteral("Upgrade the ERP"));
        QCOMPARE(p.initiatives.at(0).risk, 2); // the default the migration gives
        QCOMPARE(p.initiatives.at(0).deadline, std::optional<Quarter>(Quarter(2027, 4)));
        QCOMPARE(p.dependencies.size(), size_t(1));
        QCOMPARE(p.systems.at(0).endOfSupport, std::optional<Quarter>(Quarter(2027, 3)));
        QVERIFY(p.milestones.empty());
        QCOMPARE(fileHash(file), before);
        QCOMPARE(entriesBeside(m_dir.path()).filter(QStringLiteral("v1.cairn")),
            QStringList {QStringLiteral("v1.cairn")});

        // Saving writes the current version.
        const QString upgraded = path(QStringLiteral("v1-upgraded.cairn"));
        QVERIFY(PlanFile::save(p, upgraded).ok);
        const LoadResult again = PlanFile::load(upgraded);
        QCOMPARE(again.fileVersion, Schema::CurrentVersion);
        QVERIFY(*again.content == p);
    }
};

QTEST_GUILESS_MAIN(tst_PlanFile)
#include "tst_planfile.moc"

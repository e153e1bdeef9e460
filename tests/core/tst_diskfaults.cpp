#include "core/session/plandocument.h"
#include "core/store/planfile.h"
#include "core/store/sampleplan.h"
#include "tests/core/diskfaults.h"
#include "tests/core/planfixtures.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Cairn;
namespace Faults = Cairn::Test::DiskFaults;

Q_DECLARE_METATYPE(Cairn::Test::DiskFaults::Call)

namespace {
QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList entriesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

// Ends the fault when a test returns early.
struct FaultScope {
    explicit FaultScope(const Faults::Fault &f) { Faults::inject(f); }
    ~FaultScope() { Faults::clear(); }
};
} // namespace

// A save that fails on the disk (full, or failing) at write, sync or rename: the user is told,
// the plan's file stays byte-identical, nothing is left beside it, and a document keeps its
// unsaved edits in the window and in the recovery copy.
class tst_DiskFaults : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(PlanDocument::recoveryFolder()).removeRecursively();
    }

    void faults_data()
    {
        QTest::addColumn<Faults::Call>("call");
        QTest::addColumn<int>("error");
        QTest::addColumn<int>("after");
        QTest::addColumn<QString>("says"); // part of the message
        const QString full = QStringLiteral("disk is full");
        const QString failing = QStringLiteral("disk reported an error");
        QTest::newRow("ENOSPC at the first write") << Faults::Call::Write << ENOSPC << 0 << full;
        QTest::newRow("ENOSPC mid-way") << Faults::Call::Write << ENOSPC << 5 << full;
        QTest::newRow("EIO at write") << Faults::Call::Write << EIO << 3 << failing;
        QTest::newRow("EIO at SQLite's sync") << Faults::Call::DataSync << EIO << 0 << failing;
        QTest::newRow("EIO at SQLite's last sync") << Faults::Call::DataSync << EIO << 2 << failing;
        QTest::newRow("EIO at the flush before rename")
            << Faults::Call::Fsync << EIO << 0 << QStringLiteral("flushed to disk");
        QTest::newRow("EIO at rename")
            << Faults::Call::Rename << EIO << 0 << QStringLiteral("Input/output error");
        QTest::newRow("ENOSPC at rename")
            << Faults::Call::Rename << ENOSPC << 0 << QStringLiteral("No space left");
    }

    void faults()
    {
        QFETCH(Faults::Call, call);
        QFETCH(int, error);
        QFETCH(int, after);
        QFETCH(QString, says);
        QTemporaryDir dir;
        const QString folder = QFileInfo(dir.path()).canonicalFilePath();
        const QString file = folder + QStringLiteral("/plan.cairn");
        QVERIFY(PlanFile::save(Test::fullPlan(), file).ok);
        const QByteArray before = fileBytes(file);

        SaveResult result;
        {
            const FaultScope fault({call, error, after, QFile::encodeName(folder + u'/')});
            result = PlanFile::save(samplePlan(), file);
            QVERIFY2(Faults::failures() > 0, "the fault was not reached");
        }
        QVERIFY(!result.ok);
        QVERIFY2(
            result.message.contains(QStringLiteral("plan.cairn")) && result.message.contains(says),
            qPrintable(result.message));
        QCOMPARE(fileBytes(file), before);
        QCOMPARE(entriesIn(folder), QStringList {QStringLiteral("plan.cairn")});
        QVERIFY(PlanFile::load(file).ok());
    }

    // Every write of a save failing in turn (the disk filling at each point of it): never a
    // changed or broken original, never litter.
    void fullDiskAtEveryWrite()
    {
        QTemporaryDir dir;
        const QString folder = QFileInfo(dir.path()).canonicalFilePath();
        const QString file = folder + QStringLiteral("/plan.cairn");
        QVERIFY(PlanFile::save(samplePlan(), file).ok);
        const QByteArray before = fileBytes(file);
        int failed = 0;
        for (int after = 0; after < 1000; ++after) {
            Faults::inject({Faults::Call::Write, ENOSPC, after, QFile::encodeName(folder + u'/')});
            const SaveResult result = PlanFile::save(Test::fullPlan(), file);
            const bool reached = Faults::failures() > 0;
            Faults::clear();
            if (!reached) { // every write of the save succeeded: it saved
                QVERIFY2(result.ok, qPrintable(result.message));
                break;
            }
            ++failed;
            QVERIFY2(!result.ok, qPrintable(QStringLiteral("write %1").arg(after)));
            QCOMPARE(fileBytes(file), before);
            QCOMPARE(entriesIn(folder), QStringList {QStringLiteral("plan.cairn")});
        }
        QVERIFY(failed > 3);
        QCOMPARE(*PlanFile::load(file).content, Test::fullPlan());
    }

    // The user's edits survive a save that fails: in the window and in the recovery copy.
    void documentKeepsItsEditsWhenTheDiskFails()
    {
        QTemporaryDir dir;
        const QString folder = QFileInfo(dir.path()).canonicalFilePath();
        const QString file = folder + QStringLiteral("/plan.cairn");
        QVERIFY(PlanFile::save(Test::fullPlan(), file).ok);
        const QByteArray before = fileBytes(file);
        auto opened = PlanDocument::open(file);
        QVERIFY2(opened.document, qPrintable(opened.error));
        PlanDocument &doc = *opened.document;
        PlanInfo info = doc.plan().content().info;
        info.name = QStringLiteral("Edited before the disk filled");
        doc.edit().setPlanInfo(info);

        {
            const FaultScope fault(
                {Faults::Call::Write, ENOSPC, 2, QFile::encodeName(folder + u'/')});
            const SaveResult result = doc.save();
            QVERIFY(!result.ok);
            QVERIFY2(result.message.contains(QStringLiteral("disk is full")),
                qPrintable(result.message));
        }
        QCOMPARE(fileBytes(file), before);
        QVERIFY(doc.isModified());
        QCOMPARE(doc.plan().content().info.name, info.name);
        QVERIFY(!doc.recoveryPath().isEmpty());
        QCOMPARE(PlanFile::load(doc.recoveryPath()).content->info.name, info.name);

        // Space again: the save works and the recovery copy goes.
        const QString recovery = doc.recoveryPath();
        QVERIFY(doc.save().ok);
        QVERIFY(!doc.isModified());
        QVERIFY(!QFile::exists(recovery));
        QCOMPARE(PlanFile::load(file).content->info.name, info.name);
    }
};

QTEST_GUILESS_MAIN(tst_DiskFaults)
#include "tst_diskfaults.moc"

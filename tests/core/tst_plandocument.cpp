#include "core/session/plandocument.h"
#include "core/store/sampleplan.h"
#include "tests/core/planfixtures.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Cairn;

namespace {
QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void renamePlan(PlanDocument &doc, const QString &name)
{
    PlanInfo info = doc.plan().content().info;
    info.name = name;
    doc.edit().setPlanInfo(info);
}
} // namespace

// PlanDocument's file handling: what it refuses to overwrite, and where edits go when a save
// cannot be made.
class tst_PlanDocument : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(PlanDocument::recoveryFolder()).removeRecursively();
    }

    // Another program (a script, a sync tool, a Cairn without the lock) replaced the plan after
    // it was opened: saving refuses to overwrite it, says so, and keeps the edits in the window
    // and in the recovery copy (before, the other program's plan was silently overwritten).
    void saveKeepsWhatAnotherProgramWrote()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("plan.cairn"));
        QVERIFY(PlanFile::save(Test::fullPlan(), file).ok);
        auto opened = PlanDocument::open(file);
        QVERIFY2(opened.document, qPrintable(opened.error));
        PlanDocument &doc = *opened.document;
        QVERIFY(!doc.isReadOnly());
        renamePlan(doc, QStringLiteral("Mine"));

        QVERIFY(PlanFile::save(samplePlan(), file).ok); // behind the lock's back
        const QByteArray theirs = fileHash(file);
        const SaveResult result = doc.save();
        QVERIFY(!result.ok);
        QVERIFY2(result.message.contains(QStringLiteral("another program"))
                && result.message.contains(QStringLiteral("Save As")),
            qPrintable(result.message));
        QCOMPARE(fileHash(file), theirs);
        QVERIFY(doc.isModified());
        QCOMPARE(doc.plan().content().info.name, QStringLiteral("Mine"));
        QVERIFY(!doc.recoveryPath().isEmpty());
        QCOMPARE(PlanFile::load(doc.recoveryPath()).content->info.name, QStringLiteral("Mine"));

        // Save As another name works, and from then on the document is that file.
        const QString copy = dir.filePath(QStringLiteral("mine.cairn"));
        QVERIFY(doc.saveAs(copy).ok);
        QVERIFY(!doc.isModified());
        renamePlan(doc, QStringLiteral("Mine, again"));
        QVERIFY(doc.save().ok);
        QCOMPARE(PlanFile::load(copy).content->info.name, QStringLiteral("Mine, again"));
        QCOMPARE(fileHash(file), theirs);
    }

    // Saving twice in a row is not mistaken for another program's change.
    void repeatedSavesWork()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("plan.cairn"));
        QVERIFY(PlanFile::save(Test::fullPlan(), file).ok);
        auto opened = PlanDocument::open(file);
        QVERIFY(opened.document);
        for (int i = 0; i < 3; ++i) {
            renamePlan(*opened.document, QStringLiteral("Round %1").arg(i));
            const SaveResult r = opened.document->save();
            QVERIFY2(r.ok, qPrintable(r.message));
        }
        QCOMPARE(PlanFile::load(file).content->info.name, QStringLiteral("Round 2"));
    }

    // A plan without write permission opens read-only and says why, even for root.
    void readOnlyPlanOpensReadOnly()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("ro.cairn"));
        QVERIFY(PlanFile::save(Test::fullPlan(), file).ok);
        QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::ReadGroup));
        auto opened = PlanDocument::open(file);
        QVERIFY(opened.document);
        QVERIFY(opened.document->isReadOnly());
        QVERIFY2(opened.document->readOnlyReason().contains(QStringLiteral("read-only")),
            qPrintable(opened.document->readOnlyReason()));
        // It holds no lock: another Cairn may open the file as usual.
        QVERIFY(!QFile::exists(PlanLock::lockPathFor(file)));
    }

    // Opened through a symbolic link: one lock with the real file, and saving keeps the link.
    void planOpenedThroughALinkStaysALink()
    {
        QTemporaryDir dir;
        const QString real = dir.filePath(QStringLiteral("real.cairn"));
        const QString link = dir.filePath(QStringLiteral("link.cairn"));
        QVERIFY(PlanFile::save(Test::fullPlan(), real).ok);
        QVERIFY(QFile::link(real, link));
        auto opened = PlanDocument::open(link);
        QVERIFY(opened.document);
        QVERIFY(!opened.document->isReadOnly());
        auto second = PlanDocument::open(real);
        QVERIFY(second.document->isReadOnly()); // the same plan, already open
        renamePlan(*opened.document, QStringLiteral("Through the link"));
        QVERIFY(opened.document->save().ok);
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(PlanFile::load(real).content->info.name, QStringLiteral("Through the link"));
    }

    // A second Cairn (here a second document of this process) opens the plan read-only.
    void secondOpenIsReadOnlyAndNamesTheHolder()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("plan.cairn"));
        QVERIFY(PlanFile::save(Test::fullPlan(), file).ok);
        auto opened = PlanDocument::open(file);
        QVERIFY(opened.document);
        // Another Cairn cannot take the lock, and opens read-only, naming the holder.
        auto other = PlanDocument::open(file);
        QVERIFY(other.document->isReadOnly());
        QVERIFY2(other.document->readOnlyReason().contains(QStringLiteral("open in Cairn")),
            qPrintable(other.document->readOnlyReason()));
        QVERIFY(!other.document->save().ok);
    }
};

QTEST_GUILESS_MAIN(tst_PlanDocument)
#include "tst_plandocument.moc"

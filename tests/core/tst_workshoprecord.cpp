#include "core/edit/editfacade.h"
#include "core/schedule/planscheduler.h"
#include "core/store/planfile.h"
#include "core/store/sampleplan.h"
#include "core/workshop/record.h"
#include "core/workshop/voting.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Cairn;

namespace {
PlanContent fourInitiatives()
{
    PlanContent p;
    auto initiative = [](qint64 id, const char *name, int value) {
        Initiative i;
        i.id = InitiativeId {id};
        i.name = QString::fromLatin1(name);
        i.duration = 2;
        i.value = value;
        return i;
    };
    p.initiatives = {initiative(10, "CRM", 50), initiative(11, "Intranet", 20),
        initiative(12, "Backups", 70), initiative(13, "Old thing", 10)};
    p.initiatives[3].status = InitiativeStatus::Dropped;
    p.info.dots = 3;
    p.nextId = 20;
    return p;
}

PlanSchedule scheduled(const PlanContent &plan)
{
    SchedulerOptions o;
    o.timeBudgetMs = 0;
    o.maxSchedules = 2000;
    return schedulePlan(plan, o);
}

std::vector<WorkshopChange>::const_iterator changeIn(
    const WorkshopRecord &r, WorkshopChange::Kind kind, qint64 initiative)
{
    return std::find_if(r.changes.begin(), r.changes.end(), [&](const WorkshopChange &c) {
        return c.kind == kind && (initiative == 0 || c.initiative == initiative);
    });
}

const QDateTime kStart(QDate(2027, 3, 2), QTime(9, 0), Qt::UTC);
} // namespace

class tst_WorkshopRecord : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    // Participants by name, each with their dots; the totals; one undo step per change.
    void votesAreCountedPerPerson()
    {
        Plan plan(fourInitiatives());
        EditFacade edit(plan);
        VotingEdits votes(edit);
        QVERIFY(votes.addParticipant(QStringLiteral(" Anna ")).ok);
        QVERIFY(votes.addParticipant(QStringLiteral("Ben")).ok);
        QVERIFY(!votes.addParticipant(QStringLiteral("anna")).ok); // taken, case aside
        QVERIFY(!votes.addParticipant(QStringLiteral("  ")).ok);
        QVERIFY(votes.setDots(QStringLiteral("Anna"), InitiativeId {10}, 2).ok);
        QVERIFY(votes.setDots(QStringLiteral("Anna"), InitiativeId {12}, 1).ok);
        QVERIFY(votes.setDots(QStringLiteral("Ben"), InitiativeId {10}, 1).ok);
        QCOMPARE(edit.undoStack()->count(), 5);
        const VoteTally t = tallyVotes(plan.content());
        QCOMPARE(t.participants, QStringList({QStringLiteral("Anna"), QStringLiteral("Ben")}));
        QCOMPARE(t.rows.size(), size_t(3)); // the dropped one is not open to the vote
        QCOMPARE(t.rows[0].total, 3);
        QCOMPARE(t.rows[0].dots, QList<int>({2, 1}));
        QCOMPARE(t.rows[2].total, 1);
        QCOMPARE(t.used, QList<int>({3, 1}));
        QCOMPARE(t.left(0), 0);
        QCOMPARE(t.left(1), 2);
        QCOMPARE(t.most(), 3);
        QVERIFY(!t.revealed);
        edit.undoStack()->undo();
        QCOMPARE(tallyVotes(plan.content()).rows[0].total, 2);
    }

    void dotsAreRefused_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<qint64>("initiative");
        QTest::addColumn<int>("dots");
        QTest::newRow("more than each has") << QStringLiteral("Anna") << qint64(11) << 2;
        QTest::newRow("a dropped initiative") << QStringLiteral("Anna") << qint64(13) << 1;
        QTest::newRow("no such initiative") << QStringLiteral("Anna") << qint64(99) << 1;
        QTest::newRow("no such participant") << QStringLiteral("Zoe") << qint64(11) << 1;
    }
    // A refused vote says why and changes nothing.
    void dotsAreRefused()
    {
        QFETCH(QString, who);
        QFETCH(qint64, initiative);
        QFETCH(int, dots);
        Plan plan(fourInitiatives());
        EditFacade edit(plan);
        VotingEdits votes(edit);
        QVERIFY(votes.addParticipant(QStringLiteral("Anna")).ok);
        QVERIFY(votes.setDots(QStringLiteral("Anna"), InitiativeId {10}, 2).ok);
        const PlanContent before = plan.content();
        const EditResult r = votes.setDots(who, InitiativeId {initiative}, dots);
        QVERIFY(!r.ok);
        QVERIFY(!r.message.isEmpty());
        QVERIFY(plan.content() == before);
        QCOMPARE(edit.undoStack()->count(), 2);
    }

    void totalsSetValues_data()
    {
        QTest::addColumn<QList<int>>("dots"); // Anna's on 10, 11, 12
        QTest::addColumn<QList<int>>("values");
        // Without a dot an initiative keeps its value (50, 20, 70).
        QTest::newRow("one favourite") << QList<int>({3, 0, 0}) << QList<int>({100, 20, 70});
        QTest::newRow("in proportion") << QList<int>({2, 1, 0}) << QList<int>({100, 50, 70});
        QTest::newRow("thirds") << QList<int>({1, 1, 1}) << QList<int>({100, 100, 100});
    }
    // The totals set the values only when asked, as one step that Undo takes back.
    void totalsSetValues()
    {
        QFETCH(QList<int>, dots);
        QFETCH(QList<int>, values);
        Plan plan(fourInitiatives());
        EditFacade edit(plan);
        VotingEdits votes(edit);
        QVERIFY(votes.addParticipant(QStringLiteral("Anna")).ok);
        for (int k = 0; k < 3; ++k)
            if (dots[k] > 0)
                QVERIFY(votes.setDots(QStringLiteral("Anna"), InitiativeId {10 + k}, dots[k]).ok);
        votes.reveal(true);
        QVERIFY(tallyVotes(plan.content()).revealed);
        const PlanContent before = plan.content();
        const int steps = edit.undoStack()->count();
        votes.setValuesFromVotes();
        QCOMPARE(edit.undoStack()->count(), steps + 1);
        for (int k = 0; k < 3; ++k)
            QCOMPARE(plan.initiative(InitiativeId {10 + k})->value, values[k]);
        QCOMPARE(plan.initiative(InitiativeId {13})->value, 10); // dropped: left alone
        edit.undoStack()->undo();
        QVERIFY(plan.content() == before);
    }

    void nobodyVotedSetsNothing()
    {
        Plan plan(fourInitiatives());
        EditFacade edit(plan);
        QCOMPARE(VotingEdits(edit).setValuesFromVotes(), 0);
        QCOMPARE(edit.undoStack()->count(), 0);
    }

    // Fewer dots each than someone gave is refused; a participant removed takes their dots along;
    // a new vote keeps the participants and hides the totals again.
    void participantsAndRounds()
    {
        Plan plan(fourInitiatives());
        EditFacade edit(plan);
        VotingEdits votes(edit);
        QVERIFY(votes.addParticipant(QStringLiteral("Anna")).ok);
        QVERIFY(votes.addParticipant(QStringLiteral("Ben")).ok);
        QVERIFY(votes.setDots(QStringLiteral("Anna"), InitiativeId {10}, 3).ok);
        QVERIFY(votes.setDots(QStringLiteral("Ben"), InitiativeId {11}, 1).ok);
        QVERIFY(!votes.setDotsEach(2).ok);
        QVERIFY(votes.setDotsEach(5).ok);
        QCOMPARE(plan.info().dots, 5);
        QVERIFY(votes.renameParticipant(QStringLiteral("ben"), QStringLiteral("Benedict")).ok);
        QCOMPARE(tallyVotes(plan.content()).rows[1].dots, QList<int>({0, 1}));
        votes.removeParticipant(QStringLiteral("Anna"));
        QCOMPARE(tallyVotes(plan.content()).totalDots, 1);
        votes.reveal(true);
        votes.clearVotes();
        QCOMPARE(plan.votes().size(), size_t(0));
        QCOMPARE(plan.participants().size(), size_t(1));
        QVERIFY(!tallyVotes(plan.content()).revealed);
    }

    // Start keeps where everything stood; what is added, removed, moved and re-scored after it is
    // listed, with the decisions; End fixes the record, so later edits leave it as it was.
    void recordListsWhatChanged()
    {
        Plan plan(samplePlan());
        EditFacade edit(plan);
        WorkshopEdits record(edit);
        QVERIFY(!record.noteDecision(QStringLiteral("Too early"), kStart).ok);
        EditResult result;
        const auto id = record.start(scheduled(plan.content()), {}, kStart, &result);
        QVERIFY(result.ok);
        QVERIFY(id);
        QVERIFY(runningWorkshop(plan.content()));
        QVERIFY(!record.start(scheduled(plan.content()), {}, kStart, &result));
        QVERIFY(!result.ok);
        QCOMPARE(edit.undoStack()->count(), 1);
        std::vector<Initiative> open; // taken in, and scheduled
        const PlanSchedule first = scheduled(plan.content());
        for (const Initiative &i : plan.initiatives())
            if (i.status != InitiativeStatus::Dropped && i.status != InitiativeStatus::Done
                && first.find(i.id) && first.find(i.id)->start && !i.pin)
                open.push_back(i);
        QVERIFY(open.size() >= 3);
        const Initiative removed = open[0];
        Initiative rescored = open[1];
        edit.remove({removed.id.value});
        rescored.value = rescored.value == 90 ? 10 : 90;
        QVERIFY(edit.update(rescored).ok);
        Initiative added;
        added.name = QStringLiteral("Kiosk in every store");
        added.duration = 1;
        const qint64 addedId = edit.add(added);
        // A pin three quarters later than where it stood moves it.
        const PlanSchedule before = scheduled(plan.content());
        Initiative pinned = *plan.initiative(open[2].id);
        pinned.pin = *before.find(pinned.id)->start + 3;
        QVERIFY(edit.update(pinned).ok);
        QVERIFY(record.noteDecision(QStringLiteral("  ERP first,\n then the CRM "), kStart).ok);
        const PlanSchedule now = scheduled(plan.content());
        const WorkshopRecord r = workshopRecord(plan.content(), &now, *id);
        QCOMPARE(r.added, 1);
        QCOMPARE(r.removed, 1);
        QCOMPARE(r.rescored, 1);
        QVERIFY(r.moved >= 1);
        QCOMPARE(r.decisions, 1);
        auto find = [&r](WorkshopChange::Kind kind, qint64 initiative) {
            return changeIn(r, kind, initiative);
        };
        QVERIFY(find(WorkshopChange::Kind::Added, addedId) != r.changes.end());
        QCOMPARE(find(WorkshopChange::Kind::Removed, removed.id.value)->name, removed.name);
        QCOMPARE(
            find(WorkshopChange::Kind::Rescored, rescored.id.value)->valueAfter, rescored.value);
        const auto moved = changeIn(r, WorkshopChange::Kind::Moved, pinned.id.value);
        QVERIFY(moved != r.changes.end());
        QCOMPARE(*moved->startAfter, *pinned.pin);
        QCOMPARE(find(WorkshopChange::Kind::Decision, 0)->name,
            QStringLiteral("ERP first, then the CRM"));
        QCOMPARE(decisionsOf(plan.content(), *id),
            QStringList({QStringLiteral("ERP first, then the CRM")}));

        QVERIFY(record.end(now, kStart.addSecs(3600)).ok);
        QVERIFY(!runningWorkshop(plan.content()));
        Initiative later = *plan.initiative(rescored.id);
        later.value = 1;
        QVERIFY(edit.update(later).ok);
        const WorkshopRecord ended = workshopRecord(plan.content(), nullptr, *id);
        QCOMPARE(ended.rescored, 1);
        QCOMPARE(changeIn(ended, WorkshopChange::Kind::Rescored, rescored.id.value)->valueAfter,
            rescored.value);
        QCOMPARE(ended.moved, r.moved);
        QCOMPARE(ended.changes.size(), r.changes.size());
        // Undo takes back the later value, the end (the workshop runs again), then the decision.
        edit.undoStack()->undo();
        edit.undoStack()->undo();
        QVERIFY(runningWorkshop(plan.content()));
        edit.undoStack()->undo();
        QCOMPARE(workshopRecord(plan.content(), &now, *id).decisions, 0);
    }

    void decisionsAreRemovedOneByOne()
    {
        Plan plan(fourInitiatives());
        EditFacade edit(plan);
        WorkshopEdits record(edit);
        const auto id = record.start(scheduled(plan.content()), QStringLiteral("Day one"), kStart);
        QVERIFY(id);
        QVERIFY(!record.noteDecision(QStringLiteral("   "), kStart).ok);
        for (const char *d : {"first", "second", "third"})
            QVERIFY(record.noteDecision(QString::fromLatin1(d), kStart).ok);
        record.removeDecision(*id, 1);
        QCOMPARE(decisionsOf(plan.content(), *id),
            QStringList({QStringLiteral("first"), QStringLiteral("third")}));
        QVERIFY(record.end(scheduled(plan.content()), kStart).ok);
        // A second workshop of the same name gets a name of its own.
        const auto second
            = record.start(scheduled(plan.content()), QStringLiteral("Day one"), kStart);
        QCOMPARE(plan.content().workshop(*second)->name, QStringLiteral("Day one (2)"));
        record.remove(*id);
        QVERIFY(!plan.content().workshop(*id));
        QVERIFY(decisionsOf(plan.content(), *id).isEmpty());
    }

    // Markdown's own characters in a name stay text; a CSV cell never starts a formula.
    void recordAsMarkdownAndCsv()
    {
        Plan plan(fourInitiatives());
        EditFacade edit(plan);
        WorkshopEdits record(edit);
        const auto id
            = record.start(scheduled(plan.content()), QStringLiteral("Q1 *review*"), kStart);
        Initiative i = *plan.initiative(InitiativeId {10});
        i.name = QStringLiteral("CRM [phase 2]");
        i.value = 95;
        QVERIFY(edit.update(i).ok);
        QVERIFY(record.noteDecision(QStringLiteral("=cmd|' /C calc'!A0"), kStart).ok);
        const PlanSchedule now = scheduled(plan.content());
        const WorkshopRecord r = workshopRecord(plan.content(), &now, *id);
        const QString md = workshopRecordMarkdown(r, plan.info());
        QVERIFY2(md.startsWith(QStringLiteral("# Q1 \\*review\\*\n")), qPrintable(md));
        QVERIFY2(
            md.contains(QStringLiteral("**CRM \\[phase 2\\]**: value 50 → 95")), qPrintable(md));
        QVERIFY(md.contains(QStringLiteral("## Decisions")));
        const QString csv = workshopRecordCsv(r, plan.info());
        const QStringList lines = csv.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY2(
            lines[1].contains(QStringLiteral("Re-scored,CRM [phase 2],50,95")), qPrintable(csv));
        QVERIFY2(!lines[2].contains(QStringLiteral(",=cmd")), qPrintable(csv));
    }

    // Only what would turn into markup is escaped: the raw record reads as written.
    void markdownTextEscapesOnlyMarkup_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("markdown");
        auto row = [](const char *name, const char *text, const char *markdown) {
            QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(markdown);
        };
        row("plain", "Move the webshop to Shopify Plus", "Move the webshop to Shopify Plus");
        row("hyphen, dots, parentheses", "Magento 2.4 (EOS) - 2027 Q1 + Q2!",
            "Magento 2.4 (EOS) - 2027 Q1 + Q2!");
        row("emphasis", "Q1 *review* of __core__", "Q1 \\*review\\* of \\_\\_core\\_\\_");
        row("link and image", "![x](y) [a](b)", "!\\[x\\](y) \\[a\\](b)");
        row("code and html", "`rm` <b>", "\\`rm\\` \\<b\\>");
        row("table and strike", "a | b ~~c~~", "a \\| b \\~\\~c\\~\\~");
        row("list at start", "- drop it", "\\- drop it");
        row("heading at start", "# 1", "\\# 1");
        row("numbered at start", "2027. Go live", "2027\\. Go live");
        row("hash inside", "Ticket #42", "Ticket #42");
        row("line break", "one\ntwo", "one two");
    }

    void markdownTextEscapesOnlyMarkup()
    {
        QFETCH(QString, text);
        QFETCH(QString, markdown);
        QCOMPARE(markdownText(text), markdown);
    }

    // A vote on an initiative deleted since stays for its undo but never reaches the file.
    void votesOfDeletedInitiativesAreNotSaved()
    {
        Plan plan(fourInitiatives());
        EditFacade edit(plan);
        VotingEdits votes(edit);
        QVERIFY(votes.addParticipant(QStringLiteral("Anna")).ok);
        QVERIFY(votes.setDots(QStringLiteral("Anna"), InitiativeId {10}, 2).ok);
        QVERIFY(votes.setDots(QStringLiteral("Anna"), InitiativeId {11}, 1).ok);
        edit.remove({10});
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("p.cairn"));
        const auto saved = PlanFile::save(plan.content(), file);
        QVERIFY2(saved.ok, qPrintable(saved.message));
        const auto loaded = PlanFile::load(file);
        QVERIFY2(loaded.ok(), qPrintable(loaded.message));
        QCOMPARE(loaded.content->votes.size(), size_t(1));
        QCOMPARE(loaded.content->votes.front().initiative, InitiativeId {11});
        edit.undoStack()->undo();
        QCOMPARE(tallyVotes(plan.content()).rows[0].total, 2);
    }
};

QTEST_GUILESS_MAIN(tst_WorkshopRecord)
#include "tst_workshoprecord.moc"

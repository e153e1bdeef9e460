#include "core/edit/scenarioedits.h"
#include "core/session/serverdocument.h"
#include "core/workshop/voting.h"
#include "tests/core/planfixtures.h"
#include "tests/server/testserver.h"

#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <atomic>
#include <functional>
#include <thread>

using namespace Cairn;

// A plan on a server as a window holds it: every undo step written as one versioned step,
// colleagues' steps taken in as announcements, conflicts held until the person decides.
class tst_ServerDocument : public QObject {
    Q_OBJECT

private:
    Test::TestServer m_server;
    int m_plans = 0;
    QString m_plan; // a fresh plan for each test

    std::unique_ptr<ServerDocument> openAs(const QString &user, bool listen = true)
    {
        ServerDocument::Options options;
        options.listen = listen;
        options.timing = {500, 300};
        return openWith(user, options);
    }

    std::unique_ptr<ServerDocument> openWith(
        const QString &user, const ServerDocument::Options &options)
    {
        auto doc
            = std::make_unique<ServerDocument>(m_server.address(user, m_plan), options, nullptr);
        QSignalSpy opened(doc.get(), &ServerDocument::opened);
        doc->open();
        if (!opened.wait(20000) || !opened.first().at(0).toBool()) {
            qWarning() << "not opened:" << (opened.isEmpty() ? QString() : opened.first().at(1));
            return nullptr;
        }
        return doc;
    }

    // What the server holds now, read by someone else.
    PlanContent onServer()
    {
        ServerStore store(m_server.address(QStringLiteral("postgres"), m_plan));
        const LoadResult loaded = store.load();
        return loaded.content.value_or(PlanContent {});
    }

    // A colleague's step: bob changes the first initiative.
    CommitResult colleague(const std::function<void(Initiative &)> &change)
    {
        ServerStore store(m_server.address(QStringLiteral("bob"), m_plan));
        const LoadResult loaded = store.load();
        if (!loaded.ok())
            return {false, 0, {}, loaded.message};
        PlanContent after = *loaded.content;
        change(after.initiatives.front());
        return store.commit(after, PlanChanges::between(*loaded.content, after));
    }

    static Initiative first(const ServerDocument &doc) { return doc.plan().initiatives().front(); }

    // Waits until the document has nothing on its way.
    static bool settled(ServerDocument &doc)
    {
        QTest::qWait(50);
        return QTest::qWaitFor([&] { return !doc.busy(); }, 20000);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // recovery copies in a folder for tests
        QString message;
        m_server = Test::TestServer::forProgram(QStringLiteral("cairn_document_test"),
            {QStringLiteral("alice"), QStringLiteral("bob")}, &message);
        QVERIFY2(m_server.valid(), qPrintable(message));
    }

    void init()
    {
        m_plan = QStringLiteral("plan%1").arg(++m_plans);
        QString message;
        QVERIFY2(m_server.publishWithEditors(m_plan, Test::fullPlan(),
                     {QStringLiteral("alice"), QStringLiteral("bob")}, &message),
            qPrintable(message));
    }

    void eachUndoStepIsOneVersionedStep()
    {
        auto doc = openAs(QStringLiteral("alice"));
        QVERIFY(doc);
        QCOMPARE(doc->plan().content().initiatives, Test::fullPlan().initiatives);
        QVERIFY(doc->isShared());
        QVERIFY(doc->displayName().startsWith(m_plan));
        const qint64 start = doc->revision();
        QSignalSpy committed(doc.get(), &ServerDocument::committed);
        Initiative i = first(*doc);
        i.name = QStringLiteral("Renamed by Alice");
        QVERIFY(doc->edit().update(i).ok);
        QVERIFY(committed.wait(10000));
        i.risk = 5;
        QVERIFY(doc->edit().update(i).ok);
        QVERIFY(committed.wait(10000) || committed.count() == 2);
        QVERIFY(settled(*doc));
        QCOMPARE(doc->revision(), start + 2);
        QCOMPARE(onServer().initiatives.front(), i);
        QVERIFY(!doc->isModified());
        // Undo is a step like any other: the server has the name back.
        doc->edit().undoStack()->undo();
        QTRY_COMPARE_WITH_TIMEOUT(
            onServer().initiatives.front().risk, Test::fullPlan().initiatives.front().risk, 10000);
        QVERIFY(settled(*doc));
        QCOMPARE(doc->revision(), start + 3);
    }

    void colleaguesStepsArriveAsAnnouncements()
    {
        auto alice = openAs(QStringLiteral("alice"));
        auto bob = openAs(QStringLiteral("bob"));
        QVERIFY(alice && bob);
        QSignalSpy refreshed(alice.get(), &ServerDocument::refreshed);
        QSignalSpy changed(&alice->plan(), &Plan::changed);
        Initiative i = first(*bob);
        i.name = QStringLiteral("Bob's name");
        QVERIFY(bob->edit().update(i).ok);
        QTRY_COMPARE_WITH_TIMEOUT(first(*alice).name, i.name, 10000);
        QVERIFY(refreshed.count() >= 1);
        QVERIFY(changed.count() >= 1); // the schedule re-plans from it like from any edit
        QCOMPARE(alice->edit().undoStack()->count(), 0); // never an undo step of Alice's
        QVERIFY(!alice->isModified());
        // And back the other way, with Alice's own steps undoable.
        i.risk = i.risk == 1 ? 2 : 1; // a change (the fixture's risk may be 1 already)
        QVERIFY(alice->edit().update(i).ok);
        QTRY_COMPARE_WITH_TIMEOUT(first(*bob).risk, i.risk, 10000);
        QCOMPARE(alice->edit().undoStack()->count(), 1);
    }

    void sameFieldIsHeldUntilDecided_data()
    {
        QTest::addColumn<bool>("keepMine");
        QTest::newRow("keep mine") << true;
        QTest::newRow("take theirs") << false;
    }
    void sameFieldIsHeldUntilDecided()
    {
        QFETCH(bool, keepMine);
        auto doc = openAs(QStringLiteral("alice"), false); // holds the plan as it read it
        QVERIFY(doc);
        const QString was = first(*doc).name;
        const CommitResult bob
            = colleague([](Initiative &i) { i.name = QStringLiteral("Theirs"); });
        QVERIFY2(bob.ok, qPrintable(bob.message));
        QSignalSpy conflicts(doc.get(), &ServerDocument::conflictsChanged);
        Initiative mine = first(*doc);
        mine.name = QStringLiteral("Mine");
        QVERIFY(doc->edit().update(mine).ok);
        QVERIFY(conflicts.wait(10000));
        QVERIFY(settled(*doc));
        QCOMPARE(doc->conflicts().size(), size_t(1));
        const ServerConflict c = doc->conflicts().front();
        QCOMPARE(c.conflict.changedBy, QStringLiteral("bob"));
        // Not applied silently: the server keeps theirs, the window shows mine.
        QCOMPARE(onServer().initiatives.front().name, QStringLiteral("Theirs"));
        QCOMPARE(first(*doc).name, QStringLiteral("Mine"));
        const QList<FieldDifference> d = fieldDifferences(c, doc->plan().content());
        QCOMPARE(d.size(), 1);
        QCOMPARE(d.front().was, was);
        QCOMPARE(d.front().theirs, QStringLiteral("Theirs"));
        QCOMPARE(d.front().yours, QStringLiteral("Mine"));
        QVERIFY(!doc->isModified());

        const int steps = doc->edit().undoStack()->count();
        if (keepMine)
            doc->keepMine(c.id);
        else
            doc->takeTheirs(c.id);
        QVERIFY(settled(*doc));
        QVERIFY(doc->conflicts().empty());
        QCOMPARE(doc->edit().undoStack()->count(), steps + 1); // one undo step
        const QString expected = keepMine ? QStringLiteral("Mine") : QStringLiteral("Theirs");
        QCOMPARE(first(*doc).name, expected);
        QTRY_COMPARE_WITH_TIMEOUT(onServer().initiatives.front().name, expected, 10000);
        // Undoing the decision is a step too: the other one is written.
        doc->edit().undoStack()->undo();
        const QString other = keepMine ? QStringLiteral("Theirs") : QStringLiteral("Mine");
        QCOMPARE(first(*doc).name, other);
        QTRY_COMPARE_WITH_TIMEOUT(onServer().initiatives.front().name, other, 10000);
        QVERIFY(doc->conflicts().empty());
    }

    void differentFieldsAreMergedWithANote()
    {
        auto doc = openAs(QStringLiteral("alice"), false);
        QVERIFY(doc);
        const CommitResult bob = colleague([](Initiative &i) { i.risk = 5; });
        QVERIFY2(bob.ok, qPrintable(bob.message));
        QSignalSpy merged(doc.get(), &ServerDocument::merged);
        QSignalSpy committed(doc.get(), &ServerDocument::committed);
        Initiative mine = first(*doc);
        mine.name = QStringLiteral("Mine");
        QVERIFY(doc->edit().update(mine).ok);
        QVERIFY(committed.wait(10000));
        QCOMPARE(merged.count(), 1);
        const QString note = merged.first().at(0).toString();
        QVERIFY2(note.contains(QLatin1String("bob")), qPrintable(note));
        QVERIFY2(
            note.contains(fieldLabels(rowKey(EntityValue(mine)), fieldBit<Initiative>(u"risk"))),
            qPrintable(note));
        QVERIFY(doc->conflicts().empty());
        const Initiative server = onServer().initiatives.front();
        QCOMPARE(server.name, QStringLiteral("Mine"));
        QCOMPARE(server.risk, 5);
        // Their field arrives in the window once it reads again.
        doc->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(first(*doc).risk, 5, 10000);
        QCOMPARE(first(*doc).name, QStringLiteral("Mine"));
    }

    // Undo in a shared plan takes back only the fields of my step: a colleague's newer change of
    // another field of the row stays, in the window and on the server (before, the undo of an
    // import wrote the whole row back and Bob's name was lost).
    void undoKeepsAColleaguesNewerChange()
    {
        auto doc = openAs(QStringLiteral("alice"));
        QVERIFY(doc);
        const Initiative original = first(*doc);
        PlanContent imported = doc->plan().content();
        imported.initiatives.front().risk = original.risk == 5 ? 1 : 5;
        doc->edit().replaceContent(imported, QStringLiteral("Import 1 row"));
        QTRY_COMPARE_WITH_TIMEOUT(
            onServer().initiatives.front().risk, imported.initiatives.front().risk, 10000);
        QVERIFY(settled(*doc));
        const CommitResult bob = colleague([](Initiative &i) { i.name = QStringLiteral("Bob's"); });
        QVERIFY2(bob.ok, qPrintable(bob.message));
        QTRY_COMPARE_WITH_TIMEOUT(first(*doc).name, QStringLiteral("Bob's"), 10000);
        QVERIFY(settled(*doc));
        QCOMPARE(doc->edit().undoStack()->count(), 1); // Bob's step is not Alice's to undo
        doc->edit().undoStack()->undo();
        QCOMPARE(first(*doc).name, QStringLiteral("Bob's"));
        QCOMPARE(first(*doc).risk, original.risk);
        QTRY_COMPARE_WITH_TIMEOUT(onServer().initiatives.front().risk, original.risk, 10000);
        QVERIFY(settled(*doc));
        QCOMPARE(onServer().initiatives.front().name, QStringLiteral("Bob's"));
        QVERIFY(doc->conflicts().empty());
    }

    // Two people adding at once never take the same id, and neither row overwrites the other:
    // each window hands out ids from a block the server reserved for it (before, both took the
    // plan's next id and the second add was refused as "its id is taken").
    void addingAtOnceNeverTakesTheSameId()
    {
        auto alice = openAs(QStringLiteral("alice"), false);
        auto bob = openAs(QStringLiteral("bob"), false);
        QVERIFY(alice && bob);
        QList<qint64> ids;
        for (int round = 0; round < 3; ++round) {
            Initiative a, b;
            a.name = QStringLiteral("Alice's %1").arg(round);
            b.name = QStringLiteral("Bob's %1").arg(round);
            ids << alice->edit().add(a) << bob->edit().add(b);
        }
        QVERIFY(settled(*alice) && settled(*bob));
        QVERIFY(alice->conflicts().empty());
        QVERIFY(bob->conflicts().empty());
        QCOMPARE(QSet<qint64>(ids.begin(), ids.end()).size(), ids.size());
        const PlanContent server = onServer();
        QCOMPARE(server.initiatives.size(), Test::fullPlan().initiatives.size() + 6);
        for (int round = 0; round < 3; ++round) {
            const Initiative *a = server.initiative(InitiativeId {ids[2 * round]});
            const Initiative *b = server.initiative(InitiativeId {ids[2 * round + 1]});
            QVERIFY(a && b);
            QCOMPARE(a->name, QStringLiteral("Alice's %1").arg(round));
            QCOMPARE(b->name, QStringLiteral("Bob's %1").arg(round));
        }
        // Someone who reserves no ids (a command-line import) starts past both blocks.
        ServerStore store(m_server.address(QStringLiteral("postgres"), m_plan));
        const LoadResult loaded = store.load();
        QVERIFY(loaded.ok());
        QVERIFY(loaded.content->nextId > alice->plan().content().nextId);
        QVERIFY(loaded.content->nextId > bob->plan().content().nextId);
        // A block running low is followed by the next one, past everything reserved before.
        QString why;
        const qint64 next = store.reserveIds(1, 10, &why);
        QVERIFY2(next >= loaded.content->nextId, qPrintable(why));
        QCOMPARE(store.reserveIds(1, 10, &why), next + 10);
    }

    // Steps made while the server is away (stopped, restarted) are written once it is back,
    // and colleagues' steps are read again: before, the connections the server had dropped
    // stayed "open" in Qt, every later step failed and nothing was read any more.
    void stepsMadeWhileTheServerIsAwayGoWhenItIsBack()
    {
        ServerDocument::Options options;
        options.timing = {500, 300};
        options.retryMs = 300;
        auto doc = openWith(QStringLiteral("alice"), options);
        QVERIFY(doc);
        QVERIFY(settled(*doc));
        QVERIFY(Test::TestServer::control(QStringLiteral("pause")));
        QSignalSpy problem(doc.get(), &ServerDocument::problem);
        Initiative i = first(*doc);
        for (int n = 1; n <= 20; ++n) {
            i.name = QStringLiteral("Offline %1").arg(n);
            i.value = n;
            QVERIFY(doc->edit().update(i).ok);
        }
        QVERIFY(problem.wait(20000)); // the step could not go: said, and kept
        QVERIFY(doc->isModified());
        QVERIFY(Test::TestServer::control(QStringLiteral("resume")));
        QTRY_VERIFY_WITH_TIMEOUT(!doc->isModified(), 20000);
        QCOMPARE(onServer().initiatives.front(), first(*doc));
        QCOMPARE(first(*doc).name, QStringLiteral("Offline 20"));
        QVERIFY(settled(*doc));
        // And a colleague's step is heard and read again (a read that failed while the server
        // was coming back was never made again, and the listener's new connection did not hear
        // the notification: the window never showed it).
        const CommitResult bob = colleague([](Initiative &x) { x.risk = x.risk == 5 ? 1 : 5; });
        QVERIFY2(bob.ok, qPrintable(bob.message));
        QTRY_COMPARE_WITH_TIMEOUT(first(*doc).risk, onServer().initiatives.front().risk, 20000);
        QCOMPARE(first(*doc).name, QStringLiteral("Offline 20"));
    }

    // Once the server is back from a stop, the window is in step again without waiting for a
    // heartbeat or a retry (measured: in step 6.8 s after a restart; the listener found the lost
    // link only with its next heartbeat and then waited 2 s to try again, and the first step
    // after it failed on the connection the server had dropped and went again a retryMs later).
    // Here both are ten minutes apart: the window gets on from the server's closing the
    // connection, a reconnect soon after and a step sent again at once on a new connection.
    void inStepOnceTheServerIsBackWithoutAHeartbeat()
    {
        ServerDocument::Options options;
        options.timing.heartbeatMs = 600000;
        options.retryMs = 600000;
        auto doc = std::make_unique<ServerDocument>(
            m_server.address(QStringLiteral("alice"), m_plan), options);
        QSignalSpy opened(doc.get(), &ServerDocument::opened);
        QSignalSpy connection(doc.get(), &ServerDocument::connectionChanged);
        doc->open();
        QVERIFY(opened.wait(20000) && opened.first().at(0).toBool());
        QTRY_VERIFY_WITH_TIMEOUT(!connection.isEmpty(), 20000); // the listener is up
        QVERIFY(connection.last().at(0).toBool());
        QVERIFY(settled(*doc));
        connection.clear();
        Test::PausedServer away; // resumed whatever happens
        QVERIFY(away.paused());
        QTRY_VERIFY_WITH_TIMEOUT(!connection.isEmpty(), 20000); // found without a heartbeat
        QVERIFY(!connection.first().at(0).toBool());
        QVERIFY(away.resume());
        QTRY_VERIFY_WITH_TIMEOUT(connection.last().at(0).toBool(), 20000); // tried again
        QVERIFY(settled(*doc));
        // My step: its connection was dropped by the server; it goes on a new one.
        Initiative i = first(*doc);
        i.name = QStringLiteral("After the server came back");
        QVERIFY(doc->edit().update(i).ok);
        QTRY_VERIFY_WITH_TIMEOUT(!doc->isModified(), 20000);
        QCOMPARE(onServer().initiatives.front().name, i.name);
        QVERIFY(settled(*doc));
        // A colleague's step is heard on the listener's new connection.
        const CommitResult bob = colleague([](Initiative &x) { x.risk = x.risk == 5 ? 1 : 5; });
        QVERIFY2(bob.ok, qPrintable(bob.message));
        QTRY_COMPARE_WITH_TIMEOUT(first(*doc).risk, onServer().initiatives.front().risk, 20000);
        QCOMPARE(first(*doc).name, i.name);
    }

    // Closing a window whose server took the connection and never answers (frozen: a server
    // behind a dead link) does not wait for it: before, the window waited for the step on its way
    // and for the listener's heartbeat, for as long as the server stayed away (3.7 s in
    // cairn-server-bench --targets until it was thawed; here a watchdog thaws it after 20 s, and
    // the window must have closed before). The step on its way is still written once the server
    // answers again.
    void closingDoesNotWaitForAServerThatDoesNotAnswer()
    {
        ServerDocument::Options options;
        options.timing = {500, 300};
        auto doc = std::make_unique<ServerDocument>(
            m_server.address(QStringLiteral("alice"), m_plan), options);
        QSignalSpy opened(doc.get(), &ServerDocument::opened);
        QSignalSpy connection(doc.get(), &ServerDocument::connectionChanged);
        doc->open();
        QVERIFY(opened.wait(20000) && opened.first().at(0).toBool());
        QTRY_VERIFY_WITH_TIMEOUT(!connection.isEmpty(), 20000); // the listener is up
        QVERIFY(settled(*doc));
        QVERIFY(Test::TestServer::control(QStringLiteral("freeze")));
        std::atomic<bool> closed {false}, thawedByWatchdog {false};
        std::thread watchdog([&] {
            for (int k = 0; k < 2000 && !closed; ++k)
                std::this_thread::sleep_for(std::chrono::milliseconds(10));
            if (!closed) {
                thawedByWatchdog = true;
                Test::TestServer::control(QStringLiteral("thaw"));
            }
        });
        Initiative i = first(*doc);
        i.name = QStringLiteral("Written after the window closed");
        QVERIFY(doc->edit().update(i).ok);
        QTest::qWait(1200); // the step is on its way, a heartbeat waits for the server
        QVERIFY(doc->busy());
        doc.reset();
        closed = true;
        watchdog.join();
        const bool closedWhileFrozen = !thawedByWatchdog;
        if (closedWhileFrozen)
            QVERIFY(Test::TestServer::control(QStringLiteral("thaw")));
        QVERIFY2(closedWhileFrozen, "the window waited for the server to answer");
        QTRY_COMPARE_WITH_TIMEOUT(onServer().initiatives.front().name, i.name, 30000);
    }

    // Scenarios, the reference schedule and the dot vote are written per step from the window
    // (before: they stayed in the window, "not kept on a plan server yet") and a colleague's
    // window shows them; undo takes them back on the server too.
    void partsAreWrittenAndAnnounced()
    {
        auto alice = openAs(QStringLiteral("alice"));
        auto bob = openAs(QStringLiteral("bob"));
        QVERIFY(alice && bob);
        QSignalSpy problem(alice.get(), &ServerDocument::problem);
        QVERIFY(
            ScenarioEdits(alice->edit()).rename(ScenarioId {51}, QStringLiteral("ERP later")).ok);
        std::vector<ReferenceStart> reference = alice->plan().content().reference;
        reference.front().start = Quarter(2029, 2);
        alice->edit().setReference(reference, QStringLiteral("Re-plan"));
        QVERIFY(VotingEdits(alice->edit()).addParticipant(QStringLiteral("Zoë")).ok);
        QTRY_VERIFY_WITH_TIMEOUT(!alice->isModified(), 20000);
        QVERIFY(settled(*alice));
        QVERIFY2(problem.isEmpty(), qPrintable(problem.value(0).value(0).toString()));
        const PlanContent there = onServer();
        QCOMPARE(there.scenarios, alice->plan().content().scenarios);
        QCOMPARE(there.reference, alice->plan().content().reference);
        QCOMPARE(there.participants, alice->plan().content().participants);
        QCOMPARE(there.participants.back().name, QStringLiteral("Zoë"));
        QTRY_COMPARE_WITH_TIMEOUT(bob->plan().content().participants, there.participants, 20000);
        QCOMPARE(bob->plan().content().scenarios, there.scenarios);
        QCOMPARE(bob->plan().content().reference, there.reference);
        QVERIFY(!bob->edit().undoStack()->canUndo()); // announcements, not undo steps
        alice->edit().undoStack()->undo();
        QTRY_COMPARE_WITH_TIMEOUT(onServer().participants, Test::fullPlan().participants, 20000);
    }

    // We both changed the dot vote: my change is made again on theirs (merged) when we changed
    // different rows; when we changed the same row theirs stays, and I am told so.
    void partsChangedAtOnceAreMerged()
    {
        auto alice = openAs(QStringLiteral("alice"), false); // she does not hear Bob
        QVERIFY(alice);
        auto bobChanges = [&](const std::function<void(PlanContent &)> &change) {
            ServerStore store(m_server.address(QStringLiteral("bob"), m_plan));
            const LoadResult loaded = store.load();
            if (!loaded.ok())
                return false;
            PlanContent after = *loaded.content;
            change(after);
            return store.commit(after, PlanChanges::between(*loaded.content, after)).ok;
        };
        QVERIFY(bobChanges(
            [](PlanContent &p) { p.participants.push_back({QStringLiteral("Bob's guest")}); }));
        QSignalSpy merged(alice.get(), &ServerDocument::merged);
        QSignalSpy problem(alice.get(), &ServerDocument::problem);
        QVERIFY(VotingEdits(alice->edit()).addParticipant(QStringLiteral("Alice's guest")).ok);
        QTRY_VERIFY_WITH_TIMEOUT(!merged.isEmpty(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!alice->isModified(), 20000);
        QVERIFY(settled(*alice));
        QVERIFY(problem.isEmpty());
        PlanContent there = onServer();
        QCOMPARE(there.participants.size(), Test::fullPlan().participants.size() + 2);
        QCOMPARE(alice->plan().content().participants, there.participants);

        // The same row: Anna's dots on initiative 30.
        QVERIFY(bobChanges([](PlanContent &p) {
            for (Vote &v : p.votes)
                if (v.participant == QLatin1String("Anna") && v.initiative.value == 30)
                    v.dots = 1;
        }));
        QVERIFY(
            VotingEdits(alice->edit()).setDots(QStringLiteral("Anna"), InitiativeId {30}, 2).ok);
        QTRY_VERIFY_WITH_TIMEOUT(!problem.isEmpty(), 20000);
        QVERIFY2(problem.last().at(0).toString().contains(QLatin1String("not written")),
            qPrintable(problem.last().at(0).toString()));
        QTRY_VERIFY_WITH_TIMEOUT(!alice->isModified(), 20000);
        QVERIFY(settled(*alice));
        there = onServer();
        QCOMPARE(alice->plan().content().votes, there.votes);
        for (const Vote &v : there.votes)
            if (v.participant == QLatin1String("Anna") && v.initiative.value == 30)
                QCOMPARE(v.dots, 1);
    }

    void removingWhatTheyChangedIsAConflict()
    {
        auto doc = openAs(QStringLiteral("alice"), false);
        QVERIFY(doc);
        QVERIFY(colleague([](Initiative &i) { i.risk = 4; }).ok);
        QSignalSpy conflicts(doc.get(), &ServerDocument::conflictsChanged);
        const qint64 id = first(*doc).id.value;
        doc->edit().remove({id});
        QVERIFY(conflicts.wait(10000));
        QVERIFY(settled(*doc));
        QCOMPARE(doc->conflicts().size(), size_t(1));
        // Nothing of the refused step is written: not the removal, not its links' removal.
        const PlanContent server = onServer();
        QCOMPARE(server.initiatives.front().id.value, id);
        QCOMPARE(server.dependencies, Test::fullPlan().dependencies);
        QCOMPARE(server.contributions, Test::fullPlan().contributions);
        QCOMPARE(server.impacts, Test::fullPlan().impacts);
        QVERIFY(!doc->plan().initiative(InitiativeId {id})); // the window still shows mine
        // Theirs taken: the initiative with their change, and its links, are back.
        doc->takeTheirs(doc->conflicts().front().id);
        QVERIFY(settled(*doc));
        QVERIFY(doc->conflicts().empty());
        QCOMPARE(doc->plan().initiative(InitiativeId {id})->risk, 4);
        QCOMPARE(doc->plan().content().dependencies, server.dependencies);
        QCOMPARE(doc->plan().content().impacts, server.impacts);
        QVERIFY(!doc->isModified());
    }

    void unreachableServerSaysWhereAndWhy()
    {
        QString why;
        const auto address = ServerAddress::parse(
            QStringLiteral("postgresql:///cairn?host=/nonexistent-cairn&port=5999&user=alice&"
                           "plan=nowhere"),
            &why);
        QVERIFY(address);
        ServerDocument doc(*address);
        QSignalSpy opened(&doc, &ServerDocument::opened);
        doc.open();
        QVERIFY(opened.wait(20000));
        QCOMPARE(opened.first().at(0).toBool(), false);
        const QString message = opened.first().at(1).toString();
        QVERIFY2(message.contains(QLatin1String("/nonexistent-cairn")), qPrintable(message));
        QVERIFY(!doc.isOpen());
    }

    // Steps a window could not send (the server was away) are kept in its recovery copy with
    // what they were made on; a window that closed unexpectedly leaves it, and a window opened
    // later makes them again, checked like any step: nothing a colleague did meanwhile is
    // overwritten, and a step that went before the window closed is not made twice.
    void unsentStepsOfAClosedWindowAreSentLater_data()
    {
        QTest::addColumn<QString>("meanwhile");
        QTest::newRow("nobody changed the rows") << QStringLiteral("nobody");
        QTest::newRow("a colleague changed the same field") << QStringLiteral("same field");
        QTest::newRow("the step went before the window closed") << QStringLiteral("sent");
    }
    void unsentStepsOfAClosedWindowAreSentLater()
    {
        QFETCH(QString, meanwhile);
        const bool sent = meanwhile == QLatin1String("sent");
        const Initiative original0 = Test::fullPlan().initiatives.at(0);
        const Initiative original1 = Test::fullPlan().initiatives.at(1);
        QTemporaryDir kept;
        std::optional<RecoveryInfo> info;
        {
            ServerDocument::Options options;
            options.listen = false;
            // Sent again by itself only where the step is to go before the window closes.
            options.retryMs = sent ? 300 : 10 * 60 * 1000;
            auto doc = openWith(QStringLiteral("alice"), options);
            QVERIFY(doc);
            QVERIFY(settled(*doc));
            Test::PausedServer away;
            QVERIFY(away.paused());
            QSignalSpy problem(doc.get(), &ServerDocument::problem);
            QSignalSpy autosaved(doc.get(), &PlanDocument::autosaved);
            Initiative renamed = doc->plan().initiatives().at(0);
            renamed.name = QStringLiteral("Renamed offline");
            Initiative revalued = doc->plan().initiatives().at(1);
            revalued.value = original1.value == 9 ? 8 : 9;
            doc->edit().beginMacro(QStringLiteral("Offline step"));
            QVERIFY(doc->edit().update(renamed).ok);
            QVERIFY(doc->edit().update(revalued).ok);
            doc->edit().endMacro();
            QVERIFY(problem.wait(20000)); // the step could not go
            QVERIFY(autosaved.wait(10000) || !autosaved.isEmpty()); // kept at once
            info = PlanDocument::recoveryAt(doc->recoveryPath());
            QVERIFY(info);
            QCOMPARE(info->server, m_server.address(QStringLiteral("alice"), m_plan).display());
            QVERIFY(QFile::exists(info->basePath()));
            // What the window leaves behind when it dies here (it removes its copy when it
            // closes cleanly, below).
            for (const QString &suffix :
                {QString(), QStringLiteral(".json"), QStringLiteral(".base")})
                QVERIFY(QFile::copy(info->recoveryPath + suffix,
                    kept.filePath(QStringLiteral("copy.cairn")) + suffix));
            info->recoveryPath = kept.filePath(QStringLiteral("copy.cairn"));
            QVERIFY(away.resume());
            if (sent) {
                QTRY_VERIFY_WITH_TIMEOUT(!doc->isModified(), 20000);
                QVERIFY(settled(*doc));
                QVERIFY(!QFile::exists(doc->recoveryPath())); // all on the server: not kept
            }
            QVERIFY(doc->isModified() != sent);
        }
        if (meanwhile == QLatin1String("same field")) {
            const CommitResult bob
                = colleague([](Initiative &i) { i.name = QStringLiteral("Theirs"); });
            QVERIFY2(bob.ok, qPrintable(bob.message));
        }

        auto doc = openAs(QStringLiteral("alice"), false);
        QVERIFY(doc);
        QSignalSpy autosaved(doc.get(), &PlanDocument::autosaved);
        QString why;
        const int rows = doc->replay(*info, &why);
        QVERIFY2(rows >= 0, qPrintable(why));
        QVERIFY(settled(*doc));
        if (sent) {
            QCOMPARE(rows, 0); // not made twice
            QCOMPARE(doc->edit().undoStack()->count(), 0);
            QVERIFY(doc->conflicts().empty());
            QCOMPARE(onServer().initiatives.at(0).name, QStringLiteral("Renamed offline"));
            return;
        }
        QCOMPARE(rows, 2);
        QCOMPARE(doc->edit().undoStack()->count(), 1); // one step of mine, undoable
        QCOMPARE(first(*doc).name, QStringLiteral("Renamed offline"));
        if (meanwhile == QLatin1String("nobody")) {
            QTRY_VERIFY_WITH_TIMEOUT(!doc->isModified(), 10000);
            // Kept in a copy of the window's own before the server answered the step (the
            // caller drops the old copy), and that copy gone once the step is on the server.
            QCOMPARE(autosaved.size(), 1);
            QVERIFY(!QFile::exists(autosaved.first().at(0).toString()));
            QVERIFY(doc->conflicts().empty());
            QCOMPARE(onServer().initiatives.at(0).name, QStringLiteral("Renamed offline"));
            QCOMPARE(onServer().initiatives.at(1).value, doc->plan().initiatives().at(1).value);
            QVERIFY(onServer().initiatives.at(1).value != original1.value);
            return;
        }
        // Bob's name is not overwritten: the person decides, and nothing of the step is written
        // until then.
        QCOMPARE(doc->conflicts().size(), size_t(1));
        QCOMPARE(doc->conflicts().front().conflict.changedBy, QStringLiteral("bob"));
        QCOMPARE(onServer().initiatives.at(0).name, QStringLiteral("Theirs"));
        QCOMPARE(onServer().initiatives.at(1).value, original1.value);
        const QList<FieldDifference> d
            = fieldDifferences(doc->conflicts().front(), doc->plan().content());
        QCOMPARE(d.size(), 1);
        QCOMPARE(d.front().was, original0.name);
        QCOMPARE(d.front().theirs, QStringLiteral("Theirs"));
        QCOMPARE(d.front().yours, QStringLiteral("Renamed offline"));
        // The window holds them in a copy of its own now (the old one is dropped by the caller).
        QVERIFY(!autosaved.isEmpty() || autosaved.wait(10000));
        const QString ownCopy = doc->recoveryPath();
        QVERIFY(QFile::exists(ownCopy));
        doc->keepMine(doc->conflicts().front().id);
        QVERIFY(settled(*doc));
        QTRY_COMPARE_WITH_TIMEOUT(
            onServer().initiatives.at(0).name, QStringLiteral("Renamed offline"), 10000);
        QCOMPARE(onServer().initiatives.at(1).value, doc->plan().initiatives().at(1).value);
        QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(ownCopy), 10000); // all on the server
    }

    void saveAsWritesAFileAndStaysOnTheServer()
    {
        auto doc = openAs(QStringLiteral("alice"));
        QVERIFY(doc);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("copy.cairn"));
        QVERIFY(doc->saveAs(path).ok);
        const LoadResult loaded = PlanFile::load(path);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.content->initiatives, doc->plan().content().initiatives);
        QVERIFY(doc->path().isEmpty());
        QVERIFY(doc->isShared());
        QVERIFY(doc->save().ok); // nothing waits to be saved
    }
};

QTEST_GUILESS_MAIN(tst_ServerDocument)
#include "tst_serverdocument.moc"

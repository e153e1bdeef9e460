#include "core/store/planstore.h"
#include "core/store/serverstore.h"
#include "tests/core/planfixtures.h"
#include "tests/server/testserver.h"

#include <QSignalSpy>
#include <QSqlDriver>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Cairn;

namespace {

// One person's client: the plan as they last read it and their connection.
struct Client {
    std::unique_ptr<ServerStore> store;
    PlanContent content;

    bool open(const ServerAddress &address, QString *message = nullptr)
    {
        store = std::make_unique<ServerStore>(address);
        const LoadResult loaded = store->load();
        if (message)
            *message = loaded.message;
        if (!loaded.ok())
            return false;
        content = *loaded.content;
        return true;
    }
    CommitResult edit(const std::function<void(PlanContent &)> &change)
    {
        PlanContent after = content;
        change(after);
        const CommitResult r = store->commit(after, PlanChanges::between(content, after));
        if (r.ok)
            content = after;
        return r;
    }
    QVariant scalar(const QString &sql) const
    {
        QSqlQuery q(store->database());
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }
};

Initiative &initiative(PlanContent &p, qint64 id)
{
    for (Initiative &i : p.initiatives)
        if (i.id.value == id)
            return i;
    qFatal("no initiative %lld", id);
}

PlanContent expectedFull()
{
    PlanContent p = Test::fullPlan();
    p.nextId = std::max(p.nextId, p.maxId() + 1);
    return p;
}

} // namespace

class tst_ServerStore : public QObject {
    Q_OBJECT

private:
    Test::TestServer m_server;
    qint64 m_fullId = 0;

    PlanContent serverContent(const QString &plan = QStringLiteral("full"))
    {
        ServerStore admin(m_server.address(QStringLiteral("postgres"), plan));
        const LoadResult r = admin.load();
        return r.ok() ? *r.content : PlanContent {};
    }

private slots:
    void initTestCase()
    {
        QString message;
        m_server = Test::TestServer::forProgram(QStringLiteral("cairn_store_test"),
            {QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("victor"),
                QStringLiteral("nina")},
            &message);
        QVERIFY2(m_server.valid(), qPrintable(message));
        ServerStore full(m_server.address(QStringLiteral("postgres"), QStringLiteral("full")));
        QVERIFY2(full.publish(Test::fullPlan(), &message), qPrintable(message));
        m_fullId = full.planId();
        QVERIFY2(
            full.grant(QStringLiteral("alice"), MemberRole::Editor, &message), qPrintable(message));
        QVERIFY2(
            full.grant(QStringLiteral("bob"), MemberRole::Editor, &message), qPrintable(message));
        QVERIFY2(full.grant(QStringLiteral("victor"), MemberRole::Viewer, &message),
            qPrintable(message));
        // nina may use the server (she edits another plan), but is no member of "full".
        ServerStore other(m_server.address(QStringLiteral("postgres"), QStringLiteral("other")));
        QVERIFY2(other.publish(PlanContent {}, &message), qPrintable(message));
        QVERIFY2(
            other.grant(QStringLiteral("nina"), MemberRole::Editor, &message), qPrintable(message));
    }

    void addresses_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("plan");
        QTest::newRow("socket")
            << "postgresql:///cairn?host=/tmp/x&port=5432&user=planner&plan=brightwater" << true
            << "/tmp/x" << 5432 << "cairn"
            << "planner"
            << "brightwater";
        QTest::newRow("authority") << "postgres://ana@db.example.org:6543/plans?plan=a%20b" << true
                                   << "db.example.org" << 6543 << "plans"
                                   << "ana"
                                   << "a b";
        QTest::newRow("file") << "plan.cairn" << false << "" << -1 << ""
                              << ""
                              << "";
        QTest::newRow("other scheme") << "mysql://h/db?plan=x" << false << "" << -1 << ""
                                      << ""
                                      << "";
        QTest::newRow("bad port") << "postgresql:///db?port=abc&plan=x" << false << "" << -1 << ""
                                  << ""
                                  << "";
    }
    void addresses()
    {
        QFETCH(QString, uri);
        QFETCH(bool, valid);
        QString why;
        const auto a = ServerAddress::parse(uri, &why);
        QCOMPARE(a.has_value(), valid);
        if (!valid) {
            QVERIFY(!why.isEmpty());
            return;
        }
        QTEST(a->host, "host");
        QTEST(a->port, "port");
        QTEST(a->database, "database");
        QTEST(a->user, "user");
        QTEST(a->plan, "plan");
        QVERIFY(!a->display().contains(QLatin1String("password")));
    }

    void initialiseTwiceChangesNothing()
    {
        QString message;
        QVERIFY(ServerStore::initialise(m_server.address(QStringLiteral("postgres")), &message));
        QVERIFY2(message.contains(QLatin1String("nothing to do")), qPrintable(message));
    }

    void publishedPlanReadsBackWhole()
    {
        Client alice;
        QString message;
        QVERIFY2(
            alice.open(m_server.address(QStringLiteral("alice"), QStringLiteral("full")), &message),
            qPrintable(message));
        // Other tests change "full": compare a fresh copy.
        ServerStore copy(m_server.address(QStringLiteral("postgres"), QStringLiteral("copy")));
        QVERIFY2(copy.publish(Test::fullPlan(), &message), qPrintable(message));
        const LoadResult loaded = copy.load();
        QVERIFY2(loaded.ok(), qPrintable(loaded.message));
        QCOMPARE(*loaded.content, expectedFull());
        // Scenarios and baselines, with their rows, travel with the plan too.
        QCOMPARE(loaded.content->overrides.size(), Test::fullPlan().overrides.size());
        QCOMPARE(loaded.content->baselineEntries.size(), Test::fullPlan().baselineEntries.size());
        // The same rows read back from a plan file through the same code.
        QTemporaryDir dir;
        FileStore file(dir.filePath(QStringLiteral("full.cairn")));
        QVERIFY(file.commit(*loaded.content, PlanChanges {}).ok);
        QCOMPARE(*file.load().content, expectedFull());
    }

    // The parts a step changes whole are written per step like any row (before: refused on a
    // server plan, "not kept on a server yet"), with the row it changes in the same step; a
    // colleague who read the part before and changes it too is refused with a conflict on the
    // part, naming who changed it, and writes nothing; once they read it again, theirs goes.
    void partsAreWrittenPerStep_data()
    {
        QTest::addColumn<int>("what");
        QTest::newRow("reference schedule") << 0;
        QTest::newRow("scenario") << 1;
        QTest::newRow("baseline") << 2;
        QTest::newRow("workshop record") << 3;
        QTest::newRow("dot vote") << 4;
    }
    void partsAreWrittenPerStep()
    {
        QFETCH(int, what);
        const QString plan = QStringLiteral("parts%1").arg(what);
        QString message;
        QVERIFY2(m_server.publishWithEditors(plan, Test::fullPlan(),
                     {QStringLiteral("alice"), QStringLiteral("bob")}, &message),
            qPrintable(message));
        Client alice, bob;
        QVERIFY2(alice.open(m_server.address(QStringLiteral("alice"), plan), &message),
            qPrintable(message));
        QVERIFY2(
            bob.open(m_server.address(QStringLiteral("bob"), plan), &message), qPrintable(message));
        QVERIFY(alice.store->keepsParts());
        const qint64 revision = alice.store->revision();
        auto change = [what](PlanContent &p, const QString &text) {
            if (what == 0)
                p.reference.front().start
                    = text.startsWith(QLatin1Char('A')) ? Quarter(2030, 1) : Quarter(2030, 2);
            else if (what == 1)
                p.scenarios.push_back(
                    {ScenarioId {text.startsWith(QLatin1Char('A')) ? 77 : 78}, text, QString()});
            else if (what == 2)
                p.baselines.front().name = text;
            else if (what == 3)
                p.decisions.push_back({p.workshops.front().id, text, QStringLiteral("2027-01-01")});
            else
                p.participants.push_back({text});
        };
        const CommitResult r = alice.edit([&](PlanContent &p) {
            initiative(p, 30).name = QStringLiteral("Renamed with it");
            change(p, QStringLiteral("Alice's"));
        });
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(r.revision, revision + 1);
        PlanContent there = serverContent(plan);
        QCOMPARE(initiative(there, 30).name, QStringLiteral("Renamed with it"));
        PlanContent expected = alice.content;
        expected.nextId = there.nextId;
        QCOMPARE(there, expected);
        // Bob read the part before Alice's step: his change of it is a conflict on the part.
        const CommitResult refused
            = bob.edit([&](PlanContent &p) { change(p, QStringLiteral("Bob's")); });
        QVERIFY(!refused.ok);
        QCOMPARE(refused.conflicts.size(), size_t(1));
        const std::optional<PlanPart> part = partOf(refused.conflicts.front().row);
        QVERIFY(part.has_value());
        QCOMPARE(refused.conflicts.front().changedBy, QStringLiteral("alice"));
        QVERIFY2(refused.conflicts.front().what.contains(partLabel(*part)),
            qPrintable(refused.conflicts.front().what));
        QCOMPARE(serverContent(plan), there);
        // Read again, his change goes.
        QVERIFY(bob.open(m_server.address(QStringLiteral("bob"), plan), &message));
        const CommitResult again
            = bob.edit([&](PlanContent &p) { change(p, QStringLiteral("Bob's")); });
        QVERIFY2(again.ok, qPrintable(again.message));
        QCOMPARE(serverContent(plan).initiatives, there.initiatives);
        PlanContent bobs = bob.content;
        bobs.nextId = serverContent(plan).nextId;
        QCOMPARE(serverContent(plan), bobs);
    }

    void publishingOverAPlanIsRefused()
    {
        ServerStore again(m_server.address(QStringLiteral("postgres"), QStringLiteral("full")));
        QString message;
        QVERIFY(!again.publish(PlanContent {}, &message));
        QVERIFY2(message.contains(QLatin1String("already")), qPrintable(message));
    }

    void stepWritesOnlyChangedFields()
    {
        Client alice;
        QVERIFY(alice.open(m_server.address(QStringLiteral("alice"), QStringLiteral("full"))));
        const qint64 revision = alice.store->revision();
        // Someone changes a field behind the versions' back (triggers off, as an administrator
        // could): a client that wrote whole rows would put its stale value back.
        QVERIFY(m_server.admin({QStringLiteral("SET session_replication_role = replica"),
                                   QStringLiteral("UPDATE cairn.initiative SET description = "
                                                  "'set behind' WHERE plan_id = %1 AND id = 30")
                                       .arg(m_fullId)},
            m_server.database));
        const CommitResult r = alice.edit([](PlanContent &p) {
            initiative(p, 30).name = QStringLiteral("Upgrade the database");
        });
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(r.revision, revision + 1);
        const PlanContent now = serverContent();
        QCOMPARE(initiative(const_cast<PlanContent &>(now), 30).name,
            QStringLiteral("Upgrade the database"));
        QCOMPARE(initiative(const_cast<PlanContent &>(now), 30).description,
            QStringLiteral("set behind"));
        QCOMPARE(alice
                     .scalar(QStringLiteral("SELECT changed_by FROM cairn.initiative WHERE "
                                            "plan_id = %1 AND id = 30")
                                 .arg(m_fullId))
                     .toString(),
            QStringLiteral("alice"));
        QCOMPARE(alice
                     .scalar(QStringLiteral("SELECT changed_by || ' ' || changed_rows FROM "
                                            "cairn.change_log WHERE plan_id = %1 AND revision = %2")
                                 .arg(m_fullId)
                                 .arg(r.revision))
                     .toString(),
            QStringLiteral("alice initiative:30"));
    }

    void concurrentChangesAreConflicts()
    {
        Client alice, bob;
        QVERIFY(alice.open(m_server.address(QStringLiteral("alice"), QStringLiteral("full"))));
        QVERIFY(bob.open(m_server.address(QStringLiteral("bob"), QStringLiteral("full"))));
        const qint64 revision = alice.store->revision();
        QVERIFY(alice.edit([](PlanContent &p) { initiative(p, 30).value = 11; }).ok);

        // Another field of the same row: a conflict, nothing written, but mergeable.
        CommitResult r = bob.edit([](PlanContent &p) { initiative(p, 30).confidence = 99; });
        QVERIFY(!r.ok);
        QCOMPARE(r.conflicts.size(), size_t(1));
        QCOMPARE(r.conflicts[0].kind, Conflict::Kind::Changed);
        QVERIFY(!r.conflicts[0].sameField());
        QCOMPARE(r.conflicts[0].changedBy, QStringLiteral("alice"));
        QVERIFY(r.conflicts[0].what.contains(QLatin1String("alice")));
        QCOMPARE(initiative(*const_cast<PlanContent *>(&bob.content), 30).confidence, 33);

        // The same field: a conflict that names both values.
        r = bob.edit([](PlanContent &p) { initiative(p, 30).value = 22; });
        QVERIFY(!r.ok);
        QCOMPARE(r.conflicts.size(), size_t(1));
        QVERIFY(r.conflicts[0].sameField());
        QVERIFY(r.conflicts[0].theirs.has_value());
        QCOMPARE(std::get<Initiative>(*r.conflicts[0].theirs).value, 11);
        QCOMPARE(std::get<Initiative>(*r.conflicts[0].mine).value, 22);
        PlanContent server = serverContent();
        QCOMPARE(initiative(server, 30).value, 11);
        QCOMPARE(alice.store->revision(), revision + 1);

        // Keep mine: knowingly over theirs.
        bob.store->keepMine(r.conflicts);
        r = bob.edit([](PlanContent &p) { initiative(p, 30).value = 22; });
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(r.revision, revision + 2);
        server = serverContent();
        QCOMPARE(initiative(server, 30).value, 22);
        // Take theirs: read again.
        QVERIFY(alice.open(m_server.address(QStringLiteral("alice"), QStringLiteral("full"))));
        QCOMPARE(initiative(alice.content, 30).value, 22);
    }

    void removedAndAddedRowsAreConflicts()
    {
        Client alice, bob;
        QVERIFY(alice.open(m_server.address(QStringLiteral("alice"), QStringLiteral("full"))));
        QVERIFY(bob.open(m_server.address(QStringLiteral("bob"), QStringLiteral("full"))));
        QVERIFY(!alice.content.milestones.empty());
        const qint64 milestone = alice.content.milestones.front().id.value;
        QVERIFY(alice.edit([](PlanContent &p) { p.milestones.erase(p.milestones.begin()); }).ok);
        CommitResult r = bob.edit(
            [](PlanContent &p) { p.milestones.front().name = QStringLiteral("Renamed"); });
        QVERIFY(!r.ok);
        QCOMPARE(r.conflicts.size(), size_t(1));
        QCOMPARE(r.conflicts[0].kind, Conflict::Kind::Removed);
        QCOMPARE(r.conflicts[0].row.first, milestone);

        // Both link the same initiative to the same goal.
        QVERIFY(bob.open(m_server.address(QStringLiteral("bob"), QStringLiteral("full"))));
        auto link = [](PlanContent &p) {
            p.contributions.push_back({InitiativeId {31}, GoalId {11}, 2});
        };
        QVERIFY(alice.edit(link).ok);
        r = bob.edit(link);
        QVERIFY(!r.ok);
        QCOMPARE(r.conflicts.size(), size_t(1));
        QCOMPARE(r.conflicts[0].kind, Conflict::Kind::Exists);
        QCOMPARE(r.conflicts[0].row.first, qint64(31));
        QCOMPARE(r.conflicts[0].row.second, qint64(11));
        QVERIFY(r.conflicts[0].theirsLink.has_value());
    }

    void stepsOfAddsRemovesAndLinksReachOthers()
    {
        Client alice;
        QVERIFY(alice.open(m_server.address(QStringLiteral("alice"), QStringLiteral("full"))));
        const CommitResult r = alice.edit([](PlanContent &p) {
            Initiative added;
            added.id.value = p.nextId++;
            added.name = QStringLiteral("Added by Alice");
            added.tags = {QStringLiteral("new")};
            added.demand.insert(p.resources.front().id, 50);
            p.initiatives.insert(p.initiatives.begin() + 1, added);
            p.dependencies.push_back(
                {p.initiatives.front().id, added.id, DependencyType::FinishToStart, 2});
            p.systems.back().tags = {QStringLiteral("x"), QStringLiteral("y")};
            p.systems.back().dependsOn = {p.systems.front().id};
            p.resources.front().capacities.insert(Quarter(2029, 1), 7);
            p.info.notes = QStringLiteral("changed");
        });
        QVERIFY2(r.ok, qPrintable(r.message));
        Client bob;
        QVERIFY(bob.open(m_server.address(QStringLiteral("bob"), QStringLiteral("full"))));
        QCOMPARE(bob.content, alice.content);
        // Child rows bump their parent: a capacity change alone is a change of the resource.
        const CommitResult again = bob.edit(
            [](PlanContent &p) { p.resources.front().capacities.insert(Quarter(2029, 2), 8); });
        QVERIFY(again.ok);
        const CommitResult stale = alice.edit(
            [](PlanContent &p) { p.resources.front().capacities.insert(Quarter(2029, 2), 9); });
        QVERIFY(!stale.ok);
        QCOMPARE(stale.conflicts.size(), size_t(1));
        QVERIFY(stale.conflicts[0].sameField());
    }

    // A colleague's step is read from the rows the change log names, not the whole plan (every
    // announcement read the whole plan: 200 ms from an edit to the other window, on a plan of
    // 200 initiatives); what is read equals what a whole read gives.
    void refreshReadsOnlyTheRowsChanged()
    {
        Client alice;
        QVERIFY(alice.open(m_server.address(QStringLiteral("alice"), QStringLiteral("full"))));
        ServerStore bob(m_server.address(QStringLiteral("bob"), QStringLiteral("full")));
        QVERIFY(bob.load().ok());
        QVERIFY(bob.readWholePlan());
        auto sameAsAWholeRead = [&](const LoadResult &r) {
            ServerStore whole(m_server.address(QStringLiteral("bob"), QStringLiteral("full")));
            const LoadResult w = whole.load();
            return r.ok() && w.ok() && *r.content == *w.content
                && bob.versions() == whole.versions() && bob.revision() == whole.revision();
        };
        LoadResult r = bob.refresh(); // nothing changed
        QVERIFY(!bob.readWholePlan());
        QVERIFY(sameAsAWholeRead(r));
        // An initiative's fields and lists and the plan's settings: only those rows are read.
        const qint64 id = alice.content.initiatives.back().id.value;
        QVERIFY(alice
                    .edit([&](PlanContent &p) {
                        initiative(p, id).name = QStringLiteral("Read alone");
                        initiative(p, id).tags = {QStringLiteral("refreshed")};
                        p.info.notes = QStringLiteral("notes read alone");
                    })
                    .ok);
        r = bob.refresh();
        QVERIFY(!bob.readWholePlan());
        QVERIFY(sameAsAWholeRead(r));
        QCOMPARE(initiative(*r.content, id).name, QStringLiteral("Read alone"));
        // A row added: where it goes among the others only the whole plan says.
        qint64 added = 0;
        QVERIFY(alice
                    .edit([&](PlanContent &p) {
                        Initiative i;
                        i.id.value = added = p.nextId++;
                        i.name = QStringLiteral("Added while Bob reads");
                        p.initiatives.insert(p.initiatives.begin(), i);
                    })
                    .ok);
        r = bob.refresh();
        QVERIFY(bob.readWholePlan());
        QVERIFY(sameAsAWholeRead(r));
        // A row removed: read alone too.
        QVERIFY(alice
                    .edit([&](PlanContent &p) {
                        std::erase_if(p.initiatives,
                            [&](const Initiative &i) { return i.id.value == added; });
                    })
                    .ok);
        r = bob.refresh();
        QVERIFY(!bob.readWholePlan());
        QVERIFY(sameAsAWholeRead(r));
        QVERIFY(std::none_of(r.content->initiatives.begin(), r.content->initiatives.end(),
            [&](const Initiative &i) { return i.id.value == added; }));
    }

    // A step that moves the plan's next id (an add, or the first step after a block of ids was
    // reserved) gives the plan's row a new version: my next change of the settings was refused
    // as a change by someone else (by me), and a colleague's refresh kept the old version.
    void movingTheNextIdIsNoChangeOfTheSettings_data()
    {
        QTest::addColumn<bool>("add");
        QTest::newRow("an initiative added") << true;
        QTest::newRow("an edit with ids reserved past the next id") << false;
    }
    void movingTheNextIdIsNoChangeOfTheSettings()
    {
        QFETCH(bool, add);
        Client alice;
        QVERIFY(alice.open(m_server.address(QStringLiteral("alice"), QStringLiteral("full"))));
        ServerStore bob(m_server.address(QStringLiteral("bob"), QStringLiteral("full")));
        QVERIFY(bob.load().ok());
        const qint64 id = alice.content.initiatives.front().id.value;
        const CommitResult step = alice.edit([&](PlanContent &p) {
            if (add) {
                Initiative i;
                i.id.value = p.nextId++;
                i.name = QStringLiteral("Added before the settings");
                p.initiatives.push_back(i);
            } else {
                p.nextId += 1000; // as a window's block of ids starts past the next id
                initiative(p, id).name = QStringLiteral("Edited with ids reserved");
            }
        });
        QVERIFY2(step.ok, qPrintable(step.message));
        // The colleague's refresh holds the plan and the versions a whole read gives.
        const LoadResult refreshed = bob.refresh();
        QVERIFY(refreshed.ok());
        ServerStore whole(m_server.address(QStringLiteral("bob"), QStringLiteral("full")));
        const LoadResult wholeRead = whole.load();
        QVERIFY(wholeRead.ok());
        QCOMPARE(bob.versions(), whole.versions());
        QCOMPARE(refreshed.content->nextId, wholeRead.content->nextId);
        QVERIFY(*refreshed.content == *wholeRead.content);
        // My next change of the settings is no conflict, and neither is bob's.
        const CommitResult mine = alice.edit([&](PlanContent &p) {
            p.info.notes = QStringLiteral("Settings after a step %1").arg(add);
        });
        QVERIFY2(mine.ok, qPrintable(mine.message));
        QVERIFY(mine.conflicts.empty());
        const LoadResult again = bob.refresh();
        QVERIFY(again.ok());
        PlanContent after = *again.content;
        after.info.notes = QStringLiteral("Bob's settings %1").arg(add);
        const CommitResult his = bob.commit(after, PlanChanges::between(*again.content, after));
        QVERIFY2(his.ok, qPrintable(his.message));
    }

    void viewerMayNotWrite()
    {
        Client victor;
        QString message;
        QVERIFY2(victor.open(
                     m_server.address(QStringLiteral("victor"), QStringLiteral("full")), &message),
            qPrintable(message));
        const PlanContent before = serverContent();
        const CommitResult r
            = victor.edit([](PlanContent &p) { p.info.name = QStringLiteral("Mine"); });
        QVERIFY(!r.ok);
        QVERIFY2(r.message.contains(QLatin1String("may only view")), qPrintable(r.message));
        QCOMPARE(serverContent(), before);
        // The server refuses it, not the client: the same as plain SQL.
        QSqlQuery q(victor.store->database());
        QVERIFY(q.exec(QStringLiteral("UPDATE cairn.initiative SET name = 'x' WHERE plan_id = %1")
                           .arg(m_fullId)));
        QCOMPARE(q.numRowsAffected(), 0);
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO cairn.milestone (plan_id, id, name, quarter, "
                                       "description, position) VALUES (%1, 999, 'm', 20271, '', 0)")
                            .arg(m_fullId)));
        QVERIFY(!q.exec(QStringLiteral("SELECT cairn.finish_step(%1, 'x')").arg(m_fullId)));
        QCOMPARE(serverContent(), before);
    }

    void nonMemberSeesNothing()
    {
        Client nina;
        QString message;
        QVERIFY(
            !nina.open(m_server.address(QStringLiteral("nina"), QStringLiteral("full")), &message));
        QVERIFY2(message.contains(QLatin1String("not a member")), qPrintable(message));
        QVERIFY(nina.open(m_server.address(QStringLiteral("nina"), QStringLiteral("other"))));
        for (const char *table : {"plan", "initiative", "goal", "system", "resource",
                 "initiative_dependency", "initiative_tags", "resource_capacity"}) {
            QCOMPARE(nina.scalar(QStringLiteral("SELECT count(*) FROM cairn.%1 WHERE plan_id = %2")
                                     .arg(QLatin1String(table))
                                     .arg(m_fullId))
                         .toLongLong(),
                qlonglong(0));
        }
        QCOMPARE(
            nina.scalar(
                    QStringLiteral("SELECT count(*) FROM cairn.plans WHERE id = %1").arg(m_fullId))
                .toLongLong(),
            qlonglong(0));
        // ... and the rows are there for a member.
        Client alice;
        QVERIFY(alice.open(m_server.address(QStringLiteral("alice"), QStringLiteral("full"))));
        QVERIFY(
            alice
                .scalar(QStringLiteral("SELECT count(*) FROM cairn.initiative WHERE plan_id = %1")
                            .arg(m_fullId))
                .toLongLong()
            > 0);
    }

    void serverSetsVersionAndAuthor()
    {
        Client alice;
        QVERIFY(alice.open(m_server.address(QStringLiteral("alice"), QStringLiteral("full"))));
        const QString row
            = QStringLiteral("FROM cairn.initiative WHERE plan_id = %1 AND id = 31").arg(m_fullId);
        const qint64 version = alice.scalar(QStringLiteral("SELECT version ") + row).toLongLong();
        QSqlQuery q(alice.store->database());
        QVERIFY(q.exec(QStringLiteral("UPDATE cairn.initiative SET changed_by = 'mallory', "
                                      "version = 1, changed_at = '2000-01-01' WHERE plan_id = %1 "
                                      "AND id = 31")
                           .arg(m_fullId)));
        QCOMPARE(q.numRowsAffected(), 1);
        QCOMPARE(alice.scalar(QStringLiteral("SELECT version ") + row).toLongLong(), version + 1);
        QCOMPARE(alice.scalar(QStringLiteral("SELECT changed_by ") + row).toString(),
            QStringLiteral("alice"));
        QVERIFY(alice.scalar(QStringLiteral("SELECT changed_at > now() - interval '1 hour' ") + row)
                    .toBool());
    }

    void otherClientsAreNotified()
    {
        Client alice, bob;
        QVERIFY(alice.open(m_server.address(QStringLiteral("alice"), QStringLiteral("full"))));
        QVERIFY(bob.open(m_server.address(QStringLiteral("bob"), QStringLiteral("full"))));
        QSqlDriver *driver = bob.store->database().driver();
        QVERIFY(driver->subscribeToNotification(bob.store->notifyChannel()));
        QSignalSpy spy(driver, &QSqlDriver::notification);
        const CommitResult r = alice.edit([](PlanContent &p) { initiative(p, 31).risk = 5; });
        QVERIFY(r.ok);
        QVERIFY(spy.wait(10000));
        QCOMPARE(spy.first().at(0).toString(), bob.store->notifyChannel());
        QCOMPARE(spy.first().at(2).toString(), QStringLiteral("%1 initiative:31").arg(r.revision));
    }
};

QTEST_GUILESS_MAIN(tst_ServerStore)
#include "tst_serverstore.moc"

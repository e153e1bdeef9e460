#include "core/graph/dependencygraph.h"

#include <QTest>

using Cairn::DependencyGraph;
using Ids = QList<qint64>;

namespace {
DependencyGraph graphOf(const QList<QPair<qint64, qint64>> &edges, const Ids &nodes = {})
{
    DependencyGraph g;
    for (qint64 n : nodes)
        g.addNode(n);
    for (const auto &[a, b] : edges)
        g.addEdge(a, b);
    return g;
}
using Edges = QList<QPair<qint64, qint64>>;
} // namespace

class tst_DependencyGraph : public QObject {
    Q_OBJECT

private slots:
    void topologicalOrderIsStable()
    {
        // 1 -> 3, 2 -> 3, 3 -> 4; 5 alone
        const auto g = graphOf({{1, 3}, {2, 3}, {3, 4}}, {1, 2, 3, 4, 5});
        QCOMPARE(g.topologicalOrder(), std::optional<Ids>(Ids {1, 2, 3, 4, 5}));
        // Inserted in reverse: ready nodes still come in insertion order.
        const auto r = graphOf({{1, 3}, {2, 3}}, {3, 2, 1});
        QCOMPARE(r.topologicalOrder(), std::optional<Ids>(Ids {2, 1, 3}));
    }

    void cycles_data()
    {
        QTest::addColumn<Edges>("edges");
        QTest::addColumn<Ids>("cycle");
        QTest::newRow("none") << Edges {{1, 2}, {2, 3}, {1, 3}} << Ids {};
        QTest::newRow("two") << Edges {{1, 2}, {2, 1}} << Ids {1, 2};
        QTest::newRow("three behind a tail")
            << Edges {{9, 1}, {1, 2}, {2, 3}, {3, 1}} << Ids {1, 2, 3};
        QTest::newRow("self loop") << Edges {{4, 4}} << Ids {4};
    }
    void cycles()
    {
        QFETCH(Edges, edges);
        QFETCH(Ids, cycle);
        const auto g = graphOf(edges);
        const Ids found = g.findCycle();
        QCOMPARE(found.size(), cycle.size());
        // Same cycle, possibly rotated: check every member follows its predecessor by an edge.
        for (qint64 id : cycle)
            QVERIFY(found.contains(id));
        QCOMPARE(g.topologicalOrder().has_value(), cycle.isEmpty());
        const auto all = g.findCycles();
        QCOMPARE(all.size(), cycle.isEmpty() ? 0 : 1);
        if (!cycle.isEmpty())
            QCOMPARE(all.first(), cycle);
    }

    void findsEveryIndependentCycle()
    {
        const auto g = graphOf({{1, 2}, {2, 1}, {3, 4}, {4, 5}, {5, 3}, {2, 3}});
        const auto all = g.findCycles();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0), (Ids {1, 2}));
        QCOMPARE(all.at(1), (Ids {3, 4, 5}));
    }

    void cycleGroupsNameEveryMember()
    {
        // 1 ⇄ 2 and 2 ⇄ 3 share 2: one group {1, 2, 3}; its cycle is 1 → 2, 3 is named beside it.
        const auto g = graphOf({{1, 2}, {2, 1}, {2, 3}, {3, 2}, {3, 4}, {5, 6}, {6, 5}});
        const auto groups = g.findCycleGroups();
        QCOMPARE(groups.size(), 2);
        QCOMPARE(groups.at(0).cycle, (Ids {1, 2}));
        QCOMPARE(groups.at(0).others, (Ids {3}));
        QCOMPARE(groups.at(1).cycle, (Ids {5, 6}));
        QVERIFY(groups.at(1).others.isEmpty());
        QCOMPARE(g.findCycles(), (QList<Ids> {{1, 2}, {5, 6}}));
    }

    void cycleIfAdded()
    {
        const auto g = graphOf({{1, 2}, {2, 3}, {3, 4}});
        QCOMPARE(g.cycleIfAdded(4, 1), (Ids {4, 1, 2, 3}));
        QCOMPARE(g.cycleIfAdded(3, 2), (Ids {3, 2}));
        QVERIFY(g.cycleIfAdded(1, 4).isEmpty());
        QVERIFY(g.cycleIfAdded(1, 99).isEmpty());
        QCOMPARE(g.cycleIfAdded(2, 2), (Ids {2}));
    }

    void reachability()
    {
        // diamond 1 -> 2, 1 -> 3, 2 -> 4, 3 -> 4, and 5 -> 3
        const auto g = graphOf({{1, 2}, {1, 3}, {2, 4}, {3, 4}, {5, 3}});
        Ids down = g.downstream(1);
        std::sort(down.begin(), down.end());
        QCOMPARE(down, (Ids {2, 3, 4}));
        Ids up = g.upstream(4);
        std::sort(up.begin(), up.end());
        QCOMPARE(up, (Ids {1, 2, 3, 5}));
        QVERIFY(g.upstream(1).isEmpty());
        QVERIFY(g.downstream(42).isEmpty());
    }

    void criticalPath()
    {
        DependencyGraph g;
        g.addEdge(1, 2); // 1(2q) -> 2(3q)
        g.addEdge(1, 3, 1); // 1 -> 3(1q) with one quarter lag
        g.addEdge(2, 4);
        g.addEdge(3, 4); // 4(1q)
        const QHash<qint64, int> durations {{1, 2}, {2, 3}, {3, 1}, {4, 1}};
        const auto cp = g.criticalPath(durations);
        QVERIFY(cp);
        QCOMPARE(cp->earliestStart.value(1), 0);
        QCOMPARE(cp->earliestStart.value(2), 2);
        QCOMPARE(cp->earliestStart.value(3), 3);
        QCOMPARE(cp->earliestStart.value(4), 5);
        QCOMPARE(cp->length, 6);
        QCOMPARE(cp->chain, (Ids {1, 2, 4}));
        QCOMPARE(cp->tail.value(1), 6);
        QCOMPARE(cp->tail.value(3), 2);
        g.addEdge(4, 1);
        QVERIFY(!g.criticalPath(durations));
    }

    void removeEdge()
    {
        auto g = graphOf({{1, 2}, {2, 1}});
        QVERIFY(!g.topologicalOrder());
        QVERIFY(g.removeEdge(2, 1));
        QVERIFY(!g.removeEdge(2, 1));
        QVERIFY(g.topologicalOrder());
        QCOMPARE(g.edgeCount(), 1);
        QCOMPARE(g.nodeCount(), 2);
    }
};

QTEST_GUILESS_MAIN(tst_DependencyGraph)
#include "tst_dependencygraph.moc"

#include "core/session/presence.h"

#include <QSignalSpy>
#include <QTest>

using namespace Cairn;

namespace {
// "12:anna 12:ben 30:anna" as presence rows.
std::vector<PresenceRow> rows(const QString &text)
{
    std::vector<PresenceRow> out;
    for (const QString &pair : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        out.push_back(
            {pair.section(QLatin1Char(':'), 0, 0).toLongLong(), pair.section(QLatin1Char(':'), 1)});
    return out;
}
} // namespace

// Who else has which item open, as the server's rows say: each colleague once per item, in
// alphabetical order, and an announcement naming only the items whose colleagues changed.
class tst_Presence : public QObject {
    Q_OBJECT

private slots:
    void announcesOnlyWhatChanged_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QList<qint64>>("changed"); // empty: no announcement
        QTest::addColumn<qint64>("item");
        QTest::addColumn<QString>("colleagues"); // "Anna ben"
        QTest::newRow("someone opens an item")
            << ""
            << "12:anna" << QList<qint64> {12} << qint64(12) << "anna";
        QTest::newRow("they move on") << "12:anna"
                                      << "30:anna" << QList<qint64> {12, 30} << qint64(12) << "";
        QTest::newRow("nothing new") << "12:anna 30:ben"
                                     << "30:ben 12:anna" << QList<qint64> {} << qint64(30) << "ben";
        QTest::newRow("a second colleague joins")
            << "12:ben"
            << "12:ben 12:Anna 30:carl" << QList<qint64> {12, 30} << qint64(12) << "Anna ben";
        QTest::newRow("one person in two windows is named once")
            << ""
            << "12:anna 12:anna" << QList<qint64> {12} << qint64(12) << "anna";
        QTest::newRow("everyone leaves") << "12:anna 30:ben"
                                         << "" << QList<qint64> {12, 30} << qint64(30) << "";
        QTest::newRow("a lock without a login or item is nobody")
            << ""
            << "12: 0:anna" << QList<qint64> {} << qint64(12) << "";
    }
    void announcesOnlyWhatChanged()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QList<qint64>, changed);
        QFETCH(qint64, item);
        QFETCH(QString, colleagues);
        Presence presence;
        presence.set(rows(before));
        QSignalSpy spy(&presence, &Presence::changed);
        presence.set(rows(after));
        if (changed.isEmpty()) {
            QCOMPARE(spy.count(), 0);
        } else {
            QCOMPARE(spy.count(), 1);
            QCOMPARE(spy.first().at(0).value<QList<qint64>>(), changed);
        }
        QCOMPARE(presence.colleagues(item), colleagues.split(QLatin1Char(' '), Qt::SkipEmptyParts));
    }

    void clearedWhenTheServerCannotBeAsked()
    {
        Presence presence;
        presence.set(rows(QStringLiteral("12:anna")));
        QSignalSpy spy(&presence, &Presence::changed);
        presence.clear();
        QCOMPARE(spy.count(), 1);
        QVERIFY(presence.isEmpty());
        QVERIFY(presence.colleagues(12).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_Presence)
#include "tst_presence.moc"

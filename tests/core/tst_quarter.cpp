#include "core/domain/entities.h"
#include "core/domain/quarter.h"

#include <QTest>

#include <climits>

using Cairn::Quarter;
using Cairn::QuarterStyle;

class tst_Quarter : public QObject {
    Q_OBJECT

private slots:
    void arithmetic_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("quarter");
        QTest::addColumn<int>("add");
        QTest::addColumn<int>("expectedYear");
        QTest::addColumn<int>("expectedQuarter");
        QTest::newRow("same year") << 2027 << 1 << 2 << 2027 << 3;
        QTest::newRow("wraps to next year") << 2027 << 3 << 2 << 2028 << 1;
        QTest::newRow("several years") << 2027 << 1 << 11 << 2029 << 4;
        QTest::newRow("backwards across a year") << 2027 << 1 << -1 << 2026 << 4;
        QTest::newRow("backwards several") << 2027 << 2 << -9 << 2025 << 1;
        QTest::newRow("zero") << 2030 << 4 << 0 << 2030 << 4;
    }
    void arithmetic()
    {
        QFETCH(int, year);
        QFETCH(int, quarter);
        QFETCH(int, add);
        QFETCH(int, expectedYear);
        QFETCH(int, expectedQuarter);
        const Quarter q(year, quarter);
        const Quarter r = q + add;
        QCOMPARE(r.year(), expectedYear);
        QCOMPARE(r.quarter(), expectedQuarter);
        QCOMPARE(r - q, add);
        QCOMPARE(r - add, q);
    }

    void ordering()
    {
        QVERIFY(Quarter(2027, 4) < Quarter(2028, 1));
        QVERIFY(Quarter(2027, 2) > Quarter(2027, 1));
        QCOMPARE(Quarter(2027, 3), Quarter(2027, 3));
        Quarter q(2027, 4);
        ++q;
        QCOMPARE(q, Quarter(2028, 1));
    }

    void labels_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("quarter");
        QTest::addColumn<QString>("calendar");
        QTest::addColumn<QString>("fiscal");
        QTest::newRow("2027 Q3") << 2027 << 3 << QStringLiteral("2027 Q3")
                                 << QStringLiteral("Q3 FY2027");
        QTest::newRow("2030 Q1") << 2030 << 1 << QStringLiteral("2030 Q1")
                                 << QStringLiteral("Q1 FY2030");
    }
    void labels()
    {
        QFETCH(int, year);
        QFETCH(int, quarter);
        QFETCH(QString, calendar);
        QFETCH(QString, fiscal);
        QCOMPARE(Quarter(year, quarter).label(QuarterStyle::Calendar), calendar);
        QCOMPARE(Quarter(year, quarter).label(QuarterStyle::Fiscal), fiscal);
        QCOMPARE(Quarter::parse(calendar), Quarter(year, quarter));
        QCOMPARE(Quarter::parse(fiscal), Quarter(year, quarter));
    }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("quarter");
        QTest::newRow("year first") << QStringLiteral("2027 Q3") << true << 2027 << 3;
        QTest::newRow("no space") << QStringLiteral("2027Q3") << true << 2027 << 3;
        QTest::newRow("dash") << QStringLiteral("2027-Q3") << true << 2027 << 3;
        QTest::newRow("quarter first") << QStringLiteral("Q3 2027") << true << 2027 << 3;
        QTest::newRow("slash") << QStringLiteral("Q3/2027") << true << 2027 << 3;
        QTest::newRow("lower case") << QStringLiteral("q2 fy2028") << true << 2028 << 2;
        QTest::newRow("FY first") << QStringLiteral("FY2028 Q4") << true << 2028 << 4;
        QTest::newRow("padded") << QStringLiteral("  2027 Q1  ") << true << 2027 << 1;
        QTest::newRow("Q5") << QStringLiteral("2027 Q5") << false << 0 << 0;
        QTest::newRow("Q0") << QStringLiteral("Q0 2027") << false << 0 << 0;
        QTest::newRow("empty") << QString() << false << 0 << 0;
        QTest::newRow("words") << QStringLiteral("next spring") << false << 0 << 0;
        QTest::newRow("two-digit year") << QStringLiteral("Q3 27") << false << 0 << 0;
        QTest::newRow("trailing junk") << QStringLiteral("2027 Q3x") << false << 0 << 0;
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const auto q = Quarter::parse(text);
        QCOMPARE(q.has_value(), valid);
        if (valid) {
            QFETCH(int, year);
            QFETCH(int, quarter);
            QCOMPARE(*q, Quarter(year, quarter));
        }
    }

    void fiscalDates_data()
    {
        QTest::addColumn<int>("fiscalStart");
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("quarter");
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("end");
        QTest::newRow("calendar Q1") << 1 << 2027 << 1 << QDate(2027, 1, 1) << QDate(2027, 3, 31);
        QTest::newRow("calendar Q4") << 1 << 2027 << 4 << QDate(2027, 10, 1) << QDate(2027, 12, 31);
        // A July fiscal year is named by the year it ends in: Q1 FY2027 is Jul-Sep 2026.
        QTest::newRow("July Q1") << 7 << 2027 << 1 << QDate(2026, 7, 1) << QDate(2026, 9, 30);
        QTest::newRow("July Q3") << 7 << 2027 << 3 << QDate(2027, 1, 1) << QDate(2027, 3, 31);
        QTest::newRow("April Q4") << 4 << 2027 << 4 << QDate(2027, 1, 1) << QDate(2027, 3, 31);
        QTest::newRow("October Q1") << 10 << 2028 << 1 << QDate(2027, 10, 1) << QDate(2027, 12, 31);
        QTest::newRow("February Q2") << 2 << 2027 << 2 << QDate(2026, 5, 1) << QDate(2026, 7, 31);
    }
    void fiscalDates()
    {
        QFETCH(int, fiscalStart);
        QFETCH(int, year);
        QFETCH(int, quarter);
        QFETCH(QDate, start);
        QFETCH(QDate, end);
        const Quarter q(year, quarter);
        QCOMPARE(q.startDate(fiscalStart), start);
        QCOMPARE(q.endDate(fiscalStart), end);
        // Every day of the quarter maps back to it.
        QCOMPARE(Quarter::fromDate(start, fiscalStart), q);
        QCOMPARE(Quarter::fromDate(end, fiscalStart), q);
        QCOMPARE(Quarter::fromDate(start.addDays(40), fiscalStart), q);
        QCOMPARE(Quarter::fromDate(end.addDays(1), fiscalStart), q + 1);
    }

    // Hostile files carry horizons, durations and years far beyond any plan: arithmetic
    // saturates at the ends of the range instead of overflowing (which wrapped a last quarter
    // to before the first and is undefined behaviour).
    void arithmeticSaturates_data()
    {
        QTest::addColumn<int>("ordinal");
        QTest::addColumn<qint64>("add");
        QTest::addColumn<int>("expected");
        QTest::newRow("past the end") << Quarter(2027, 1).ordinal() << qint64(INT_MAX) << INT_MAX;
        QTest::newRow("at the end") << INT_MAX << qint64(1) << INT_MAX;
        QTest::newRow("before the start") << -5 << qint64(INT_MIN) << INT_MIN;
        QTest::newRow("at the start") << INT_MIN << qint64(-1) << INT_MIN;
        QTest::newRow("64-bit amounts") << 0 << qint64(LLONG_MAX) << INT_MAX;
        QTest::newRow("64-bit negative") << 0 << qint64(LLONG_MIN) << INT_MIN;
        QTest::newRow("within range") << INT_MAX - 3 << qint64(2) << INT_MAX - 1;
    }
    void arithmeticSaturates()
    {
        QFETCH(int, ordinal);
        QFETCH(qint64, add);
        QFETCH(int, expected);
        const Quarter q = Quarter::fromOrdinal(ordinal);
        QCOMPARE((q + add).ordinal(), expected);
        if (add != LLONG_MIN)
            QCOMPARE((q - (-add)).ordinal(), expected);
        Quarter r = q;
        r += add;
        QCOMPARE(r.ordinal(), expected);
        // year() and quarter() stay exact at the ends.
        const Quarter e = Quarter::fromOrdinal(expected);
        QCOMPARE(qint64(e.year()) * 4 + e.quarter() - 1, qint64(expected));
        QVERIFY(e.quarter() >= 1 && e.quarter() <= 4);
    }

    void distancesAndYearsSaturate()
    {
        QCOMPARE(Quarter::last() - Quarter::first(), INT_MAX);
        QCOMPARE(Quarter::first() - Quarter::last(), INT_MIN);
        QCOMPARE(Quarter(INT_MAX, 4), Quarter::last());
        QCOMPARE(Quarter(INT_MIN, 1), Quarter::first());
        Quarter q = Quarter::last();
        ++q;
        QCOMPARE(q, Quarter::last());
        QCOMPARE(Quarter::first().year(), INT_MIN / 4);
        QCOMPARE(Quarter::first().quarter(), 1);
        QVERIFY(!Quarter::last().label().isEmpty());
    }

    // The validator and cairn check read a plan's last quarter from its horizon.
    void lastQuarterOfExtremeHorizons_data()
    {
        QTest::addColumn<int>("first"); // the first quarter's ordinal
        QTest::addColumn<int>("horizon");
        QTest::addColumn<int>("expected"); // the last quarter's ordinal
        const int usual = Quarter(2027, 1).ordinal();
        QTest::newRow("12") << usual << 12 << usual + 11;
        QTest::newRow("2^31-1") << usual << INT_MAX << INT_MAX;
        QTest::newRow("0") << usual << 0 << usual - 1;
        QTest::newRow("-2^31") << usual << INT_MIN << int(qint64(usual) + INT_MIN - 1);
        QTest::newRow("-2^31 from the earliest quarter") << INT_MIN << INT_MIN << INT_MIN;
        QTest::newRow("2^31-1 from the latest quarter") << INT_MAX << INT_MAX << INT_MAX;
    }
    void lastQuarterOfExtremeHorizons()
    {
        QFETCH(int, first);
        QFETCH(int, horizon);
        QFETCH(int, expected);
        Cairn::PlanInfo info;
        info.firstQuarter = Quarter::fromOrdinal(first);
        info.horizon = horizon;
        const Quarter last = info.lastQuarter();
        QCOMPARE(last.ordinal(), expected);
        if (first == Quarter(2027, 1).ordinal()) // at the ends, saturation meets the first
            QCOMPARE(last >= info.firstQuarter, horizon >= 1);
    }

    void storageCode()
    {
        QCOMPARE(Quarter(2027, 3).storageCode(), 20273);
        QCOMPARE(Quarter::fromStorageCode(20273), Quarter(2027, 3));
        QVERIFY(!Quarter::fromStorageCode(20275).has_value());
        QVERIFY(!Quarter::fromStorageCode(0).has_value());
        QVERIFY(!Quarter::fromStorageCode(-20271).has_value());
    }
};

QTEST_GUILESS_MAIN(tst_Quarter)
#include "tst_quarter.moc"

#include "core/domain/money.h"

#include <QTest>

using Cairn::Currency;
using Cairn::Money;

class tst_Money : public QObject {
    Q_OBJECT

private slots:
    void format_data()
    {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("expected");
        QTest::newRow("whole euros")
            << qint64(125000000) << QStringLiteral("EUR") << QStringLiteral("€1,250,000");
        QTest::newRow("cents shown")
            << qint64(12345) << QStringLiteral("EUR") << QStringLiteral("€123.45");
        QTest::newRow("leading zero cent")
            << qint64(10005) << QStringLiteral("USD") << QStringLiteral("$100.05");
        QTest::newRow("negative") << qint64(-5000) << QStringLiteral("GBP")
                                  << QStringLiteral("-£50");
        QTest::newRow("yen has no minor unit")
            << qint64(5000) << QStringLiteral("JPY") << QStringLiteral("¥5,000");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("EUR") << QStringLiteral("€0");
        QTest::newRow("a code without a sign")
            << qint64(500000) << QStringLiteral("MXN") << QStringLiteral("MXN 5,000");
        // A damaged plan can hold anything as its currency: every amount carries what is shown,
        // so what is not a code is never shown (a 400,000-letter code grew a report past 24 GB).
        QTest::newRow("not a code: huge")
            << qint64(500000) << QString(400000, QLatin1Char('X')) << QStringLiteral("¤5,000");
        QTest::newRow("not a code: empty")
            << qint64(500000) << QString() << QStringLiteral("¤5,000");
        QTest::newRow("not a code: lower case")
            << qint64(500000) << QStringLiteral("eur") << QStringLiteral("¤5,000");
    }
    void format()
    {
        QFETCH(qint64, minor);
        QFETCH(QString, currency);
        QFETCH(QString, expected);
        QCOMPARE(Money(minor).format(Currency {currency}, QLocale(QLocale::English)), expected);
    }

    // Money as the locale writes it: the symbol's place and the separators are the locale's.
    void formatFollowsTheLocale_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("expected");
        QTest::newRow("English") << QLocale(QLocale::English, QLocale::UnitedKingdom)
                                 << QStringLiteral("EUR") << QStringLiteral("€1,573,000.50");
        QTest::newRow("German") << QLocale(QLocale::German, QLocale::Germany)
                                << QStringLiteral("EUR") << QStringLiteral("1.573.000,50\u00A0€");
        QTest::newRow("French") << QLocale(QLocale::French, QLocale::France)
                                << QStringLiteral("EUR")
                                << QStringLiteral("1\u202F573\u202F000,50\u00A0€");
        QTest::newRow("C, as English")
            << QLocale::c() << QStringLiteral("EUR") << QStringLiteral("€1573000.50");
        QTest::newRow("Swiss francs in English")
            << QLocale(QLocale::English, QLocale::UnitedKingdom) << QStringLiteral("CHF")
            << QStringLiteral("CHF 1,573,000.50");
    }
    void formatFollowsTheLocale()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, currency);
        QFETCH(QString, expected);
        const QString text = Money(157300050).format(Currency {currency}, locale);
        QCOMPARE(text, expected);
        // What is written reads back.
        QCOMPARE(Money::parse(text, Currency {currency}), std::optional<Money>(Money(157300050)));
    }

    void formatShort()
    {
        QCOMPARE(Money::fromMajor(1250000, Currency {})
                     .formatShort(Currency {}, QLocale(QLocale::German, QLocale::Germany)),
            QStringLiteral("1,25M\u00A0€"));
        const Currency eur {QStringLiteral("EUR")};
        const QLocale en(QLocale::English);
        QCOMPARE(Money::fromMajor(1250000, eur).formatShort(eur, en), QStringLiteral("€1.25M"));
        QCOMPARE(Money::fromMajor(350000, eur).formatShort(eur, en), QStringLiteral("€350k"));
        QCOMPARE(Money::fromMajor(42500, eur).formatShort(eur, en), QStringLiteral("€42.5k"));
        QCOMPARE(Money::fromMajor(-900, eur).formatShort(eur, en), QStringLiteral("-€900"));
    }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("minor");
        QTest::newRow("plain") << QStringLiteral("1250000") << true << qint64(125000000);
        QTest::newRow("english grouping")
            << QStringLiteral("1,250,000.50") << true << qint64(125000050);
        QTest::newRow("german grouping")
            << QStringLiteral("1.250.000,50") << true << qint64(125000050);
        QTest::newRow("decimal comma") << QStringLiteral("12,5") << true << qint64(1250);
        QTest::newRow("symbol and spaces")
            << QStringLiteral("€ 1 250 000") << true << qint64(125000000);
        QTest::newRow("code suffix") << QStringLiteral("300 EUR") << true << qint64(30000);
        QTest::newRow("negative") << QStringLiteral("-300") << true << qint64(-30000);
        QTest::newRow("thousands only") << QStringLiteral("1,250") << true << qint64(125000);
        QTest::newRow("too many decimals") << QStringLiteral("1.2345") << false << qint64(0);
        QTest::newRow("bad grouping") << QStringLiteral("1,25,000") << false << qint64(0);
        QTest::newRow("letters") << QStringLiteral("twelve") << false << qint64(0);
        QTest::newRow("empty") << QString() << false << qint64(0);
        QTest::newRow("two decimal marks") << QStringLiteral("1.5.5") << false << qint64(0);
        // A thousands group follows one to three digits that are not a zero: these were read as
        // 1 and 1234567 (0.001 € became 1 €).
        QTest::newRow("zero, then a group") << QStringLiteral("0.001") << false << qint64(0);
        QTest::newRow("zero-led groups") << QStringLiteral("0,250,000") << false << qint64(0);
        QTest::newRow("four digits, then a group")
            << QStringLiteral("1234.567") << false << qint64(0);
        QTest::newRow("a small grouped amount")
            << QStringLiteral("1.000") << true << qint64(100000);
        QTest::newRow("zero with cents") << QStringLiteral("0,50") << true << qint64(50);
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(qint64, minor);
        const auto m = Money::parse(text, Currency {QStringLiteral("EUR")});
        QCOMPARE(m.has_value(), valid);
        if (valid)
            QCOMPARE(m->minorUnits(), minor);
    }

    void formatParseRoundTrip()
    {
        const Currency eur {QStringLiteral("EUR")};
        for (qint64 v :
            {qint64(0), qint64(1), qint64(99), qint64(100), qint64(123456789), qint64(-4200)}) {
            const QString text = Money(v).format(eur, QLocale(QLocale::English));
            const auto back = Money::parse(text, eur);
            QVERIFY2(back.has_value(), qPrintable(text));
            QCOMPARE(back->minorUnits(), v);
        }
    }
};

QTEST_GUILESS_MAIN(tst_Money)
#include "tst_money.moc"

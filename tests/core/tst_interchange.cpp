#include "core/domain/fieldvalue.h"
#include "core/domain/planvalidator.h"
#include "core/edit/editfacade.h"
#include "core/edit/planchanges.h"
#include "core/interchange/csv.h"
#include "core/interchange/exporter.h"
#include "core/interchange/importer.h"
#include "core/interchange/planjson.h"
#include "core/schedule/planscheduler.h"
#include "core/store/sampleplan.h"
#include "tests/core/planfixtures.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>

using namespace Cairn;
using namespace Cairn::Interchange;

namespace {
QString corpus(const char *name)
{
    return QStringLiteral(CAIRN_TEST_DATA "/csv/") + QString::fromLatin1(name);
}

const Initiative *named(const PlanContent &p, const QString &name)
{
    for (const Initiative &i : p.initiatives)
        if (i.name == name)
            return &i;
    return nullptr;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

using Rows = QList<QStringList>;
Rows rows(std::initializer_list<std::initializer_list<const char *>> list)
{
    Rows out;
    for (const auto &row : list) {
        QStringList r;
        for (const char *c : row)
            r << QString::fromUtf8(c);
        out << r;
    }
    return out;
}
} // namespace

class TestInterchange : public QObject {
    Q_OBJECT

private slots:
    // ---- RFC 4180 -----------------------------------------------------------------------------
    void readerFollowsRfc4180_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<Rows>("expected");
        QTest::addColumn<QList<qint64>>("lines");
        QTest::newRow("plain LF") << QByteArray("a,b\n1,2\n") << rows({{"a", "b"}, {"1", "2"}})
                                  << QList<qint64> {1, 2};
        QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n") << rows({{"a", "b"}, {"1", "2"}})
                              << QList<qint64> {1, 2};
        QTest::newRow("no final newline")
            << QByteArray("a,b\n1,2") << rows({{"a", "b"}, {"1", "2"}}) << QList<qint64> {1, 2};
        QTest::newRow("quoted separator")
            << QByteArray("a,\"b,c\"\n") << rows({{"a", "b,c"}}) << QList<qint64> {1};
        QTest::newRow("doubled quotes") << QByteArray("\"say \"\"hi\"\"\",x\n")
                                        << rows({{"say \"hi\"", "x"}}) << QList<qint64> {1};
        QTest::newRow("newline inside quotes")
            << QByteArray("\"two\nlines\",x\r\nnext,y\r\n")
            << rows({{"two\nlines", "x"}, {"next", "y"}}) << QList<qint64> {1, 3};
        QTest::newRow("empty fields")
            << QByteArray(",,\n") << rows({{"", "", ""}}) << QList<qint64> {1};
        QTest::newRow("empty quoted")
            << QByteArray("\"\",b\n") << rows({{"", "b"}}) << QList<qint64> {1};
        QTest::newRow("semicolons") << QByteArray("a;b;c\n1;2,5;3\n2;3,5;4\n")
                                    << rows({{"a", "b", "c"}, {"1", "2,5", "3"}, {"2", "3,5", "4"}})
                                    << QList<qint64> {1, 2, 3};
        QTest::newRow("tabs") << QByteArray("a\tb\n1\t2\n") << rows({{"a", "b"}, {"1", "2"}})
                              << QList<qint64> {1, 2};
    }
    void readerFollowsRfc4180()
    {
        QFETCH(QByteArray, input);
        QFETCH(Rows, expected);
        QFETCH(QList<qint64>, lines);
        const Csv::Table t = Csv::parse(input);
        QCOMPARE(t.error, QString());
        Rows got;
        QList<qint64> gotLines;
        for (const Csv::Record &r : t.records) {
            got << r.fields;
            gotLines << r.line;
        }
        QCOMPARE(got, expected);
        QCOMPARE(gotLines, lines);
    }

    void unclosedQuoteIsAnErrorWithItsLine()
    {
        const Csv::Table t = Csv::parse("a,b\n1,\"never closed\n2,3\n");
        QVERIFY(t.error.contains(QStringLiteral("Line 2")));
        // An import names the file too (before: "Line 2: …" alone, from whichever file).
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("initiatives.csv")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("name,description\nA,\"x\n");
        f.close();
        const ImportResult r = importFiles(PlanContent {}, {dir.path()}, {});
        QVERIFY2(
            r.fatal.startsWith(QStringLiteral("initiatives.csv: Line 2")), qPrintable(r.fatal));
        QVERIFY(!r.canApply({}));
    }

    void encodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("first");
        QTest::addColumn<int>("encoding");
        QTest::newRow("UTF-8") << QByteArray("Crème,x\n") << QStringLiteral("Crème")
                               << int(Csv::Encoding::Utf8);
        QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBFname,x\n")
                                        << QStringLiteral("name") << int(Csv::Encoding::Utf8Bom);
        QByteArray utf16 = QByteArray("\xFF\xFE");
        for (QChar c : QStringLiteral("Zürich,x\n"))
            utf16 += char(c.unicode() & 0xFF), utf16 += char(c.unicode() >> 8);
        QTest::newRow("UTF-16LE") << utf16 << QStringLiteral("Zürich")
                                  << int(Csv::Encoding::Utf16LE);
        QTest::newRow("Windows-1252")
            << QByteArray("Cr\xE8me \x80 \x93q\x94,x\n") << QStringLiteral("Crème € “q”")
            << int(Csv::Encoding::Windows1252);
    }
    void encodings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, first);
        QFETCH(int, encoding);
        const Csv::Table t = Csv::parse(bytes);
        QCOMPARE(int(t.encoding), encoding);
        QCOMPARE(
            t.records.front().fields.front(), first); // the BOM never leaks into the first header
        QCOMPARE(t.warnings.isEmpty(), encoding != int(Csv::Encoding::Windows1252));
    }

    void longFileAcrossChunks()
    {
        // Multi-byte characters and quoted newlines cut by the 64 KiB reads stay whole.
        QByteArray bytes("name,note\n");
        for (int i = 0; i < 6000; ++i)
            bytes += "Zürich €" + QByteArray::number(i) + ",\"multi\nline ✓\"\n";
        const Csv::Table t = Csv::parse(bytes);
        QCOMPARE(t.records.size(), size_t(6001));
        QCOMPARE(t.records.back().fields,
            (QStringList {QStringLiteral("Zürich €5999"), QStringLiteral("multi\nline ✓")}));
        QCOMPARE(t.records.back().line, qint64(1 + 2 * 6000 - 1));
    }

    void fuzzFindings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        // UTF-16 with a lone surrogate (found by the fuzzer): read as U+FFFD, written back alike.
        QTest::newRow("lone surrogate") << QByteArray::fromBase64(
            "//"
            "5uAGEAbQBlAAkAdgBlAG4AZABvAHIACQBlAG4AZABfAG8AZgBfAHMAdQBwAHAAbwByAHQACQBhAG4AbgB1AGEA"
            "bABfAHIAdQBuAF8AYwBvAHMAdAANAAoATQBpAHQAZQBsACAATQAAaW9pVgAAAGMAZdgJAE0AaQB0AGUAbAAJAC"
            "8AMAAyADcAIABRADQACQAxADIAMAAwADAADQAKAFoA/"
            "AByAGkAYwBoACAARQBSAFAACQBTAEEAUAAJADIAMAAyADkALQBRADIACQA4ADAAMAAwADAADQAKAA==");
    }
    void fuzzFindings()
    {
        // What is read is valid Unicode and survives writing and reading again.
        QFETCH(QByteArray, bytes);
        const Csv::Table t = Csv::parse(bytes);
        QVERIFY(t.error.isEmpty());
        for (const Csv::Record &r : t.records) {
            for (const QString &f : r.fields)
                for (QChar c : f)
                    QVERIFY(!c.isSurrogate() || QString(f).toUtf8() == f.toUtf8());
            const Csv::Table again
                = Csv::parse(Csv::line(r.fields, t.delimiter).toUtf8(), t.delimiter);
            QCOMPARE(again.records.front().fields, r.fields);
        }
    }

    void delimiterDetection_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::addColumn<QString>("delimiter");
        QTest::newRow("comma") << QStringLiteral("a,b,c\n1,2,3\n") << QStringLiteral(",");
        QTest::newRow("semicolon with decimal commas")
            << QStringLiteral("a;b;c\n1,5;2,5;3\n4,5;5;6\n") << QStringLiteral(";");
        QTest::newRow("tab") << QStringLiteral("a\tb\n1,5\t2\n") << QStringLiteral("\t");
        QTest::newRow("quoted commas")
            << QStringLiteral("a;b\n\"x, y\";2\n") << QStringLiteral(";");
    }
    void delimiterDetection()
    {
        QFETCH(QString, sample);
        QFETCH(QString, delimiter);
        QCOMPARE(QString(Csv::detectDelimiter(sample)), delimiter);
    }

    // ---- formula injection ----------------------------------------------------------------------
    void injectionIsNeutralisedAndRestored_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("written");
        QTest::newRow("equals") << QStringLiteral("=SUM(A1:A9)") << QStringLiteral("'=SUM(A1:A9)");
        QTest::newRow("plus") << QStringLiteral("+49 30 1234") << QStringLiteral("'+49 30 1234");
        QTest::newRow("minus") << QStringLiteral("-2 days") << QStringLiteral("'-2 days");
        QTest::newRow("at") << QStringLiteral("@team") << QStringLiteral("'@team");
        QTest::newRow("tab") << QStringLiteral("\tx") << QStringLiteral("'\tx");
        QTest::newRow("carriage return") << QStringLiteral("\rx") << QStringLiteral("'\rx");
        QTest::newRow("already an apostrophe") << QStringLiteral("'=x") << QStringLiteral("''=x");
        QTest::newRow("harmless apostrophe")
            << QStringLiteral("'quoted'") << QStringLiteral("'quoted'");
        QTest::newRow("plain") << QStringLiteral("CRM") << QStringLiteral("CRM");
    }
    void injectionIsNeutralisedAndRestored()
    {
        QFETCH(QString, text);
        QFETCH(QString, written);
        QCOMPARE(Csv::neutralise(text), written);
        QCOMPARE(Csv::unneutralise(written), text);
    }

    // ---- values
    // ----------------------------------------------------------------------------------
    void quartersParseLeniently_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        for (const char *t :
            {"2027 Q3", "Q3 2027", "2027-Q3", "q3 2027", "2027-08-15", "15.08.2027"})
            QTest::newRow(t) << QString::fromUtf8(t) << true;
        QTest::newRow("ambiguous slashes") << QStringLiteral("03/04/2027") << false;
        QTest::newRow("words") << QStringLiteral("next summer") << false;
        QTest::newRow("quarter 5") << QStringLiteral("2027 Q5") << false;
    }
    void quartersParseLeniently()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const auto q = parseQuarterText(text, 1);
        QCOMPARE(q.has_value(), valid);
        if (valid)
            QCOMPARE(*q, Quarter(2027, 3));
    }

    // A logo is known by its bytes, not its file's name: a PNG's signature or an SVG's <svg>
    // element after what may come before it; anything else, or over 1 MB, is refused.
    void picturesAreKnownByTheirBytes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("format"); // -1: refused
        const QByteArray png = QByteArray("\x89PNG\r\n\x1A\n", 8) + QByteArray(40, 'x');
        QTest::newRow("png") << png << int(PictureFormat::Png);
        QTest::newRow("svg") << QByteArray("<svg xmlns='http://www.w3.org/2000/svg'/>")
                             << int(PictureFormat::Svg);
        QTest::newRow("svg after a declaration, a comment and a doctype") << QByteArray(
            "\xEF\xBB\xBF<?xml version='1.0'?>\n<!-- logo > -->\n<!DOCTYPE svg>\n"
            "  <svg width='2' height='1'/>") << int(PictureFormat::Svg);
        QTest::newRow("html") << QByteArray("<html><svg/></html>") << -1;
        QTest::newRow("jpeg") << QByteArray("\xFF\xD8\xFF\xE0 JFIF") << -1;
        QTest::newRow("text") << QByteArray("logo.png") << -1;
        QTest::newRow("empty") << QByteArray() << -1;
        QTest::newRow("over 1 MB") << png + QByteArray(kMaxPictureBytes, 'x') << -1;
    }
    void picturesAreKnownByTheirBytes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, format);
        QString why;
        const auto url = pictureDataUrl(bytes, &why);
        QCOMPARE(url.has_value(), format >= 0);
        if (!url) {
            QVERIFY(!why.isEmpty());
            return;
        }
        const auto picture = pictureFromDataUrl(*url);
        QVERIFY(picture);
        QCOMPARE(int(picture->format), format);
        QCOMPARE(picture->bytes, bytes);
        // As a plan's logo cell it reads back as itself; without its scheme it is refused.
        const FieldSpec &logo = *schemaOf<PlanInfo>().field(u"logo");
        const PlanContent plan;
        QCOMPARE(parseCell(logo, *url, {plan}).value.toString(), *url);
        QVERIFY(!parseCell(logo, url->mid(5), {plan}).ok());
        QVERIFY(!parseCell(logo, QStringLiteral("data:image/png;base64,%%%"), {plan}).ok());
    }

    // A one-line text holds at most kMaxLineLength characters, in a cell as in a file (the same
    // rule: a name the loader would refuse is never taken in); a description is not one line.
    void aLineHoldsAtMostSoManyCharacters_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<qsizetype>("length");
        QTest::addColumn<bool>("taken");
        QTest::newRow("name at the limit") << QStringLiteral("name") << kMaxLineLength << true;
        QTest::newRow("name one over") << QStringLiteral("name") << kMaxLineLength + 1 << false;
        QTest::newRow("name far over") << QStringLiteral("name") << qsizetype(400000) << false;
        QTest::newRow("description far over")
            << QStringLiteral("description") << qsizetype(40000) << true;
    }
    void aLineHoldsAtMostSoManyCharacters()
    {
        QFETCH(QString, field);
        QFETCH(qsizetype, length);
        QFETCH(bool, taken);
        const FieldSpec *f = schemaOf<Initiative>().field(field);
        QVERIFY(f);
        const PlanContent plan;
        const CellValue v = parseCell(*f, QString(length, QLatin1Char('x')), {plan});
        QCOMPARE(v.ok(), taken);
        QCOMPARE(rangeProblem(*f, QString(length, QLatin1Char('x')), {plan}).isEmpty(), taken);
        if (!taken)
            QVERIFY2(v.error.contains(QLocale().toString(kMaxLineLength)), qPrintable(v.error));
    }

    // A value out of range is named as the user entered it, not in minor units (before, a cost
    // of -1000 was "-100,000 is less than 0", a yen cost of -5 "-5" by luck).
    void outOfRangeMoneyIsNamedAsEntered_data()
    {
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("named");
        QTest::newRow("euros") << QStringLiteral("EUR") << QStringLiteral("-1000")
                               << QStringLiteral("-1,000 is less than 0");
        QTest::newRow("cents") << QStringLiteral("EUR") << QStringLiteral("-12.5")
                               << QStringLiteral("-12.50 is less than 0");
        QTest::newRow("yen") << QStringLiteral("JPY") << QStringLiteral("-5")
                             << QStringLiteral("-5 is less than 0");
    }
    void outOfRangeMoneyIsNamedAsEntered()
    {
        QFETCH(QString, currency);
        QFETCH(QString, text);
        QFETCH(QString, named);
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        PlanContent plan;
        plan.info.currency = Currency {currency};
        const FieldSpec *f = schemaOf<Initiative>().field(QStringLiteral("cost"));
        QVERIFY(f);
        const CellValue v = parseCell(*f, text, {plan});
        QLocale::setDefault(before);
        QVERIFY(!v.ok());
        QVERIFY2(v.error.startsWith(named), qPrintable(v.error));
    }

    void choicesInAnyCaseAndLanguage_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind"); // -1: not a kind
        QTest::newRow("key") << QStringLiteral("run") << int(InitiativeKind::Run);
        QTest::newRow("upper") << QStringLiteral("TRANSFORM") << int(InitiativeKind::Transform);
        QTest::newRow("German") << QStringLiteral("Betrieb") << int(InitiativeKind::Run);
        QTest::newRow("French") << QStringLiteral("développer") << int(InitiativeKind::Grow);
        QTest::newRow("Spanish") << QStringLiteral("Transformar") << int(InitiativeKind::Transform);
        QTest::newRow("nonsense") << QStringLiteral("sideways") << -1;
    }
    void choicesInAnyCaseAndLanguage()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        const auto k = enumFromKey<InitiativeKind>(text);
        QCOMPARE(k ? int(*k) : -1, kind);
        QCOMPARE(enumFromKey<InitiativeStatus>(QStringLiteral("In Arbeit")),
            std::optional(InitiativeStatus::InProgress));
        QCOMPARE(enumFromKey<InitiativeStatus>(QStringLiteral("in progress")),
            std::optional(InitiativeStatus::InProgress));
        QCOMPARE(enumFromKey<DependencyType>(QStringLiteral("SS")),
            std::optional(DependencyType::StartToStart));
    }

    // ---- export, import, round trip
    // --------------------------------------------------------------
    void roundTripIsByteIdentical_data()
    {
        QTest::addColumn<bool>("sample");
        QTest::newRow("sample plan") << true;
        QTest::newRow("every field set") << false;
    }
    void roundTripIsByteIdentical()
    {
        QFETCH(bool, sample);
        PlanContent plan = sample ? samplePlan() : Test::fullPlan();
        if (!sample) {
            // Formula-like names and notes survive neutralisation.
            plan.initiatives[1].name = QStringLiteral("=cmd|' /C calc'!A0");
            plan.goals[0].description = QStringLiteral("@risk\nsecond line, with \"quotes\"");
        }
        QTemporaryDir dir;
        QString error;
        const QStringList first = writeCsv(plan, QDir(dir.filePath(QStringLiteral("one"))), &error);
        QCOMPARE(error, QString());
        QCOMPARE(first.size(), allTables().size());
        const QByteArray initiatives = readAll(dir.filePath(QStringLiteral("one/initiatives.csv")));
        QVERIFY(initiatives.startsWith("\xEF\xBB\xBF"
                                       "id,name,"));
        if (!sample)
            QVERIFY(initiatives.contains("'=cmd|"));

        const ImportResult r
            = importFiles(PlanContent {}, {dir.filePath(QStringLiteral("one"))}, {});
        QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.value(0).message()));
        QVERIFY(r.fatal.isEmpty());
        QCOMPARE(named(r.plan, plan.initiatives[1].name) != nullptr, true);
        writeCsv(r.plan, QDir(dir.filePath(QStringLiteral("two"))), &error);
        for (TableKind t : allTables())
            QCOMPARE(readAll(dir.filePath(QStringLiteral("two/") + fileName(t))),
                readAll(dir.filePath(QStringLiteral("one/") + fileName(t))));
        // The content itself, not only its text.
        PlanContent expected = plan;
        expected.nextId = r.plan.nextId;
        QCOMPARE(r.plan.initiatives, expected.initiatives);
        QCOMPARE(r.plan.systems, expected.systems);
        QCOMPARE(r.plan.dependencies, expected.dependencies);
        QCOMPARE(r.plan.reference, expected.reference);
        QCOMPARE(r.plan.info, expected.info);
        // The workshop record, the dot vote and the efforts set by hand.
        QCOMPARE(r.plan.workshops, expected.workshops);
        QCOMPARE(r.plan.workshopEntries, expected.workshopEntries);
        QCOMPARE(r.plan.decisions, expected.decisions);
        QCOMPARE(r.plan.participants, expected.participants);
        QCOMPARE(r.plan.votes, expected.votes);
        QCOMPARE(r.plan.efforts, expected.efforts);
    }

    void jsonRoundTripsEveryField()
    {
        const PlanContent plan = Test::fullPlan();
        const PlanJsonResult r = readPlanJson(writePlanJson(plan));
        QVERIFY2(r.content, qPrintable(r.error));
        PlanContent expected = plan;
        expected.nextId = r.content->nextId;
        QCOMPARE(*r.content, expected);
    }

    // Cairn's own export imported into the plan it came from changes nothing; one cell edited in
    // a spreadsheet changes exactly that field.
    void ownExportGoesBackIn()
    {
        const PlanContent plan = samplePlan();
        QTemporaryDir dir;
        QString error;
        const PlanSchedule schedule = schedulePlan(plan, SchedulerOptions {.improve = false});
        writeCsv(plan, QDir(dir.path()), &error, &schedule);
        QCOMPARE(error, QString());
        // The initiatives carry the schedule's figures, marked as worked out.
        const QByteArray header
            = readAll(dir.filePath(QStringLiteral("initiatives.csv"))).split('\r').first();
        QVERIFY2(header.endsWith(",start,finish,late,slack,why"), header.constData());
        const ImportResult same = importFiles(plan, {dir.path()}, {});
        QVERIFY2(same.errors.isEmpty(), qPrintable(same.errors.value(0).message()));
        QVERIFY(PlanChanges::between(plan, same.plan).isEmpty());
        QCOMPARE(same.unchanged, same.rows);
        QVERIFY2(same.notes.join(u' ').contains(QStringLiteral("“start”")),
            qPrintable(same.notes.join(u'\n'))); // the schedule's columns are said to be left out

        // One cost edited in initiatives.csv, as a spreadsheet would save it.
        const QString path = dir.filePath(QStringLiteral("initiatives.csv"));
        QByteArray csv = readAll(path);
        const QByteArray row = plan.initiatives[3].name.toUtf8() + ",";
        const qsizetype at = csv.indexOf(row);
        QVERIFY(at > 0);
        const qsizetype cost = csv.indexOf(",92000,", at);
        QVERIFY(cost > at);
        csv.replace(cost, 7, ",95500,");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(csv);
        f.close();
        const ImportResult edited = importFiles(plan, {dir.path()}, {});
        QVERIFY(edited.errors.isEmpty());
        QCOMPARE(edited.updated, 1);
        PlanContent expected = plan;
        expected.initiatives[3].cost = Money(9550000);
        QCOMPARE(edited.plan, expected);
    }

    void tagsAreOneCellOfLabels()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("initiatives.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("name,tags\nA,\"cloud; security, Cloud ,\"\nB,\n");
        f.close();
        const ImportResult r = importFiles(PlanContent {}, {path}, {});
        QVERIFY(r.errors.isEmpty());
        QCOMPARE(r.plan.initiatives[0].tags,
            QStringList({QStringLiteral("cloud"), QStringLiteral("security")}));
        QVERIFY(r.plan.initiatives[1].tags.isEmpty());
    }

    // Two milestones may share a name in different quarters (two "Peak season"s): a milestone is
    // known by its name and quarter.
    void milestonesAreKnownByNameAndQuarter()
    {
        PlanContent plan;
        plan.milestones = {{MilestoneId {1}, QStringLiteral("Peak season"), Quarter(2027, 4), {}},
            {MilestoneId {2}, QStringLiteral("Peak season"), Quarter(2028, 4), {}}};
        plan.nextId = 3;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("milestones.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("name,quarter,description\nPeak season,2028 Q4,Christmas\nPeak season,2029 Q4,\n");
        f.close();
        const ImportResult r = importFiles(plan, {path}, {});
        QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.value(0).message()));
        QCOMPARE(r.updated, 1);
        QCOMPARE(r.added, 1);
        QCOMPARE(r.plan.milestones.size(), size_t(3));
        QCOMPARE(r.plan.milestones[1].description, QStringLiteral("Christmas"));
    }

    // Headers in the interface's own German labels are read; a column that fills nothing is
    // named; a row with two bad cells is one bad row with both problems listed.
    void germanHeadersAndUnknownColumns()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("vorhaben.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Titel;Art;Dauer;Kosten;Wert;Sicherheit %;Risiko;Verantwortlich\n"
                "Neues ERP;Wachstum;2;1.500,00;80;60;4;Ana\n"
                "Kaputt;seitwärts;x;5;90;50;3;Ben\n");
        f.close();
        ImportOptions o;
        o.tables.insert(path, TableKind::Initiatives);
        o.applyValid = true;
        const ImportResult r = importFiles(PlanContent {}, {path}, o);
        QCOMPARE(r.rows, 2);
        QCOMPARE(r.badRows, 1);
        QCOMPARE(r.errors.size(), 2); // both cells of the bad row
        QCOMPARE(r.errors[0].line, r.errors[1].line);
        QCOMPARE(r.added + r.updated + r.unchanged + r.links + r.settings + r.badRows, r.rows);
        QCOMPARE(r.plan.initiatives.size(), size_t(1));
        const Initiative &i = r.plan.initiatives.front();
        QCOMPARE(i.kind, InitiativeKind::Grow);
        QCOMPARE(i.duration, 2);
        QCOMPARE(i.cost, Money(150000));
        QCOMPARE(i.value, 80);
        QCOMPARE(i.confidence, 60);
        QCOMPARE(i.risk, 4);
        QVERIFY2(r.warnings.join(u' ').contains(QStringLiteral("“Verantwortlich”")),
            qPrintable(r.warnings.join(u'\n')));
    }

    void germanUsersReadGermanErrors()
    {
        QTranslator german;
        QVERIFY(german.load(QStringLiteral(":/i18n/cairn_de.qm")));
        QCoreApplication::installTranslator(&german);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("initiatives.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("name,kind\nA,sideways\n");
        f.close();
        const ImportResult r = importFiles(PlanContent {}, {path}, {});
        QCOMPARE(r.errors.size(), 1);
        const QString message = r.errors[0].message();
        QCoreApplication::removeTranslator(&german);
        // The column by its German label, the choices in German.
        QVERIFY2(message.contains(QStringLiteral("Spalte „Art“"))
                && message.contains(QStringLiteral("Wachsen")),
            qPrintable(message));
    }

    void threeDecimalCurrencyRoundTrips()
    {
        // 12.345 Kuwaiti dinars (1,000 fils each) is exact in Cairn's own CSV, though a lenient
        // reader could take the point for a thousands separator.
        PlanContent plan = samplePlan();
        plan.info.currency.code = QStringLiteral("KWD");
        plan.initiatives.front().cost = Money(12345);
        QTemporaryDir dir;
        QString error;
        writeCsv(plan, QDir(dir.path()), &error);
        QCOMPARE(error, QString());
        const ImportResult r = importFiles(PlanContent {}, {dir.path()}, {});
        QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.value(0).message()));
        QCOMPARE(r.plan.info.currency.code, QStringLiteral("KWD"));
        QCOMPARE(r.plan.initiatives.front().cost, Money(12345));
    }

    void excelAndLibreOfficeExportsImport()
    {
        const ImportResult excel
            = importFiles(PlanContent {}, {corpus("excel-initiatives.csv")}, {});
        QVERIFY2(excel.errors.isEmpty(), qPrintable(excel.errors.value(0).message()));
        const Initiative *crm = named(excel.plan, QStringLiteral("Replace the \"old\" CRM"));
        QVERIFY(crm);
        QCOMPARE(crm->cost, Money(12000000));
        QCOMPARE(crm->kind, InitiativeKind::Grow);
        QCOMPARE(crm->earliestStart, std::optional(Quarter(2027, 2)));
        QCOMPARE(crm->description, QStringLiteral("Two lines:\nfirst, then second"));
        const Initiative *sql = named(excel.plan, QStringLiteral("Upgrade SQL Server"));
        QVERIFY(sql);
        QCOMPARE(sql->status, InitiativeStatus::Proposed);
        QCOMPARE(sql->cost, Money(850000));
        QVERIFY(named(excel.plan, QStringLiteral("=HYPERLINK(\"http://x\")")));

        const ImportResult de
            = importFiles(PlanContent {}, {corpus("libreoffice-de-initiatives.csv")}, {});
        QVERIFY2(de.errors.isEmpty(), qPrintable(de.errors.value(0).message()));
        const Initiative *pos = named(de.plan, QStringLiteral("Kassensystem erneuern"));
        QVERIFY(pos);
        QCOMPARE(pos->kind, InitiativeKind::Run);
        QCOMPARE(pos->status, InitiativeStatus::Approved);
        QCOMPARE(pos->cost, Money(1250050));
        QCOMPARE(pos->earliestStart, std::optional(Quarter(2027, 4)));
        const Initiative *shop = named(de.plan, QStringLiteral("Webshop"));
        QVERIFY(shop);
        QCOMPARE(shop->status, InitiativeStatus::InProgress);
        QCOMPARE(shop->cost, Money(125000000));
        QCOMPARE(shop->earliestStart, std::optional(Quarter(2027, 3)));
    }

    void windows1252AndUtf16Import()
    {
        const ImportResult goals
            = importFiles(PlanContent {}, {corpus("windows1252-goals.csv")}, {});
        QVERIFY(goals.errors.isEmpty());
        QCOMPARE(goals.warnings.size(), 1);
        QVERIFY(goals.warnings.first().contains(QStringLiteral("Windows-1252")));
        QCOMPARE(goals.plan.goals.size(), size_t(2));
        QCOMPARE(goals.plan.goals[0].name, QStringLiteral("Croître à l’export"));
        QCOMPARE(goals.plan.goals[0].owner, QStringLiteral("Hélène Dupré"));
        QCOMPARE(goals.plan.goals[0].weight, 4);

        const ImportResult systems = importFiles(PlanContent {}, {corpus("utf16-systems.txt")}, {});
        QVERIFY2(systems.errors.isEmpty(), qPrintable(systems.errors.value(0).message()));
        QCOMPARE(systems.plan.systems.size(), size_t(2));
        QCOMPARE(systems.plan.systems[1].name, QStringLiteral("Zürich ERP"));
        QCOMPARE(systems.plan.systems[1].endOfSupport, std::optional(Quarter(2029, 2)));
        QCOMPARE(systems.plan.systems[0].annualRunCost, Money(1200000));
    }

    void badRowsAreNamedAndNothingChanges()
    {
        const PlanContent base = samplePlan();
        ImportOptions o;
        const ImportResult r = importFiles(base, {corpus("bad-row-initiatives.csv")}, o);
        QCOMPARE(r.errors.size(), 2);
        QCOMPARE(r.errors[0].line, qint64(3));
        QCOMPARE(r.errors[0].column, QStringLiteral("Cost")); // as the user knows the column
        QVERIFY(r.errors[0].message().contains(
            QStringLiteral("bad-row-initiatives.csv, line 3, column “Cost”")));
        QCOMPARE(r.errors[1].line, qint64(4));
        QVERIFY(r.errors[1].reason.contains(QStringLiteral("sideways")));
        QVERIFY(!r.canApply(o));

        // Applied through the edit facade (as the GUI and CLI do): nothing without --apply-valid…
        Plan plan(base);
        EditFacade edit(plan);
        if (r.canApply(o))
            edit.replaceContent(r.plan, QStringLiteral("Import"));
        QCOMPARE(plan.content(), base);
        // …and the good rows, as one undo step, with it.
        o.applyValid = true;
        const ImportResult valid = importFiles(base, {corpus("bad-row-initiatives.csv")}, o);
        QVERIFY(valid.canApply(o));
        edit.replaceContent(valid.plan, QStringLiteral("Import"));
        QVERIFY(named(plan.content(), QStringLiteral("Good one")));
        QVERIFY(named(plan.content(), QStringLiteral("Good two")));
        QVERIFY(!named(plan.content(), QStringLiteral("Broken cost")));
        QCOMPARE(edit.undoStack()->count(), 1);
        edit.undoStack()->undo();
        QCOMPARE(plan.content(), base);
    }

    // A cell past the header's last column belongs to no field: the row is bad (named, with
    // what it held), never imported with the cell dropped. Empty trailing cells are harmless.
    // (Before, "X1,1,5,2" under "name,cost,duration" imported cost 1 and duration 5, and a
    // demand of "1,5" FTE under a comma header imported 1.)
    void cellsBeyondTheHeaderMakeTheRowBad_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("bad"); // rows refused
        QTest::addColumn<QString>("beyond"); // what the message quotes
        QTest::newRow("decimal comma in a cost")
            << QStringLiteral("initiatives.csv")
            << QByteArray("name,cost,duration\nGood,1000,2\nX1,1,5,2\n") << 1
            << QStringLiteral("“2”");
        QTest::newRow("decimal comma in a demand")
            << QStringLiteral("demands.csv")
            << QByteArray("initiative,resource,amount\nGood,Team,1\nGood,Team,1,5\n") << 1
            << QStringLiteral("“5”");
        QTest::newRow("two cells too many")
            << QStringLiteral("goals.csv") << QByteArray("name\nG1,a,b\n") << 1
            << QStringLiteral("“a, b”");
        QTest::newRow("empty trailing cells")
            << QStringLiteral("initiatives.csv")
            << QByteArray("name,cost\nGood,1000,,\nAlso,2000, \n") << 0 << QString();
    }

    void cellsBeyondTheHeaderMakeTheRowBad()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, text);
        QFETCH(int, bad);
        QFETCH(QString, beyond);
        QTemporaryDir dir;
        // The rows above refer to an initiative and a resource that exist.
        QFile resources(dir.filePath(QStringLiteral("resources.csv")));
        QVERIFY(resources.open(QIODevice::WriteOnly));
        resources.write("name,kind\nTeam,team\n");
        resources.close();
        QFile initiatives(dir.filePath(QStringLiteral("initiatives.csv")));
        if (file != QLatin1String("initiatives.csv")) {
            QVERIFY(initiatives.open(QIODevice::WriteOnly));
            initiatives.write("name\nGood\n");
            initiatives.close();
        }
        QFile f(dir.filePath(file));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
        f.close();
        const ImportResult r = importFiles(PlanContent {}, {dir.path()}, {});
        QStringList messages;
        for (const RowError &e : r.errors)
            messages << e.message();
        QVERIFY2(r.badRows == bad, qPrintable(messages.join(QLatin1Char('\n'))));
        QCOMPARE(r.errors.size(), qsizetype(bad));
        if (bad > 0) {
            QCOMPARE(QFileInfo(r.errors[0].file).fileName(), file);
            QCOMPARE(r.errors[0].line, qint64(3 - (file == QLatin1String("goals.csv"))));
            QVERIFY2(r.errors[0].reason.contains(beyond), qPrintable(r.errors[0].reason));
            QVERIFY(!r.canApply({}));
        } else {
            QCOMPARE(r.plan.initiatives.size(), size_t(2));
            QCOMPARE(r.plan.initiatives[1].name, QStringLiteral("Also"));
        }
    }

    // A goal that is its own parent, a system that runs on itself: the row is bad, named (before,
    // the reference was dropped without a word and the row imported).
    void selfReferencesAreBadRows_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("own parent")
            << QStringLiteral("goals.csv") << QByteArray("name,parent\nG0,\nG1,G1\n");
        QTest::newRow("runs on itself")
            << QStringLiteral("systems.csv") << QByteArray("name,depends_on\nS0,\nS1,S0; S1\n");
    }
    void selfReferencesAreBadRows()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, text);
        QTemporaryDir dir;
        QFile f(dir.filePath(file));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
        f.close();
        const ImportResult r = importFiles(PlanContent {}, {f.fileName()}, {});
        QCOMPARE(r.badRows, 1);
        QCOMPARE(r.errors.size(), qsizetype(1));
        QCOMPARE(r.errors[0].line, qint64(3));
        QVERIFY2(r.errors[0].reason.contains(QStringLiteral("“"))
                && r.errors[0].reason.contains(QStringLiteral("itself")),
            qPrintable(r.errors[0].reason));
        QVERIFY(!r.canApply({}));
        QCOMPARE(r.plan.goals.size() + r.plan.systems.size(), size_t(1)); // the good row
    }

    // A goal's parents and what systems run on never go round in a circle: the row that would
    // close one is bad, the circle named, and the rest goes in (before, the circle was imported
    // and `cairn check` found it afterwards).
    void circlesOfReferencesAreBadRows_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("intoThePlan"); // one goal "Grow" under "Vision" there already
        QTest::addColumn<qint64>("line");
        QTest::addColumn<QString>("circle");
        QTest::newRow("two goals")
            << QStringLiteral("goals.csv") << QByteArray("name,parent\nG1,G2\nG2,G1\nG3,G1\n")
            << false << qint64(3) << QStringLiteral("“G2” → “G1” → “G2”");
        QTest::newRow("three systems")
            << QStringLiteral("systems.csv")
            << QByteArray("name,depends_on\nS1,S2\nS2,S0; S3\nS3,S1\nS0,\n") << false << qint64(4)
            << QStringLiteral("“S3” → “S1” → “S2” → “S3”");
        QTest::newRow("with the plan's goals")
            << QStringLiteral("goals.csv") << QByteArray("name,parent\nVision,Grow\n") << true
            << qint64(2) << QStringLiteral("“Vision” → “Grow” → “Vision”");
    }
    void circlesOfReferencesAreBadRows()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, text);
        QFETCH(bool, intoThePlan);
        QFETCH(qint64, line);
        QFETCH(QString, circle);
        PlanContent plan;
        if (intoThePlan) {
            plan.goals.push_back({GoalId {1}, QStringLiteral("Vision")});
            Goal grow {GoalId {2}, QStringLiteral("Grow")};
            grow.parent = GoalId {1};
            plan.goals.push_back(grow);
            plan.nextId = 3;
        }
        QTemporaryDir dir;
        QFile f(dir.filePath(file));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
        f.close();
        const ImportResult r = importFiles(plan, {f.fileName()}, {});
        QCOMPARE(r.badRows, 1);
        QCOMPARE(r.errors.size(), qsizetype(1));
        QCOMPARE(r.errors[0].line, line);
        QVERIFY2(r.errors[0].reason.contains(circle), qPrintable(r.errors[0].reason));
        QVERIFY(!r.canApply({}));
        // What goes in with the good rows alone has no circle.
        for (const PlanIssue &issue : validatePlan(r.plan))
            QVERIFY2(!issue.isError(), qPrintable(issue.message));
    }

    // A name that holds the list separator stays one name through CSV and JSON (before, a
    // system running on "Foo; Bar" ran on "Foo" and "Bar" after a round trip, or on nothing).
    void aNameWithASemicolonIsOneReference()
    {
        PlanContent plan = samplePlan();
        qint64 next = 100000; // above every id of the sample (ids are unique across a plan)
        const auto add = [&](const QString &name) {
            System s;
            s.id = SystemId {++next};
            s.name = name;
            plan.systems.push_back(s);
            return s.id;
        };
        const SystemId both = add(QStringLiteral("Foo; Bar"));
        const SystemId foo = add(QStringLiteral("Foo"));
        add(QStringLiteral("Bar"));
        System dep;
        dep.id = SystemId {++next};
        dep.name = QStringLiteral("Dep");
        dep.dependsOn = {both, foo};
        plan.systems.push_back(dep);
        const auto runsOn = [](const PlanContent &p) {
            QStringList names;
            for (const System &s : p.systems)
                if (s.name == QLatin1String("Dep"))
                    for (const SystemId id : s.dependsOn)
                        for (const System &t : p.systems)
                            if (t.id == id)
                                names << t.name;
            return names;
        };
        const QStringList expected {QStringLiteral("Foo; Bar"), QStringLiteral("Foo")};
        QCOMPARE(runsOn(plan), expected);

        QTemporaryDir dir;
        QString error;
        writeCsv(plan, QDir(dir.path()), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const ImportResult csv = importFiles(PlanContent {}, {dir.path()}, {});
        QVERIFY2(csv.errors.isEmpty() && csv.fatal.isEmpty(), qPrintable(csv.fatal));
        QCOMPARE(runsOn(csv.plan), expected);

        const PlanJsonResult json = readPlanJson(writePlanJson(plan));
        QVERIFY2(json.content, qPrintable(json.error));
        QCOMPARE(runsOn(*json.content), expected);
    }

    void cyclesAreRefusedByRow()
    {
        const ImportResult r = importFiles(PlanContent {},
            {corpus("cycle-dependencies.csv"), corpus("cycle-initiatives.csv")}, {});
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors[0].line, qint64(4));
        QVERIFY(r.errors[0].reason.contains(QStringLiteral("cycle")));
        QCOMPARE(r.plan.dependencies.size(), size_t(2));
        QCOMPARE(r.plan.dependencies[1].lag, 1);
    }

    void updatesByNameOrById()
    {
        const PlanContent base = samplePlan();
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("initiatives.csv")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        const Initiative &first = base.initiatives.front();
        f.write(QStringLiteral("id,name,cost\n%1,Renamed by id,1000\n0,%2,2000\n")
                    .arg(first.id.value)
                    .arg(base.initiatives[1].name)
                    .toUtf8());
        f.close();
        ImportOptions byName;
        const ImportResult n = importFiles(base, {f.fileName()}, byName);
        QVERIFY(n.errors.isEmpty());
        QCOMPARE(n.updated, 1); // the second row, by its name
        QCOMPARE(n.added, 1); // "Renamed by id" is new by name
        QCOMPARE(n.plan.initiatives[1].cost, Money(200000));
        ImportOptions byId;
        byId.match = ImportOptions::Match::Id;
        const ImportResult i = importFiles(base, {f.fileName()}, byId);
        QVERIFY(i.errors.isEmpty());
        QCOMPARE(i.plan.initiatives.front().name, QStringLiteral("Renamed by id"));
        QCOMPARE(i.plan.initiatives.front().kind, first.kind); // columns not in the file are kept
    }

    void largeImportCanBeCancelled()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("initiatives.csv"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("name,kind,cost,duration\n");
            for (int i = 0; i < 100000; ++i)
                f.write(QStringLiteral("Initiative %1,grow,%2,1\n").arg(i).arg(1000 + i).toUtf8());
        }
        const PlanContent base = samplePlan();
        std::atomic_bool cancel = false;
        qint64 lastDone = 0, calls = 0;
        const ImportResult r = importFiles(
            base, {path}, {},
            [&](qint64 done, qint64 total) {
                QVERIFY(done <= total);
                lastDone = done;
                if (++calls == 3)
                    cancel = true;
            },
            &cancel);
        QVERIFY(r.cancelled);
        QVERIFY(!r.canApply({}));
        QVERIFY(lastDone > 0);
        // And without cancelling, all 100,000 rows arrive.
        const ImportResult all = importFiles(PlanContent {}, {path}, {});
        QCOMPARE(all.plan.initiatives.size(), size_t(100000));
        QCOMPARE(all.plan.initiatives.back().cost, Money(10099900));
    }

    void unknownFilesAndMissingColumnsSaySo()
    {
        QTemporaryDir dir;
        const QString odd = dir.filePath(QStringLiteral("numbers.csv"));
        QFile f(odd);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("x,y\n1,2\n");
        f.close();
        const ImportResult r = importFiles(PlanContent {}, {odd}, {});
        QVERIFY(r.fatal.contains(QStringLiteral("numbers.csv")));
        const ImportResult missing
            = importFiles(PlanContent {}, {QStringLiteral("/nonexistent/goals.csv")}, {});
        QVERIFY(missing.fatal.contains(QStringLiteral("/nonexistent/goals.csv")));
        const QString noName = dir.filePath(QStringLiteral("goals.csv"));
        QFile g(noName);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write("owner,weight\nAna,3\n");
        g.close();
        // Beside a good file, with --apply-valid too: nothing is imported (before, the good file
        // was, and the summary said "0 bad").
        QFile good(dir.filePath(QStringLiteral("initiatives.csv")));
        QVERIFY(good.open(QIODevice::WriteOnly));
        good.write("name\nA\n");
        good.close();
        ImportOptions applyValid;
        applyValid.applyValid = true;
        const ImportResult m = importFiles(PlanContent {}, {noName, good.fileName()}, applyValid);
        QVERIFY(!m.canApply(applyValid));
        // The file and the missing column are named (by its label: the goal's name is "Goal").
        QVERIFY2(m.fatal.startsWith(QStringLiteral("goals.csv")), qPrintable(m.fatal));
        QVERIFY2(m.fatal.contains(QStringLiteral("“Goal”")), qPrintable(m.fatal));
    }

    void xlsxIsWritten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.xlsx"));
        QCOMPARE(writeXlsx(samplePlan(), path), QString());
        const QByteArray bytes = readAll(path);
        QVERIFY(bytes.startsWith("PK")); // a zip container
        QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
        QVERIFY(!writeXlsx(samplePlan(), QStringLiteral("/nonexistent/plan.xlsx")).isEmpty());
    }

    void previewGuessesTableAndMapping()
    {
        const FilePreview p = previewFile(corpus("libreoffice-de-initiatives.csv"));
        QCOMPARE(p.delimiter, QLatin1Char(';'));
        QCOMPARE(p.table, std::optional(TableKind::Initiatives));
        QCOMPARE(p.mapping.value(QStringLiteral("cost")), 4);
        QCOMPARE(p.mapping.value(QStringLiteral("earliest_start")), 5);
        QCOMPARE(p.rows.size(), 2);
        QCOMPARE(guessTable(QStringLiteral("export.csv"),
                     {QStringLiteral("predecessor"), QStringLiteral("successor")}),
            std::optional(TableKind::Dependencies));
    }
};

QTEST_GUILESS_MAIN(TestInterchange)
#include "tst_interchange.moc"

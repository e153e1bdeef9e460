#include "app/mainwindow.h"
#include "app/pseudolocale.h"
#include "app/views/tablepage.h"
#include "app/views/workspace.h"
#include "core/session/plandocument.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QDockWidget>
#include <QHeaderView>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace Cairn;

Q_DECLARE_METATYPE(Cairn::EntityKind)

class tst_PseudoLocale : public QObject {
    Q_OBJECT

    // Runs `check` on the sample's workspace at a projector's 1280×720 with every string 40 %
    // longer.
    template<class Check> static void inSampleAtProjectorSize(Check check)
    {
        QStandardPaths::setTestModeEnabled(true);
        PseudoTranslator pseudo;
        QCoreApplication::installTranslator(&pseudo);
        {
            MainWindow w;
            w.setRemembersFiles(false);
            w.newPlan(true);
            w.arrange(QSize(1280, 720));
            w.show();
            if (QTest::qWaitForWindowExposed(&w))
                check(w);
            else
                QTest::qFail("the window was not shown", __FILE__, __LINE__);
        }
        QCoreApplication::removeTranslator(&pseudo);
    }

private slots:
    void lengthensAndKeepsWhatMustStay_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QStringList>("kept");
        QTest::newRow("plain") << "Save" << QStringList {};
        QTest::newRow("mnemonic") << "&File" << QStringList {QStringLiteral("&F")};
        QTest::newRow("literal ampersand")
            << "Click && collect" << QStringList {QStringLiteral("&&")};
        QTest::newRow("placeholders")
            << "%1 initiatives · %2 systems · %L3"
            << QStringList {QStringLiteral("%1"), QStringLiteral("%2"), QStringLiteral("%L3")};
        QTest::newRow("plural") << "%n problem(s)" << QStringList {QStringLiteral("%n")};
        QTest::newRow("markup") << "<b>Cairn %1</b><p>IT strategy</p>"
                                << QStringList {QStringLiteral("<b>"), QStringLiteral("</b>"),
                                       QStringLiteral("<p>"), QStringLiteral("</p>"),
                                       QStringLiteral("%1")};
        QTest::newRow("entity") << "File &gt; New Plan" << QStringList {QStringLiteral("&gt;")};
        QTest::newRow("long") << QString(200, u'x') << QStringList {};
    }

    // 40 % longer, marked at both ends, with placeholders, markup and mnemonics intact, so that
    // the program still fills in and shows the same things.
    void lengthensAndKeepsWhatMustStay()
    {
        QFETCH(QString, source);
        QFETCH(QStringList, kept);
        const QString pseudo = PseudoTranslator::lengthen(source);
        QVERIFY2(pseudo.size() >= source.size() * 1.4, qPrintable(pseudo));
        QVERIFY(pseudo.startsWith(QStringLiteral("⟦")));
        QVERIFY(pseudo.endsWith(QStringLiteral("⟧")));
        for (const QString &k : kept)
            QVERIFY2(pseudo.contains(k), qPrintable(pseudo + QStringLiteral(" lacks ") + k));
        static const QRegularExpression placeholder(QStringLiteral("%L?\\d+|%n"));
        QCOMPARE(pseudo.count(placeholder), source.count(placeholder));
        QCOMPARE(pseudo.count(QLatin1Char('&')), source.count(QLatin1Char('&')));
        QVERIFY(pseudo != source);
    }

    // Installed, it answers for every context, and %n is still filled in.
    void answersEveryTranslation()
    {
        PseudoTranslator pseudo;
        QVERIFY(!pseudo.isEmpty());
        QVERIFY(QCoreApplication::installTranslator(&pseudo));
        const QString s
            = QCoreApplication::translate("Cairn::MainWindow", "%n problem(s)", nullptr, 3);
        QVERIFY2(s.startsWith(QStringLiteral("⟦3 ")), qPrintable(s));
        QVERIFY(QCoreApplication::translate("Cairn::Field", "Name").size() > 5);
        QVERIFY(QCoreApplication::translate("Cairn::Field", "").isEmpty());
        QCoreApplication::removeTranslator(&pseudo);
        QCOMPARE(QCoreApplication::translate("Cairn::Field", "Name"), QStringLiteral("Name"));
    }

    // With every string 40 % longer, the inspector of an initiative at a projector's 1280×720
    // shows all of each field: a form wider than the dock scrolls sideways, never cut off.
    void theInspectorIsNeverCutOff()
    {
        inSampleAtProjectorSize([](MainWindow &w) {
            w.workspace()->selectEntity(w.document()->plan().initiatives().front().id.value);
            auto *dock = w.findChild<QDockWidget *>(QStringLiteral("inspectorDock"));
            auto *scroll = qobject_cast<QScrollArea *>(dock->widget());
            QVERIFY(scroll && scroll->widget());
            QTRY_VERIFY(scroll->widget()->width() <= scroll->viewport()->width()
                || scroll->horizontalScrollBar()->isVisible());
        });
    }

    // With every string 40 % longer, no table's column title is cut at 1280×720: a column may
    // cut long values, never its title.
    void noColumnTitleIsCut_data()
    {
        QTest::addColumn<EntityKind>("kind");
        QTest::newRow("initiatives") << EntityKind::Initiative;
        QTest::newRow("goals") << EntityKind::Goal;
        QTest::newRow("systems") << EntityKind::System;
        QTest::newRow("resources") << EntityKind::Resource;
        QTest::newRow("milestones") << EntityKind::Milestone;
    }
    void noColumnTitleIsCut()
    {
        QFETCH(EntityKind, kind);
        inSampleAtProjectorSize([kind](MainWindow &w) {
            TablePage *page = w.workspace()->page(kind);
            QVERIFY(page);
            const QHeaderView *header = page->view()->horizontalHeader();
            for (int c = 0; c < header->count() - 1; ++c) // the last one stretches
                if (!header->isSectionHidden(c))
                    QVERIFY2(header->sectionSize(c) >= header->sectionSizeHint(c),
                        qPrintable(
                            page->view()->model()->headerData(c, Qt::Horizontal).toString()));
        });
    }

    // A button that opens a menu leaves room for its arrow beside its whole text: the toolbar's
    // "Scenarios" button drew its arrow over its last letter.
    void noMenuArrowCoversItsText()
    {
        inSampleAtProjectorSize([](MainWindow &w) {
            int checked = 0;
            for (QAbstractButton *b : w.findChildren<QAbstractButton *>()) {
                auto *tool = qobject_cast<QToolButton *>(b);
                auto *push = qobject_cast<QPushButton *>(b);
                const bool hasMenu
                    = (tool && tool->menu() && tool->toolButtonStyle() != Qt::ToolButtonIconOnly)
                    || (push && push->menu());
                if (!hasMenu || !b->isVisible() || b->text().isEmpty())
                    continue;
                // A tool button centres its text across the whole button and draws the arrow
                // over its last pixels; a push button centres it in what the arrow leaves.
                const int text = b->fontMetrics().horizontalAdvance(b->text());
                const int arrow
                    = b->style()->pixelMetric(QStyle::PM_MenuButtonIndicator, nullptr, b);
                const int label = push ? b->width() - arrow : b->width();
                QVERIFY2((label + text) / 2 <= b->width() - arrow,
                    qPrintable(QStringLiteral("%1: %2 px wide, text %3 px, arrow %4 px")
                                   .arg(b->text())
                                   .arg(b->width())
                                   .arg(text)
                                   .arg(arrow)));
                ++checked;
            }
            QVERIFY(checked > 0);
        });
    }
};

QTEST_MAIN(tst_PseudoLocale)
#include "tst_pseudolocale.moc"

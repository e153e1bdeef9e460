#include "app/dialogs/preferences.h"
#include "app/dialogs/preferencesdialog.h"
#include "app/mainwindow.h"
#include "app/views/roadmapview.h"
#include "core/session/plandocument.h"
#include "core/store/sampleplan.h"
#include "tests/app/scriptedinteraction.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyle>
#include <QTest>

#include <cmath>

using namespace Cairn;

Q_DECLARE_METATYPE(Cairn::ThemeChoice)

namespace {
// WCAG's contrast ratio of two colours (1 to 21).
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
            + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool operator==(const Preferences &a, const Preferences &b)
{
    return a.language == b.language && a.theme == b.theme && a.autosaveMinutes == b.autosaveMinutes
        && a.pdfPageSize == b.pdfPageSize && a.reducedMotion == b.reducedMotion;
}
} // namespace

class tst_Preferences : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_platformMenuAnimation = QApplication::isEffectEnabled(Qt::UI_AnimateMenu);
        m_platformComboAnimation = QApplication::isEffectEnabled(Qt::UI_AnimateCombo);
    }
    void init() { QSettings().clear(); }
    void cleanup()
    {
        applyTheme(*qApp, ThemeChoice::System);
        QLocale::setDefault(QLocale::c());
    }

    void defaultsWhenNothingIsSaved()
    {
        const Preferences p = Preferences::load();
        QVERIFY(p.language.isEmpty());
        QCOMPARE(p.theme, ThemeChoice::System);
        QCOMPARE(p.autosaveMinutes, 1);
        QCOMPARE(p.pdfPageSize, Preferences::localPageSize());
        QVERIFY(!p.reducedMotion);
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<ThemeChoice>("theme");
        QTest::addColumn<int>("minutes");
        QTest::addColumn<int>("pageSize");
        QTest::addColumn<bool>("reducedMotion");
        QTest::newRow("german dark")
            << "de" << ThemeChoice::Dark << 5 << int(QPageSize::A3) << true;
        QTest::newRow("system light")
            << "" << ThemeChoice::Light << 60 << int(QPageSize::Letter) << false;
        QTest::newRow("spanish projector")
            << "es" << ThemeChoice::Projector << 1 << int(QPageSize::Tabloid) << true;
    }

    void roundTrip()
    {
        QFETCH(QString, language);
        QFETCH(ThemeChoice, theme);
        QFETCH(int, minutes);
        QFETCH(int, pageSize);
        QFETCH(bool, reducedMotion);
        Preferences p;
        p.language = language;
        p.theme = theme;
        p.autosaveMinutes = minutes;
        p.pdfPageSize = QPageSize::PageSizeId(pageSize);
        p.reducedMotion = reducedMotion;
        p.save();
        QVERIFY(Preferences::load() == p);
        // The report dialog starts from the same page size.
        QCOMPARE(QSettings().value(QStringLiteral("report/pageSize")).toInt(), pageSize);
    }

    void unreadableSettingsFallBack_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QVariant>("value");
        QTest::newRow("unknown language")
            << "preferences/language" << QVariant(QStringLiteral("xx"));
        QTest::newRow("unknown theme") << "preferences/theme" << QVariant(QStringLiteral("neon"));
        QTest::newRow("autosave zero") << "preferences/autosaveMinutes" << QVariant(0);
        QTest::newRow("autosave huge") << "preferences/autosaveMinutes" << QVariant(100000);
        QTest::newRow("autosave text")
            << "preferences/autosaveMinutes" << QVariant(QStringLiteral("soon"));
        QTest::newRow("page negative") << "report/pageSize" << QVariant(-3);
        QTest::newRow("page beyond") << "report/pageSize" << QVariant(100000);
        QTest::newRow("page custom") << "report/pageSize" << QVariant(int(QPageSize::Custom));
    }

    // A setting edited by hand or by an older Cairn gives a usable preference, never a crash.
    void unreadableSettingsFallBack()
    {
        QFETCH(QString, key);
        QFETCH(QVariant, value);
        QSettings().setValue(key, value);
        const Preferences p = Preferences::load();
        QVERIFY(p.language != QLatin1String("xx"));
        QVERIFY(p.autosaveMinutes >= Preferences::MinAutosaveMinutes);
        QVERIFY(p.autosaveMinutes <= Preferences::MaxAutosaveMinutes);
        QVERIFY(p.pdfPageSize != QPageSize::Custom);
        QVERIFY(p.pdfPageSize >= 0 && p.pdfPageSize <= QPageSize::LastPageSize);
        if (key.endsWith(QLatin1String("autosaveMinutes")) && value.toInt() > 60)
            QCOMPARE(p.autosaveMinutes, Preferences::MaxAutosaveMinutes);
        if (key.endsWith(QLatin1String("language")))
            QVERIFY(p.language.isEmpty());
        if (key.endsWith(QLatin1String("theme")))
            QCOMPARE(p.theme, ThemeChoice::System);
    }

    // The dialog shows the preferences, returns what was chosen, and OK saves and applies them.
    void dialogShowsSavesAndApplies()
    {
        Preferences current;
        current.language = QStringLiteral("fr");
        current.autosaveMinutes = 10;
        current.pdfPageSize = QPageSize::A3;
        PreferencesDialog dialog(current);
        QCOMPARE(dialog.languageBox()->currentData().toString(), QStringLiteral("fr"));
        QCOMPARE(dialog.autosaveBox()->value(), 10);
        QCOMPARE(dialog.pageSizeBox()->currentData().toInt(), int(QPageSize::A3));
        QVERIFY(dialog.preferences() == current);
        QVERIFY(!dialog.needsRestart());

        dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("de")));
        QVERIFY(dialog.needsRestart());
        dialog.themeBox()->setCurrentIndex(
            dialog.themeBox()->findData(Preferences::themeKey(ThemeChoice::Dark)));
        dialog.autosaveBox()->setValue(25);
        dialog.reducedMotionBox()->setChecked(true);
        dialog.accept();
        const Preferences saved = Preferences::load();
        QCOMPARE(saved.language, QStringLiteral("de"));
        QCOMPARE(saved.theme, ThemeChoice::Dark);
        QCOMPARE(saved.autosaveMinutes, 25);
        QCOMPARE(saved.pdfPageSize, QPageSize::A3);
        QVERIFY(saved.reducedMotion);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightnessF() < 0.3);
        QVERIFY(!QApplication::isEffectEnabled(Qt::UI_AnimateMenu));
        QVERIFY(!QApplication::isEffectEnabled(Qt::UI_FadeTooltip));
        applyMotion(false); // back to the platform's effects, as they were before
        QCOMPARE(QApplication::isEffectEnabled(Qt::UI_AnimateMenu), m_platformMenuAnimation);
        QCOMPARE(QApplication::isEffectEnabled(Qt::UI_AnimateCombo), m_platformComboAnimation);
    }

    void themesAreReadable_data()
    {
        QTest::addColumn<ThemeChoice>("theme");
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << ThemeChoice::Light << false;
        QTest::newRow("dark") << ThemeChoice::Dark << true;
        QTest::newRow("projector") << ThemeChoice::Projector << false;
    }

    // Text on its background reads (WCAG AA, 4.5:1) in every theme: window, fields, buttons,
    // selection, tooltips; the projector's type is larger; the system's look comes back exactly.
    void themesAreReadable()
    {
        QFETCH(ThemeChoice, theme);
        QFETCH(bool, dark);
        const QPalette systemPalette = QApplication::palette();
        const QFont systemFont = QApplication::font();
        const QString systemStyle = QApplication::style()->name();
        applyTheme(*qApp, theme);
        const QPalette p = QApplication::palette();
        QCOMPARE(p.color(QPalette::Window).lightnessF() < 0.5, dark);
        const std::pair<QPalette::ColorRole, QPalette::ColorRole> pairs[]
            = {{QPalette::WindowText, QPalette::Window}, {QPalette::Text, QPalette::Base},
                {QPalette::Text, QPalette::AlternateBase}, {QPalette::ButtonText, QPalette::Button},
                {QPalette::HighlightedText, QPalette::Highlight},
                {QPalette::ToolTipText, QPalette::ToolTipBase}, {QPalette::Link, QPalette::Base}};
        for (const auto &[fore, back] : pairs) {
            const double ratio = contrast(p.color(fore), p.color(back));
            QVERIFY2(ratio >= 4.5,
                qPrintable(QStringLiteral("roles %1 on %2: %3").arg(fore).arg(back).arg(ratio)));
        }
        QVERIFY(contrast(p.color(QPalette::PlaceholderText), p.color(QPalette::Base)) >= 3);
        if (theme == ThemeChoice::Projector)
            QVERIFY(QApplication::font().pointSizeF() > systemFont.pointSizeF() * 1.2);
        applyTheme(*qApp, ThemeChoice::System);
        QCOMPARE(QApplication::palette(), systemPalette);
        QCOMPARE(QApplication::font(), systemFont);
        QCOMPARE(QApplication::style()->name(), systemStyle);
    }

    // The chosen language becomes the default locale (its words and numbers) at the next start.
    void languageBecomesTheLocale()
    {
        Preferences p;
        p.language = QStringLiteral("de");
        applyLanguage(p);
        QCOMPARE(QLocale().language(), QLocale::German);
        QCOMPARE(QLocale().toString(1.5), QStringLiteral("1,5"));
        p.language.clear(); // the system's: left as it is
        applyLanguage(p);
        QCOMPARE(QLocale().language(), QLocale::German);
    }

    // Edit > Preferences in the window: the autosave interval applies to the open plan at once
    // and to every plan opened after.
    void windowAppliesTheAutosaveInterval()
    {
        ScriptedInteraction script;
        script.onRun = [](QDialog &d) {
            auto *dialog = qobject_cast<PreferencesDialog *>(&d);
            if (!dialog)
                return int(QDialog::Rejected);
            dialog->autosaveBox()->setValue(7);
            dialog->accept();
            return int(QDialog::Accepted);
        };
        MainWindow w;
        w.setInteraction(&script);
        w.newPlan(true);
        QCOMPARE(w.document()->autosaveInterval(), 60'000);
        QAction *preferences = w.findChild<QAction *>(QStringLiteral("actionPreferences"));
        QVERIFY(preferences);
        QVERIFY(!preferences->shortcut().isEmpty()); // the platform's, else Ctrl+,
        preferences->trigger();
        QCOMPARE(w.document()->autosaveInterval(), 7 * 60'000);
        w.newPlan(false);
        QCOMPARE(w.document()->autosaveInterval(), 7 * 60'000);
    }

    void reducedMotionStopsTheGlide_data()
    {
        QTest::addColumn<bool>("reducedMotion");
        QTest::newRow("motion") << false;
        QTest::newRow("reduced motion") << true;
    }

    // Preferences' reduced motion is the roadmap's: moved bars glide only without it.
    void reducedMotionStopsTheGlide()
    {
        QFETCH(bool, reducedMotion);
        Preferences p;
        p.reducedMotion = reducedMotion;
        p.save();
        Plan plan(samplePlan());
        RoadmapView view(plan, nullptr);
        view.resize(800, 500);
        const Initiative &moved = plan.content().initiatives.front();
        ScheduleMove move;
        move.id = moved.id;
        move.from = plan.info().firstQuarter;
        move.to = move.from + 1;
        view.setMoves({move}, std::nullopt);
        QVERIFY(view.moved().contains(moved.id.value));
        QCOMPARE(view.gliding(), !reducedMotion);
    }

private:
    bool m_platformMenuAnimation = false;
    bool m_platformComboAnimation = false;
};

QTEST_MAIN(tst_Preferences)
#include "tst_preferences.moc"

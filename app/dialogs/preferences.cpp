#include "app/dialogs/preferences.h"

#include <QApplication>
#include <QFont>
#include <QLocale>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

#include <optional>

namespace Cairn {

namespace {
const char *const kThemeKeys[] = {"system", "light", "dark", "projector"};

QString key(const char *name)
{
    return QStringLiteral("preferences/") + QLatin1String(name);
}

// The look the platform gave the application, kept before Cairn changes it.
struct SystemLook {
    QString style;
    QPalette palette;
    QFont font;
};

SystemLook &systemLook(QApplication &app)
{
    static SystemLook look {app.style()->name(), QApplication::palette(), QApplication::font()};
    return look;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x26, 0x2a, 0x2e), base(0x1d, 0x20, 0x23), text(0xe8, 0xe8, 0xe6);
    const QColor button(0x33, 0x38, 0x3d), disabled(0x80, 0x86, 0x8c);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x28, 0x2c, 0x30));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x40, 0x46));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa6));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x7b, 0x72));
    p.setColor(QPalette::Light, QColor(0x4a, 0x50, 0x56));
    p.setColor(QPalette::Midlight, QColor(0x3e, 0x44, 0x4a));
    p.setColor(QPalette::Mid, QColor(0x24, 0x27, 0x2b));
    p.setColor(QPalette::Dark, QColor(0x16, 0x18, 0x1a));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x22, 0x69, 0xb0)); // white on it: 5.7:1
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7c, 0xbc, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xc3, 0xa6, 0xff));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    return p;
}

// Black on white, a strong blue selection: reads from the back of a bright room.
QPalette projectorPalette(const QPalette &light)
{
    QPalette p = light;
    p.setColor(QPalette::Window, QColor(0xf4, 0xf4, 0xf4));
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        for (QPalette::ColorRole role :
            {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::ToolTipText})
            p.setColor(group, role, Qt::black);
        p.setColor(group, QPalette::Highlight, QColor(0x00, 0x4c, 0x99));
        p.setColor(group, QPalette::HighlightedText, Qt::white);
    }
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xea, 0xee, 0xf2));
    p.setColor(QPalette::Link, QColor(0x00, 0x3d, 0x99));
    return p;
}
} // namespace

QPageSize::PageSizeId Preferences::localPageSize()
{
    return QLocale().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter
                                                                      : QPageSize::A4;
}

QList<std::pair<QString, QString>> Preferences::languages()
{
    return {{QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("es"), QStringLiteral("Español")}};
}

QString Preferences::themeKey(ThemeChoice theme)
{
    return QLatin1String(kThemeKeys[int(theme)]);
}

std::optional<ThemeChoice> Preferences::themeNamed(const QString &name)
{
    for (int i = 0; i < 4; ++i)
        if (name == QLatin1String(kThemeKeys[i]))
            return ThemeChoice(i);
    return std::nullopt;
}

Preferences Preferences::load()
{
    const QSettings s;
    Preferences p;
    p.language = s.value(key("language")).toString();
    bool known = false;
    for (const auto &language : languages())
        known = known || language.first == p.language;
    if (!known)
        p.language.clear();
    p.theme = themeNamed(s.value(key("theme")).toString()).value_or(ThemeChoice::System);
    p.autosaveMinutes = std::clamp(
        s.value(key("autosaveMinutes"), 1).toInt(), MinAutosaveMinutes, MaxAutosaveMinutes);
    // The report dialog remembers the last page size under the same key.
    const int size = s.value(QStringLiteral("report/pageSize"), int(localPageSize())).toInt();
    p.pdfPageSize = QPageSize::PageSizeId(size);
    if (size < 0 || size > QPageSize::LastPageSize || p.pdfPageSize == QPageSize::Custom)
        p.pdfPageSize = localPageSize();
    p.reducedMotion = s.value(ReducedMotionKey, false).toBool();
    return p;
}

void Preferences::save() const
{
    QSettings s;
    s.setValue(key("language"), language);
    s.setValue(key("theme"), themeKey(theme));
    s.setValue(key("autosaveMinutes"), autosaveMinutes);
    s.setValue(QStringLiteral("report/pageSize"), int(pdfPageSize));
    s.setValue(ReducedMotionKey, reducedMotion);
}

void applyLanguage(const Preferences &preferences)
{
    if (!preferences.language.isEmpty())
        QLocale::setDefault(QLocale(preferences.language));
}

void applyTheme(QApplication &app, ThemeChoice theme)
{
    const SystemLook &look = systemLook(app);
    if (theme == ThemeChoice::System) {
        QApplication::setStyle(look.style);
        QApplication::setPalette(look.palette);
        QApplication::setFont(look.font);
        return;
    }
    // Fusion draws every palette faithfully, whatever the platform's style.
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette light = QApplication::style()->standardPalette();
    // Fusion's selection blue is too light for white text (3.7:1); this one reads (5.3:1).
    light.setColor(QPalette::Highlight, QColor(0x1f, 0x6f, 0xb5));
    QFont font = look.font;
    if (theme == ThemeChoice::Projector)
        font.setPointSizeF(font.pointSizeF() * 1.25);
    QApplication::setPalette(theme == ThemeChoice::Dark ? darkPalette()
            : theme == ThemeChoice::Projector           ? projectorPalette(light)
                                                        : light);
    QApplication::setFont(font);
}

void applyMotion(bool reduced)
{
    // Without reduced motion, the effects are as the platform set them (kept the first time).
    static constexpr Qt::UIEffect effects[] = {Qt::UI_General, Qt::UI_AnimateMenu, Qt::UI_FadeMenu,
        Qt::UI_AnimateCombo, Qt::UI_AnimateTooltip, Qt::UI_FadeTooltip, Qt::UI_AnimateToolBox};
    static const QList<bool> platform = [] {
        QList<bool> on;
        for (Qt::UIEffect effect : effects)
            on << QApplication::isEffectEnabled(effect);
        return on;
    }();
    int k = 0;
    for (Qt::UIEffect effect : effects)
        QApplication::setEffectEnabled(effect, !reduced && platform[k++]);
}

} // namespace Cairn

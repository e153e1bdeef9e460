#pragma once

#include <QList>
#include <QPageSize>
#include <QString>

#include <optional>
#include <utility>

class QApplication;

namespace Cairn {

// How the workspace looks: the system's palette and style, or one of Cairn's own.
enum class ThemeChoice {
    System, // the platform's style and palette, as the desktop sets them
    Light,
    Dark,
    Projector, // high contrast and larger type, for a room with the lights on
};

// The user's preferences (Edit > Preferences), kept in the application's settings.
struct Preferences {
    QString language; // empty: the system's; else "en", "de", "fr" or "es"
    ThemeChoice theme = ThemeChoice::System;
    int autosaveMinutes = 1; // how often unsaved work is copied for recovery, 1-60
    QPageSize::PageSizeId pdfPageSize = QPageSize::A4; // what a roadmap PDF starts with
    // No animated or fading menus, lists and tooltips, and no bars gliding on the roadmap.
    bool reducedMotion = false;
    // Kept under the key that the roadmap's glide reads (RoadmapView::setMoves).
    static constexpr QLatin1String ReducedMotionKey {"view/reducedMotion"};

    static Preferences load();
    void save() const;

    static constexpr int MinAutosaveMinutes = 1;
    static constexpr int MaxAutosaveMinutes = 60;
    // Letter where the locale measures in inches (the United States), else A4.
    static QPageSize::PageSizeId localPageSize();
    // The languages Cairn speaks: code and the language's own name ("de", "Deutsch").
    static QList<std::pair<QString, QString>> languages();
    static QString themeKey(ThemeChoice theme); // "system", "light", "dark", "projector"
    static std::optional<ThemeChoice> themeNamed(const QString &key);
};

// At start-up, before the translations are loaded: the chosen language becomes the default
// locale (its words, numbers and quotation marks). Nothing for "the system's".
void applyLanguage(const Preferences &preferences);
// The theme, at once: style, palette and, for the projector, larger type. The system's look is
// remembered the first time, so that going back to it restores it exactly.
void applyTheme(QApplication &app, ThemeChoice theme);
// The UI effects (animated menus, combo boxes, tooltips) follow reduced motion; the roadmap reads
// the setting itself each time bars would glide.
void applyMotion(bool reduced);

} // namespace Cairn

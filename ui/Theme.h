#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QPalette>
#include <QString>

#include <optional>

class QWidget;

namespace omnidesk::ui {

// Light and dark look of the desktop.
//
// "System" keeps the platform's style and palette, so the desktop follows the
// OS light/dark setting wherever the platform theme reports it. "Light" and
// "Dark" switch to the Fusion style with a palette of our own; Qt 6.4 has no
// colour-scheme API (QStyleHints::colorScheme arrived in 6.5, setColorScheme
// in 6.8), so the palette is the switch, and the newer API is only used when
// built against a Qt that has it.
//
// The window's style sheet and the few colours painted in code (highlighted
// rows, error text) are derived from the application palette, so every panel
// reads well in both.
class Theme
{
    Q_DECLARE_TR_FUNCTIONS(omnidesk::ui::Theme)
public:
    enum class Mode { System, Light, Dark };

    // "system", "light", "dark" (settings and --theme).
    static QString toString(Mode mode);
    static std::optional<Mode> fromString(const QString &text);
    // For people: "Same as the system", "Light", "Dark".
    static QString displayName(Mode mode);

    // Applies the mode to the running QApplication at once; every window that
    // follows the palette (followPalette) restyles itself.
    static void apply(Mode mode);
    static Mode current();

    // True when the palette has light text on a dark window.
    static bool isDark(const QPalette &palette);
    // The application palette is dark.
    static bool isDark();

    static QPalette darkPalette();
    static QPalette lightPalette();

    // Background of rows that just changed (cart lines, new timeline events).
    static QColor changedRowColor(bool dark);
    // Text of error messages.
    static QColor errorColor(bool dark);
    // The agent window's style sheet for a light or a dark palette.
    static QString styleSheet(bool dark);

    // Gives window the style sheet for the current palette and renews it
    // whenever the application palette changes.
    static void followPalette(QWidget *window);
};

} // namespace omnidesk::ui

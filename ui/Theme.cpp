#include "Theme.h"

#include <QApplication>
#include <QEvent>
#include <QPointer>
#include <QProxyStyle>
#include <QStyle>
#include <QStyleHints>
#include <QStyleOptionButton>
#include <QWidget>

namespace omnidesk::ui {

namespace {

// The window's look: a calm canvas, cards, one blue accent. Colours are
// tokens ({canvas}, {card}, …) filled from the light or the dark set below.
const char kStyleSheetTemplate[] = R"(
QMainWindow, #callView, #idlePage { background: {canvas}; }
#callerHeader, #cartPanel, #timelinePanel, #nextStepPanel, #outcomeForm {
    background: {card}; border: 1px solid {border}; border-radius: 8px;
}
#callerHeader { border-left: 5px solid {accent}; }
#callerName { font-size: 20px; font-weight: 600; color: {strong}; }
#callerPhone, #callId, #matchLabel { color: {muted}; }
#tierBadge { background: {tierBg}; color: {tierFg}; border-radius: 4px; padding: 2px 8px; font-weight: 600; font-size: 11px; }
#callState { color: {good}; font-weight: 600; }
#agentState { color: {accentText}; font-weight: 600; }
#callState[ended="true"] { color: {ended}; }
#panelTitle { font-size: 14px; font-weight: 600; color: {strong}; }
#panelMeta, #dataAge, #emptyHint { color: {faint}; }
#abandonedBadge { background: {abandonedBg}; color: {abandonedFg}; border-radius: 4px; padding: 2px 8px; }
#cartTotal { font-size: 17px; font-weight: 600; color: {strong}; }
#nextStepTitle { font-size: 15px; font-weight: 600; color: {accentText}; }
#nextStepReason { color: {reason}; font-style: italic; }
#latelyStrip { background: {card}; border: 1px solid {border}; border-radius: 8px; }
#latelyText, #callerFacts { color: {muted}; }
#lookupStatus[state="error"] { color: {error}; }
#lookupStatus[state="pending"] { color: {faint}; }
QListWidget#nextStepList, QListWidget#intentList { border: 1px solid {border}; border-radius: 4px; }
#outcomeStatus { color: {muted}; }
#outcomeStatus[state="stored"] { color: {good}; font-weight: 600; }
#outcomeStatus[state="error"] { color: {error}; }
#reportStatus { color: {muted}; }
#reportStatus[state="error"] { color: {error}; }
#idleTitle { font-size: 22px; font-weight: 600; color: {idleTitle}; }
#idleHint { color: {faint}; }
QTreeView::item { padding: 3px 0; }
QStatusBar QLabel { padding: 0 4px; }
QTableView, QTreeView { border: none; selection-background-color: {selectionBg}; selection-color: {strong}; }
QHeaderView::section { background: {card}; border: none; border-bottom: 1px solid {border}; padding: 4px 6px; color: {muted}; font-weight: 600; }
QPushButton#saveOutcome { background: {accent}; color: white; border: none; border-radius: 5px; padding: 6px 16px; font-weight: 600; }
QPushButton#saveOutcome:disabled { background: {accentDisabled}; }
QPushButton#saveOutcome:focus { outline: 2px solid {focus}; }
)";

struct Token
{
    const char *name;
    const char *light;
    const char *dark;
};

// The light values are the original design; the dark ones keep the same
// hues with enough contrast on the dark cards (WCAG AA for text).
const Token kTokens[] = {
    {"canvas", "#f3f5f8", "#1b1e22"},      {"card", "#ffffff", "#24282e"},
    {"border", "#dde2e8", "#383d45"},      {"accent", "#2f6f8f", "#3f86ab"},
    {"accentText", "#1f4f68", "#8cc4e0"},  {"accentDisabled", "#a9bcc7", "#3a4a54"},
    {"focus", "#1d4b63", "#a9d6ee"},       {"strong", "#1d2733", "#e8ebef"},
    {"muted", "#56606b", "#a9b2bc"},       {"faint", "#6b7480", "#939ca6"},
    {"reason", "#4a5560", "#b8c0c9"},      {"idleTitle", "#3b4652", "#d3d9df"},
    {"tierBg", "#f4e7c3", "#4d4018"},      {"tierFg", "#6d5310", "#f2dc93"},
    {"good", "#2e7d4f", "#6fcf97"},        {"ended", "#a4560f", "#eba766"},
    {"abandonedBg", "#fde3d3", "#5c3019"}, {"abandonedFg", "#8a3b12", "#f8bd9a"},
    {"error", "#b3261e", "#f28b82"},       {"selectionBg", "#d6e6f0", "#2e4a5c"},
};

QString tokenValue(const char *name, bool dark)
{
    for (const Token &token : kTokens) {
        if (qstrcmp(token.name, name) == 0)
            return QLatin1String(dark ? token.dark : token.light);
    }
    return QString();
}

// Fusion draws the frame of check boxes and radio buttons in a shade of the
// window colour, which vanishes on a dark base; this draws them with a
// lighter frame when the palette is dark, and changes nothing else.
class ContrastStyle : public QProxyStyle
{
public:
    ContrastStyle() : QProxyStyle(QStringLiteral("Fusion")) {}

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget) const override
    {
        const auto *button = qstyleoption_cast<const QStyleOptionButton *>(option);
        if (button && (element == PE_IndicatorCheckBox || element == PE_IndicatorRadioButton) &&
            Theme::isDark(option->palette)) {
            QStyleOptionButton lighter(*button);
            lighter.palette.setColor(QPalette::Window, QColor(0xa0, 0xa7, 0xb0)); // the frame's shade
            QProxyStyle::drawPrimitive(element, &lighter, painter, widget);
            return;
        }
        QProxyStyle::drawPrimitive(element, option, painter, widget);
    }
};

Theme::Mode g_mode = Theme::Mode::System;
QPointer<QStyle> g_ownStyle; // the ContrastStyle while Light or Dark is on (the application owns it)
bool g_platformSaved = false;
QString g_platformStyle; // the style the application started with

// Renews the style sheet of the windows that follow the palette whenever the
// application palette changes (Theme::apply, or the platform's light/dark
// switch in "System" mode). Qt 6.4 tells only the application object, not the
// widgets, so this filter sits on qApp and lets every event through untouched.
class PaletteFollower : public QObject
{
public:
    using QObject::QObject;

    void follow(QWidget *window)
    {
        m_windows.append(window);
        restyle(window);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::ApplicationPaletteChange && watched == qApp) {
            m_windows.removeAll(nullptr);
            for (const QPointer<QWidget> &window : std::as_const(m_windows))
                restyle(window);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    static void restyle(QWidget *window)
    {
        const QString sheet = Theme::styleSheet(Theme::isDark());
        if (window->styleSheet() != sheet)
            window->setStyleSheet(sheet);
    }

    QList<QPointer<QWidget>> m_windows;
};

PaletteFollower *paletteFollower()
{
    static QPointer<PaletteFollower> follower;
    if (!follower) {
        follower = new PaletteFollower(qApp);
        qApp->installEventFilter(follower);
    }
    return follower;
}

} // namespace

QString Theme::toString(Mode mode)
{
    switch (mode) {
    case Mode::Light:
        return QStringLiteral("light");
    case Mode::Dark:
        return QStringLiteral("dark");
    case Mode::System:
        break;
    }
    return QStringLiteral("system");
}

std::optional<Theme::Mode> Theme::fromString(const QString &text)
{
    for (Mode mode : {Mode::System, Mode::Light, Mode::Dark}) {
        if (text.compare(toString(mode), Qt::CaseInsensitive) == 0)
            return mode;
    }
    return std::nullopt;
}

QString Theme::displayName(Mode mode)
{
    switch (mode) {
    case Mode::Light:
        return tr("Light");
    case Mode::Dark:
        return tr("Dark");
    case Mode::System:
        break;
    }
    return tr("Same as the system");
}

void Theme::apply(Mode mode)
{
    if (!g_platformSaved) {
        g_platformStyle = QApplication::style()->name();
        g_platformSaved = true;
    }
    switch (mode) {
    case Mode::System:
        if (g_ownStyle || QApplication::style()->name().compare(g_platformStyle, Qt::CaseInsensitive) != 0)
            QApplication::setStyle(g_platformStyle);
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
        QGuiApplication::styleHints()->unsetColorScheme();
#endif
        // An empty palette resolves to the platform's, and keeps following it.
        QApplication::setPalette(QPalette());
        break;
    case Mode::Light:
    case Mode::Dark:
        if (!g_ownStyle) {
            g_ownStyle = new ContrastStyle;
            QApplication::setStyle(g_ownStyle);
        }
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
        QGuiApplication::styleHints()->setColorScheme(mode == Mode::Dark ? Qt::ColorScheme::Dark
                                                                         : Qt::ColorScheme::Light);
#endif
        QApplication::setPalette(mode == Mode::Dark ? darkPalette() : lightPalette());
        break;
    }
    g_mode = mode;
}

Theme::Mode Theme::current()
{
    return g_mode;
}

bool Theme::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

bool Theme::isDark()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    if (g_mode == Mode::System && QGuiApplication::styleHints()->colorScheme() != Qt::ColorScheme::Unknown)
        return QGuiApplication::styleHints()->colorScheme() == Qt::ColorScheme::Dark;
#endif
    return isDark(QGuiApplication::palette());
}

QPalette Theme::darkPalette()
{
    const QColor window(0x25, 0x28, 0x2d);
    const QColor base(0x1d, 0x20, 0x25);
    const QColor text(0xe6, 0xe8, 0xeb);
    const QColor disabledText(0x73, 0x7a, 0x83);
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x27, 0x2b, 0x31));
    palette.setColor(QPalette::ToolTipBase, QColor(0x32, 0x36, 0x3d));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x8b, 0x93, 0x9c));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x31, 0x35, 0x3b));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    palette.setColor(QPalette::Light, QColor(0x42, 0x47, 0x4f));
    palette.setColor(QPalette::Midlight, QColor(0x36, 0x3a, 0x41));
    palette.setColor(QPalette::Mid, QColor(0x2a, 0x2d, 0x33));
    palette.setColor(QPalette::Dark, QColor(0x15, 0x17, 0x1a));
    palette.setColor(QPalette::Shadow, QColor(0x0b, 0x0c, 0x0e));
    palette.setColor(QPalette::Highlight, QColor(0x3f, 0x86, 0xab));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x7c, 0xbd, 0xe6));
    palette.setColor(QPalette::LinkVisited, QColor(0xb7, 0xa3, 0xe0));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Base, window);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x3a, 0x3f, 0x46));
    return palette;
}

QPalette Theme::lightPalette()
{
    // Fusion's own palette is the neutral light one.
    if (g_ownStyle)
        return g_ownStyle->standardPalette();
    QPalette palette(QColor(0xef, 0xef, 0xef), QColor(0xef, 0xef, 0xef));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, Qt::black);
    palette.setColor(QPalette::WindowText, Qt::black);
    palette.setColor(QPalette::ButtonText, Qt::black);
    palette.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    return palette;
}

QColor Theme::changedRowColor(bool dark)
{
    return dark ? QColor(0x5c, 0x4b, 0x12) : QColor(0xff, 0xf1, 0xb8);
}

QColor Theme::errorColor(bool dark)
{
    return QColor(tokenValue("error", dark));
}

QString Theme::styleSheet(bool dark)
{
    QString sheet = QString::fromUtf8(kStyleSheetTemplate);
    for (const Token &token : kTokens) {
        sheet.replace(QLatin1Char('{') + QLatin1String(token.name) + QLatin1Char('}'),
                      QLatin1String(dark ? token.dark : token.light));
    }
    return sheet;
}

void Theme::followPalette(QWidget *window)
{
    paletteFollower()->follow(window);
}

} // namespace omnidesk::ui

#pragma once

#include "Theme.h"

#include <QDialog>
#include <QKeySequence>
#include <QList>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTreeWidget;

namespace omnidesk::ui {

// The desktop's settings, kept with QSettings (organisation and application
// "Omnidesk", the same store as the sign-in): the profile service address used
// at the next sign-in (signIn/server), the language (ui/language, "" for the
// system's; applies at the next start), the theme (ui/theme, applies at once)
// and desktop notifications (ui/notifications). It also lists the keyboard
// shortcuts, read from the window's actions and shortcuts.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    struct Shortcut
    {
        QString action;
        QKeySequence keys;
    };

    // window: where the shortcuts are read from (its menu actions and the
    // QShortcuts among its children); may be null.
    explicit SettingsDialog(QWidget *window, QWidget *parent = nullptr);

    // The stored values, for the start of the application and for the
    // notification code.
    static QString savedLanguage();
    static Theme::Mode savedTheme();
    static bool notificationsEnabled();

    // The shortcuts of a window: every action with a shortcut (menu text
    // without the accelerator) and every QShortcut, described by its
    // whatsThis or, for the call view's jump keys, by a built-in text.
    static QList<Shortcut> shortcutsOf(QWidget *window);

    QLineEdit *serverEdit() const { return m_server; }
    QComboBox *languageBox() const { return m_language; }
    QComboBox *themeBox() const { return m_theme; }
    QCheckBox *notificationsBox() const { return m_notifications; }
    QTreeWidget *shortcutList() const { return m_shortcuts; }

    void accept() override;

private:
    void load();
    bool save();

    QLineEdit *m_server;
    QComboBox *m_language;
    QLabel *m_languageNote;
    QComboBox *m_theme;
    QCheckBox *m_notifications;
    QTreeWidget *m_shortcuts;
    QLabel *m_error;
};

} // namespace omnidesk::ui

#pragma once

#include "Theme.h"

#include <QDialog>
#include <QKeySequence>
#include <QList>
#include <QSslCertificate>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace omnidesk::ui {

// The desktop's settings, kept with QSettings (organisation and application
// "Omnidesk", the same store as the sign-in): the profile service address used
// at the next sign-in (signIn/server), the language (ui/language, "" for the
// system's; applies at the next start), the theme (ui/theme, applies at once),
// desktop notifications (ui/notifications) and a company CA certificate to
// trust for TLS (net::TlsTrust, tls/companyCa; applies at the next sign-in).
// Certificate verification itself cannot be turned off. It also lists the
// keyboard shortcuts, read from the window's actions and shortcuts.
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
    QLineEdit *companyCaField() const { return m_companyCa; }
    QPushButton *companyCaChooseButton() const { return m_chooseCa; }
    QPushButton *companyCaRemoveButton() const { return m_removeCa; }

    // Takes the CA certificates of a PEM file as the company CA (saved with
    // OK); the choose button's file dialog ends here. False, with the reason
    // shown, when the file holds no certificate.
    bool chooseCompanyCa(const QString &path);
    // No company CA any more (saved with OK).
    void removeCompanyCa();

    void accept() override;

private:
    void load();
    bool save();
    void showCompanyCa();
    void chooseCompanyCaFile();

    QLineEdit *m_server;
    QComboBox *m_language;
    QLabel *m_languageNote;
    QComboBox *m_theme;
    QCheckBox *m_notifications;
    QLineEdit *m_companyCa;
    QPushButton *m_chooseCa;
    QPushButton *m_removeCa;
    QLabel *m_companyCaNote;
    QList<QSslCertificate> m_companyCas; // as shown; saved with OK
    QTreeWidget *m_shortcuts;
    QLabel *m_error;
};

} // namespace omnidesk::ui

#include "SettingsDialog.h"

#include "Localization.h"
#include "TlsTrust.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <memory>

namespace omnidesk::ui {

namespace {
const QString kServerKey = QStringLiteral("signIn/server");
const QString kLanguageKey = QStringLiteral("ui/language");
const QString kThemeKey = QStringLiteral("ui/theme");
const QString kNotificationsKey = QStringLiteral("ui/notifications");

std::unique_ptr<QSettings> openSettings()
{
    return std::make_unique<QSettings>(QStringLiteral("Omnidesk"), QStringLiteral("Omnidesk"));
}

// "Sign &out" → "Sign out", "Settings…" → "Settings".
QString plainActionText(QString text)
{
    text.replace(QLatin1String("&&"), QLatin1String("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text;
}

// Actions and shortcuts of dialogs (this one included) are not the window's.
bool insideDialog(const QObject *object)
{
    for (const QObject *o = object; o; o = o->parent()) {
        if (qobject_cast<const QDialog *>(o))
            return true;
    }
    return false;
}

bool isWebSocketUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == QLatin1String("ws") || url.scheme() == QLatin1String("wss") ||
            url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}
} // namespace

SettingsDialog::SettingsDialog(QWidget *window, QWidget *parent)
    : QDialog(parent), m_server(new QLineEdit(this)), m_language(new QComboBox(this)),
      m_languageNote(new QLabel(this)), m_theme(new QComboBox(this)),
      m_notifications(new QCheckBox(tr("Show a desktop &notification for an incoming call"), this)),
      m_companyCa(new QLineEdit(this)), m_chooseCa(new QPushButton(tr("C&hoose…"), this)),
      m_removeCa(new QPushButton(tr("Re&move"), this)), m_companyCaNote(new QLabel(this)),
      m_shortcuts(new QTreeWidget(this)), m_error(new QLabel(this))
{
    setWindowTitle(tr("Settings"));

    m_server->setAccessibleName(tr("Profile service address"));
    m_server->setPlaceholderText(QStringLiteral("wss://profiles.example.com"));
    m_server->setToolTip(tr("The address used from the next start, as https://host:port or wss://host:port "
                            "(http:// or ws:// without TLS). The sign-in window can change it too."));

    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("Same as the system"), QString());
    for (const QString &code : Localization::availableLanguages())
        m_language->addItem(Localization::displayName(code), code);
    m_languageNote->setText(tr("A new language applies the next time Omnidesk starts."));
    m_languageNote->setWordWrap(true);
    m_languageNote->setForegroundRole(QPalette::PlaceholderText); // a quiet hint

    m_theme->setAccessibleName(tr("Theme"));
    for (Theme::Mode mode : {Theme::Mode::System, Theme::Mode::Light, Theme::Mode::Dark})
        m_theme->addItem(Theme::displayName(mode), Theme::toString(mode));
    m_theme->setToolTip(tr("Applies at once. \"Same as the system\" follows the light or dark setting of "
                           "the desktop environment."));

    m_notifications->setAccessibleName(tr("Desktop notifications"));
    m_notifications->setAccessibleDescription(
        tr("Shows a notification when a call arrives while the Omnidesk window is not in front."));

    m_companyCa->setObjectName(QStringLiteral("companyCa"));
    m_companyCa->setReadOnly(true);
    m_companyCa->setAccessibleName(tr("Trusted company CA certificate"));
    m_companyCa->setPlaceholderText(tr("None: only the certificate authorities the system trusts"));
    m_chooseCa->setAccessibleName(tr("Trust a company CA certificate"));
    m_chooseCa->setAccessibleDescription(tr("Choose the PEM file of your company's certificate authority."));
    m_chooseCa->setToolTip(m_chooseCa->accessibleDescription());
    m_removeCa->setAccessibleName(tr("Stop trusting the company CA certificate"));
    connect(m_chooseCa, &QPushButton::clicked, this, &SettingsDialog::chooseCompanyCaFile);
    connect(m_removeCa, &QPushButton::clicked, this, &SettingsDialog::removeCompanyCa);
    m_companyCaNote->setText(tr("Certificates it issued are trusted in addition to the system's, from the "
                                "next sign-in. Certificate checks are always on."));
    m_companyCaNote->setWordWrap(true);
    m_companyCaNote->setForegroundRole(QPalette::PlaceholderText);

    m_shortcuts->setAccessibleName(tr("Keyboard shortcuts"));
    m_shortcuts->setColumnCount(2);
    m_shortcuts->setHeaderLabels({tr("Action"), tr("Keys")});
    m_shortcuts->setRootIsDecorated(false);
    m_shortcuts->setSelectionMode(QAbstractItemView::SingleSelection);
    m_shortcuts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_shortcuts->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_shortcuts->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_shortcuts->header()->setStretchLastSection(false);
    for (const Shortcut &shortcut : shortcutsOf(window)) {
        auto *item = new QTreeWidgetItem(m_shortcuts,
                                         {shortcut.action, shortcut.keys.toString(QKeySequence::NativeText)});
        item->setData(1, Qt::AccessibleTextRole, shortcut.keys.toString(QKeySequence::NativeText));
    }
    m_shortcuts->setMinimumHeight(200);

    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::errorColor(Theme::isDark()).name()));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Profile &service:"), m_server);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_languageNote);
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(QString(), m_notifications);
    auto *caLabel = new QLabel(tr("Trust a &company CA:"), this);
    caLabel->setBuddy(m_chooseCa);
    form->addRow(caLabel, m_companyCa);
    auto *caButtons = new QHBoxLayout;
    caButtons->addWidget(m_chooseCa);
    caButtons->addWidget(m_removeCa);
    caButtons->addStretch(1);
    form->addRow(QString(), caButtons);
    form->addRow(QString(), m_companyCaNote);

    auto *shortcutsTitle = new QLabel(tr("&Keyboard shortcuts"), this);
    shortcutsTitle->setBuddy(m_shortcuts);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(shortcutsTitle);
    layout->addWidget(m_shortcuts, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(520);

    load();
}

QString SettingsDialog::savedLanguage()
{
    return openSettings()->value(kLanguageKey).toString();
}

Theme::Mode SettingsDialog::savedTheme()
{
    return Theme::fromString(openSettings()->value(kThemeKey).toString()).value_or(Theme::Mode::System);
}

bool SettingsDialog::notificationsEnabled()
{
    return openSettings()->value(kNotificationsKey, true).toBool();
}

QList<SettingsDialog::Shortcut> SettingsDialog::shortcutsOf(QWidget *window)
{
    QList<Shortcut> shortcuts;
    if (!window)
        return shortcuts;
    QStringList seen; // one row per action, e.g. Ctrl+Return and Ctrl+Enter both save
    const auto add = [&](const QString &action, const QKeySequence &keys) {
        if (action.isEmpty() || keys.isEmpty() || seen.contains(action))
            return;
        seen.append(action);
        shortcuts.append({action, keys});
    };
    const QList<QAction *> actions = window->findChildren<QAction *>();
    for (const QAction *action : actions) {
        if (!insideDialog(action))
            add(plainActionText(action->text()), action->shortcut());
    }

    // The call view's jump keys are QShortcuts without text of their own.
    const struct
    {
        QKeySequence keys;
        const char *text;
    } known[] = {
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), QT_TR_NOOP("Go to the cart")},
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T), QT_TR_NOOP("Go to the timeline")},
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), QT_TR_NOOP("Search the timeline")},
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), QT_TR_NOOP("Go to the outcome's disposition")},
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), QT_TR_NOOP("Go to the outcome notes")},
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QT_TR_NOOP("Save the outcome")},
        {QKeySequence(Qt::CTRL | Qt::Key_Enter), QT_TR_NOOP("Save the outcome")},
    };
    const QList<QShortcut *> keys = window->findChildren<QShortcut *>();
    for (const QShortcut *shortcut : keys) {
        if (insideDialog(shortcut))
            continue;
        QString text = shortcut->whatsThis();
        for (const auto &entry : known) {
            if (text.isEmpty() && entry.keys == shortcut->key())
                text = tr(entry.text);
        }
        add(text, shortcut->key());
    }
    return shortcuts;
}

void SettingsDialog::load()
{
    const auto settings = openSettings();
    m_server->setText(settings->value(kServerKey).toString());
    const int language = m_language->findData(savedLanguage());
    m_language->setCurrentIndex(language < 0 ? 0 : language);
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(Theme::toString(savedTheme()))));
    m_notifications->setChecked(notificationsEnabled());
    m_companyCas = net::TlsTrust::companyCas();
    showCompanyCa();
}

void SettingsDialog::showCompanyCa()
{
    QStringList names;
    for (const QSslCertificate &certificate : std::as_const(m_companyCas))
        names.append(net::TlsTrust::describeCa(certificate));
    m_companyCa->setText(names.join(QLatin1String("; ")));
    m_companyCa->setToolTip(m_companyCas.isEmpty() ? QString()
                                                   : net::TlsTrust::subjectName(m_companyCas.constFirst()));
    m_companyCa->setCursorPosition(0);
    m_removeCa->setEnabled(!m_companyCas.isEmpty());
}

void SettingsDialog::chooseCompanyCaFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Company CA certificate"), QString(),
                                                      tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!path.isEmpty())
        chooseCompanyCa(path);
}

bool SettingsDialog::chooseCompanyCa(const QString &path)
{
    QString error;
    const QList<QSslCertificate> certificates = net::TlsTrust::readCaFile(path, &error);
    if (certificates.isEmpty()) {
        m_error->setText(error);
        m_error->show();
        return false;
    }
    m_error->hide();
    m_companyCas = certificates;
    showCompanyCa();
    return true;
}

void SettingsDialog::removeCompanyCa()
{
    m_companyCas.clear();
    showCompanyCa();
}

bool SettingsDialog::save()
{
    const QString server = m_server->text().trimmed();
    if (!server.isEmpty() && !isWebSocketUrl(server)) {
        m_error->setText(tr("Enter the server address as https://host:port or wss://host:port (http:// or "
                            "ws:// when the service runs without TLS)."));
        m_error->show();
        m_server->setFocus(Qt::OtherFocusReason);
        return false;
    }
    const auto settings = openSettings();
    if (server.isEmpty())
        settings->remove(kServerKey);
    else
        settings->setValue(kServerKey, server);
    settings->setValue(kLanguageKey, m_language->currentData().toString());
    settings->setValue(kThemeKey, m_theme->currentData().toString());
    settings->setValue(kNotificationsKey, m_notifications->isChecked());
    net::TlsTrust::setCompanyCas(m_companyCas);
    settings->sync();
    return settings->status() == QSettings::NoError;
}

void SettingsDialog::accept()
{
    if (!save()) {
        if (m_error->isHidden()) {
            m_error->setText(tr("The settings could not be saved."));
            m_error->show();
        }
        return;
    }
    const std::optional<Theme::Mode> theme = Theme::fromString(m_theme->currentData().toString());
    if (theme && *theme != Theme::current())
        Theme::apply(*theme);
    QDialog::accept();
}

} // namespace omnidesk::ui

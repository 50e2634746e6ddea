#pragma once

#include <QDialog>

class QLabel;

namespace omnidesk::ui {

// Help → About: the name, the version (OMNIDESK_VERSION), the Qt version it
// was built with and runs on, and the licence.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // "Version 0.1.0", for the dialog and the tests.
    static QString versionText();
    // "Qt 6.4.2 (built with 6.4.2)".
    static QString qtVersionText();
};

} // namespace omnidesk::ui

#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace omnidesk::ui {

// Asks why a supervisor needs to see the customer of one logged interaction.
// The name shows only once a reason of at least ExportDialog's minimum length
// is stated; the service writes that reason into the audit log.
class RevealDialog : public QDialog
{
    Q_OBJECT
public:
    // `masked` is what the log shows for the customer now (initials).
    explicit RevealDialog(const QString &masked, QWidget *parent = nullptr);

    QString reason() const;
    bool canReveal() const;
    QLineEdit *reasonEdit() const { return m_reason; }

private:
    void update();

    QLineEdit *m_reason;
    QLabel *m_hint;
    QDialogButtonBox *m_buttons;
};

} // namespace omnidesk::ui

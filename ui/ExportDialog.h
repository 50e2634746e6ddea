#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace omnidesk::ui {

// Asks where to save a CSV export of the interaction log and whether to show
// customer names. Names stay masked unless the supervisor ticks "Show
// customer names" and states a reason (at least 5 characters); the service
// records that reason in the audit log.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int kMinimumReasonLength = 5;

    explicit ExportDialog(const QString &suggestedPath, QWidget *parent = nullptr);

    QString filePath() const;
    // Empty when names stay masked.
    QString revealReason() const;

    QLineEdit *pathEdit() const { return m_path; }
    QCheckBox *revealBox() const { return m_reveal; }
    QLineEdit *reasonEdit() const { return m_reason; }
    bool canExport() const;

private:
    void browse();
    void update();

    QLineEdit *m_path;
    QCheckBox *m_reveal;
    QLineEdit *m_reason;
    QLabel *m_hint;
    QDialogButtonBox *m_buttons;
};

} // namespace omnidesk::ui

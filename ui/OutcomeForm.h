#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace omnidesk::ui {

// Logs the outcome of a call: disposition and notes, saved with Ctrl+Return.
// The form only collects input; saving and sending is done by whoever handles
// saveRequested(), which then reports progress through the set*() methods.
class OutcomeForm : public QWidget
{
    Q_OBJECT
public:
    explicit OutcomeForm(QWidget *parent = nullptr);

    // Readable label of a disposition code ("not_interested" -> "Not interested").
    static QString dispositionLabel(const QString &code);

    // Clears the form for a new call.
    void reset();
    QString disposition() const;
    QString notes() const;

    // Progress of the last saved outcome, identified by its idempotency key.
    void setSavedLocally(const QString &key, bool online);
    void setStored(const QString &key, qint64 outcomeId);
    void setSaveFailed(const QString &message);
    QString statusText() const;
    QString lastKey() const { return m_key; }

    QComboBox *dispositionBox() const { return m_disposition; }
    QPlainTextEdit *notesEdit() const { return m_notes; }
    QPushButton *saveButton() const { return m_save; }

signals:
    void saveRequested(const QString &disposition, const QString &notes);

private:
    void save();
    void updateSaveEnabled();

    QComboBox *m_disposition;
    QPlainTextEdit *m_notes;
    QPushButton *m_save;
    QLabel *m_status;
    QLabel *m_counter;
    QString m_key;
    bool m_dirty = false;
};

} // namespace omnidesk::ui

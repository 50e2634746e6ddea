#pragma once

#include "Messages.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace omnidesk::ui {

// Logs the outcome of a call or store visit: disposition, notes, purchase
// intent (cart lines ticked) and a follow-up, saved with Ctrl+Return.
// The form only collects input; saving and sending is done by whoever handles
// saveRequested(), which then reports progress through the set*() methods.
class OutcomeForm : public QWidget
{
    Q_OBJECT
public:
    explicit OutcomeForm(QWidget *parent = nullptr);

    // Clears the form for a new call.
    void reset();
    // The dispositions to offer, in order (from the service's welcome).
    void setDispositions(const QStringList &codes);
    QStringList dispositions() const;
    // The cart lines the customer may intend to buy; ticks survive for lines still there.
    void setCartLines(const QList<CartLine> &lines);
    QString disposition() const;
    QString notes() const;
    // The ticked cart lines.
    QList<CartLine> intent() const;
    std::optional<protocol::FollowUp> followUp() const;

    // Progress of the last saved outcome, identified by its idempotency key.
    void setSavedLocally(const QString &key, bool online);
    void setStored(const QString &key, qint64 outcomeId);
    void setSaveFailed(const QString &message);
    QString statusText() const;
    QString lastKey() const { return m_key; }

    QComboBox *dispositionBox() const { return m_disposition; }
    QPlainTextEdit *notesEdit() const { return m_notes; }
    QListWidget *intentList() const { return m_intent; }
    QCheckBox *followUpBox() const { return m_followUp; }
    QDateEdit *followUpDate() const { return m_followUpDate; }
    QComboBox *followUpChannel() const { return m_followUpChannel; }
    QPushButton *saveButton() const { return m_save; }

signals:
    void saveRequested(const QString &disposition, const QString &notes);

private:
    void save();
    void updateSaveEnabled();

    QComboBox *m_disposition;
    QPlainTextEdit *m_notes;
    QLabel *m_intentLabel;
    QListWidget *m_intent;
    QList<CartLine> m_lines;
    QCheckBox *m_followUp;
    QDateEdit *m_followUpDate;
    QComboBox *m_followUpChannel;
    QPushButton *m_save;
    QLabel *m_status;
    QLabel *m_counter;
    QString m_key;
    bool m_dirty = false;
};

} // namespace omnidesk::ui

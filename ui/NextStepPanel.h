#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace omnidesk {
class NextStepModel;
}

namespace omnidesk::ui {

class DataAgeLabel;

// The recommended next steps, ranked, with the reason and talking points of
// the selected one. The agent accepts a step (Ctrl+Shift+Y) or dismisses it
// with a reason (Ctrl+Shift+D); decisions are kept in the model and sent with
// the outcome.
class NextStepPanel : public QWidget
{
    Q_OBJECT
public:
    explicit NextStepPanel(NextStepModel *model, QWidget *parent = nullptr);

    QString titleText() const;
    QString reasonText() const;
    QStringList talkingPoints() const { return m_points; }
    // The id of the selected step, or empty.
    QString currentStepId() const;
    // Accepts the selected step; dismissing first asks for the reason inline.
    void acceptCurrent();
    void startDismiss();
    // Reasons offered when dismissing (the agent may also type one).
    static QStringList dismissReasons();

    QListWidget *list() const { return m_list; }
    QComboBox *dismissReasonBox() const { return m_reasonBox; }
    QPushButton *acceptButton() const { return m_accept; }
    QPushButton *dismissButton() const { return m_dismiss; }
    DataAgeLabel *ageLabel() const { return m_age; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuildList();
    void showSelected();
    void confirmDismiss();
    void cancelDismiss();

    NextStepModel *m_model;
    QLabel *m_count;
    DataAgeLabel *m_age;
    QListWidget *m_list;
    QLabel *m_title;
    QLabel *m_reason;
    QLabel *m_pointsLabel;
    QPushButton *m_accept;
    QPushButton *m_dismiss;
    QWidget *m_dismissRow;
    QComboBox *m_reasonBox;
    QPushButton *m_confirmDismiss;
    QStringList m_points;
    QString m_dismissStepId; // the step the open reason box is for
};

} // namespace omnidesk::ui

#pragma once

#include <QWidget>

class QLabel;

namespace omnidesk {
class NextStepModel;
}

namespace omnidesk::ui {

// The top recommended next step with its reason and talking points.
class NextStepPanel : public QWidget
{
    Q_OBJECT
public:
    explicit NextStepPanel(NextStepModel *model, QWidget *parent = nullptr);

    QString titleText() const;
    QString reasonText() const;
    QStringList talkingPoints() const { return m_points; }

private:
    void refresh();

    NextStepModel *m_model;
    QLabel *m_title;
    QLabel *m_reason;
    QLabel *m_pointsLabel;
    QLabel *m_more;
    QStringList m_points;
};

} // namespace omnidesk::ui

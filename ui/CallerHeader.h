#pragma once

#include "Messages.h"

#include <QWidget>

class QLabel;

namespace omnidesk::ui {

// Who is calling: name, masked phone, tier, call id and call state.
class CallerHeader : public QWidget
{
    Q_OBJECT
public:
    explicit CallerHeader(QWidget *parent = nullptr);

    void setCall(const protocol::ActiveCall &call);
    void setEnded(const QDateTime &endedAt);
    void clear();

    QString nameText() const;
    QString phoneText() const;
    QString tierText() const;
    QString callText() const;
    QString stateText() const;

private:
    QLabel *m_name;
    QLabel *m_phone;
    QLabel *m_tier;
    QLabel *m_match;
    QLabel *m_callId;
    QLabel *m_state;
};

} // namespace omnidesk::ui

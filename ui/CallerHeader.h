#pragma once

#include "Messages.h"

#include <QWidget>

class QLabel;

namespace omnidesk::ui {

// Who is calling (or, in a store, who was looked up): name, masked phone,
// tier, how the profile was matched, consents and value, call id and state.
class CallerHeader : public QWidget
{
    Q_OBJECT
public:
    explicit CallerHeader(QWidget *parent = nullptr);

    void setCall(const protocol::ActiveCall &call);
    // A profile opened from a lookup: during call `callId` (the agent
    // identified the caller) or, with no call, for a store visit.
    void setOpenedProfile(const Profile &profile, const QString &callId, const QString &how);
    // Consents and value facts, e.g. "Email: yes · SMS: no · Phone: unknown".
    static QString consentText(const Consents &consents);
    // Updates the tier and the facts line (consents, lifetime value, last purchase), e.g. from a patch.
    void setFacts(const Profile &profile);
    // Updates the name (the profile id when there is none), e.g. from a patch.
    void setName(const Profile &profile);
    void setEnded(const QDateTime &endedAt);
    void clear();

    QString nameText() const;
    QString phoneText() const;
    QString tierText() const;
    QString callText() const;
    QString stateText() const;
    QString matchText() const;
    QString factsText() const;

private:
    void showProfile(const Profile &profile, const QString &fallbackPhone);
    void setStateText(const QString &text, bool ended);

    QLabel *m_name;
    QLabel *m_facts;
    QLabel *m_phone;
    QLabel *m_tier;
    QLabel *m_match;
    QLabel *m_callId;
    QLabel *m_state;
};

} // namespace omnidesk::ui

#pragma once

#include "Messages.h"

#include <QWidget>

namespace omnidesk {
class CartModel;
class NextStepModel;
class TimelineModel;
} // namespace omnidesk

namespace omnidesk::ui {

class CallerHeader;
class CartPanel;
class NextStepPanel;
class OutcomeForm;
class TimelinePanel;

// The screen of one call: who is calling, their cart, timeline and next step,
// and the outcome form. It owns the item models it shows.
class CallView : public QWidget
{
    Q_OBJECT
public:
    explicit CallView(QWidget *parent = nullptr);

    // Fills the view for a connected call (or a snapshot's call), repaints it
    // synchronously and emits popped(callId).
    void showCall(const protocol::ActiveCall &call);
    // Applies a live profile change: changed cart lines are highlighted, new
    // timeline events appear at the top. Ignored for another profile.
    void applyPatch(const protocol::ProfilePatch &patch);
    // The call ended; the form stays for wrap-up.
    void endCall(const protocol::CallEnded &ended);
    void clearCall();

    bool hasCall() const { return !m_callId.isEmpty(); }
    bool isEnded() const { return m_ended; }
    QString callId() const { return m_callId; }
    QString profileId() const { return m_profileId; }
    qint64 profileVersion() const { return m_profileVersion; }

    CallerHeader *header() const { return m_header; }
    CartPanel *cartPanel() const { return m_cartPanel; }
    TimelinePanel *timelinePanel() const { return m_timelinePanel; }
    NextStepPanel *nextStepPanel() const { return m_nextStepPanel; }
    OutcomeForm *outcomeForm() const { return m_outcomeForm; }
    CartModel *cartModel() const { return m_cartModel; }
    TimelineModel *timelineModel() const { return m_timelineModel; }
    NextStepModel *nextStepModel() const { return m_nextStepModel; }

signals:
    void popped(const QString &callId);
    // The agent saved an outcome for the shown call (key still empty).
    void outcomeSubmitted(const omnidesk::protocol::OutcomeLog &outcome);

private:
    CartModel *m_cartModel;
    TimelineModel *m_timelineModel;
    NextStepModel *m_nextStepModel;
    CallerHeader *m_header;
    CartPanel *m_cartPanel;
    TimelinePanel *m_timelinePanel;
    NextStepPanel *m_nextStepPanel;
    OutcomeForm *m_outcomeForm;
    QString m_callId;
    QString m_profileId;
    qint64 m_profileVersion = 0;
    bool m_ended = false;
};

} // namespace omnidesk::ui

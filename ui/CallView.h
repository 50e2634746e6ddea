#pragma once

#include "Messages.h"

#include <QModelIndex>
#include <QWidget>

namespace omnidesk {
class CartModel;
class NextStepModel;
class TimelineModel;
} // namespace omnidesk

namespace omnidesk::ui {

class CallerHeader;
class CartPanel;
class LatelyStrip;
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
    // Shows a profile opened from a lookup or picked among a call's
    // candidates. During an open call whose caller had no profile yet (or
    // with opened.callId set) it becomes the caller's profile; otherwise the
    // view shows it as a store visit, with no call.
    // Returns false (and changes nothing) for another customer while a call's
    // outcome is not saved yet.
    bool showOpenedProfile(const protocol::ProfileOpened &opened);
    // True when the view shows a looked-up profile outside any call.
    bool isStoreVisit() const { return m_callId.isEmpty() && !m_profileId.isEmpty(); }
    // The outcome the form would save now (key empty), with the step
    // decisions, intent, follow-up and the context the agent sees.
    protocol::OutcomeLog draftOutcome() const;
    // The connection's state: panels say "offline" next to their data age.
    void setOnline(bool online);
    // The current call, for the caller picker (candidates of a multiple match).
    const protocol::ActiveCall &call() const { return m_call; }
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
    LatelyStrip *latelyStrip() const { return m_lately; }
    OutcomeForm *outcomeForm() const { return m_outcomeForm; }
    CartModel *cartModel() const { return m_cartModel; }
    TimelineModel *timelineModel() const { return m_timelineModel; }
    NextStepModel *nextStepModel() const { return m_nextStepModel; }

signals:
    void popped(const QString &callId);
    // The agent saved an outcome for the shown call (key still empty).
    void outcomeSubmitted(const omnidesk::protocol::OutcomeLog &outcome);

private:
    void showProfile(const Profile &profile, bool sameProfile);
    void refreshLately();
    // Rows inserted at the top of the timeline: only they go to the lately strip.
    void addToLately(const QModelIndex &parent, int first, int last);
    // Stamps the data age of the panels whose data just arrived.
    void markReceived(bool timeline, bool steps);

    CartModel *m_cartModel;
    TimelineModel *m_timelineModel;
    NextStepModel *m_nextStepModel;
    CallerHeader *m_header;
    LatelyStrip *m_lately;
    CartPanel *m_cartPanel;
    TimelinePanel *m_timelinePanel;
    NextStepPanel *m_nextStepPanel;
    OutcomeForm *m_outcomeForm;
    QString m_callId;
    protocol::ActiveCall m_call; // without its profile
    Profile m_profile;           // without its timeline: kept current by patches
    QString m_profileId;
    qint64 m_profileVersion = 0;
    bool m_ended = false;
    QDateTime m_endedAt; // call.ended's time, while m_ended
};

} // namespace omnidesk::ui

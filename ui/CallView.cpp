#include "CallView.h"

#include "CallerHeader.h"
#include "CartModel.h"
#include "CartPanel.h"
#include "DataAgeLabel.h"
#include "LatelyStrip.h"
#include "NextStepModel.h"
#include "NextStepPanel.h"
#include "OutcomeForm.h"
#include "TimelineModel.h"
#include "TimelinePanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace omnidesk::ui {

CallView::CallView(QWidget *parent)
    : QWidget(parent), m_cartModel(new CartModel(this)), m_timelineModel(new TimelineModel(this)),
      m_nextStepModel(new NextStepModel(this)), m_header(new CallerHeader(this)),
      m_lately(new LatelyStrip(this)), m_cartPanel(new CartPanel(m_cartModel, this)),
      m_timelinePanel(new TimelinePanel(m_timelineModel, this)),
      m_nextStepPanel(new NextStepPanel(m_nextStepModel, this)), m_outcomeForm(new OutcomeForm(this))
{
    setObjectName(QStringLiteral("callView"));

    auto *left = new QSplitter(Qt::Vertical, this);
    left->setChildrenCollapsible(false);
    left->addWidget(m_cartPanel);
    left->addWidget(m_timelinePanel);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 4);

    // The next step takes the height its text needs (it changes with every
    // profile); the outcome form gets the rest.
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(12);
    rightLayout->addWidget(m_nextStepPanel, 0);
    rightLayout->addWidget(m_outcomeForm, 1);

    auto *columns = new QSplitter(Qt::Horizontal, this);
    columns->setChildrenCollapsible(false);
    columns->addWidget(left);
    columns->addWidget(right);
    columns->setStretchFactor(0, 5);
    columns->setStretchFactor(1, 3);
    for (QSplitter *splitter : {left, columns})
        splitter->setHandleWidth(12);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(12);
    layout->addWidget(m_header);
    layout->addWidget(m_lately);
    layout->addWidget(columns, 1);

    // Keyboard order: cart, timeline (channel, search, events), next steps
    // (list, accept, dismiss), then the outcome form from top to bottom.
    const QList<QWidget *> tabChain{m_cartPanel->view(),
                                    m_timelinePanel->channelBox(),
                                    m_timelinePanel->searchEdit(),
                                    m_timelinePanel->view(),
                                    m_nextStepPanel->list(),
                                    m_nextStepPanel->acceptButton(),
                                    m_nextStepPanel->dismissButton(),
                                    m_nextStepPanel->dismissReasonBox(),
                                    m_outcomeForm->dispositionBox(),
                                    m_outcomeForm->notesEdit(),
                                    m_outcomeForm->intentList(),
                                    m_outcomeForm->followUpBox(),
                                    m_outcomeForm->followUpDate(),
                                    m_outcomeForm->followUpChannel(),
                                    m_outcomeForm->saveButton()};
    for (qsizetype i = 1; i < tabChain.size(); ++i)
        setTabOrder(tabChain.at(i - 1), tabChain.at(i));

    // Jump keys for the panels an agent uses during a call (README, "Keyboard").
    // They need Ctrl+Shift, so they never clash with typing in the notes.
    const struct
    {
        QKeySequence keys;
        QWidget *target;
    } jumps[] = {
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), m_cartPanel->view()},
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T), m_timelinePanel->view()},
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), m_timelinePanel->searchEdit()},
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), m_outcomeForm->dispositionBox()},
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), m_outcomeForm->notesEdit()},
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), m_nextStepPanel->list()},
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), m_outcomeForm->intentList()},
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U), m_outcomeForm->followUpBox()},
    };
    for (const auto &jump : jumps) {
        auto *shortcut = new QShortcut(jump.keys, this);
        shortcut->setContext(Qt::WindowShortcut);
        QWidget *target = jump.target;
        connect(shortcut, &QShortcut::activated, target,
                [target] { target->setFocus(Qt::ShortcutFocusReason); });
    }

    connect(m_outcomeForm, &OutcomeForm::saveRequested, this,
            [this] { emit outcomeSubmitted(draftOutcome()); });
    connect(m_cartModel, &CartModel::cartChanged, this,
            [this] { m_outcomeForm->setCartLines(m_cartModel->cart().lines); });
    connect(m_cartModel, &QAbstractItemModel::modelReset, this,
            [this] { m_outcomeForm->setCartLines(m_cartModel->cart().lines); });
    connect(m_timelineModel, &QAbstractItemModel::modelReset, this, &CallView::refreshLately);
    connect(m_timelineModel, &QAbstractItemModel::rowsInserted, this, &CallView::addToLately);
}

protocol::OutcomeLog CallView::draftOutcome() const
{
    protocol::OutcomeLog outcome;
    outcome.callId = m_callId;
    outcome.profileId = m_profileId;
    outcome.channel = isStoreVisit() ? QStringLiteral("store") : QStringLiteral("call");
    outcome.disposition = m_outcomeForm->disposition();
    outcome.notes = m_outcomeForm->notes();
    outcome.loggedAt = QDateTime::currentDateTimeUtc();
    outcome.callEndedAt = m_ended ? m_endedAt : QDateTime(); // the wrap-up starts there
    if (m_profileId.isEmpty())
        return outcome; // unknown caller: nothing was shown
    outcome.steps = m_nextStepModel->decisions();
    outcome.intent = m_outcomeForm->intent();
    outcome.followUp = m_outcomeForm->followUp();
    // What the agent saw: the profile as shown, with the lately strip as its timeline.
    Profile context = m_profile;
    context.cart = m_cartModel->cart();
    context.nextSteps = m_nextStepModel->steps();
    context.timeline = m_lately->events();
    outcome.context = context;
    return outcome;
}

void CallView::setOnline(bool online)
{
    for (DataAgeLabel *age : {m_timelinePanel->ageLabel(), m_nextStepPanel->ageLabel(), m_lately->ageLabel()})
        age->setLive(online);
}

void CallView::markReceived(bool timeline, bool steps)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (timeline) {
        m_timelinePanel->ageLabel()->setUpdatedAt(now);
        m_lately->ageLabel()->setUpdatedAt(now);
    }
    if (steps)
        m_nextStepPanel->ageLabel()->setUpdatedAt(now);
}

void CallView::refreshLately()
{
    // The strip needs only recent events; the timeline is newest first.
    constexpr int kScanRows = 2000;
    QList<TimelineEvent> recent;
    const int rows = std::min(m_timelineModel->rowCount(), kScanRows);
    recent.reserve(rows);
    for (int row = 0; row < rows; ++row)
        recent.append(m_timelineModel->eventAt(row));
    m_lately->setTimeline(recent);
}

void CallView::addToLately(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    if (first != 0) {
        refreshLately(); // not newer than the rows shown: read them again
        return;
    }
    QList<TimelineEvent> added;
    added.reserve(last - first + 1);
    for (int row = first; row <= last; ++row)
        added.append(m_timelineModel->eventAt(row));
    m_lately->addEvents(added);
}

void CallView::showProfile(const Profile &profile, bool sameProfile)
{
    m_profileId = profile.id;
    m_profileVersion = profile.version;
    m_profile = profile;
    m_profile.timeline.clear();
    if (sameProfile) {
        m_cartModel->setCart(profile.cart); // a snapshot of the profile already shown
    } else {
        m_cartModel->loadCart(profile.cart);
        m_nextStepModel->clear(); // decisions belong to the customer they were taken for
    }
    m_timelineModel->setEvents(profile.timeline);
    m_nextStepModel->setSteps(profile.nextSteps);
    markReceived(true, true);
}

bool CallView::showOpenedProfile(const protocol::ProfileOpened &opened)
{
    const Profile &profile = opened.profile;
    const bool sameProfile = profile.id == m_profileId;
    const bool linksCall = hasCall() && (opened.callId == m_callId || m_profileId.isEmpty());
    if (linksCall) {
        // The agent identified the caller (or the service merged two profiles
        // of the caller): the call stays, the profile fills in.
        QString how = tr("Found by the agent with a lookup");
        if (!opened.callId.isEmpty())
            how = m_profileId.isEmpty() ? tr("Picked by the agent from the matching customers")
                                        : tr("Merged with another profile of the same customer");
        showProfile(profile, sameProfile);
        m_header->setOpenedProfile(profile, m_callId, how);
        if (m_ended)
            m_header->setEnded(QDateTime());
    } else if (hasCall() && m_outcomeForm->lastKey().isEmpty()) {
        // Another customer while the call's outcome is not saved yet: the
        // call, its form and the agent's notes stay.
        return false;
    } else {
        const bool wasSameVisit = sameProfile && isStoreVisit();
        m_callId.clear();
        m_call = protocol::ActiveCall{};
        m_ended = false;
        showProfile(profile, sameProfile);
        m_header->setOpenedProfile(profile, QString(), tr("Looked up in the store"));
        if (!wasSameVisit)
            m_outcomeForm->reset();
    }
    repaint();
    return true;
}

void CallView::showCall(const protocol::ActiveCall &call)
{
    const bool sameCall = call.callId == m_callId && !m_callId.isEmpty();
    m_callId = call.callId;
    m_call = call;
    m_call.profile.reset();
    m_ended = false;
    m_header->setCall(call);
    if (call.profile) {
        showProfile(*call.profile, sameCall && call.profile->id == m_profileId);
    } else {
        m_profileId.clear();
        m_profile = Profile{};
        m_profileVersion = 0;
        m_cartModel->clear();
        m_timelineModel->clear();
        m_nextStepModel->clear();
    }
    if (!sameCall)
        m_outcomeForm->reset();
    repaint();
    emit popped(m_callId);
}

void CallView::applyPatch(const protocol::ProfilePatch &patch)
{
    if (patch.profileId != m_profileId || m_profileId.isEmpty())
        return;
    m_profileVersion = patch.version;
    m_profile.version = patch.version;
    if (patch.cart)
        m_cartModel->setCart(*patch.cart);
    if (!patch.timelineAdded.isEmpty())
        m_timelineModel->prependEvents(patch.timelineAdded);
    if (patch.nextSteps)
        m_nextStepModel->setSteps(*patch.nextSteps);
    if (patch.consents || patch.lifetimeValue || patch.tier) {
        if (patch.consents)
            m_profile.consents = *patch.consents;
        if (patch.lifetimeValue) {
            m_profile.lifetimeValue = *patch.lifetimeValue;
            m_profile.lastPurchaseAt = patch.lastPurchaseAt;
        }
        if (patch.tier)
            m_profile.tier = *patch.tier;
        if (patch.cart)
            m_profile.cart.currency = patch.cart->currency; // the lifetime value's currency
        m_header->setFacts(m_profile);
    }
    if (patch.name) {
        m_profile.name = *patch.name;
        m_header->setName(m_profile);
    }
    markReceived(!patch.timelineAdded.isEmpty(), patch.nextSteps.has_value());
}

void CallView::endCall(const protocol::CallEnded &ended)
{
    if (ended.callId != m_callId)
        return;
    m_ended = true;
    m_endedAt = ended.endedAt;
    m_header->setEnded(ended.endedAt);
}

void CallView::clearCall()
{
    m_callId.clear();
    m_call = protocol::ActiveCall{};
    m_profile = Profile{};
    m_profileId.clear();
    m_profileVersion = 0;
    m_ended = false;
    m_header->clear();
    for (DataAgeLabel *age : {m_timelinePanel->ageLabel(), m_nextStepPanel->ageLabel(), m_lately->ageLabel()})
        age->clear();
    m_cartModel->clear();
    m_timelineModel->clear();
    m_nextStepModel->clear();
    m_outcomeForm->reset();
}

} // namespace omnidesk::ui

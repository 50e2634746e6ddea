#include "CallView.h"

#include "CallerHeader.h"
#include "CartModel.h"
#include "CartPanel.h"
#include "NextStepModel.h"
#include "NextStepPanel.h"
#include "OutcomeForm.h"
#include "TimelineModel.h"
#include "TimelinePanel.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace omnidesk::ui {

CallView::CallView(QWidget *parent)
    : QWidget(parent), m_cartModel(new CartModel(this)), m_timelineModel(new TimelineModel(this)),
      m_nextStepModel(new NextStepModel(this)), m_header(new CallerHeader(this)),
      m_cartPanel(new CartPanel(m_cartModel, this)),
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
    layout->addWidget(columns, 1);

    // Keyboard order: cart, timeline (channel, search, events), disposition, notes, save.
    setTabOrder(m_cartPanel->view(), m_timelinePanel->channelBox());
    setTabOrder(m_timelinePanel->channelBox(), m_timelinePanel->searchEdit());
    setTabOrder(m_timelinePanel->searchEdit(), m_timelinePanel->view());
    setTabOrder(m_timelinePanel->view(), m_outcomeForm->dispositionBox());

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
    };
    for (const auto &jump : jumps) {
        auto *shortcut = new QShortcut(jump.keys, this);
        shortcut->setContext(Qt::WindowShortcut);
        QWidget *target = jump.target;
        connect(shortcut, &QShortcut::activated, target,
                [target] { target->setFocus(Qt::ShortcutFocusReason); });
    }

    connect(m_outcomeForm, &OutcomeForm::saveRequested, this,
            [this](const QString &disposition, const QString &notes) {
                protocol::OutcomeLog outcome;
                outcome.callId = m_callId;
                outcome.profileId = m_profileId;
                outcome.disposition = disposition;
                outcome.notes = notes;
                outcome.loggedAt = QDateTime::currentDateTimeUtc();
                emit outcomeSubmitted(outcome);
            });
}

void CallView::showCall(const protocol::ActiveCall &call)
{
    const bool sameCall = call.callId == m_callId && !m_callId.isEmpty();
    m_callId = call.callId;
    m_ended = false;
    m_header->setCall(call);
    if (call.profile) {
        const Profile &profile = *call.profile;
        const bool sameProfile = sameCall && profile.id == m_profileId;
        m_profileId = profile.id;
        m_profileVersion = profile.version;
        if (sameProfile)
            m_cartModel->setCart(profile.cart); // a snapshot of the call already shown
        else
            m_cartModel->loadCart(profile.cart);
        m_timelineModel->setEvents(profile.timeline);
        m_nextStepModel->setSteps(profile.nextSteps);
    } else {
        m_profileId.clear();
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
    if (patch.cart)
        m_cartModel->setCart(*patch.cart);
    if (!patch.timelineAdded.isEmpty())
        m_timelineModel->prependEvents(patch.timelineAdded);
    if (patch.nextSteps)
        m_nextStepModel->setSteps(*patch.nextSteps);
}

void CallView::endCall(const protocol::CallEnded &ended)
{
    if (ended.callId != m_callId)
        return;
    m_ended = true;
    m_header->setEnded(ended.endedAt);
}

void CallView::clearCall()
{
    m_callId.clear();
    m_profileId.clear();
    m_profileVersion = 0;
    m_ended = false;
    m_header->clear();
    m_cartModel->clear();
    m_timelineModel->clear();
    m_nextStepModel->clear();
    m_outcomeForm->reset();
}

} // namespace omnidesk::ui

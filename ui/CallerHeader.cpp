#include "CallerHeader.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace omnidesk::ui {

CallerHeader::CallerHeader(QWidget *parent)
    : QWidget(parent), m_name(new QLabel(this)), m_phone(new QLabel(this)), m_tier(new QLabel(this)),
      m_match(new QLabel(this)), m_callId(new QLabel(this)), m_state(new QLabel(this))
{
    setObjectName(QStringLiteral("callerHeader"));
    setAttribute(Qt::WA_StyledBackground);
    m_name->setObjectName(QStringLiteral("callerName"));
    m_tier->setObjectName(QStringLiteral("tierBadge"));
    m_state->setObjectName(QStringLiteral("callState"));
    m_phone->setObjectName(QStringLiteral("callerPhone"));
    m_callId->setObjectName(QStringLiteral("callId"));
    m_match->setObjectName(QStringLiteral("matchLabel"));
    m_name->setAccessibleName(tr("Caller name"));
    m_phone->setAccessibleName(tr("Caller phone number (masked)"));
    m_tier->setAccessibleName(tr("Customer tier"));
    m_match->setAccessibleName(tr("Caller match"));
    m_callId->setAccessibleName(tr("Call id"));
    m_state->setAccessibleName(tr("Call state"));
    for (QLabel *label : {m_name, m_phone, m_callId})
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *left = new QVBoxLayout;
    left->setSpacing(2);
    auto *nameRow = new QHBoxLayout;
    nameRow->setSpacing(10);
    nameRow->addWidget(m_name);
    nameRow->addWidget(m_tier, 0, Qt::AlignVCenter);
    nameRow->addStretch();
    left->addLayout(nameRow);
    auto *detailRow = new QHBoxLayout;
    detailRow->setSpacing(16);
    detailRow->addWidget(m_phone);
    detailRow->addWidget(m_match);
    detailRow->addStretch();
    left->addLayout(detailRow);

    auto *right = new QVBoxLayout;
    right->setSpacing(2);
    right->addWidget(m_state, 0, Qt::AlignRight);
    right->addWidget(m_callId, 0, Qt::AlignRight);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(20, 14, 20, 14);
    layout->addLayout(left, 1);
    layout->addLayout(right);
    clear();
}

void CallerHeader::setCall(const protocol::ActiveCall &call)
{
    if (call.profile) {
        m_name->setText(call.profile->name.isEmpty() ? tr("Customer %1").arg(call.profile->id)
                                                     : call.profile->name);
        m_phone->setText(maskPhone(call.profile->phone.isEmpty() ? call.ani : call.profile->phone));
        m_tier->setText(call.profile->tier.isEmpty() ? QString() : call.profile->tier.toUpper());
        m_tier->setVisible(!call.profile->tier.isEmpty());
        m_match->setText(call.match == QLatin1String("exact") ? tr("Matched by phone number") : QString());
    } else {
        m_name->setText(tr("Unknown caller"));
        m_phone->setText(call.ani.isEmpty() ? tr("Number withheld") : maskPhone(call.ani));
        m_tier->clear();
        m_tier->setVisible(false);
        m_match->setText(tr("No customer profile matches this number"));
    }
    m_callId->setText(tr("Call %1").arg(call.callId));
    const QDateTime at = call.connectedAt.isValid() ? call.connectedAt : QDateTime::currentDateTimeUtc();
    m_state->setText(tr("On call since %1").arg(at.toLocalTime().toString(QStringLiteral("HH:mm"))));
    m_state->setProperty("ended", false);
    m_state->style()->unpolish(m_state);
    m_state->style()->polish(m_state);
}

void CallerHeader::setEnded(const QDateTime &endedAt)
{
    const QDateTime at = endedAt.isValid() ? endedAt : QDateTime::currentDateTimeUtc();
    m_state->setText(
        tr("Call ended at %1 — wrap-up").arg(at.toLocalTime().toString(QStringLiteral("HH:mm"))));
    m_state->setProperty("ended", true);
    m_state->style()->unpolish(m_state);
    m_state->style()->polish(m_state);
}

void CallerHeader::clear()
{
    m_name->clear();
    m_phone->clear();
    m_tier->clear();
    m_tier->setVisible(false);
    m_match->clear();
    m_callId->clear();
    m_state->clear();
}

QString CallerHeader::nameText() const
{
    return m_name->text();
}
QString CallerHeader::phoneText() const
{
    return m_phone->text();
}
QString CallerHeader::tierText() const
{
    return m_tier->text();
}
QString CallerHeader::callText() const
{
    return m_callId->text();
}
QString CallerHeader::stateText() const
{
    return m_state->text();
}

} // namespace omnidesk::ui

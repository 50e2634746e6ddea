#include "CallerHeader.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QVBoxLayout>

namespace omnidesk::ui {

CallerHeader::CallerHeader(QWidget *parent)
    : QWidget(parent), m_name(new QLabel(this)), m_facts(new QLabel(this)), m_phone(new QLabel(this)),
      m_tier(new QLabel(this)), m_match(new QLabel(this)), m_callId(new QLabel(this)),
      m_state(new QLabel(this))
{
    setObjectName(QStringLiteral("callerHeader"));
    setAttribute(Qt::WA_StyledBackground);
    m_name->setObjectName(QStringLiteral("callerName"));
    m_tier->setObjectName(QStringLiteral("tierBadge"));
    m_state->setObjectName(QStringLiteral("callState"));
    m_phone->setObjectName(QStringLiteral("callerPhone"));
    m_callId->setObjectName(QStringLiteral("callId"));
    m_match->setObjectName(QStringLiteral("matchLabel"));
    m_facts->setObjectName(QStringLiteral("callerFacts"));
    m_facts->setAccessibleName(tr("Consents and customer value"));
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
    left->addWidget(m_facts);

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
        showProfile(*call.profile, call.ani);
        m_match->setText(call.match == QLatin1String("exact") ? tr("Matched by phone number") : QString());
    } else if (call.match == QLatin1String("multiple")) {
        m_name->setText(tr("Several customers share this number"));
        m_phone->setText(call.ani.isEmpty() ? tr("Number withheld") : maskPhone(call.ani));
        m_tier->clear();
        m_tier->setVisible(false);
        m_facts->clear();
        m_match->setText(tr("%n possible customers: pick the caller (Ctrl+Shift+L)", nullptr,
                            int(call.candidates.size())));
    } else {
        m_name->setText(tr("Unknown caller"));
        m_phone->setText(call.ani.isEmpty() ? tr("Number withheld") : maskPhone(call.ani));
        m_tier->clear();
        m_tier->setVisible(false);
        m_facts->clear();
        m_match->setText(tr("No customer profile matches this number; look the customer up (Ctrl+Shift+L)"));
    }
    m_callId->setText(tr("Call %1").arg(call.callId));
    const QDateTime at = call.connectedAt.isValid() ? call.connectedAt : QDateTime::currentDateTimeUtc();
    setStateText(tr("On call since %1").arg(at.toLocalTime().toString(QStringLiteral("HH:mm"))), false);
}

void CallerHeader::setOpenedProfile(const Profile &profile, const QString &callId, const QString &how)
{
    showProfile(profile, QString());
    m_match->setText(how);
    if (callId.isEmpty()) {
        m_callId->clear();
        setStateText(tr("Store visit"), false);
    } else {
        m_callId->setText(tr("Call %1").arg(callId));
    }
}

void CallerHeader::showProfile(const Profile &profile, const QString &fallbackPhone)
{
    setName(profile);
    const QString phone = profile.phone.isEmpty() ? fallbackPhone : profile.phone;
    m_phone->setText(phone.isEmpty() ? tr("No phone number") : maskPhone(phone));
    setFacts(profile);
}

void CallerHeader::setName(const Profile &profile)
{
    m_name->setText(profile.name.isEmpty() ? tr("Customer %1").arg(profile.id) : profile.name);
}

void CallerHeader::setFacts(const Profile &profile)
{
    m_tier->setText(profile.tier.isEmpty() ? QString() : profile.tier.toUpper());
    m_tier->setVisible(!profile.tier.isEmpty());
    QStringList facts{consentText(profile.consents)};
    if (profile.lifetimeValue != 0)
        facts.append(tr("Lifetime value %1").arg(formatMoney(profile.lifetimeValue, profile.cart.currency)));
    if (profile.lastPurchaseAt.isValid())
        facts.append(
            tr("Last purchase %1")
                .arg(QLocale().toString(profile.lastPurchaseAt.toLocalTime().date(), QLocale::ShortFormat)));
    m_facts->setText(facts.join(QStringLiteral("  \u00b7  ")));
}

QString CallerHeader::consentText(const Consents &consents)
{
    const auto value = [](const QString &consent) {
        if (consent == QLatin1String("granted"))
            return tr("yes");
        if (consent == QLatin1String("denied"))
            return tr("no");
        return tr("unknown");
    };
    return tr("Marketing consent \u2014 email: %1, SMS: %2, phone: %3")
        .arg(value(consents.email), value(consents.sms), value(consents.phone));
}

void CallerHeader::setStateText(const QString &text, bool ended)
{
    m_state->setText(text);
    m_state->setProperty("ended", ended);
    m_state->style()->unpolish(m_state);
    m_state->style()->polish(m_state);
}

void CallerHeader::setEnded(const QDateTime &endedAt)
{
    const QDateTime at = endedAt.isValid() ? endedAt : QDateTime::currentDateTimeUtc();
    setStateText(tr("Call ended at %1 — wrap-up").arg(at.toLocalTime().toString(QStringLiteral("HH:mm"))),
                 true);
}

void CallerHeader::clear()
{
    m_name->clear();
    m_phone->clear();
    m_tier->clear();
    m_tier->setVisible(false);
    m_match->clear();
    m_facts->clear();
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
QString CallerHeader::matchText() const
{
    return m_match->text();
}
QString CallerHeader::factsText() const
{
    return m_facts->text();
}

} // namespace omnidesk::ui

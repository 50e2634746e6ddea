#pragma once

#include "Profile.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace omnidesk::server {

// One identity of a customer: a namespace (Email, Phone, ECID, CRMID,
// loyaltyId, or any other) and a normalised value (emails lower-cased, phones
// in E.164).
struct Identity
{
    QString ns;
    QString value;

    // Phone is the one shared key (household lines): it never merges profiles
    // and several profiles may hold it. Every other namespace is a person key.
    bool isShared() const { return ns == QLatin1StringView("Phone"); }
    friend bool operator==(const Identity &, const Identity &) = default;
};

// An experience event after parsing and normalisation: what the profile engine
// needs, independent of the XDM spelling it arrived in.
struct IngestEvent
{
    QString id;
    QDateTime at;
    QList<Identity> identities;
    QString type;    // cart.add, cart.remove, purchase, web.pageview, email.opened, store.visit, …
                     // (the table in docs/protocol.md, POST /v1/events)
    QString channel; // web, app, email, sms, push, chat, store, call, other
    QList<CartLine> lines;
    QString currency;
    qint64 orderTotal = 0; // minor units
    QString pageName;      // web.webPageDetails.name
    QString note;          // _omnidesk.note: free text (email subject, store visit notes)
    QString customerName;  // _omnidesk.customer.name
    QString customerTier;  // _omnidesk.customer.tier
    QString purchaseId;    // commerce.order.purchaseID: one order counts once
    Consents consents;     // consents.marketing.email|sms|call.val ("y"/"n" -> granted/denied)
    // Conversations (chat.conversation, bot.conversation): _omnidesk.conversation.
    QString conversationSummary;
    QString transcript; // an excerpt
    std::optional<bool> handedOver;
    QString storeName;        // _omnidesk.store.name (store.visit)
    QString callOutcome;      // _omnidesk.call.outcome (call)
    QString callDirection;    // _omnidesk.call.direction: inbound, outbound
    int callDurationSecs = 0; // _omnidesk.call.durationSeconds

    bool isCommerce() const
    {
        return type == QLatin1StringView("cart.add") || type == QLatin1StringView("cart.remove") ||
               type == QLatin1StringView("purchase");
    }
    friend bool operator==(const IngestEvent &, const IngestEvent &) = default;
};

} // namespace omnidesk::server

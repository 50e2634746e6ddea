#pragma once

#include "Profile.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace omnidesk::server {

// One identity of a customer: a namespace (Email, Phone, ECID, CRMID, or any
// other) and a normalised value (emails lower-cased, phones in E.164).
struct Identity
{
    QString ns;
    QString value;
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
    QString channel; // web, app, email, sms, push, chat, store, call, other
    QList<CartLine> lines;
    QString currency;
    qint64 orderTotal = 0; // minor units
    QString pageName;      // web.webPageDetails.name
    QString note;          // _omnidesk.note: free text (email subject, store visit notes)
    QString customerName;  // _omnidesk.customer.name
    QString customerTier;  // _omnidesk.customer.tier

    bool isCommerce() const
    {
        return type == QLatin1StringView("cart.add") || type == QLatin1StringView("cart.remove") ||
               type == QLatin1StringView("purchase");
    }
    friend bool operator==(const IngestEvent &, const IngestEvent &) = default;
};

} // namespace omnidesk::server

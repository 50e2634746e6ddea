#pragma once

#include <QMetaType>
#include <QString>

class QUrl;

namespace omnidesk {

// What an omnidesk:// link asks the desktop to open. A CRM or a telephony
// system starts `omnidesk <link>`; the link reaches the running desktop
// through InstanceGuard.
//
//   omnidesk://customer/<profile id>     open that customer's profile
//   omnidesk://call?ani=<phone number>   look the caller up by number
//
// Profile ids: 1-128 characters of letters, digits and . _ : -, starting
// with a letter or digit. Phone numbers: an optional +, then 3-15 digits;
// spaces, dashes, dots and brackets are dropped (+31 6-1234 5678 reads as
// +31612345678). Anything else in the link (user, port, fragment, other
// path segments, a query on customer links) makes it invalid.
struct OpenRequest
{
    enum class Kind {
        Invalid,
        Customer,
        Call,
    };

    Kind kind = Kind::Invalid;
    QString customerId; // Kind::Customer
    QString ani;        // Kind::Call: '+' (optional) and digits only
    QString error;      // Kind::Invalid: why the link was refused, for the user (never the link itself)

    bool isValid() const { return kind != Kind::Invalid; }
    // The canonical link for a valid request (empty for an invalid one).
    QUrl toUrl() const;

    friend bool operator==(const OpenRequest &, const OpenRequest &) = default;
};

// Reads an omnidesk:// link. Pure: no I/O, safe on any input.
OpenRequest parseOmnideskUrl(const QUrl &url);

} // namespace omnidesk

Q_DECLARE_METATYPE(omnidesk::OpenRequest)

#include "OpenRequest.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace omnidesk {

namespace {

constexpr qsizetype kMaxLinkLength = 2048;

QString scheme()
{
    return QStringLiteral("omnidesk");
}

OpenRequest refuse(const char *reason)
{
    OpenRequest request;
    request.error = QCoreApplication::translate("OpenRequest", reason);
    return request;
}

bool isProfileId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$"));
    return pattern.match(id).hasMatch();
}

// Drops the separators people write in phone numbers; empty when what is
// left is not an optional '+' followed by 3-15 digits.
QString normalizedAni(const QString &raw)
{
    QString ani;
    ani.reserve(raw.size());
    for (const QChar c : raw) {
        if (c == u' ' || c == u'-' || c == u'.' || c == u'(' || c == u')')
            continue;
        ani.append(c);
    }
    static const QRegularExpression pattern(QStringLiteral("^\\+?[0-9]{3,15}$"));
    return pattern.match(ani).hasMatch() ? ani : QString();
}

OpenRequest parseCustomer(const QUrl &url)
{
    if (url.hasQuery())
        return refuse(QT_TRANSLATE_NOOP("OpenRequest", "A customer link takes no query."));
    QString path = url.path(QUrl::FullyDecoded);
    if (path.endsWith(u'/'))
        path.chop(1);
    if (!path.startsWith(u'/') || !isProfileId(path.mid(1)))
        return refuse(QT_TRANSLATE_NOOP("OpenRequest",
                                        "A customer link needs one profile id: omnidesk://customer/<id>."));
    OpenRequest request;
    request.kind = OpenRequest::Kind::Customer;
    request.customerId = path.mid(1);
    return request;
}

OpenRequest parseCall(const QUrl &url)
{
    const QString path = url.path(QUrl::FullyDecoded);
    if (!path.isEmpty() && path != QLatin1String("/"))
        return refuse(
            QT_TRANSLATE_NOOP("OpenRequest", "A call link has no path: omnidesk://call?ani=<number>."));
    const QUrlQuery query(url);
    const QStringList values = query.allQueryItemValues(QStringLiteral("ani"), QUrl::FullyDecoded);
    if (values.size() != 1)
        return refuse(QT_TRANSLATE_NOOP("OpenRequest", "A call link needs exactly one ani=<phone number>."));
    const QString ani = normalizedAni(values.first());
    if (ani.isEmpty())
        return refuse(QT_TRANSLATE_NOOP("OpenRequest",
                                        "The caller's number must be an optional + and 3 to 15 digits."));
    OpenRequest request;
    request.kind = OpenRequest::Kind::Call;
    request.ani = ani;
    return request;
}

} // namespace

QUrl OpenRequest::toUrl() const
{
    QUrl url;
    switch (kind) {
    case Kind::Invalid:
        return url;
    case Kind::Customer:
        url.setScheme(scheme());
        url.setHost(QStringLiteral("customer"));
        url.setPath(u'/' + customerId);
        return url;
    case Kind::Call: {
        url.setScheme(scheme());
        url.setHost(QStringLiteral("call"));
        // '+' would read as a space in form decoders: send it as %2B.
        url.setQuery(QLatin1String("ani=") + QString::fromLatin1(QUrl::toPercentEncoding(ani)));
        return url;
    }
    }
    return url;
}

OpenRequest parseOmnideskUrl(const QUrl &url)
{
    if (!url.isValid() || url.scheme() != scheme())
        return refuse(QT_TRANSLATE_NOOP("OpenRequest", "Not an omnidesk:// link."));
    if (url.toEncoded().size() > kMaxLinkLength)
        return refuse(QT_TRANSLATE_NOOP("OpenRequest", "The link is too long."));
    if (!url.userInfo().isEmpty() || url.port() != -1 || url.hasFragment())
        return refuse(QT_TRANSLATE_NOOP("OpenRequest", "The link has parts Omnidesk does not use."));
    const QString target = url.host();
    if (target == QLatin1String("customer"))
        return parseCustomer(url);
    if (target == QLatin1String("call"))
        return parseCall(url);
    return refuse(QT_TRANSLATE_NOOP(
        "OpenRequest", "Omnidesk opens omnidesk://customer/<id> and omnidesk://call?ani=<number>."));
}

} // namespace omnidesk

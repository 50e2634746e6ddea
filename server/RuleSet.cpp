#include "RuleSet.h"

#include "Catalogues.h"
#include "TimelineText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <functional>

namespace omnidesk::server {

namespace {

using Kind = RuleSet::ConditionKind;

struct KindInfo
{
    const char *name;
    Kind kind;
    QStringList fields; // besides kind, optional, as
    bool binds;         // may carry `as` / `optional`
};

const QList<KindInfo> &kinds()
{
    static const QList<KindInfo> list{
        {"cartAbandoned", Kind::CartAbandoned, {QStringLiteral("minAge")}, false},
        {"cartActive", Kind::CartActive, {}, false},
        {"cartEmpty", Kind::CartEmpty, {}, false},
        {"cartTotalAtLeast", Kind::CartTotalAtLeast, {QStringLiteral("amount")}, false},
        {"event",
         Kind::Event,
         {QStringLiteral("types"), QStringLiteral("within"), QStringLiteral("afterCartChange"),
          QStringLiteral("notFollowedBy")},
         true},
        {"openComplaint", Kind::OpenComplaint, {QStringLiteral("within")}, true},
        {"tier", Kind::Tier, {QStringLiteral("in")}, false},
        {"lifetimeValueAtLeast", Kind::LifetimeValueAtLeast, {QStringLiteral("amount")}, false},
    };
    return list;
}

const QStringList kCountPlaceholders{QStringLiteral("cart.items"), QStringLiteral("cart.lines")};
const QStringList kPlaceholders{QStringLiteral("cart.items"),
                                QStringLiteral("cart.lines"),
                                QStringLiteral("cart.total"),
                                QStringLiteral("cart.names"),
                                QStringLiteral("cart.abandonedAgo"),
                                QStringLiteral("cart.changedAgo"),
                                QStringLiteral("profile.tier"),
                                QStringLiteral("profile.lifetimeValue"),
                                QStringLiteral("profile.lastPurchaseAgo")};
const QStringList kBindingFields{QStringLiteral("ago"), QStringLiteral("summary"), QStringLiteral("type"),
                                 QStringLiteral("channel")};
const QStringList kConsents{QStringLiteral("email"), QStringLiteral("sms"), QStringLiteral("phone")};
const QStringList kActions{QStringLiteral("talk"), QStringLiteral("email"), QStringLiteral("sms"),
                           QStringLiteral("phone")};
const QStringList kChannels{QStringLiteral("call"), QStringLiteral("store")};

// Resolves one placeholder: its name and, for counts, the two plural forms.
using Resolver =
    std::function<std::optional<QString>(const QString &name, const QStringList &forms, QString *why)>;

// Expands "{name}" and "{count|one|many}" ("#" in a form is the number);
// "{{" and "}}" are literal braces. Returns nullopt with *why on a bad template.
std::optional<QString> render(const QString &text, const Resolver &resolve, QString *why)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('}')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('}')) {
                out += c;
                ++i;
                continue;
            }
            *why = QStringLiteral("unmatched \"}\" at character %1 (write \"}}\" for a brace)").arg(i + 1);
            return std::nullopt;
        }
        if (c != QLatin1Char('{')) {
            out += c;
            continue;
        }
        if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('{')) {
            out += c;
            ++i;
            continue;
        }
        const qsizetype close = text.indexOf(QLatin1Char('}'), i + 1);
        if (close < 0) {
            *why = QStringLiteral("unclosed \"{\" at character %1").arg(i + 1);
            return std::nullopt;
        }
        QStringList parts = text.mid(i + 1, close - i - 1).split(QLatin1Char('|'));
        const QString name = parts.takeFirst().trimmed();
        const std::optional<QString> value = resolve(name, parts, why);
        if (!value)
            return std::nullopt;
        out += *value;
        i = close;
    }
    return out;
}

qint64 parseDuration(const QJsonValue &value, bool *ok)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{1,6})([mhd])$"));
    *ok = false;
    if (!value.isString())
        return 0;
    const QRegularExpressionMatch match = pattern.match(value.toString());
    if (!match.hasMatch())
        return 0;
    const qint64 n = match.captured(1).toLongLong();
    const QChar unit = match.captured(2).at(0);
    const qint64 secs = n * (unit == QLatin1Char('m') ? 60 : unit == QLatin1Char('h') ? 3600 : 86400);
    if (secs > qint64(3650) * 86400)
        return 0;
    *ok = true;
    return secs;
}

class Parser
{
public:
    explicit Parser(const QByteArray &json) : m_json(json) {}

    std::optional<RuleSet::Rule> rule(const QJsonValue &value, const QString &path);
    QString error() const { return m_error; }
    bool fail(const QString &path, const QString &why)
    {
        if (m_error.isEmpty())
            m_error = path + QStringLiteral(": ") + why;
        return false;
    }
    bool onlyKnown(const QJsonObject &object, const QStringList &known, const QString &path)
    {
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!known.contains(it.key()))
                return fail(path + QLatin1Char('.') + it.key(),
                            QStringLiteral("unknown field (expected one of: %1)")
                                .arg(known.join(QStringLiteral(", "))));
        }
        return true;
    }
    // A non-empty array of non-empty strings, each (if `allowed` is given) one of them.
    std::optional<QStringList> strings(const QJsonValue &value, const QString &path,
                                       const QStringList &allowed = {}, bool allowEmpty = false)
    {
        if (!value.isArray()) {
            fail(path, QStringLiteral("expected an array of strings"));
            return std::nullopt;
        }
        QStringList list;
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString item = array.at(i).toString();
            const QString itemPath = QStringLiteral("%1[%2]").arg(path).arg(i);
            if (!array.at(i).isString() || item.isEmpty()) {
                fail(itemPath, QStringLiteral("expected a non-empty string"));
                return std::nullopt;
            }
            if (!allowed.isEmpty() && !allowed.contains(item)) {
                fail(
                    itemPath,
                    QStringLiteral("\"%1\" is not one of: %2").arg(item, allowed.join(QStringLiteral(", "))));
                return std::nullopt;
            }
            list.append(item);
        }
        if (list.isEmpty() && !allowEmpty) {
            fail(path, QStringLiteral("must not be empty"));
            return std::nullopt;
        }
        return list;
    }
    std::optional<RuleSet::Condition> condition(const QJsonValue &value, const QString &path);
    std::optional<QList<RuleSet::Text>> texts(const QJsonValue &value, const QString &path, bool single);
    bool checkText(const RuleSet::Text &text, const QString &path, const RuleSet::Rule &rule);
    std::optional<RuleSet::Variant> variant(const QJsonValue &value, const QString &path);
    std::optional<RuleSet::Texts> wordings(const QJsonObject &object, const QString &path,
                                           const RuleSet::Rule &rule);
    std::optional<QHash<QString, RuleSet::Texts>> translated(const QJsonValue &value, const QString &path,
                                                             const RuleSet::Rule &rule);
    int lineOfRule(const QString &id) const;

private:
    QByteArray m_json;
    QString m_error;
};

int Parser::lineOfRule(const QString &id) const
{
    const QRegularExpression pattern(
        QStringLiteral("\"id\"\\s*:\\s*\"%1\"").arg(QRegularExpression::escape(id)));
    const QString text = QString::fromUtf8(m_json);
    const QRegularExpressionMatch match = pattern.match(text);
    return match.hasMatch() ? int(text.left(match.capturedStart()).count(QLatin1Char('\n'))) + 1 : 0;
}

std::optional<RuleSet::Condition> Parser::condition(const QJsonValue &value, const QString &path)
{
    if (!value.isObject()) {
        fail(path, QStringLiteral("expected an object with a \"kind\""));
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    const QString kindName = object.value(QLatin1StringView("kind")).toString();
    const auto info = std::find_if(kinds().cbegin(), kinds().cend(),
                                   [&](const KindInfo &k) { return kindName == QLatin1StringView(k.name); });
    if (info == kinds().cend()) {
        QStringList names;
        for (const KindInfo &k : kinds())
            names.append(QLatin1StringView(k.name));
        fail(path + QStringLiteral(".kind"),
             (object.contains(QLatin1StringView("kind"))
                  ? QStringLiteral("unknown condition kind \"%1\"").arg(kindName)
                  : QStringLiteral("missing")) +
                 QStringLiteral(" (expected one of: %1)").arg(names.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    QStringList known = info->fields;
    known.append(QStringLiteral("kind"));
    if (info->binds)
        known << QStringLiteral("as") << QStringLiteral("optional");
    if (!onlyKnown(object, known, path))
        return std::nullopt;

    RuleSet::Condition c;
    c.kind = info->kind;
    const auto duration = [&](const char *field, qint64 *out) {
        const QJsonValue v = object.value(QLatin1StringView(field));
        if (v.isUndefined())
            return true;
        bool ok = false;
        *out = parseDuration(v, &ok);
        return ok ||
               fail(path + QLatin1Char('.') + QLatin1StringView(field),
                    QStringLiteral("expected a duration like \"30m\", \"12h\" or \"7d\" (at most 3650d)"));
    };
    const auto amount = [&]() {
        const QJsonValue v = object.value(QLatin1StringView("amount"));
        const double d = v.toDouble(-1);
        // Range first: converting a double beyond qint64 is undefined (found by fuzz_rules).
        if (!v.isDouble() || d < 0 || d > 1e15 || d != double(qint64(d)))
            return fail(path + QStringLiteral(".amount"),
                        QStringLiteral("expected a whole number of minor units (cents), 0 or more"));
        c.amount = qint64(d);
        return true;
    };
    switch (c.kind) {
    case Kind::CartAbandoned:
        if (!duration("minAge", &c.seconds))
            return std::nullopt;
        break;
    case Kind::CartTotalAtLeast:
    case Kind::LifetimeValueAtLeast:
        if (!amount())
            return std::nullopt;
        break;
    case Kind::Event: {
        const auto types = strings(object.value(QLatin1StringView("types")), path + QStringLiteral(".types"));
        if (!types)
            return std::nullopt;
        c.types = *types;
        if (!duration("within", &c.seconds))
            return std::nullopt;
        const QJsonValue after = object.value(QLatin1StringView("afterCartChange"));
        if (!after.isUndefined() && !after.isBool()) {
            fail(path + QStringLiteral(".afterCartChange"), QStringLiteral("expected true or false"));
            return std::nullopt;
        }
        c.afterCartChange = after.toBool();
        if (object.contains(QLatin1StringView("notFollowedBy"))) {
            const auto later = strings(object.value(QLatin1StringView("notFollowedBy")),
                                       path + QStringLiteral(".notFollowedBy"));
            if (!later)
                return std::nullopt;
            c.notFollowedBy = *later;
        }
        break;
    }
    case Kind::OpenComplaint:
        if (!duration("within", &c.seconds))
            return std::nullopt;
        break;
    case Kind::Tier: {
        const auto tiers = strings(object.value(QLatin1StringView("in")), path + QStringLiteral(".in"));
        if (!tiers)
            return std::nullopt;
        for (const QString &tier : *tiers)
            c.types.append(tier.toLower());
        break;
    }
    case Kind::CartActive:
    case Kind::CartEmpty:
        break;
    }
    if (info->binds) {
        const QJsonValue as = object.value(QLatin1StringView("as"));
        static const QRegularExpression name(QStringLiteral("^[a-z][A-Za-z0-9]{0,31}$"));
        if (!as.isUndefined()) {
            c.as = as.toString();
            if (!as.isString() || !name.match(c.as).hasMatch() || c.as == QLatin1StringView("cart") ||
                c.as == QLatin1StringView("profile")) {
                fail(path + QStringLiteral(".as"),
                     QStringLiteral("expected a name of letters and digits starting with a lower-case "
                                    "letter, not \"cart\" or \"profile\""));
                return std::nullopt;
            }
        }
        const QJsonValue optional = object.value(QLatin1StringView("optional"));
        if (!optional.isUndefined() && !optional.isBool()) {
            fail(path + QStringLiteral(".optional"), QStringLiteral("expected true or false"));
            return std::nullopt;
        }
        c.optional = optional.toBool();
        if (c.optional && c.as.isEmpty()) {
            fail(path + QStringLiteral(".optional"),
                 QStringLiteral("an optional condition only binds a name: give it \"as\""));
            return std::nullopt;
        }
    }
    return c;
}

std::optional<QList<RuleSet::Text>> Parser::texts(const QJsonValue &value, const QString &path, bool single)
{
    QList<RuleSet::Text> list;
    const auto part = [&](const QJsonValue &v, const QString &partPath) {
        if (v.isString()) {
            list.append({v.toString(), {}});
            return true;
        }
        if (!v.isObject())
            return fail(partPath, QStringLiteral("expected a string or {\"text\": …, \"if\": …}"));
        const QJsonObject o = v.toObject();
        if (!onlyKnown(o, {QStringLiteral("text"), QStringLiteral("if")}, partPath))
            return false;
        if (!o.value(QLatin1StringView("text")).isString())
            return fail(partPath + QStringLiteral(".text"), QStringLiteral("expected a string"));
        const QJsonValue onlyIf = o.value(QLatin1StringView("if"));
        if (!onlyIf.isUndefined() && (!onlyIf.isString() || onlyIf.toString().isEmpty()))
            return fail(partPath + QStringLiteral(".if"), QStringLiteral("expected the name of a binding"));
        list.append({o.value(QLatin1StringView("text")).toString(), onlyIf.toString()});
        return true;
    };
    if (value.isUndefined()) {
        fail(path, QStringLiteral("missing"));
        return std::nullopt;
    }
    if (value.isString() || (!single && value.isObject())) {
        if (!part(value, path))
            return std::nullopt;
    } else if (!single && value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!part(array.at(i), QStringLiteral("%1[%2]").arg(path).arg(i)))
                return std::nullopt;
        }
    } else {
        fail(path, single ? QStringLiteral("expected a string")
                          : QStringLiteral("expected a string or an array of parts"));
        return std::nullopt;
    }
    return list;
}

bool Parser::checkText(const RuleSet::Text &text, const QString &path, const RuleSet::Rule &rule)
{
    QSet<QString> required;
    QSet<QString> optional;
    for (const RuleSet::Condition &c : rule.conditions) {
        if (!c.as.isEmpty())
            (c.optional ? optional : required).insert(c.as);
    }
    if (!text.onlyIf.isEmpty() && !required.contains(text.onlyIf) && !optional.contains(text.onlyIf))
        return fail(path + QStringLiteral(".if"),
                    QStringLiteral("no condition of this rule binds \"%1\" (give one \"as\": \"%1\")")
                        .arg(text.onlyIf));
    const Resolver check = [&](const QString &name, const QStringList &forms,
                               QString *why) -> std::optional<QString> {
        const qsizetype dot = name.indexOf(QLatin1Char('.'));
        const QString binding = name.left(dot);
        const bool known = kPlaceholders.contains(name) ||
                           (dot > 0 && (required.contains(binding) || optional.contains(binding)) &&
                            kBindingFields.contains(name.mid(dot + 1)));
        if (!known) {
            *why = QStringLiteral("unknown placeholder {%1} (use %2, or <name>.%3 for a name bound with "
                                  "\"as\" in this rule)")
                       .arg(name, kPlaceholders.join(QStringLiteral(", ")),
                            kBindingFields.join(QStringLiteral("|")));
            return std::nullopt;
        }
        if (optional.contains(binding) && !required.contains(binding) && text.onlyIf != binding) {
            *why = QStringLiteral("{%1} names the optional binding \"%2\": put it in a part with "
                                  "\"if\": \"%2\"")
                       .arg(name, binding);
            return std::nullopt;
        }
        if (!forms.isEmpty() && (forms.size() != 2 || !kCountPlaceholders.contains(name))) {
            *why = QStringLiteral("{%1|…} plural forms take exactly two forms (one|many) and only for %2")
                       .arg(name, kCountPlaceholders.join(QStringLiteral(", ")));
            return std::nullopt;
        }
        return QString();
    };
    QString why;
    if (!render(text.text, check, &why))
        return fail(path, why);
    return true;
}

std::optional<RuleSet::Variant> Parser::variant(const QJsonValue &value, const QString &path)
{
    if (!value.isObject()) {
        fail(path, QStringLiteral("expected an object with title, reason or talkingPoints"));
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    if (!onlyKnown(object,
                   {QStringLiteral("title"), QStringLiteral("reason"), QStringLiteral("talkingPoints")},
                   path))
        return std::nullopt;
    RuleSet::Variant v;
    if (object.contains(QLatin1StringView("title"))) {
        const auto title =
            texts(object.value(QLatin1StringView("title")), path + QStringLiteral(".title"), true);
        if (!title)
            return std::nullopt;
        v.title = title->constFirst().text;
    }
    if (object.contains(QLatin1StringView("reason"))) {
        v.reason = texts(object.value(QLatin1StringView("reason")), path + QStringLiteral(".reason"), false);
        if (!v.reason)
            return std::nullopt;
    }
    if (object.contains(QLatin1StringView("talkingPoints"))) {
        const QJsonValue points = object.value(QLatin1StringView("talkingPoints"));
        if (!points.isArray()) {
            fail(path + QStringLiteral(".talkingPoints"), QStringLiteral("expected an array"));
            return std::nullopt;
        }
        v.talkingPoints = texts(points, path + QStringLiteral(".talkingPoints"), false);
        if (!v.talkingPoints)
            return std::nullopt;
    }
    return v;
}

// A rule's texts (title, reason, talkingPoints, variants) from `object`, each
// placeholder checked against the names the rule's conditions bind.
std::optional<RuleSet::Texts> Parser::wordings(const QJsonObject &object, const QString &path,
                                               const RuleSet::Rule &rule)
{
    RuleSet::Texts t;
    const auto title = texts(object.value(QLatin1StringView("title")), path + QStringLiteral(".title"), true);
    if (!title)
        return std::nullopt;
    t.title = title->constFirst().text;
    if (t.title.trimmed().isEmpty()) {
        fail(path + QStringLiteral(".title"), QStringLiteral("must not be empty"));
        return std::nullopt;
    }
    const auto reason =
        texts(object.value(QLatin1StringView("reason")), path + QStringLiteral(".reason"), false);
    if (!reason)
        return std::nullopt;
    t.reason = *reason;
    if (object.contains(QLatin1StringView("talkingPoints"))) {
        const QJsonValue points = object.value(QLatin1StringView("talkingPoints"));
        if (!points.isArray()) {
            fail(path + QStringLiteral(".talkingPoints"), QStringLiteral("expected an array"));
            return std::nullopt;
        }
        const auto parsed = texts(points, path + QStringLiteral(".talkingPoints"), false);
        if (!parsed)
            return std::nullopt;
        t.talkingPoints = *parsed;
    }
    if (object.contains(QLatin1StringView("variants"))) {
        const QJsonValue variants = object.value(QLatin1StringView("variants"));
        if (!variants.isObject()) {
            fail(path + QStringLiteral(".variants"), QStringLiteral("expected an object by channel (store)"));
            return std::nullopt;
        }
        const QJsonObject byChannel = variants.toObject();
        if (!onlyKnown(byChannel, kChannels, path + QStringLiteral(".variants")))
            return std::nullopt;
        for (auto it = byChannel.constBegin(); it != byChannel.constEnd(); ++it) {
            const auto v = variant(it.value(), path + QStringLiteral(".variants.") + it.key());
            if (!v)
                return std::nullopt;
            t.variants.insert(it.key(), *v);
        }
    }

    // Every text's placeholders, against the names this rule binds.
    const auto checkAll = [&](const QList<RuleSet::Text> &list, const QString &listPath, bool indexed) {
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (!checkText(list.at(i), indexed ? QStringLiteral("%1[%2]").arg(listPath).arg(i) : listPath,
                           rule))
                return false;
        }
        return true;
    };
    const bool reasonIndexed = object.value(QLatin1StringView("reason")).isArray();
    if (!checkText({t.title, {}}, path + QStringLiteral(".title"), rule) ||
        !checkAll(t.reason, path + QStringLiteral(".reason"), reasonIndexed) ||
        !checkAll(t.talkingPoints, path + QStringLiteral(".talkingPoints"), true))
        return std::nullopt;
    for (auto it = t.variants.constBegin(); it != t.variants.constEnd(); ++it) {
        const QString vpath = path + QStringLiteral(".variants.") + it.key();
        if (it->title && !checkText({*it->title, {}}, vpath + QStringLiteral(".title"), rule))
            return std::nullopt;
        if (it->reason && !checkAll(*it->reason, vpath + QStringLiteral(".reason"), it->reason->size() > 1))
            return std::nullopt;
        if (it->talkingPoints &&
            !checkAll(*it->talkingPoints, vpath + QStringLiteral(".talkingPoints"), true))
            return std::nullopt;
    }
    return t;
}

// "translations": {"pt_BR": {title, reason, talkingPoints, variants}, …}. A
// translation says everything the rule's own texts say, so a step is never
// shown half in one language and half in another.
std::optional<QHash<QString, RuleSet::Texts>> Parser::translated(const QJsonValue &value, const QString &path,
                                                                 const RuleSet::Rule &rule)
{
    const QString tpath = path + QStringLiteral(".translations");
    if (!value.isObject()) {
        fail(tpath, QStringLiteral("expected an object by language (e.g. \"pt_BR\")"));
        return std::nullopt;
    }
    QStringList languages = Catalogues::availableLanguages();
    languages.removeAll(QStringLiteral("en")); // the rule's own texts
    const QJsonObject byLanguage = value.toObject();
    QHash<QString, RuleSet::Texts> result;
    for (auto it = byLanguage.constBegin(); it != byLanguage.constEnd(); ++it) {
        const QString lpath = tpath + QLatin1Char('.') + it.key();
        if (!languages.contains(it.key())) {
            fail(lpath, it.key() == QLatin1StringView("en")
                            ? QStringLiteral("the rule's own texts are the English ones")
                            : QStringLiteral("not a language of the desktop (expected one of: %1)")
                                  .arg(languages.join(QStringLiteral(", "))));
            return std::nullopt;
        }
        if (!it.value().isObject()) {
            fail(lpath, QStringLiteral("expected an object with title, reason, talkingPoints and variants"));
            return std::nullopt;
        }
        const QJsonObject object = it.value().toObject();
        if (!onlyKnown(object,
                       {QStringLiteral("comment"), QStringLiteral("title"), QStringLiteral("reason"),
                        QStringLiteral("talkingPoints"), QStringLiteral("variants")},
                       lpath))
            return std::nullopt;
        const auto texts = wordings(object, lpath, rule);
        if (!texts)
            return std::nullopt;
        if (rule.texts.talkingPoints.isEmpty() != texts->talkingPoints.isEmpty()) {
            fail(lpath + QStringLiteral(".talkingPoints"),
                 rule.texts.talkingPoints.isEmpty()
                     ? QStringLiteral("the rule has no talking points")
                     : QStringLiteral("missing (the rule has talking points)"));
            return std::nullopt;
        }
        for (auto v = rule.texts.variants.constBegin(); v != rule.texts.variants.constEnd(); ++v) {
            const RuleSet::Variant other = texts->variants.value(v.key());
            const QString vpath = lpath + QStringLiteral(".variants.") + v.key();
            const auto need = [&](bool has, bool given, const char *field) {
                if (has && !given)
                    return fail(vpath + QLatin1Char('.') + QLatin1StringView(field),
                                QStringLiteral("missing (the rule's own %1 variant has one)").arg(v.key()));
                return true;
            };
            if (!need(v->title.has_value(), other.title.has_value(), "title") ||
                !need(v->reason.has_value(), other.reason.has_value(), "reason") ||
                !need(v->talkingPoints.has_value(), other.talkingPoints.has_value(), "talkingPoints"))
                return std::nullopt;
        }
        for (auto v = texts->variants.constBegin(); v != texts->variants.constEnd(); ++v) {
            if (!rule.texts.variants.contains(v.key())) {
                fail(lpath + QStringLiteral(".variants.") + v.key(),
                     QStringLiteral("the rule has no %1 variant").arg(v.key()));
                return std::nullopt;
            }
        }
        result.insert(it.key(), *texts);
    }
    return result;
}

std::optional<RuleSet::Rule> Parser::rule(const QJsonValue &value, const QString &at)
{
    if (!value.isObject()) {
        fail(at, QStringLiteral("expected an object"));
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    RuleSet::Rule r;
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,63}$"));
    const QJsonValue id = object.value(QLatin1StringView("id"));
    if (!id.isString() || !idPattern.match(id.toString()).hasMatch()) {
        fail(at + QStringLiteral(".id"),
             id.isUndefined() ? QStringLiteral("missing")
                              : QStringLiteral("expected 1-64 lower-case letters, digits and dashes"));
        return std::nullopt;
    }
    r.id = id.toString();
    r.line = lineOfRule(r.id);
    QString path = QStringLiteral("%1 (\"%2\")").arg(at, r.id);
    if (r.line > 0)
        path = QStringLiteral("line %1: %2").arg(r.line).arg(path);
    if (!onlyKnown(object,
                   {QStringLiteral("id"), QStringLiteral("comment"), QStringLiteral("priority"),
                    QStringLiteral("action"), QStringLiteral("requiresConsent"), QStringLiteral("channels"),
                    QStringLiteral("expiresAfter"), QStringLiteral("when"), QStringLiteral("title"),
                    QStringLiteral("reason"), QStringLiteral("talkingPoints"), QStringLiteral("variants"),
                    QStringLiteral("translations")},
                   path))
        return std::nullopt;

    const QJsonValue priority = object.value(QLatin1StringView("priority"));
    const double p = priority.toDouble(-1);
    if (!priority.isDouble() || p < 0 || p > 1000 || p != double(int(p))) {
        fail(path + QStringLiteral(".priority"), priority.isUndefined()
                                                     ? QStringLiteral("missing")
                                                     : QStringLiteral("expected a whole number 0-1000"));
        return std::nullopt;
    }
    r.priority = int(p);

    if (object.contains(QLatin1StringView("action"))) {
        r.action = object.value(QLatin1StringView("action")).toString();
        if (!kActions.contains(r.action)) {
            fail(path + QStringLiteral(".action"),
                 QStringLiteral("expected one of: %1").arg(kActions.join(QStringLiteral(", "))));
            return std::nullopt;
        }
    }
    if (object.contains(QLatin1StringView("requiresConsent"))) {
        const auto consents = strings(object.value(QLatin1StringView("requiresConsent")),
                                      path + QStringLiteral(".requiresConsent"), kConsents, true);
        if (!consents)
            return std::nullopt;
        r.requiresConsent = *consents;
    }
    // An offer over a marketing channel always needs that channel's consent.
    if (r.action != QLatin1StringView("talk") && !r.requiresConsent.contains(r.action)) {
        fail(path + QStringLiteral(".requiresConsent"),
             QStringLiteral("the action \"%1\" contacts the customer by %1: list \"%1\" here").arg(r.action));
        return std::nullopt;
    }
    if (object.contains(QLatin1StringView("channels"))) {
        const auto channels = strings(object.value(QLatin1StringView("channels")),
                                      path + QStringLiteral(".channels"), kChannels);
        if (!channels)
            return std::nullopt;
        r.channels = *channels;
    }

    const QJsonValue when = object.value(QLatin1StringView("when"));
    if (!when.isArray() || when.toArray().isEmpty()) {
        fail(path + QStringLiteral(".when"), QStringLiteral("expected a non-empty array of conditions"));
        return std::nullopt;
    }
    const QJsonArray conditions = when.toArray();
    QSet<QString> bound;
    bool hasRequired = false;
    bool hasTime = false;
    for (qsizetype i = 0; i < conditions.size(); ++i) {
        const QString cpath = QStringLiteral("%1.when[%2]").arg(path).arg(i);
        const auto c = condition(conditions.at(i), cpath);
        if (!c)
            return std::nullopt;
        if (!c->as.isEmpty() && bound.contains(c->as)) {
            fail(cpath + QStringLiteral(".as"),
                 QStringLiteral("\"%1\" is bound twice in this rule").arg(c->as));
            return std::nullopt;
        }
        bound.insert(c->as);
        hasRequired = hasRequired || !c->optional;
        hasTime =
            hasTime || (!c->optional && (c->kind == Kind::CartAbandoned || c->kind == Kind::CartActive ||
                                         c->kind == Kind::Event || c->kind == Kind::OpenComplaint));
        r.conditions.append(*c);
    }
    if (!hasRequired) {
        fail(path + QStringLiteral(".when"),
             QStringLiteral("needs at least one condition that is not optional"));
        return std::nullopt;
    }
    if (object.contains(QLatin1StringView("expiresAfter"))) {
        bool ok = false;
        r.expiresAfterSecs = parseDuration(object.value(QLatin1StringView("expiresAfter")), &ok);
        if (!ok || r.expiresAfterSecs == 0) {
            fail(path + QStringLiteral(".expiresAfter"),
                 QStringLiteral("expected a duration like \"30m\", \"12h\" or \"7d\" (more than 0, at most "
                                "3650d)"));
            return std::nullopt;
        }
        if (!hasTime) {
            fail(path + QStringLiteral(".expiresAfter"),
                 QStringLiteral("needs a required condition with a time (cartAbandoned, cartActive, event "
                                "or openComplaint) to count from"));
            return std::nullopt;
        }
    }

    const auto own = wordings(object, path, r);
    if (!own)
        return std::nullopt;
    r.texts = *own;
    if (object.contains(QLatin1StringView("translations"))) {
        const auto translations = translated(object.value(QLatin1StringView("translations")), path, r);
        if (!translations)
            return std::nullopt;
        r.translations = *translations;
    }
    return r;
}

// One condition's outcome for a profile.
struct Outcome
{
    bool holds = false;
    QDateTime at;                         // the time of the fact, when it has one
    const TimelineEvent *event = nullptr; // the matched event, for bindings
};

Outcome check(const RuleSet::Condition &c, const Profile &profile, const RuleSet::Facts &facts)
{
    const Cart &cart = profile.cart;
    const QDateTime &now = facts.now;
    const QDateTime windowStart = c.seconds > 0 ? now.addSecs(-c.seconds) : QDateTime();
    switch (c.kind) {
    case Kind::CartAbandoned:
        if (cart.isEmpty() || !cart.abandonedSince.isValid() || cart.abandonedSince.secsTo(now) < c.seconds)
            return {};
        return {true, cart.abandonedSince, nullptr};
    case Kind::CartActive:
        if (cart.isEmpty() || cart.abandonedSince.isValid() || !cart.updatedAt.isValid())
            return {};
        return {true, cart.updatedAt, nullptr};
    case Kind::CartEmpty:
        return {cart.isEmpty(), {}, nullptr};
    case Kind::CartTotalAtLeast:
        return {!cart.isEmpty() && cart.total() >= c.amount, {}, nullptr};
    case Kind::LifetimeValueAtLeast:
        return {profile.lifetimeValue >= c.amount, {}, nullptr};
    case Kind::Tier:
        return {!profile.tier.isEmpty() && c.types.contains(profile.tier.toLower()), {}, nullptr};
    case Kind::Event: {
        if (c.afterCartChange && !cart.updatedAt.isValid())
            return {};
        // The timeline is newest first: the first match is the newest one.
        for (const TimelineEvent &event : profile.timeline) {
            if (windowStart.isValid() && event.at < windowStart)
                break;
            if (c.afterCartChange && event.at < cart.updatedAt)
                break;
            if (!c.types.contains(event.type))
                continue;
            for (const TimelineEvent &later : profile.timeline) {
                if (later.at > event.at && c.notFollowedBy.contains(later.type))
                    return {};
            }
            return {true, event.at, &event};
        }
        return {};
    }
    case Kind::OpenComplaint:
        for (const TimelineEvent &event : profile.timeline) {
            if (event.type != QLatin1StringView("call.outcome") &&
                event.type != QLatin1StringView("store.outcome"))
                continue;
            // The newest outcome decides: a later outcome closes the complaint.
            if (facts.outcomeDispositions.value(event.id) != QLatin1StringView("complaint") ||
                (windowStart.isValid() && event.at < windowStart))
                return {};
            return {true, event.at, &event};
        }
        return {};
    }
    return {};
}

} // namespace

std::optional<RuleSet> RuleSet::parse(const QByteArray &json, QString *error)
{
    const auto failWith = [&](const QString &message) -> std::optional<RuleSet> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (json.size() > kMaxFileBytes)
        return failWith(QStringLiteral("the rule file is larger than %1 bytes").arg(kMaxFileBytes));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = json.left(parseError.offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = parseError.offset - (before.lastIndexOf('\n') + 1) + 1;
        return failWith(QStringLiteral("line %1, column %2: invalid JSON: %3")
                            .arg(line)
                            .arg(column)
                            .arg(parseError.errorString()));
    }
    if (!document.isObject())
        return failWith(QStringLiteral("the rule file must be a JSON object with \"version\" and \"rules\""));
    Parser parser(json);
    const QJsonObject root = document.object();
    if (!parser.onlyKnown(root,
                          {QStringLiteral("version"), QStringLiteral("comment"), QStringLiteral("rules")},
                          QStringLiteral("(top)")))
        return failWith(parser.error());
    if (root.value(QLatin1StringView("version")).toInt(-1) != 1 ||
        !root.value(QLatin1StringView("version")).isDouble())
        return failWith(QStringLiteral("version: expected 1"));
    const QJsonValue rules = root.value(QLatin1StringView("rules"));
    if (!rules.isArray())
        return failWith(QStringLiteral("rules: expected an array of rules"));
    const QJsonArray array = rules.toArray();
    if (array.size() > kMaxRules)
        return failWith(QStringLiteral("rules: at most %1 rules").arg(kMaxRules));
    RuleSet set;
    QSet<QString> ids;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString at = QStringLiteral("rules[%1]").arg(i);
        const auto rule = parser.rule(array.at(i), at);
        if (!rule)
            return failWith(parser.error());
        if (ids.contains(rule->id))
            return failWith(QStringLiteral("%1.id: \"%2\" is used by an earlier rule").arg(at, rule->id));
        ids.insert(rule->id);
        set.m_rules.append(*rule);
    }
    return set;
}

std::optional<QString> RuleSet::titleOf(const QString &id, const QString &language) const
{
    for (const Rule &rule : m_rules) {
        if (rule.id != id)
            continue;
        const QString title = rule.translations.value(language, rule.texts).title;
        if (title.contains(QLatin1Char('{')) || title.contains(QLatin1Char('}')))
            return std::nullopt;
        return title;
    }
    return std::nullopt;
}

QList<NextStep> RuleSet::evaluate(const Profile &profile, const Facts &facts) const
{
    QList<NextStep> steps;
    for (const Rule &rule : m_rules) {
        if (!rule.channels.isEmpty() && !rule.channels.contains(facts.channel))
            continue;
        bool holds = true;
        QDateTime trigger;
        QHash<QString, const TimelineEvent *> bound;
        for (const Condition &c : rule.conditions) {
            const Outcome outcome = check(c, profile, facts);
            if (!outcome.holds) {
                if (c.optional)
                    continue;
                holds = false;
                break;
            }
            if (!c.optional && !trigger.isValid() && outcome.at.isValid())
                trigger = outcome.at;
            if (!c.as.isEmpty() && outcome.event)
                bound.insert(c.as, outcome.event);
        }
        if (!holds)
            continue;
        if (rule.expiresAfterSecs > 0 && trigger.isValid() &&
            trigger.secsTo(facts.now) >= rule.expiresAfterSecs)
            continue;
        const bool consented =
            std::all_of(rule.requiresConsent.cbegin(), rule.requiresConsent.cend(), [&](const QString &kind) {
                const QString &value = kind == QLatin1StringView("email") ? profile.consents.email
                                       : kind == QLatin1StringView("sms") ? profile.consents.sms
                                                                          : profile.consents.phone;
                return value == QLatin1StringView("granted");
            });
        if (!consented)
            continue;

        // The texts in the reader's language when the rule has them, else its
        // own (English, with English values: never a mix of two languages).
        const auto translation = rule.translations.constFind(facts.wording.language());
        const bool translated = translation != rule.translations.constEnd();
        const Texts &texts = translated ? *translation : rule.texts;
        const Wording &words = translated ? facts.wording : Wording::english();

        const Cart &cart = profile.cart;
        const Resolver value = [&](const QString &name, const QStringList &forms,
                                   QString *) -> std::optional<QString> {
            if (kCountPlaceholders.contains(name)) {
                const qsizetype n =
                    name == QLatin1StringView("cart.items") ? cart.itemCount() : cart.lines.size();
                if (forms.size() == 2)
                    return QString(n == 1 ? forms.at(0) : forms.at(1))
                        .replace(QLatin1Char('#'), QString::number(n));
                return QString::number(n);
            }
            if (name == QLatin1StringView("cart.total"))
                return formatMoney(cart.total(), cart.currency);
            if (name == QLatin1StringView("cart.names")) {
                QStringList names;
                for (const CartLine &line : cart.lines)
                    names.append(line.name.isEmpty() ? line.sku : line.name);
                return names.join(QStringLiteral(", "));
            }
            if (name == QLatin1StringView("cart.abandonedAgo"))
                return cart.abandonedSince.isValid() ? words.ago(cart.abandonedSince, facts.now) : QString();
            if (name == QLatin1StringView("cart.changedAgo"))
                return cart.updatedAt.isValid() ? words.ago(cart.updatedAt, facts.now) : QString();
            if (name == QLatin1StringView("profile.tier"))
                return profile.tier;
            if (name == QLatin1StringView("profile.lifetimeValue"))
                return formatMoney(profile.lifetimeValue, cart.currency);
            if (name == QLatin1StringView("profile.lastPurchaseAgo"))
                return profile.lastPurchaseAt.isValid() ? words.ago(profile.lastPurchaseAt, facts.now)
                                                        : QString();
            const qsizetype dot = name.indexOf(QLatin1Char('.'));
            const TimelineEvent *event = bound.value(name.left(dot));
            if (!event)
                return QString();
            const QString field = name.mid(dot + 1);
            if (field == QLatin1StringView("ago"))
                return words.ago(event->at, facts.now);
            if (field == QLatin1StringView("summary")) // the timeline line, in the texts' language
                return TimelineText::lineOf(*event, words);
            if (field == QLatin1StringView("type"))
                return event->type;
            return event->channel;
        };
        const auto join = [&](const QList<Text> &parts, bool separate) {
            QStringList out;
            for (const Text &part : parts) {
                if (!part.onlyIf.isEmpty() && !bound.contains(part.onlyIf))
                    continue;
                QString unused;
                out.append(render(part.text, value, &unused).value_or(QString()));
            }
            return separate ? out : QStringList{out.join(QString())};
        };
        const Variant variant = texts.variants.value(facts.channel);
        NextStep step;
        step.id = rule.id;
        step.priority = rule.priority;
        QString unused;
        step.title = render(variant.title.value_or(texts.title), value, &unused).value_or(QString());
        step.reason = join(variant.reason.value_or(texts.reason), false).constFirst();
        step.talkingPoints = join(variant.talkingPoints.value_or(texts.talkingPoints), true);
        steps.append(step);
    }
    std::stable_sort(steps.begin(), steps.end(),
                     [](const NextStep &a, const NextStep &b) { return a.priority > b.priority; });
    return steps;
}

} // namespace omnidesk::server

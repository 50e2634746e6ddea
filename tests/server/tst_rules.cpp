// Tests the declarative next-step rules: the parser (each bad file gives its
// precise error), every shipped default rule firing and not firing on
// hand-built profiles (consents, expiry, store wording), the rule file being
// reloaded when it changes, and the service refusing a broken file at start.
#include "Catalogues.h"
#include "NextStepRules.h"
#include "ProfileEngine.h"
#include "ProfileServer.h"
#include "RuleFileWatcher.h"
#include "RuleSet.h"
#include "ServerOptions.h"
#include "Store.h"
#include "TimelineText.h"
#include "Wording.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace omnidesk;
using namespace omnidesk::server;

namespace {
const QDateTime kNow(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);

QDateTime minutesAgo(qint64 minutes)
{
    return kNow.addSecs(-60 * minutes);
}

TimelineEvent timelineEvent(const QString &id, const QString &type, qint64 ago, const QString &summary = {})
{
    return TimelineEvent{id, minutesAgo(ago), QStringLiteral("web"), type,
                         summary.isEmpty() ? QStringLiteral("summary of ") + type : summary};
}

// A profile with the given timeline (sorted newest first here).
Profile profileWith(QList<TimelineEvent> timeline, const QString &tier = QStringLiteral("silver"))
{
    Profile p;
    p.id = QStringLiteral("p-1");
    p.tier = tier;
    p.cart.currency = QStringLiteral("EUR");
    std::sort(timeline.begin(), timeline.end(),
              [](const TimelineEvent &a, const TimelineEvent &b) { return a.at > b.at; });
    p.timeline = timeline;
    return p;
}

// A cart of two items (EUR 824.00) last changed `ago` minutes ago; abandoned after 30 minutes.
void putCart(Profile &p, qint64 ago)
{
    p.cart.lines = {CartLine{QStringLiteral("PH"), QStringLiteral("Phone X15"), 1, 79900},
                    CartLine{QStringLiteral("PLAN"), QStringLiteral("Plan 5G"), 1, 2500}};
    p.cart.updatedAt = minutesAgo(ago);
    if (ago >= 30)
        p.cart.abandonedSince = p.cart.updatedAt;
    p.timeline.append(timelineEvent(QStringLiteral("cart"), QStringLiteral("cart.add"), ago));
    std::sort(p.timeline.begin(), p.timeline.end(),
              [](const TimelineEvent &a, const TimelineEvent &b) { return a.at > b.at; });
}

QStringList ids(const QList<NextStep> &steps)
{
    QStringList list;
    for (const NextStep &step : steps)
        list.append(step.id);
    return list;
}

QByteArray minimalRule(const QByteArray &fields)
{
    return R"({"version":1,"rules":[{"id":"r","priority":5,"title":"T","reason":"R","when":[{"kind":"cartEmpty"}])" +
           fields + "}]}";
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}
} // namespace

class TestRules : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void parse_shippedDefaults();
    void parse_badFile_data();
    void parse_badFile();
    void parse_jsonSyntaxErrorNamesLine();
    void parse_placeholdersAndPlurals();
    void defaults_fire_data();
    void defaults_fire();
    void defaults_abandonedCartKeepsTheSeedWording();
    void defaults_storeWordingNeverSaysCall_data();
    void defaults_storeWordingNeverSaysCall();
    void defaults_everyRuleInEveryLanguage();
    void defaults_abandonedCartInEachLanguage_data();
    void defaults_abandonedCartInEachLanguage();
    void evaluate_untranslatedRuleStaysEnglish();
    void evaluate_boundSummaryInTheTextsLanguage();
    void defaults_emailOfferNeedsEmailConsent_data();
    void defaults_emailOfferNeedsEmailConsent();
    void watcher_reloadsWhenWrittenInPlace();
    void watcher_reloadsWhenReplaced();
    void watcher_brokenFileKeepsPreviousRules();
    void engine_usesReloadedRulesOnNextChange();
    void engine_storeChannelUsesStoreWording();
    void server_refusesBrokenFileAtStart();
    void options_rulesFile();
};

void TestRules::parse_shippedDefaults()
{
    const RuleSet rules = NextStepRules::defaults();
    QStringList names;
    for (const RuleSet::Rule &rule : rules.rules())
        names.append(rule.id);
    for (const char *id : {"abandoned-cart", "active-cart", "reminder-email-opened", "store-intent",
                           "retention-complaint", "bot-handover", "store-intent-email-quote"})
        QVERIFY2(names.contains(QLatin1StringView(id)), id);
    // The installed copy is the same file the resource compiles in.
    QFile source(QStringLiteral(OMNIDESK_SOURCE_DIR "/server/rules/default-rules.json"));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QString error;
    QVERIFY2(RuleSet::parse(source.readAll(), &error), qPrintable(error));
}

void TestRules::parse_badFile_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("an array") << QByteArray("[]")
                              << QStringLiteral(
                                     "the rule file must be a JSON object with \"version\" and \"rules\"");
    QTest::newRow("wrong version") << QByteArray(R"({"version":2,"rules":[]})")
                                   << QStringLiteral("version: expected 1");
    QTest::newRow("unknown top field")
        << QByteArray(R"({"version":1,"rules":[],"rule":[]})")
        << QStringLiteral("(top).rule: unknown field (expected one of: version, comment, rules)");
    QTest::newRow("rules not array") << QByteArray(R"({"version":1,"rules":{}})")
                                     << QStringLiteral("rules: expected an array of rules");
    QTest::newRow("missing id") << QByteArray(R"({"version":1,"rules":[{"priority":1}]})")
                                << QStringLiteral("rules[0].id: missing");
    QTest::newRow("bad id") << QByteArray(R"({"version":1,"rules":[{"id":"Big Rule"}]})")
                            << QStringLiteral(
                                   "rules[0].id: expected 1-64 lower-case letters, digits and dashes");
    QTest::newRow("duplicate id")
        << QByteArray(R"({"version":1,"rules":[)"
                      R"({"id":"r","priority":1,"title":"T","reason":"R","when":[{"kind":"cartEmpty"}]},)"
                      R"({"id":"r","priority":2,"title":"T","reason":"R","when":[{"kind":"cartEmpty"}]}]})")
        << QStringLiteral("rules[1].id: \"r\" is used by an earlier rule");
    QTest::newRow("line of the rule")
        << QByteArray("{\"version\":1,\"rules\":[\n\n{\"id\":\"r\",\"priority\":-1}]}")
        << QStringLiteral("line 3: rules[0] (\"r\").priority: expected a whole number 0-1000");
    QTest::newRow("unknown rule field")
        << minimalRule(R"(,"expires":"1d")")
        << QStringLiteral("line 1: rules[0] (\"r\").expires: unknown field (expected one of: id, "
                          "comment, priority, action, requiresConsent, channels, expiresAfter, "
                          "when, title, reason, talkingPoints, variants, translations)");
    const QString r = QStringLiteral("line 1: rules[0] (\"r\").translations");
    QTest::newRow("translations not an object")
        << minimalRule(R"(,"translations":[])")
        << r + QStringLiteral(": expected an object by language (e.g. \"pt_BR\")");
    QTest::newRow("translation into a language the desktop lacks")
        << minimalRule(R"(,"translations":{"fr":{"title":"t","reason":"r"}})")
        << r + QStringLiteral(".fr: not a language of the desktop (expected one of: de, es, nl, pt_BR)");
    QTest::newRow("translation into English")
        << minimalRule(R"(,"translations":{"en":{"title":"t","reason":"r"}})")
        << r + QStringLiteral(".en: the rule's own texts are the English ones");
    QTest::newRow("translation without a reason") << minimalRule(R"(,"translations":{"de":{"title":"t"}})")
                                                  << r + QStringLiteral(".de.reason: missing");
    QTest::newRow("translation without the talking points")
        << minimalRule(R"(,"talkingPoints":["a"],"translations":{"de":{"title":"t","reason":"r"}})")
        << r + QStringLiteral(".de.talkingPoints: missing (the rule has talking points)");
    QTest::newRow("translation without the store title")
        << minimalRule(
               R"(,"variants":{"store":{"title":"S"}},"translations":{"de":{"title":"t","reason":"r"}})")
        << r + QStringLiteral(".de.variants.store.title: missing (the rule's own store variant has one)");
    QTest::newRow("translation with a variant the rule lacks")
        << minimalRule(
               R"(,"translations":{"de":{"title":"t","reason":"r","variants":{"store":{"title":"S"}}}})")
        << r + QStringLiteral(".de.variants.store: the rule has no store variant");
    QTest::newRow("translation with a broken placeholder")
        << minimalRule(R"(,"translations":{"nl":{"title":"t","reason":"{cart"}})")
        << r + QStringLiteral(".nl.reason: unclosed \"{\" at character 1");
    QTest::newRow("translation with an unknown field")
        << minimalRule(R"(,"translations":{"es":{"title":"t","reason":"r","when":[]}})")
        << r + QStringLiteral(
                   ".es.when: unknown field (expected one of: comment, title, reason, talkingPoints, "
                   "variants)");
    QTest::newRow("unknown kind")
        << QByteArray(R"({"version":1,"rules":[{"id":"r","priority":1,"when":[{"kind":"cartFull"}]}]})")
        << QStringLiteral(
               "line 1: rules[0] (\"r\").when[0].kind: unknown condition kind \"cartFull\" (expected one "
               "of: cartAbandoned, cartActive, cartEmpty, cartTotalAtLeast, event, openComplaint, tier, "
               "lifetimeValueAtLeast)");
    QTest::newRow("empty when")
        << QByteArray(R"({"version":1,"rules":[{"id":"r","priority":1,"when":[]}]})")
        << QStringLiteral("line 1: rules[0] (\"r\").when: expected a non-empty array of conditions");
    QTest::newRow("bad duration")
        << QByteArray(
               R"({"version":1,"rules":[{"id":"r","priority":1,"when":[{"kind":"event","types":["email.opened"],"within":"7 days"}]}]})")
        << QStringLiteral(
               "line 1: rules[0] (\"r\").when[0].within: expected a duration like \"30m\", \"12h\" or "
               "\"7d\" (at most 3650d)");
    QTest::newRow("event without types")
        << QByteArray(
               R"({"version":1,"rules":[{"id":"r","priority":1,"when":[{"kind":"event","types":[]}]}]})")
        << QStringLiteral("line 1: rules[0] (\"r\").when[0].types: must not be empty");
    QTest::newRow("field of another kind")
        << QByteArray(
               R"({"version":1,"rules":[{"id":"r","priority":1,"when":[{"kind":"tier","in":["gold"],"as":"t"}]}]})")
        << QStringLiteral("line 1: rules[0] (\"r\").when[0].as: unknown field (expected one of: in, kind)");
    QTest::newRow("optional without as")
        << QByteArray(
               R"({"version":1,"rules":[{"id":"r","priority":1,"when":[{"kind":"cartEmpty"},{"kind":"event","types":["x"],"optional":true}]}]})")
        << QStringLiteral(
               "line 1: rules[0] (\"r\").when[1].optional: an optional condition only binds a name: "
               "give it \"as\"");
    QTest::newRow("negative amount")
        << QByteArray(
               R"({"version":1,"rules":[{"id":"r","priority":1,"when":[{"kind":"lifetimeValueAtLeast","amount":-5}]}]})")
        << QStringLiteral(
               "line 1: rules[0] (\"r\").when[0].amount: expected a whole number of minor units (cents), "
               "0 or more");
    QTest::newRow("amount beyond 64 bits")
        << QByteArray(
               R"({"version":1,"rules":[{"id":"r","priority":1,"when":[{"kind":"cartTotalAtLeast","amount":8077777777777777777777489}]}]})")
        << QStringLiteral(
               "line 1: rules[0] (\"r\").when[0].amount: expected a whole number of minor units (cents), "
               "0 or more");
    QTest::newRow("email offer without consent")
        << minimalRule(R"(,"action":"email")")
        << QStringLiteral(
               "line 1: rules[0] (\"r\").requiresConsent: the action \"email\" contacts the customer by "
               "email: list \"email\" here");
    QTest::newRow("sms offer with email consent only")
        << minimalRule(R"(,"action":"sms","requiresConsent":["email"])")
        << QStringLiteral(
               "line 1: rules[0] (\"r\").requiresConsent: the action \"sms\" contacts the customer by "
               "sms: list \"sms\" here");
    QTest::newRow("unknown consent") << minimalRule(R"(,"requiresConsent":["post"])")
                                     << QStringLiteral(
                                            "line 1: rules[0] (\"r\").requiresConsent[0]: \"post\" is not "
                                            "one of: email, sms, phone");
    QTest::newRow("expiry without a time")
        << minimalRule(R"(,"expiresAfter":"1d")")
        << QStringLiteral("line 1: rules[0] (\"r\").expiresAfter: needs a required condition "
                          "with a time (cartAbandoned, cartActive, event or openComplaint) to "
                          "count from");
    QTest::newRow("unknown placeholder")
        << QByteArray(
               R"({"version":1,"rules":[{"id":"r","priority":1,"when":[{"kind":"cartEmpty"}],"title":"T","reason":"Worth {cart.value}"}]})")
        << QStringLiteral(
               "line 1: rules[0] (\"r\").reason: unknown placeholder {cart.value} (use cart.items, "
               "cart.lines, cart.total, cart.names, cart.abandonedAgo, cart.changedAgo, profile.tier, "
               "profile.lifetimeValue, profile.lastPurchaseAgo, or <name>.ago|summary|type|channel for a "
               "name bound with \"as\" in this rule)");
    QTest::newRow("unbound name")
        << QByteArray(
               R"({"version":1,"rules":[{"id":"r","priority":1,"when":[{"kind":"cartEmpty"}],"title":"T","reason":"R","talkingPoints":["Seen {visit.ago}"]}]})")
        << QStringLiteral(
               "line 1: rules[0] (\"r\").talkingPoints[0]: unknown placeholder {visit.ago} (use "
               "cart.items, cart.lines, cart.total, cart.names, cart.abandonedAgo, cart.changedAgo, "
               "profile.tier, profile.lifetimeValue, profile.lastPurchaseAgo, or "
               "<name>.ago|summary|type|channel for a name bound with \"as\" in this rule)");
    QTest::newRow("optional name outside its if")
        << QByteArray(
               R"({"version":1,"rules":[{"id":"r","priority":1,"when":[{"kind":"cartEmpty"},)"
               R"({"kind":"event","types":["store.visit"],"optional":true,"as":"visit"}],"title":"T","reason":["R; {visit.ago}"]}]})")
        << QStringLiteral(
               "line 1: rules[0] (\"r\").reason[0]: {visit.ago} names the optional binding \"visit\": put "
               "it in a part with \"if\": \"visit\"");
    QTest::newRow("if of no binding")
        << QByteArray(
               R"({"version":1,"rules":[{"id":"r","priority":1,"when":[{"kind":"cartEmpty"}],"title":"T","reason":[{"if":"visit","text":"x"}]}]})")
        << QStringLiteral(
               "line 1: rules[0] (\"r\").reason[0].if: no condition of this rule binds \"visit\" (give "
               "one \"as\": \"visit\")");
    QTest::newRow("plural of a money")
        << QByteArray(
               R"({"version":1,"rules":[{"id":"r","priority":1,"when":[{"kind":"cartEmpty"}],"title":"T","reason":"{cart.total|a|b}"}]})")
        << QStringLiteral("line 1: rules[0] (\"r\").reason: {cart.total|…} plural forms take "
                          "exactly two forms (one|many) and only for cart.items, cart.lines");
    QTest::newRow("unclosed brace")
        << QByteArray(
               R"({"version":1,"rules":[{"id":"r","priority":1,"when":[{"kind":"cartEmpty"}],"title":"Offer {cart.total","reason":"R"}]})")
        << QStringLiteral("line 1: rules[0] (\"r\").title: unclosed \"{\" at character 7");
    QTest::newRow("unknown variant channel")
        << minimalRule(R"(,"variants":{"sms":{"title":"T"}})")
        << QStringLiteral("line 1: rules[0] (\"r\").variants.sms: unknown field (expected "
                          "one of: call, store)");
    QTest::newRow("variant field") << minimalRule(R"(,"variants":{"store":{"text":"T"}})")
                                   << QStringLiteral(
                                          "line 1: rules[0] (\"r\").variants.store.text: unknown field "
                                          "(expected one of: title, reason, talkingPoints)");
    QTest::newRow("missing title")
        << QByteArray(
               R"({"version":1,"rules":[{"id":"r","priority":1,"when":[{"kind":"cartEmpty"}],"reason":"R"}]})")
        << QStringLiteral("line 1: rules[0] (\"r\").title: missing");
    QTest::newRow("too large") << QByteArray(RuleSet::kMaxFileBytes + 1, ' ')
                               << QStringLiteral("the rule file is larger than 1048576 bytes");
}

void TestRules::parse_badFile()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QString why;
    QVERIFY(!RuleSet::parse(json, &why));
    QCOMPARE(why, error);
}

void TestRules::parse_jsonSyntaxErrorNamesLine()
{
    QString why;
    QVERIFY(!RuleSet::parse("{\"version\":1,\n \"rules\": [\n  {\"id\": }\n]}", &why));
    // Qt words the JSON error itself; the place is ours.
    QVERIFY2(why.startsWith(QStringLiteral("line 3, column 11: invalid JSON: ")), qPrintable(why));
}

void TestRules::parse_placeholdersAndPlurals()
{
    QString error;
    const auto rules = RuleSet::parse(
        R"({"version":1,"rules":[{"id":"r","priority":7,"when":[{"kind":"cartTotalAtLeast","amount":80000}],)"
        R"("title":"{{Cart}} {cart.lines|one line|# lines}","reason":"{cart.items|# item|# items}: {cart.names}",)"
        R"("talkingPoints":["Total {cart.total}"]}]})",
        &error);
    QVERIFY2(rules, qPrintable(error));
    Profile p = profileWith({});
    putCart(p, 10);
    RuleSet::Facts facts;
    facts.now = kNow;
    const QList<NextStep> steps = rules->evaluate(p, facts);
    QCOMPARE(steps.size(), 1);
    QCOMPARE(steps.first().title, QStringLiteral("{Cart} 2 lines"));
    QCOMPARE(steps.first().reason, QStringLiteral("2 items: Phone X15, Plan 5G"));
    QCOMPARE(steps.first().talkingPoints, QStringList{QStringLiteral("Total EUR 824.00")});
    QCOMPARE(steps.first().priority, 7);
    p.cart.lines.removeLast(); // EUR 799.00: below the amount
    QVERIFY(rules->evaluate(p, facts).isEmpty());
}

void TestRules::defaults_fire_data()
{
    QTest::addColumn<Profile>("profile");
    QTest::addColumn<QStringList>("dispositionComplaint"); // outcome event ids logged as complaints
    QTest::addColumn<QStringList>("expected");

    const auto with = [](Profile p, auto change) {
        change(p);
        return p;
    };
    using L = QList<TimelineEvent>;
    const QString opened = QStringLiteral("email.opened");

    QTest::newRow("nothing") << profileWith({}) << QStringList() << QStringList();
    QTest::newRow("abandoned cart") << with(profileWith({}), [](Profile &p) { putCart(p, 3 * 1440); })
                                    << QStringList() << QStringList{QStringLiteral("abandoned-cart")};
    QTest::newRow("abandoned cart past its expiry (30 days)")
        << with(profileWith({}), [](Profile &p) { putCart(p, 31 * 1440); }) << QStringList() << QStringList();
    QTest::newRow("active cart") << with(profileWith({}), [](Profile &p) { putCart(p, 5); }) << QStringList()
                                 << QStringList{QStringLiteral("active-cart")};
    QTest::newRow("reminder email opened, no purchase")
        << profileWith(L{timelineEvent(QStringLiteral("e1"), opened, 2 * 1440)}) << QStringList()
        << QStringList{QStringLiteral("reminder-email-opened")};
    QTest::newRow("reminder email clicked, no purchase")
        << profileWith(L{timelineEvent(QStringLiteral("e1"), QStringLiteral("email.clicked"), 60)})
        << QStringList() << QStringList{QStringLiteral("reminder-email-opened")};
    QTest::newRow("reminder email opened, then bought")
        << profileWith(L{timelineEvent(QStringLiteral("e1"), opened, 2 * 1440),
                         timelineEvent(QStringLiteral("e2"), QStringLiteral("purchase"), 1440)})
        << QStringList() << QStringList();
    QTest::newRow("reminder email opened 8 days ago")
        << profileWith(L{timelineEvent(QStringLiteral("e1"), opened, 8 * 1440)}) << QStringList()
        << QStringList();
    QTest::newRow("reminder email opened with a cart: the cart step says it")
        << with(profileWith(L{timelineEvent(QStringLiteral("e1"), opened, 1440)}),
                [](Profile &p) { putCart(p, 2 * 1440); })
        << QStringList() << QStringList{QStringLiteral("abandoned-cart")};
    QTest::newRow("store intent, no purchase")
        << profileWith(L{timelineEvent(QStringLiteral("s1"), QStringLiteral("store.visit"), 1440)})
        << QStringList() << QStringList{QStringLiteral("store-intent")};
    QTest::newRow("purchase intent logged in the store")
        << profileWith(L{timelineEvent(QStringLiteral("s1"), QStringLiteral("purchase.intent"), 300)})
        << QStringList() << QStringList{QStringLiteral("store-intent")};
    QTest::newRow("store intent, then bought")
        << profileWith(L{timelineEvent(QStringLiteral("s1"), QStringLiteral("store.visit"), 2880),
                         timelineEvent(QStringLiteral("s2"), QStringLiteral("purchase"), 1440)})
        << QStringList() << QStringList();
    QTest::newRow("store intent 15 days ago")
        << profileWith(L{timelineEvent(QStringLiteral("s1"), QStringLiteral("store.visit"), 15 * 1440)})
        << QStringList() << QStringList();
    QTest::newRow("gold customer with an open complaint")
        << profileWith(L{timelineEvent(QStringLiteral("o1"), QStringLiteral("call.outcome"), 2 * 1440)},
                       QStringLiteral("Gold"))
        << QStringList{QStringLiteral("o1")} << QStringList{QStringLiteral("retention-complaint")};
    QTest::newRow("silver customer with an open complaint")
        << profileWith(L{timelineEvent(QStringLiteral("o1"), QStringLiteral("call.outcome"), 2 * 1440)})
        << QStringList{QStringLiteral("o1")} << QStringList();
    QTest::newRow("gold customer, complaint closed by a later outcome")
        << profileWith(L{timelineEvent(QStringLiteral("o1"), QStringLiteral("call.outcome"), 2 * 1440),
                         timelineEvent(QStringLiteral("o2"), QStringLiteral("store.outcome"), 1440)},
                       QStringLiteral("gold"))
        << QStringList{QStringLiteral("o1")} << QStringList();
    QTest::newRow("gold customer, last outcome no complaint")
        << profileWith(L{timelineEvent(QStringLiteral("o1"), QStringLiteral("call.outcome"), 1440)},
                       QStringLiteral("gold"))
        << QStringList() << QStringList();
    QTest::newRow("platinum customer, complaint 31 days ago")
        << profileWith(L{timelineEvent(QStringLiteral("o1"), QStringLiteral("call.outcome"), 31 * 1440)},
                       QStringLiteral("platinum"))
        << QStringList{QStringLiteral("o1")} << QStringList();
    QTest::newRow("bot conversation handed over")
        << profileWith(L{timelineEvent(QStringLiteral("b1"), QStringLiteral("bot.handover"), 95)})
        << QStringList() << QStringList{QStringLiteral("bot-handover")};
    QTest::newRow("chat handed over")
        << profileWith(L{timelineEvent(QStringLiteral("b1"), QStringLiteral("chat.handover"), 95)})
        << QStringList() << QStringList{QStringLiteral("bot-handover")};
    QTest::newRow("bot conversation not handed over")
        << profileWith(L{timelineEvent(QStringLiteral("b1"), QStringLiteral("bot.conversation"), 95)})
        << QStringList() << QStringList();
    QTest::newRow("handed over, then a call was logged")
        << profileWith(L{timelineEvent(QStringLiteral("b1"), QStringLiteral("bot.handover"), 95),
                         timelineEvent(QStringLiteral("o1"), QStringLiteral("call.outcome"), 30)})
        << QStringList() << QStringList();
    QTest::newRow("handed over 3 days ago")
        << profileWith(L{timelineEvent(QStringLiteral("b1"), QStringLiteral("bot.handover"), 3 * 1440)})
        << QStringList() << QStringList();
    QTest::newRow("several, by priority")
        << with(profileWith(L{timelineEvent(QStringLiteral("b1"), QStringLiteral("bot.handover"), 95),
                              timelineEvent(QStringLiteral("o1"), QStringLiteral("call.outcome"), 1440)},
                            QStringLiteral("gold")),
                [](Profile &p) { putCart(p, 2 * 1440); })
        << QStringList{QStringLiteral("o1")}
        << QStringList{QStringLiteral("retention-complaint"), QStringLiteral("bot-handover"),
                       QStringLiteral("abandoned-cart")};
}

void TestRules::defaults_fire()
{
    QFETCH(Profile, profile);
    QFETCH(QStringList, dispositionComplaint);
    QFETCH(QStringList, expected);
    RuleSet::Facts facts;
    facts.now = kNow;
    for (const QString &id : std::as_const(dispositionComplaint))
        facts.outcomeDispositions.insert(id, QStringLiteral("complaint"));
    for (const TimelineEvent &e : std::as_const(profile.timeline)) {
        if (e.type.endsWith(QLatin1StringView(".outcome")) && !facts.outcomeDispositions.contains(e.id))
            facts.outcomeDispositions.insert(e.id, QStringLiteral("sale"));
    }
    const QList<NextStep> steps = NextStepRules::defaults().evaluate(profile, facts);
    QCOMPARE(ids(steps), expected);
    for (const NextStep &step : steps) {
        QVERIFY2(!step.title.isEmpty() && !step.reason.isEmpty() && !step.talkingPoints.isEmpty(),
                 qPrintable(step.id));
        QVERIFY2(!step.reason.contains(QLatin1Char('{')), qPrintable(step.reason));
    }
}

void TestRules::defaults_abandonedCartKeepsTheSeedWording()
{
    Profile p = profileWith({timelineEvent(QStringLiteral("e1"), QStringLiteral("email.opened"), 2 * 1440),
                             timelineEvent(QStringLiteral("v1"), QStringLiteral("store.visit"), 1440,
                                           QStringLiteral("Visited store Utrecht"))});
    putCart(p, 3 * 1440);
    const QList<NextStep> steps = NextStepRules().evaluate(p, kNow);
    QCOMPARE(steps.size(), 1);
    const NextStep &step = steps.first();
    QCOMPARE(step.id, QStringLiteral("abandoned-cart"));
    QCOMPARE(step.title, QStringLiteral("Offer to complete the order on the call"));
    QCOMPARE(step.priority, 90);
    QCOMPARE(step.reason,
             QStringLiteral("Cart with 2 items (EUR 824.00) abandoned 3 days ago; reminder email "
                            "opened 2 days ago; visited a store 1 day ago"));
    QCOMPARE(step.talkingPoints,
             (QStringList{QStringLiteral("Confirm what is still in the cart: Phone X15, Plan 5G"),
                          QStringLiteral("Ask what held the order back and answer open questions"),
                          QStringLiteral("Follow up on the store visit (Visited store Utrecht)"),
                          QStringLiteral("Offer to place the order now, on this call")}));
    // One item, no email or visit after the cart: the short form.
    Profile single =
        profileWith({timelineEvent(QStringLiteral("e0"), QStringLiteral("email.opened"), 5 * 1440)});
    putCart(single, 3 * 1440);
    single.cart.lines.removeLast();
    const NextStep one = NextStepRules().evaluate(single, kNow).constFirst();
    QCOMPARE(one.reason, QStringLiteral("Cart with 1 item (EUR 799.00) abandoned 3 days ago"));
    QCOMPARE(one.talkingPoints.size(), 3);
}

void TestRules::defaults_storeWordingNeverSaysCall_data()
{
    QTest::addColumn<QString>("language");
    // What a store text must not say (a "gesprek" / "Gespräch" may be a chat: the call's phrases).
    QTest::addColumn<QStringList>("callWords");
    QTest::newRow("en") << "en" << QStringList{QStringLiteral("call")};
    QTest::newRow("pt_BR") << "pt_BR" << QStringList{QStringLiteral("ligação"), QStringLiteral("chamada")};
    QTest::newRow("nl") << "nl"
                        << QStringList{QStringLiteral("dit gesprek"), QStringLiteral("tijdens het gesprek")};
    QTest::newRow("es") << "es" << QStringList{QStringLiteral("llamada")};
    QTest::newRow("de") << "de"
                        << QStringList{QStringLiteral("diesem Gespräch"), QStringLiteral("im Gespräch"),
                                       QStringLiteral("Anruf")};
}

void TestRules::defaults_storeWordingNeverSaysCall()
{
    QFETCH(QString, language);
    QFETCH(QStringList, callWords);
    const QList<Profile> profiles = [] {
        QList<Profile> list;
        for (qint64 cartAge : {5, 3 * 1440}) {
            Profile p = profileWith({timelineEvent(QStringLiteral("e1"), QStringLiteral("email.opened"), 60),
                                     timelineEvent(QStringLiteral("v1"), QStringLiteral("store.visit"), 30),
                                     timelineEvent(QStringLiteral("b1"), QStringLiteral("bot.handover"), 20),
                                     timelineEvent(QStringLiteral("o1"), QStringLiteral("call.outcome"), 1440,
                                                   QStringLiteral("Delivery late"))},
                                    QStringLiteral("gold"));
            p.consents.email = QStringLiteral("granted");
            list.append(p);
            putCart(p, cartAge);
            list.append(p);
        }
        return list;
    }();
    RuleSet::Facts facts;
    facts.now = kNow;
    facts.channel = QStringLiteral("store");
    facts.wording = Wording::forLanguage(language);
    facts.outcomeDispositions.insert(QStringLiteral("o1"), QStringLiteral("complaint"));
    QSet<QString> seen;
    const RuleSet rules = NextStepRules::defaults();
    for (const Profile &p : profiles) {
        for (const NextStep &step : rules.evaluate(p, facts)) {
            seen.insert(step.id);
            const QString text = step.title + step.reason + step.talkingPoints.join(QLatin1Char(' '));
            for (const QString &word : std::as_const(callWords))
                QVERIFY2(!text.contains(word, Qt::CaseInsensitive), qPrintable(text));
        }
    }
    QCOMPARE(seen.size(), rules.rules().size()); // every default rule was looked at
    Profile cart = profileWith({});
    putCart(cart, 3 * 1440);
    const QString storeTitle = rules.evaluate(cart, facts).constFirst().title;
    facts.channel = QStringLiteral("call");
    QVERIFY2(storeTitle != rules.evaluate(cart, facts).constFirst().title, qPrintable(storeTitle));
    if (language == QLatin1StringView("en"))
        QCOMPARE(storeTitle, QStringLiteral("Offer to complete the order here in the store"));
}

void TestRules::defaults_everyRuleInEveryLanguage()
{
    QStringList languages = Catalogues::availableLanguages();
    languages.removeAll(QStringLiteral("en"));
    languages.sort();
    QVERIFY(languages.size() >= 4);
    const RuleSet defaults = NextStepRules::defaults();
    for (const RuleSet::Rule &rule : defaults.rules()) {
        QStringList translated = rule.translations.keys();
        translated.sort();
        QCOMPARE(translated, languages);
        for (const RuleSet::Texts &texts : rule.translations) {
            // Spot check that the translation is not the English text copied.
            QVERIFY2(texts.title != rule.texts.title, qPrintable(rule.id));
        }
    }
}

void TestRules::defaults_abandonedCartInEachLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("channel");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("lastPoint");
    QTest::newRow("en")
        << "en"
        << "call"
        << "Offer to complete the order on the call"
        << "Cart with 2 items (EUR 824.00) abandoned 3 days ago; reminder email opened 2 days ago"
        << "Offer to place the order now, on this call";
    QTest::newRow("pt_BR")
        << "pt_BR"
        << "call"
        << "Ofereça concluir o pedido durante a ligação"
        << "Carrinho com 2 itens (EUR 824.00) abandonado há 3 dias; e-mail de lembrete aberto "
           "há 2 dias"
        << "Ofereça fazer o pedido agora, nesta ligação";
    QTest::newRow("pt-BR from a desktop, store")
        << "pt-BR"
        << "store"
        << "Ofereça concluir o pedido aqui na loja"
        << "Carrinho com 2 itens (EUR 824.00) abandonado há 3 dias; e-mail de lembrete aberto há 2 dias"
        << "Ofereça fazer o pedido agora, aqui na loja";
    QTest::newRow("de")
        << "de"
        << "call"
        << "Anbieten, die Bestellung im Gespräch abzuschließen"
        << "Warenkorb mit 2 Artikeln (EUR 824.00) vor 3 Tagen verlassen; Erinnerungs-E-Mail vor 2 "
           "Tagen geöffnet"
        << "Bieten Sie an, die Bestellung jetzt in diesem Gespräch aufzugeben";
    QTest::newRow("es")
        << "es"
        << "call"
        << "Ofrezca completar el pedido durante la llamada"
        << "Carrito con 2 artículos (EUR 824.00) abandonado hace 3 días; correo de recordatorio "
           "abierto hace 2 días"
        << "Ofrezca hacer el pedido ahora, en esta llamada";
    QTest::newRow("nl") << "nl"
                        << "call"
                        << "Bied aan de bestelling tijdens het gesprek af te ronden"
                        << "Winkelwagen met 2 artikelen (EUR 824.00), 3 dagen geleden achtergelaten; "
                           "herinneringsmail 2 dagen geleden geopend"
                        << "Bied aan de bestelling nu te plaatsen, in dit gesprek";
    QTest::newRow("not shipped: English") << "fi"
                                          << "call"
                                          << "Offer to complete the order on the call"
                                          << "Cart with 2 items (EUR 824.00) abandoned 3 days ago; reminder "
                                             "email opened 2 days ago"
                                          << "Offer to place the order now, on this call";
}

void TestRules::defaults_abandonedCartInEachLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, channel);
    Profile p = profileWith({timelineEvent(QStringLiteral("e1"), QStringLiteral("email.opened"), 2 * 1440)});
    putCart(p, 3 * 1440);
    RuleSet::Facts facts;
    facts.now = kNow;
    facts.channel = channel;
    facts.wording = Wording::forLanguage(language);
    const QList<NextStep> steps = NextStepRules::defaults().evaluate(p, facts);
    QCOMPARE(ids(steps), QStringList{QStringLiteral("abandoned-cart")});
    QTEST(steps.first().title, "title");
    QTEST(steps.first().reason, "reason");
    QTEST(steps.first().talkingPoints.constLast(), "lastPoint");
    QCOMPARE(steps.first().talkingPoints.size(), 3);
}

void TestRules::evaluate_boundSummaryInTheTextsLanguage()
{
    // {visit.summary} is the visit's timeline line, worded from its facts in
    // the language of the texts it goes into.
    TimelineEvent visit = timelineEvent(QStringLiteral("v1"), QStringLiteral("store.visit"), 1440,
                                        QStringLiteral("Visited store Utrecht"));
    visit.facts = QJsonObject{{QStringLiteral("v"), TimelineText::kFactsVersion},
                              {QStringLiteral("store"), QStringLiteral("Utrecht")}};
    const Profile p = profileWith({visit});
    RuleSet::Facts facts;
    facts.now = kNow;
    const RuleSet rules = NextStepRules::defaults();
    QCOMPARE(rules.evaluate(p, facts).constFirst().reason,
             QStringLiteral("Visited store Utrecht (1 day ago); nothing bought since"));
    facts.wording = Wording::forLanguage(QStringLiteral("pt_BR"));
    const QString worded = TimelineText::summary(QStringLiteral("store.visit"), visit.facts, facts.wording);
    QVERIFY2(!worded.contains(QStringLiteral("Visited")), qPrintable(worded));
    QCOMPARE(rules.evaluate(p, facts).constFirst().reason,
             worded + QStringLiteral(" (há 1 dia); nada comprado desde então"));
}

void TestRules::evaluate_untranslatedRuleStaysEnglish()
{
    // A rule file without translations: a Portuguese reader gets the rule's
    // own text with English values, not "abandoned há 3 dias".
    QString error;
    const std::optional<RuleSet> rules = RuleSet::parse(
        R"({"version":1,"rules":[{"id":"r","priority":5,"title":"Cart left","reason":"abandoned {cart.abandonedAgo}",
            "when":[{"kind":"cartAbandoned"}]}]})",
        &error);
    QVERIFY2(rules, qPrintable(error));
    Profile p = profileWith({});
    putCart(p, 3 * 1440);
    RuleSet::Facts facts;
    facts.now = kNow;
    facts.wording = Wording::forLanguage(QStringLiteral("pt_BR"));
    QCOMPARE(rules->evaluate(p, facts).constFirst().reason, QStringLiteral("abandoned 3 days ago"));
}

void TestRules::defaults_emailOfferNeedsEmailConsent_data()
{
    QTest::addColumn<QString>("emailConsent");
    QTest::addColumn<QString>("smsConsent");
    QTest::addColumn<bool>("offered");
    QTest::newRow("granted") << QStringLiteral("granted") << QString() << true;
    QTest::newRow("denied") << QStringLiteral("denied") << QStringLiteral("granted") << false;
    QTest::newRow("unknown") << QString() << QStringLiteral("granted") << false;
}

void TestRules::defaults_emailOfferNeedsEmailConsent()
{
    QFETCH(QString, emailConsent);
    QFETCH(QString, smsConsent);
    QFETCH(bool, offered);
    Profile p = profileWith({timelineEvent(QStringLiteral("s1"), QStringLiteral("store.visit"), 300)});
    p.consents.email = emailConsent;
    p.consents.sms = smsConsent;
    const QStringList steps = ids(NextStepRules().evaluate(p, kNow));
    QCOMPARE(steps.contains(QStringLiteral("store-intent-email-quote")), offered);
    QVERIFY(steps.contains(QStringLiteral("store-intent")));
    // Every shipped rule that contacts the customer names the consent it needs.
    const RuleSet defaults = NextStepRules::defaults();
    for (const RuleSet::Rule &rule : defaults.rules()) {
        if (rule.action != QLatin1StringView("talk"))
            QVERIFY2(rule.requiresConsent.contains(rule.action), qPrintable(rule.id));
    }
}

namespace {
QByteArray oneRule(const QString &id, const QString &title)
{
    return QStringLiteral(R"({"version":1,"rules":[{"id":"%1","priority":1,"when":[{"kind":"cartEmpty"}],)"
                          R"("title":"%2","reason":"R"}]})")
        .arg(id, title)
        .toUtf8();
}

QString firstTitle(const NextStepRules &rules)
{
    const QList<NextStep> steps = rules.evaluate(profileWith({}), kNow);
    return steps.isEmpty() ? QString() : steps.first().title;
}
} // namespace

void TestRules::watcher_reloadsWhenWrittenInPlace()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rules.json"));
    QVERIFY(writeFile(path, oneRule(QStringLiteral("a"), QStringLiteral("First"))));
    NextStepRules rules;
    RuleFileWatcher watcher(&rules);
    watcher.setSettleDelay(20);
    QString error;
    QVERIFY2(watcher.load(path, &error), qPrintable(error));
    QCOMPARE(firstTitle(rules), QStringLiteral("First"));
    QSignalSpy reloaded(&watcher, &RuleFileWatcher::reloaded);
    QVERIFY(writeFile(path, oneRule(QStringLiteral("a"), QStringLiteral("Second"))));
    QTRY_COMPARE(firstTitle(rules), QStringLiteral("Second"));
    QCOMPARE(reloaded.count(), 1);
}

void TestRules::watcher_reloadsWhenReplaced()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rules.json"));
    QVERIFY(writeFile(path, oneRule(QStringLiteral("a"), QStringLiteral("First"))));
    NextStepRules rules;
    RuleFileWatcher watcher(&rules);
    watcher.setSettleDelay(20);
    QString error;
    QVERIFY2(watcher.load(path, &error), qPrintable(error));
    // As editors save: write a new file and rename it over the old one, twice.
    for (const char *title : {"Second", "Third"}) {
        QSaveFile save(path);
        QVERIFY(save.open(QIODevice::WriteOnly));
        save.write(oneRule(QStringLiteral("a"), QLatin1StringView(title)));
        QVERIFY(save.commit());
        QTRY_COMPARE(firstTitle(rules), QLatin1StringView(title));
    }
}

void TestRules::watcher_brokenFileKeepsPreviousRules()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rules.json"));
    QVERIFY(writeFile(path, oneRule(QStringLiteral("a"), QStringLiteral("First"))));
    NextStepRules rules;
    RuleFileWatcher watcher(&rules);
    watcher.setSettleDelay(20);
    QString error;
    QVERIFY2(watcher.load(path, &error), qPrintable(error));
    QSignalSpy failed(&watcher, &RuleFileWatcher::reloadFailed);
    QVERIFY(writeFile(path, "{\"version\":1,\n\"rules\":[\n{\"id\":\"a\",\"priority\":\"high\"}]}"));
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.first().first().toString(),
             path + QStringLiteral(": line 3: rules[0] (\"a\").priority: expected a whole number 0-1000"));
    QCOMPARE(firstTitle(rules), QStringLiteral("First"));
    // SIGHUP-style reload of the same broken file: still refused, still the old rules.
    QVERIFY(!watcher.reload());
    QCOMPARE(firstTitle(rules), QStringLiteral("First"));
    // Fixed: applied.
    QVERIFY(writeFile(path, oneRule(QStringLiteral("a"), QStringLiteral("Fixed"))));
    QTRY_COMPARE(firstTitle(rules), QStringLiteral("Fixed"));
}

void TestRules::engine_usesReloadedRulesOnNextChange()
{
    QTemporaryDir dir;
    Store store;
    QVERIFY(store.open(dir.filePath(QStringLiteral("t.sqlite"))));
    ProfileEngine engine(&store, [] { return kNow; });
    const QString path = dir.filePath(QStringLiteral("rules.json"));
    QVERIFY(writeFile(path, oneRule(QStringLiteral("a"), QStringLiteral("First"))));
    RuleFileWatcher watcher(&engine.rules());
    watcher.setSettleDelay(20);
    QString error;
    QVERIFY2(watcher.load(path, &error), qPrintable(error));

    IngestEvent e;
    e.id = QStringLiteral("ev-1");
    e.at = minutesAgo(10);
    e.identities = {Identity{QStringLiteral("Email"), QStringLiteral("a@example.com")}};
    e.type = QStringLiteral("web.pageview");
    e.channel = QStringLiteral("web");
    QSignalSpy changed(&engine, &ProfileEngine::profileChanged);
    QVERIFY(engine.ingest(e).ok);
    QCOMPARE(changed.last().first().value<protocol::ProfilePatch>().nextSteps->first().title,
             QStringLiteral("First"));

    QVERIFY(writeFile(path, oneRule(QStringLiteral("b"), QStringLiteral("Second"))));
    QTRY_COMPARE(firstTitle(engine.rules()), QStringLiteral("Second"));
    e.id = QStringLiteral("ev-2");
    QVERIFY(engine.ingest(e).ok);
    const auto patch = changed.last().first().value<protocol::ProfilePatch>();
    QCOMPARE(patch.nextSteps->size(), 1);
    QCOMPARE(patch.nextSteps->first().id, QStringLiteral("b"));
    QCOMPARE(patch.nextSteps->first().title, QStringLiteral("Second"));
}

void TestRules::engine_storeChannelUsesStoreWording()
{
    QTemporaryDir dir;
    Store store;
    QVERIFY(store.open(dir.filePath(QStringLiteral("t.sqlite"))));
    QDateTime now = kNow;
    ProfileEngine engine(&store, [&now] { return now; });
    IngestEvent e;
    e.id = QStringLiteral("ev-1");
    e.at = kNow;
    e.identities = {Identity{QStringLiteral("Email"), QStringLiteral("a@example.com")}};
    e.type = QStringLiteral("cart.add");
    e.channel = QStringLiteral("web");
    e.currency = QStringLiteral("EUR");
    e.lines = {CartLine{QStringLiteral("PH"), QStringLiteral("Phone"), 1, 79900}};
    const QString id = engine.ingest(e).profileId;
    now = kNow.addDays(1);
    const auto profile = engine.loadProfile(id);
    QVERIFY(profile);
    QCOMPARE(profile->nextSteps.constFirst().title,
             QStringLiteral("Offer to complete the order on the call"));
    QCOMPARE(engine.nextStepsFor(*profile, QStringLiteral("store")).constFirst().title,
             QStringLiteral("Offer to complete the order here in the store"));

    // A logged complaint on a gold customer (from the stored outcome's disposition).
    protocol::OutcomeLog log;
    log.key = QStringLiteral("key-complaint-1");
    log.callId = QStringLiteral("c-1");
    log.profileId = id;
    log.disposition = QStringLiteral("complaint");
    log.notes = QStringLiteral("Delivery late");
    log.loggedAt = now;
    const auto record = store.storeOutcome(log, QStringLiteral("agent1"), now);
    QVERIFY(record);
    QVERIFY(engine.recordOutcome(log, record->id));
    auto gold = *engine.loadProfile(id);
    QVERIFY(ids(gold.nextSteps).contains(QStringLiteral("abandoned-cart")));
    QVERIFY(!ids(gold.nextSteps).contains(QStringLiteral("retention-complaint"))); // tier unknown
    gold.tier = QStringLiteral("gold");
    QCOMPARE(ids(engine.nextStepsFor(gold, QStringLiteral("call"))).constFirst(),
             QStringLiteral("retention-complaint"));
}

void TestRules::server_refusesBrokenFileAtStart()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rules.json"));
    QVERIFY(writeFile(
        path, "{\"version\":1,\"rules\":[{\"id\":\"a\",\"priority\":1,\"when\":[{\"kind\":\"x\"}]}]}"));
    ServerOptions options;
    options.port = 0;
    options.dataDir = dir.path();
    options.rulesFile = path;
    {
        ProfileServer server;
        QVERIFY(!server.start(options));
        QVERIFY2(
            server.errorString().startsWith(QStringLiteral("Cannot use the next-step rule file: ") + path +
                                            QStringLiteral(": line 1: rules[0] (\"a\").when[0].kind: unknown "
                                                           "condition kind \"x\"")),
            qPrintable(server.errorString()));
    }
    options.rulesFile = dir.filePath(QStringLiteral("missing.json"));
    {
        ProfileServer server;
        QVERIFY(!server.start(options));
        QVERIFY2(server.errorString().contains(QStringLiteral("missing.json: cannot read")),
                 qPrintable(server.errorString()));
    }
    QVERIFY(writeFile(path, oneRule(QStringLiteral("a"), QStringLiteral("Mine"))));
    options.rulesFile = path;
    ProfileServer server;
    QVERIFY2(server.start(options), qPrintable(server.errorString()));
    QVERIFY(server.rulesWatcher());
    QCOMPARE(firstTitle(server.engine()->rules()), QStringLiteral("Mine"));
    QVERIFY(server.reloadRules());
}

void TestRules::options_rulesFile()
{
    QString error;
    const auto options =
        ServerOptions::fromArguments({QStringLiteral("omnidesk-profiled"), QStringLiteral("--rules"),
                                      QStringLiteral("/etc/omnidesk/rules.json")},
                                     &error);
    QVERIFY2(options, qPrintable(error));
    QCOMPARE(options->rulesFile, QStringLiteral("/etc/omnidesk/rules.json"));
    const auto plain = ServerOptions::fromArguments({QStringLiteral("omnidesk-profiled")}, &error);
    QVERIFY(plain && plain->rulesFile.isEmpty());
}

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"

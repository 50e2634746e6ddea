#pragma once

#include "Profile.h"
#include "Wording.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace omnidesk::server {

// A declarative set of next-step rules, read from a JSON rule file
// (docs/rules.md describes the format). Parsing is a pure function of the
// bytes: no files, no globals, so a fuzz target can call parse() directly.
// Evaluation is a pure function of the profile and the facts passed in.
class RuleSet
{
public:
    // What a rule may look at besides the profile itself.
    struct Facts
    {
        QDateTime now;
        QString channel = QStringLiteral("call"); // call or store: which text variant is shown
        // The reader's language: picks the rule's translation (when it has one)
        // and words the values put into its texts ("3 days ago").
        Wording wording = Wording::english();
        // The disposition of each logged outcome on the timeline (call.outcome,
        // store.outcome), by timeline event id; used by openComplaint.
        QHash<QString, QString> outcomeDispositions;
    };

    // A piece of text with {placeholders}, shown only when its binding (if
    // any) is present.
    struct Text
    {
        QString text;
        QString onlyIf; // a binding name, or empty: always
    };

    struct Variant
    {
        std::optional<QString> title;
        std::optional<QList<Text>> reason;
        std::optional<QList<Text>> talkingPoints;
    };

    // What a step says, in one language.
    struct Texts
    {
        QString title;
        QList<Text> reason;
        QList<Text> talkingPoints;
        QHash<QString, Variant> variants; // by channel (store)
    };

    enum class ConditionKind {
        CartAbandoned,
        CartActive,
        CartEmpty,
        CartTotalAtLeast,
        Event,
        OpenComplaint,
        Tier,
        LifetimeValueAtLeast,
    };

    struct Condition
    {
        ConditionKind kind = ConditionKind::CartEmpty;
        qint64 seconds = 0;        // cartAbandoned: minimum age; event/openComplaint: window (0: any)
        qint64 amount = 0;         // cartTotalAtLeast, lifetimeValueAtLeast: minor units
        QStringList types;         // event: timeline types; tier: allowed tiers (lower case)
        QStringList notFollowedBy; // event: types that must not come after the match
        bool afterCartChange = false;
        bool optional = false; // only binds `as`, never blocks the rule
        QString as;            // binding name for the matched event
    };

    struct Rule
    {
        QString id;
        int priority = 0;
        QString action = QStringLiteral("talk"); // talk, email, sms, phone
        QStringList requiresConsent;             // email, sms, phone: each must be granted
        QStringList channels;                    // empty: every channel
        qint64 expiresAfterSecs = 0;             // 0: never
        QList<Condition> conditions;
        Texts texts;                        // English
        QHash<QString, Texts> translations; // by language code (pt_BR), each complete
        int line = 0;                       // where the rule starts in its file (for messages)
    };

    // Parses a rule file. On failure returns nullopt and sets *error to a
    // message naming the line (for JSON syntax) or the field path, e.g.
    // `rules[2] ("retention").when[0].within: expected a duration like "30m", "12h" or "7d"`.
    static std::optional<RuleSet> parse(const QByteArray &json, QString *error);

    // The steps whose rules hold for `profile`, highest priority first.
    QList<NextStep> evaluate(const Profile &profile, const Facts &facts) const;

    const QList<Rule> &rules() const { return m_rules; }
    // The title of rule `id` in `language` (its translation, else its own),
    // for reports that name a step outside a profile; nullopt when the rule
    // is gone or its title has placeholders (it needs a profile).
    std::optional<QString> titleOf(const QString &id, const QString &language) const;
    bool isEmpty() const { return m_rules.isEmpty(); }

    static constexpr qsizetype kMaxFileBytes = 1024 * 1024;
    static constexpr int kMaxRules = 500;

private:
    QList<Rule> m_rules;
};

} // namespace omnidesk::server

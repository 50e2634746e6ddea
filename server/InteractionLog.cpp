#include "InteractionLog.h"

#include "JsonReader.h"
#include "ProfileLookup.h"
#include "Protocol.h"
#include "ServerLog.h"
#include "Store.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace omnidesk::server {

using protocol::fromWireTime;
using protocol::InteractionRow;
using protocol::InteractionsPage;
using protocol::InteractionsQuery;
using protocol::toWireTime;

namespace {

QString effectiveSort(const InteractionsQuery &filters)
{
    return filters.sort.isEmpty() ? protocol::interactionSorts().constFirst() : filters.sort;
}

// The column a sort groups by before time, or empty for the time sorts.
QString groupColumn(const QString &sort)
{
    if (sort == QLatin1StringView("agent"))
        return QStringLiteral("o.agent");
    if (sort == QLatin1StringView("disposition"))
        return QStringLiteral("o.disposition");
    return {};
}

// Unknown wrap-up times (NULL) sort last both ways: the longest sort reads
// them as -1, the shortest as a time longer than any (negated, so both read
// their index newest first on ties). outcomes_wrap_up_longest and
// outcomes_wrap_up_shortest index these expressions.
constexpr qint64 kUnknownWrapUpLongest = -1;
constexpr qint64 kUnknownWrapUpShortest = 2147483647;

// The sort key of the wrap-up sorts, or empty for the others.
QString wrapUpKey(const QString &sort)
{
    if (sort == QLatin1StringView("longest_wrap_up"))
        return QStringLiteral("COALESCE(o.wrap_up_seconds, %1)").arg(kUnknownWrapUpLongest);
    if (sort == QLatin1StringView("shortest_wrap_up"))
        return QStringLiteral("-COALESCE(o.wrap_up_seconds, %1)").arg(kUnknownWrapUpShortest);
    return {};
}

// The wrap-up sort key of a row as wrapUpKey() computes it in SQL.
qint64 wrapUpKeyOf(const QString &sort, const InteractionRow &row)
{
    return sort == QLatin1StringView("longest_wrap_up") ? row.wrapUpSeconds.value_or(kUnknownWrapUpLongest)
                                                        : -row.wrapUpSeconds.value_or(kUnknownWrapUpShortest);
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

bool bindAll(QSqlQuery &q, const QVariantList &values)
{
    for (const QVariant &value : values)
        q.addBindValue(value);
    return true;
}

// A CSV cell: quoted when needed, and a leading = + - @ neutralised so a
// spreadsheet does not run it as a formula.
QByteArray csvCell(const QString &text)
{
    QString value = text;
    if (!value.isEmpty() && QStringLiteral("=+-@").contains(value.front()))
        value.prepend(QLatin1Char('\''));
    const bool quote = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) ||
                       value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'));
    if (!quote)
        return value.toUtf8();
    value.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return '"' + value.toUtf8() + '"';
}

constexpr char kRowColumns[] =
    "o.id, o.logged_at, o.agent, o.profile_id, COALESCE(p.name, ''), o.channel, o.disposition, %1,"
    " o.steps_shown, o.steps_accepted, o.steps_dismissed, o.handle_seconds, o.wrap_up_seconds";

// An FTS5 query for the rows whose notes hold every trigram of `text` (the
// index stores no positions, so it cannot check their order: the LIKE does).
// Each trigram is a quoted string, so any character is literal. A long text
// is represented by at most 16 of its trigrams, spread over it.
QString ftsTrigrams(const QString &text)
{
    const QList<uint> chars = text.toUcs4();
    const qsizetype count = chars.size() - 2;
    constexpr qsizetype kMaxTrigrams = 16;
    QStringList terms;
    for (qsizetype n = 0; n < std::min(count, kMaxTrigrams); ++n) {
        const qsizetype at = count <= kMaxTrigrams ? n : n * (count - 1) / (kMaxTrigrams - 1);
        QString trigram = QString::fromUcs4(reinterpret_cast<const char32_t *>(chars.constData() + at), 3);
        trigram.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        trigram = QLatin1Char('"') + trigram + QLatin1Char('"');
        if (!terms.contains(trigram))
            terms.append(trigram);
    }
    return terms.join(QStringLiteral(" AND "));
}

constexpr char kCandidates[] = "(SELECT rowid FROM outcomes_notes WHERE outcomes_notes MATCH ?)";

// The notes column a masked or a revealing answer reads: notes_masked holds
// the notes as InteractionLog::maskFreeText masks them (schema version 9).
QString notesColumn(bool reveal)
{
    return reveal ? QStringLiteral("o.notes") : QStringLiteral("o.notes_masked");
}

// A row as read; unless `reveal`, the name as initials (the notes column was
// chosen by notesColumn()).
InteractionRow rowFrom(const QSqlQuery &q, bool reveal)
{
    InteractionRow row;
    row.id = q.value(0).toLongLong();
    row.loggedAt = fromWireTime(q.value(1).toString());
    row.agent = q.value(2).toString();
    row.profileId = q.value(3).toString();
    const QString name = q.value(4).toString();
    row.customer = reveal ? name : InteractionLog::initials(name);
    row.channel = q.value(5).toString();
    row.disposition = q.value(6).toString();
    row.notes = q.value(7).toString();
    row.stepsShown = q.value(8).toInt();
    row.stepsAccepted = q.value(9).toInt();
    row.stepsDismissed = q.value(10).toInt();
    if (!q.value(11).isNull())
        row.handleSeconds = q.value(11).toLongLong();
    if (!q.value(12).isNull())
        row.wrapUpSeconds = q.value(12).toLongLong();
    return row;
}

} // namespace

InteractionLog::InteractionLog(const Store *store) : m_store(store) {}

QString InteractionLog::initials(const QString &name)
{
    QStringList parts;
    const QStringList words = name.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words)
        parts.append(word.left(1) + QLatin1Char('.'));
    return parts.join(QLatin1Char(' '));
}

QString InteractionLog::maskFreeText(const QString &text)
{
    if (text.isEmpty())
        return text;
    static const QRegularExpression email(QStringLiteral("[\\w.%+\\-]+@[\\w\\-]+(?:\\.[\\w\\-]+)+"),
                                          QRegularExpression::UseUnicodePropertiesOption);
    // Groups of digits with at most one separator (and brackets) between
    // them, an optional leading +; counted and checked below. Two numbers
    // written "a / b" stay two runs.
    static const QRegularExpression phoneLike(QStringLiteral("\\+?\\(?\\d+(?:\\)?[ .\\-/]?\\(?\\d+)*"));
    static const QRegularExpression date(QStringLiteral("^\\d{1,4}([-./])\\d{1,2}\\1\\d{1,4}$"));
    constexpr int kMinPhoneDigits = 7;
    constexpr int kMaxPhoneDigits = 15; // E.164
    const auto replaceAll = [](const QString &in, const QRegularExpression &pattern,
                               const auto &masked) -> QString {
        QString out;
        qsizetype from = 0;
        for (auto it = pattern.globalMatch(in); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            out += QStringView(in).mid(from, match.capturedStart() - from);
            out += masked(match.captured());
            from = match.capturedEnd();
        }
        if (from == 0)
            return in;
        out += QStringView(in).mid(from);
        return out;
    };
    const QString withoutEmails =
        replaceAll(text, email, [](const QString &address) { return ProfileLookup::maskEmail(address); });
    return replaceAll(withoutEmails, phoneLike, [](const QString &run) {
        QString digits;
        for (const QChar c : run) {
            if (c.isDigit())
                digits += c;
        }
        if (digits.size() < kMinPhoneDigits || digits.size() > kMaxPhoneDigits || date.match(run).hasMatch())
            return run;
        return QStringLiteral("\u2022\u2022\u2022\u2022 \u2022\u2022\u2022 ") + digits.right(3);
    });
}

QString InteractionLog::Sql::where() const
{
    return conditions.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

void InteractionLog::Sql::add(const Sql &other)
{
    conditions.append(other.conditions);
    values.append(other.values);
}

InteractionLog::TextAccess InteractionLog::textAccess(const InteractionsQuery &filters) const
{
    const QString text = filters.q.trimmed();
    if (text.isEmpty())
        return TextAccess::None;
    if (m_store->isPostgres() || text.toUcs4().size() < kIndexedTextChars)
        return TextAccess::Scan;
    // Other filters on an index of their own (agent, disposition, channel,
    // a recommendation or decision) select few rows: scanning them wins.
    if (!filters.agent.isEmpty() || !filters.disposition.isEmpty() || !filters.channel.isEmpty() ||
        !filters.recommendation.isEmpty() || !filters.decision.isEmpty())
        return TextAccess::Scan;
    const auto scalar = [this](const QString &sql, const QVariantList &values) -> std::optional<qint64> {
        QSqlQuery q(m_store->database());
        q.setForwardOnly(true);
        q.prepare(sql);
        bindAll(q, values);
        if (!q.exec() || !q.next())
            return std::nullopt;
        return q.value(0).toLongLong();
    };
    const std::optional<qint64> candidates = scalar(
        QStringLiteral(
            "SELECT COUNT(*) FROM (SELECT rowid FROM outcomes_notes WHERE outcomes_notes MATCH ? LIMIT ?)"),
        {ftsTrigrams(text), 1'000'000});
    if (!candidates)
        return TextAccess::Scan; // the LIKE alone still answers
    // The rows of the period, counted only as far as deciding needs.
    const qint64 enough = (*candidates + 1) * kTextScanFactor;
    QVariantList values;
    QStringList period;
    if (filters.from.isValid()) {
        period.append(QStringLiteral("logged_at >= ?"));
        values.append(toWireTime(filters.from));
    }
    if (filters.to.isValid()) {
        period.append(QStringLiteral("logged_at < ?"));
        values.append(toWireTime(filters.to));
    }
    values.append(enough);
    // Without a period: every outcome (ids count them; outcomes are never
    // deleted). With one: its rows on outcomes_logged, up to `enough`.
    const std::optional<qint64> rows =
        period.isEmpty() ? scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM outcomes"), {})
                         : scalar(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM outcomes WHERE ") +
                                      period.join(QStringLiteral(" AND ")) + QStringLiteral(" LIMIT ?)"),
                                  values);
    if (!rows || *rows < enough)
        return TextAccess::Scan;
    return *candidates <= kTextDrivesUpTo ? TextAccess::Drives : TextAccess::Probed;
}

InteractionLog::Sql InteractionLog::filterSql(const InteractionsQuery &filters, TextAccess text,
                                              bool withSteps) const
{
    Sql sql;
    const auto add = [&](const QString &condition, const QVariant &value) {
        sql.conditions.append(condition);
        sql.values.append(value);
    };
    if (filters.from.isValid())
        add(QStringLiteral("o.logged_at >= ?"), toWireTime(filters.from));
    if (filters.to.isValid())
        add(QStringLiteral("o.logged_at < ?"), toWireTime(filters.to));
    if (!filters.agent.isEmpty())
        add(QStringLiteral("o.agent = ?"), filters.agent);
    if (!filters.disposition.isEmpty())
        add(QStringLiteral("o.disposition = ?"), filters.disposition);
    if (!filters.channel.isEmpty())
        add(QStringLiteral("o.channel = ?"), filters.channel);
    if (const Sql steps = stepSql(filters); withSteps && !steps.conditions.isEmpty()) {
        // "+o.id": the matching ids must not drive the query (SQLite would
        // then join and sort every match before the LIMIT); the scan stays on
        // the logged_at order and probes the set, stopping after one page.
        sql.conditions.append(QStringLiteral("+o.id IN (SELECT s.outcome_id FROM outcome_steps s WHERE ") +
                              steps.conditions.join(QStringLiteral(" AND ")) + QLatin1Char(')'));
        sql.values.append(steps.values);
    }
    if (text != TextAccess::None) {
        // A case-insensitive substring of the notes as masked views show
        // them (notes_masked), whoever asks and whether the answer reveals:
        // contact data the mask hides is never matched, so a search cannot
        // tell which notes mention a phone number or address. LIKE on
        // SQLite, ILIKE on PostgreSQL, where the pg_trgm index serves it.
        // On SQLite the trigram index may first narrow the rows to those
        // holding every trigram of the text (textAccess() decides); the
        // LIKE decides.
        // "+o.id": the candidates are probed, the rows read in time order.
        if (text == TextAccess::Drives || text == TextAccess::Probed)
            add(QLatin1StringView(text == TextAccess::Probed ? "+o.id IN " : "o.id IN ") +
                    QLatin1StringView(kCandidates),
                ftsTrigrams(filters.q.trimmed()));
        add(QStringLiteral("o.notes_masked %1 ? ESCAPE '\\'")
                .arg(m_store->isPostgres() ? QStringLiteral("ILIKE") : QStringLiteral("LIKE")),
            likePattern(filters.q.trimmed()));
    }
    return sql;
}

bool InteractionLog::pageFromSteps(const InteractionsQuery &filters)
{
    const QString sort = effectiveSort(filters);
    return !filters.recommendation.isEmpty() && !filters.decision.isEmpty() && groupColumn(sort).isEmpty() &&
           wrapUpKey(sort).isEmpty();
}

InteractionLog::Sql InteractionLog::stepSql(const InteractionsQuery &filters)
{
    Sql sql;
    if (filters.recommendation.isEmpty() && filters.decision.isEmpty())
        return sql;
    // The step rows carry logged_at, so "this recommendation (accepted) in
    // this period" is one range of outcome_steps_step.
    const auto add = [&](const QString &condition, const QVariant &value) {
        sql.conditions.append(condition);
        sql.values.append(value);
    };
    if (!filters.recommendation.isEmpty())
        add(QStringLiteral("s.step_id = ?"), filters.recommendation);
    if (!filters.decision.isEmpty())
        add(QStringLiteral("s.decision = ?"), filters.decision);
    if (filters.from.isValid())
        add(QStringLiteral("s.logged_at >= ?"), toWireTime(filters.from));
    if (filters.to.isValid())
        add(QStringLiteral("s.logged_at < ?"), toWireTime(filters.to));
    return sql;
}

QString InteractionLog::orderSql(const QString &sort, bool fromSteps)
{
    // Read from the step rows, the same order on their columns (equal to
    // the outcome's), which outcome_steps_step_time holds.
    if (fromSteps)
        return sort == QLatin1StringView("oldest")
                   ? QStringLiteral(" ORDER BY s.logged_at ASC, s.outcome_id ASC")
                   : QStringLiteral(" ORDER BY s.logged_at DESC, s.outcome_id DESC");
    if (sort == QLatin1StringView("oldest"))
        return QStringLiteral(" ORDER BY o.logged_at ASC, o.id ASC");
    const QString group = groupColumn(sort);
    if (!group.isEmpty())
        return QStringLiteral(" ORDER BY %1 ASC, o.logged_at DESC, o.id DESC").arg(group);
    if (const QString wrapUp = wrapUpKey(sort); !wrapUp.isEmpty())
        return QStringLiteral(" ORDER BY %1 DESC, o.logged_at DESC, o.id DESC").arg(wrapUp);
    return QStringLiteral(" ORDER BY o.logged_at DESC, o.id DESC");
}

QString InteractionLog::encodeCursor(const CursorKey &key)
{
    QJsonObject o{
        {QStringLiteral("s"), key.sort}, {QStringLiteral("t"), key.loggedAt}, {QStringLiteral("i"), key.id}};
    if (!groupColumn(key.sort).isEmpty())
        o.insert(QStringLiteral("k"), key.key);
    if (!wrapUpKey(key.sort).isEmpty())
        o.insert(QStringLiteral("w"), key.wrapUp);
    return QString::fromLatin1(QJsonDocument(o)
                                   .toJson(QJsonDocument::Compact)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<InteractionLog::CursorKey> InteractionLog::decodeCursor(const QString &cursor)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(*decoded).object();
    CursorKey key;
    key.sort = o.value(QLatin1StringView("s")).toString();
    key.key = o.value(QLatin1StringView("k")).toString();
    key.wrapUp = o.value(QLatin1StringView("w")).toInteger();
    key.loggedAt = o.value(QLatin1StringView("t")).toString();
    key.id = o.value(QLatin1StringView("i")).toInteger();
    if (!protocol::interactionSorts().contains(key.sort) || !fromWireTime(key.loggedAt).isValid() ||
        key.id <= 0)
        return std::nullopt;
    return key;
}

bool InteractionLog::pageSql(const InteractionsQuery &filters, TextAccess text, bool revealNotes,
                             QString *sql, QVariantList *values, QString *error) const
{
    const QString sort = effectiveSort(filters);
    const bool fromSteps = pageFromSteps(filters);
    Sql where;
    if (fromSteps) {
        // Step rows first: the index range of this recommendation and
        // decision is already in time order, so the page is its first rows
        // (joined to their outcomes), however many the period holds.
        where = stepSql(filters);
        where.add(filterSql(filters, text, false));
    } else {
        where = filterSql(filters, text);
    }
    if (!filters.cursor.isEmpty()) {
        const std::optional<CursorKey> key = decodeCursor(filters.cursor);
        if (!key || key->sort != sort) {
            if (error)
                *error = QStringLiteral("cursor: not a cursor of this query");
            return false;
        }
        const QString timeKey =
            fromSteps ? QStringLiteral("(s.logged_at, s.outcome_id)") : QStringLiteral("(o.logged_at, o.id)");
        const QString group = groupColumn(sort);
        const QString wrapUp = wrapUpKey(sort);
        if (!wrapUp.isEmpty()) {
            // Every column descending: one row value, which the sort's
            // index seeks to. The leading "<=" gives SQLite the range.
            where.conditions.append(
                QStringLiteral("%1 <= ? AND (%1, o.logged_at, o.id) < (?, ?, ?)").arg(wrapUp));
            where.values.append({key->wrapUp, key->wrapUp, key->loggedAt, key->id});
        } else if (sort == QLatin1StringView("oldest")) {
            where.conditions.append(timeKey + QStringLiteral(" > (?, ?)"));
            where.values.append({key->loggedAt, key->id});
        } else if (group.isEmpty()) {
            where.conditions.append(timeKey + QStringLiteral(" < (?, ?)"));
            where.values.append({key->loggedAt, key->id});
        } else {
            where.conditions.append(
                QStringLiteral("(%1 > ? OR (%1 = ? AND (o.logged_at, o.id) < (?, ?)))").arg(group));
            where.values.append({key->key, key->key, key->loggedAt, key->id});
        }
    }
    const QString columns =
        QString::fromLatin1(kRowColumns)
            .arg(QStringLiteral("substr(%1, 1, %2)").arg(notesColumn(revealNotes)).arg(kNotesPreviewChars));
    // SQLite's CROSS JOIN keeps the step rows as the outer loop.
    const QString from =
        fromSteps ? QStringLiteral(" FROM outcome_steps s %1 outcomes o ON o.id = s.outcome_id")
                        .arg(m_store->isPostgres() ? QStringLiteral("JOIN") : QStringLiteral("CROSS JOIN"))
                  : QStringLiteral(" FROM outcomes o");
    *sql = QStringLiteral("SELECT ") + columns + from +
           QStringLiteral(" LEFT JOIN profiles p ON p.id = o.profile_id") + where.where() +
           orderSql(sort, fromSteps) + QStringLiteral(" LIMIT ?");
    *values = where.values;
    return true;
}

std::optional<qint64> InteractionLog::count(const InteractionsQuery &filters) const
{
    return count(filters, textAccess(filters));
}

std::optional<qint64> InteractionLog::count(const InteractionsQuery &filters, TextAccess text) const
{
    // Counting reads every candidate anyway: they drive.
    Sql where = filterSql(filters, text == TextAccess::Probed ? TextAccess::Drives : text);
    QString sql = QStringLiteral("SELECT COUNT(*) FROM outcomes o") + where.where();
    // A recommendation or decision filter with nothing else about the
    // outcome is counted on the step rows alone: one range of an index on
    // outcome_steps, instead of probing every outcome of the period (the
    // step rows carry the outcome's time).
    const bool stepsOnly = filters.agent.isEmpty() && filters.disposition.isEmpty() &&
                           filters.channel.isEmpty() && filters.q.trimmed().isEmpty();
    if (const Sql steps = stepSql(filters); stepsOnly && !steps.conditions.isEmpty()) {
        sql = QStringLiteral("SELECT COUNT(DISTINCT s.outcome_id) FROM outcome_steps s") + steps.where();
        where = steps;
    }
    QSqlQuery q(m_store->database());
    q.prepare(sql);
    bindAll(q, where.values);
    if (!q.exec() || !q.next()) {
        qCWarning(lcServer).noquote() << "interaction count failed:" << Store::describeError(q.lastError());
        return std::nullopt;
    }
    return q.value(0).toLongLong();
}

std::optional<InteractionsPage> InteractionLog::query(const InteractionsQuery &filters, bool revealNames,
                                                      QString *error) const
{
    const int limit = filters.limit > 0 ? std::min(filters.limit, protocol::kMaxInteractionsPage)
                                        : protocol::kDefaultInteractionsPage;
    const QString sort = effectiveSort(filters);
    const auto keyOf = [&sort](const InteractionRow &row) {
        const QString group = sort == QLatin1StringView("agent")         ? row.agent
                              : sort == QLatin1StringView("disposition") ? row.disposition
                                                                         : QString();
        const qint64 wrapUp = wrapUpKey(sort).isEmpty() ? 0 : wrapUpKeyOf(sort, row);
        return encodeCursor(CursorKey{sort, group, wrapUp, toWireTime(row.loggedAt), row.id});
    };
    const TextAccess text = textAccess(filters);
    InteractionsPage page;
    bool more = false;
    InteractionsQuery batch = filters;
    // Usually one statement. A page read from the step rows may meet one
    // outcome twice in a row (the same step listed twice); such a repeat is
    // skipped, and when that leaves the page short, the next statement
    // continues after the last row.
    for (;;) {
        QString sql;
        QVariantList values;
        if (!pageSql(batch, text, revealNames, &sql, &values, error))
            return std::nullopt;
        const int wanted = limit + 1 - int(page.rows.size()); // one more tells whether another page follows
        QSqlQuery q(m_store->database());
        q.setForwardOnly(true);
        q.prepare(sql);
        bindAll(q, values);
        q.addBindValue(wanted);
        if (!q.exec()) {
            qCWarning(lcServer).noquote()
                << "interaction query failed:" << Store::describeError(q.lastError());
            if (error)
                *error = QStringLiteral("the interaction log cannot be read");
            return std::nullopt;
        }
        int read = 0;
        while (q.next()) {
            ++read;
            InteractionRow row = rowFrom(q, revealNames);
            if (!page.rows.isEmpty() && page.rows.constLast().id == row.id)
                continue;
            if (page.rows.size() == limit) {
                more = true;
                break;
            }
            page.rows.append(std::move(row));
        }
        q.finish();
        if (more || read < wanted || page.rows.isEmpty())
            break;
        batch.cursor = keyOf(page.rows.constLast());
    }
    if (more)
        page.nextCursor = keyOf(page.rows.constLast());
    const std::optional<qint64> total = count(filters, text);
    if (!total) {
        if (error)
            *error = QStringLiteral("the interaction log cannot be read");
        return std::nullopt;
    }
    page.total = *total;
    return page;
}

std::optional<protocol::InteractionDetail> InteractionLog::detail(qint64 id, bool reveal) const
{
    const std::optional<StoredOutcome> stored = m_store->outcome(id);
    if (!stored)
        return std::nullopt;
    protocol::InteractionDetail detail;
    detail.id = stored->id;
    detail.agent = stored->agent;
    detail.storedAt = stored->storedAt;
    detail.outcome = stored->log;
    if (!stored->log.profileId.isEmpty()) {
        if (const std::optional<ProfileRecord> profile = m_store->profile(stored->log.profileId))
            detail.customer = reveal ? profile->name : initials(profile->name);
    }
    if (!reveal) {
        detail.outcome.notes = maskFreeText(detail.outcome.notes);
        for (StepDecision &step : detail.outcome.steps)
            step.reason = maskFreeText(step.reason);
    }
    if (!reveal && detail.outcome.context) {
        Profile &seen = *detail.outcome.context;
        seen.name = initials(seen.name);
        seen.phone = maskPhone(seen.phone);
        seen.email = seen.email.isEmpty() ? QString() : ProfileLookup::maskEmail(seen.email);
    }
    return detail;
}

std::optional<QByteArray> InteractionLog::exportCsv(const InteractionsQuery &filters, bool reveal,
                                                    qint64 maxRows, qint64 *rows, QString *error) const
{
    const TextAccess text = textAccess(filters);
    const std::optional<qint64> total = count(filters, text);
    if (!total) {
        if (error)
            *error = QStringLiteral("the interaction log cannot be read");
        return std::nullopt;
    }
    if (*total > maxRows) {
        if (error)
            *error = QStringLiteral("the filters match %1 interactions; an export holds at most %2 —"
                                    " narrow the date range or add filters")
                         .arg(*total)
                         .arg(maxRows);
        return std::nullopt;
    }
    InteractionsQuery all = filters;
    all.cursor.clear();
    const Sql where = filterSql(all, text == TextAccess::Probed ? TextAccess::Drives : text);
    QSqlQuery q(m_store->database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + QString::fromLatin1(kRowColumns).arg(notesColumn(reveal)) +
              QStringLiteral(", (SELECT %1 FROM outcome_steps s"
                             " WHERE s.outcome_id = o.id AND s.decision = 'accepted'),"
                             " (SELECT %1 FROM outcome_steps s"
                             " WHERE s.outcome_id = o.id AND s.decision = 'dismissed')"
                             " FROM outcomes o LEFT JOIN profiles p ON p.id = o.profile_id")
                  .arg(m_store->isPostgres() ? QStringLiteral("string_agg(s.step_id, ' ' ORDER BY s.rowid)")
                                             : QStringLiteral("group_concat(s.step_id, ' ')")) +
              where.where() + orderSql(effectiveSort(all)));
    bindAll(q, where.values);
    if (!q.exec()) {
        qCWarning(lcServer).noquote() << "interaction export failed:" << Store::describeError(q.lastError());
        if (error)
            *error = QStringLiteral("the interaction log cannot be read");
        return std::nullopt;
    }
    QByteArray csv;
    csv.reserve(int(std::min<qint64>(*total, maxRows) * 160 + 256));
    csv += "id,loggedAt,agent,profileId,customer,channel,disposition,stepsShown,stepsAccepted,"
           "stepsDismissed,acceptedSteps,dismissedSteps,handleSeconds,wrapUpSeconds,notes\r\n";
    qint64 written = 0;
    const auto seconds = [](const std::optional<qint64> &value) {
        return value ? QByteArray::number(*value) : QByteArray(); // empty: not recorded
    };
    while (q.next() && written < maxRows) {
        const InteractionRow row = rowFrom(q, reveal);
        csv += QByteArray::number(row.id) + ',' + csvCell(toWireTime(row.loggedAt)) + ',' +
               csvCell(row.agent) + ',' + csvCell(row.profileId) + ',' + csvCell(row.customer) + ',' +
               csvCell(row.channel) + ',' + csvCell(row.disposition) + ',' +
               QByteArray::number(row.stepsShown) + ',' + QByteArray::number(row.stepsAccepted) + ',' +
               QByteArray::number(row.stepsDismissed) + ',' + csvCell(q.value(13).toString()) + ',' +
               csvCell(q.value(14).toString()) + ',' + seconds(row.handleSeconds) + ',' +
               seconds(row.wrapUpSeconds) + ',' + csvCell(row.notes) + "\r\n";
        ++written;
    }
    if (rows)
        *rows = written;
    return csv;
}

bool InteractionLog::recordCallTimes(qint64 id, const CallTimes &times) const
{
    if (!times.handleSeconds && !times.wrapUpSeconds)
        return true;
    const auto bound = [](const std::optional<qint64> &value) {
        return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::LongLong));
    };
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("UPDATE outcomes SET handle_seconds = ?, wrap_up_seconds = ? WHERE id = ?"));
    q.addBindValue(bound(times.handleSeconds));
    q.addBindValue(bound(times.wrapUpSeconds));
    q.addBindValue(id);
    if (!q.exec()) {
        qCWarning(lcServer).noquote()
            << "handle and wrap-up time not stored:" << Store::describeError(q.lastError());
        return false;
    }
    return true;
}

QString InteractionLog::queryPlan(const InteractionsQuery &filters) const
{
    QString sql;
    QVariantList values;
    if (!pageSql(filters, textAccess(filters), false, &sql, &values, nullptr))
        return {};
    values.append(protocol::kDefaultInteractionsPage);
    return m_store->queryPlan(sql, values);
}

} // namespace omnidesk::server

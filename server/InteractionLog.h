#pragma once

#include "Messages.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace omnidesk::server {

class Store;

// The supervisors' interaction log: logged outcomes filtered, sorted and
// paged on the store's indexes (docs/architecture.md, "Interaction log and
// measurement"). Reads the log, and writes one thing into it: an outcome's
// handle and wrap-up time (recordCallTimes). Runs its SQL on the Store's
// connection, so it is used on the Store's thread.
//
// Paging is by key (the sort columns of the last row, in an opaque cursor),
// so a page costs the same however deep it is and new outcomes do not shift
// the pages already read.
class InteractionLog
{
public:
    // Most rows one CSV export may hold; larger sets are refused.
    static constexpr qint64 kMaxExportRows = 200'000;
    // Characters of the notes in a page row (the CSV carries them in full).
    // A masked row cuts the stored masked notes, so an email address or
    // phone number crossing the cut was masked whole.
    static constexpr int kNotesPreviewChars = 200;

    explicit InteractionLog(const Store *store);

    // Shortest "text in notes" the full-text index serves (its trigrams);
    // shorter texts are matched by scanning the filtered rows.
    static constexpr int kIndexedTextChars = 3;
    // How many candidate rows the notes index may hand to a page before the
    // page is read in time order instead, probing the candidates.
    static constexpr qint64 kTextDrivesUpTo = 2'000;
    // The index is used only when the rows to scan otherwise are this many
    // times the candidates (a candidate costs a random row read; a scanned
    // row, one in a range).
    static constexpr qint64 kTextScanFactor = 16;

    // One page. `revealNames` false puts the customer's initials in place of
    // the name and masks the notes (what every caller but tests passes:
    // names in the log are revealed one interaction at a time, through
    // detail()). The filter `q` matches the masked notes whatever
    // `revealNames` is (see filterSql()). nullopt with
    // `error` ("cursor: …") for a cursor that does not belong to this query,
    // or the store's failure.
    std::optional<protocol::InteractionsPage> query(const protocol::InteractionsQuery &filters,
                                                    bool revealNames, QString *error) const;
    // Rows matching the filters (cursor, sort and limit ignored).
    std::optional<qint64> count(const protocol::InteractionsQuery &filters) const;
    // The stored outcome with its context snapshot; masked unless `reveal`.
    std::optional<protocol::InteractionDetail> detail(qint64 id, bool reveal) const;
    // The filtered set as CSV (RFC 4180, UTF-8, a header row), in the query's
    // sort order; masked unless `reveal` (which changes the output only: `q`
    // still matches the masked notes). Refuses (nullopt, `error`) more
    // than `maxRows` rows. `rows` receives the number of data rows.
    std::optional<QByteArray> exportCsv(const protocol::InteractionsQuery &filters, bool reveal,
                                        qint64 maxRows, qint64 *rows, QString *error) const;

    // How long an outcome's call took the agent, in seconds; absent: not known.
    struct CallTimes
    {
        // From the call reaching the agent to the outcome being logged.
        std::optional<qint64> handleSeconds;
        // From the call's end to the outcome being logged (0 when it was
        // logged before the call ended); part of the handle time.
        std::optional<qint64> wrapUpSeconds;
    };
    // Stores the handle and wrap-up time of outcome `id` (an absent one as
    // NULL; nothing when both are absent). False when the store fails.
    bool recordCallTimes(qint64 id, const CallTimes &times) const;

    // SQLite's EXPLAIN QUERY PLAN of the page query, one step a line (tests).
    QString queryPlan(const protocol::InteractionsQuery &filters) const;

    // "Marta van Jansen" -> "M. v. J."
    static QString initials(const QString &name);
    // Free text (notes, a dismiss reason) as masked views and exports show
    // it: every email address as ProfileLookup::maskEmail shows one
    // ("m…@example.com"), and every phone-like run — 7 to 15 digits in
    // groups with at most one space, dot, dash or slash (and brackets)
    // between them, an optional leading +, that is not a date such as
    // 2026-11-24 or 24.11.2026 — as "•••• ••• 678" (its last three digits).
    // The rest stays as written. Stored with every outcome as
    // outcomes.notes_masked, which masked rows show and `q` matches: a
    // change here needs a migration that fills it again
    // (Store::fillMaskedNotes).
    static QString maskFreeText(const QString &text);

private:
    struct Sql
    {
        QStringList conditions;
        QVariantList values;
        QString where() const; // " WHERE a AND b", or empty
        void add(const Sql &other);
    };
    // How the notes text is matched (SQLite; PostgreSQL's planner decides).
    enum class TextAccess {
        None,   // no text filter
        Scan,   // LIKE on the rows the other filters select
        Drives, // the notes index's candidates drive, then LIKE
        Probed, // rows read in time order, each probed against the candidates
    };
    struct CursorKey
    {
        QString sort;
        QString key;       // the agent or disposition for those sorts
        qint64 wrapUp = 0; // the wrap-up sorts' key (see wrapUpKey())
        QString loggedAt;
        qint64 id = 0;
    };
    // The conditions on the outcome (alias o); `withSteps` false leaves out
    // the recommendation and decision, for a page read from the step rows.
    Sql filterSql(const protocol::InteractionsQuery &filters, TextAccess text, bool withSteps = true) const;
    // Chooses the text access by comparing the index's candidates with the
    // rows the period would otherwise scan (a few cheap counts).
    TextAccess textAccess(const protocol::InteractionsQuery &filters) const;
    std::optional<qint64> count(const protocol::InteractionsQuery &filters, TextAccess text) const;
    // Whether a page is read from outcome_steps (newest first on
    // outcome_steps_step_time): a recommendation and a decision, sorted by time.
    static bool pageFromSteps(const protocol::InteractionsQuery &filters);
    // The conditions on outcome_steps rows (alias s) for the recommendation
    // and decision filters, with the period; empty without those filters.
    static Sql stepSql(const protocol::InteractionsQuery &filters);
    static QString orderSql(const QString &sort, bool fromSteps = false);
    static std::optional<CursorKey> decodeCursor(const QString &cursor);
    static QString encodeCursor(const CursorKey &key);
    // The page statement with its bound values (without LIMIT's value);
    // the notes as written when `revealNotes`, else masked.
    bool pageSql(const protocol::InteractionsQuery &filters, TextAccess text, bool revealNotes, QString *sql,
                 QVariantList *values, QString *error) const;

    const Store *m_store;
};

} // namespace omnidesk::server

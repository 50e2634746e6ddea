#include "SupervisorView.h"

#include "Dispositions.h"
#include "ExportDialog.h"
#include "InteractionLogModel.h"
#include "PeriodEdits.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace omnidesk::ui {

namespace {
QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// The service's sorts a column header offers (docs/protocol.md,
// interactions.query): the first on the first click, the other (if any) on
// the next. Columns without one do not sort.
struct ColumnSort
{
    int column;
    const char *first;
    Qt::SortOrder firstOrder;
    const char *second; // nullptr: one order only
};
constexpr ColumnSort kColumnSorts[] = {
    {InteractionLogModel::TimeColumn, "newest", Qt::DescendingOrder, "oldest"},
    {InteractionLogModel::AgentColumn, "agent", Qt::AscendingOrder, nullptr},
    {InteractionLogModel::DispositionColumn, "disposition", Qt::AscendingOrder, nullptr},
    {InteractionLogModel::WrapUpColumn, "longest_wrap_up", Qt::DescendingOrder, "shortest_wrap_up"},
};

Qt::SortOrder flipped(Qt::SortOrder order)
{
    return order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
}
} // namespace

SupervisorView::SupervisorView(QWidget *parent)
    : QWidget(parent), m_model(new InteractionLogModel(this)), m_from(new QDateEdit(this)),
      m_to(new QDateEdit(this)), m_agent(new QLineEdit(this)), m_disposition(new QComboBox(this)),
      m_recommendation(new QLineEdit(this)), m_decision(new QComboBox(this)), m_text(new QLineEdit(this)),
      m_searchButton(new QPushButton(tr("&Apply"), this)), m_table(new QTableView(this)),
      m_status(new QLabel(this)), m_more(new QPushButton(tr("Load more"), this)),
      m_export(new QPushButton(tr("E&xport CSV…"), this)),
      m_reveal(new QPushButton(tr("&Reveal customer…"), this)), m_detail(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("supervisorView"));
    auto *title = new QLabel(tr("Interaction log"), this);
    title->setObjectName(QStringLiteral("panelTitle"));

    setUpPeriodEdits(m_from, m_to, 7);
    m_from->setAccessibleName(tr("From date"));
    m_to->setAccessibleName(tr("To date (inclusive)"));
    m_agent->setPlaceholderText(tr("any agent"));
    m_agent->setAccessibleName(tr("Agent id"));
    m_disposition->setAccessibleName(tr("Disposition"));
    setDispositions(protocol::dispositionCodes());
    m_recommendation->setPlaceholderText(tr("any recommendation id"));
    m_recommendation->setAccessibleName(tr("Recommendation id"));
    m_decision->addItem(tr("accepted or not"), QString());
    m_decision->addItem(tr("accepted"), QStringLiteral("accepted"));
    m_decision->addItem(tr("dismissed"), QStringLiteral("dismissed"));
    m_decision->setAccessibleName(tr("Decision on the recommendation"));
    m_text->setPlaceholderText(tr("text in the notes"));
    m_text->setAccessibleName(tr("Text in the notes"));
    m_text->setClearButtonEnabled(true);

    auto *filters = new QHBoxLayout;
    filters->setSpacing(8);
    filters->addWidget(new QLabel(tr("From"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);
    filters->addWidget(m_agent, 1);
    filters->addWidget(m_disposition);
    filters->addWidget(m_recommendation, 1);
    filters->addWidget(m_decision);
    filters->addWidget(m_text, 2);
    filters->addWidget(m_searchButton);

    m_model->setDispositionLabel([](const QString &code) { return Dispositions::label(code); });
    m_table->setModel(m_model);
    m_table->setObjectName(QStringLiteral("interactionTable"));
    m_table->setAccessibleName(tr("Logged interactions"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // The service sorts: a click on Logged, Agent, Disposition or Wrap-up
    // asks for that order (a second click on Logged or Wrap-up reverses it).
    m_table->horizontalHeader()->setSectionsClickable(true);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->horizontalHeader()->setSortIndicator(InteractionLogModel::TimeColumn, Qt::DescendingOrder);

    m_detail->setObjectName(QStringLiteral("interactionDetail"));
    m_detail->setAccessibleName(tr("What the agent saw"));
    m_detail->setOpenLinks(false);
    m_detail->setPlaceholderText(tr("Select an interaction to see what the agent saw."));
    m_status->setObjectName(QStringLiteral("panelMeta"));
    m_more->setEnabled(false);
    m_more->setAutoDefault(false);
    m_export->setAutoDefault(false);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setToolTip(tr("Save the interactions matching the filters as CSV (Ctrl+Shift+X)"));
    m_export->setAccessibleDescription(m_export->toolTip());

    m_reveal->setAutoDefault(false);
    m_reveal->setObjectName(QStringLiteral("revealButton"));
    m_reveal->setEnabled(false);
    m_reveal->setToolTip(tr("Show the selected interaction's customer; asks for a reason, which is audited "
                            "(Ctrl+Shift+V)"));
    m_reveal->setAccessibleDescription(m_reveal->toolTip());

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_table, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_more);
    bottom->addWidget(m_reveal);
    bottom->addWidget(m_export);
    leftLayout->addLayout(bottom);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(title);
    layout->addLayout(filters);
    layout->addWidget(split, 1);

    for (QLineEdit *edit : {m_agent, m_recommendation, m_text})
        connect(edit, &QLineEdit::returnPressed, this, &SupervisorView::search);
    connect(m_searchButton, &QPushButton::clicked, this, &SupervisorView::search);
    connect(m_more, &QPushButton::clicked, this, &SupervisorView::loadMore);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionClicked, this, &SupervisorView::sortByColumn);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SupervisorView::showSelected);
    // Ctrl+Shift+F: to the filters, as the timeline search in the call view.
    auto *toFilters = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), this);
    toFilters->setContext(Qt::WidgetWithChildrenShortcut);
    connect(toFilters, &QShortcut::activated, m_text, [this] { m_text->setFocus(Qt::ShortcutFocusReason); });
    connect(m_reveal, &QPushButton::clicked, this, &SupervisorView::openRevealDialog);
    auto *reveal = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V), this);
    reveal->setContext(Qt::WindowShortcut); // while the log is the visible tab
    connect(reveal, &QShortcut::activated, this, &SupervisorView::openRevealDialog);
    connect(m_export, &QPushButton::clicked, this, [this] {
        if (m_exporting) {
            emit exportCancelRequested();
            setExporting(false);
            setStatus(tr("Export cancelled; nothing was saved."));
        } else {
            openExportDialog();
        }
    });
}

void SupervisorView::openExportDialog()
{
    if (m_exporting || m_exportDialog)
        return;
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    const QString suggested = QDir(folder).filePath(
        QStringLiteral("interactions-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)));
    m_exportDialog = new ExportDialog(suggested, this);
    m_exportDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_exportDialog, &QDialog::finished, this, [this](int result) {
        // Closed now, deleted later: a new export may open a new dialog at once.
        const QPointer<ExportDialog> dialog = std::exchange(m_exportDialog, nullptr);
        if (result != QDialog::Accepted || !dialog)
            return;
        // What the table shows (the applied filters), not half-edited ones.
        const protocol::InteractionsQuery query = m_searched ? m_lastQuery : currentQuery();
        setExporting(true);
        setStatus(tr("Exporting…"));
        emit exportRequested(query, dialog->filePath(), dialog->revealReason());
    });
    m_exportDialog->open();
}

void SupervisorView::openRevealDialog()
{
    const QModelIndex current = m_table->currentIndex();
    if (m_revealDialog || !current.isValid() || m_model->isRevealed(current.row()))
        return;
    const InteractionRow &row = m_model->rowAt(current.row());
    if (row.profileId.isEmpty())
        return; // an unknown caller: nobody to reveal
    const qint64 id = row.id;
    m_revealDialog = new RevealDialog(row.customer, this);
    m_revealDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_revealDialog, &QDialog::finished, this, [this, id](int result) {
        const QPointer<RevealDialog> dialog = std::exchange(m_revealDialog, nullptr);
        if (result != QDialog::Accepted || !dialog)
            return;
        setStatus(tr("Revealing the customer…"));
        emit revealRequested(id, dialog->reason());
    });
    m_revealDialog->open();
}

void SupervisorView::setRevealed(const protocol::InteractionDetail &detail)
{
    if (!m_model->setCustomerRevealed(detail.id, detail.customer))
        return; // the row is gone (a new search began)
    m_revealedDetails.insert(detail.id, detail);
    setStatus(tr("Customer revealed; your reason is in the audit log."));
    if (detail.id == m_shownDetail)
        setDetail(detail);
    updateRevealButton();
}

void SupervisorView::setRevealFailed(const QString &message)
{
    setStatus(tr("Could not reveal the customer: %1").arg(message));
}

void SupervisorView::updateRevealButton()
{
    const QModelIndex current = m_table->currentIndex();
    m_reveal->setEnabled(current.isValid() && !m_model->isRevealed(current.row()) &&
                         !m_model->rowAt(current.row()).profileId.isEmpty());
}

void SupervisorView::setExporting(bool exporting)
{
    m_exporting = exporting;
    m_export->setText(exporting ? tr("Cancel e&xport") : tr("E&xport CSV…"));
}

void SupervisorView::setExportProgress(qint64 rows)
{
    if (m_exporting)
        setStatus(tr("Exporting… %n row(s)", nullptr, int(std::min<qint64>(rows, INT_MAX))));
}

void SupervisorView::setExportFinished(const QString &filePath, qint64 rows)
{
    setExporting(false);
    setStatus(tr("Exported %n row(s) to %1", nullptr, int(std::min<qint64>(rows, INT_MAX)))
                  .arg(QDir::toNativeSeparators(filePath)));
}

void SupervisorView::setExportFailed(const QString &message)
{
    setExporting(false);
    setStatus(tr("Export failed: %1").arg(message));
}

void SupervisorView::setDispositions(const QStringList &codes)
{
    m_disposition->clear();
    m_disposition->addItem(tr("any disposition"), QString());
    for (const QString &code : codes)
        m_disposition->addItem(Dispositions::label(code), code);
}

protocol::InteractionsQuery SupervisorView::currentQuery() const
{
    protocol::InteractionsQuery query;
    query.from = m_from->date().startOfDay();
    query.to = m_to->date().addDays(1).startOfDay(); // the whole "to" day
    query.agent = m_agent->text().trimmed();
    query.disposition = m_disposition->currentData().toString();
    query.recommendation = m_recommendation->text().trimmed();
    query.decision = m_decision->currentData().toString();
    query.q = m_text->text().trimmed();
    query.sort = m_sort;
    return query;
}

void SupervisorView::sortByColumn(int column)
{
    QHeaderView *header = m_table->horizontalHeader();
    const ColumnSort *sort = nullptr;
    for (const ColumnSort &candidate : kColumnSorts) {
        if (candidate.column == column)
            sort = &candidate;
    }
    const QString current = m_sort.isEmpty() ? QStringLiteral("newest") : m_sort;
    if (!sort) {
        // Not sortable: the header flipped its indicator on the click; put it back.
        for (const ColumnSort &shown : kColumnSorts) {
            if (current == QLatin1StringView(shown.first))
                header->setSortIndicator(shown.column, shown.firstOrder);
            else if (shown.second && current == QLatin1StringView(shown.second))
                header->setSortIndicator(shown.column, flipped(shown.firstOrder));
        }
        return;
    }
    const bool toSecond = sort->second && current == QLatin1StringView(sort->first);
    m_sort = QString::fromLatin1(toSecond ? sort->second : sort->first);
    header->setSortIndicator(column, toSecond ? flipped(sort->firstOrder) : sort->firstOrder);
    // The applied filters in the new order (not half-edited ones).
    if (!m_searched)
        m_lastQuery = currentQuery();
    m_lastQuery.sort = m_sort;
    runLastQuery();
}

void SupervisorView::search()
{
    m_lastQuery = currentQuery();
    runLastQuery();
}

void SupervisorView::runLastQuery()
{
    m_searched = true;
    m_nextCursor.clear();
    m_more->setEnabled(false);
    setStatus(tr("Searching…"));
    emit queryRequested(m_lastQuery);
}

void SupervisorView::loadMore()
{
    if (m_nextCursor.isEmpty())
        return;
    protocol::InteractionsQuery query = m_lastQuery;
    query.cursor = m_nextCursor;
    m_more->setEnabled(false);
    setStatus(tr("Loading more…"));
    emit queryRequested(query);
}

void SupervisorView::setPage(const protocol::InteractionsPage &page, bool first)
{
    if (first) {
        m_model->setFirstPage(page.rows, page.total); // masks every name again
        m_revealedDetails.clear();
        m_detail->clear();
        m_shownDetail = 0;
    } else {
        m_model->appendPage(page.rows, page.total);
    }
    m_nextCursor = page.nextCursor;
    m_more->setEnabled(!m_nextCursor.isEmpty());
    setStatus(page.total == 0 ? tr("No interaction matches these filters.")
                              : tr("Showing %1 of %2").arg(m_model->rowCount()).arg(page.total));
    if (first && m_model->rowCount() > 0) {
        m_table->resizeColumnsToContents();
        m_table->selectRow(0);
    }
}

void SupervisorView::showSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    updateRevealButton();
    const qint64 id = m_model->data(current, InteractionLogModel::IdRole).toLongLong();
    if (id == m_shownDetail)
        return;
    m_shownDetail = id;
    if (const auto revealed = m_revealedDetails.constFind(id); revealed != m_revealedDetails.cend()) {
        setDetail(*revealed); // already revealed: not asked for (and audited) again
        return;
    }
    m_detail->setHtml(QStringLiteral("<p>%1</p>").arg(escaped(tr("Loading what the agent saw…"))));
    emit detailRequested(id);
}

void SupervisorView::setDetail(const protocol::InteractionDetail &answer)
{
    if (answer.id != m_shownDetail)
        return; // an answer for a row no longer selected
    // A masked answer for a row revealed meanwhile shows the revealed one.
    const bool revealed = m_revealedDetails.contains(answer.id);
    const protocol::InteractionDetail &detail = revealed ? *m_revealedDetails.constFind(answer.id) : answer;
    const protocol::OutcomeLog &o = detail.outcome;
    QString html;
    const QString customer = detail.customer.isEmpty() ? o.profileId
                             : revealed                ? detail.customer
                                                       : tr("%1 (masked)").arg(detail.customer);
    html += QStringLiteral("<h3>%1</h3>").arg(escaped(customer));
    html += QStringLiteral("<p>%1</p>")
                .arg(escaped(tr("%1 by %2, %3")
                                 .arg(Dispositions::label(o.disposition), detail.agent,
                                      QLocale().toString(o.loggedAt.toLocalTime(), QLocale::ShortFormat))));
    if (const int row = m_model->rowOf(detail.id); row >= 0) {
        const InteractionRow &logged = m_model->rowAt(row);
        const QString handle = InteractionLogModel::durationText(logged.handleSeconds);
        const QString wrapUp = InteractionLogModel::durationText(logged.wrapUpSeconds);
        const QString unknown = QStringLiteral("\u2014");
        if (!handle.isEmpty() || !wrapUp.isEmpty())
            html += QStringLiteral("<p>%1</p>")
                        .arg(escaped(tr("Handle time %1, of which wrap-up %2")
                                         .arg(handle.isEmpty() ? unknown : handle,
                                              wrapUp.isEmpty() ? unknown : wrapUp)));
    }
    if (!o.notes.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(escaped(o.notes));
    if (!o.steps.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><ul>").arg(escaped(tr("Next steps shown")));
        for (const StepDecision &step : o.steps) {
            QString decision = step.decision == QLatin1StringView("accepted") ? tr("accepted")
                               : step.decision == QLatin1StringView("dismissed")
                                   ? tr("dismissed: %1").arg(step.reason)
                                   : tr("not acted on");
            html += QStringLiteral("<li>%1 \u2014 %2</li>")
                        .arg(escaped(step.title.isEmpty() ? step.stepId : step.title), escaped(decision));
        }
        html += QStringLiteral("</ul>");
    }
    if (!o.intent.isEmpty()) {
        QStringList lines;
        for (const CartLine &line : o.intent)
            lines.append(
                tr("%1 \u00d7 %2").arg(line.quantity).arg(line.name.isEmpty() ? line.sku : line.name));
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(escaped(tr("Purchase intent:")), escaped(lines.join(QStringLiteral(", "))));
    }
    if (o.followUp)
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(escaped(tr("Follow-up:")),
                         escaped(tr("%1 on %2")
                                     .arg(Dispositions::followUpChannelLabel(o.followUp->channel),
                                          QLocale().toString(o.followUp->due, QLocale::ShortFormat))));
    if (o.context) {
        const Profile &seen = *o.context;
        html += QStringLiteral("<h4>%1</h4>").arg(escaped(tr("Cart the agent saw")));
        if (seen.cart.lines.isEmpty()) {
            html += QStringLiteral("<p>%1</p>").arg(escaped(tr("The cart was empty.")));
        } else {
            html += QStringLiteral("<ul>");
            for (const CartLine &line : seen.cart.lines)
                html += QStringLiteral("<li>%1</li>")
                            .arg(escaped(tr("%1 \u00d7 %2, %3")
                                             .arg(line.quantity)
                                             .arg(line.name.isEmpty() ? line.sku : line.name,
                                                  formatMoney(line.lineTotal(), seen.cart.currency))));
            html += QStringLiteral("</ul><p>%1</p>")
                        .arg(escaped(tr("Total %1").arg(formatMoney(seen.cart.total(), seen.cart.currency))));
        }
        if (!seen.timeline.isEmpty()) {
            html += QStringLiteral("<h4>%1</h4><ul>").arg(escaped(tr("Lately, as the agent saw it")));
            for (const TimelineEvent &event : seen.timeline)
                html += QStringLiteral("<li>%1</li>")
                            .arg(escaped(event.summary.isEmpty() ? event.type : event.summary));
            html += QStringLiteral("</ul>");
        }
    } else {
        html += QStringLiteral("<p>%1</p>").arg(escaped(tr("No snapshot was stored with this outcome.")));
    }
    m_detail->setHtml(html);
}

void SupervisorView::setError(const QString &message)
{
    setStatus(tr("Could not load: %1").arg(message));
    m_more->setEnabled(!m_nextCursor.isEmpty());
}

void SupervisorView::setStatus(const QString &text)
{
    m_status->setText(text);
}

QString SupervisorView::statusText() const
{
    return m_status->text();
}

QString SupervisorView::detailText() const
{
    return m_detail->toPlainText();
}

} // namespace omnidesk::ui

#include "LookupDialog.h"

#include "CandidateModel.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

namespace omnidesk::ui {

LookupDialog::LookupDialog(QWidget *parent)
    : QDialog(parent), m_model(new CandidateModel(this)), m_intro(new QLabel(this)),
      m_search(new QLineEdit(this)), m_searchButton(new QPushButton(tr("&Search"), this)),
      m_results(new QTreeView(this)), m_status(new QLabel(this)),
      m_open(new QPushButton(tr("&Open profile"), this))
{
    setObjectName(QStringLiteral("lookupDialog"));
    setWindowModality(Qt::WindowModal);
    resize(760, 420);

    m_intro->setWordWrap(true);
    m_search->setPlaceholderText(tr("Phone, email, name or customer id"));
    m_search->setAccessibleName(tr("Search for a customer"));
    m_search->setAccessibleDescription(
        tr("Type a phone number, an email address, part of a name or a customer id, then press Enter"));
    m_search->setClearButtonEnabled(true);
    m_searchButton->setAutoDefault(false);

    m_results->setModel(m_model);
    m_results->setObjectName(QStringLiteral("lookupResults"));
    m_results->setAccessibleName(tr("Customers found"));
    m_results->setRootIsDecorated(false);
    m_results->setUniformRowHeights(true);
    m_results->setAllColumnsShowFocus(true);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->header()->setStretchLastSection(true);
    m_results->header()->setSectionResizeMode(CandidateModel::NameColumn, QHeaderView::ResizeToContents);

    m_status->setObjectName(QStringLiteral("lookupStatus"));
    m_status->setAccessibleName(tr("Search status"));
    m_status->setWordWrap(true);
    m_open->setObjectName(QStringLiteral("openProfile"));
    m_open->setDefault(false);
    m_open->setAutoDefault(false);
    m_open->setEnabled(false);

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_searchButton);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_open, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(searchRow);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_search, &QLineEdit::returnPressed, this, &LookupDialog::search);
    connect(m_searchButton, &QPushButton::clicked, this, &LookupDialog::search);
    connect(m_open, &QPushButton::clicked, this, &LookupDialog::openCurrent);
    connect(m_results, &QTreeView::activated, this, &LookupDialog::openCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_open->setEnabled(m_model->rowCount() > 0);
        if (m_model->rowCount() > 0)
            m_results->header()->resizeSections(QHeaderView::ResizeToContents);
    });
    // Down from the search field goes to the results, as in any search box.
    m_search->installEventFilter(this);
    startLookup();
}

std::optional<protocol::Lookup> LookupDialog::queryFor(const QString &text)
{
    const QString value = text.trimmed();
    if (value.isEmpty())
        return std::nullopt;
    protocol::Lookup query;
    static const QRegularExpression phoneChars(QStringLiteral("^[+0-9 ()./-]+$"));
    const qsizetype digits = std::count_if(value.cbegin(), value.cend(), [](QChar c) { return c.isDigit(); });
    if (value.contains(QLatin1Char('@')))
        query.email = value;
    else if (phoneChars.match(value).hasMatch() && digits >= 6)
        query.phone = value;
    else
        query.q = value;
    return query;
}

void LookupDialog::startLookup(const QString &text)
{
    m_callId.clear();
    setWindowTitle(tr("Look up a customer"));
    m_intro->setText(tr("Search by phone number, email address, name or customer id."));
    m_search->setVisible(true);
    m_searchButton->setVisible(true);
    m_search->clear();
    m_model->clear();
    setStatus(QString());
    m_search->setFocus();
    if (!text.isEmpty()) {
        m_search->setText(text);
        search();
    }
}

void LookupDialog::startPick(const QString &callId, const QList<ProfileCandidate> &candidates)
{
    m_callId = callId;
    setWindowTitle(tr("Who is calling?"));
    m_intro->setText(
        tr("%n customer(s) share this phone number. Ask the caller's name, then pick the profile.", nullptr,
           int(candidates.size())));
    m_search->setVisible(false);
    m_searchButton->setVisible(false);
    m_model->setCandidates(candidates);
    setStatus(QString());
    m_results->setCurrentIndex(m_model->index(0, 0));
    m_results->setFocus();
}

void LookupDialog::search()
{
    const std::optional<protocol::Lookup> query = queryFor(m_search->text());
    if (!query) {
        setStatus(tr("Type what you know about the customer first."));
        return;
    }
    if (!query->q.isEmpty() && query->q.size() < 2) {
        setStatus(tr("Type at least 2 characters of the name."), QStringLiteral("error"));
        return;
    }
    if (!m_online) {
        setStatus(tr("Offline: searching is possible again once the connection is back."),
                  QStringLiteral("error"));
        return;
    }
    m_busy = true;
    m_model->clear();
    setStatus(tr("Searching…"), QStringLiteral("pending"));
    emit lookupRequested(*query);
}

void LookupDialog::setResults(const QList<ProfileCandidate> &candidates)
{
    m_busy = false;
    m_model->setCandidates(candidates);
    if (candidates.isEmpty()) {
        setStatus(tr("No customer found. Check the spelling, or try the phone number or email address."));
        m_search->selectAll();
        m_search->setFocus();
        return;
    }
    setStatus(tr("%n customer(s) found. Enter opens the selected one.", nullptr, int(candidates.size())));
    m_results->setCurrentIndex(m_model->index(0, 0));
    m_results->setFocus();
}

void LookupDialog::setError(const QString &message)
{
    m_busy = false;
    setStatus(message, QStringLiteral("error"));
    if (m_search->isVisible())
        m_search->setFocus();
}

void LookupDialog::setOnline(bool online)
{
    m_online = online;
    m_searchButton->setEnabled(online);
    if (!online && m_busy)
        setError(tr("The connection was lost before the answer came; search again when it is back."));
}

void LookupDialog::openCurrent()
{
    const QModelIndex current = m_results->currentIndex();
    if (!current.isValid())
        return;
    const QString profileId = m_model->data(current, CandidateModel::ProfileIdRole).toString();
    emit openRequested(profileId, m_callId);
    accept();
}

bool LookupDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down && m_model->rowCount() > 0) {
        if (!m_results->currentIndex().isValid())
            m_results->setCurrentIndex(m_model->index(0, 0));
        m_results->setFocus(Qt::TabFocusReason);
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

void LookupDialog::setStatus(const QString &text, const QString &state)
{
    m_status->setText(text);
    m_status->setProperty("state", state);
    m_status->style()->unpolish(m_status);
    m_status->style()->polish(m_status);
}

QString LookupDialog::statusText() const
{
    return m_status->text();
}

} // namespace omnidesk::ui

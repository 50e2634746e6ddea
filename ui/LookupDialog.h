#pragma once

#include "Messages.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;

namespace omnidesk {
class CandidateModel;
}

namespace omnidesk::ui {

// Finds a customer by phone, email, name or customer id, and opens one of the
// profiles found. The dialog never waits: it emits lookupRequested() and shows
// "Searching…" until setResults() or setError() arrives. In picker mode it
// lists the candidates of a call whose number several customers share.
class LookupDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LookupDialog(QWidget *parent = nullptr);

    // Builds the lookup message for what the user typed: an email address, a
    // phone number (digits, spaces, +, -, parentheses, at least 6 digits), else
    // a name fragment or customer id. Empty when there is nothing to look up.
    static std::optional<protocol::Lookup> queryFor(const QString &text);

    // Lookup mode: an empty search field with focus, or with `text` searched at once.
    void startLookup(const QString &text = QString());
    // Picker mode for call `callId`: the candidates are shown, no search field.
    void startPick(const QString &callId, const QList<ProfileCandidate> &candidates);

    void setResults(const QList<ProfileCandidate> &candidates);
    void setError(const QString &message);
    // The service is unreachable: searching is disabled until it is back.
    void setOnline(bool online);

    bool isPicking() const { return !m_callId.isEmpty(); }
    QString statusText() const;
    QLineEdit *searchEdit() const { return m_search; }
    QTreeView *resultView() const { return m_results; }
    CandidateModel *model() const { return m_model; }

signals:
    void lookupRequested(const omnidesk::protocol::Lookup &query);
    // The user chose a profile (callId set in picker mode).
    void openRequested(const QString &profileId, const QString &callId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search();
    void openCurrent();
    void setStatus(const QString &text, const QString &state = QString());

    CandidateModel *m_model;
    QLabel *m_intro;
    QLineEdit *m_search;
    QPushButton *m_searchButton;
    QTreeView *m_results;
    QLabel *m_status;
    QPushButton *m_open;
    QString m_callId;
    bool m_online = true;
    bool m_busy = false;
};

} // namespace omnidesk::ui

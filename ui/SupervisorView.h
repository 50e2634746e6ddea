#pragma once

#include "ExportDialog.h"
#include "Messages.h"
#include "RevealDialog.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace omnidesk {
class InteractionLogModel;
}

namespace omnidesk::ui {

// The supervisor's interaction log: filters (period, agent, disposition,
// recommendation and decision, text in notes), the matching outcomes page by
// page, and the selected one with what the agent saw when logging it. The
// view never waits: it emits queryRequested()/detailRequested() and shows
// the answers when they arrive.
class SupervisorView : public QWidget
{
    Q_OBJECT
public:
    explicit SupervisorView(QWidget *parent = nullptr);

    // The filters as a query (without cursor).
    protocol::InteractionsQuery currentQuery() const;
    // Runs the query for the filters (Enter in any filter does the same).
    void search();
    void loadMore();
    // A click on column `column`'s header: the service's sort for it
    // (Logged: newest, then oldest; Agent; Disposition; Wrap-up: longest,
    // then shortest), over the applied filters. Other columns do not sort.
    void sortByColumn(int column);

    void setPage(const protocol::InteractionsPage &page, bool first);
    void setDetail(const protocol::InteractionDetail &detail);
    void setError(const QString &message);
    void setDispositions(const QStringList &codes);

    // CSV export of the applied filters (the button, or Ctrl+Shift+X in the
    // main window): asks for the file and whether to show names
    // (ExportDialog), then emits exportRequested().
    void openExportDialog();
    ExportDialog *exportDialog() const { return m_exportDialog; }
    void setExportProgress(qint64 rows);
    void setExportFinished(const QString &filePath, qint64 rows);
    void setExportFailed(const QString &message);
    bool isExporting() const { return m_exporting; }

    // Customer names are masked in the log. "Reveal customer…" (the button,
    // or Ctrl+Shift+V) asks for a reason (RevealDialog) and emits
    // revealRequested() for the selected interaction; setRevealed() then
    // shows the name in its row and detail until the next search.
    void openRevealDialog();
    RevealDialog *revealDialog() const { return m_revealDialog; }
    void setRevealed(const protocol::InteractionDetail &detail);
    void setRevealFailed(const QString &message);
    QPushButton *revealButton() const { return m_reveal; }

    InteractionLogModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *agentEdit() const { return m_agent; }
    QLineEdit *textEdit() const { return m_text; }
    QComboBox *dispositionBox() const { return m_disposition; }
    QComboBox *decisionBox() const { return m_decision; }
    QLineEdit *recommendationEdit() const { return m_recommendation; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QString statusText() const;
    QString detailText() const;

signals:
    void queryRequested(const omnidesk::protocol::InteractionsQuery &query);
    void detailRequested(qint64 id);
    void exportRequested(const omnidesk::protocol::InteractionsQuery &query, const QString &filePath,
                         const QString &revealReason);
    void exportCancelRequested();
    void revealRequested(qint64 id, const QString &reason);

private:
    void showSelected();
    // Asks for the first page of m_lastQuery.
    void runLastQuery();
    void setStatus(const QString &text);
    void setExporting(bool exporting);
    void updateRevealButton();

    InteractionLogModel *m_model;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLineEdit *m_agent;
    QComboBox *m_disposition;
    QLineEdit *m_recommendation;
    QComboBox *m_decision;
    QLineEdit *m_text;
    QPushButton *m_searchButton;
    QTableView *m_table;
    QLabel *m_status;
    QPushButton *m_more;
    QPushButton *m_export;
    QPointer<ExportDialog> m_exportDialog;
    QPushButton *m_reveal;
    QPointer<RevealDialog> m_revealDialog;
    QHash<qint64, protocol::InteractionDetail> m_revealedDetails; // until the next search
    bool m_exporting = false;
    bool m_searched = false;
    QTextBrowser *m_detail;
    QString m_nextCursor;
    QString m_sort; // empty: the service's default (newest)
    protocol::InteractionsQuery m_lastQuery;
    qint64 m_shownDetail = 0;
};

} // namespace omnidesk::ui

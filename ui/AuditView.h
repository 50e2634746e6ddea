#pragma once

#include "ReportClient.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace omnidesk::ui {

// The audit trail for supervisors: who looked up, viewed, exported or
// revealed what, when and why, newest first, page by page. The view only
// asks (refreshRequested / olderRequested) and shows the answers.
class AuditView : public QWidget
{
    Q_OBJECT
public:
    explicit AuditView(QWidget *parent = nullptr);

    void setEntries(const QList<net::AuditLine> &entries, qint64 nextBefore, bool first);
    void setError(const QString &message);
    // Asks for the newest page (also on the first show).
    void refresh();

    QTreeWidget *list() const { return m_list; }
    QString statusText() const;

signals:
    void refreshRequested();
    void olderRequested(qint64 before);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QTreeWidget *m_list;
    QLabel *m_status;
    QPushButton *m_refresh;
    QPushButton *m_older;
    qint64 m_nextBefore = 0;
    bool m_loaded = false;
};

} // namespace omnidesk::ui

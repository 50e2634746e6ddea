#pragma once

#include "Profile.h"

#include <QAbstractTableModel>
#include <QSet>

#include <functional>

namespace omnidesk {

// The supervisor's interaction log: one row per logged outcome, in the order
// the service sorted them, filled page by page (the service does the
// filtering, sorting and paging; see docs/protocol.md#interactionsquery).
class InteractionLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        AgentColumn,
        CustomerColumn,
        ChannelColumn,
        DispositionColumn,
        HandleColumn,
        WrapUpColumn,
        StepsColumn,
        NotesColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, RevealedRole };
    Q_ENUM(Role)

    explicit InteractionLogModel(QObject *parent = nullptr);

    // How a disposition code reads in the Disposition column (the widgets
    // know the translated labels); without one the code itself shows.
    using DispositionLabel = std::function<QString(const QString &code)>;
    void setDispositionLabel(DispositionLabel label) { m_dispositionLabel = std::move(label); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A new query's first page replaces everything.
    void setFirstPage(const QList<InteractionRow> &rows, qint64 total);
    // The next page is appended (one insert).
    void appendPage(const QList<InteractionRow> &rows, qint64 total);
    void clear();
    // The customer of interaction `id` as revealed (with a stated reason);
    // kept until the next first page. False when no row has that id.
    bool setCustomerRevealed(qint64 id, const QString &name);
    bool isRevealed(int row) const { return m_revealed.contains(m_rows.at(row).id); }
    // The row of interaction `id`, or -1.
    int rowOf(qint64 id) const;

    qint64 total() const { return m_total; }
    const InteractionRow &rowAt(int row) const { return m_rows.at(row); }
    // "2 of 5 accepted, 1 dismissed" style summary of a row's next steps.
    static QString stepsText(const InteractionRow &row);
    // A handle or wrap-up time as "0:42", "4:05", "1:02:03"; empty when it
    // was not recorded.
    static QString durationText(const std::optional<qint64> &seconds);

private:
    QList<InteractionRow> m_rows;
    QSet<qint64> m_revealed; // ids whose customer shows unmasked
    DispositionLabel m_dispositionLabel;
    qint64 m_total = 0;
};

} // namespace omnidesk

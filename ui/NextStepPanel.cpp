#include "NextStepPanel.h"

#include "NextStepModel.h"

#include <QLabel>
#include <QVBoxLayout>

namespace omnidesk::ui {

NextStepPanel::NextStepPanel(NextStepModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_title(new QLabel(this)), m_reason(new QLabel(this)),
      m_pointsLabel(new QLabel(this)), m_more(new QLabel(this))
{
    setObjectName(QStringLiteral("nextStepPanel"));
    setAttribute(Qt::WA_StyledBackground);
    auto *heading = new QLabel(tr("Next step"), this);
    heading->setObjectName(QStringLiteral("panelTitle"));
    m_title->setObjectName(QStringLiteral("nextStepTitle"));
    m_reason->setObjectName(QStringLiteral("nextStepReason"));
    m_more->setObjectName(QStringLiteral("panelMeta"));
    m_title->setAccessibleName(tr("Recommended next step"));
    m_reason->setAccessibleName(tr("Why this step is recommended"));
    m_pointsLabel->setAccessibleName(tr("Talking points"));
    for (QLabel *label : {m_title, m_reason, m_pointsLabel, m_more}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_pointsLabel->setTextFormat(Qt::RichText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(6);
    layout->addWidget(heading);
    layout->addWidget(m_title);
    layout->addWidget(m_reason);
    layout->addWidget(m_pointsLabel);
    layout->addWidget(m_more);

    connect(m_model, &QAbstractItemModel::modelReset, this, &NextStepPanel::refresh);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &NextStepPanel::refresh);
    refresh();
}

void NextStepPanel::refresh()
{
    const NextStep *top = m_model->top();
    if (!top) {
        m_title->setText(tr("No recommendation for this caller."));
        m_reason->clear();
        m_reason->hide();
        m_points.clear();
        m_pointsLabel->clear();
        m_pointsLabel->hide();
        m_more->hide();
        return;
    }
    m_title->setText(top->title);
    m_reason->setText(tr("Why: %1").arg(top->reason));
    m_reason->setVisible(!top->reason.isEmpty());
    m_points = top->talkingPoints;
    QString html;
    if (!m_points.isEmpty()) {
        html = QStringLiteral("<ul style=\"margin-left:-20px\">");
        for (const QString &point : std::as_const(m_points))
            html += QStringLiteral("<li>%1</li>").arg(point.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    m_pointsLabel->setText(html);
    m_pointsLabel->setVisible(!m_points.isEmpty());
    const int others = int(m_model->steps().size()) - 1;
    if (others > 0) {
        QStringList titles;
        for (int i = 1; i < m_model->steps().size() && i <= 3; ++i)
            titles.append(m_model->steps().at(i).title);
        m_more->setText(tr("Also: %1").arg(titles.join(QStringLiteral(" · "))));
    }
    m_more->setVisible(others > 0);
}

QString NextStepPanel::titleText() const
{
    return m_title->text();
}

QString NextStepPanel::reasonText() const
{
    return m_reason->text();
}

} // namespace omnidesk::ui

#include "DataAgeLabel.h"

#include "RelativeTime.h"

namespace omnidesk::ui {

DataAgeLabel::DataAgeLabel(QWidget *parent)
    : QLabel(parent), m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    setObjectName(QStringLiteral("dataAge"));
    connect(&m_timer, &QTimer::timeout, this, &DataAgeLabel::refresh);
}

void DataAgeLabel::setUpdatedAt(const QDateTime &at)
{
    m_at = at;
    refresh();
}

void DataAgeLabel::setLive(bool live)
{
    m_live = live;
    refresh();
}

void DataAgeLabel::setClock(Clock clock)
{
    m_clock = std::move(clock);
    refresh();
}

void DataAgeLabel::clear()
{
    m_at = QDateTime();
    refresh();
}

void DataAgeLabel::refresh()
{
    if (!m_at.isValid()) {
        QLabel::clear();
        setAccessibleName(QString());
        m_timer.stop();
        return;
    }
    const QDateTime now = m_clock();
    QString text = tr("Updated %1").arg(RelativeTime::ago(m_at, now));
    if (!m_live)
        text += QStringLiteral(" \u00b7 ") + tr("offline");
    setText(text);
    setAccessibleName(text);
    // Seconds matter in the first minute; after that a coarse tick is enough.
    const int interval = m_at.secsTo(now) < 60 ? 1000 : 30'000;
    if (m_timer.interval() != interval || !m_timer.isActive())
        m_timer.start(interval);
}

} // namespace omnidesk::ui

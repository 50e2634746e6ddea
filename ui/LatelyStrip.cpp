#include "LatelyStrip.h"

#include "DataAgeLabel.h"
#include "LatelyModel.h"
#include "RelativeTime.h"
#include "TimelineModel.h"

#include <QHBoxLayout>
#include <QLabel>

namespace omnidesk::ui {

namespace {
constexpr int kMaxChips = 6;
constexpr int kSummaryChars = 60;
} // namespace

LatelyStrip::LatelyStrip(QWidget *parent)
    : QWidget(parent), m_empty(new QLabel(this)), m_age(new DataAgeLabel(this)), m_text(new QLabel(this)),
      m_model(new LatelyModel(this)), m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    setObjectName(QStringLiteral("latelyStrip"));
    setAttribute(Qt::WA_StyledBackground);
    setAccessibleName(tr("What happened lately"));
    auto *title = new QLabel(tr("Lately"), this);
    title->setObjectName(QStringLiteral("panelTitle"));
    m_empty->setObjectName(QStringLiteral("emptyHint"));
    m_empty->setText(tr("Nothing in the last two weeks."));

    m_text->setObjectName(QStringLiteral("latelyText"));
    m_text->setTextFormat(Qt::RichText);
    m_text->setWordWrap(true);
    m_text->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 8, 16, 8);
    layout->setSpacing(12);
    layout->addWidget(title);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_age);

    m_ageTimer.setInterval(30'000);
    connect(&m_ageTimer, &QTimer::timeout, this, &LatelyStrip::render);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LatelyStrip::refresh);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &LatelyStrip::refresh);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &LatelyStrip::refresh);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &LatelyStrip::refresh);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &LatelyStrip::refresh);
    render();
}

void LatelyStrip::setClock(Clock clock)
{
    m_clock = clock;
    m_model->setClock(std::move(clock));
}

void LatelyStrip::setTimeline(const QList<TimelineEvent> &timeline)
{
    m_model->setTimeline(timeline);
}

void LatelyStrip::addEvents(const QList<TimelineEvent> &events)
{
    m_model->addEvents(events);
}

void LatelyStrip::refresh()
{
    const QList<TimelineEvent> &rows = m_model->events();
    const QList<TimelineEvent> chips = rows.first(std::min<qsizetype>(rows.size(), kMaxChips));
    if (chips == m_events)
        return; // a change below the chips shown
    m_events = chips;
    render();
}

void LatelyStrip::render()
{
    const QDateTime now = m_clock();
    QStringList html;
    m_chipTexts.clear();
    for (const TimelineEvent &event : std::as_const(m_events)) {
        QString summary = event.summary.isEmpty() ? event.type : event.summary;
        if (summary.size() > kSummaryChars)
            summary = summary.left(kSummaryChars - 1) + QChar(0x2026);
        const QString channel = TimelineModel::channelName(event.channel);
        const QString ago = RelativeTime::ago(event.at, now);
        // Non-breaking spaces keep each chip on one line; the strip wraps between chips.
        QString body = tr("<b>%1</b> %2 \u2014 %3")
                           .arg(channel.toHtmlEscaped(), ago.toHtmlEscaped(), summary.toHtmlEscaped());
        html.append(body.replace(QLatin1Char(' '), QStringLiteral("&nbsp;")));
        m_chipTexts.append(tr("%1, %2: %3").arg(channel, ago, summary));
    }
    m_text->setText(html.join(QStringLiteral(" &nbsp;&nbsp;&middot;&nbsp;&nbsp; ")));
    m_text->setAccessibleName(m_chipTexts.join(QStringLiteral("; ")));
    m_text->setVisible(!m_events.isEmpty());
    m_empty->setVisible(m_events.isEmpty());
    if (m_events.isEmpty())
        m_ageTimer.stop();
    else if (!m_ageTimer.isActive())
        m_ageTimer.start();
}

QStringList LatelyStrip::chipTexts() const
{
    return m_chipTexts;
}

} // namespace omnidesk::ui

#include "LatelyStrip.h"

#include "DataAgeLabel.h"
#include "Icons.h"
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
    : QWidget(parent), m_empty(new QLabel(this)), m_age(new DataAgeLabel(this)), m_chips(new QHBoxLayout),
      m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    setObjectName(QStringLiteral("latelyStrip"));
    setAttribute(Qt::WA_StyledBackground);
    setAccessibleName(tr("What happened lately"));
    auto *title = new QLabel(tr("Lately"), this);
    title->setObjectName(QStringLiteral("panelTitle"));
    m_empty->setObjectName(QStringLiteral("emptyHint"));
    m_empty->setText(tr("Nothing in the last two weeks."));

    m_chips->setSpacing(8);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 8, 16, 8);
    layout->setSpacing(12);
    layout->addWidget(title);
    layout->addWidget(m_empty);
    layout->addLayout(m_chips, 1);
    layout->addWidget(m_age);

    m_ageTimer.setInterval(30'000);
    connect(&m_ageTimer, &QTimer::timeout, this, &LatelyStrip::rebuild);
    rebuild();
}

void LatelyStrip::setTimeline(const QList<TimelineEvent> &timeline)
{
    m_events = latelySummary(timeline, m_clock());
    if (m_events.size() > kMaxChips)
        m_events.resize(kMaxChips);
    rebuild();
}

void LatelyStrip::rebuild()
{
    for (QLabel *chip : std::as_const(m_chipLabels))
        delete chip;
    m_chipLabels.clear();
    while (QLayoutItem *item = m_chips->takeAt(0))
        delete item;
    const QDateTime now = m_clock();
    for (const TimelineEvent &event : std::as_const(m_events)) {
        QString summary = event.summary.isEmpty() ? event.type : event.summary;
        if (summary.size() > kSummaryChars)
            summary = summary.left(kSummaryChars - 1) + QChar(0x2026);
        const QString channel = TimelineModel::channelName(event.channel);
        auto *chip = new QLabel(this);
        chip->setObjectName(QStringLiteral("latelyChip"));
        chip->setTextFormat(Qt::RichText);
        const QString icon = QStringLiteral("<img src=\"qrc:/icons/%1.svg\" width=\"14\" height=\"14\"> ")
                                 .arg(Icons::channelIconName(event.channel));
        chip->setText(icon + tr("<b>%1</b> %2 \u2014 %3")
                                 .arg(channel.toHtmlEscaped(),
                                      RelativeTime::ago(event.at, now).toHtmlEscaped(),
                                      summary.toHtmlEscaped()));
        chip->setAccessibleName(tr("%1, %2: %3").arg(channel, RelativeTime::ago(event.at, now), summary));
        chip->setToolTip(event.summary);
        m_chips->addWidget(chip);
        m_chipLabels.append(chip);
    }
    m_chips->addStretch();
    m_empty->setVisible(m_events.isEmpty());
    if (m_events.isEmpty())
        m_ageTimer.stop();
    else if (!m_ageTimer.isActive())
        m_ageTimer.start();
}

QStringList LatelyStrip::chipTexts() const
{
    QStringList texts;
    for (const QLabel *chip : m_chipLabels)
        texts.append(chip->accessibleName());
    return texts;
}

} // namespace omnidesk::ui

#pragma once

#include "Profile.h"

#include <QTimer>
#include <QWidget>

#include <functional>

class QLabel;

namespace omnidesk::ui {

class DataAgeLabel;

// "What happened lately": the newest event of each channel in the last two
// weeks, one chip per channel with its icon, age and summary, so the agent
// can greet the customer without asking them to repeat the story.
class LatelyStrip : public QWidget
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    explicit LatelyStrip(QWidget *parent = nullptr);

    // Recomputes the strip from a newest-first timeline.
    void setTimeline(const QList<TimelineEvent> &timeline);
    void clear() { setTimeline({}); }
    void setClock(Clock clock) { m_clock = std::move(clock); }

    const QList<TimelineEvent> &events() const { return m_events; }
    // The chips' texts, for tests and screen readers.
    QStringList chipTexts() const;
    DataAgeLabel *ageLabel() const { return m_age; }

private:
    void rebuild();

    QLabel *m_empty;
    DataAgeLabel *m_age;
    QLabel *m_text; // every chip in one word-wrapped label, so the strip never widens the window
    QStringList m_chipTexts;
    QList<TimelineEvent> m_events;
    Clock m_clock;
    QTimer m_ageTimer; // keeps "2 h ago" current
};

} // namespace omnidesk::ui

#pragma once

#include "Profile.h"

#include <QTimer>
#include <QWidget>

#include <functional>

class QLabel;

namespace omnidesk {
class LatelyModel;
}

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
    // Adds events newer than the timeline shown (newest first), touching
    // only the chips they change.
    void addEvents(const QList<TimelineEvent> &events);
    void clear() { setTimeline({}); }
    void setClock(Clock clock);
    LatelyModel *model() const { return m_model; }

    const QList<TimelineEvent> &events() const { return m_events; }
    // The chips' texts, for tests and screen readers.
    QStringList chipTexts() const;
    DataAgeLabel *ageLabel() const { return m_age; }

private:
    // Takes the model's first chips; renders when they differ from those shown.
    void refresh();
    void render();

    QLabel *m_empty;
    DataAgeLabel *m_age;
    QLabel *m_text; // every chip in one word-wrapped label, so the strip never widens the window
    QStringList m_chipTexts;
    LatelyModel *m_model;
    QList<TimelineEvent> m_events; // the chips shown: the model's first kMaxChips rows
    Clock m_clock;
    QTimer m_ageTimer; // keeps "2 h ago" current
};

} // namespace omnidesk::ui

#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QTreeView;

namespace omnidesk {
class TimelineModel;
}

namespace omnidesk::ui {

class ChannelIconProxy;

// What happened across channels, newest first. Uniform row heights keep the
// view virtualised for very long timelines.
class TimelinePanel : public QWidget
{
    Q_OBJECT
public:
    explicit TimelinePanel(TimelineModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    QString countText() const;

private:
    void refresh();

    TimelineModel *m_model;
    ChannelIconProxy *m_proxy;
    QTreeView *m_view;
    QLabel *m_count;
    QLabel *m_empty;
    QTimer m_newTimer;
};

} // namespace omnidesk::ui

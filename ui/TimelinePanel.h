#pragma once

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTreeView;

namespace omnidesk {
class TimelineFilterModel;
class TimelineModel;
} // namespace omnidesk

namespace omnidesk::ui {

class ChannelIconProxy;
class DataAgeLabel;

// What happened across channels, newest first. Uniform row heights keep the
// view virtualised for very long timelines. A channel box and a search field
// above the view narrow the rows; both are cleared when another customer's
// timeline is loaded (a model reset), and kept when new events arrive.
class TimelinePanel : public QWidget
{
    Q_OBJECT
public:
    explicit TimelinePanel(TimelineModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    QComboBox *channelBox() const { return m_channelBox; }
    QLineEdit *searchEdit() const { return m_search; }
    TimelineFilterModel *filterModel() const { return m_filter; }
    QString countText() const;
    DataAgeLabel *ageLabel() const { return m_age; }

private:
    void refresh();
    void rebuildChannels();
    void addChannels(int first, int last);

    TimelineModel *m_model;
    TimelineFilterModel *m_filter;
    ChannelIconProxy *m_proxy;
    QComboBox *m_channelBox;
    QLineEdit *m_search;
    QTreeView *m_view;
    QLabel *m_count;
    QLabel *m_empty;
    DataAgeLabel *m_age;
    QTimer m_newTimer;
};

} // namespace omnidesk::ui

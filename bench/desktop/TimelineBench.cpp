// Timeline: a TimelinePanel (the desktop's real widget, with its
// TimelineFilterModel) over a TimelineModel of many events, shown on the
// current platform. Each sample is the change (a channel picked in the box,
// text typed into the search field, a page or jump scrolled) plus the
// synchronous repaint of the view that follows it.

#include "BenchResults.h"
#include "BenchSupport.h"
#include "DesktopBenches.h"
#include "Profile.h"
#include "TimelineFilterModel.h"
#include "TimelineModel.h"
#include "TimelinePanel.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTextStream>
#include <QTreeView>

namespace omnidesk::bench::desktop {

namespace {

// `count` events, newest first, over the last two years, mixed channels.
QList<TimelineEvent> makeEvents(int count)
{
    static const struct
    {
        const char *channel;
        const char *type;
        const char *summary; // %1: a number
        int weight;
    } kinds[] = {
        {"web", "page.view", "Viewed product page %1", 40},
        {"app", "app.open", "Opened the app on screen %1", 15},
        {"email", "email.opened", "Opened the newsletter of week %1", 15},
        {"sms", "sms.sent", "Delivery reminder %1 sent", 10},
        {"push", "push.opened", "Opened the push message %1", 5},
        {"chat", "chat.message", "Asked in chat about order %1", 5},
        {"store", "store.purchase", "Bought in store, receipt %1", 5},
        {"call", "call.ended", "Called about return %1", 5},
    };
    QRandomGenerator random(4242); // the same events on every run
    QList<TimelineEvent> events;
    events.reserve(count);
    const QDateTime newest = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < count; ++i) {
        int pick = int(random.bounded(100));
        const auto *kind = &kinds[0];
        for (const auto &k : kinds) {
            if (pick < k.weight) {
                kind = &k;
                break;
            }
            pick -= k.weight;
        }
        events.append(TimelineEvent{QStringLiteral("tl-%1").arg(i),
                                    newest.addSecs(-qint64(i) * 600 - random.bounded(600)),
                                    QString::fromLatin1(kind->channel), QString::fromLatin1(kind->type),
                                    QString::fromLatin1(kind->summary).arg(random.bounded(5000))});
    }
    return events;
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

bool runTimeline(const Options &options, BenchResults &results)
{
    QTextStream err(stderr);
    TimelineModel model;
    ui::TimelinePanel panel(&model);
    panel.resize(900, 760);
    panel.show();
    QApplication::processEvents();
    QTreeView *view = panel.view();
    auto repaint = [&] { view->viewport()->repaint(); };

    const QList<TimelineEvent> small = makeEvents(10'000);
    const QList<TimelineEvent> events = makeEvents(options.timelineEvents);
    QElapsedTimer timer;

    // Memory of the rows (this process's RSS before and after).
    const qint64 rss0 = rssKiB();
    model.setEvents(small);
    repaint();
    const qint64 rss10k = rssKiB();
    timer.start();
    model.setEvents(events);
    repaint();
    const double firstLoad = msSince(timer);
    const qint64 rssAll = rssKiB();
    results.setContext(QStringLiteral("timeline_events"), options.timelineEvents);
    results.add(QStringLiteral("timeline_load_ms"), firstLoad, QStringLiteral("ms"));
    results.add(QStringLiteral("timeline_rss_10k_events_mb"), double(rss10k - rss0) * 1024.0 / 1e6,
                QStringLiteral("MB"));
    results.add(QStringLiteral("timeline_rss_all_events_mb"), double(rssAll - rss0) * 1024.0 / 1e6,
                QStringLiteral("MB"));

    // Channel filter, through the panel's channel box; then back to all channels.
    QComboBox *box = panel.channelBox();
    if (box->count() < 2) {
        err << "bench_desktop: the timeline panel lists no channels" << Qt::endl;
        return false;
    }
    QList<double> channelMs;
    QList<double> channelClearMs;
    QList<double> channelRows;
    for (int run = 0; run < options.timelineRuns; ++run) {
        timer.start();
        box->setCurrentIndex(1 + run % (box->count() - 1));
        repaint();
        channelMs.append(msSince(timer));
        channelRows.append(panel.filterModel()->rowCount());
        timer.start();
        box->setCurrentIndex(0);
        repaint();
        channelClearMs.append(msSince(timer));
    }
    results.addLatencies(QStringLiteral("timeline_filter_channel"), channelMs);
    results.addLatencies(QStringLiteral("timeline_filter_channel_clear"), channelClearMs);

    // Text search, as if pasted into the search field; then cleared.
    static const char *const terms[] = {"page 4", "newsletter", "order 12", "receipt 4999", "no such text"};
    QLineEdit *search = panel.searchEdit();
    QList<double> searchMs;
    QList<double> searchClearMs;
    for (int run = 0; run < options.timelineRuns; ++run) {
        timer.start();
        search->setText(QString::fromLatin1(terms[run % std::size(terms)]));
        repaint();
        searchMs.append(msSince(timer));
        timer.start();
        search->clear();
        repaint();
        searchClearMs.append(msSince(timer));
    }
    results.addLatencies(QStringLiteral("timeline_search"), searchMs);
    results.addLatencies(QStringLiteral("timeline_search_clear"), searchClearMs);

    // Scrolling, all rows shown: page steps down from the top, then jumps.
    if (panel.filterModel()->rowCount() != options.timelineEvents) {
        err << "bench_desktop: the filters were not cleared" << Qt::endl;
        return false;
    }
    view->scrollToTop();
    repaint();
    QScrollBar *bar = view->verticalScrollBar();
    QList<double> pageMs;
    for (int step = 0; step < options.timelineRuns * 10 && bar->value() < bar->maximum(); ++step) {
        timer.start();
        bar->triggerAction(QAbstractSlider::SliderPageStepAdd);
        repaint();
        pageMs.append(msSince(timer));
    }
    results.addLatencies(QStringLiteral("timeline_scroll_page"), pageMs);
    QList<double> jumpMs;
    for (int run = 0; run < options.timelineRuns; ++run) {
        timer.start();
        if (run % 2 == 0)
            view->scrollToBottom();
        else
            view->scrollToTop();
        repaint();
        jumpMs.append(msSince(timer));
    }
    results.addLatencies(QStringLiteral("timeline_scroll_jump"), jumpMs);
    // The same jumps with a channel filter on (the view holds the proxy's rows).
    box->setCurrentIndex(1);
    repaint();
    QList<double> filteredJumpMs;
    for (int run = 0; run < options.timelineRuns; ++run) {
        timer.start();
        if (run % 2 == 0)
            view->scrollToBottom();
        else
            view->scrollToTop();
        repaint();
        filteredJumpMs.append(msSince(timer));
    }
    results.addLatencies(QStringLiteral("timeline_scroll_jump_filtered"), filteredJumpMs);
    box->setCurrentIndex(0);

    // A reload of the whole timeline (another customer's), repeated.
    QList<double> loadMs;
    for (int run = 0; run < std::max(3, options.timelineRuns / 5); ++run) {
        timer.start();
        model.setEvents(run % 2 == 0 ? small : events);
        repaint();
        if (run % 2 == 1)
            loadMs.append(msSince(timer));
    }
    results.addLatencies(QStringLiteral("timeline_reload"), loadMs);
    return true;
}

} // namespace omnidesk::bench::desktop

#include "BenchTrace.h"

#include "CallView.h"
#include "DesktopController.h"
#include "MainWindow.h"
#include "ProfileClient.h"

#include <QApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>
#include <QWindow>

#include <chrono>
#include <cstdio>

namespace omnidesk {

bool BenchTrace::isEnabled()
{
    static const bool enabled = qEnvironmentVariableIsSet("OMNIDESK_BENCH_TRACE");
    return enabled;
}

void BenchTrace::mark(const QString &milestone)
{
    if (!isEnabled())
        return;
    const auto now = std::chrono::steady_clock::now().time_since_epoch();
    const long long ns = std::chrono::duration_cast<std::chrono::nanoseconds>(now).count();
    std::fprintf(stderr, "omnidesk-trace: %s %lld\n", milestone.toUtf8().constData(), ns);
    std::fflush(stderr);
}

BenchTrace::BenchTrace(DesktopController *controller, QObject *parent) : QObject(parent)
{
    qApp->installEventFilter(this);
    connect(controller->client(), &net::ProfileClient::stateChanged, this,
            [](net::ProfileClient::State state) {
                if (state == net::ProfileClient::State::Online)
                    mark(QStringLiteral("online"));
            });
    if (auto *callView = controller->mainWindow()->findChild<ui::CallView *>())
        connect(callView, &ui::CallView::popped, this, [] { mark(QStringLiteral("popped")); });
}

BenchTrace::~BenchTrace()
{
    qApp->removeEventFilter(this);
}

bool BenchTrace::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Expose)
        return false;
    auto *window = qobject_cast<QWindow *>(watched);
    if (!window || !window->isExposed())
        return false;
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget->windowHandle() != window)
            continue;
        const QString name = QString::fromLatin1(widget->metaObject()->className());
        if (m_exposed.contains(name))
            break;
        m_exposed.insert(name);
        // The widget paints and flushes while it handles the expose event
        // (after this filter): report on the next pass of the event loop.
        QTimer::singleShot(0, this, [name] { mark(QStringLiteral("exposed:") + name); });
        break;
    }
    return false;
}

} // namespace omnidesk

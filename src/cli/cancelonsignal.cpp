#include "cancelonsignal.h"

#include "db/backgroundquery.h"

#include <QSocketNotifier>

#include <atomic>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace {

// The write end of the pipe the signal handler reports to: write() is all a handler may safely do, so
// the main thread's event loop reads the pipe and cancels the BackgroundQuery (which takes a mutex).
std::atomic<int> g_signalPipe{-1};
// Or the flag a polling job reads (a lock-free atomic store is safe in a handler).
std::atomic<std::atomic<bool> *> g_signalFlag{nullptr};

void onSignal(int)
{
    if (std::atomic<bool> *flag = g_signalFlag.load())
        *flag = true;
    const int fd = g_signalPipe.load();
    if (fd >= 0) {
        const char byte = 1;
        [[maybe_unused]] const auto written = ::write(fd, &byte, 1);  // a full pipe already holds a cancel
    }
}

} // namespace

CancelOnSignal::CancelOnSignal(BackgroundQuery *query) : CancelOnSignal(query, [query] { query->cancel(); })
{
}

CancelOnSignal::CancelOnSignal(QObject *context, std::function<void()> handler)
{
    if (::pipe2(m_pipe, O_CLOEXEC | O_NONBLOCK) != 0) {
        m_pipe[0] = m_pipe[1] = -1;
        return;  // no pipe: the guard's immediate exit stays, and nothing is written either way
    }
    m_notifier = std::make_unique<QSocketNotifier>(m_pipe[0], QSocketNotifier::Read);
    QObject::connect(m_notifier.get(), &QSocketNotifier::activated, context, [handler = std::move(handler), fd = m_pipe[0]] {
        char bytes[16];
        while (::read(fd, bytes, sizeof bytes) > 0) {
        }
        handler();
    });
    g_signalPipe = m_pipe[1];
    install();
}

CancelOnSignal::CancelOnSignal(std::atomic<bool> *flag)
{
    *flag = false;
    g_signalFlag = flag;
    install();
}

void CancelOnSignal::install()
{
    struct sigaction action;
    std::memset(&action, 0, sizeof action);
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    for (int i = 0; i < 3; ++i)
        sigaction(Signals[i], &action, &m_previous[i]);
    m_installed = true;
}

CancelOnSignal::~CancelOnSignal()
{
    if (m_installed) {
        for (int i = 0; i < 3; ++i)
            sigaction(Signals[i], &m_previous[i], nullptr);
    }
    g_signalFlag = nullptr;
    if (m_pipe[0] < 0)
        return;
    g_signalPipe = -1;
    m_notifier.reset();
    ::close(m_pipe[0]);
    ::close(m_pipe[1]);
}

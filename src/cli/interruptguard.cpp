#include "interruptguard.h"

#include "db/transaction.h"

#include <atomic>
#include <csignal>
#include <cstring>

#include <termios.h>
#include <unistd.h>

namespace {

volatile std::sig_atomic_t g_deferred = 0;
termios g_savedTerminal;
volatile std::sig_atomic_t g_terminalSaved = 0;

void onSignal(int)
{
    if (g_terminalSaved)
        tcsetattr(STDIN_FILENO, TCSANOW, &g_savedTerminal);
    if (Transaction::commitInFlight()) {
        g_deferred = 1;
        return;
    }
    static const char message[] = "\nwaqtor-db: interrupted; nothing was written.\n";
    const ssize_t ignored = write(STDERR_FILENO, message, sizeof message - 1);
    (void)ignored;
    _exit(130);
}

} // namespace

void InterruptGuard::install()
{
    struct sigaction action;
    std::memset(&action, 0, sizeof action);
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGHUP, &action, nullptr);
}

bool InterruptGuard::deferredSignal()
{
    return g_deferred != 0;
}

void InterruptGuard::rememberTerminal(const void *termiosState)
{
    std::memcpy(&g_savedTerminal, termiosState, sizeof g_savedTerminal);
    g_terminalSaved = 1;
}

void InterruptGuard::forgetTerminal()
{
    g_terminalSaved = 0;
}

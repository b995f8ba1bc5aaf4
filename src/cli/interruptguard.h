#pragma once

/**
 * Ctrl-C and SIGTERM end waqtor-db at once with exit code 130: an open transaction dies with the
 * connection, so nothing is written. Only while a COMMIT is in flight is the signal held until the
 * command finishes, since the server may already have saved the change.
 */
class InterruptGuard
{
public:
    static void install();
    static bool deferredSignal();  // a signal arrived while a COMMIT was in flight
    // Terminal state to restore if a signal lands while a password prompt has echo switched off.
    static void rememberTerminal(const void *termiosState);
    static void forgetTerminal();
};

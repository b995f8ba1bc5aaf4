#pragma once

#include <QtGlobal>

/**
 * Keeps Qt's own diagnostics away from users: QPSQL's "Unable to free statement" after a lost
 * connection, "rollbackTransaction: Database not open", a misused QString::arg. Our code never speaks
 * through Qt's message handler (the CLI writes its sentences to stderr itself, the app shows them in
 * dialogs), so every debug, info and warning message is Qt's: dropped unless WAQTOR_DEBUG is set.
 * Critical and fatal messages always pass.
 */
class QtMessageFilter
{
public:
    // Call first thing in main(); reads WAQTOR_DEBUG once.
    static void install();
    static bool shows(QtMsgType type, bool debug);
};

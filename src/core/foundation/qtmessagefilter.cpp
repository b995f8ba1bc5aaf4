#include "foundation/qtmessagefilter.h"

#include <QString>

namespace {

QtMessageHandler g_previous = nullptr;
bool g_debug = false;

void filter(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (QtMessageFilter::shows(type, g_debug) && g_previous)
        g_previous(type, context, message);
}

} // namespace

void QtMessageFilter::install()
{
    g_debug = qEnvironmentVariableIsSet("WAQTOR_DEBUG");
    g_previous = qInstallMessageHandler(filter);
}

bool QtMessageFilter::shows(QtMsgType type, bool debug)
{
    return debug || type == QtCriticalMsg || type == QtFatalMsg;
}

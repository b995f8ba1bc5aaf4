#include "watchcommand.h"

#include "cancelonsignal.h"
#include "clioutput.h"
#include "live/changelistener.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTimer>

#include <climits>

namespace {

// Gives lupdate and the translator one context for this file's sentences.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(WatchCommand)
};

// The app's page names stand for their tables too.
QString tableNamed(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("sessions"))
        return QStringLiteral("whatsapp_sessions");
    if (n == QLatin1String("contacts"))
        return QStringLiteral("recipients");
    return ChangeEvent::tables().contains(n) ? n : QString();
}

QString line(const ChangeEvent &e)
{
    const QString rows = e.rows < 0 ? Tr::tr("all rows") : e.rows == 1 ? Tr::tr("1 row") : Tr::tr("%n rows", nullptr, int(qMin<qint64>(e.rows, INT_MAX)));
    QString owners = e.owners.join(QStringLiteral(", "));
    if (e.ownersTotal < 0)
        owners = Tr::tr("every owner");
    else if (e.truncated)
        owners = Tr::tr("%1 and %2 more").arg(owners).arg(e.ownersTotal - e.owners.size());
    return QStringLiteral("%1  %2 %3  %4  %5").arg(e.at.toString(Qt::ISODateWithMs), e.op, e.table, rows,
                                                   owners.isEmpty() ? QStringLiteral("-") : owners);
}

} // namespace

int WatchCommand::run(const ParsedCommand &command)
{
    QStringList tables;
    for (const QString &name : command.arguments) {
        const QString table = tableNamed(name);
        if (table.isEmpty())
            return CliOutput::fail(Error::invalid(Tr::tr("\"%1\" is not a watched table; use %2 (or sessions, contacts).")
                                                      .arg(CliOutput::visible(name), ChangeEvent::tables().join(QStringLiteral(", ")))));
        tables << table;
    }
    int seconds = 0;
    if (command.isSet(QStringLiteral("for"))) {
        bool ok = false;
        seconds = command.value(QStringLiteral("for")).toInt(&ok);
        if (!ok || seconds <= 0 || seconds > 31 * 24 * 3600)
            return CliOutput::fail(Error::invalid(Tr::tr("--for takes a number of seconds from 1 to 2678400, not \"%1\".")
                                                      .arg(CliOutput::visible(command.value(QStringLiteral("for"))))));
    }
    {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("SELECT to_regproc('waqtor_notify_change') IS NOT NULL")) || !q.next())
            return CliOutput::fail(Error::database(Tr::tr("Could not check whether this database announces its changes.")));
        if (!q.value(0).toBool())
            return CliOutput::fail(Error::database(Tr::tr("This database does not announce its changes yet; run "
                                                          "\"waqtor-db migrate\" first.")));
    }
    const bool json = command.isSet(QStringLiteral("json"));

    QEventLoop loop;
    ChangeListener listener(m_settings);
    bool everListened = false;
    QObject::connect(&listener, &ChangeListener::listening, &loop, [&] {
        CliOutput::err(everListened ? Tr::tr("Listening again; changes made while the connection was down were not announced.")
                                    : Tr::tr("Watching %1 for changes; Ctrl-C stops.")
                                          .arg((tables.isEmpty() ? ChangeEvent::tables() : tables).join(QStringLiteral(", "))));
        everListened = true;
    });
    QObject::connect(&listener, &ChangeListener::lost, &loop, [](const Error &error) {
        CliOutput::err(QStringLiteral("waqtor-db: ") + error.message);
    });
    QObject::connect(&listener, &ChangeListener::retryScheduled, &loop, [](int msecs) {
        CliOutput::err(Tr::tr("Trying again in %1 s.").arg(qMax(1, msecs / 1000)));
    });
    QObject::connect(&listener, &ChangeListener::changed, &loop, [&](const ChangeEvent &e) {
        if (!tables.isEmpty() && !tables.contains(e.table))
            return;
        CliOutput::out(json ? QString::fromUtf8(QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact)) : line(e));
        if (CliOutput::outFailed())
            loop.exit(1);  // nobody reads any more: CliOutput::finish names the cause
    });
    if (seconds > 0)
        QTimer::singleShot(seconds * 1000, &loop, [&loop] { loop.exit(0); });
    const CancelOnSignal onSignal(&loop, [&loop] { loop.exit(130); });
    listener.start();
    const int code = loop.exec();
    listener.stop();
    if (code == 130)
        CliOutput::err(Tr::tr("Stopped watching."));
    return code;
}

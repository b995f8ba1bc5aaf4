#include "psqlprocess.h"

#include <QProcessEnvironment>

void PsqlProcess::start(QProcess &psql, const ConnectionSettings &s, const QStringList &arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), s.password);  // never on the command line
    psql.setProcessEnvironment(env);
    psql.start(QStringLiteral("psql"), QStringList{QStringLiteral("-X"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                                                   QStringLiteral("-h"), s.host, QStringLiteral("-p"), QString::number(s.port),
                                                   QStringLiteral("-U"), s.user, QStringLiteral("-d"), s.databaseName}
                                           + arguments);
}

#include "privateserver.h"

#include <QFile>
#include <QProcess>

PrivateServer::PrivateServer()
{
    m_dir.setAutoRemove(true);
}

PrivateServer::~PrivateServer()
{
    if (QFile::exists(m_dir.path() + QStringLiteral("/cluster/cluster.state")))
        cluster({QStringLiteral("destroy")});
}

bool PrivateServer::cluster(const QStringList &arguments)
{
    QProcess script;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PGCLUSTER_NOSYNC"), QStringLiteral("1"));
    script.setProcessEnvironment(environment);
    script.setProcessChannelMode(QProcess::MergedChannels);
    QStringList all{arguments.first(), m_dir.path() + QStringLiteral("/cluster")};
    all += arguments.mid(1);
    script.start(QStringLiteral(WAQTOR_PG_CLUSTER_SCRIPT), all);
    if (!script.waitForFinished(120000) || script.exitStatus() != QProcess::NormalExit || script.exitCode() != 0) {
        m_error = QStringLiteral("pg-cluster.sh %1 failed: %2").arg(arguments.join(u' '), QString::fromLocal8Bit(script.readAll()));
        return false;
    }
    return true;
}

bool PrivateServer::start()
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary folder: ") + m_dir.errorString();
        return false;
    }
    // The script picks a free port the first time and keeps it in cluster.state for the restarts;
    // a client reconnecting after a restart finds the server where it was.
    QStringList arguments{QStringLiteral("start")};
    if (m_port != 0)
        arguments << QString::number(m_port);
    if (!cluster(arguments))
        return false;
    if (m_port != 0)
        return true;
    QFile state(m_dir.path() + QStringLiteral("/cluster/cluster.state"));
    QFile password(m_dir.path() + QStringLiteral("/cluster/password"));
    if (!state.open(QIODevice::ReadOnly) || !password.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("cannot read the cluster's state or password");
        return false;
    }
    for (const QByteArray &line : state.readAll().split('\n'))
        if (line.startsWith("port="))
            m_port = line.mid(5).toInt();
    m_password = QString::fromUtf8(password.readAll()).trimmed();
    if (m_port == 0) {
        m_error = QStringLiteral("cluster.state names no port");
        return false;
    }
    return true;
}

bool PrivateServer::stop()
{
    return cluster({QStringLiteral("stop")});
}

ConnectionSettings PrivateServer::settings(const QString &database) const
{
    ConnectionSettings s;
    s.host = QStringLiteral("127.0.0.1");
    s.port = m_port;
    s.databaseName = database;
    s.user = QStringLiteral("waqtor");  // pg-cluster.sh's superuser
    s.password = m_password;
    s.sslMode = ConnectionSettings::SslMode::Disable;
    return s;
}

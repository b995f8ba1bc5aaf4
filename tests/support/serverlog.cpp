#include "serverlog.h"

#include <QFile>
#include <QStringList>

ServerLog::ServerLog() : m_path(qEnvironmentVariable("WAQTOR_TEST_PGLOG"))
{
    if (m_path.isEmpty()) {
        m_error = QStringLiteral("WAQTOR_TEST_PGLOG is not set: run the suite with scripts/test.sh, which starts the "
                                 "test server and says where it logs.");
        return;
    }
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("Cannot read the server log %1: %2").arg(m_path, file.errorString());
        return;
    }
    m_start = file.size();
}

QString ServerLog::textSince() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(m_start))
        return {};
    return QString::fromUtf8(file.readAll());
}

QStringList ServerLog::linesWith(const QStringList &needles) const
{
    QStringList found;
    const QStringList lines = textSince().split(u'\n');
    for (const QString &line : lines) {
        bool all = true;
        for (const QString &needle : needles)
            all = all && line.contains(needle);
        if (all)
            found << line;
    }
    return found;
}

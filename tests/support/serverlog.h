#pragma once

#include <QString>

/**
 * The test server's log file (WAQTOR_TEST_PGLOG, set by scripts/test.sh), read from the point it had
 * reached when this object was made: what the server logged while a test ran. Tests run in
 * parallel, so other tests' lines may be in it too.
 */
class ServerLog
{
public:
    ServerLog();

    // False, with error() saying why, when the log is not configured or not readable.
    bool isOpen() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    // Everything logged since construction.
    QString textSince() const;
    // The lines logged since construction that contain every one of `needles`.
    QStringList linesWith(const QStringList &needles) const;

private:
    QString m_path;
    qint64 m_start = 0;
    QString m_error;
};

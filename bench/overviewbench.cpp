// Overview benchmark: what migration 0008's summary triggers cost the Node server's message writes,
// measured on the psql commands a user would type for the same writes (Node-style single-row INSERTs
// and ack UPDATEs, and one bulk INSERT … SELECT and UPDATE), each run with the triggers and without
// them side by side in one run, ratio printed; and the whole `waqtor-admin --page overview --screenshot`
// run on the given database beside an empty one (--empty-db). Figures, not verdicts; see bench/README.md.

#include "benchsetup.h"
#include "db/connectionsettings.h"
#include "db/database.h"
#include "psqlprocess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

void say(const QString &line)
{
    std::printf("%s\n", line.toUtf8().constData());
    std::fflush(stdout);
}

// Ids the bench writes and then updates by primary key, as the Node server does when an ack arrives.
// Version-4-shaped but with a fixed prefix no gen_random_uuid() value shares in practice; every run
// is rolled back, so runs never meet each other's rows.
QString benchId(const QString &prefix, int n)
{
    return QStringLiteral("00000000-0000-4000-%1-%2").arg(prefix).arg(n, 12, 10, QLatin1Char('0'));
}

// One workload: the statements a user would type into psql, cut into timed parts.
struct Workload
{
    QString name;
    QStringList parts;       // each timed on the server's clock (clock_timestamp() before and after)
    QStringList partNames;
};

Workload nodeStyle(int messages)
{
    // One INSERT per message, then one UPDATE per ack (sent, delivered, read): one trigger run each.
    QString inserts, acks;
    for (int i = 1; i <= messages; ++i)
        inserts += QStringLiteral("INSERT INTO messages (id, user_id, session_id, phone_number, message_text, status, ack_status) "
                                  "VALUES ('%1', :'owner', NULLIF(:'session', '')::uuid, '+1555%2', 'Hello', 'pending', 0);\n")
                       .arg(benchId(QStringLiteral("8000"), i))
                       .arg(i, 7, 10, QLatin1Char('0'));
    const char *stages[][2] = {{"sent", "1"}, {"delivered", "2"}, {"read", "3"}};
    for (const auto &stage : stages)
        for (int i = 1; i <= messages; ++i)
            acks += QStringLiteral("UPDATE messages SET status = '%1', ack_status = %2 WHERE id = '%3';\n")
                        .arg(QLatin1String(stage[0]), QLatin1String(stage[1]), benchId(QStringLiteral("8000"), i));
    return {QStringLiteral("Node style"), {inserts, acks},
            {QStringLiteral("%1 single-row INSERTs").arg(QLocale::c().toString(messages)),
             QStringLiteral("%1 single-row ack UPDATEs").arg(QLocale::c().toString(3 * messages))}};
}

Workload bulk(int rows)
{
    const QString insert = QStringLiteral(
        "INSERT INTO messages (id, user_id, session_id, phone_number, status, ack_status, created_at) "
        "SELECT ('00000000-0000-4000-9000-' || lpad(g::text, 12, '0'))::uuid, :'owner', NULLIF(:'session', '')::uuid, "
        "'+1556' || g, (ARRAY['sent', 'delivered', 'read', 'failed'])[1 + g % 4], g % 4, "
        "CURRENT_TIMESTAMP - g * interval '1 second' FROM generate_series(1, %1) g;\n").arg(rows);
    const QString update = QStringLiteral("UPDATE messages SET status = 'read', ack_status = 3 WHERE id BETWEEN '%1' AND '%2';\n")
                               .arg(benchId(QStringLiteral("9000"), 1), benchId(QStringLiteral("9000"), rows));
    return {QStringLiteral("bulk"), {insert, update},
            {QStringLiteral("one INSERT … SELECT of %1 rows").arg(QLocale::c().toString(rows)),
             QStringLiteral("one UPDATE of those %1 rows").arg(QLocale::c().toString(rows))}};
}

struct Timing
{
    QList<double> partsMs;  // server clock, per part
    double processMs = -1;  // the whole psql process: start, connect, every statement, exit
};

// Runs the workload through psql in a transaction that is always rolled back, with the summary
// triggers on or off (ALTER TABLE … DISABLE TRIGGER locks messages: a bench database only).
std::optional<Timing> runPsql(const ConnectionSettings &s, const QString &scriptPath, const Workload &w, bool triggers,
                              const QString &owner, const QString &session)
{
    QString script = QStringLiteral("BEGIN;\n");
    if (!triggers)
        script += QStringLiteral("ALTER TABLE messages DISABLE TRIGGER waqtor_message_daily_insert;\n"
                                 "ALTER TABLE messages DISABLE TRIGGER waqtor_message_daily_update;\n");
    script += QStringLiteral("SELECT clock_timestamp() AS waqtor_t \\gset\n");
    for (const QString &part : w.parts)
        script += part + QStringLiteral("SELECT round((extract(epoch FROM clock_timestamp() - :'waqtor_t'::timestamptz) * 1000)::numeric, 1) "
                                        "AS waqtor_ms, clock_timestamp() AS waqtor_t \\gset\n\\echo waqtor-bench :waqtor_ms\n");
    script += QStringLiteral("ROLLBACK;\n");
    QFile file(scriptPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(script.toUtf8()) < 0 || !file.flush()) {
        say(QStringLiteral("overview-bench: could not write %1: %2").arg(scriptPath, file.errorString()));
        return std::nullopt;
    }
    file.close();
    QProcess psql;
    QElapsedTimer timer;
    timer.start();
    PsqlProcess::start(psql, s, {QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("owner=") + owner,
                                 QStringLiteral("-v"), QStringLiteral("session=") + session, QStringLiteral("-f"), scriptPath});
    if (!psql.waitForFinished(600000) || psql.exitStatus() != QProcess::NormalExit || psql.exitCode() != 0) {
        say(QStringLiteral("overview-bench: psql failed on the %1 workload: %2")
                .arg(w.name, QString::fromUtf8(psql.readAllStandardError()).left(500)));
        return std::nullopt;
    }
    Timing t;
    t.processMs = timer.nsecsElapsed() / 1e6;
    static const QRegularExpression line(QStringLiteral("^waqtor-bench ([0-9.]+)$"), QRegularExpression::MultilineOption);
    for (auto m = line.globalMatch(QString::fromUtf8(psql.readAllStandardOutput())); m.hasNext();)
        t.partsMs << m.next().captured(1).toDouble();
    if (t.partsMs.size() != w.parts.size()) {
        say(QStringLiteral("overview-bench: psql did not report the %1 workload's timings.").arg(w.name));
        return std::nullopt;
    }
    return t;
}

QString row(const QString &what, double with, double without)
{
    return QStringLiteral("| %1 | %2 ms | %3 ms | %4 |")
        .arg(what)
        .arg(with, 0, 'f', 1)
        .arg(without, 0, 'f', 1)
        .arg(with / without, 0, 'f', 2);
}

// With and without alternated, best of `runs` each: the machine is shared, so only a ratio measured
// side by side in one run means anything.
bool compare(const ConnectionSettings &s, const QString &scriptPath, const Workload &w, int runs, const QString &owner,
             const QString &session)
{
    Timing best[2];  // [0] with triggers, [1] without
    for (Timing &b : best) {
        b.partsMs = QList<double>(w.parts.size(), 1e18);
        b.processMs = 1e18;
    }
    for (int run = 0; run < runs; ++run) {
        for (int off = 0; off < 2; ++off) {
            const auto t = runPsql(s, scriptPath, w, off == 0, owner, session);
            if (!t)
                return false;
            for (int i = 0; i < w.parts.size(); ++i)
                best[off].partsMs[i] = std::min(best[off].partsMs[i], t->partsMs.at(i));
            best[off].processMs = std::min(best[off].processMs, t->processMs);
        }
    }
    for (int i = 0; i < w.parts.size(); ++i)
        say(row(w.partNames.at(i), best[0].partsMs.at(i), best[1].partsMs.at(i)));
    say(row(QStringLiteral("the whole `psql -f` process (%1)").arg(w.name), best[0].processMs, best[1].processMs));
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Rows of the bulk INSERT and UPDATE (default 100000)."),
                                        QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption singleOption(QStringLiteral("single"),
                                          QStringLiteral("Node-style messages: one INSERT and three ack UPDATEs each (default 1000)."),
                                          QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Best of N (default 3)."), QStringLiteral("N"),
                                        QStringLiteral("3"));
    const QCommandLineOption emptyOption(QStringLiteral("empty-db"),
                                         QStringLiteral("Also time the overview screenshot here and on this empty database."),
                                         QStringLiteral("NAME"));
    parser.addOptions({rowsOption, singleOption, runsOption, emptyOption});
    parser.process(app);
    const int rows = parser.value(rowsOption).toInt();
    const int single = parser.value(singleOption).toInt();
    const int runs = parser.value(runsOption).toInt();
    if (rows < 1 || rows > 99999999 || single < 1 || single > 9999999 || runs < 1) {
        say(QStringLiteral("overview-bench: --rows, --single and --runs take a whole number of at least 1 "
                           "(--rows below 100,000,000, --single below 10,000,000)."));
        return 1;
    }

    const auto settings = BenchSetup::settings();
    if (!settings)
        return 1;
    const auto opened = BenchSetup::connect(settings.value(), QStringLiteral("overview-bench"));
    if (!opened)
        return 2;
    QSqlQuery q(opened.value());
    // An owner with a session when there is one, so the summary's keys look like the Node server's.
    if (!q.exec(QStringLiteral("SELECT u.id::text, COALESCE((SELECT ws.id::text FROM whatsapp_sessions ws WHERE ws.user_id = u.id LIMIT 1), ''), "
                               "(SELECT count(*) FROM waqtor_message_daily), "
                               "(SELECT reltuples::bigint FROM pg_class WHERE relname = 'messages') "
                               "FROM users u ORDER BY (SELECT count(*) FROM whatsapp_sessions ws WHERE ws.user_id = u.id) DESC LIMIT 1"))
        || !q.next()) {
        say(QStringLiteral("overview-bench: needs a migrated database (migration 0008 or later) with at least one account: %1")
                .arg(q.lastError().text()));
        return 2;
    }
    const QString owner = q.value(0).toString();
    const QString session = q.value(1).toString();
    say(QStringLiteral("database %1: about %2 messages, %3 summary rows; best of %4, with and without the triggers alternated")
            .arg(settings->databaseName).arg(q.value(3).toLongLong()).arg(q.value(2).toLongLong()).arg(runs));
    QTemporaryDir dir;
    const QString scriptPath = dir.filePath(QStringLiteral("workload.sql"));
    say(QStringLiteral("| psql workload | with triggers | without | ratio |\n|---|---|---|---|"));
    if (!compare(settings.value(), scriptPath, nodeStyle(single), runs, owner, session)
        || !compare(settings.value(), scriptPath, bulk(rows), runs, owner, session))
        return 2;

    if (parser.isSet(emptyOption)) {
        if (qEnvironmentVariableIsEmpty("WAQTOR_USER") || qEnvironmentVariableIsEmpty("WAQTOR_PASSWORD")) {
            say(QStringLiteral("overview-bench: set WAQTOR_USER and WAQTOR_PASSWORD (an account in both databases)."));
            return 1;
        }
        const BenchSetup::Account account{qEnvironmentVariable("WAQTOR_USER"), qEnvironmentVariable("WAQTOR_PASSWORD")};
        const QString page = QStringLiteral("overview");
        const double full = BenchSetup::screenshotMilliseconds(settings.value(), settings->databaseName, page, account, runs);
        const double empty = BenchSetup::screenshotMilliseconds(settings.value(), parser.value(emptyOption), page, account, runs);
        if (full < 0 || empty < 0)
            return 2;
        say(QStringLiteral("--page overview --screenshot, whole process: %1 ms here, %2 ms empty, ratio %3 (target <= 1.5)")
                .arg(full, 0, 'f', 0).arg(empty, 0, 'f', 0).arg(full / empty, 0, 'f', 2));
    }
    return 0;
}

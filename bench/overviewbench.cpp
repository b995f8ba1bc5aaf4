// Overview benchmark: what migration 0008's summary triggers cost the Node server's message writes
// (a bulk INSERT … SELECT and single-row INSERTs, each with and without the triggers, ratio printed),
// and the whole `waqtor-admin --page overview --screenshot` run on the given database beside an empty
// one (--empty-db). Figures, not verdicts; see bench/README.md.

#include "db/connectionsettings.h"
#include "db/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
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

bool exec(QSqlQuery &q, const QString &sql)
{
    if (q.exec(sql))
        return true;
    say(QStringLiteral("overview-bench: %1\n  %2").arg(sql.left(200), q.lastError().text()));
    return false;
}

// One timed write inside a transaction that is always rolled back, with the summary triggers on or
// off (ALTER TABLE … DISABLE TRIGGER takes an exclusive lock: a bench database only). -1 on failure.
double timedWrite(QSqlDatabase db, bool triggers, int rows, bool singleRows, const QString &owner)
{
    QSqlQuery q(db);
    if (!exec(q, QStringLiteral("BEGIN")))
        return -1;
    struct Rollback { QSqlQuery &q; ~Rollback() { q.exec(QStringLiteral("ROLLBACK")); } } rollback{q};
    if (!triggers
        && !exec(q, QStringLiteral("ALTER TABLE messages DISABLE TRIGGER waqtor_message_daily_insert")))
        return -1;
    QElapsedTimer timer;
    timer.start();
    if (singleRows) {
        // The Node server's way: one INSERT per message, so one trigger run each.
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO messages (user_id, phone_number, status, ack_status) "
                                      "VALUES (CAST(:owner AS uuid), :phone, 'pending', 0)"));
        for (int i = 0; i < rows; ++i) {
            insert.bindValue(QStringLiteral(":owner"), owner);
            insert.bindValue(QStringLiteral(":phone"), QStringLiteral("+1555%1").arg(i));
            if (!insert.exec()) {
                say(insert.lastError().text());
                return -1;
            }
        }
    } else {
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral(
            "INSERT INTO messages (user_id, phone_number, status, ack_status, created_at) "
            "SELECT CAST(:owner AS uuid), '+1555' || g, (ARRAY['sent', 'delivered', 'read', 'failed'])[1 + g % 4], "
            "g % 4, CURRENT_TIMESTAMP - g * interval '1 second' FROM generate_series(1, :rows) g"));
        insert.bindValue(QStringLiteral(":owner"), owner);
        insert.bindValue(QStringLiteral(":rows"), rows);
        if (!insert.exec()) {
            say(insert.lastError().text());
            return -1;
        }
    }
    return timer.nsecsElapsed() / 1e6;
}

void compareWrites(QSqlDatabase db, const QString &owner, int rows, bool singleRows, int runs)
{
    double with = 1e18, without = 1e18;
    for (int run = 0; run < runs; ++run) {  // alternated, best of N: the machine is shared
        const double a = timedWrite(db, true, rows, singleRows, owner);
        const double b = timedWrite(db, false, rows, singleRows, owner);
        if (a < 0 || b < 0)
            return;
        with = std::min(with, a);
        without = std::min(without, b);
    }
    say(QStringLiteral("%1 %2 messages: with triggers %3 ms, without %4 ms, ratio %5")
            .arg(singleRows ? QStringLiteral("single-row INSERTs,") : QStringLiteral("one INSERT … SELECT of"))
            .arg(rows)
            .arg(with, 0, 'f', 1)
            .arg(without, 0, 'f', 1)
            .arg(with / without, 0, 'f', 2));
}

// The whole process, best of `runs`: start, sign in, every card and chart filled, PNG written, exit.
double screenshotMilliseconds(const QString &admin, const QString &database, int runs)
{
    QTemporaryDir dir;
    double best = 1e18;
    for (int run = 0; run < runs; ++run) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DB_NAME"), database);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        p.start(admin, {QStringLiteral("--page"), QStringLiteral("overview"), QStringLiteral("--screenshot"),
                        dir.filePath(QStringLiteral("overview.png"))});
        if (!p.waitForFinished(120000) || p.exitCode() != 0) {
            say(QStringLiteral("overview-bench: the screenshot run on %1 failed: %2")
                    .arg(database, QString::fromUtf8(p.readAllStandardError())));
            return -1;
        }
        best = std::min(best, timer.nsecsElapsed() / 1e6);
    }
    return best;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Messages in the bulk INSERT (default 100000)."),
                                        QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption singleOption(QStringLiteral("single"), QStringLiteral("Single-row INSERTs (default 2000)."),
                                          QStringLiteral("N"), QStringLiteral("2000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Best of N (default 3)."), QStringLiteral("N"),
                                        QStringLiteral("3"));
    const QCommandLineOption emptyOption(QStringLiteral("empty-db"),
                                         QStringLiteral("Also time the overview screenshot here and on this empty database."),
                                         QStringLiteral("NAME"));
    parser.addOptions({rowsOption, singleOption, runsOption, emptyOption});
    parser.process(app);

    const auto settings = ConnectionSettings::load({});
    if (!settings) {
        say(settings.error().message);
        return 1;
    }
    const auto opened = Database::connect(settings.value(), QStringLiteral("overview-bench"));
    if (!opened) {
        say(opened.error().message);
        return 2;
    }
    QSqlDatabase db = opened.value();
    QSqlQuery q(db);
    if (!exec(q, QStringLiteral("SELECT id::text, (SELECT count(*) FROM waqtor_message_daily), "
                                "(SELECT reltuples::bigint FROM pg_class WHERE relname = 'messages') FROM users LIMIT 1"))
        || !q.next()) {
        say(QStringLiteral("overview-bench: needs a migrated database with at least one account."));
        return 2;
    }
    const QString owner = q.value(0).toString();
    say(QStringLiteral("database %1: about %2 messages, %3 summary rows")
            .arg(settings->databaseName).arg(q.value(2).toLongLong()).arg(q.value(1).toLongLong()));
    const int runs = qMax(1, parser.value(runsOption).toInt());
    compareWrites(db, owner, parser.value(rowsOption).toInt(), false, runs);
    compareWrites(db, owner, parser.value(singleOption).toInt(), true, runs);

    if (parser.isSet(emptyOption)) {
        if (qEnvironmentVariableIsEmpty("WAQTOR_USER") || qEnvironmentVariableIsEmpty("WAQTOR_PASSWORD")) {
            say(QStringLiteral("overview-bench: set WAQTOR_USER and WAQTOR_PASSWORD (an account in both databases)."));
            return 1;
        }
        const QString admin = QCoreApplication::applicationDirPath() + QStringLiteral("/waqtor-admin");
        const double full = screenshotMilliseconds(admin, settings->databaseName, runs);
        const double empty = screenshotMilliseconds(admin, parser.value(emptyOption), runs);
        if (full < 0 || empty < 0)
            return 2;
        say(QStringLiteral("--page overview --screenshot, whole process: %1 ms here, %2 ms empty, ratio %3 (target <= 1.5)")
                .arg(full, 0, 'f', 0).arg(empty, 0, 'f', 0).arg(full / empty, 0, 'f', 2));
    }
    return 0;
}

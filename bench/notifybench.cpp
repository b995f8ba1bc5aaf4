// What our triggers cost other clients' writes: the same writes timed with the triggers enabled and
// disabled, alternating, best of N each, with the ratio printed. By default migration 0009's change
// triggers on messages (a connection LISTENs throughout, as the app does); with --contacts,
// migration 0011's summary triggers on recipients and recipient_groups under contact and membership
// writes. See bench/README.md ("notify-bench").

#include "benchsetup.h"
#include "db/connectionsettings.h"
#include "db/database.h"
#include "db/migrator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace {

using BenchSetup::exec;

// Which triggers are measured: (table, trigger name stem) pairs.
QList<QPair<QString, QString>> g_triggers = {{QStringLiteral("messages"), QStringLiteral("waqtor_messages_notify_")}};

bool setTriggers(QSqlDatabase db, bool enabled)
{
    const QString verb = enabled ? QStringLiteral("ENABLE") : QStringLiteral("DISABLE");
    for (const auto &[table, stem] : std::as_const(g_triggers))
        for (const char *op : {"insert", "update", "delete", "truncate"})
            if (!exec(db, QStringLiteral("ALTER TABLE %1 %2 TRIGGER %3%4").arg(table, verb, stem, QLatin1String(op))))
                return false;
    return true;
}

struct Work
{
    const char *name;
    std::function<bool(QSqlDatabase, const QString &owner, int rows)> run;
};

// One prepared INSERT per row, autocommit, with bound values (:owner, :phone, :text).
bool insertEach(QSqlDatabase db, const QString &sql, const QString &owner, int rows)
{
    QSqlQuery q(db);
    if (!q.prepare(sql))
        return false;
    for (int i = 0; i < rows; ++i) {
        q.bindValue(QStringLiteral(":owner"), owner);
        q.bindValue(QStringLiteral(":phone"), QStringLiteral("+1555%1").arg(i));
        q.bindValue(QStringLiteral(":text"), QStringLiteral("Hello %1").arg(i));
        if (!q.exec())
            return false;
    }
    return true;
}

// One prepared UPDATE (:id) per row of `table` the owner has, autocommit.
bool updateEach(QSqlDatabase db, const QString &table, const QString &owner, const QString &sql)
{
    QSqlQuery ids(db);
    if (!ids.exec(QStringLiteral("SELECT id::text FROM %1 WHERE user_id = '%2'").arg(table, owner)))
        return false;
    QStringList all;
    while (ids.next())
        all << ids.value(0).toString();
    QSqlQuery q(db);
    if (!q.prepare(sql))
        return false;
    for (const QString &id : all) {
        q.bindValue(QStringLiteral(":id"), id);
        if (!q.exec())
            return false;
    }
    return true;
}

// The Node server logs each message it sends with one INSERT (autocommit, bound values).
bool singleInserts(QSqlDatabase db, const QString &owner, int rows)
{
    return insertEach(db, QStringLiteral("INSERT INTO messages (user_id, phone_number, message_text, status) "
                                         "VALUES (CAST(:owner AS uuid), :phone, :text, 'sent')"),
                      owner, rows);
}

// `insert` for rows 0..rows-1, 1,000 per statement: %1 is the owner, %2 and %3 the first and last row.
bool inThousands(QSqlDatabase db, const QString &owner, int rows, const QString &insert)
{
    for (int done = 0; done < rows; done += 1000)
        if (!exec(db, insert.arg(owner).arg(done).arg(qMin(rows, done + 1000) - 1)))
            return false;
    return true;
}

// A campaign burst: 1,000-row multi-row INSERTs.
bool batchInserts(QSqlDatabase db, const QString &owner, int rows)
{
    return inThousands(db, owner, rows,
                       QStringLiteral("INSERT INTO messages (user_id, phone_number, message_text, status) "
                                      "SELECT '%1'::uuid, '+1555' || g, 'Hello ' || g, 'sent' FROM generate_series(%2, %3) g"));
}

// Delivery receipts: one UPDATE per message.
bool singleUpdates(QSqlDatabase db, const QString &owner, int rows)
{
    return batchInserts(db, owner, rows)
           && updateEach(db, QStringLiteral("messages"), owner,
                         QStringLiteral("UPDATE messages SET status = 'delivered', ack_status = 2 WHERE id = CAST(:id AS uuid)"));
}

// An import's insert: 1,000 contacts per statement.
bool contactBatches(QSqlDatabase db, const QString &owner, int rows)
{
    return inThousands(db, owner, rows,
                       QStringLiteral("INSERT INTO recipients (user_id, phone_number, name, status) "
                                      "SELECT '%1'::uuid, '+1555' || g, 'Contact ' || g, 'active' FROM generate_series(%2, %3) g"));
}

// The Node server or a form adding one contact at a time.
bool contactSingles(QSqlDatabase db, const QString &owner, int rows)
{
    return insertEach(db, QStringLiteral("INSERT INTO recipients (user_id, phone_number, name) "
                                         "VALUES (CAST(:owner AS uuid), :phone, :text)"),
                      owner, rows);
}

// Marking contacts blocked one by one (a status change moves them between summary keys).
bool contactStatusUpdates(QSqlDatabase db, const QString &owner, int rows)
{
    return contactBatches(db, owner, rows)
           && updateEach(db, QStringLiteral("recipients"), owner,
                         QStringLiteral("UPDATE recipients SET status = 'blocked' WHERE id = CAST(:id AS uuid)"));
}

// Adding every contact to a group, 1,000 memberships per statement (the import's "add to group").
bool membershipBatches(QSqlDatabase db, const QString &owner, int rows)
{
    if (!contactBatches(db, owner, rows))
        return false;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("INSERT INTO groups (user_id, name) VALUES ('%1', 'bench group') RETURNING id::text").arg(owner))
        || !q.next())
        return false;
    const QString group = q.value(0).toString();
    QSqlQuery ids(db);
    if (!ids.exec(QStringLiteral("SELECT id::text FROM recipients WHERE user_id = '%1' ORDER BY id").arg(owner)))
        return false;
    QStringList batch;
    const auto flush = [&] {
        if (batch.isEmpty())
            return true;
        const bool ok = exec(db, QStringLiteral("INSERT INTO recipient_groups (recipient_id, group_id) "
                                                "SELECT unnest('{%1}'::uuid[]), '%2'").arg(batch.join(u','), group));
        batch.clear();
        return ok;
    };
    while (ids.next()) {
        batch << ids.value(0).toString();
        if (batch.size() == 1000 && !flush())
            return false;
    }
    return flush();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Cost of the change-notification triggers to message writes."));
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Rows per run (default 20000)."),
                                        QStringLiteral("N"), QStringLiteral("20000"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("Runs per side (default 3)."),
                                          QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption forceOption(QStringLiteral("force"),
                                         QStringLiteral("Run on a database with accounts other than *@waqtor.bench."));
    parser.addOption(rowsOption);
    parser.addOption(roundsOption);
    parser.addOption(forceOption);
    const QCommandLineOption contactsOption(QStringLiteral("contacts"),
                                            QStringLiteral("Measure migration 0011's contact summary triggers instead."));
    parser.addOption(contactsOption);
    parser.process(app);
    const int rows = qMax(1000, parser.value(rowsOption).toInt());
    const int rounds = qMax(1, parser.value(roundsOption).toInt());

    const auto settings = BenchSetup::settings();
    if (!settings)
        return 2;
    const auto db = BenchSetup::connect(settings.value(), QStringLiteral("bench"));
    const auto listener = BenchSetup::connect(settings.value(), QStringLiteral("listener"));
    if (!db || !listener)
        return 2;
    if (const auto migrated = Migrator(db.value()).migrate(); !migrated) {
        std::fprintf(stderr, "%s\n", qPrintable(migrated.error().message));
        return 2;
    }
    if (!exec(listener.value(), QStringLiteral("LISTEN waqtor_changes")))
        return 2;
    QSqlQuery q(db.value());
    // ALTER TABLE ... DISABLE TRIGGER holds every writer of messages off meanwhile, and would hide changes
    // from every listener: never on a live database.
    if (!q.exec(QStringLiteral("SELECT count(*) FROM users WHERE email NOT LIKE '%@waqtor.bench'")) || !q.next())
        return 2;
    if (q.value(0).toLongLong() > 0 && !parser.isSet(forceOption)) {
        std::fprintf(stderr, "notify-bench: this database has accounts other than *@waqtor.bench; it switches the "
                             "messages triggers off and on, so run it on a bench database (or add --force).\n");
        return 3;
    }
    if (!q.exec(QStringLiteral("INSERT INTO users (email, password_hash, name) VALUES ('notify-bench@waqtor.bench', 'x', "
                               "'notify bench') ON CONFLICT (email) DO UPDATE SET name = EXCLUDED.name RETURNING id::text"))
        || !q.next()) {
        std::fprintf(stderr, "%s\n", qPrintable(q.lastError().text()));
        return 2;
    }
    const QString owner = q.value(0).toString();
    q = QSqlQuery();

    const bool contacts = parser.isSet(contactsOption);
    if (contacts)
        g_triggers = {{QStringLiteral("recipients"), QStringLiteral("waqtor_contact_daily_")},
                      {QStringLiteral("recipient_groups"), QStringLiteral("waqtor_group_members_")}};
    const QList<Work> works = contacts
        ? QList<Work>{{"contacts: single-row INSERT", contactSingles},
                      {"contacts: 1,000-row INSERT ... SELECT", contactBatches},
                      {"contacts: single-row status UPDATE", contactStatusUpdates},
                      {"memberships: 1,000-row INSERT", membershipBatches}}
        : QList<Work>{{"single-row INSERT (autocommit)", singleInserts},
                      {"1,000-row INSERT ... SELECT", batchInserts},
                      {"single-row UPDATE (autocommit)", singleUpdates}};
    std::printf("notify-bench: %s, %d rows per run, best of %d, triggers on vs off (alternating)\n",
                contacts ? "contact summary triggers (0011)" : "change triggers (0009)", rows, rounds);
    std::printf("%-34s %12s %12s %8s\n", "work", "off (ms)", "on (ms)", "on/off");
    for (const Work &work : works) {
        qint64 best[2] = {LLONG_MAX, LLONG_MAX};  // [0] off, [1] on
        for (int round = 0; round < rounds; ++round) {
            for (int on = 0; on < 2; ++on) {
                // The previous run's rows go with the measured triggers off; the bench owner's summary
                // rows, wrong from then on, are removed at the end.
                const QString table = contacts ? QStringLiteral("recipients") : QStringLiteral("messages");
                if (!setTriggers(db.value(), false)
                    || !exec(db.value(), QStringLiteral("DELETE FROM %1 WHERE user_id = '%2'").arg(table, owner))
                    || (contacts && !exec(db.value(), QStringLiteral("DELETE FROM groups WHERE user_id = '%1'").arg(owner)))
                    || !exec(db.value(), QStringLiteral("VACUUM %1").arg(table))
                    || !setTriggers(db.value(), on == 1))
                    return 2;
                QElapsedTimer clock;
                clock.start();
                if (!work.run(db.value(), owner, rows)) {
                    std::fprintf(stderr, "%s failed\n", work.name);
                    return 2;
                }
                best[on] = std::min(best[on], clock.elapsed());
                // Drain what the listener got, so the notification queue never fills.
                exec(listener.value(), QStringLiteral("SELECT 1"));
            }
        }
        std::printf("%-34s %12lld %12lld %8.3f\n", work.name, best[0], best[1], double(best[1]) / double(best[0]));
    }
    // The bench owner's rows go with the triggers off (some were written with them off), then its
    // summary rows, which only it had: the summaries stay exact for everyone else.
    bool restored = setTriggers(db.value(), false)
                    && exec(db.value(), QStringLiteral("DELETE FROM messages WHERE user_id = '%1'").arg(owner))
                    && exec(db.value(), QStringLiteral("DELETE FROM recipients WHERE user_id = '%1'").arg(owner))
                    && exec(db.value(), QStringLiteral("DELETE FROM groups WHERE user_id = '%1'").arg(owner));
    if (contacts)
        restored = restored && exec(db.value(), QStringLiteral("DELETE FROM waqtor_contact_daily WHERE user_id = '%1'").arg(owner))
                   && exec(db.value(), QStringLiteral("DELETE FROM waqtor_group_members m WHERE NOT EXISTS "
                                                      "(SELECT 1 FROM groups g WHERE g.id = m.group_id)"));
    restored = restored && setTriggers(db.value(), true)
               && exec(db.value(), QStringLiteral("DELETE FROM users WHERE email = 'notify-bench@waqtor.bench'"));
    return restored ? 0 : 2;
}

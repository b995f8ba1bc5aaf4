// Inputs waqtor-db must refuse with a sentence (exit 1), and what it must never show a user: strict
// dates, too many custom-field columns, malformed emails, names counted in characters everywhere,
// control characters in names, and Qt's own warnings (a misused QString::arg, a lost connection).

#include "clirunner.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString describe(const CliRunner::Run &r)
{
    return QStringLiteral("exit %1\n--- stdout:\n%2\n--- stderr:\n%3").arg(r.exitCode).arg(r.out, r.err);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// What Qt itself prints to stderr when its SQL layer or QString::arg is unhappy; none of it is for a user.
const QStringList QtWarnings = {"QString::arg", "Unable to free statement", "rollbackTransaction", "commitTransaction",
                                "QSqlQuery", "QSqlDatabase", "QPSQL", "QPSQLDriver", "Database not open"};

QString qtWarningIn(const QString &text)
{
    for (const QString &w : QtWarnings) {
        if (text.contains(w))
            return w;
    }
    return {};
}

} // namespace

class tst_CliInputs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void strictDates_data();
    void strictDates();
    void customFieldColumnsLimit();
    void malformedEmailIsBadInput_data();
    void malformedEmailIsBadInput();
    void nameLengthInCharacters_data();
    void nameLengthInCharacters();
    void controlCharactersEscaped();
    void dryRunPrintsNoQtWarning();
    void lostConnectionShowsNoQtWarning_data();
    void lostConnectionShowsNoQtWarning();

private:
    CliRunner runner(const QStringList &extra = {}) const { return CliRunner(m_db.environment() + extra); }

    TestDatabase m_db;
    TestOwners m_owners;
    QTemporaryDir m_dir;
};

void tst_CliInputs::initTestCase()
{
    QVERIFY2(QFileInfo::exists(CliRunner::binary()), qPrintable(CliRunner::binary()));
    QVERIFY2(m_db.createMigrated(), qPrintable(m_db.lastError()));
    QVERIFY2(m_db.createOwners(&m_owners), qPrintable(m_db.lastError()));
    QVERIFY(m_db.exec(QStringLiteral("INSERT INTO recipients (user_id, phone_number, name, status) VALUES "
                                     "('%1', '+966520000001', 'Alia', 'active')")
                          .arg(m_owners.alice)));
}

void tst_CliInputs::strictDates_data()
{
    // Every export reads its dates through one parser (IsoDate, whose own test has the fine cases): these
    // rows show the commands use it.
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("value");
    QTest::newRow("since_trailing_garbage") << "contacts" << "since" << "2026-01-01garbage";
    QTest::newRow("until_trailing_word") << "contacts" << "until" << "2026-01-01 tomorrow";
    QTest::newRow("since_with_time") << "messages" << "since" << "2026-01-01T10:00";
    QTest::newRow("until_impossible") << "campaigns" << "until" << "2026-02-30";
    QTest::newRow("valid_date") << "users" << "since" << "2026-01-01";
}

void tst_CliInputs::strictDates()
{
    QFETCH(QString, table);
    QFETCH(QString, option);
    QFETCH(QString, value);
    const QString out = m_dir.filePath(QStringLiteral("dates.csv"));
    QFile::remove(out);
    const auto r = runner().run({"export", table, "--out", out, "--" + option, value});
    if (QString(QTest::currentDataTag()) == QLatin1String("valid_date")) {
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY(QFile::remove(out));
        return;
    }
    QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
    QVERIFY2(r.err.contains("--" + option + " needs a date written YYYY-MM-DD"), qPrintable(describe(r)));
    QVERIFY(!QFile::exists(out));
}

void tst_CliInputs::customFieldColumnsLimit()
{
    // PostgreSQL returns at most 1,664 columns, the ORDER BY's keys included; the export allows 1,600 custom
    // fields as columns, leaving room for its own columns and sort keys.
    const auto exportColumns = [&](int keys) {
        const QString sql = QStringLiteral(
            "DELETE FROM recipients WHERE phone_number = '+966520000099';"
            "INSERT INTO recipients (user_id, phone_number, name, status, custom_fields) SELECT '%1', '+966520000099', "
            "'Many', 'active', jsonb_object_agg('key' || lpad(g::text, 4, '0'), g) FROM generate_series(1, %2) AS g")
                                .arg(m_owners.bob).arg(keys);
        if (!m_db.exec(sql))
            qFatal("%s", qPrintable(m_db.lastError()));
        return runner().run({"export", "contacts", "--owner", "bob@example.com", "--custom-fields", "columns", "--out",
                             m_dir.filePath(QStringLiteral("columns.csv"))});
    };
    const auto fits = exportColumns(1600);
    QVERIFY2(fits.exitCode == 0 && fits.err.contains(QLatin1String("Wrote 1 row")), qPrintable(describe(fits)));
    QVERIFY(QFile::remove(m_dir.filePath(QStringLiteral("columns.csv"))));

    // Past the server's limit (the sort keys count too): before fixed, the raw "target lists can have at most
    // 1664 entries"; now a sentence, before the export runs.
    const auto tooMany = exportColumns(1664);
    QVERIFY2(tooMany.exitCode == 1, qPrintable(describe(tooMany)));
    QVERIFY2(tooMany.err.contains(QRegularExpression(QStringLiteral("1,?664 different custom field names")))
                 && tooMany.err.contains(QLatin1String("--custom-fields json")),
             qPrintable(describe(tooMany)));
    QVERIFY2(!tooMany.err.contains(QLatin1String("server said")), qPrintable(describe(tooMany)));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("columns.csv"))));
    QVERIFY(m_db.exec(QStringLiteral("DELETE FROM recipients WHERE phone_number = '+966520000099'")));
}

void tst_CliInputs::malformedEmailIsBadInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    const QString out = m_dir.filePath(QStringLiteral("never.csv"));
    QTest::newRow("reset_password") << QStringList{"reset-password", "bad email", "Secret123!"} << 1;
    QTest::newRow("update_role") << QStringList{"update-role", "bad email", "viewer"} << 1;
    QTest::newRow("activate") << QStringList{"activate", "bad email"} << 1;
    QTest::newRow("deactivate") << QStringList{"deactivate", "no-at-sign"} << 1;
    QTest::newRow("delete_user") << QStringList{"delete-user", "bad email", "--yes"} << 1;
    QTest::newRow("export_owner") << QStringList{"export", "contacts", "--out", out, "--owner", "bad email"} << 1;
    QTest::newRow("import_owner") << QStringList{"import-contacts", "-", "--owner", "bad email"} << 1;
    // Well formed but unknown: still "no such account".
    QTest::newRow("reset_password_unknown") << QStringList{"reset-password", "nobody@example.com", "Secret123!"} << 3;
    QTest::newRow("export_owner_unknown") << QStringList{"export", "contacts", "--out", out, "--owner", "nobody@example.com"} << 3;
}

void tst_CliInputs::malformedEmailIsBadInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const auto r = runner().run(arguments, "phone\n+966520000050\n");
    QVERIFY2(r.exitCode == exitCode, qPrintable(describe(r)));
    QVERIFY2(exitCode != 1 || r.err.contains(QLatin1String("not a valid email address")), qPrintable(describe(r)));
}

void tst_CliInputs::nameLengthInCharacters_data()
{
    QTest::addColumn<int>("emoji");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("255_emoji") << 255 << true;
    QTest::newRow("256_emoji") << 256 << false;
}

void tst_CliInputs::nameLengthInCharacters()
{
    // One emoji is one character to PostgreSQL and two UTF-16 units to QString: create-user and the import
    // must count the same way, the server's way.
    QFETCH(int, emoji);
    QFETCH(bool, accepted);
    QString name;
    for (int i = 0; i < emoji; ++i)
        name += QString::fromUtf8("\xF0\x9F\x98\x80");
    const QString email = QStringLiteral("emoji%1@example.com").arg(emoji);
    const auto created = runner().run({"create-user", email, "Secret123!", name});
    QVERIFY2(created.exitCode == (accepted ? 0 : 1), qPrintable(describe(created)));
    if (!accepted)
        QVERIFY2(created.err.contains(QStringLiteral("The name is %1 characters long; the most is 255.").arg(emoji)),
                 qPrintable(describe(created)));

    const QString csv = m_dir.filePath(QStringLiteral("names.csv"));
    QVERIFY(writeFile(csv, "phone,name\n+96650001" + QByteArray::number(1000 + emoji) + "," + name.toUtf8() + "\n"));
    const auto imported = runner().run({"import-contacts", csv, "--owner", "alice@example.com"});
    QVERIFY2(imported.exitCode == 0, qPrintable(describe(imported)));
    QVERIFY2(imported.out.contains(accepted ? QLatin1String("1 inserted") : QLatin1String("1 rejected")), qPrintable(describe(imported)));
    if (!accepted)
        QVERIFY2(imported.err.contains(QStringLiteral("The name is %1 characters long; the most is 255.").arg(emoji)),
                 qPrintable(describe(imported)));
}

void tst_CliInputs::controlCharactersEscaped()
{
    QVERIFY(m_db.exec(QStringLiteral("INSERT INTO users (email, password_hash, name, role) VALUES ('esc@example.com', 'x', "
                                     "E'Evil\\x1b[2J\\x1b]0;owned\\x07\\nSecond line\\tTab\\u202eRTL', 'user')")));
    const auto r = runner().run({"list-users"});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY2(!r.out.contains(QChar(0x1b)) && !r.out.contains(QChar(0x07)) && !r.out.contains(QChar(0x202e)),
             qPrintable(describe(r)));
    QVERIFY2(r.out.contains(QLatin1String("Evil\\x1b[2J\\x1b]0;owned\\x07\\nSecond line\\tTab\\u202eRTL")), qPrintable(describe(r)));
    // Every account is still one line of the table: the header, the accounts, the count.
    QCOMPARE(r.out.count(u'\n'), 1 + m_db.scalar(QStringLiteral("SELECT count(*) FROM users")).toInt() + 1);

    // JSON carries the name exactly, in JSON's own escapes.
    const auto json = runner().run({"list-users", "--json"});
    QVERIFY2(json.exitCode == 0 && json.out.contains(QLatin1String("Evil\\u001b[2J")) && !json.out.contains(QChar(0x1b)),
             qPrintable(describe(json)));

    // Rejected rows quote the file's cells: they are escaped too.
    const QString csv = m_dir.filePath(QStringLiteral("escape.csv"));
    QVERIFY(writeFile(csv, "phone,name\n\x1b[2Jnot-a-phone,x\n"));
    const auto imported = runner().run({"import-contacts", csv, "--owner", "alice@example.com"});
    QVERIFY2(imported.exitCode == 0 && !imported.err.contains(QChar(0x1b)) && imported.err.contains(QLatin1String("\\x1b[2J")),
             qPrintable(describe(imported)));
    QVERIFY(m_db.exec(QStringLiteral("DELETE FROM users WHERE email = 'esc@example.com'")));
}

void tst_CliInputs::dryRunPrintsNoQtWarning()
{
    const QString csv = m_dir.filePath(QStringLiteral("dry.csv"));
    QVERIFY(writeFile(csv, "phone,name\n+966500000077,Dry\n"));
    // WAQTOR_DEBUG shows Qt's own warnings: there must be none to show.
    const auto r = runner({"WAQTOR_DEBUG=1"}).run({"import-contacts", csv, "--owner", "alice@example.com", "--dry-run"});
    QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("Check only, nothing written: 1 would be inserted")),
             qPrintable(describe(r)));
    QVERIFY2(qtWarningIn(r.err).isEmpty(), qPrintable(describe(r)));
}

void tst_CliInputs::lostConnectionShowsNoQtWarning_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("debug");
    const QString csv = m_dir.filePath(QStringLiteral("lost.csv"));
    writeFile(csv, "phone,name\n+966500000088,Lost\n");
    const QStringList exportContacts{"export", "contacts", "--out", m_dir.filePath(QStringLiteral("lost-export.csv"))};
    const QStringList importContacts{"import-contacts", csv, "--owner", "alice@example.com"};
    QTest::newRow("export") << exportContacts << false;
    QTest::newRow("import") << importContacts << false;
    QTest::newRow("delete_user") << QStringList{"delete-user", "bob@example.com", "--yes"} << false;
    // The same with WAQTOR_DEBUG: Qt's warnings are there to be hidden.
    QTest::newRow("import_debug") << importContacts << true;
}

void tst_CliInputs::lostConnectionShowsNoQtWarning()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, debug);
    // The command waits for a lock; a second connection then ends its backend, as a server restart would.
    QSqlDatabase locker = m_db.connection(QStringLiteral("locker"));
    QSqlQuery lock(locker);
    QVERIFY(lock.exec(QStringLiteral("BEGIN")));
    QVERIFY(lock.exec(QStringLiteral("LOCK TABLE recipients IN ACCESS EXCLUSIVE MODE")));
    bool terminated = false;
    // Not the locker: inside its transaction pg_stat_activity would keep showing the snapshot it first saw.
    QSqlDatabase killer = m_db.connection(QStringLiteral("killer"));
    const auto r = runner(debug ? QStringList{"WAQTOR_DEBUG=1"} : QStringList()).runWhile(arguments, [&] {
        terminated = QTest::qWaitFor([&] {
            QSqlQuery q(killer);
            return q.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = "
                                         "current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()"))
                && q.next() && q.value(0).toBool();
        }, 30000);
    });
    QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
    QVERIFY(terminated);
    QVERIFY2(r.exitCode == 2 && r.err.contains(QLatin1String("waqtor-db: ")), qPrintable(describe(r)));
    if (debug) {
        QVERIFY2(!qtWarningIn(r.err).isEmpty(), qPrintable(describe(r)));
    } else {
        QVERIFY2(r.err.startsWith(QLatin1String("waqtor-db: ")), qPrintable(describe(r)));
        QVERIFY2(qtWarningIn(r.err).isEmpty(), qPrintable(qtWarningIn(r.err) + u'\n' + describe(r)));
    }
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM users WHERE email = 'bob@example.com'")).toInt(), 1);
}

QTEST_GUILESS_MAIN(tst_CliInputs)
#include "tst_cli_inputs.moc"

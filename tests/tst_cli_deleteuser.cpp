// End-to-end tests of waqtor-db (the real binary, a clean environment, a throwaway database), checking
// the exit code, the effect on the database and the message; stdout and stderr are shown whenever a
// check fails.
//
// delete-user: the cascade preview, the confirmation on a terminal, --yes, --soft, and exactly what goes.

#include "clifixture.h"

#include <QTest>

class tst_CliDeleteUser : public QObject, public CliFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(setUpDatabase(), qPrintable(cliError())); }
    void init() { QVERIFY2(emptyTables(), qPrintable(cliError())); }

    void deleteUser_data();
    void deleteUser();
};

void tst_CliDeleteUser::deleteUser_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<bool>("onTerminal");
    QTest::addColumn<QByteArray>("typed");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("phrase");
    QTest::addColumn<QString>("outcome");  // kept, deleted or deactivated

    QTest::newRow("script without --yes") << QStringList{} << false << QByteArray() << 1
                                          << "Nothing was deleted: standard input is not a terminal" << "kept";
    QTest::newRow("script without --yes, y on stdin") << QStringList{} << false << QByteArray("y\n") << 1
                                                      << "add --yes to delete from a script" << "kept";
    QTest::newRow("script with --yes") << QStringList{"--yes"} << false << QByteArray() << 0
                                       << "Deleted owner@example.com" << "deleted";
    QTest::newRow("--soft") << QStringList{"--soft"} << false << QByteArray() << 0
                            << "owner@example.com is deactivated (--soft); nothing was deleted." << "deactivated";
    QTest::newRow("terminal, answers n") << QStringList{} << true << QByteArray("n\r") << 1
                                         << "Not confirmed; nothing was deleted." << "kept";
    QTest::newRow("terminal, just Enter") << QStringList{} << true << QByteArray("\r") << 1
                                          << "Not confirmed; nothing was deleted." << "kept";
    QTest::newRow("terminal, answers y") << QStringList{} << true << QByteArray("y\r") << 0
                                         << "Deleted owner@example.com" << "deleted";
}

void tst_CliDeleteUser::deleteUser()
{
    QFETCH(QStringList, options);
    QFETCH(bool, onTerminal);
    QFETCH(QByteArray, typed);
    QFETCH(int, exitCode);
    QFETCH(QString, phrase);
    QFETCH(QString, outcome);

    QVERIFY(insertCascadeFixture());
    const QString before = cascadeSnapshot();
    QCOMPARE(before, QStringLiteral("2 2 4 1 2 3 2 4 other@example.com:user:true,owner@example.com:user:true"));

    const QStringList arguments = QStringList{QStringLiteral("delete-user"), QStringLiteral("owner@example.com")} + options;
    const auto r = onTerminal ? cli().typeOnTerminal(arguments, {{"[y/N]", typed}}) : cli().run(arguments, typed);
    QCOMPARE_EXIT(r, exitCode);
    // On a terminal both streams reach script's output.
    const QString all = r.out + r.err;
    QVERIFY_SAYS(all, phrase, r);

    if (outcome != QLatin1String("deactivated")) {
        // The preview, before any confirmation.
        QVERIFY_SAYS(r.out, QStringLiteral("Deleting owner@example.com (user) also removes:"), r);
        const int done = r.out.indexOf(QLatin1String("Deleted owner@example.com"));
        QCOMPARE(cascadeShown(r.out.left(done)), QStringLiteral("2 3 1 2 1 3"));
        QString kept;  // the line about other accounts' rows that used owner's sessions
        for (const QString &line : r.out.split(u'\n'))
            if (line.contains(QLatin1String("without a session")))
                kept = line;
        QVERIFY2(kept.contains(QLatin1String("messages (1)")) && kept.contains(QLatin1String("campaigns (1)")),
                 qPrintable(describe(r)));
        if (done >= 0)
            QCOMPARE(cascadeShown(r.out.mid(done)), QStringLiteral("2 3 1 2 1 3"));
    }
    if (onTerminal)
        QVERIFY_SAYS(all, QStringLiteral("Delete owner@example.com and all of the above? [y/N]"), r);

    if (outcome == QLatin1String("kept")) {
        QCOMPARE(cascadeSnapshot(), before);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM waqtor_audit")), 0);
    } else if (outcome == QLatin1String("deactivated")) {
        QCOMPARE(cascadeSnapshot(),
                 QStringLiteral("2 2 4 1 2 3 2 4 other@example.com:user:true,owner@example.com:user:false"));
    } else {
        // users, sessions, messages, messages without session, campaigns, contacts, groups, memberships
        QCOMPARE(cascadeSnapshot(), QStringLiteral("1 0 1 1 1 1 1 1 other@example.com:user:true"));
        // What is left is exactly the other account's, unlinked from the deleted sessions.
        QCOMPARE(text(QStringLiteral("SELECT concat_ws(' ', user_id, (session_id IS NULL)::text, phone_number) FROM messages")),
                 uuid(2) + QStringLiteral(" true +201000000004"));
        QCOMPARE(text(QStringLiteral("SELECT concat_ws(' ', user_id, (session_id IS NULL)::text, name) FROM campaigns")),
                 uuid(2) + QStringLiteral(" true Other campaign"));
        QCOMPARE(text(QStringLiteral("SELECT concat_ws(' ', recipient_id, group_id) FROM recipient_groups")),
                 uuid(23) + u' ' + uuid(32));
        QCOMPARE(text(QStringLiteral("SELECT details->>'messages' || ' ' || (details->>'other_messages_unlinked') "
                                     "FROM waqtor_audit WHERE action = 'user.delete' AND target = 'owner@example.com'")),
                 QStringLiteral("3 1"));
    }
}

QTEST_GUILESS_MAIN(tst_CliDeleteUser)

#include "tst_cli_deleteuser.moc"

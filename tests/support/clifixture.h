#pragma once

#include "clirunner.h"
#include "testdatabase.h"

#include <QString>
#include <QTest>

// What the waqtor-db tests (tst_cli_*) share: one migrated database per test executable, emptied
// before each test, the fixtures written straight in SQL, and the checks that show both streams.

// The exit code, with both streams in the failure message.
#define QCOMPARE_EXIT(run, code)                                                                   \
    do {                                                                                           \
        const bool expectedExit = !(run).crashed && (run).exitCode == (code);                     \
        QVERIFY2(expectedExit, qPrintable(QStringLiteral("expected exit %1, got ").arg(code) + describe(run)));  \
    } while (false)
// `text` (stdout or stderr) contains `phrase`.
#define QVERIFY_SAYS(text, phrase, run)                                                            \
    do {                                                                                           \
        const bool saysPhrase = (text).contains(phrase);                                           \
        QVERIFY2(saysPhrase, qPrintable(QStringLiteral("missing \"%1\"; ").arg(phrase) + describe(run))); \
    } while (false)

/**
 * Base of the waqtor-db test classes (next to QObject): most tests share one migrated database made
 * once per executable and emptied before each test, far cheaper than creating and migrating a
 * database for each of the many data rows. Tests that need another state make their own.
 */
class CliFixture
{
protected:
    // Exit code and both streams, for failure messages.
    static QString describe(const CliRunner::Run &r);
    // A TCP port on 127.0.0.1 with nothing listening: bound by the kernel's choice, then released.
    static int freePort();
    // The counts a cascade table in `text` shows, in order: sessions, messages, campaigns, contacts,
    // groups, memberships ("  messages     3", one line each); "?" for a missing line.
    static QString cascadeShown(const QString &text);
    // Fixed ids so fixtures can refer to each other in plain SQL.
    static QString uuid(int n);

    // For initTestCase(): the binary exists and the shared database is migrated; false with cliError().
    bool setUpDatabase();
    // For init(): every account and the audit trail go (and with the accounts everything they own).
    bool emptyTables();
    QString cliError() const { return m_error; }

    CliRunner cli() const { return CliRunner(m_db.environment()); }
    qint64 count(const QString &sql);
    QString text(const QString &sql);
    // A user made straight in SQL (no bcrypt: fast), with id uuid(id); returns the id.
    QString insertUser(int id, const QString &email, const QString &role = QStringLiteral("user"),
                       bool active = true, const QString &name = QString());
    // owner@example.com (id 1) owns 2 sessions, 3 messages, 1 campaign, 2 contacts, 1 group and 3
    // memberships (its two contacts in its group, plus other's contact in its group). other@example.com
    // (id 2) has a message and a campaign that use owner's sessions, a contact, a group and a membership.
    bool insertCascadeFixture();
    // Every row count and the owner's state, to show that nothing changed.
    QString cascadeSnapshot();

    TestDatabase m_db;

private:
    QString m_error;
};

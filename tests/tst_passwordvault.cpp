// PasswordVault with a real Secret Service (GNOME Keyring in a D-Bus session of the test's own:
// tests/support/with-keyring.sh sets WAQTOR_TEST_KEYRING=1) and with none: what is kept where, for how long.
#include "connections/passwordvault.h"
#include "testdatabase.h"

#include <QTest>

class tst_PasswordVault : public QObject
{
    Q_OBJECT

private slots:
    void keychainAnswersWhenThereIsOne();
    void keptForThisRunOnly();
    void keptInTheKeychain();
    void forgetRemovesBoth();

private:
    static bool keyring() { return qEnvironmentVariableIntValue("WAQTOR_TEST_KEYRING") == 1; }
    static QString service() { return QStringLiteral("WaQtor Admin Test"); }
};

void tst_PasswordVault::keychainAnswersWhenThereIsOne()
{
    PasswordVault vault(service());
    QCOMPARE(vault.keychainAvailable(), keyring());
}

void tst_PasswordVault::keptForThisRunOnly()
{
    const QString id = QStringLiteral("run-only");
    {
        PasswordVault vault(service());
        QVERIFY(!vault.password(id));
        const auto stored = vault.store(id, QStringLiteral("run-only-secret"), false);
        QVERIFY_OK(stored);
        QCOMPARE(stored.value(), PasswordVault::Where::Memory);
        QCOMPARE(vault.password(id), std::optional<QString>(QStringLiteral("run-only-secret")));
    }
    // The next run (a new vault) does not know it, keychain or not.
    PasswordVault nextRun(service());
    QVERIFY(!nextRun.password(id));
}

void tst_PasswordVault::keptInTheKeychain()
{
    const QString id = QStringLiteral("in-keychain");
    const QString secret = QStringLiteral("كلمة-سر-keychain-42");
    {
        PasswordVault vault(service());
        const auto stored = vault.store(id, secret, true);
        if (keyring()) {
            QVERIFY_OK(stored);
            QCOMPARE(stored.value(), PasswordVault::Where::Keychain);
        } else {
            QVERIFY(!stored);
            QVERIFY2(stored.error().message.contains("kept for this run only"), qPrintable(stored.error().message));
        }
        // Kept for this run either way.
        QCOMPARE(vault.password(id), std::optional<QString>(secret));
    }
    PasswordVault nextRun(service());
    if (keyring())
        QCOMPARE(nextRun.password(id), std::optional<QString>(secret));
    else
        QVERIFY(!nextRun.password(id));
}

void tst_PasswordVault::forgetRemovesBoth()
{
    const QString id = QStringLiteral("forgotten");
    PasswordVault vault(service());
    (void)vault.store(id, QStringLiteral("soon-gone"), true);
    QVERIFY(vault.password(id));
    QVERIFY_OK(vault.forget(id));
    QVERIFY(!vault.password(id));
    PasswordVault nextRun(service());
    QVERIFY(!nextRun.password(id));
    // Forgetting what is not there is no error.
    QVERIFY_OK(vault.forget(QStringLiteral("never-stored")));
}

QTEST_GUILESS_MAIN(tst_PasswordVault)
#include "tst_passwordvault.moc"

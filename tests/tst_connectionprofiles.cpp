// Saved connection profiles: kept in the settings without their password, chosen, added, edited and
// deleted in the sign-in dialog; the database password asked once per run when no keychain keeps it;
// a read-only profile gives a read-only session and a policy that offers no writes.
#include "connections/passwordvault.h"
#include "db/database.h"
#include "dialogs/connectiondialog.h"
#include "dialogs/logindialog.h"
#include "guitest.h"
#include "isolatedhome.h"
#include "workspace/connectionprofiles.h"

#include "accounts/accountservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QTest>

class tst_ConnectionProfiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void newProfileKeepsNoPasswordOnDisk();
    void signInThroughReadOnlyProfile();
    void passwordAskedOncePerRun();
    void environmentEditsLastForTheRun();
    void keychainNotOfferedWithoutOne();
    void deleteProfile();

private:
    // Fills the connection dialog that New… or Edit… opened, and presses OK.
    static void fillAndAccept(QDialog *dialog, const QString &name, const QString &password, bool readOnly);
    static QString profilePassword() { return QStringLiteral("pr0file-only-%1").arg(QCoreApplication::applicationPid()); }

    TestDatabase m_db;
    PasswordVault m_vault{QStringLiteral("WaQtor Admin Test")};
    QString m_profileId;
};

namespace {
const QString Email = QStringLiteral("boss@example.com");
const QString AccountPassword = QStringLiteral("boss-password-1");
}

void tst_ConnectionProfiles::initTestCase()
{
    QSettings().clear();
    QVERIFY2(m_db.createMigrated(), qPrintable(m_db.lastError()));
    AccountService accounts(m_db.connection(), "test");
    QVERIFY_OK(accounts.createUser(Email, AccountPassword, "Boss", "admin"));
    // A database role of its own, so its password can be looked for on disk without also finding the
    // test server's (which the DB_* profile carries and never saves). Roles are server-wide: named per test database.
    const QString role = m_db.name() + QStringLiteral("_profile");
    QVERIFY(m_db.adminExec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(role, profilePassword())));
    QVERIFY(m_db.exec(QStringLiteral("GRANT SELECT, UPDATE ON ALL TABLES IN SCHEMA public TO %1").arg(role)));
}

void tst_ConnectionProfiles::fillAndAccept(QDialog *dialog, const QString &name, const QString &password, bool readOnly)
{
    dialog->findChild<QLineEdit *>("profileNameEdit")->setText(name);
    dialog->findChild<QLineEdit *>("userEdit")->setText(QStringLiteral("%1_profile").arg(
        dialog->findChild<QLineEdit *>("nameEdit")->text()));
    dialog->findChild<QLineEdit *>("passwordEdit")->setText(password);
    dialog->findChild<QCheckBox *>("readOnlyCheck")->setChecked(readOnly);
    dialog->findChild<QDialogButtonBox *>("buttonBox")->button(QDialogButtonBox::Ok)->click();
}

void tst_ConnectionProfiles::roundTrip_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("sslMode");
    QTest::addColumn<QString>("caFile");
    QTest::addColumn<bool>("readOnly");
    QTest::addColumn<bool>("inKeychain");
    QTest::newRow("plain") << "Local" << "disable" << "" << false << false;
    QTest::newRow("replica, verified") << "نسخة التقارير" << "verify-full" << "/etc/waqtor/ca.pem" << true << true;
    QTest::newRow("prefer") << "Staging / test" << "prefer" << "" << false << true;
}

void tst_ConnectionProfiles::roundTrip()
{
    QFETCH(QString, name);
    QFETCH(QString, sslMode);
    QFETCH(QString, caFile);
    QFETCH(bool, readOnly);
    QFETCH(bool, inKeychain);
    ConnectionSettings s;
    s.host = QStringLiteral("db.example.com");
    s.port = 6432;
    s.databaseName = QStringLiteral("waqtor_prod");
    s.user = QStringLiteral("reporter");
    s.password = QStringLiteral("never-saved-1");
    s.sslMode = *ConnectionSettings::sslModeFromKeyword(sslMode);
    s.caFile = caFile;
    s.readOnly = readOnly;
    ConnectionProfile profile = ConnectionProfile::create(name, s);
    profile.passwordInKeychain = inKeychain;
    QVERIFY(profile.settings.password.isEmpty());
    QVERIFY_OK(ConnectionProfiles::save(profile));
    // Saved again under the same id: replaced, not added.
    QVERIFY_OK(ConnectionProfiles::save(profile));

    const QList<ConnectionProfile> loaded = ConnectionProfiles::load();
    QCOMPARE(loaded.size(), 1);
    const ConnectionProfile &back = loaded.first();
    QCOMPARE(back.id, profile.id);
    QCOMPARE(back.name, name);
    QCOMPARE(back.settings.host, s.host);
    QCOMPARE(back.settings.port, s.port);
    QCOMPARE(back.settings.databaseName, s.databaseName);
    QCOMPARE(back.settings.user, s.user);
    QCOMPARE(back.settings.sslMode, s.sslMode);
    QCOMPARE(back.settings.caFile, caFile);
    QCOMPARE(back.settings.readOnly, readOnly);
    QCOMPARE(back.passwordInKeychain, inKeychain);
    QVERIFY(back.settings.password.isEmpty());
    QVERIFY(isolatedHome().filesContaining(QStringLiteral("never-saved-1")).isEmpty());

    QVERIFY_OK(ConnectionProfiles::remove(profile.id));
    QVERIFY(ConnectionProfiles::load().isEmpty());
}

void tst_ConnectionProfiles::newProfileKeepsNoPasswordOnDisk()
{
    LoginDialog login(m_db.settings(), QStringLiteral("new-profile"), nullptr, &m_vault);
    login.show();
    GuiTest::onNextModal([](QDialog *d) { fillAndAccept(d, QStringLiteral("Reports (read-only)"), profilePassword(), true); });
    login.findChild<QPushButton *>("newProfileButton")->click();

    const QList<ConnectionProfile> saved = ConnectionProfiles::load();
    QCOMPARE(saved.size(), 1);
    m_profileId = saved.first().id;
    QCOMPARE(saved.first().name, QStringLiteral("Reports (read-only)"));
    QVERIFY(saved.first().settings.readOnly);
    QCOMPARE(login.currentProfile().id, m_profileId);
    auto *combo = login.findChild<QComboBox *>("profileCombo");
    QCOMPARE(combo->count(), 2);  // the DB_* profile, then this one
    QCOMPARE(combo->currentText(), QStringLiteral("Reports (read-only)"));
    QVERIFY2(login.findChild<QLabel *>("serverLabel")->text().contains("read-only"),
             qPrintable(login.findChild<QLabel *>("serverLabel")->text()));
    // Known for this run: not asked again.
    QVERIFY(!login.findChild<QLineEdit *>("databasePasswordEdit")->isVisible());

    QSettings().sync();
    QVERIFY(!isolatedHome().files().isEmpty());
    QCOMPARE(isolatedHome().filesContaining(profilePassword()), QStringList());
}

void tst_ConnectionProfiles::signInThroughReadOnlyProfile()
{
    QVERIFY(!m_profileId.isEmpty());
    LoginDialog login(m_db.settings(), QStringLiteral("read-only-signin"), nullptr, &m_vault);
    login.show();
    login.selectProfile(m_profileId);
    login.findChild<QLineEdit *>("emailEdit")->setText(Email);
    login.findChild<QLineEdit *>("passwordEdit")->setText(AccountPassword);
    login.accept();
    QVERIFY2(login.result() == QDialog::Accepted, qPrintable(login.errorText()));
    const SignedIn &signedIn = login.signedIn();
    QVERIFY(signedIn.settings.readOnly);
    QVERIFY(signedIn.policy.readOnlyDatabase());
    QVERIFY(!signedIn.policy.allows(Action::Edit, Entity::Contacts));
    QVERIFY(signedIn.policy.allows(Action::Export, Entity::Contacts));
    {
        QSqlQuery q(signedIn.database());
        QVERIFY(q.exec("SELECT current_user, current_setting('default_transaction_read_only')") && q.next());
        QCOMPARE(q.value(0).toString(), m_db.name() + QStringLiteral("_profile"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("on"));
    }
    // The sign-in could not be recorded on a read-only connection, and was not refused for it.
    QVERIFY(m_db.scalar("SELECT last_login_at FROM users WHERE email = 'boss@example.com'").isNull());
    QCOMPARE(ConnectionProfiles::lastUsed(), m_profileId);
    Database::disconnect(QStringLiteral("read-only-signin"));
    QCOMPARE(isolatedHome().filesContaining(profilePassword()), QStringList());
}

void tst_ConnectionProfiles::passwordAskedOncePerRun()
{
    QVERIFY(!m_profileId.isEmpty());
    PasswordVault nextRun(QStringLiteral("WaQtor Admin Test"));
    LoginDialog login(m_db.settings(), QStringLiteral("next-run"), nullptr, &nextRun);
    login.show();
    // The last profile used comes first, and this run does not know its password.
    QCOMPARE(login.currentProfile().id, m_profileId);
    auto *databasePassword = login.findChild<QLineEdit *>("databasePasswordEdit");
    QVERIFY(databasePassword->isVisible());
    login.findChild<QLineEdit *>("emailEdit")->setText(Email);
    login.findChild<QLineEdit *>("passwordEdit")->setText(AccountPassword);
    login.accept();
    QVERIFY2(login.errorText().contains("database password"), qPrintable(login.errorText()));

    databasePassword->setText(QStringLiteral("not-it"));
    login.accept();
    QVERIFY(login.result() != QDialog::Accepted);
    QVERIFY2(login.errorText().contains("authentication failed"), qPrintable(login.errorText()));
    QVERIFY(databasePassword->isVisible());

    databasePassword->setText(profilePassword());
    login.accept();
    QVERIFY2(login.result() == QDialog::Accepted, qPrintable(login.errorText()));
    Database::disconnect(QStringLiteral("next-run"));

    // Asked once: the same run's next sign-in knows it.
    LoginDialog again(m_db.settings(), QStringLiteral("next-run-again"), nullptr, &nextRun);
    again.show();
    QCOMPARE(again.currentProfile().id, m_profileId);
    QVERIFY(!again.findChild<QLineEdit *>("databasePasswordEdit")->isVisible());
    QCOMPARE(isolatedHome().filesContaining(profilePassword()), QStringList());
}

void tst_ConnectionProfiles::environmentEditsLastForTheRun()
{
    LoginDialog login(m_db.settings(), QStringLiteral("environment"), nullptr, &m_vault);
    login.show();
    login.selectProfile(ConnectionProfile::environmentId());
    QVERIFY(!login.findChild<QPushButton *>("deleteProfileButton")->isEnabled());
    GuiTest::onNextModal([](QDialog *d) {
        QVERIFY(d->findChild<QLineEdit *>("profileNameEdit")->isReadOnly());
        QVERIFY(!d->findChild<QCheckBox *>("keychainCheck")->isVisible());
        d->findChild<QLineEdit *>("nameEdit")->setText(QStringLiteral("edited_for_this_run"));
        d->findChild<QDialogButtonBox *>("buttonBox")->button(QDialogButtonBox::Ok)->click();
    });
    login.findChild<QPushButton *>("connectionButton")->click();
    QCOMPARE(login.environmentSettings().databaseName, QStringLiteral("edited_for_this_run"));
    QCOMPARE(login.environmentSettings().password, m_db.settings().password);
    QCOMPARE(ConnectionProfiles::load().size(), 1);  // only the saved one; the DB_* profile is never saved
    QVERIFY(isolatedHome().filesContaining(QStringLiteral("edited_for_this_run")).isEmpty());
}

void tst_ConnectionProfiles::keychainNotOfferedWithoutOne()
{
    // The suite runs with no session bus (tst_passwordvault_keyring covers a real keychain).
    ConnectionProfile profile = ConnectionProfile::create(QStringLiteral("x"), m_db.settings());
    profile.passwordInKeychain = true;
    ConnectionDialog dialog(profile, m_vault.keychainAvailable());
    QVERIFY(!m_vault.keychainAvailable());
    auto *check = dialog.findChild<QCheckBox *>("keychainCheck");
    QVERIFY(!check->isEnabled());
    QVERIFY(!check->isChecked());
    QVERIFY(!dialog.profile().passwordInKeychain);
}

void tst_ConnectionProfiles::deleteProfile()
{
    QVERIFY(!m_profileId.isEmpty());
    LoginDialog login(m_db.settings(), QStringLiteral("delete"), nullptr, &m_vault);
    login.show();
    login.selectProfile(m_profileId);
    GuiTest::onNextModal([](QDialog *d) {
        auto *box = qobject_cast<QMessageBox *>(d);
        QVERIFY(box);
        QVERIFY2(box->text().contains("Reports (read-only)"), qPrintable(box->text()));
        box->button(QMessageBox::Yes)->click();
    });
    login.findChild<QPushButton *>("deleteProfileButton")->click();
    QVERIFY(ConnectionProfiles::load().isEmpty());
    QVERIFY(!m_vault.password(m_profileId));
    QCOMPARE(login.currentProfile().id, ConnectionProfile::environmentId());
    QCOMPARE(login.findChild<QComboBox *>("profileCombo")->count(), 1);
    QVERIFY(ConnectionProfiles::lastUsed().isEmpty());
}

WAQTOR_TEST_MAIN_ISOLATED(tst_ConnectionProfiles)
#include "tst_connectionprofiles.moc"

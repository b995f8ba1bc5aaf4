// Every dialog, message box and import-wizard page, opened the way the app opens it, in English and
// Arabic, light and dark: it mirrors in Arabic, no text a user reads is left in English, no label or
// button is cut, and it fits a 1280×800 screen. With WAQTOR_GALLERY_DIR set, each one is also saved
// as name-lang-theme.png there, for a person to look at.

#include "dialogs/aboutdialog.h"
#include "dialogs/backupdialog.h"
#include "dialogs/campaigndialog.h"
#include "dialogs/changepassworddialog.h"
#include "dialogs/connectiondialog.h"
#include "dialogs/contactdialog.h"
#include "dialogs/deleteconfirmation.h"
#include "dialogs/exportdialog.h"
#include "dialogs/groupdialog.h"
#include "dialogs/logindialog.h"
#include "dialogs/membershipdialog.h"
#include "dialogs/messagedialog.h"
#include "dialogs/restoredialog.h"
#include "dialogs/sessiondialog.h"
#include "dialogs/settingsdialog.h"
#include "dialogs/shortcutsdialog.h"
#include "dialogs/staleeditprompt.h"
#include "dialogs/userdialog.h"
#include "db/demoseeder.h"
#include "delegates/contentdirection.h"
#include "dialogsnapshot.h"
#include "guitest.h"
#include "importwizard/importfilepage.h"
#include "importwizard/importwizard.h"
#include "i18n/interfacelanguage.h"
#include "mainwindow.h"
#include "repositories/rowversion.h"
#include "theme/apptheme.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

// Widgets that show rows' data (names, sessions, a server's error text): the same in both languages.
bool showsData(const QString &key)
{
    static const QStringList dataWidgets = {
        ":sessionCombo/", ":contactCombo/", ":ownerCombo/",                     // campaign dialog
        ":sessionValue", ":errorValue", ":recordIdValue", ":mediaTypeValue",    // message dialog
    };
    for (const QString &name : dataWidgets)
        if (key.contains(name))
            return true;
    // Settings lists each language by its own name ("English", "العربية"), found whatever the current one is.
    return key.contains(QStringLiteral(":languageCombo/item")) && !key.endsWith(QStringLiteral("/item0"));
}

// A text identical in English and Arabic is untranslated if Latin letters are left once the data and
// the proper names below are taken out.
QString untranslatedPart(const QString &text)
{
    static const QList<QRegularExpression> allowed = {
        QRegularExpression(QStringLiteral(R"([\w.+-]+@[\w-]+(\.[\w-]+)+)")),           // e-mail addresses
        QRegularExpression(QStringLiteral(R"(\bhttps?://\S+)")),                         // web addresses
        QRegularExpression(QStringLiteral(R"((~|\.)?/[\w./-]*|\b[\w-]+\.(csv|sql|dump|png)\b)")),  // file paths
        QRegularExpression(QStringLiteral(R"(\b(WaQtor|PostgreSQL|Qt|libpq|UTF-(8|16|32)|CSV|JSON|QR|UUID|SSL|E\.164)\b)")),
        QRegularExpression(QStringLiteral(R"(\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b)")),  // ids
        QRegularExpression(QStringLiteral(R"(\b(Ctrl|Shift|Alt|Del|Delete|Enter|Esc|F\d+|PgUp|PgDown|Home|End|Tab|Backspace|Ins)\b)")),
        QRegularExpression(QStringLiteral(R"(\b(SELECT|COPY|VACUUM|ANALYZE|pg_dump|pg_restore|psql)\b)")),
        QRegularExpression(QStringLiteral(R"(\+?\d[\d ]{5,})")),                         // phone numbers
    };
    QString rest = text;
    for (const QRegularExpression &re : allowed)
        rest.remove(re);
    static const QRegularExpression latin(QStringLiteral("[A-Za-z]{2,}"));
    return latin.match(rest).hasMatch() ? rest.simplified() : QString();
}

} // namespace

class tst_DialogLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void dialog_data();
    void dialog();

private:
    // Opens `name` in the current language and theme as the app does, and takes what a person sees.
    Snapshot take(const QString &name);
    Snapshot takeShown(QWidget *dialog, const std::function<bool()> &ready = {});
    Snapshot takeModal(const std::function<void()> &exec);
    QString firstId(const QString &sql);

    TestDatabase m_db;
    SignedIn m_admin;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
    QString m_csv;
    QHash<QString, QString> m_ids;
};

void tst_DialogLayout::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName("WaQtor-tests");
    QCoreApplication::setApplicationName("tst_dialoglayout");
    QSettings().clear();
    QVERIFY2(m_db.createMigrated(), qPrintable(m_db.lastError()));
    QVERIFY_OK(DemoSeeder(m_db.connection(), "test").seed(false));
    const DemoSeeder::Login admin = DemoSeeder::logins().first();
    const auto signedIn = SignedIn::signIn(m_db.settings(), admin.email, admin.password, "dialoglayout");
    QVERIFY_OK(signedIn);
    m_admin = signedIn.value();
    m_ids["contact"] = firstId("SELECT id::text FROM recipients WHERE name ~ '[ء-ي]' ORDER BY phone_number LIMIT 1");
    m_ids["group"] = firstId("SELECT id::text FROM groups ORDER BY name LIMIT 1");
    m_ids["campaign"] = firstId("SELECT id::text FROM campaigns WHERE status = 'completed' ORDER BY name LIMIT 1");
    m_ids["message"] = firstId("SELECT id::text FROM messages WHERE status = 'failed' ORDER BY created_at, id LIMIT 1");
    m_ids["session"] = firstId("SELECT id::text FROM whatsapp_sessions ORDER BY session_name LIMIT 1");
    m_ids["user"] = firstId("SELECT id::text FROM users ORDER BY email DESC LIMIT 1");
    for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it)
        QVERIFY2(!it.value().isEmpty(), qPrintable("no demo row for " + it.key()));
    QVERIFY(m_dir.isValid());
    m_csv = m_dir.filePath("contacts.csv");
    QFile csv(m_csv);
    const QByteArray rows = "phone,name,city\n+966501234567,أحمد العتيبي,الرياض\n+971501234567,Sara Khan,Dubai\n";
    QVERIFY(csv.open(QIODevice::WriteOnly) && csv.write(rows) == rows.size() && csv.flush());
    csv.close();
    QSettings().setValue(ImportWizard::regionSettingsKey(m_admin.account.email), "SA");
    // As main() does: every editor follows the direction of its own text.
    ContentDirection::followEditors();
    // The Shortcuts dialog lists the main window's actions.
    m_window = std::make_unique<MainWindow>(m_admin);
}

void tst_DialogLayout::cleanup()
{
    InterfaceLanguage::apply(UiLanguage::English);
    AppTheme::apply(AppTheme::Mode::System);
}

QString tst_DialogLayout::firstId(const QString &sql)
{
    QSqlQuery q(m_db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
}

Snapshot tst_DialogLayout::takeShown(QWidget *dialog, const std::function<bool()> &ready)
{
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog))
        return {};
    // Waits for what the dialog loads on a worker (the backup's table list) before looking.
    if (ready && !QTest::qWaitFor(ready, 10000)) {
        qWarning("the dialog did not finish loading");
        return {};
    }
    Snapshot s = snapshotOf(dialog);
    dialog->close();
    return s;
}

Snapshot tst_DialogLayout::takeModal(const std::function<void()> &exec)
{
    Snapshot s;
    GuiTest::onNextModal([&s](QDialog *box) {
        s = snapshotOf(box);
        box->reject();
    });
    exec();
    return s;
}

Snapshot tst_DialogLayout::take(const QString &name)
{
    const SignedIn &a = m_admin;
    if (name == "about")
        return takeShown(std::make_unique<AboutDialog>(a).get());
    if (name == "backup") {
        BackupDialog d(a);
        return takeShown(&d, [&d] { return d.findChild<QListWidget *>("tablesList")->count() > 0; });
    }
    if (name == "campaign new")
        return takeShown(std::make_unique<CampaignDialog>(a, QString()).get());
    if (name == "campaign edit")
        return takeShown(std::make_unique<CampaignDialog>(a, m_ids["campaign"]).get());
    if (name == "change password")
        return takeShown(std::make_unique<ChangePasswordDialog>(a).get());
    if (name == "connection")
        return takeShown(std::make_unique<ConnectionDialog>(m_db.settings()).get());
    if (name == "contact new")
        return takeShown(std::make_unique<ContactDialog>(a, QString()).get());
    if (name == "contact edit")
        return takeShown(std::make_unique<ContactDialog>(a, m_ids["contact"]).get());
    if (name == "delete confirmation") {
        // The users page's question, the one with a milder alternative.
        DeleteConfirmation confirmation(
            QCoreApplication::translate("UsersPage", "Deactivate %1, or delete the account for good?").arg("viewer@waqtor.demo"),
            QCoreApplication::translate("UsersPage",
                                        "Deactivating keeps everything and stops sign-in. Deleting also removes, for good:\n"
                                        "%L1 WhatsApp sessions, %L2 messages, %L3 campaigns,\n%L4 contacts, %L5 groups and %L6 group memberships.")
                .arg(1).arg(20).arg(3).arg(40).arg(5).arg(60));
        confirmation.setAlternative(QCoreApplication::translate("UsersPage", "&Deactivate"),
                                    QCoreApplication::translate("UsersPage", "Delete &permanently"));
        confirmation.setList("viewer@waqtor.demo");
        return takeModal([&] { confirmation.ask(nullptr, QCoreApplication::translate("UsersPage", "Users")); });
    }
    if (name == "export page")
        return takeShown(std::make_unique<ExportDialog>(a, Entity::Contacts, QCoreApplication::translate("ContactsPage", "Contacts"),
                                                        ExportFilter{}, QStringList{m_ids["contact"]}).get());
    if (name == "export report")
        return takeShown(std::make_unique<ExportDialog>(a, ReportKind::Campaigns).get());
    if (name == "group new")
        return takeShown(std::make_unique<GroupDialog>(a, QString()).get());
    if (name == "group edit")
        return takeShown(std::make_unique<GroupDialog>(a, m_ids["group"]).get());
    if (name == "login")
        return takeShown(std::make_unique<LoginDialog>(m_db.settings(), "dialoglayout-login").get());
    if (name == "membership")
        return takeShown(std::make_unique<MembershipDialog>(a, m_ids["group"]).get());
    if (name == "message")
        return takeShown(std::make_unique<MessageDialog>(a, m_ids["message"]).get());
    if (name == "restore")
        return takeShown(std::make_unique<RestoreDialog>(a).get());
    if (name == "session new")
        return takeShown(std::make_unique<SessionDialog>(a, QString()).get());
    if (name == "session edit")
        return takeShown(std::make_unique<SessionDialog>(a, m_ids["session"]).get());
    if (name == "settings")
        return takeShown(std::make_unique<SettingsDialog>(a.account.id, LanguageChoice{}).get());
    if (name == "shortcuts")
        return takeShown(std::make_unique<ShortcutsDialog>(m_window.get(), m_window.get()).get());
    if (name == "stale edit") {
        const QString what = QCoreApplication::translate("GroupRepository", "The group %1").arg("VIP");
        const Status stale = RowVersion::check("1", "2", what);
        return takeModal([&] {
            StaleEditPrompt::ask(nullptr, QCoreApplication::translate("GroupDialog", "Edit group"), stale.error().message);
        });
    }
    if (name == "user new")
        return takeShown(std::make_unique<UserDialog>(a, QString()).get());
    if (name == "user edit")
        return takeShown(std::make_unique<UserDialog>(a, m_ids["user"]).get());
    if (name.startsWith("import ")) {
        ImportWizard wizard(a);
        wizard.show();
        wizard.filePage()->setPath(m_csv);
        const int page = name == "import file" ? ImportWizard::FilePage
            : name == "import mapping"          ? ImportWizard::MappingPage
            : name == "import preview"          ? ImportWizard::PreviewPage
                                                : ImportWizard::OptionsPage;
        while (wizard.currentId() < page) {
            const int before = wizard.currentId();
            wizard.next();
            if (wizard.currentId() == before) {
                qWarning("the import wizard stayed on page %d", before);
                return {};
            }
        }
        return takeShown(&wizard);
    }
    qWarning("no such dialog: %s", qPrintable(name));
    return {};
}

void tst_DialogLayout::dialog_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("arabic");
    QTest::addColumn<bool>("dark");
    const QStringList names = {"about", "backup", "campaign new", "campaign edit", "change password", "connection",
                               "contact new", "contact edit", "delete confirmation", "export page", "export report",
                               "group new", "group edit", "login", "membership", "message", "restore", "session new",
                               "session edit", "settings", "shortcuts", "stale edit", "user new", "user edit",
                               "import file", "import mapping", "import preview", "import options"};
    for (const QString &name : names)
        for (const bool arabic : {false, true})
            for (const bool dark : {false, true})
                QTest::newRow(qPrintable(QStringLiteral("%1 %2 %3").arg(name, arabic ? "ar" : "en", dark ? "dark" : "light")))
                    << name << arabic << dark;
}

void tst_DialogLayout::dialog()
{
    QFETCH(QString, name);
    QFETCH(bool, arabic);
    QFETCH(bool, dark);
    AppTheme::apply(dark ? AppTheme::Mode::Dark : AppTheme::Mode::Light);

    Snapshot english;
    if (arabic) {
        InterfaceLanguage::apply(UiLanguage::English);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        english = take(name);
        QVERIFY2(english.taken, "the English dialog did not open");
    }
    InterfaceLanguage::apply(arabic ? UiLanguage::Arabic : UiLanguage::English);
    // Open windows retranslate on a posted LanguageChange, before anyone can open a dialog from them.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    const Snapshot shown = take(name);
    QVERIFY2(shown.taken, "the dialog did not open");

    const QString gallery = qEnvironmentVariable("WAQTOR_GALLERY_DIR");
    if (!gallery.isEmpty()) {
        QVERIFY(QDir().mkpath(gallery));
        const QString file = QStringLiteral("%1/%2-%3-%4.png")
                                 .arg(gallery, QString(name).replace(' ', '-'), arabic ? "ar" : "en", dark ? "dark" : "light");
        QVERIFY2(shown.image.save(file), qPrintable("cannot write " + file));
    }

    QCOMPARE(shown.direction, arabic ? Qt::RightToLeft : Qt::LeftToRight);
    QVERIFY2(shown.size.width() <= 1280 && shown.size.height() <= 800,
             qPrintable(QStringLiteral("%1×%2 does not fit 1280×800").arg(shown.size.width()).arg(shown.size.height())));
    QVERIFY2(shown.clipped.isEmpty(), qPrintable("cut off: " + shown.clipped.join(QStringLiteral("; "))));
    QVERIFY2(shown.unreadable.isEmpty(), qPrintable("hard to see: " + shown.unreadable.join(QStringLiteral("; "))));
    QVERIFY2(shown.mirroredData.isEmpty(), qPrintable("data laid out right to left: " + shown.mirroredData.join(QStringLiteral("; "))));

    if (arabic) {
        QHash<QString, QString> englishText;
        for (const auto &[key, text] : english.texts)
            englishText.insert(key, text);
        QStringList left;
        for (const auto &[key, text] : shown.texts) {
            if (englishText.value(key) != text || showsData(key))
                continue;
            if (const QString part = untranslatedPart(text); !part.isEmpty())
                left << QStringLiteral("%1: \"%2\"").arg(key, text);
        }
        QVERIFY2(left.isEmpty(), qPrintable("left in English: " + left.join(QStringLiteral("; "))));
    }
}

QTEST_MAIN(tst_DialogLayout)
#include "tst_dialoglayout.moc"

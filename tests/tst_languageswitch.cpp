// Settings → Language switches the running window without a restart: texts, model headers, the layout
// direction and the digits change live, and the choice is remembered for the signed-in account only.

#include "guitest.h"
#include "export/csvexporter.h"
#include "settings/languagepreference.h"
#include "i18n/translations.h"
#include "i18n/interfacelanguage.h"
#include "health/healthpage.h"
#include "overview/overviewcards.h"
#include "overview/overviewpage.h"
#include "mainwindow.h"
#include "pages/tablepage.h"
#include "theme/apptheme.h"
#include "theme/statuscolours.h"

#include <QAction>
#include <QApplication>
#include <QTabWidget>
#include <QBuffer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QWizard>
#include <QMenuBar>
#include <QHash>
#include <QTest>

class tst_LanguageSwitch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void switchesLiveAndIsRemembered();
    void digitsFollowTheChoice_data();
    void digitsFollowTheChoice();
    void themeIsChosenInSettings();
    void adminStartsInTheEnvironmentsLanguage_data();
    void adminStartsInTheEnvironmentsLanguage();
    void messageCellsFitTheirColumns_data();
    void messageCellsFitTheirColumns();
    void overviewCardsFollowTheChoice_data();
    void overviewCardsFollowTheChoice();
    void qtButtonsUseTheGlossary();
    void menuAccessKeys_data();
    void menuAccessKeys();

private:
    // Opens Settings from the menu and picks `language` ("ar", "en" or "" for the system's) and digits.
    static void chooseInSettings(MainWindow &window, const QString &language, const QString &digits = "western",
                                 const QString &theme = "system");
    // Every text a user reads on the pages that stay open: navigation, visible table headers, Health's tabs.
    static QStringList pageTexts(MainWindow &window);
    static QString headerOf(TablePage *page, const char *field);
    TestDatabase m_db;
    SignedIn m_admin;
    SignedIn m_other;
};

void tst_LanguageSwitch::initTestCase()
{
    // The preference goes to a test-only settings file, never the user's.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName("WaQtor-tests");
    QCoreApplication::setApplicationName("tst_languageswitch");
    QSettings().clear();
    QVERIFY2(m_db.createMigrated(), qPrintable(m_db.lastError()));
    const auto admin = GuiTest::createAndSignIn(m_db, "polyglot@example.com", "admin");
    QVERIFY_OK(admin);
    m_admin = admin.value();
    const auto other = GuiTest::createAndSignIn(m_db, "other@example.com", "user");
    QVERIFY_OK(other);
    m_other = other.value();
    InterfaceLanguage::apply(UiLanguage::English);
}

void tst_LanguageSwitch::cleanup()
{
    InterfaceLanguage::apply(UiLanguage::English);
    AppTheme::apply(AppTheme::Mode::System);
    QSettings().clear();
}

void tst_LanguageSwitch::chooseInSettings(MainWindow &window, const QString &language, const QString &digits,
                                          const QString &theme)
{
    GuiTest::onNextModal([language, digits, theme](QDialog *d) {
        auto *languages = d->findChild<QComboBox *>("languageCombo");
        auto *digitStyles = d->findChild<QComboBox *>("digitsCombo");
        auto *themes = d->findChild<QComboBox *>("themeCombo");
        QVERIFY(languages && digitStyles && themes);
        QVERIFY(languages->findData(language) >= 0);
        QVERIFY(themes->findData(theme) >= 0);
        languages->setCurrentIndex(languages->findData(language));
        digitStyles->setCurrentIndex(digitStyles->findData(digits));
        themes->setCurrentIndex(themes->findData(theme));
        d->accept();
    });
    window.findChild<QAction *>("settingsAction")->trigger();
}

QStringList tst_LanguageSwitch::pageTexts(MainWindow &window)
{
    QStringList texts;
    auto *navigation = window.findChild<QListWidget *>("navigation");
    for (int row = 0; row < navigation->count(); ++row)
        texts << navigation->item(row)->text();
    for (Entity entity : MainWindow::pageOrder()) {
        TablePage *page = window.page(entity);
        if (!page)
            continue;
        for (int column = 0; column < page->model()->columnCount(); ++column)
            if (!page->tableView()->isColumnHidden(column))
                texts << page->model()->headerData(column, Qt::Horizontal).toString();
        // The page's actions (Find, Undo, the rows' Edit… and Delete…): Help → Keyboard shortcuts lists them.
        for (const QAction *action : page->actions() + page->tableView()->actions())
            if (!action->text().isEmpty())
                texts << action->text();
    }
    if (HealthPage *health = window.healthPage())
        for (int tab = 0; tab < health->tabs()->count(); ++tab)
            texts << health->tabs()->tabText(tab);
    if (auto *tools = window.findChild<QMenu *>("toolsMenu"))
        texts << tools->title();
    return texts;
}

QString tst_LanguageSwitch::headerOf(TablePage *page, const char *field)
{
    return page->model()->headerData(page->model()->fieldIndex(QLatin1String(field)), Qt::Horizontal).toString();
}

void tst_LanguageSwitch::switchesLiveAndIsRemembered()
{
    MainWindow window(m_admin);
    window.show();
    QVERIFY(window.openPage(Entity::Users));
    TablePage *users = window.page(Entity::Users);
    auto *fileMenu = window.findChild<QMenu *>("fileMenu");
    auto *navigation = window.findChild<QListWidget *>("navigation");
    QCOMPARE(fileMenu->title(), QString("&File"));
    // The Overview comes first for every role, then the table pages.
    QCOMPARE(navigation->item(0)->text(), QString("Overview"));
    QCOMPARE(navigation->item(1)->text(), QString("Users"));
    QCOMPARE(headerOf(users, "email"), QString("Email"));
    QCOMPARE(window.layoutDirection(), Qt::LeftToRight);

    chooseInSettings(window, "ar");
    // The same window, not a new one: menus, navigation, headers and direction follow at once.
    QTRY_COMPARE(fileMenu->title(), QString("&ملف"));
    QCOMPARE(navigation->item(0)->text(), QCoreApplication::translate("OverviewPage", "Overview"));
    QCOMPARE(navigation->item(1)->text(), QCoreApplication::translate("UsersPage", "Users"));
    QVERIFY(navigation->item(1)->text() != QLatin1String("Users"));
    QCOMPARE(headerOf(users, "email"), QCoreApplication::translate("UsersPage", "Email"));
    QVERIFY(headerOf(users, "email") != QLatin1String("Email"));
    QTRY_COMPARE(window.layoutDirection(), Qt::RightToLeft);
    QCOMPARE(users->tableView()->layoutDirection(), Qt::RightToLeft);
    // Every page built for an admin, not only the one shown: no English header, tab or menu left.
    static const QRegularExpression arabicLetter("[\\x{0621}-\\x{064A}]");
    const QStringList arabicTexts = pageTexts(window);
    QVERIFY(arabicTexts.size() > 40);
    for (const QString &text : arabicTexts)
        QVERIFY2(text.contains(arabicLetter), qPrintable(text));

    // Remembered for this account only.
    QCOMPARE(LanguagePreference::load(m_admin.account.id).language, std::optional<UiLanguage>(UiLanguage::Arabic));
    QCOMPARE(LanguagePreference::load(m_other.account.id).language, std::nullopt);

    chooseInSettings(window, "en");
    QTRY_COMPARE(fileMenu->title(), QString("&File"));
    QCOMPARE(navigation->item(0)->text(), QString("Overview"));
    QCOMPARE(navigation->item(1)->text(), QString("Users"));
    QCOMPARE(headerOf(users, "email"), QString("Email"));
    QTRY_COMPARE(window.layoutDirection(), Qt::LeftToRight);
    QCOMPARE(LanguagePreference::load(m_admin.account.id).language, std::optional<UiLanguage>(UiLanguage::English));
    for (const QString &text : pageTexts(window))
        QVERIFY2(!text.contains(arabicLetter), qPrintable(text));
}

void tst_LanguageSwitch::messageCellsFitTheirColumns_data()
{
    QTest::addColumn<QString>("startIn");
    QTest::addColumn<QString>("switchTo");
    QTest::newRow("English") << "en" << "";
    QTest::newRow("starts in Arabic") << "ar" << "";
    QTest::newRow("switched to Arabic") << "en" << "ar";
}

void tst_LanguageSwitch::messageCellsFitTheirColumns()
{
    QFETCH(QString, startIn);
    QFETCH(QString, switchTo);
    // Every status and ack a message can have, each at an afternoon time (Arabic writes "م" after it).
    QVERIFY2(m_db.exec(QStringLiteral(R"(
        DELETE FROM messages;
        INSERT INTO messages (user_id, phone_number, message_text, status, ack_status, created_at)
        SELECT '%1', '+96650123456' || s.n, 'hello', s.status, s.n - 2, TIMESTAMP '2026-12-31 23:59:59'
        FROM (VALUES (1, 'pending'), (2, 'sent'), (3, 'delivered'), (4, 'read'), (5, 'failed'), (6, 'pending'))
             AS s(n, status);)").arg(m_admin.account.id)),
             qPrintable(m_db.lastError()));
    InterfaceLanguage::apply(*UiLanguages::fromCode(startIn));
    MainWindow window(m_admin);
    window.resize(1400, 800);
    window.show();
    QVERIFY(window.openPage(Entity::Messages));
    TablePage *messages = window.page(Entity::Messages);
    QTRY_COMPARE(messages->model()->rowCount(), 6);
    if (!switchTo.isEmpty())
        chooseInSettings(window, switchTo);
    QTableView *view = messages->tableView();
    const bool arabic = startIn == "ar" || switchTo == "ar";
    QTRY_COMPARE(view->layoutDirection(), arabic ? Qt::RightToLeft : Qt::LeftToRight);
    // The language change reaches the page as a posted event, after the direction.
    QTRY_COMPARE(headerOf(messages, "created_at") == QLatin1String("Created"), !arabic);
    for (const char *field : {"created_at", "status", "ack_status"}) {
        const int column = messages->model()->fieldIndex(QLatin1String(field));
        for (int row = 0; row < messages->model()->rowCount(); ++row) {
            const QModelIndex index = messages->model()->index(row, column);
            QStyleOptionViewItem option;
            option.initFrom(view->viewport());
            option.font = view->font();
            option.features |= QStyleOptionViewItem::HasDisplay;
            const int needed = view->itemDelegateForIndex(index)->sizeHint(option, index).width();
            QVERIFY2(view->columnWidth(column) >= needed,
                     qPrintable(QStringLiteral("%1 row %2: %3 px wide, its text needs %4")
                                    .arg(QLatin1String(field)).arg(row).arg(view->columnWidth(column)).arg(needed)));
        }
    }
}

void tst_LanguageSwitch::themeIsChosenInSettings()
{
    MainWindow window(m_admin);
    window.show();
    chooseInSettings(window, "en", "western", "dark");
    QVERIFY(StatusColours::isDark(QApplication::palette()));
    QCOMPARE(AppTheme::remembered(), AppTheme::Mode::Dark);
    chooseInSettings(window, "en", "western", "light");
    QVERIFY(!StatusColours::isDark(QApplication::palette()));
    QCOMPARE(AppTheme::remembered(), AppTheme::Mode::Light);
}

void tst_LanguageSwitch::digitsFollowTheChoice_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("digits");
    QTest::addColumn<bool>("indic");
    QTest::newRow("Arabic, Western by default") << "ar" << "western" << false;
    QTest::newRow("Arabic, Arabic-Indic chosen") << "ar" << "arabic-indic" << true;
    QTest::newRow("English") << "en" << "western" << false;
}

void tst_LanguageSwitch::digitsFollowTheChoice()
{
    QFETCH(QString, language);
    QFETCH(QString, digits);
    QFETCH(bool, indic);
    MainWindow window(m_admin);
    window.show();
    QVERIFY(window.openPage(Entity::Users));
    chooseInSettings(window, language, digits);
    TablePage *users = window.page(Entity::Users);
    QTRY_COMPARE(window.layoutDirection(), language == "ar" ? Qt::RightToLeft : Qt::LeftToRight);
    // The row range and a date cell of the same view: one digit style, never both. The label is
    // rewritten on LanguageChange, which Qt posts to the windows, so it is waited for.
    static const QRegularExpression western("[0-9]"), arabicIndic("[٠-٩]");
    const QRegularExpression &wanted = indic ? arabicIndic : western;
    const QRegularExpression &unwanted = indic ? western : arabicIndic;
    auto *pageLabel = users->findChild<QLabel *>("pageLabel");
    QTRY_VERIFY2(pageLabel->text().contains(wanted) && !pageLabel->text().contains(unwanted),
                 qPrintable(pageLabel->text()));
    const QModelIndex created = users->model()->index(0, users->model()->fieldIndex("created_at"));
    auto *delegate = qobject_cast<QStyledItemDelegate *>(users->tableView()->itemDelegate());
    QVERIFY(delegate);
    const QString cell = delegate->displayText(created.data(), users->tableView()->locale());
    QVERIFY2(cell.contains(wanted) && !cell.contains(unwanted), qPrintable(cell));

    // What is exported stays ISO 8601 in Western digits whatever the screen shows.
    QBuffer csv;
    QVERIFY(csv.open(QIODevice::WriteOnly));
    CsvExporter exporter(m_admin.database(), m_admin.policy);
    QVERIFY_OK(exporter.exportTable(Entity::Users, ExportOptions{}, &csv));
    const QString written = QString::fromUtf8(csv.data());
    static const QRegularExpression iso("\\b\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}:\\d{2}");
    QVERIFY2(written.contains(iso), qPrintable(written));
    QVERIFY2(!written.contains(arabicIndic), qPrintable(written));
}

void tst_LanguageSwitch::overviewCardsFollowTheChoice_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("digits");
    QTest::addColumn<QString>("week");   // the 7-day card's title
    QTest::addColumn<QString>("admins"); // the Accounts card's line for the admin role
    QTest::newRow("English") << "en" << "western" << "Messages, last 7 days" << "Admin: 1";
    QTest::newRow("Arabic, Western digits") << "ar" << "western" << "7" << QStringLiteral("مسؤول: 1");
    QTest::newRow("Arabic, Arabic-Indic digits") << "ar" << "arabic-indic" << QStringLiteral("٧") << QStringLiteral("مسؤول: ١");
}

// The day counts in the cards' titles are numbers like any other (the chosen digits), and roles read
// as the glossary's words, never as the stored admin / user / viewer.
void tst_LanguageSwitch::overviewCardsFollowTheChoice()
{
    QFETCH(QString, language);
    QFETCH(QString, digits);
    QFETCH(QString, week);
    QFETCH(QString, admins);
    MainWindow window(m_admin);
    window.show();
    QVERIFY(window.openOverview());
    OverviewPage *overview = window.overviewPage();
    QTRY_VERIFY(overview->isLoaded() && !overview->isLoading());
    chooseInSettings(window, language, digits);
    static const QRegularExpression western("[0-9]"), arabicIndic("[٠-٩]"), storedRole("\\b(admin|user|viewer)\\b");
    const QRegularExpression &unwanted = digits == "arabic-indic" ? western : arabicIndic;
    QTRY_VERIFY2(overview->cards()->cardText("messagesWeekCard").section(u'\n', 0, 0).contains(week),
                 qPrintable(overview->cards()->cardText("messagesWeekCard")));
    const QString title = overview->cards()->cardText("messagesWeekCard").section(u'\n', 0, 0);
    QVERIFY2(!title.contains(unwanted), qPrintable(title));
    QTRY_VERIFY2(overview->cards()->cardText("usersCard").contains(admins), qPrintable(overview->cards()->cardText("usersCard")));
    QVERIFY2(!overview->cards()->cardText("usersCard").contains(storedRole), qPrintable(overview->cards()->cardText("usersCard")));
}

void tst_LanguageSwitch::adminStartsInTheEnvironmentsLanguage_data()
{
    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("phrase");  // on stdout for exit 0, else on stderr
    const QString arabicHelp = "اعرض الواجهة باللغة LANGUAGE";
    const QString englishHelp = "Show the interface in LANGUAGE";
    QTest::newRow("LANG Arabic") << QStringList{"LANG=ar_SA.UTF-8"} << QStringList{"--help"} << 0 << arabicHelp;
    QTest::newRow("LC_MESSAGES Arabic") << QStringList{"LANG=en_US.UTF-8", "LC_MESSAGES=ar_EG.UTF-8"}
                                        << QStringList{"--help"} << 0 << arabicHelp;
    QTest::newRow("LC_ALL English beats LANG") << QStringList{"LANG=ar_SA.UTF-8", "LC_ALL=en_US.UTF-8"}
                                               << QStringList{"--help"} << 0 << englishHelp;
    QTest::newRow("LANGUAGE list") << QStringList{"LANG=en_US.UTF-8", "LANGUAGE=fr:ar"} << QStringList{"--help"} << 0
                                   << arabicHelp;
    QTest::newRow("--lang en overrides") << QStringList{"LANG=ar_SA.UTF-8"} << QStringList{"--lang", "en", "--help"}
                                         << 0 << englishHelp;
    QTest::newRow("--lang=ar overrides") << QStringList{"LANG=C.UTF-8"} << QStringList{"--lang=ar", "--help"} << 0
                                         << arabicHelp;
    QTest::newRow("unknown --lang") << QStringList{"LANG=C.UTF-8"} << QStringList{"--lang", "xx"} << 1
                                    << "Unknown language \"xx\"";
}

void tst_LanguageSwitch::adminStartsInTheEnvironmentsLanguage()
{
    QFETCH(QStringList, environment);
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, phrase);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"})
        env.remove(QLatin1String(name));
    for (const QString &line : environment)
        env.insert(line.section(u'=', 0, 0), line.section(u'=', 1));
    env.insert("QT_QPA_PLATFORM", "offscreen");
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(WAQTOR_ADMIN_BINARY, arguments);
    QVERIFY(p.waitForFinished(60000));
    const QString out = QString::fromUtf8(exitCode == 0 ? p.readAllStandardOutput() : p.readAllStandardError());
    QCOMPARE(p.exitCode(), exitCode);
    QVERIFY2(out.contains(phrase), qPrintable(out));
}

void tst_LanguageSwitch::qtButtonsUseTheGlossary()
{
    // Qt's own buttons say «إلغاء» like WaQtor's, not qtbase_ar's «ألغِ», in a button box and in a wizard.
    InterfaceLanguage::apply(UiLanguage::Arabic);
    const QString cancel = QCoreApplication::translate("ImportWizard", "Cancel");
    QCOMPARE(cancel, QString::fromUtf8("إلغاء"));
    QDialogButtonBox box(QDialogButtonBox::Cancel | QDialogButtonBox::Save | QDialogButtonBox::Close);
    QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), cancel);
    QCOMPARE(box.button(QDialogButtonBox::Save)->text(), QString::fromUtf8("حفظ"));
    QCOMPARE(box.button(QDialogButtonBox::Close)->text(), QCoreApplication::translate("ContactDialog", "Close"));
    QWizard wizard;
    QCOMPARE(wizard.buttonText(QWizard::CancelButton), cancel);
    InterfaceLanguage::apply(UiLanguage::English);
    QDialogButtonBox english(QDialogButtonBox::Cancel);
    QCOMPARE(english.button(QDialogButtonBox::Cancel)->text(), QString("Cancel"));
}

void tst_LanguageSwitch::menuAccessKeys_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << "en";
    QTest::newRow("ar") << "ar";
}

void tst_LanguageSwitch::menuAccessKeys()
{
    // Alt+letter reaches every menu of the menu bar and every item of a menu, each letter once per menu.
    QFETCH(QString, language);
    InterfaceLanguage::apply(*UiLanguages::fromCode(language));
    MainWindow window(m_admin);
    window.show();
    const auto key = [](const QString &text) -> QString {
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) != u'&')
                continue;
            if (text.at(i + 1) == u'&') {
                ++i;
                continue;
            }
            return text.at(i + 1).toLower();
        }
        return {};
    };
    QStringList problems;
    const auto check = [&](const QString &where, const QList<QAction *> &actions) {
        QHash<QString, QString> taken;
        for (QAction *action : actions) {
            if (action->isSeparator() || !action->isVisible() || action->text().isEmpty())
                continue;
            const QString k = key(action->text());
            if (k.isEmpty())
                problems << QStringLiteral("%1: \"%2\" has no access key").arg(where, action->text());
            else if (taken.contains(k))
                problems << QStringLiteral("%1: \"%2\" and \"%3\" share %4").arg(where, taken.value(k), action->text(), k);
            else
                taken.insert(k, action->text());
        }
    };
    check(QStringLiteral("menu bar"), window.menuBar()->actions());
    for (QAction *top : window.menuBar()->actions())
        if (top->menu())
            check(top->text(), top->menu()->actions());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("\n"))));
}

QTEST_MAIN(tst_LanguageSwitch)
#include "tst_languageswitch.moc"

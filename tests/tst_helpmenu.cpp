// Help → About (this program's version, the running Qt, the server's PostgreSQL version, the licence) and
// Help → Keyboard shortcuts, whose list is read from the window's actions and shortcuts, not written by hand.
#include "mainwindow.h"

#include "dialogs/aboutdialog.h"
#include "delegates/textcelldelegate.h"
#include "dialogs/shortcutsdialog.h"
#include "guitest.h"

#include <QAction>
#include <QMenu>
#include <QShortcut>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>

class tst_HelpMenu : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aboutSaysVersionsAndLicence();
    void shortcutsListEveryVisibleAction_data();
    void shortcutsListEveryVisibleAction();
    void shortcutsFollowTheWindow();
    void shortcutsDialogFromTheMenu();

private:
    // What the shortcuts dialog lists as "what — keys" lines.
    static QStringList lines(const QList<ShortcutsDialog::Entry> &entries);

    TestDatabase m_db;
    SignedIn m_admin, m_viewer;
};

void tst_HelpMenu::initTestCase()
{
    QCoreApplication::setApplicationVersion(QStringLiteral(WAQTOR_VERSION));
    QVERIFY2(m_db.createMigrated(), qPrintable(m_db.lastError()));
    const auto admin = GuiTest::createAndSignIn(m_db, "admin@example.com", "admin");
    QVERIFY_OK(admin);
    m_admin = admin.value();
    const auto viewer = GuiTest::createAndSignIn(m_db, "viewer@example.com", "viewer");
    QVERIFY_OK(viewer);
    m_viewer = viewer.value();
}

QStringList tst_HelpMenu::lines(const QList<ShortcutsDialog::Entry> &entries)
{
    QStringList out;
    for (const auto &e : entries)
        out << e.what + " — " + e.keys;
    return out;
}

void tst_HelpMenu::aboutSaysVersionsAndLicence()
{
    QSqlQuery q(m_db.connection());
    QVERIFY_SQL(q, exec("SHOW server_version"));
    QVERIFY(q.next());
    const QString serverVersion = q.value(0).toString();

    MainWindow window(m_admin);
    QString text;
    GuiTest::onNextModal([&](QDialog *dialog) {
        if (auto *about = qobject_cast<AboutDialog *>(dialog))
            text = about->text();
        dialog->reject();
    });
    window.findChild<QAction *>("aboutAction")->trigger();
    QVERIFY2(text.contains(QStringLiteral("WaQtor Admin " WAQTOR_VERSION)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Qt: ") + QString::fromLatin1(qVersion())), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("PostgreSQL server: ") + serverVersion), qPrintable(text));
    QVERIFY2(text.contains("GPL-3.0-or-later"), qPrintable(text));
}

void tst_HelpMenu::shortcutsListEveryVisibleAction_data()
{
    QTest::addColumn<bool>("admin");
    QTest::newRow("admin") << true;
    QTest::newRow("viewer") << false;
}

void tst_HelpMenu::shortcutsListEveryVisibleAction()
{
    QFETCH(bool, admin);
    MainWindow window(admin ? m_admin : m_viewer);
    QVERIFY(window.openPage(Entity::Contacts));
    const QStringList listed = lines(ShortcutsDialog::collect(&window));
    int withKeys = 0;
    for (const QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcut().isEmpty())
            continue;
        const QString key = action->shortcut().toString(QKeySequence::NativeText);
        const bool found = std::any_of(listed.cbegin(), listed.cend(),
                                       [&key](const QString &line) { return line.contains(key); });
        // Hidden actions are those the role may not take here: listing their keys would promise nothing.
        QVERIFY2(found == action->isVisible(), qPrintable(action->objectName() + ": " + listed.join(" | ")));
        ++withKeys;
    }
    QVERIFY(withKeys >= 6);
    QVERIFY2(listed.contains(QStringLiteral("Refresh — ") + QKeySequence(Qt::Key_F5).toString(QKeySequence::NativeText)),
             qPrintable(listed.join(" | ")));
    // A viewer may not create contacts: no Ctrl+N in the list.
    const QString newKeys = QStringLiteral("New… — ") + QKeySequence(Qt::CTRL | Qt::Key_N).toString(QKeySequence::NativeText);
    QCOMPARE(listed.contains(newKeys), admin);
}

void tst_HelpMenu::shortcutsFollowTheWindow()
{
    MainWindow window(m_admin);
    const QStringList before = lines(ShortcutsDialog::collect(&window));
    auto *action = new QAction("&Frobnicate && check", &window);
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_K));
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_J), &window);
    shortcut->setWhatsThis("Jump somewhere");
    const QStringList after = lines(ShortcutsDialog::collect(&window));
    QCOMPARE(after.size(), before.size() + 2);
    QVERIFY2(after.contains("Frobnicate & check — " + action->shortcut().toString(QKeySequence::NativeText)),
             qPrintable(after.join(" | ")));
    QVERIFY2(after.contains("Jump somewhere — " + shortcut->key().toString(QKeySequence::NativeText)),
             qPrintable(after.join(" | ")));
}

void tst_HelpMenu::shortcutsDialogFromTheMenu()
{
    MainWindow window(m_admin);
    QVERIFY(window.openPage(Entity::Users));
    QStringList shown;
    TextCellDelegate *keysDelegate = nullptr;
    GuiTest::onNextModal([&](QDialog *dialog) {
        if (auto *table = dialog->findChild<QTableWidget *>("shortcutsTable")) {
            for (int row = 0; row < table->rowCount(); ++row)
                shown << table->item(row, 0)->text() + " — " + table->item(row, 1)->text();
            // Keys take their direction from their own text: "Ctrl+/" does not turn into "/+Ctrl" in Arabic.
            keysDelegate = qobject_cast<TextCellDelegate *>(table->itemDelegateForIndex(table->model()->index(0, 1)));
        }
        dialog->reject();
    });
    QAction *open = window.findChild<QAction *>("shortcutsAction");
    QVERIFY(open);
    QVERIFY(!open->shortcut().isEmpty());
    open->trigger();
    QCOMPARE(shown, lines(ShortcutsDialog::collect(&window)));
    QVERIFY(keysDelegate);
    QVERIFY2(shown.contains("Keyboard shortcuts — " + open->shortcut().toString(QKeySequence::NativeText)),
             qPrintable(shown.join(" | ")));
}

QTEST_MAIN(tst_HelpMenu)
#include "tst_helpmenu.moc"

// FilterBar, the filters above every page's table: which roles get the owner filter and what owner()
// gives each, one change for a burst of typing, values shown from another page (the Overview's
// clicks), and a page that still works with "All owners" when the owner list cannot be read.

#include "pages/filterbar.h"
#include "guitest.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

class tst_FilterBar : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void ownerByRole_data();
    void ownerByRole();
    void typingBurstIsOneChange();
    void showTakesValuesWithOneChange_data();
    void showTakesValuesWithOneChange();
    void ownerListUnreadableSaysWhy();

private:
    // A search box, a status filter (all, active, blocked) and an owner filter, as a page's .ui has them.
    struct Widgets
    {
        QLineEdit search;
        QComboBox status;
        QComboBox owner;
        Widgets()
        {
            status.addItem(QStringLiteral("All statuses"), QString());
            status.addItem(QStringLiteral("Active"), QStringLiteral("active"));
            status.addItem(QStringLiteral("Blocked"), QStringLiteral("blocked"));
        }
    };

    TestDatabase m_db;
    QMap<QString, SignedIn> m_signedIn;  // by role
};

void tst_FilterBar::initTestCase()
{
    QVERIFY2(m_db.createMigrated(), qPrintable(m_db.lastError()));
    for (const QString role : {"admin", "user", "viewer"}) {
        const auto signedIn = GuiTest::createAndSignIn(m_db, role + QStringLiteral("@example.com"), role);
        QVERIFY_OK(signedIn);
        m_signedIn.insert(role, signedIn.value());
    }
}

void tst_FilterBar::ownerByRole_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<bool>("ownerOffered");
    QTest::addColumn<bool>("scopedToSelf");  // owner() is the account's own id whatever is chosen
    QTest::newRow("admin") << "admin" << true << false;
    QTest::newRow("user") << "user" << false << true;
    QTest::newRow("viewer") << "viewer" << true << false;
}

void tst_FilterBar::ownerByRole()
{
    QFETCH(QString, role);
    QFETCH(bool, ownerOffered);
    QFETCH(bool, scopedToSelf);
    const SignedIn &signedIn = m_signedIn[role];
    Widgets w;
    FilterBar bar(signedIn, &w.search, &w.status, &w.owner, nullptr);

    QCOMPARE(!w.owner.isHidden(), ownerOffered);
    if (scopedToSelf) {
        QCOMPARE(bar.owner(), signedIn.account.id);
        QCOMPARE(w.owner.count(), 0);  // not even read: the list would name other accounts
        return;
    }
    // "All owners", then every account by email.
    QCOMPARE(w.owner.count(), 4);
    QCOMPARE(w.owner.itemData(0).toString(), QString());
    QCOMPARE(bar.owner(), QString());
    const int user = w.owner.findText(QStringLiteral("user@example.com"));
    QVERIFY(user > 0);
    w.owner.setCurrentIndex(user);
    QCOMPARE(bar.owner(), m_signedIn["user"].account.id);
}

void tst_FilterBar::typingBurstIsOneChange()
{
    Widgets w;
    FilterBar bar(m_signedIn["admin"], &w.search, &w.status, &w.owner, nullptr);
    QSignalSpy changed(&bar, &FilterBar::changed);
    QTest::keyClicks(&w.search, QStringLiteral("+96650"));
    QCOMPARE(changed.count(), 0);  // nothing while typing goes on
    QTRY_COMPARE(changed.count(), 1);
    // A choice in a list applies at once.
    w.status.setCurrentIndex(1);
    QCOMPARE(changed.count(), 2);
}

void tst_FilterBar::showTakesValuesWithOneChange_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("ownerEmail");  // empty: an owner id no list holds
    QTest::addColumn<QString>("shownStatus");
    QTest::addColumn<bool>("allOwners");
    QTest::newRow("offered values") << "blocked" << "user@example.com" << "blocked" << false;
    QTest::newRow("unknown status falls back to all") << "archived" << "user@example.com" << "" << false;
    QTest::newRow("unknown owner falls back to all") << "active" << "" << "active" << true;
}

void tst_FilterBar::showTakesValuesWithOneChange()
{
    QFETCH(QString, status);
    QFETCH(QString, ownerEmail);
    QFETCH(QString, shownStatus);
    QFETCH(bool, allOwners);
    Widgets w;
    FilterBar bar(m_signedIn["admin"], &w.search, &w.status, &w.owner, nullptr);
    QSignalSpy changed(&bar, &FilterBar::changed);
    const QString ownerId = ownerEmail.isEmpty() ? QStringLiteral("00000000-0000-0000-0000-000000000000")
                                                 : m_signedIn[ownerEmail.section(u'@', 0, 0)].account.id;

    bar.show(QStringLiteral("Salma"), status, ownerId);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(w.search.text(), QStringLiteral("Salma"));
    QCOMPARE(w.status.currentData().toString(), shownStatus);
    QCOMPARE(bar.owner(), allOwners ? QString() : ownerId);
    // The search's pause does not add a second change for the text set here (it would come after 300 ms).
    QVERIFY(!QTest::qWaitFor([&] { return changed.count() > 1; }, 600));
}

void tst_FilterBar::ownerListUnreadableSaysWhy()
{
    const SignedIn &admin = m_signedIn["admin"];
    QSqlDatabase db = admin.database();
    db.close();  // the connection is down when the page is built
    Widgets w;
    FilterBar bar(admin, &w.search, &w.status, &w.owner, nullptr);
    QSignalSpy said(&bar, &FilterBar::statusMessage);
    QCOMPARE(w.owner.count(), 1);  // "All owners" still works
    QCOMPARE(bar.owner(), QString());
    QTRY_COMPARE(said.count(), 1);
    QVERIFY2(said.first().first().toString().contains(QStringLiteral("owners")), qPrintable(said.first().first().toString()));
    QCOMPARE(w.owner.toolTip(), said.first().first().toString());
    QVERIFY(db.open());
}

QTEST_MAIN(tst_FilterBar)
#include "tst_filterbar.moc"

#include "guitest.h"
#include "widgets/qrcodeimage.h"
#include "dialogs/sessiondialog.h"
#include "pages/sessionspage.h"
#include "models/windowedtablemodel.h"

#include <QBuffer>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

// The WhatsApp Sessions page and dialog driven as admin, marketer ("user") and viewer against a
// real database: CRUD through the dialog, owner scope, read-only viewers, the pairing QR code,
// and the server's session_data never reaching the screen.
class tst_SessionsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void adminCrudRoundTrip();
    void userSeesOnlyOwn();
    void viewerSeesAllReadOnly();
    void qrCodeShown_data();
    void qrCodeShown();
    void sessionDataNeverShown_data();
    void sessionDataNeverShown();
    void readableStatus_data();
    void readableStatus();
    void filters_data();
    void filters();
    void sortsByEveryColumn();
    void dialogRefusesBeforeSql_data();
    void dialogRefusesBeforeSql();
    void staleEdit_data();
    void staleEdit();

private:
    const SignedIn &as(const QString &role) const;
    QString idOf(const QString &name);
    static int rowOf(TablePage &page, const QString &name);
    static QStringList column(TablePage &page, const char *field);
    static QString decode(const QImage &image);

    TestDatabase m_db;
    QList<SignedIn> m_signedIn;  // admin, user (alice), viewer; pages keep references to them
    QString m_alice, m_bob;
};

namespace {
const QString Secret = "SECRET-AUTH-BLOB";
const QString Pairing = "2@UvImZaYMEtKJGF2VDuiBNgkWb2sRPReNbA/TkB/yOaGglfIPk5VlDPk4C47bIkprJIoekk6P0K4uGpS,"
                        "EJAPnjR/rohtxlB3lex0XEw/yy6yxz4Uk0yGfuBXunI=,SZv6Eh6DayrBVybufWsK9qsTw46SyuDRUFexWZh/lMw=";

QString pictureUrl()
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QrCodeImage::fromPairingCode("picture-code", 3).save(&buffer, "PNG");
    return "data:image/png;base64," + QString::fromLatin1(png.toBase64());
}
}

void tst_SessionsPage::initTestCase()
{
    QVERIFY2(m_db.createMigrated(), qPrintable(m_db.lastError()));
    for (const auto &[email, role] : QList<QPair<QString, QString>>{
             {"boss@example.com", "admin"}, {"alice@example.com", "user"}, {"eye@example.com", "viewer"}}) {
        const auto signedIn = GuiTest::createAndSignIn(m_db, email, role);
        QVERIFY_OK(signedIn);
        m_signedIn << signedIn.value();
    }
    const auto bob = GuiTest::createAndSignIn(m_db, "bob@example.com", "user");
    QVERIFY_OK(bob);
    m_alice = m_signedIn.at(1).account.id;
    m_bob = bob->account.id;
}

void tst_SessionsPage::init()
{
    QVERIFY(m_db.exec("DELETE FROM messages; DELETE FROM whatsapp_sessions"));
    QSqlQuery q(m_db.connection());
    QVERIFY_SQL(q, prepare("INSERT INTO whatsapp_sessions (user_id, session_name, status, phone_number, session_data, qr_code) "
                           "VALUES (CAST(:owner AS uuid), :name, :status, :phone, :data, :qr)"));
    const QList<QStringList> rows = {
        {m_alice, "Alice Ready", "ready", "+966553187426", Secret + "-1", ""},
        {m_alice, "Alice QR", "qr", "", "", Pairing},
        {m_alice, "Alice Picture", "qr", "", "", pictureUrl()},
        {m_bob, "Bob Main", "ready", "+201006482913", Secret + "-2", ""},
        {m_bob, "Bob Odd", "pairing-v2", "+4915112837465", Secret + "-3", ""},
    };
    for (const QStringList &r : rows) {
        q.bindValue(":owner", r[0]);
        q.bindValue(":name", r[1]);
        q.bindValue(":status", r[2]);
        q.bindValue(":phone", r[3].isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(r[3]));
        q.bindValue(":data", r[4].isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(r[4]));
        q.bindValue(":qr", r[5].isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(r[5]));
        QVERIFY_SQL(q, exec());
    }
}

const SignedIn &tst_SessionsPage::as(const QString &role) const
{
    return m_signedIn.at(role == "admin" ? 0 : role == "user" ? 1 : 2);
}

QString tst_SessionsPage::idOf(const QString &name)
{
    return m_db.scalar("SELECT id::text FROM whatsapp_sessions WHERE session_name = '" + name + "'").toString();
}

int tst_SessionsPage::rowOf(TablePage &page, const QString &name)
{
    const QStringList names = column(page, "session_name");
    return names.indexOf(name);
}

QStringList tst_SessionsPage::column(TablePage &page, const char *field)
{
    WindowedTableModel *m = page.model();
    // The owner column shows the related email under the relation's own name.
    const int c = QByteArray(field) == "owner" ? 1 : m->fieldIndex(field);
    QStringList values;
    for (int r = 0; r < m->rowCount(); ++r)
        values << m->index(r, c).data().toString();
    return values;
}

QString tst_SessionsPage::decode(const QImage &image)
{
    const QString zbarimg = QStandardPaths::findExecutable("zbarimg");
    if (zbarimg.isEmpty()) {
        qWarning("zbarimg not found: install zbar-tools (scripts/install-deps.sh does)");
        return QString();
    }
    QTemporaryDir dir;
    const QString file = dir.filePath("code.png");
    if (!image.save(file))
        return QString();
    QProcess p;
    p.start(zbarimg, {"--quiet", "--raw", file});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QString();
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

void tst_SessionsPage::adminCrudRoundTrip()
{
    SessionsPage page(as("admin"));
    QVERIFY(page.reload());
    QCOMPARE(page.model()->rowCount(), 5);

    // New, for another owner.
    bool seen = false;
    GuiTest::onNextModal([&](QDialog *d) {
        seen = true;
        d->findChild<QLineEdit *>("nameEdit")->setText("  Dammam Desk ");
        auto *owner = d->findChild<QComboBox *>("ownerCombo");
        QVERIFY(owner->isEnabled());
        owner->setCurrentIndex(owner->findText("bob@example.com"));
        auto *status = d->findChild<QComboBox *>("statusCombo");
        status->setCurrentIndex(status->findData("connecting"));
        d->findChild<QLineEdit *>("phoneEdit")->setText("+966 50 123 4567");
        d->findChild<QDialogButtonBox *>("buttonBox")->button(QDialogButtonBox::Save)->click();
    });
    page.newRecord();
    QVERIFY(seen);
    QCOMPARE(m_db.scalar("SELECT u.email || ' ' || s.status || ' ' || s.phone_number FROM whatsapp_sessions s "
                         "JOIN users u ON u.id = s.user_id WHERE s.session_name = 'Dammam Desk'").toString(),
             QString("bob@example.com connecting +966501234567"));
    const int row = rowOf(page, "Dammam Desk");
    QVERIFY(row >= 0);
    QCOMPARE(column(page, "owner").at(row), QString("bob@example.com"));

    // Edit.
    page.tableView()->setCurrentIndex(page.model()->index(row, page.model()->fieldIndex("session_name")));
    seen = false;
    GuiTest::onNextModal([&](QDialog *d) {
        seen = true;
        QCOMPARE(d->findChild<QLineEdit *>("nameEdit")->text(), QString("Dammam Desk"));
        d->findChild<QLineEdit *>("nameEdit")->setText("Dammam Front Desk");
        auto *status = d->findChild<QComboBox *>("statusCombo");
        status->setCurrentIndex(status->findData("ready"));
        d->findChild<QDialogButtonBox *>("buttonBox")->button(QDialogButtonBox::Save)->click();
    });
    page.editCurrent();
    QVERIFY(seen);
    QCOMPARE(m_db.scalar("SELECT status FROM whatsapp_sessions WHERE session_name = 'Dammam Front Desk'").toString(),
             QString("ready"));
    QVERIFY(rowOf(page, "Dammam Front Desk") >= 0);

    // Delete: the confirmation counts what is kept, and it is kept.
    QVERIFY(m_db.exec("INSERT INTO messages (user_id, session_id, phone_number) SELECT user_id, id, '+966500000001' "
                      "FROM whatsapp_sessions WHERE session_name = 'Dammam Front Desk'"));
    page.tableView()->setCurrentIndex(page.model()->index(rowOf(page, "Dammam Front Desk"), 0));
    QString informative;
    GuiTest::onNextModal([&](QDialog *d) {
        auto *box = qobject_cast<QMessageBox *>(d);
        QVERIFY(box);
        informative = box->informativeText();
        for (QAbstractButton *b : box->buttons())
            if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                b->click();
    });
    page.deleteSelected();
    QVERIFY2(informative.contains("1 message") && informative.contains("0 campaign"), qPrintable(informative));
    QCOMPARE(m_db.scalar("SELECT count(*) FROM whatsapp_sessions WHERE session_name = 'Dammam Front Desk'").toInt(), 0);
    QCOMPARE(m_db.scalar("SELECT count(*) FROM messages WHERE session_id IS NULL").toInt(), 1);
    QCOMPARE(rowOf(page, "Dammam Front Desk"), -1);
    QCOMPARE(m_db.scalar("SELECT count(*) FROM waqtor_audit WHERE action = 'session.delete' "
                         "AND actor = 'boss@example.com'").toInt(), 1);
}

void tst_SessionsPage::userSeesOnlyOwn()
{
    SessionsPage page(as("user"));
    QVERIFY(page.reload());
    QCOMPARE(page.model()->rowCount(), 3);
    for (const QString &owner : column(page, "owner"))
        QCOMPARE(owner, QString("alice@example.com"));
    QVERIFY(!page.findChild<QComboBox *>("ownerFilter")->isVisibleTo(&page));

    // New: always their own, the owner cannot be changed.
    SessionDialog created(as("user"), QString());
    QVERIFY(!created.findChild<QComboBox *>("ownerCombo")->isEnabled());
    created.findChild<QLineEdit *>("nameEdit")->setText("Alice Second");
    created.accept();
    QCOMPARE(created.result(), int(QDialog::Accepted));
    QCOMPARE(m_db.scalar("SELECT user_id::text FROM whatsapp_sessions WHERE session_name = 'Alice Second'").toString(),
             m_alice);

    // Another owner's session by id: not even shown, and nothing to save.
    SessionDialog foreign(as("user"), idOf("Bob Main"));
    QVERIFY2(foreign.errorText().contains("no longer exists"), qPrintable(foreign.errorText()));
    QVERIFY(foreign.findChild<QLineEdit *>("nameEdit")->text().isEmpty());
    QVERIFY(!foreign.findChild<QDialogButtonBox *>("buttonBox")->button(QDialogButtonBox::Save)->isEnabled());
}

void tst_SessionsPage::viewerSeesAllReadOnly()
{
    SessionsPage page(as("viewer"));
    QVERIFY(page.reload());
    QCOMPARE(page.model()->rowCount(), 5);
    QVERIFY(column(page, "owner").contains("bob@example.com"));
    QVERIFY(page.findChild<QComboBox *>("ownerFilter")->isVisibleTo(&page));
    page.tableView()->setCurrentIndex(page.model()->index(rowOf(page, "Bob Main"), 0));
    bool seen = false;
    GuiTest::onNextModal([&](QDialog *d) {
        seen = true;
        auto *buttons = d->findChild<QDialogButtonBox *>("buttonBox");
        QVERIFY(!buttons->button(QDialogButtonBox::Save));
        QVERIFY(buttons->button(QDialogButtonBox::Close));
        QCOMPARE(d->findChild<QLineEdit *>("nameEdit")->text(), QString("Bob Main"));
        QVERIFY(d->findChild<QLineEdit *>("nameEdit")->isReadOnly());
        QVERIFY(d->findChild<QLineEdit *>("phoneEdit")->isReadOnly());
        QVERIFY(!d->findChild<QComboBox *>("statusCombo")->isEnabled());
        QVERIFY(!d->findChild<QComboBox *>("ownerCombo")->isEnabled());
        QCOMPARE(d->findChild<QComboBox *>("ownerCombo")->currentText(), QString("bob@example.com"));
        // Enter does not save either.
        QTest::keyClick(d, Qt::Key_Return);
        if (d->isVisible())
            buttons->button(QDialogButtonBox::Close)->click();
    });
    page.editCurrent();
    QVERIFY(seen);
    QCOMPARE(m_db.scalar("SELECT count(*) FROM waqtor_audit WHERE actor = 'eye@example.com'").toInt(), 0);
}

void tst_SessionsPage::qrCodeShown_data()
{
    QTest::addColumn<QString>("session");
    QTest::addColumn<QString>("decoded");  // empty: no QR code shown
    QTest::newRow("raw pairing text") << "Alice QR" << Pairing;
    QTest::newRow("data URL picture") << "Alice Picture" << "picture-code";
    QTest::newRow("ready: none") << "Alice Ready" << "";
}

void tst_SessionsPage::qrCodeShown()
{
    QFETCH(QString, session);
    QFETCH(QString, decoded);
    SessionDialog dialog(as("user"), idOf(session));
    auto *group = dialog.findChild<QGroupBox *>("qrGroup");
    if (decoded.isEmpty()) {
        QVERIFY(!group->isVisibleTo(&dialog));
        return;
    }
    QVERIFY(group->isVisibleTo(&dialog));
    const QPixmap pixmap = dialog.findChild<QLabel *>("qrLabel")->pixmap();
    QVERIFY(!pixmap.isNull());
    QVERIFY2(pixmap.width() >= 200, qPrintable(QString::number(pixmap.width())));
    QCOMPARE(decode(pixmap.toImage()), decoded);
}

void tst_SessionsPage::sessionDataNeverShown_data()
{
    QTest::addColumn<QString>("role");
    QTest::newRow("admin") << "admin";
    QTest::newRow("viewer") << "viewer";
    QTest::newRow("user") << "user";
}

void tst_SessionsPage::sessionDataNeverShown()
{
    QFETCH(QString, role);
    SessionsPage page(as(role));
    QVERIFY(page.reload());
    WindowedTableModel *m = page.model();
    QVERIFY(m->rowCount() >= 3);
    // Not in the SQL, not in any cell (hidden ones included), not in any role's data.
    QVERIFY2(!m->selectStatement().contains(".\"session_data\""), qPrintable(m->selectStatement()));
    QVERIFY2(!m->selectStatement().contains(".\"qr_code\""), qPrintable(m->selectStatement()));
    for (int r = 0; r < m->rowCount(); ++r) {
        for (int c = 0; c < m->columnCount(); ++c) {
            for (int dataRole : {int(Qt::DisplayRole), int(Qt::EditRole), int(Qt::ToolTipRole)}) {
                const QString text = m->index(r, c).data(dataRole).toString();
                QVERIFY2(!text.contains(Secret) && !text.contains("2@UvIm") && !text.contains("data:image"),
                         qPrintable(QString("row %1 column %2: %3").arg(r).arg(c).arg(text)));
            }
        }
    }
    // Nor anywhere in the dialog of a session that has some.
    SessionDialog dialog(as(role), idOf(role == "user" ? "Alice Ready" : "Bob Main"));
    for (QWidget *w : dialog.findChildren<QWidget *>()) {
        QString text;
        if (auto *e = qobject_cast<QLineEdit *>(w)) text = e->text();
        else if (auto *l = qobject_cast<QLabel *>(w)) text = l->text();
        else if (auto *b = qobject_cast<QComboBox *>(w)) text = b->currentText();
        QVERIFY2(!text.contains(Secret) && !w->toolTip().contains(Secret), qPrintable(w->objectName()));
    }
}

void tst_SessionsPage::readableStatus_data()
{
    QTest::addColumn<QString>("session");
    QTest::addColumn<QString>("shown");
    QTest::newRow("qr") << "Alice QR" << "QR code waiting";
    QTest::newRow("ready") << "Bob Main" << "Ready";
    QTest::newRow("unknown as stored") << "Bob Odd" << "pairing-v2";
}

void tst_SessionsPage::readableStatus()
{
    QFETCH(QString, session);
    QFETCH(QString, shown);
    SessionsPage page(as("admin"));
    QVERIFY(page.reload());
    const int statusColumn = page.model()->fieldIndex("status");
    auto *delegate = qobject_cast<QStyledItemDelegate *>(page.tableView()->itemDelegateForColumn(statusColumn));
    QVERIFY(delegate);
    const QVariant value = page.model()->index(rowOf(page, session), statusColumn).data();
    QCOMPARE(delegate->displayText(value, QLocale()), shown);
    // No UUID column is visible.
    for (const char *hidden : {"id", "session_data", "qr_code"})
        QVERIFY(page.tableView()->isColumnHidden(page.model()->fieldIndex(hidden)));
}

void tst_SessionsPage::filters_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("owner");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("name, any case") << "alice q" << "" << "" << QStringList{"Alice QR"};
    QTest::newRow("name part") << "picture" << "" << "" << QStringList{"Alice Picture"};
    QTest::newRow("phone as typed") << "55 318 74" << "" << "" << QStringList{"Alice Ready"};
    QTest::newRow("phone with plus") << "+2010" << "" << "" << QStringList{"Bob Main"};
    QTest::newRow("wildcard is literal") << "%" << "" << "" << QStringList{};
    QTest::newRow("status") << "" << "qr" << "" << QStringList{"Alice Picture", "Alice QR"};
    QTest::newRow("owner") << "" << "" << "bob@example.com" << QStringList{"Bob Main", "Bob Odd"};
    QTest::newRow("owner and status") << "" << "ready" << "bob@example.com" << QStringList{"Bob Main"};
}

void tst_SessionsPage::filters()
{
    QFETCH(QString, search);
    QFETCH(QString, status);
    QFETCH(QString, owner);
    QFETCH(QStringList, names);
    SessionsPage page(as("admin"));
    auto *statusFilter = page.findChild<QComboBox *>("statusFilter");
    auto *ownerFilter = page.findChild<QComboBox *>("ownerFilter");
    page.findChild<QLineEdit *>("searchEdit")->setText(search);
    statusFilter->setCurrentIndex(statusFilter->findData(status));
    ownerFilter->setCurrentIndex(owner.isEmpty() ? 0 : ownerFilter->findText(owner));
    QVERIFY(page.reload());
    QStringList shown = column(page, "session_name");
    shown.sort();
    QCOMPARE(shown, names);
}

void tst_SessionsPage::sortsByEveryColumn()
{
    SessionsPage page(as("admin"));
    QVERIFY(page.reload());
    QTableView *view = page.tableView();
    for (int c = 0; c < page.model()->tableColumnCount(); ++c) {
        if (view->isColumnHidden(c))
            continue;
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            view->sortByColumn(c, order);
            QVERIFY2(!page.model()->lastError().isValid(), qPrintable(page.model()->lastError().text()));
            QCOMPARE(page.model()->rowCount(), 5);
        }
    }
    view->sortByColumn(page.model()->fieldIndex("session_name"), Qt::AscendingOrder);
    QCOMPARE(column(page, "session_name"),
             QStringList({"Alice Picture", "Alice QR", "Alice Ready", "Bob Main", "Bob Odd"}));
    view->sortByColumn(1, Qt::DescendingOrder);  // owner, by email
    QCOMPARE(column(page, "owner").first(), QString("bob@example.com"));
}

void tst_SessionsPage::dialogRefusesBeforeSql_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("phrase");
    QTest::addColumn<QString>("focus");
    QTest::newRow("empty name") << " " << "" << "Give the session a name" << "nameEdit";
    QTest::newRow("bad phone") << "New one" << "not a phone" << "is not a phone number" << "phoneEdit";
    QTest::newRow("taken name") << "Alice QR" << ""
                                << "alice@example.com already has a WhatsApp session named \"Alice QR\"" << "nameEdit";
}

void tst_SessionsPage::dialogRefusesBeforeSql()
{
    QFETCH(QString, name);
    QFETCH(QString, phone);
    QFETCH(QString, phrase);
    QFETCH(QString, focus);
    SessionDialog dialog(as("user"), QString());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    dialog.findChild<QLineEdit *>("nameEdit")->setText(name);
    dialog.findChild<QLineEdit *>("phoneEdit")->setText(phone);
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.errorText().contains(phrase), qPrintable(dialog.errorText()));
    QCOMPARE(QApplication::focusWidget()->objectName(), focus);
    QCOMPARE(m_db.scalar("SELECT count(*) FROM whatsapp_sessions").toInt(), 5);
}

void tst_SessionsPage::staleEdit_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<QString>("stored");  // the name in the database afterwards
    QTest::addColumn<bool>("accepted");
    QTest::newRow("reload") << "reloadButton" << "Renamed by server" << false;
    QTest::newRow("overwrite") << "overwriteButton" << "Mine after all" << true;
}

void tst_SessionsPage::staleEdit()
{
    QFETCH(QString, button);
    QFETCH(QString, stored);
    QFETCH(bool, accepted);
    SessionDialog dialog(as("admin"), idOf("Alice Ready"));
    dialog.findChild<QLineEdit *>("nameEdit")->setText("Mine after all");
    QVERIFY(m_db.exec("UPDATE whatsapp_sessions SET session_name = 'Renamed by server' WHERE session_name = 'Alice Ready'"));
    bool prompted = false;
    GuiTest::onNextModal([&](QDialog *d) {
        prompted = true;
        d->findChild<QPushButton *>(button)->click();
    });
    dialog.accept();
    QVERIFY(prompted);
    QCOMPARE(dialog.result() == QDialog::Accepted, accepted);
    QCOMPARE(m_db.scalar("SELECT count(*) FROM whatsapp_sessions WHERE session_name = '" + stored + "'").toInt(), 1);
    if (!accepted)  // reloaded: the dialog now shows the server's change
        QCOMPARE(dialog.findChild<QLineEdit *>("nameEdit")->text(), QString("Renamed by server"));
}

QTEST_MAIN(tst_SessionsPage)
#include "tst_sessionspage.moc"

// CsvExporter against a real database: the formula guard, each table's columns (and the secrets they
// never hold), the filters, the BOM, custom fields as JSON or columns, the owner scope, the reports, and
// round trips through `psql \copy` back into a table with the export's own columns.
//
// One migrated database for the whole class (made in initTestCase, emptied in init): far cheaper
// than a database per data row.

#include "export/csvexporter.h"
#include "testdatabase.h"

#include <QBuffer>
#include <QDir>
#include <QJsonObject>
#include <QSqlError>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

// RFC 4180 rows; an unquoted empty field (COPY's NULL) is a null QString, a quoted one ("") is empty.
QList<QStringList> parseCsv(QByteArray bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false, wasQuoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (quoted) {
            if (ch == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"')
                field += u'"', ++i;
            else if (ch == u'"')
                quoted = false;
            else
                field += ch;
        } else if (ch == u'"') {
            quoted = wasQuoted = true;
        } else if (ch == u',' || ch == u'\n') {
            row << (field.isEmpty() && !wasQuoted ? QString() : (field.isEmpty() ? QStringLiteral("") : field));
            field.clear();
            wasQuoted = false;
            if (ch == u'\n')
                rows << row, row.clear();
        } else if (ch != u'\r' || i + 1 >= text.size() || text.at(i + 1) != u'\n') {
            field += ch;
        }
    }
    return rows;
}

} // namespace

class tst_CsvExporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void guard_data();
    void guard();
    void rawQuoting();
    void headers_data();
    void headers();
    void filters_data();
    void filters();
    void bom();
    void customFields();
    void ownerScope();
    void selectedRowsAndViewOrder();
    void reports();
    void writeFileIsAtomic();
    void cancelled();
    void roundTrip_data();
    void roundTrip();

private:
    QByteArray exportBytes(Entity entity, const ExportOptions &options = {}, const QString &role = QStringLiteral("admin"),
                           QString *error = nullptr);
    QList<QStringList> exportRows(Entity entity, const ExportOptions &options = {});
    QString addContact(const QString &owner, const QString &phone, const QVariant &name, const QString &status = QStringLiteral("active"),
                       const QString &createdAt = QStringLiteral("2026-03-01 10:00:00"), const QString &fields = {});
    void addSampleRows();
    QString psqlCopyIn(const QString &table, const QString &file);

    TestDatabase m_db;
    TestOwners m_owners;
};

void tst_CsvExporter::initTestCase()
{
    QVERIFY2(m_db.createMigrated(), qPrintable(m_db.lastError()));
    QVERIFY2(m_db.createOwners(&m_owners), qPrintable(m_db.lastError()));
}

void tst_CsvExporter::init()
{
    QVERIFY2(m_db.exec(QStringLiteral("TRUNCATE whatsapp_sessions, messages, campaigns, recipients, groups, recipient_groups")),
             qPrintable(m_db.lastError()));
}

QByteArray tst_CsvExporter::exportBytes(Entity entity, const ExportOptions &options, const QString &role, QString *error)
{
    const QString userId = role == QLatin1String("user") ? m_owners.alice : m_owners.admin;
    CsvExporter exporter(m_db.connection(), PermissionPolicy(role, userId));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const auto rows = exporter.exportTable(entity, options, &buffer);
    if (error)
        *error = rows ? QString() : rows.error().message;
    else if (!rows)
        qWarning() << rows.error().message << rows.error().detail;
    return rows ? buffer.data() : QByteArray();
}

QList<QStringList> tst_CsvExporter::exportRows(Entity entity, const ExportOptions &options)
{
    return parseCsv(exportBytes(entity, options));
}

QString tst_CsvExporter::addContact(const QString &owner, const QString &phone, const QVariant &name, const QString &status,
                                    const QString &createdAt, const QString &fields)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO recipients (user_id, phone_number, name, status, created_at, updated_at, custom_fields) "
                             "VALUES (CAST(:o AS uuid), :p, :n, :s, CAST(:c AS timestamp), CAST(:c2 AS timestamp), "
                             "CAST(:f AS jsonb)) RETURNING id::text"));
    q.bindValue(QStringLiteral(":o"), owner);
    q.bindValue(QStringLiteral(":p"), phone);
    q.bindValue(QStringLiteral(":n"), name);
    q.bindValue(QStringLiteral(":s"), status);
    q.bindValue(QStringLiteral(":c"), createdAt);
    q.bindValue(QStringLiteral(":c2"), createdAt);
    q.bindValue(QStringLiteral(":f"), fields.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(fields));
    if (!q.exec() || !q.next()) {
        qWarning() << q.lastError().text();
        return {};
    }
    return q.value(0).toString();
}

void tst_CsvExporter::guard_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("expected");
    QTest::newRow("formula") << "=1+1" << "'=1+1";
    QTest::newRow("hyperlink") << "=HYPERLINK(\"http://x\")" << "'=HYPERLINK(\"http://x\")";
    QTest::newRow("plus_not_e164") << "+33 not e164" << "'+33 not e164";
    QTest::newRow("minus") << "-5" << "'-5";
    QTest::newRow("at") << "@x" << "'@x";
    QTest::newRow("tab") << "\t=cmd" << "'\t=cmd";
    QTest::newRow("cr") << "\r=cmd" << "'\r=cmd";
    QTest::newRow("e164") << "+966501234567" << "+966501234567";
    QTest::newRow("e164_shortest") << "+1234567" << "+1234567";
    QTest::newRow("e164_longest") << "+123456789012345" << "+123456789012345";
    QTest::newRow("e164_too_short") << "+123456" << "'+123456";
    QTest::newRow("e164_too_long") << "+1234567890123456" << "'+1234567890123456";
    QTest::newRow("e164_leading_zero") << "+0123456789" << "'+0123456789";
    QTest::newRow("e164_with_space") << "+966 50 123 4567" << "'+966 50 123 4567";
    QTest::newRow("equals_inside") << "a=b" << "a=b";
    QTest::newRow("arabic") << "محمد العلي" << "محمد العلي";
    QTest::newRow("emoji") << "😀 party" << "😀 party";
    QTest::newRow("quotes") << "say \"hi\"" << "say \"hi\"";
    QTest::newRow("newlines") << "line 1\nline 2\r\nline 3" << "line 1\nline 2\r\nline 3";
    QTest::newRow("comma") << "Doe, Jane" << "Doe, Jane";
    QTest::newRow("leading_space_equals") << " =1" << " =1";
    QTest::newRow("empty") << "" << "";
}

void tst_CsvExporter::guard()
{
    QFETCH(QString, cell);
    QFETCH(QString, expected);
    // The cell goes in as a name (user text) and as a custom field value (flattened into a column).
    const QJsonDocument fields(QJsonObject{{QStringLiteral("note"), cell}});
    QVERIFY(!addContact(m_owners.alice, QStringLiteral("+966500000001"), cell, QStringLiteral("active"),
                        QStringLiteral("2026-01-01 00:00:00"), QString::fromUtf8(fields.toJson(QJsonDocument::Compact))).isEmpty());
    ExportOptions columns;
    columns.customFields = CustomFieldsLayout::Columns;
    const QList<QStringList> rows = exportRows(Entity::Contacts, columns);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).at(1), QStringLiteral("name"));
    QCOMPARE(rows.at(0).at(4), QStringLiteral("custom:note"));
    QCOMPARE(rows.at(1).at(0), QStringLiteral("+966500000001"));  // an E.164 phone is never prefixed
    QCOMPARE(rows.at(1).at(1), expected);
    QVERIFY(!rows.at(1).at(1).isNull());  // an empty name is "", not NULL
    QCOMPARE(rows.at(1).at(4), expected);
}

void tst_CsvExporter::rawQuoting()
{
    addContact(m_owners.alice, QStringLiteral("+966500000001"), QStringLiteral("say \"hi\", then\nleave"));
    addContact(m_owners.alice, QStringLiteral("+966500000002"), QVariant(QMetaType(QMetaType::QString)),
               QStringLiteral("active"), QStringLiteral("2026-03-02 10:00:00"));
    const QByteArray bytes = exportBytes(Entity::Contacts);
    // RFC 4180: CRLF after every record, quotes doubled inside a quoted field; NULL is an empty field.
    QVERIFY2(bytes.startsWith("phone_number,name,email,status,custom_fields,owner_email,groups,created_at,updated_at\r\n"),
             bytes.constData());
    QVERIFY2(bytes.contains("+966500000001,\"say \"\"hi\"\", then\nleave\",,active,,alice@example.com,,"
                            "2026-03-01T10:00:00.000000,2026-03-01T10:00:00.000000\r\n"),
             bytes.constData());
    QVERIFY2(bytes.contains("+966500000002,,,active,"), bytes.constData());
    QVERIFY(bytes.endsWith("\r\n"));
}

void tst_CsvExporter::headers_data()
{
    QTest::addColumn<int>("entity");
    QTest::addColumn<QString>("header");
    QTest::newRow("users") << int(Entity::Users) << "id,email,name,role,is_active,last_login_at,created_at,updated_at";
    QTest::newRow("sessions") << int(Entity::Sessions) << "id,session_name,owner_email,status,phone_number,created_at,updated_at";
    QTest::newRow("campaigns") << int(Entity::Campaigns)
                               << "id,name,owner_email,session_name,status,message_template,total_recipients,sent_count,"
                                  "failed_count,scheduled_at,started_at,completed_at,metadata,created_at,updated_at";
    QTest::newRow("contacts") << int(Entity::Contacts)
                              << "phone_number,name,email,status,custom_fields,owner_email,groups,created_at,updated_at";
    QTest::newRow("groups") << int(Entity::Groups) << "id,name,owner_email,description,members,created_at,updated_at";
    QTest::newRow("messages") << int(Entity::Messages)
                              << "id,owner_email,session_name,message_id,phone_number,message_text,media_url,media_type,"
                                 "status,ack_status,error_message,metadata,created_at,updated_at";
}

void tst_CsvExporter::headers()
{
    QFETCH(int, entity);
    QFETCH(QString, header);
    addSampleRows();
    const QByteArray bytes = exportBytes(Entity(entity));
    QVERIFY(!bytes.isEmpty());
    QCOMPARE(QString::fromUtf8(bytes.left(bytes.indexOf("\r\n"))), header);
    // The secrets never leave the database, not even inside another column.
    for (const char *secret : {"password_hash", "session_data", "qr_code", "SECRET-SESSION-DATA", "SECRET-QR", "$2b$"})
        QVERIFY2(!bytes.contains(secret), secret);
    // Owners and sessions by name, never by UUID.
    for (const QString &id : {m_owners.alice, m_owners.bob})
        QVERIFY(entity == int(Entity::Users) || !bytes.contains(id.toLatin1()));
    QVERIFY(parseCsv(bytes).size() >= 2);
}

void tst_CsvExporter::addSampleRows()
{
    const QString sql = QStringLiteral(
        "INSERT INTO whatsapp_sessions (id, user_id, session_name, status, phone_number, session_data, qr_code) VALUES "
        "('11111111-0000-0000-0000-000000000001', '%1', 'Main phone', 'ready', '+966500000009', 'SECRET-SESSION-DATA', "
        "'SECRET-QR');"
        "INSERT INTO campaigns (user_id, session_id, name, message_template, status, total_recipients, sent_count, "
        "failed_count, metadata) VALUES ('%1', '11111111-0000-0000-0000-000000000001', 'Ramadan', 'Hi {{name}}', "
        "'completed', 4, 3, 1, '{\"source\": \"test\"}'), ('%2', NULL, 'Empty', 'Hello', 'draft', 0, 0, 0, NULL);"
        "INSERT INTO groups (id, user_id, name, description) VALUES ('22222222-0000-0000-0000-000000000001', '%1', "
        "'VIP', 'Best customers'), ('22222222-0000-0000-0000-000000000002', '%1', 'Riyadh', NULL);"
        "INSERT INTO recipients (id, user_id, phone_number, name, status, custom_fields) VALUES "
        "('33333333-0000-0000-0000-000000000001', '%1', '+966500000001', 'نورة', 'active', '{\"city\": \"Riyadh\"}'), "
        "('33333333-0000-0000-0000-000000000002', '%1', '+966500000002', 'Sam', 'blocked', NULL);"
        "INSERT INTO recipient_groups (recipient_id, group_id) VALUES ('33333333-0000-0000-0000-000000000001', "
        "'22222222-0000-0000-0000-000000000001'), ('33333333-0000-0000-0000-000000000001', "
        "'22222222-0000-0000-0000-000000000002'), ('33333333-0000-0000-0000-000000000002', "
        "'22222222-0000-0000-0000-000000000001');"
        "INSERT INTO messages (user_id, session_id, phone_number, message_text, status, ack_status, metadata, created_at) "
        "VALUES ('%1', '11111111-0000-0000-0000-000000000001', '+966500000001', 'Hi نورة', 'read', 3, NULL, "
        "'2026-03-01 09:00:00'), ('%1', NULL, '+966500000002', NULL, 'failed', -1, '{\"x\": 1}', '2026-03-01 10:00:00'), "
        "('%2', NULL, '+20100000001', 'yo', 'sent', 1, NULL, '2026-03-02 11:00:00')")
                            .arg(m_owners.alice, m_owners.bob);
    QVERIFY2(m_db.exec(sql), qPrintable(m_db.lastError()));
}

void tst_CsvExporter::filters_data()
{
    QTest::addColumn<QString>("owner");  // alice, bob or empty
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("group");
    QTest::addColumn<QString>("since");
    QTest::addColumn<QString>("until");
    QTest::addColumn<QStringList>("phones");
    const QStringList all = {"+966500000001", "+966500000002", "+966500000003", "+966500000004"};
    QTest::newRow("everything") << "" << "" << "" << "" << "" << all;
    QTest::newRow("owner") << "alice" << "" << "" << "" << "" << QStringList{"+966500000001", "+966500000002", "+966500000003"};
    QTest::newRow("status") << "" << "blocked" << "" << "" << "" << QStringList{"+966500000002", "+966500000004"};
    QTest::newRow("owner_status") << "bob" << "blocked" << "" << "" << "" << QStringList{"+966500000004"};
    // Without an owner, a group name means that group of every owner.
    QTest::newRow("group") << "" << "" << "VIP" << "" << "" << QStringList{"+966500000001", "+966500000003", "+966500000004"};
    QTest::newRow("group_owner") << "alice" << "" << "VIP" << "" << "" << QStringList{"+966500000001", "+966500000003"};
    QTest::newRow("group_other_owner") << "bob" << "" << "VIP" << "" << "" << QStringList{"+966500000004"};
    QTest::newRow("since_inclusive") << "" << "" << "" << "2026-03-02" << "" << QStringList{"+966500000002", "+966500000003", "+966500000004"};
    QTest::newRow("until_inclusive") << "" << "" << "" << "" << "2026-03-02" << QStringList{"+966500000001", "+966500000002"};
    QTest::newRow("one_day") << "" << "" << "" << "2026-03-02" << "2026-03-02" << QStringList{"+966500000002"};
}

void tst_CsvExporter::filters()
{
    QFETCH(QString, owner);
    QFETCH(QString, status);
    QFETCH(QString, group);
    QFETCH(QString, since);
    QFETCH(QString, until);
    QFETCH(QStringList, phones);
    addContact(m_owners.alice, QStringLiteral("+966500000001"), QStringLiteral("a"), QStringLiteral("active"), QStringLiteral("2026-03-01 23:59:59.999999"));
    addContact(m_owners.alice, QStringLiteral("+966500000002"), QStringLiteral("b"), QStringLiteral("blocked"), QStringLiteral("2026-03-02 00:00:00"));
    const QString third = addContact(m_owners.alice, QStringLiteral("+966500000003"), QStringLiteral("c"), QStringLiteral("active"), QStringLiteral("2026-03-03 00:00:00"));
    const QString fourth = addContact(m_owners.bob, QStringLiteral("+966500000004"), QStringLiteral("d"), QStringLiteral("blocked"), QStringLiteral("2026-03-03 00:00:01"));
    QVERIFY2(m_db.exec(QStringLiteral("INSERT INTO groups (user_id, name) VALUES ('%1', 'VIP'), ('%2', 'VIP');"
                                      "INSERT INTO recipient_groups (recipient_id, group_id) SELECT r.id, g.id FROM recipients r "
                                      "JOIN groups g ON g.user_id = r.user_id WHERE r.phone_number IN ('+966500000001', "
                                      "'+966500000003', '+966500000004')")
                           .arg(m_owners.alice, m_owners.bob)),
             qPrintable(m_db.lastError()));
    ExportOptions o;
    o.filter.ownerId = owner == QLatin1String("alice") ? m_owners.alice : owner == QLatin1String("bob") ? m_owners.bob : QString();
    o.filter.status = status;
    o.filter.groupName = group;
    o.filter.since = QDate::fromString(since, Qt::ISODate);
    o.filter.until = QDate::fromString(until, Qt::ISODate);
    QStringList got;
    const QList<QStringList> rows = exportRows(Entity::Contacts, o);
    for (qsizetype i = 1; i < rows.size(); ++i)
        got << rows.at(i).at(0);
    QCOMPARE(got, phones);  // oldest first
}

void tst_CsvExporter::bom()
{
    addContact(m_owners.alice, QStringLiteral("+966500000001"), QStringLiteral("x"));
    ExportOptions o;
    QVERIFY(exportBytes(Entity::Contacts, o).startsWith("phone_number,"));
    o.bom = true;
    QVERIFY(exportBytes(Entity::Contacts, o).startsWith("\xEF\xBB\xBFphone_number,"));
}

void tst_CsvExporter::customFields()
{
    addContact(m_owners.alice, QStringLiteral("+966500000001"), QStringLiteral("a"), QStringLiteral("active"),
               QStringLiteral("2026-01-01 00:00:00"), QStringLiteral(R"({"city": "جدة", "tier": "=gold", "n": 5})"));
    addContact(m_owners.alice, QStringLiteral("+966500000002"), QStringLiteral("b"), QStringLiteral("active"),
               QStringLiteral("2026-01-02 00:00:00"), QStringLiteral(R"({"company": "ACME, \"Inc\"", "odd key,\"x\"": "v"})"));
    addContact(m_owners.alice, QStringLiteral("+966500000003"), QStringLiteral("c"));
    const QList<QStringList> json = exportRows(Entity::Contacts);
    QCOMPARE(json.at(0).at(4), QStringLiteral("custom_fields"));
    QCOMPARE(QJsonDocument::fromJson(json.at(1).at(4).toUtf8()).object(),
             QJsonDocument::fromJson(R"({"city": "جدة", "tier": "=gold", "n": 5})").object());
    QVERIFY(json.at(3).at(4).isNull());

    ExportOptions o;
    o.customFields = CustomFieldsLayout::Columns;
    const QList<QStringList> columns = exportRows(Entity::Contacts, o);
    QCOMPARE(columns.at(0).mid(4, 5), (QStringList{"custom:city", "custom:company", "custom:n", "custom:odd key,\"x\"", "custom:tier"}));
    QCOMPARE(columns.at(0).at(9), QStringLiteral("owner_email"));
    QCOMPARE(columns.at(1).mid(4, 5), (QStringList{"جدة", QString(), "5", QString(), "'=gold"}));
    QCOMPARE(columns.at(2).mid(4, 5), (QStringList{QString(), "ACME, \"Inc\"", QString(), "v", QString()}));
    // Only the keys of the rows being exported become columns.
    o.filter.since = QDate(2026, 1, 2);
    o.filter.until = QDate(2026, 1, 2);
    QCOMPARE(exportRows(Entity::Contacts, o).at(0).mid(4, 3), (QStringList{"custom:company", "custom:odd key,\"x\"", "owner_email"}));
}

void tst_CsvExporter::ownerScope()
{
    addContact(m_owners.alice, QStringLiteral("+966500000001"), QStringLiteral("mine"));
    addContact(m_owners.bob, QStringLiteral("+966500000002"), QStringLiteral("not mine"));
    // A user exports only their own rows, even when asking for another owner's.
    QCOMPARE(parseCsv(exportBytes(Entity::Contacts, {}, QStringLiteral("user"))).size(), 2);
    ExportOptions bobs;
    bobs.filter.ownerId = m_owners.bob;
    QCOMPARE(parseCsv(exportBytes(Entity::Contacts, bobs, QStringLiteral("user"))).size(), 1);
    QCOMPARE(parseCsv(exportBytes(Entity::Contacts, {}, QStringLiteral("viewer"))).size(), 3);
    QString error;
    QVERIFY(exportBytes(Entity::Users, {}, QStringLiteral("user"), &error).isEmpty());
    QVERIFY2(error.contains(QLatin1String("Only admins")), qPrintable(error));
    QVERIFY(exportBytes(Entity::Users, {}, QStringLiteral("viewer"), &error).isEmpty());
    ExportOptions badStatus;
    badStatus.filter.status = QStringLiteral("gone");
    QVERIFY(exportBytes(Entity::Contacts, badStatus, QStringLiteral("admin"), &error).isEmpty());
    QVERIFY2(error.contains(QLatin1String("active, blocked, invalid")), qPrintable(error));
    ExportOptions noGroup;
    noGroup.filter.groupName = QStringLiteral("Nope");
    QVERIFY(exportBytes(Entity::Contacts, noGroup, QStringLiteral("admin"), &error).isEmpty());
    QVERIFY2(error.contains(QLatin1String("No group is called")), qPrintable(error));
}

void tst_CsvExporter::selectedRowsAndViewOrder()
{
    const QString a = addContact(m_owners.alice, QStringLiteral("+966500000001"), QStringLiteral("a"));
    addContact(m_owners.alice, QStringLiteral("+966500000002"), QStringLiteral("b"));
    const QString c = addContact(m_owners.alice, QStringLiteral("+966500000003"), QStringLiteral("c"));
    ExportOptions o;
    o.filter.ids = {a, c};
    o.filter.viewConditions = QStringLiteral("recipients.name <> current_setting('waqtor.test_skip')");
    o.filter.viewSettings.insert(QStringLiteral("waqtor.test_skip"), QStringLiteral("zzz"));
    o.filter.viewOrder = QStringLiteral("recipients.phone_number DESC, recipients.id DESC");
    const QList<QStringList> rows = exportRows(Entity::Contacts, o);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(1).at(0), QStringLiteral("+966500000003"));
    QCOMPARE(rows.at(2).at(0), QStringLiteral("+966500000001"));
}

void tst_CsvExporter::reports()
{
    addSampleRows();
    CsvExporter exporter(m_db.connection(), PermissionPolicy(QStringLiteral("admin"), m_owners.admin));
    QBuffer campaigns;
    campaigns.open(QIODevice::WriteOnly);
    QVERIFY_OK(exporter.exportReport(ReportKind::Campaigns, false, &campaigns));
    QList<QStringList> rows = parseCsv(campaigns.data());
    QCOMPARE(rows.at(0).join(u','), QStringLiteral("name,owner_email,session_name,status,total_recipients,sent,failed,"
                                                    "success_rate,scheduled_at,started_at,completed_at"));
    QCOMPARE(rows.at(1).mid(0, 8), (QStringList{"Ramadan", "alice@example.com", "Main phone", "completed", "4", "3", "1", "75.00"}));
    QCOMPARE(rows.at(2).mid(0, 8), (QStringList{"Empty", "bob@example.com", QString(), "draft", "0", "0", "0", QString()}));

    QBuffer messages;
    messages.open(QIODevice::WriteOnly);
    QVERIFY_OK(exporter.exportReport(ReportKind::Messages, false, &messages));
    QCOMPARE(QString::fromUtf8(messages.data()),
             QStringLiteral("day,status,messages\r\n2026-03-01,failed,1\r\n2026-03-01,read,1\r\n2026-03-02,sent,1\r\n"));

    QBuffer groups;
    groups.open(QIODevice::WriteOnly);
    QVERIFY_OK(exporter.exportReport(ReportKind::Groups, false, &groups));
    QCOMPARE(QString::fromUtf8(groups.data()),
             QStringLiteral("group_name,owner_email,members,active,blocked,invalid,other\r\n"
                            "Riyadh,alice@example.com,1,1,0,0,0\r\nVIP,alice@example.com,2,1,1,0,0\r\n"));
    // A user's report covers their own rows only.
    CsvExporter bobs(m_db.connection(), PermissionPolicy(QStringLiteral("user"), m_owners.bob));
    QBuffer bobMessages;
    bobMessages.open(QIODevice::WriteOnly);
    QCOMPARE(bobs.exportReport(ReportKind::Messages, false, &bobMessages).value(), 1);
}

void tst_CsvExporter::writeFileIsAtomic()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("previous\n");
    old.close();
    const auto failed = CsvExporter::writeFile(path, [](QIODevice *device) -> Result<qint64> {
        device->write("half a file");
        return Error::database(QStringLiteral("The server went away."));
    });
    QVERIFY(!failed);
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("previous\n"));  // untouched, and no temporary file left beside it
    old.close();
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{"out.csv"});
    QVERIFY(!CsvExporter::writeFile(dir.filePath(QStringLiteral("missing/dir.csv")), [](QIODevice *) { return Result<qint64>(0); }));
}

void tst_CsvExporter::cancelled()
{
    addContact(m_owners.alice, QStringLiteral("+966500000001"), QStringLiteral("x"));
    CsvExporter exporter(m_db.connection(), PermissionPolicy(QStringLiteral("admin"), m_owners.admin));
    const std::atomic<bool> cancelled{true};
    exporter.setCancelFlag(&cancelled);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const auto rows = exporter.exportTable(Entity::Contacts, {}, &buffer);
    QVERIFY(!rows);
    QCOMPARE(rows.error().kind, ErrorKind::Interrupted);
    // The connection is still usable afterwards.
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM recipients")).toInt(), 1);
}

void tst_CsvExporter::roundTrip_data()
{
    QTest::addColumn<int>("entity");  // -1: a report
    QTest::addColumn<int>("report");
    QTest::addColumn<bool>("columns");  // custom fields as columns
    QTest::newRow("users") << int(Entity::Users) << 0 << false;
    QTest::newRow("sessions") << int(Entity::Sessions) << 0 << false;
    QTest::newRow("campaigns") << int(Entity::Campaigns) << 0 << false;
    QTest::newRow("contacts") << int(Entity::Contacts) << 0 << false;
    QTest::newRow("contacts_columns") << int(Entity::Contacts) << 0 << true;
    QTest::newRow("groups") << int(Entity::Groups) << 0 << false;
    QTest::newRow("messages") << int(Entity::Messages) << 0 << false;
    QTest::newRow("report_campaigns") << -1 << int(ReportKind::Campaigns) << false;
    QTest::newRow("report_messages") << -1 << int(ReportKind::Messages) << false;
    QTest::newRow("report_groups") << -1 << int(ReportKind::Groups) << false;
}

QString tst_CsvExporter::psqlCopyIn(const QString &table, const QString &file)
{
    const ConnectionSettings s = m_db.settings();
    QProcess psql;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), s.password);  // never on the command line
    psql.setProcessEnvironment(env);
    psql.start(QStringLiteral("psql"), {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-h"), s.host,
                                        QStringLiteral("-p"), QString::number(s.port), QStringLiteral("-U"), s.user,
                                        QStringLiteral("-d"), s.databaseName, QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                                        QStringLiteral("-c"),
                                        QStringLiteral("\\copy %1 FROM '%2' WITH (FORMAT csv, HEADER)").arg(table, file)});
    if (!psql.waitForFinished(60000) || psql.exitStatus() != QProcess::NormalExit || psql.exitCode() != 0)
        return QStringLiteral("psql failed: ") + QString::fromUtf8(psql.readAllStandardError());
    return {};
}

void tst_CsvExporter::roundTrip()
{
    QFETCH(int, entity);
    QFETCH(int, report);
    QFETCH(bool, columns);
    addSampleRows();
    // Cells that stress the CSV: quotes, separators, line breaks, Arabic, emoji, empty vs NULL, microseconds.
    addContact(m_owners.bob, QStringLiteral("+966500000003"), QStringLiteral("\"Quoted\", with\r\nbreaks 😀"),
               QStringLiteral("invalid"), QStringLiteral("2026-02-28 23:59:59.123456"),
               QStringLiteral(R"({"note": "line1\nline2", "ar": "مرحبا", "empty": ""})"));
    addContact(m_owners.bob, QStringLiteral("+966500000004"), QStringLiteral(""), QStringLiteral("active"),
               QStringLiteral("2026-02-27 00:00:00"), QStringLiteral("{}"));
    QVERIFY(m_db.exec(QStringLiteral("UPDATE recipients SET email = '' WHERE phone_number = '+966500000004'")));

    CsvExporter exporter(m_db.connection(), PermissionPolicy(QStringLiteral("admin"), m_owners.admin));
    ExportOptions options;
    options.customFields = columns ? CustomFieldsLayout::Columns : CustomFieldsLayout::Json;
    ExportStatement statement;
    if (entity >= 0) {
        const auto s = exporter.statement(Entity(entity), options);
        QVERIFY_OK(s);
        statement = s.value();
    } else {
        statement = CsvExportSql::report(ReportKind(report), {});
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export.csv"));
    QVERIFY_OK(CsvExporter::writeFile(path, [&](QIODevice *device) {
        return entity >= 0 ? exporter.exportTable(Entity(entity), options, device)
                           : exporter.exportReport(ReportKind(report), false, device);
    }));

    // The export's own columns, with the types its SELECT gives them; psql loads the file into it.
    QSqlQuery q(m_db.connection());
    for (auto it = statement.settings.cbegin(); it != statement.settings.cend(); ++it) {
        q.prepare(QStringLiteral("SELECT set_config(:n, :v, false)"));
        q.bindValue(QStringLiteral(":n"), it.key());
        q.bindValue(QStringLiteral(":v"), it.value());
        QVERIFY_SQL(q, exec());
    }
    QVERIFY_SQL(q, exec(QStringLiteral("DROP TABLE IF EXISTS loaded")));
    QVERIFY_SQL(q, exec(QStringLiteral("CREATE TABLE loaded AS SELECT * FROM (%1) AS e WITH NO DATA").arg(statement.select)));
    const QString psqlError = psqlCopyIn(QStringLiteral("loaded"), path);
    QVERIFY2(psqlError.isEmpty(), qPrintable(psqlError));
    // Every value comes back exactly: no row lost, added or changed (NULL and "" stay apart).
    QVERIFY_SQL(q, exec(QStringLiteral("SELECT (SELECT count(*) FROM loaded), (SELECT count(*) FROM ((TABLE loaded EXCEPT ALL "
                                       "SELECT * FROM (%1) AS a) UNION ALL (SELECT * FROM (%1) AS b EXCEPT ALL TABLE loaded)) AS d)")
                            .arg(statement.select)));
    QVERIFY(q.next());
    QVERIFY(q.value(0).toInt() >= 1);
    QCOMPARE(q.value(1).toInt(), 0);
    if (entity == int(Entity::Contacts) && !columns) {
        // And against the source rows themselves: text, JSON and timestamps to the microsecond.
        QVERIFY_SQL(q, exec(QStringLiteral(
                           "SELECT count(*) FROM loaded AS l FULL JOIN recipients AS r ON r.phone_number = l.c1 WHERE r.id IS NULL "
                           "OR l.c1 IS NULL OR l.c2 IS DISTINCT FROM r.name OR l.c3 IS DISTINCT FROM r.email OR l.c4 IS DISTINCT "
                           "FROM r.status OR CAST(l.c5 AS jsonb) IS DISTINCT FROM r.custom_fields OR CAST(l.c8 AS timestamp) IS "
                           "DISTINCT FROM r.created_at OR CAST(l.c9 AS timestamp) IS DISTINCT FROM r.updated_at")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
}

QTEST_GUILESS_MAIN(tst_CsvExporter)
#include "tst_csvexporter.moc"

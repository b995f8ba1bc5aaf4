#include "import/columnmapping.h"

#include <QTest>

// Header matching: the usual exports map without help, unknown columns stay as custom fields,
// --map specs adjust, and mistakes are refused with a sentence.
class tst_ColumnMapping : public QObject
{
    Q_OBJECT

private slots:
    void fromHeaders_data();
    void fromHeaders();
    void mapSpecs_data();
    void mapSpecs();
    void dropUnmapped();
    void fromSampleGuessesPhoneAndEmail();
    void knownColumnNames_data();
    void knownColumnNames();
};

static QStringList fields(const ColumnMapping &m)
{
    QStringList out;
    for (const ColumnTarget &t : m.columns())
        out << ColumnMapping::fieldName(t);
    return out;
}

void tst_ColumnMapping::fromHeaders_data()
{
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("plain") << QStringList{"phone", "name", "email", "status"}
                           << QStringList{"phone_number", "name", "email", "status"};
    QTest::newRow("case, spaces and punctuation ignored")
        << QStringList{" Phone_Number ", "E-MAIL", "Full Name"} << QStringList{"phone_number", "email", "name"};
    QTest::newRow("mobile") << QStringList{"Mobile", "Name"} << QStringList{"phone_number", "name"};
    QTest::newRow("google contacts")
        << QStringList{"Name", "Given Name", "Family Name", "E-mail 1 - Type", "E-mail 1 - Value", "Phone 1 - Type",
                       "Phone 1 - Value", "Phone 2 - Value"}
        << QStringList{"name", "custom:Given Name", "custom:Family Name", "custom:E-mail 1 - Type", "email",
                       "custom:Phone 1 - Type", "phone_number", "custom:Phone 2 - Value"};
    QTest::newRow("first and last name without a name column")
        << QStringList{"First Name", "Last Name", "Mobile Phone", "E-mail Address"}
        << QStringList{"first_name", "last_name", "phone_number", "email"};
    QTest::newRow("a second phone column is kept, not mapped")
        << QStringList{"phone", "telephone"} << QStringList{"phone_number", "custom:telephone"};
    QTest::newRow("unknown columns become custom fields under their header")
        << QStringList{"phone", "City", "مدينة"} << QStringList{"phone_number", "custom:City", "custom:مدينة"};
    QTest::newRow("arabic headers") << QStringList{"رقم الجوال", "الاسم", "البريد الإلكتروني"}
                                    << QStringList{"phone_number", "name", "email"};
    QTest::newRow("our own contacts export")
        << QStringList{"phone_number", "name", "email", "status", "custom_fields", "owner_email", "groups",
                       "created_at", "updated_at"}
        << QStringList{"phone_number", "name", "email", "status", "custom_fields", "ignore", "ignore", "ignore", "ignore"};
    QTest::newRow("our export with flattened custom fields")
        << QStringList{"phone_number", "custom:city", "custom:Tier Level"}
        << QStringList{"phone_number", "custom:city", "custom:Tier Level"};
    QTest::newRow("an empty header") << QStringList{"phone", ""} << QStringList{"phone_number", "custom:Column 2"};
}

void tst_ColumnMapping::fromHeaders()
{
    QFETCH(QStringList, headers);
    QFETCH(QStringList, expected);
    const ColumnMapping m = ColumnMapping::fromHeaders(headers);
    QCOMPARE(fields(m), expected);
    QVERIFY2(m.validate().ok(), qPrintable(m.validate().error().message));
}

void tst_ColumnMapping::mapSpecs_data()
{
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<QStringList>("specs");
    QTest::addColumn<QStringList>("expected");  // empty: refused
    QTest::addColumn<QString>("error");
    QTest::newRow("map a custom column to name")
        << QStringList{"phone", "Kunde"} << QStringList{"Kunde=name"} << QStringList{"phone_number", "name"} << "";
    QTest::newRow("matched ignoring case and punctuation")
        << QStringList{"phone", "Kunden-Name"} << QStringList{"kunden name=name"} << QStringList{"phone_number", "name"} << "";
    QTest::newRow("choose another phone column; the old one is kept as custom")
        << QStringList{"phone", "whatsapp id"} << QStringList{"whatsapp id=phone_number"}
        << QStringList{"custom:phone", "phone_number"} << "";
    QTest::newRow("custom key") << QStringList{"phone", "x"} << QStringList{"x=custom:city"}
                                << QStringList{"phone_number", "custom:city"} << "";
    QTest::newRow("ignore") << QStringList{"phone", "notes"} << QStringList{"notes=ignore"}
                            << QStringList{"phone_number", "ignore"} << "";
    QTest::newRow("header with = in it") << QStringList{"phone", "a=b"} << QStringList{"a=b=name"}
                                         << QStringList{"phone_number", "name"} << "";
    QTest::newRow("unknown header") << QStringList{"phone"} << QStringList{"nope=name"} << QStringList{}
                                    << "has no column \"nope\"";
    QTest::newRow("unknown field") << QStringList{"phone", "x"} << QStringList{"x=nickname"} << QStringList{}
                                   << "is not a field";
    QTest::newRow("not a spec") << QStringList{"phone"} << QStringList{"phone"} << QStringList{} << "HEADER=FIELD";
    QTest::newRow("empty custom key") << QStringList{"phone", "x"} << QStringList{"x=custom:"} << QStringList{}
                                      << "custom:KEY";
    QTest::newRow("no phone left") << QStringList{"phone", "x"} << QStringList{"phone=ignore"} << QStringList{}
                                   << "No column holds the phone number";
    QTest::newRow("two columns one custom key") << QStringList{"phone", "a", "b"}
                                                << QStringList{"a=custom:k", "b=custom:k"} << QStringList{}
                                                << "both go to custom field";
}

void tst_ColumnMapping::mapSpecs()
{
    QFETCH(QStringList, headers);
    QFETCH(QStringList, specs);
    QFETCH(QStringList, expected);
    QFETCH(QString, error);
    ColumnMapping m = ColumnMapping::fromHeaders(headers);
    Status status;
    for (const QString &spec : specs) {
        status = m.applyMapSpec(spec);
        if (!status)
            break;
    }
    if (status)
        status = m.validate();
    if (expected.isEmpty()) {
        QVERIFY(!status.ok());
        QVERIFY2(status.error().message.contains(error), qPrintable(status.error().message));
    } else {
        QVERIFY2(status.ok(), qPrintable(status.error().message));
        QCOMPARE(fields(m), expected);
    }
}

void tst_ColumnMapping::dropUnmapped()
{
    ColumnMapping m = ColumnMapping::fromHeaders({"phone", "City", "Notes"});
    QVERIFY(m.applyMapSpec("Notes=custom:notes").ok());
    m.dropUnmapped();
    // Only what nothing chose is dropped; an explicit custom mapping stays.
    QCOMPARE(fields(m), (QStringList{"phone_number", "ignore", "custom:notes"}));
}

void tst_ColumnMapping::fromSampleGuessesPhoneAndEmail()
{
    const QList<QStringList> rows = {{"Ali", "0501234567", "ali@example.com"},
                                     {"Sara", "+966 55 123 4567", "sara@example.com"},
                                     {"Omar", "not given", ""}};
    const ColumnMapping m = ColumnMapping::fromSample(3, rows, "SA");
    QCOMPARE(fields(m), (QStringList{"custom:Column 1", "phone_number", "email"}));
    // Without a region the national numbers do not read as phones, but the +966 one alone is not a majority.
    QCOMPARE(ColumnMapping::fromSample(3, rows, "").phoneColumn(), -1);
}

void tst_ColumnMapping::knownColumnNames_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<bool>("known");
    QTest::newRow("phone") << "Phone" << true;
    QTest::newRow("google") << "Phone 1 - Value" << true;
    QTest::newRow("arabic") << "الاسم" << true;
    QTest::newRow("custom prefix") << "custom:city" << true;
    QTest::newRow("a number") << "+966501234567" << false;
    QTest::newRow("a name") << "Ahmed" << false;
}

void tst_ColumnMapping::knownColumnNames()
{
    QFETCH(QString, header);
    QFETCH(bool, known);
    QCOMPARE(ColumnMapping::isKnownColumnName(header), known);
}

QTEST_GUILESS_MAIN(tst_ColumnMapping)
#include "tst_columnmapping.moc"

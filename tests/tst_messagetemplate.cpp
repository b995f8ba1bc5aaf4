// Templates are written by WaQtor users in any language; a placeholder the contact cannot fill
// must stay visible, never turn into silent empty text.

#include "campaigns/messagetemplate.h"

#include <QJsonDocument>
#include <QTest>

class tst_MessageTemplate : public QObject
{
    Q_OBJECT

private slots:
    void placeholders_data();
    void placeholders();
    void render_data();
    void render();
};

namespace {
QJsonObject json(const char *text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        qFatal("bad test JSON: %s", text);
    return doc.object();
}

QVariantMap ahmed()
{
    return {{"name", "Ahmed"}, {"phone_number", "+966501234567"}, {"email", "ahmed@example.com"}};
}
}

void tst_MessageTemplate::placeholders_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("keys");
    QTest::newRow("none") << "Hello there" << QStringList{};
    QTest::newRow("empty") << "" << QStringList{};
    QTest::newRow("in order") << "{{phone_number}} {{name}} {{email}}" << QStringList{"phone_number", "name", "email"};
    QTest::newRow("unique") << "{{name}}, {{ name }}, {{name}}!" << QStringList{"name"};
    QTest::newRow("spaces trimmed") << "Hi {{  name\t}}" << QStringList{"name"};
    QTest::newRow("inner space kept") << "{{ first name }}" << QStringList{"first name"};
    QTest::newRow("arabic") << "مرحبا {{name}} من {{المدينة}}" << QStringList{"name", "المدينة"};
    QTest::newRow("emoji key") << "{{🎁}} for you" << QStringList{"🎁"};
    QTest::newRow("missing closing brace") << "{{name} and {{email}}" << QStringList{"email"};
    QTest::newRow("single braces") << "{name} and {email}" << QStringList{};
    QTest::newRow("empty braces") << "{{}} and {{ }}" << QStringList{};
    QTest::newRow("line break inside") << "{{na\nme}}" << QStringList{};
    QTest::newRow("triple braces") << "{{{name}}}" << QStringList{"name"};
    QTest::newRow("custom key") << "Code {{promo_code}}" << QStringList{"promo_code"};
}

void tst_MessageTemplate::placeholders()
{
    QFETCH(QString, text);
    QFETCH(QStringList, keys);
    QCOMPARE(MessageTemplate::placeholders(text), keys);
}

void tst_MessageTemplate::render_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QVariantMap>("contact");
    QTest::addColumn<QJsonObject>("customFields");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QStringList>("unknown");

    const QJsonObject noFields;
    QTest::newRow("no placeholders") << "Hello" << ahmed() << noFields << "Hello" << QStringList{};
    QTest::newRow("all standard") << "{{name}} {{phone_number}} {{email}}" << ahmed() << noFields
                                  << "Ahmed +966501234567 ahmed@example.com" << QStringList{};
    QTest::newRow("spaces inside braces") << "Hi {{ name }}!" << ahmed() << noFields << "Hi Ahmed!" << QStringList{};
    QTest::newRow("repeated") << "{{name}}, {{name}} and {{ name }}" << ahmed() << noFields
                              << "Ahmed, Ahmed and Ahmed" << QStringList{};
    QTest::newRow("unknown left as written") << "Hi {{ nickname }} / {{name}} / {{nickname}} / {{x}}"
                                             << ahmed() << noFields
                                             << "Hi {{ nickname }} / Ahmed / {{nickname}} / {{x}}"
                                             << QStringList{"nickname", "x"};
    QTest::newRow("NULL email") << "[{{email}}]"
                                << QVariantMap{{"name", "A"}, {"email", QVariant(QMetaType::fromType<QString>())}}
                                << noFields << "[]" << QStringList{};
    QTest::newRow("missing phone") << "[{{phone_number}}]" << QVariantMap{{"name", "A"}} << noFields << "[]"
                                   << QStringList{};
    QTest::newRow("custom string") << "Code {{promo}}" << ahmed() << json(R"({"promo":"SALE-20"})") << "Code SALE-20"
                                   << QStringList{};
    QTest::newRow("custom integer") << "{{age}}" << ahmed() << json(R"({"age":42})") << "42" << QStringList{};
    QTest::newRow("custom decimal") << "{{balance}}" << ahmed() << json(R"({"balance":12.5})") << "12.5"
                                    << QStringList{};
    QTest::newRow("custom 0.1") << "{{r}}" << ahmed() << json(R"({"r":0.1})") << "0.1" << QStringList{};
    QTest::newRow("custom negative") << "{{d}}" << ahmed() << json(R"({"d":-3})") << "-3" << QStringList{};
    QTest::newRow("custom big integer") << "{{id}}" << ahmed() << json(R"({"id":9007199254740993})")
                                        << "9007199254740993" << QStringList{};
    QTest::newRow("custom true") << "{{vip}}" << ahmed() << json(R"({"vip":true})") << "true" << QStringList{};
    QTest::newRow("custom false") << "{{vip}}" << ahmed() << json(R"({"vip":false})") << "false" << QStringList{};
    QTest::newRow("custom null") << "[{{note}}]" << ahmed() << json(R"({"note":null})") << "[]" << QStringList{};
    QTest::newRow("custom object") << "{{addr}}" << ahmed() << json(R"({"addr":{"city":"Riyadh", "zip": 11564}})")
                                   << R"({"city":"Riyadh","zip":11564})" << QStringList{};
    QTest::newRow("custom array") << "{{tags}}" << ahmed() << json(R"({"tags":["a", 1, true, null]})")
                                  << R"(["a",1,true,null])" << QStringList{};
    QTest::newRow("custom arabic in object") << "{{o}}" << ahmed() << json(R"({"o":{"مدينة":"جدة"}})")
                                             << R"({"مدينة":"جدة"})" << QStringList{};
    QTest::newRow("arabic key and text") << "مرحبا {{name}} من {{ المدينة }}" << QVariantMap{{"name", "أحمد"}}
                                         << json(R"({"المدينة":"الرياض"})") << "مرحبا أحمد من الرياض"
                                         << QStringList{};
    QTest::newRow("arabic unknown") << "{{المدينة}}" << ahmed() << noFields << "{{المدينة}}"
                                    << QStringList{"المدينة"};
    QTest::newRow("emoji text and value") << "🎉 {{name}} 🎉 {{gift}}" << QVariantMap{{"name", "Sara 👋"}}
                                          << json(R"({"gift":"🎁🎁"})") << "🎉 Sara 👋 🎉 🎁🎁" << QStringList{};
    QTest::newRow("emoji key") << "{{🎁}}!" << ahmed() << json(R"({"🎁":"free coffee"})") << "free coffee!"
                               << QStringList{};
    QTest::newRow("standard beats custom") << "{{name}}" << ahmed() << json(R"({"name":"Other"})") << "Ahmed"
                                           << QStringList{};
    QTest::newRow("keys are case-sensitive") << "{{Name}}" << ahmed() << noFields << "{{Name}}"
                                             << QStringList{"Name"};
    QTest::newRow("missing closing brace") << "{{name} {{email}}" << ahmed() << noFields
                                           << "{{name} ahmed@example.com" << QStringList{};
    QTest::newRow("empty braces") << "{{}}{{ }}{{name}}" << ahmed() << noFields << "{{}}{{ }}Ahmed" << QStringList{};
    QTest::newRow("single braces") << "{name}" << ahmed() << noFields << "{name}" << QStringList{};
    QTest::newRow("triple braces") << "{{{name}}}" << ahmed() << noFields << "{Ahmed}" << QStringList{};
    QTest::newRow("value with braces is not re-expanded") << "{{a}}" << ahmed() << json(R"({"a":"{{name}}"})")
                                                          << "{{name}}" << QStringList{};
    QTest::newRow("multi-line template") << "Hi {{name}},\nyour code: {{c}}\n" << ahmed() << json(R"({"c":"X1"})")
                                         << "Hi Ahmed,\nyour code: X1\n" << QStringList{};
}

void tst_MessageTemplate::render()
{
    QFETCH(QString, text);
    QFETCH(QVariantMap, contact);
    QFETCH(QJsonObject, customFields);
    QFETCH(QString, expected);
    QFETCH(QStringList, unknown);
    const MessageTemplate::Rendering r = MessageTemplate::render(text, contact, customFields);
    QCOMPARE(r.text, expected);
    QCOMPARE(r.unknown, unknown);
}

QTEST_GUILESS_MAIN(tst_MessageTemplate)
#include "tst_messagetemplate.moc"

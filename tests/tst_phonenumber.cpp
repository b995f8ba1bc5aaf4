// PhoneNumber::toE164 turns what people type or paste (national numbers with a region, +/00
// international numbers, Arabic-Indic digits, RTL marks, tel: URIs, WhatsApp ids) into E.164, and
// refuses everything else with a sentence saying why. No database needed.

#include "phone/phonenumber.h"

#include <QTest>

#include <thread>
#include <vector>

class tst_PhoneNumber : public QObject
{
    Q_OBJECT

private slots:
    void toE164_data();
    void toE164();
    void isE164_data();
    void isE164();
    void isKnownRegion_data();
    void isKnownRegion();
    void resultsAreE164();
    void concurrentUseMatchesSingleThreaded();
};

void tst_PhoneNumber::toE164_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("expected");  // empty when an error is expected
    QTest::addColumn<QString>("error");     // a part of the error sentence

    // Accepted.
    QTest::newRow("Saudi mobile with region SA") << "050 123 4567" << "SA" << "+966501234567" << "";
    QTest::newRow("Saudi with +966, no region") << "+966 50 123 4567" << "" << "+966501234567" << "";
    QTest::newRow("Saudi with 00966, no region") << "00966 50 123 4567" << "" << "+966501234567" << "";
    QTest::newRow("Saudi with 00966 and region SA") << "00966501234567" << "SA" << "+966501234567" << "";
    QTest::newRow("Saudi with country code but no +, region SA") << "966501234567" << "SA" << "+966501234567" << "";
    QTest::newRow("Egyptian with region EG") << "010 1234 5678" << "EG" << "+201012345678" << "";
    QTest::newRow("German with region DE") << "030 1234567" << "DE" << "+49301234567" << "";
    QTest::newRow("German with slash") << "030/1234567" << "DE" << "+49301234567" << "";
    QTest::newRow("US with region US") << "(202) 555-0123" << "US" << "+12025550123" << "";
    // The region is taken at its word: 202 555 0123 is also a valid Wuppertal number in Germany.
    QTest::newRow("US number parsed with region DE") << "(202) 555-0123" << "DE" << "+492025550123" << "";
    QTest::newRow("+ wins over the region") << "+20 10 1234 5678" << "SA" << "+201012345678" << "";
    QTest::newRow("Arabic-Indic digits") << "٠٥٠ ١٢٣ ٤٥٦٧" << "SA" << "+966501234567" << "";
    QTest::newRow("Arabic-Indic digits with +") << "+٩٦٦٥٠١٢٣٤٥٦٧" << "" << "+966501234567" << "";
    QTest::newRow("Persian digits") << "۰۵۰ ۱۲۳ ۴۵۶۷" << "SA" << "+966501234567" << "";
    QTest::newRow("full-width digits") << "０５０−１２３−４５６７" << "SA" << "+966501234567" << "";
    QTest::newRow("full-width plus") << "＋９６６５０１２３４５６７" << "" << "+966501234567" << "";
    QTest::newRow("with dashes, dots, parentheses") << "(050) 123-45.67" << "SA" << "+966501234567" << "";
    QTest::newRow("with en dash") << "050–123–4567" << "SA" << "+966501234567" << "";
    QTest::newRow("with RTL marks") << "\u200F+966\u00A050\u00A0123\u00A04567\u200E" << "" << "+966501234567" << "";
    QTest::newRow("with embedding marks") << "\u202B\u202A+966 50 123 4567\u202C\u202C" << "" << "+966501234567" << "";
    QTest::newRow("with override and isolate marks") << "\u202E\u2067050 123 4567\u2069\u202D" << "SA"
                                                     << "+966501234567" << "";
    QTest::newRow("leading and trailing whitespace") << " \t 050 123 4567 \n" << "SA" << "+966501234567" << "";
    QTest::newRow("tel: prefix") << "tel:+966-50-123-4567" << "" << "+966501234567" << "";
    QTest::newRow("TEL: prefix, national") << "TEL:0501234567" << "sa" << "+966501234567" << "";
    QTest::newRow("@c.us id") << "966501234567@c.us" << "" << "+966501234567" << "";
    QTest::newRow("@s.whatsapp.net id") << "201012345678@s.whatsapp.net" << "" << "+201012345678" << "";
    QTest::newRow("lower-case region accepted") << "050 123 4567" << "sa" << "+966501234567" << "";
    QTest::newRow("region with spaces accepted") << "010 1234 5678" << " eg " << "+201012345678" << "";
    QTest::newRow("exactly 40 characters") << "+966 50 123 4567                        " << ""
                                           << "+966501234567" << "";

    // Refused.
    QTest::newRow("no region given") << "0501234567" << "" << "" << "no region";
    QTest::newRow("invalid number") << "+1 555 0100" << "" << ""
                                    << "\"+1 555 0100\" is not a valid number for United States (US)";
    QTest::newRow("invalid number for the region") << "050 123" << "SA" << ""
                                                   << "is not a valid number for Saudi Arabia (SA)";
    QTest::newRow("too few digits") << "+96650" << "" << "" << "it has too few digits";
    QTest::newRow("unknown country code") << "+999 123 4567" << "" << "" << "known country code";
    QTest::newRow("letters") << "12ab" << "SA" << "" << "\"12ab\" is not a phone number";
    QTest::newRow("vanity letters") << "1-800-FLOWERS" << "US" << "" << "is not a phone number";
    QTest::newRow("plus in the middle") << "050+1234567" << "SA" << "" << "is not a phone number";
    QTest::newRow("only separators") << "(-) ." << "SA" << "" << "is not a phone number";
    QTest::newRow("only a plus") << "+" << "" << "" << "is not a phone number";
    QTest::newRow("only 00") << "00" << "" << "" << "is not a phone number";
    QTest::newRow("extension ext.") << "050 123 4567 ext. 12" << "SA" << "" << "has an extension";
    QTest::newRow("extension x") << "+966 50 123 4567 x12" << "" << "" << "has an extension";
    QTest::newRow("extension in tel: URI") << "tel:+966501234567;ext=5" << "" << "" << "has an extension";
    QTest::newRow("bad WhatsApp id") << "9665x1234567@c.us" << "" << "" << "is not a phone number";
    QTest::newRow("WhatsApp group id") << "120363012345678901@g.us" << "" << "" << "WhatsApp group id";
    QTest::newRow("empty") << "" << "SA" << "" << "empty";
    QTest::newRow("only whitespace and marks") << " \u200F\u00A0 " << "SA" << "" << "empty";
    QTest::newRow("unknown region") << "050 123 4567" << "XX" << ""
                                    << "Unknown region \"XX\"; use a two-letter country code";
    QTest::newRow("region as a name") << "050 123 4567" << "Saudi" << "" << "Unknown region \"Saudi\"";
    QTest::newRow("unknown region with +") << "+966501234567" << "QQ" << "" << "Unknown region";
    QTest::newRow("too long") << "+966 50 123 4567                         " << "" << "" << "41 characters long";
}

void tst_PhoneNumber::toE164()
{
    QFETCH(QString, input);
    QFETCH(QString, region);
    QFETCH(QString, expected);
    QFETCH(QString, error);

    const Result<QString> r = PhoneNumber::toE164(input, region);
    if (error.isEmpty()) {
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r.value(), expected);
    } else {
        QVERIFY2(!r.ok(), qPrintable(QStringLiteral("unexpectedly accepted as %1").arg(r.ok() ? r.value() : QString())));
        QCOMPARE(int(r.error().kind), int(ErrorKind::Invalid));
        QVERIFY2(r.error().message.contains(error), qPrintable(r.error().message));
        QVERIFY2(r.error().message.endsWith(u'.') || r.error().message.endsWith(u'…'),
                 qPrintable(r.error().message));
    }
}

void tst_PhoneNumber::isE164_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("expected");
    QTest::newRow("Saudi") << "+966501234567" << true;
    QTest::newRow("Egyptian") << "+201012345678" << true;
    QTest::newRow("German") << "+49301234567" << true;
    QTest::newRow("US") << "+12025550123" << true;
    QTest::newRow("no plus") << "966501234567" << false;
    QTest::newRow("leading zero after plus") << "+0966501234567" << false;
    QTest::newRow("national prefix kept") << "+9660501234567" << false;
    QTest::newRow("spaces") << "+966 50 123 4567" << false;
    QTest::newRow("dashes") << "+966-50-123-4567" << false;
    QTest::newRow("Arabic-Indic digits") << "+٩٦٦٥٠١٢٣٤٥٦٧" << false;
    QTest::newRow("shape ok, not a valid number") << "+15550100" << false;
    QTest::newRow("shape ok, unknown country code") << "+9991234567" << false;
    QTest::newRow("too short") << "+123456" << false;
    QTest::newRow("16 digits") << "+1234567890123456" << false;
    QTest::newRow("trailing space") << "+966501234567 " << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("plus only") << "+" << false;
}

void tst_PhoneNumber::isE164()
{
    QFETCH(QString, text);
    QFETCH(bool, expected);
    QCOMPARE(PhoneNumber::isE164(text), expected);
}

void tst_PhoneNumber::isKnownRegion_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<bool>("expected");
    QTest::newRow("SA") << "SA" << true;
    QTest::newRow("EG") << "EG" << true;
    QTest::newRow("DE") << "DE" << true;
    QTest::newRow("US") << "US" << true;
    QTest::newRow("lower case") << "sa" << true;
    QTest::newRow("mixed case, spaces") << " eG " << true;
    QTest::newRow("XX") << "XX" << false;
    QTest::newRow("ZZ (unknown)") << "ZZ" << false;
    QTest::newRow("001 (non-geographic)") << "001" << false;
    QTest::newRow("three letters") << "SAU" << false;
    QTest::newRow("one letter") << "S" << false;
    QTest::newRow("empty") << "" << false;
}

void tst_PhoneNumber::isKnownRegion()
{
    QFETCH(QString, region);
    QFETCH(bool, expected);
    QCOMPARE(PhoneNumber::isKnownRegion(region), expected);
}

void tst_PhoneNumber::resultsAreE164()
{
    // Whatever toE164 accepts, isE164 accepts too.
    const QStringList inputs = {"050 123 4567", "+201012345678", "٠٥٠١٢٣٤٥٦٧", "966501234567@c.us"};
    for (const QString &in : inputs) {
        const Result<QString> r = PhoneNumber::toE164(in, QStringLiteral("SA"));
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QVERIFY2(PhoneNumber::isE164(r.value()), qPrintable(r.value()));
    }
}

namespace {
QStringList mixedInputs(int count)
{
    const QStringList patterns = {"05%1 %2", "+9665%1%2", "00966 5%1 %2", "٠٥%1%2", "05%1-%2x1", "5%1%2@c.us",
                                  "tel:05%1%2", "+1 202 %1%2", "05%1%2ab"};
    QStringList inputs;
    inputs.reserve(count);
    for (int i = 0; i < count; ++i) {
        const QString a = QString::number(i % 10);
        const QString b = QStringLiteral("%1").arg(1234567 + i * 7, 7, 10, QLatin1Char('0')).right(7);
        inputs << patterns.at(i % patterns.size()).arg(a, b);
    }
    return inputs;
}

QStringList normaliseAll(const QStringList &inputs)
{
    QStringList out;
    out.reserve(inputs.size());
    for (const QString &in : inputs) {
        const Result<QString> r = PhoneNumber::toE164(in, QStringLiteral("SA"));
        out << (r.ok() ? r.value() : QStringLiteral("error: ") + r.error().message);
    }
    return out;
}
}

void tst_PhoneNumber::concurrentUseMatchesSingleThreaded()
{
    const QStringList inputs = mixedInputs(2000);
    const QStringList expected = normaliseAll(inputs);
    // The mix must exercise both outcomes.
    QVERIFY(expected.filter(QStringLiteral("error: ")).size() > 100);
    QVERIFY(expected.filter(QStringLiteral("+966")).size() > 100);

    constexpr int threadCount = 4;
    std::vector<QStringList> results(threadCount);
    std::vector<std::thread> threads;
    for (int t = 0; t < threadCount; ++t)
        threads.emplace_back([&inputs, &results, t] { results[t] = normaliseAll(inputs); });
    for (std::thread &th : threads)
        th.join();

    for (int t = 0; t < threadCount; ++t) {
        QCOMPARE(results[t].size(), expected.size());
        for (int i = 0; i < expected.size(); ++i)
            QCOMPARE(results[t].at(i), expected.at(i));
    }
}

QTEST_GUILESS_MAIN(tst_PhoneNumber)
#include "tst_phonenumber.moc"

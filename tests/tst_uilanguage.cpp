// The interface language: chosen from --lang codes and the POSIX environment, installed with WaQtor's and
// Qt's own catalogues, and the digit rule (Western digits for data unless Arabic-Indic is chosen).

#include "i18n/displayformat.h"
#include "i18n/translations.h"
#include "i18n/uilanguage.h"

#include <QCoreApplication>
#include <QTest>

class tst_UiLanguage : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Translations::install(UiLanguage::English); }

    void fromCode_data();
    void fromCode();
    void fromEnvironment_data();
    void fromEnvironment();
    void installTranslates();
    void everyCatalogueLoads();
    void digits_data();
    void digits();
    void datesFollowTheLocale();
    void isolatedNumbersKeepTheirOrder();
    void sizesAndSharesInTheInterfacesWords_data();
    void sizesAndSharesInTheInterfacesWords();
    void dataDigits_data();
    void dataDigits();

private:
    // Sets exactly these locale variables for the test's duration, the others unset.
    static void setEnvironment(const QMap<QString, QString> &values);
};

void tst_UiLanguage::setEnvironment(const QMap<QString, QString> &values)
{
    for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}) {
        const QString key = QLatin1String(name);
        if (values.contains(key))
            qputenv(name, values.value(key).toUtf8());
        else
            qunsetenv(name);
    }
}

void tst_UiLanguage::fromCode_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("expected");  // -1: not a language we ship
    QTest::newRow("ar") << "ar" << int(UiLanguage::Arabic);
    QTest::newRow("ar_SA.UTF-8") << "ar_SA.UTF-8" << int(UiLanguage::Arabic);
    QTest::newRow("ar-EG") << "ar-EG" << int(UiLanguage::Arabic);
    QTest::newRow("AR upper case") << "AR" << int(UiLanguage::Arabic);
    QTest::newRow("en_GB@euro") << "en_GB@euro" << int(UiLanguage::English);
    QTest::newRow("fr_FR") << "fr_FR.UTF-8" << -1;
    QTest::newRow("arabic spelled out") << "arabic" << -1;
    QTest::newRow("empty") << "" << -1;
}

void tst_UiLanguage::fromCode()
{
    QFETCH(QString, code);
    QFETCH(int, expected);
    const auto language = UiLanguages::fromCode(code);
    QCOMPARE(language ? int(*language) : -1, expected);
}

void tst_UiLanguage::fromEnvironment_data()
{
    using Env = QMap<QString, QString>;
    QTest::addColumn<Env>("environment");
    QTest::addColumn<int>("expected");
    const int ar = int(UiLanguage::Arabic), en = int(UiLanguage::English);
    QTest::newRow("nothing set") << Env{} << en;
    QTest::newRow("LANG") << Env{{"LANG", "ar_SA.UTF-8"}} << ar;
    QTest::newRow("LC_MESSAGES beats LANG") << Env{{"LANG", "en_US.UTF-8"}, {"LC_MESSAGES", "ar_SA.UTF-8"}} << ar;
    QTest::newRow("LC_ALL beats LC_MESSAGES") << Env{{"LC_MESSAGES", "ar_SA.UTF-8"}, {"LC_ALL", "en_US.UTF-8"}} << en;
    QTest::newRow("LANGUAGE beats LC_ALL") << Env{{"LC_ALL", "en_US.UTF-8"}, {"LANGUAGE", "ar"}} << ar;
    QTest::newRow("LANGUAGE list, first shipped wins") << Env{{"LANG", "en_US.UTF-8"}, {"LANGUAGE", "fr:ar:en"}} << ar;
    QTest::newRow("LANGUAGE ignored under C") << Env{{"LANG", "C"}, {"LANGUAGE", "ar"}} << en;
    QTest::newRow("LANGUAGE ignored under C.UTF-8") << Env{{"LC_ALL", "C.UTF-8"}, {"LANGUAGE", "ar"}} << en;
    QTest::newRow("unshipped language") << Env{{"LANG", "de_DE.UTF-8"}} << en;
}

void tst_UiLanguage::fromEnvironment()
{
    using Env = QMap<QString, QString>;
    QFETCH(Env, environment);
    QFETCH(int, expected);
    const QByteArray saved[] = {qgetenv("LANGUAGE"), qgetenv("LC_ALL"), qgetenv("LC_MESSAGES"), qgetenv("LANG")};
    setEnvironment(environment);
    const UiLanguage language = UiLanguages::fromEnvironment();
    int i = 0;
    for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}) {
        if (saved[i].isNull())
            qunsetenv(name);
        else
            qputenv(name, saved[i]);
        ++i;
    }
    QCOMPARE(int(language), expected);
}

void tst_UiLanguage::installTranslates()
{
    const auto help = [] { return QCoreApplication::translate("CommandLine", "Show this help."); };
    QCOMPARE(help(), QStringLiteral("Show this help."));
    QVERIFY(Translations::install(UiLanguage::Arabic));
    QCOMPARE(Translations::current(), UiLanguage::Arabic);
    QCOMPARE(help(), QStringLiteral("اعرض هذه المساعدة."));
    // Qt's own catalogue (qt6-translations-l10n), for what WaQtor's does not say itself ...
    QVERIFY(Translations::qtCatalogueLoaded());
    QCOMPARE(QCoreApplication::translate("QMessageBox", "About Qt"), QStringLiteral("عنْ كيوت"));
    // ... and WaQtor's, asked first, for Qt's buttons in the glossary's words (qtbase_ar says «ألغِ»).
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("إلغاء"));
    QVERIFY(Translations::install(UiLanguage::English));
    QCOMPARE(help(), QStringLiteral("Show this help."));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
}

void tst_UiLanguage::everyCatalogueLoads()
{
    for (UiLanguage language : UiLanguages::all())
        QVERIFY2(Translations::install(language), qPrintable(UiLanguages::code(language)));
}

void tst_UiLanguage::digits_data()
{
    QTest::addColumn<int>("language");
    QTest::addColumn<int>("digits");
    QTest::addColumn<QString>("count");
    QTest::newRow("English") << int(UiLanguage::English) << int(DigitStyle::Western) << "1,234,567";
    QTest::newRow("Arabic, Western digits by default") << int(UiLanguage::Arabic) << int(DigitStyle::Western)
                                                       << "1,234,567";
    QTest::newRow("Arabic, Arabic-Indic chosen") << int(UiLanguage::Arabic) << int(DigitStyle::ArabicIndic)
                                                 << "١٬٢٣٤٬٥٦٧";
    QTest::newRow("English has no Arabic-Indic") << int(UiLanguage::English) << int(DigitStyle::ArabicIndic)
                                                 << "1,234,567";
}

void tst_UiLanguage::digits()
{
    QFETCH(int, language);
    QFETCH(int, digits);
    QFETCH(QString, count);
    Translations::install(UiLanguage(language), DigitStyle(digits));
    // %L1 in a translated sentence and QLocale() both format with the default locale.
    QCOMPARE(QStringLiteral("%L1").arg(1234567), count);
    QCOMPARE(QLocale().toString(1234567), count);
    QCOMPARE(QLocale().language(), language == int(UiLanguage::Arabic) ? QLocale::Arabic : QLocale::English);
}

void tst_UiLanguage::datesFollowTheLocale()
{
    const QDateTime when(QDate(2026, 12, 5), QTime(14, 3, 9));
    Translations::install(UiLanguage::Arabic);
    const QString arabic = DisplayFormat::dateTime(when, true);
    QVERIFY2(arabic.contains(QStringLiteral("2026")) && arabic.contains(QStringLiteral("2:03:09")), qPrintable(arabic));
    QVERIFY2(arabic.contains(QStringLiteral("م")), qPrintable(arabic));  // the Arabic PM marker
    QVERIFY2(!arabic.contains(QStringLiteral("PM")), qPrintable(arabic));
    Translations::install(UiLanguage::Arabic, DigitStyle::ArabicIndic);
    const QString indic = DisplayFormat::dateTime(when);
    QVERIFY2(indic.contains(QStringLiteral("٢٠٢٦")) && !indic.contains(u'2'), qPrintable(indic));
    Translations::install(UiLanguage::English);
    QCOMPARE(DisplayFormat::dateTime(when, true, QLocale(QLocale::English, QLocale::UnitedStates)),
             QStringLiteral("12/5/26 2:03:09 PM"));
    QCOMPARE(DisplayFormat::dateTime(QDateTime()), QString());
}

void tst_UiLanguage::isolatedNumbersKeepTheirOrder()
{
    const QString ltr = DisplayFormat::isolated(QStringLiteral("12 / 3 / 40"), Qt::LeftToRight);
    QCOMPARE(ltr.front(), QChar(0x2066));  // LEFT-TO-RIGHT ISOLATE
    QCOMPARE(ltr.back(), QChar(0x2069));
    QCOMPARE(ltr.mid(1, ltr.size() - 2), QStringLiteral("12 / 3 / 40"));
    const QString rtl = DisplayFormat::isolated(QStringLiteral("12 / 3 / 40"), Qt::RightToLeft);
    QCOMPARE(rtl.front(), QChar(0x2067));  // RIGHT-TO-LEFT ISOLATE
    QCOMPARE(rtl.back(), QChar(0x2069));
}

void tst_UiLanguage::sizesAndSharesInTheInterfacesWords_data()
{
    QTest::addColumn<int>("language");
    QTest::addColumn<int>("digits");
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QString>("size");
    QTest::addColumn<double>("share");
    QTest::addColumn<QString>("percent");
    const int en = int(UiLanguage::English), ar = int(UiLanguage::Arabic);
    const int western = int(DigitStyle::Western), indic = int(DigitStyle::ArabicIndic);
    QTest::newRow("en bytes") << en << western << qint64(512) << "512 bytes" << 0.5 << "50.0%";
    QTest::newRow("en no bytes") << en << western << qint64(0) << "0 bytes" << 0.0 << "0.0%";
    QTest::newRow("en KB") << en << western << qint64(1536) << "1.5 KB" << 0.125 << "12.5%";
    QTest::newRow("en MB") << en << western << qint64(200) * 1024 * 1024 << "200 MB" << 0.999 << "99.9%";
    QTest::newRow("en GB") << en << western << qint64(3) * 1024 * 1024 * 1024 << "3.0 GB" << 1.0 << "100.0%";
    // The unit is a word of the interface, never KiB; the sign is glued to the number (no space), so a
    // right-to-left sentence keeps it beside its number.
    QTest::newRow("ar MB") << ar << western << qint64(200) * 1024 * 1024 << "200 ميغابايت" << 0.125 << "12.5٪";
    QTest::newRow("ar KB, indic") << ar << indic << qint64(1536) << "١٫٥ كيلوبايت" << 0.125 << "١٢٫٥٪";
}

void tst_UiLanguage::sizesAndSharesInTheInterfacesWords()
{
    QFETCH(int, language);
    QFETCH(int, digits);
    QFETCH(qint64, bytes);
    QFETCH(QString, size);
    QFETCH(double, share);
    QFETCH(QString, percent);
    QVERIFY(Translations::install(UiLanguage(language), DigitStyle(digits)));
    QCOMPARE(DisplayFormat::dataSize(bytes), size);
    QCOMPARE(DisplayFormat::percent(share), percent);
}

void tst_UiLanguage::dataDigits_data()
{
    QTest::addColumn<int>("digits");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("shown");
    const int western = int(DigitStyle::Western), indic = int(DigitStyle::ArabicIndic);
    QTest::newRow("phone, Western") << western << "+966 50 123 4567" << "+966 50 123 4567";
    QTest::newRow("phone, Arabic-Indic") << indic << "+966 50 123 4567" << "+٩٦٦ ٥٠ ١٢٣ ٤٥٦٧";
    QTest::newRow("amount, Arabic-Indic") << indic << "20.50" << "٢٠.٥٠";
    // Someone's text keeps the digits they typed: changing them would change what they wrote.
    QTest::newRow("Arabic text with digits") << indic << "خصم 20٪" << "خصم 20٪";
    QTest::newRow("e-mail") << indic << "user1@example.com" << "user1@example.com";
    QTest::newRow("empty") << indic << "" << "";
}

void tst_UiLanguage::dataDigits()
{
    QFETCH(int, digits);
    QFETCH(QString, value);
    QFETCH(QString, shown);
    Translations::install(UiLanguage::Arabic, DigitStyle(digits));
    QCOMPARE(DisplayFormat::data(value), shown);
}

QTEST_GUILESS_MAIN(tst_UiLanguage)
#include "tst_uilanguage.moc"

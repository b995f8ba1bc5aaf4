// waqtor-db speaks the user's language: the system locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) picks
// the catalogue, --lang overrides it, and help, Qt's parser errors and WaQtor's own errors all follow.

#include "clirunner.h"

#include <QRegularExpression>
#include <QTest>

class tst_CliLanguage : public QObject
{
    Q_OBJECT

private slots:
    void language_data();
    void language();
};

void tst_CliLanguage::language_data()
{
    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("phrases");  // on stdout for exit 0, on stderr otherwise
    QTest::addColumn<bool>("arabic");          // Arabic letters in the output at all

    auto row = [](const char *name, const QStringList &env, const QStringList &arguments, int exitCode,
                  const QStringList &phrases, bool arabic) {
        QTest::newRow(name) << env << arguments << exitCode << phrases << arabic;
    };
    const QStringList arabicLang = {"LANG=ar_SA.UTF-8"};
    row("--help under LANG=ar_SA", arabicLang, {"--help"}, 0,
        {"الاستخدام: waqtor-db [--env-file PATH] [--lang LANGUAGE]", "الأوامر:", "اسرد الحسابات."}, true);
    row("command help under LANG=ar_SA", arabicLang, {"list-users", "--help"}, 0, {"اعرض هذه المساعدة.", "--json"}, true);
    row("--lang en overrides LANG", arabicLang, {"--lang", "en", "--help"}, 0, {"List the accounts."}, false);
    row("--lang=ar under C", {"LANG=C.UTF-8"}, {"--lang=ar", "--help"}, 0, {"اسرد الحسابات."}, true);
    row("LANGUAGE list", {"LANG=en_US.UTF-8", "LANGUAGE=fr:ar"}, {"--help"}, 0, {"اسرد الحسابات."}, true);
    row("LC_ALL beats LANG", {"LANG=ar_SA.UTF-8", "LC_ALL=en_US.UTF-8"}, {"--help"}, 0, {"List the accounts."}, false);
    row("unknown command, in Arabic", arabicLang, {"no-such-command"}, 1, {"«no-such-command»"}, true);
    row("Qt's parser error, in Arabic", arabicLang, {"list-users", "--no-such-option"}, 1, {"no-such-option"}, true);
    row("bad --lang value", {"LANG=C.UTF-8"}, {"--lang", "xx", "list-users"}, 1, {"Unknown language \"xx\""}, false);
    row("bad --lang value, said in Arabic", arabicLang, {"--lang", "xx", "list-users"}, 1, {"اللغة «xx» غير معروفة"}, true);
}

void tst_CliLanguage::language()
{
    QFETCH(QStringList, environment);
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QStringList, phrases);
    QFETCH(bool, arabic);
    const CliRunner::Run r = CliRunner(environment).run(arguments);
    const QString shown = exitCode == 0 ? r.out : r.err;
    QVERIFY2(!r.crashed, qPrintable(r.err));
    QVERIFY2(r.exitCode == exitCode, qPrintable(r.out + r.err));
    for (const QString &phrase : phrases)
        QVERIFY2(shown.contains(phrase), qPrintable(QStringLiteral("missing «%1» in:\n%2").arg(phrase, shown)));
    static const QRegularExpression arabicLetter(QStringLiteral("[\\x{0621}-\\x{064A}]"));
    QVERIFY2(shown.contains(arabicLetter) == arabic, qPrintable(shown));
}

QTEST_GUILESS_MAIN(tst_CliLanguage)
#include "tst_cli_language.moc"

#include "accounts/passwordhasher.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <crypt.h>

/** PasswordHasher against hashes made by Node (bcryptjs, bcrypt) and against hostile input. */
class tst_PasswordHasher : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void vectorFileCoversEveryMaker();
    void vectorVerifies_data();
    void vectorVerifies();
    void wrongPasswordRejected_data();
    void wrongPasswordRejected();
    void onlyFirst72BytesCount_data();
    void onlyFirst72BytesCount();

    void hashHasNodeFormat();
    void hashesAreSalted();
    void costHonoured_data();
    void costHonoured();
    void costOutOfRangeGivesEmpty_data();
    void costOutOfRangeGivesEmpty();
    void roundTrip_data();
    void roundTrip();

    void nonBcryptSamplesAreGenuine();
    void malformedHashNeverMatches_data();
    void malformedHashNeverMatches();
    void nulInPasswordNeverMatchesPrefix_data();
    void nulInPasswordNeverMatchesPrefix();

    void looksLikeBcrypt_data();
    void looksLikeBcrypt();

private:
    QJsonArray m_vectors;
    QString m_goodHash; // "password123", cost 4: cheap base for the malformed variants
};

namespace {

const QString kPassword = QStringLiteral("password123");
// Genuine crypt(3) hashes of kPassword: verify must refuse them because they are not bcrypt.
const char kMd5Crypt[] = "$1$waqtor$HPqGrWqOnqJQIrEAVzxpc/";
const char kSha512Crypt[] = "$6$waqtorsalt$7mzlabZiokzhpyWc4ILxPYvD.BAXbLCtRbPC.g9qJgzd98qUjOf"
                            "oQRIe5xL8jrY2QnwaTOhao3SKyLRUMNrXz.";

QString nul()
{
    return QString(QChar(u'\0'));
}

// Works on code points so an emoji's surrogate pair is replaced whole, not split.
QString withCodePointReplaced(const QString &text, qsizetype index)
{
    QList<uint> codePoints = text.toUcs4();
    codePoints[index] = codePoints[index] == u'x' ? u'y' : u'x';
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData()),
                             codePoints.size());
}

// bcrypt reads at most 72 bytes, so appending to such a password does not change it.
bool fillsBcryptInput(const QString &password)
{
    return password.toUtf8().size() >= 72;
}

QString str(const QJsonValue &value)
{
    return value.toString();
}

} // namespace

void tst_PasswordHasher::initTestCase()
{
    QFile file(QStringLiteral(WAQTOR_TEST_DATA_DIR "/bcrypt-vectors.json"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(document.isArray());
    m_vectors = document.array();
    QVERIFY(!m_vectors.isEmpty());

    m_goodHash = PasswordHasher::hash(kPassword, 4);
    QVERIFY(PasswordHasher::verify(kPassword, m_goodHash));
}

void tst_PasswordHasher::vectorFileCoversEveryMaker()
{
    QSet<QString> makers;
    QSet<QString> prefixes;
    for (const QJsonValue &value : std::as_const(m_vectors)) {
        const QJsonObject vector = value.toObject();
        QVERIFY2(vector.value(QStringLiteral("verified_by_node")).toBool(),
                 qPrintable(str(vector.value(QStringLiteral("hash")))));
        makers.insert(str(vector.value(QStringLiteral("made_by"))));
        prefixes.insert(str(vector.value(QStringLiteral("hash"))).left(4));
    }
    const QSet<QString> expectedMakers{QStringLiteral("bcryptjs"), QStringLiteral("bcrypt"),
                                       QStringLiteral("libxcrypt")};
    const QSet<QString> expectedPrefixes{QStringLiteral("$2a$"), QStringLiteral("$2b$"),
                                         QStringLiteral("$2y$")};
    QCOMPARE(makers, expectedMakers);
    QCOMPARE(prefixes, expectedPrefixes);
}

void tst_PasswordHasher::vectorVerifies_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("hash");
    for (int i = 0; i < m_vectors.size(); ++i) {
        const QJsonObject vector = m_vectors.at(i).toObject();
        const QString hash = str(vector.value(QStringLiteral("hash")));
        QTest::addRow("#%02d %s %s", i, qPrintable(str(vector.value(QStringLiteral("made_by")))),
                      qPrintable(hash.left(7)))
                << str(vector.value(QStringLiteral("password"))) << hash;
    }
}

void tst_PasswordHasher::vectorVerifies()
{
    QFETCH(QString, password);
    QFETCH(QString, hash);
    QVERIFY(PasswordHasher::looksLikeBcrypt(hash));
    QVERIFY2(PasswordHasher::verify(password, hash), qPrintable(password + u' ' + hash));
}

void tst_PasswordHasher::wrongPasswordRejected_data()
{
    QTest::addColumn<QString>("wrongPassword");
    QTest::addColumn<QString>("hash");
    for (int i = 0; i < m_vectors.size(); ++i) {
        const QJsonObject vector = m_vectors.at(i).toObject();
        const QString password = str(vector.value(QStringLiteral("password")));
        const QString hash = str(vector.value(QStringLiteral("hash")));
        if (!fillsBcryptInput(password))
            QTest::addRow("#%02d plus x", i) << password + u'x' << hash;
        if (!password.isEmpty()) {
            QTest::addRow("#%02d first char changed", i) << withCodePointReplaced(password, 0) << hash;
            QTest::addRow("#%02d last char changed", i)
                    << withCodePointReplaced(password, password.toUcs4().size() - 1) << hash;
        }
    }
}

void tst_PasswordHasher::wrongPasswordRejected()
{
    QFETCH(QString, wrongPassword);
    QFETCH(QString, hash);
    QVERIFY2(!PasswordHasher::verify(wrongPassword, hash), qPrintable(wrongPassword + u' ' + hash));
}

// Node truncates the same way; if this ever fails, hashes stop being interchangeable.
void tst_PasswordHasher::onlyFirst72BytesCount_data()
{
    QTest::addColumn<QString>("longerPassword");
    QTest::addColumn<QString>("hash");
    for (int i = 0; i < m_vectors.size(); ++i) {
        const QJsonObject vector = m_vectors.at(i).toObject();
        const QString password = str(vector.value(QStringLiteral("password")));
        if (fillsBcryptInput(password))
            QTest::addRow("#%02d", i) << password + QStringLiteral("ignored")
                                      << str(vector.value(QStringLiteral("hash")));
    }
}

void tst_PasswordHasher::onlyFirst72BytesCount()
{
    QFETCH(QString, longerPassword);
    QFETCH(QString, hash);
    QVERIFY(PasswordHasher::verify(longerPassword, hash));
}

void tst_PasswordHasher::hashHasNodeFormat()
{
    const QString hash = PasswordHasher::hash(kPassword);
    static const QRegularExpression format(QRegularExpression::anchoredPattern(
            QStringLiteral("\\$2b\\$10\\$[./A-Za-z0-9]{53}")));
    QVERIFY2(format.match(hash).hasMatch(), qPrintable(hash));
    QVERIFY(PasswordHasher::looksLikeBcrypt(hash));
    QVERIFY(PasswordHasher::verify(kPassword, hash));
}

void tst_PasswordHasher::hashesAreSalted()
{
    const QString first = PasswordHasher::hash(kPassword, 4);
    const QString second = PasswordHasher::hash(kPassword, 4);
    QVERIFY(!first.isEmpty());
    QVERIFY(!second.isEmpty());
    QVERIFY(first != second);
    QVERIFY(PasswordHasher::verify(kPassword, first));
    QVERIFY(PasswordHasher::verify(kPassword, second));
}

void tst_PasswordHasher::costHonoured_data()
{
    QTest::addColumn<int>("cost");
    QTest::addColumn<QString>("prefix");
    QTest::newRow("4") << 4 << QStringLiteral("$2b$04$");
    QTest::newRow("5") << 5 << QStringLiteral("$2b$05$");
    QTest::newRow("11") << 11 << QStringLiteral("$2b$11$");
}

void tst_PasswordHasher::costHonoured()
{
    QFETCH(int, cost);
    QFETCH(QString, prefix);
    const QString hash = PasswordHasher::hash(kPassword, cost);
    QVERIFY2(hash.startsWith(prefix), qPrintable(hash));
    QCOMPARE(hash.size(), 60);
    QVERIFY(PasswordHasher::verify(kPassword, hash));
}

void tst_PasswordHasher::costOutOfRangeGivesEmpty_data()
{
    QTest::addColumn<int>("cost");
    QTest::newRow("0 (libxcrypt's 'default')") << 0;
    QTest::newRow("3") << 3;
    QTest::newRow("32") << 32;
    QTest::newRow("-1") << -1;
}

void tst_PasswordHasher::costOutOfRangeGivesEmpty()
{
    QFETCH(int, cost);
    QVERIFY(PasswordHasher::hash(kPassword, cost).isEmpty());
}

void tst_PasswordHasher::roundTrip_data()
{
    QTest::addColumn<QString>("password");
    QTest::newRow("empty") << QString();
    QTest::newRow("quotes and backslashes") << QStringLiteral("a'b\"c\\d");
    QTest::newRow("arabic") << QStringLiteral("كلمة السر ٢٠٢٦");
    QTest::newRow("emoji") << QStringLiteral("🔐 secret 🗝️");
    QTest::newRow("100 chars") << QString(100, u'z');
}

void tst_PasswordHasher::roundTrip()
{
    QFETCH(QString, password);
    const QString hash = PasswordHasher::hash(password, 4);
    QVERIFY(PasswordHasher::verify(password, hash));
    QVERIFY(!PasswordHasher::verify(password + u'!', hash) || fillsBcryptInput(password));
}

// Otherwise the md5/sha512 rows below would pass for the wrong reason.
void tst_PasswordHasher::nonBcryptSamplesAreGenuine()
{
    const QByteArray password = kPassword.toUtf8();
    QCOMPARE(QByteArray(crypt(password.constData(), kMd5Crypt)), QByteArray(kMd5Crypt));
    QCOMPARE(QByteArray(crypt(password.constData(), kSha512Crypt)), QByteArray(kSha512Crypt));
}

void tst_PasswordHasher::malformedHashNeverMatches_data()
{
    QTest::addColumn<QString>("hash");

    const QString tail = m_goodHash.mid(7); // 22 salt + 31 digest characters
    QString badAlphabet = m_goodHash;
    badAlphabet[40] = u'!';
    QString nonAsciiAlphabet = m_goodHash;
    nonAsciiAlphabet[40] = u'é';

    QTest::newRow("empty") << QString();
    QTest::newRow("not-a-hash") << QStringLiteral("not-a-hash");
    QTest::newRow("prefix only") << QStringLiteral("$2b$04$");
    QTest::newRow("truncated") << m_goodHash.left(59);
    QTest::newRow("one char too long") << m_goodHash + u'a';
    QTest::newRow("trailing newline") << m_goodHash + u'\n';
    QTest::newRow("leading space") << u' ' + m_goodHash;
    QTest::newRow("cost 99") << QStringLiteral("$2b$99$") + tail;
    QTest::newRow("cost 03") << QStringLiteral("$2b$03$") + tail;
    QTest::newRow("cost 32") << QStringLiteral("$2b$32$") + tail;
    QTest::newRow("arabic-indic cost") << QStringLiteral("$2b$٠٤$") + tail;
    // $2x$ is crypt_blowfish's deliberately buggy mode; libxcrypt would verify it.
    QTest::newRow("$2x$ prefix") << QStringLiteral("$2x$") + m_goodHash.mid(4);
    QTest::newRow("$2$ prefix") << QStringLiteral("$2$04$") + tail;
    QTest::newRow("md5-crypt, right password") << QString::fromLatin1(kMd5Crypt);
    QTest::newRow("sha512-crypt, right password") << QString::fromLatin1(kSha512Crypt);
    QTest::newRow("invalid alphabet char") << badAlphabet;
    QTest::newRow("non-ASCII char") << nonAsciiAlphabet;
    QTest::newRow("failure token *0") << QStringLiteral("*0");
    QTest::newRow("failure token *1") << QStringLiteral("*1");
}

void tst_PasswordHasher::malformedHashNeverMatches()
{
    QFETCH(QString, hash);
    QVERIFY(!PasswordHasher::verify(kPassword, hash));
    QVERIFY(!PasswordHasher::verify(QString(), hash));
}

void tst_PasswordHasher::nulInPasswordNeverMatchesPrefix_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("withNul");
    QTest::newRow("nul in the middle") << QStringLiteral("abc") << QStringLiteral("abc") + nul() + QStringLiteral("def");
    QTest::newRow("nul at the end") << QStringLiteral("abc") << QStringLiteral("abc") + nul();
    QTest::newRow("nul only") << QString() << nul();
}

void tst_PasswordHasher::nulInPasswordNeverMatchesPrefix()
{
    QFETCH(QString, prefix);
    QFETCH(QString, withNul);
    const QString hash = PasswordHasher::hash(prefix, 4);
    QVERIFY(PasswordHasher::verify(prefix, hash));
    QVERIFY(!PasswordHasher::verify(withNul, hash));
    // Hashing it would silently store the hash of the prefix.
    QVERIFY(PasswordHasher::hash(withNul, 4).isEmpty());
}

void tst_PasswordHasher::looksLikeBcrypt_data()
{
    QTest::addColumn<QString>("hash");
    QTest::addColumn<bool>("expected");
    // 22 salt + 31 digest characters.
    const QString tail = QStringLiteral("abcdefghijklmnopqrstuv./ABCDEFGHIJKLMNOPQRSTUVWXYZ012");

    QTest::newRow("$2a$") << QStringLiteral("$2a$10$") + tail << true;
    QTest::newRow("$2b$") << QStringLiteral("$2b$10$") + tail << true;
    QTest::newRow("$2y$") << QStringLiteral("$2y$10$") + tail << true;
    QTest::newRow("cost 04") << QStringLiteral("$2b$04$") + tail << true;
    QTest::newRow("cost 31") << QStringLiteral("$2b$31$") + tail << true;
    QTest::newRow("cost 03") << QStringLiteral("$2b$03$") + tail << false;
    QTest::newRow("cost 32") << QStringLiteral("$2b$32$") + tail << false;
    QTest::newRow("cost 99") << QStringLiteral("$2b$99$") + tail << false;
    QTest::newRow("one-digit cost") << QStringLiteral("$2b$4$") + tail << false;
    QTest::newRow("arabic-indic cost") << QStringLiteral("$2b$١٠$") + tail << false;
    QTest::newRow("$2x$") << QStringLiteral("$2x$10$") + tail << false;
    QTest::newRow("$2B$") << QStringLiteral("$2B$10$") + tail << false;
    QTest::newRow("$2$") << QStringLiteral("$2$10$") + tail << false;
    QTest::newRow("59 chars") << QStringLiteral("$2b$10$") + tail.chopped(1) << false;
    QTest::newRow("61 chars") << QStringLiteral("$2b$10$") + tail + u'a' << false;
    QTest::newRow("trailing newline") << QStringLiteral("$2b$10$") + tail + u'\n' << false;
    QTest::newRow("'+' in tail") << QStringLiteral("$2b$10$+") + tail.mid(1) << false;
    QTest::newRow("sha512-crypt") << QStringLiteral("$6$salt$hash") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("*0") << QStringLiteral("*0") << false;
}

void tst_PasswordHasher::looksLikeBcrypt()
{
    QFETCH(QString, hash);
    QFETCH(bool, expected);
    QCOMPARE(PasswordHasher::looksLikeBcrypt(hash), expected);
}

QTEST_GUILESS_MAIN(tst_PasswordHasher)
#include "tst_passwordhasher.moc"

#include "accounts/passwordhasher.h"

#include <QRegularExpression>

#include <crypt.h>
#include <string.h>

#include <cstddef>
#include <memory>

namespace {

// crypt_r's scratch area ends up holding key material derived from the password.
struct CryptDataWiper
{
    void operator()(crypt_data *data) const
    {
        explicit_bzero(data, sizeof *data);
        delete data;
    }
};
using CryptData = std::unique_ptr<crypt_data, CryptDataWiper>;

// Value-initialised, i.e. all zero: crypt_r relies on that for its first call.
// About 32 KiB, hence the heap rather than the stack.
CryptData newCryptData()
{
    return CryptData(new crypt_data{});
}

// Keeps the UTF-8 copy of a password from outliving its use. Never copied, so data()
// does not detach and the wipe reaches the bytes crypt_r actually read.
class SecretBytes
{
public:
    explicit SecretBytes(const QString &text) : m_bytes(text.toUtf8()) {}
    ~SecretBytes()
    {
        if (!m_bytes.isEmpty())
            explicit_bzero(m_bytes.data(), static_cast<size_t>(m_bytes.size()));
    }
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;

    const char *constData() const { return m_bytes.constData(); }

private:
    QByteArray m_bytes;
};

// A plain memcmp returns at the first difference and so leaks how much of a hash matched.
bool equalInConstantTime(const char *a, const char *b, size_t length)
{
    volatile unsigned char difference = 0;
    for (size_t i = 0; i < length; ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

// crypt(3) reads a C string, so "abc\0def" would silently be hashed as "abc".
bool hasNul(const QString &password)
{
    return password.contains(QChar(u'\0'));
}

// libxcrypt signals failure with NULL or a string starting with '*' (e.g. "*0").
bool cryptFailed(const char *output)
{
    return output == nullptr || output[0] == '*';
}

} // namespace

QString PasswordHasher::hash(const QString &password, int cost)
{
    // crypt_gensalt treats cost 0 as "pick a default", so the range check must be ours.
    if (cost < MinCost || cost > MaxCost || hasNul(password))
        return {};

    char setting[CRYPT_GENSALT_OUTPUT_SIZE];
    if (!crypt_gensalt_rn("$2b$", static_cast<unsigned long>(cost), nullptr, 0, setting,
                          sizeof setting))
        return {};

    const SecretBytes secret(password);
    const CryptData data = newCryptData();
    const char *output = crypt_r(secret.constData(), setting, data.get());
    if (cryptFailed(output))
        return {};
    return QString::fromLatin1(output);
}

bool PasswordHasher::verify(const QString &password, const QString &storedHash)
{
    // crypt_r would also accept $1$, $6$, yescrypt...; only bcrypt is a valid user hash.
    if (hasNul(password) || !looksLikeBcrypt(storedHash))
        return false;

    const QByteArray expected = storedHash.toLatin1();
    const SecretBytes secret(password);
    const CryptData data = newCryptData();
    const char *output = crypt_r(secret.constData(), expected.constData(), data.get());
    if (cryptFailed(output))
        return false;

    const size_t length = strlen(output);
    if (length != static_cast<size_t>(expected.size()))
        return false;
    return equalInConstantTime(output, expected.constData(), length);
}

bool PasswordHasher::looksLikeBcrypt(const QString &storedHash)
{
    // anchoredPattern, not ^...$: '$' would also match before a trailing newline.
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(
            QStringLiteral("\\$2[aby]\\$([0-9]{2})\\$[./A-Za-z0-9]{53}")));
    const QRegularExpressionMatch match = pattern.match(storedHash);
    if (!match.hasMatch())
        return false;
    const int cost = match.capturedView(1).toInt();
    return cost >= MinCost && cost <= MaxCost;
}

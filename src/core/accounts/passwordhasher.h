#pragma once

#include <QByteArray>
#include <QString>

/**
 * bcrypt through the system's libxcrypt, producing the hashes Node's bcrypt/bcryptjs make
 * ($2b$, cost 10 by default) and verifying theirs ($2a$, $2b$, $2y$).
 */
class PasswordHasher
{
public:
    static constexpr int DefaultCost = 10;
    static constexpr int MinCost = 4;
    static constexpr int MaxCost = 31;

    // Returns an empty string if libcrypt fails (no entropy), the cost is outside 4..31 or the
    // password contains a NUL (crypt would hash only its prefix); check isEmpty().
    static QString hash(const QString &password, int cost = DefaultCost);
    // False for a wrong password and for any malformed or unsupported hash; never throws.
    static bool verify(const QString &password, const QString &storedHash);
    // True for a well-formed $2a$/$2b$/$2y$ bcrypt hash (60 characters).
    static bool looksLikeBcrypt(const QString &storedHash);
};

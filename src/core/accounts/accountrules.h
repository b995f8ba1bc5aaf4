#pragma once

#include "foundation/result.h"

#include <QStringList>

/** What an account's email, role and password must look like, each refusal as a clear sentence. */
class AccountRules
{
public:
    static constexpr int MinPasswordBytes = 8;
    static constexpr int MaxPasswordBytes = 72;  // bcrypt ignores every byte past the 72nd
    static constexpr int MaxEmailLength = 255;   // users.email is VARCHAR(255)
    static constexpr int MaxNameLength = 255;

    static QStringList roles();  // admin, user, viewer
    // The role in the interface's language ("Admin", "مسؤول"); an unknown stored value as it is.
    static QString roleText(const QString &role);

    // Trimmed and lower-cased on success.
    static Result<QString> normaliseEmail(const QString &email);
    // Lower-cased on success.
    static Result<QString> normaliseRole(const QString &role);
    static Status checkPassword(const QString &password);
    static Status checkName(const QString &name);
};

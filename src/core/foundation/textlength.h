#pragma once

#include "foundation/result.h"

#include <QStringView>

/**
 * Text lengths as PostgreSQL counts them in a VARCHAR(n): characters (code points), so an emoji is
 * one, not the two UTF-16 units QString::size() counts. Every length rule on a name uses this, so
 * create-user, the import and the dialogs accept and refuse the same names.
 */
class TextLength
{
public:
    static constexpr int VarcharLimit = 255;  // the schema's VARCHAR(255) names and emails

    static qsizetype characters(QStringView text);
    // "The name is 300 characters long; the most is 255." when `name` is longer than `limit`.
    static Status checkName(QStringView name, qsizetype limit = VarcharLimit);
};

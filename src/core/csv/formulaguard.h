#pragma once

#include <QString>

/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab or CR) as a formula; a leading ' makes it
 * text. One rule for every CSV we write: exports apply it inside their SELECT (sqlExpression), import
 * error files in C++ (guarded), and the importer takes it off again (unguarded). An E.164 phone number
 * (+ and 7 to 15 digits) is left alone: it is a phone number, and spreadsheets read it as one.
 */
class FormulaGuard
{
public:
    static QString guarded(const QString &cell);
    // A text SQL expression with the guard applied to its value.
    static QString sqlExpression(const QString &textExpression);
    // A cell one of our files guarded, as it was.
    static QString unguarded(const QString &cell);
};

#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

/** How data is written on screen, the one digit rule of every view: numbers, dates and times the app
 *  formats, and data made only of digits and signs (a phone number, a count, an amount), are written in the
 *  interface locale's digits: Western unless the user chose Arabic-Indic for the Arabic interface. Text
 *  with letters (names, e-mails, message texts, identifiers) is shown exactly as stored. Dates and times
 *  take the locale's format on screen while what is stored and exported stays ISO; runs of numbers that
 *  must read the same in both directions are isolated left to right. */
namespace DisplayFormat {

// The locale's short date and time, e.g. 12/5/26 2:03 PM (en_US) or 5‏/12‏/2026 2:03 م (ar, Western
// digits); `seconds` adds them for audit times (created/updated) where they matter.
QString dateTime(const QDateTime &value, bool seconds = false, const QLocale &locale = QLocale());

// `text` with its Western digits written in `locale`'s digits (unchanged when those are Western).
QString digits(const QString &text, const QLocale &locale = QLocale());

// A data value as a cell shows it: digits() when it has no letter (a phone, a count, an amount), else as
// stored, since changing the digits inside someone's text would change what they wrote.
QString data(const QString &text, const QLocale &locale = QLocale());

// Wraps text in a directional isolate of the interface's direction, so a list of numbers such as
// "sent / failed / total" is ordered the way its header reads: first number on the left in English,
// on the right in Arabic, whatever the cell's own content direction decides for its alignment.
// A size on disk in the interface's words and digits ("1.5 MB", "١٫٥ ميغابايت"), powers of 1024 with the
// units people know from file managers; QLocale's IEC units (KiB) have no Arabic names.
QString dataSize(qint64 bytes);

// A share such as 0.125 as "12.5%" with the sign glued to the number, so the bidi algorithm keeps it on the
// number's side in a right-to-left sentence ("12.5 %" would put the sign before the number in Arabic).
QString percent(double share);

QString isolated(const QString &text, Qt::LayoutDirection readingDirection);

} // namespace DisplayFormat

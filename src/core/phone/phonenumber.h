#pragma once

#include "foundation/result.h"

#include <QString>

/**
 * Normalises phone numbers to E.164 (+ and digits) with libphonenumber. Thread-safe (used from worker
 * threads): it keeps no mutable state, and libphonenumber's PhoneNumberUtil is a read-only singleton.
 *
 * Accepted and cleaned before parsing: spaces (including NBSP), dashes, dots, parentheses and slashes;
 * invisible direction marks and other format characters (U+200E/U+200F, U+202A-U+202E, ...) common
 * in copied Arabic text; Arabic-Indic, Extended Arabic-Indic (Persian) and full-width digits; a
 * leading "00" international prefix; a "tel:" prefix; a WhatsApp id such as "966501234567@c.us".
 * Refused: empty input, input longer than MaxInputLength, letters, and extensions (WhatsApp has none).
 */
class PhoneNumber
{
public:
    static constexpr int MaxInputLength = 40;  // characters of raw input, before any cleaning

    // region: ISO 3166 alpha-2 ("SA", "EG", "DE", "US"), case-insensitive; empty = none.
    // Numbers written with + or 00 (and WhatsApp ids) need no region; others without a region are
    // refused with "no region given". A national number is always read as a number of `region`.
    static Result<QString> toE164(const QString &input, const QString &region = {});
    // ^\+[1-9]\d{6,14}$, valid per libphonenumber, and already in canonical E.164 form.
    static bool isE164(const QString &text);
    // A two-letter region libphonenumber has metadata for; case-insensitive.
    static bool isKnownRegion(const QString &region);
    // What a person typed, read as characters of a number: invisible format characters (LRM/RLM,
    // LRE..RLO, isolates, zero-width space, BOM, Arabic letter mark) dropped, every decimal digit
    // (Arabic-Indic, Persian, full-width, ...) made ASCII and the full-width plus '+'; the rest kept.
    static QString cleaned(const QString &input);
    // The region's country calling code (966 for SA); 0 for an unknown region.
    static int callingCode(const QString &region);
};

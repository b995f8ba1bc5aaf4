#pragma once

#include <QString>

#include <optional>

/**
 * What a phone number typed into a page's search means. A whole number is an exact match on its E.164
 * form (the B-tree indexes). Part of one (three digits or more) matches numbers containing those
 * digits when the pg_trgm indexes of migration 0010 exist; without them, numbers starting with it
 * (its E.164 prefix: "0501" in SA is "+966501"), which the B-tree indexes serve as a range.
 */
struct PhoneSearch
{
    enum class Kind { Exact, Contains, Prefix };
    Kind kind = Kind::Exact;
    QString value;  // Exact: "+966501234567"; Contains: "5012"; Prefix: "+96650"

    static constexpr int MinimumDigits = 3;

    // nullopt when `typed` is neither a number nor part of one (letters, or fewer than three digits).
    // `region` reads national numbers; `trigramIndexed`: the column has its pg_trgm index.
    static std::optional<PhoneSearch> parse(const QString &typed, const QString &region, bool trigramIndexed);

    // The condition on `column` (e.g. "recipients.phone_number") with `placeholder` bound to value.
    QString condition(const QString &column, const QString &placeholder) const;
};

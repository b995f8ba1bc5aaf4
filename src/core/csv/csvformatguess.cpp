#include "csv/csvformatguess.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace {

// A cell that looks like data rather than a column name: a number, a date, an e-mail address, or
// something with a long digit run (phone numbers, ids).
bool isDataLike(const QString &cell)
{
    const QString t = cell.trimmed();
    if (t.isEmpty())
        return false;
    int run = 0, longest = 0, digits = 0;
    bool phoneChars = true;
    for (const QChar c : t) {
        if (c.isDigit()) {
            ++digits;
            longest = std::max(longest, ++run);
        } else {
            run = 0;
            if (!QStringView(u" +-().").contains(c))
                phoneChars = false;
        }
    }
    if (longest >= 6 || (phoneChars && digits >= 6))
        return true;
    bool isNumber = false;
    t.toDouble(&isNumber);
    if (isNumber && digits > 0)  // toDouble also takes "nan" and "inf", which may well be names
        return true;
    static const QRegularExpression date(QStringLiteral(R"(^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}(\D|$))"));
    static const QRegularExpression email(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    return date.match(t).hasMatch() || email.match(t).hasMatch();
}

} // namespace

QChar CsvFormatGuess::delimiter(QStringView sample)
{
    static const char16_t candidates[] = {u',', u';', u'\t', u'|'};
    constexpr int maxRecords = 50;
    QChar best = u',';
    int bestAgreeing = 0;
    for (const char16_t candidate : candidates) {
        QHash<int, int> frequency;  // field count -> records with it
        int records = 0;
        int fields = 1;
        bool inQuotes = false;
        bool content = false;
        // A doubled quote toggles twice, which leaves the state right without special handling.
        for (qsizetype i = 0; i < sample.size() && records < maxRecords; ++i) {
            const QChar c = sample.at(i);
            if (inQuotes) {
                inQuotes = c != u'"';
            } else if (c == u'\n' || c == u'\r') {
                if (content) {
                    ++frequency[fields];
                    ++records;
                }
                fields = 1;
                content = false;
            } else {
                content = true;
                if (c == u'"')
                    inQuotes = true;
                else if (c == candidate)
                    ++fields;
            }
        }
        if (content && !inQuotes && records < maxRecords)
            ++frequency[fields];
        int mode = 0, agreeing = 0;
        for (auto it = frequency.cbegin(); it != frequency.cend(); ++it) {
            if (it.value() > agreeing || (it.value() == agreeing && it.key() > mode)) {
                mode = it.key();
                agreeing = it.value();
            }
        }
        if (mode > 1 && agreeing > bestAgreeing) {
            best = QChar(candidate);
            bestAgreeing = agreeing;
        }
    }
    return best;
}

bool CsvFormatGuess::isHeader(const QStringList &first, const QStringList &second,
                              const std::function<bool(const QString &)> &knownColumnName)
{
    if (knownColumnName) {
        for (const QString &cell : first) {
            if (knownColumnName(cell.trimmed()))
                return true;
        }
    }
    return std::none_of(first.cbegin(), first.cend(), isDataLike)
        && std::any_of(second.cbegin(), second.cend(), isDataLike);
}

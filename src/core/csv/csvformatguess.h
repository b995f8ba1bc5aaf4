#pragma once

#include <QStringList>
#include <QStringView>

#include <functional>

/** What a CSV sample says about its own format: which delimiter it uses, and whether row one is a header. */
namespace CsvFormatGuess {
// Among , ; tab |: the one that splits most of the sample's first records into the same number (> 1)
// of fields, quotes respected; ',' when none does.
QChar delimiter(QStringView sample);
// True when `first` names columns for rows like `second`: one of its cells is a known column name, or
// none of its cells looks like data (numbers, dates, emails, digit runs) while `second` has such a cell.
bool isHeader(const QStringList &first, const QStringList &second,
              const std::function<bool(const QString &)> &knownColumnName = {});
}

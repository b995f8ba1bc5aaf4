#include "foundation/textlength.h"

#include <QCoreApplication>

namespace {

// Gives lupdate and the translator one context for this file's sentences.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TextLength)
};

} // namespace

qsizetype TextLength::characters(QStringView text)
{
    qsizetype n = text.size();
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && text.at(i + 1).isLowSurrogate()) {
            --n;  // a pair is one character
            ++i;
        }
    }
    return n;
}

Status TextLength::checkName(QStringView name, qsizetype limit)
{
    const qsizetype length = characters(name);
    if (length > limit)
        return Error::invalid(Tr::tr("The name is %1 characters long; the most is %2.").arg(length).arg(limit));
    return {};
}

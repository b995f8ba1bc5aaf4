#include "theme/joinedmnemonicstyle.h"

#include <QPainter>
#include <QTextLayout>

namespace {

// Whether `c` reaches out to the letter after it (in logical order), and whether it accepts one before it.
bool joinsForward(QChar c)
{
    const QChar::JoiningType t = c.joiningType();
    return t == QChar::Joining_Dual || t == QChar::Joining_Causing || t == QChar::Joining_Left;
}

bool joinsBackward(QChar c)
{
    const QChar::JoiningType t = c.joiningType();
    return t == QChar::Joining_Dual || t == QChar::Joining_Causing || t == QChar::Joining_Right;
}

} // namespace

JoinedMnemonicStyle::JoinedMnemonicStyle(QStyle *base)
    : QProxyStyle(base)
{
}

int JoinedMnemonicStyle::mnemonicIndex(const QString &text, QString *stripped)
{
    QString out;
    out.reserve(text.size());
    int index = -1;
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&') && i + 1 < text.size()) {
            ++i;
            if (text.at(i) != QLatin1Char('&') && index < 0)
                index = int(out.size());
        }
        out.append(text.at(i));
    }
    if (stripped)
        *stripped = out;
    return index;
}

bool JoinedMnemonicStyle::splitsJoining(const QString &stripped, int index)
{
    if (index < 0 || index >= stripped.size())
        return false;
    const QChar letter = stripped.at(index);
    const bool before = index > 0 && joinsForward(stripped.at(index - 1)) && joinsBackward(letter);
    const bool after = index + 1 < stripped.size() && joinsForward(letter) && joinsBackward(stripped.at(index + 1));
    return before || after;
}

void JoinedMnemonicStyle::drawItemText(QPainter *painter, const QRect &rect, int flags, const QPalette &palette,
                                       bool enabled, const QString &text, QPalette::ColorRole textRole) const
{
    QString stripped;
    const int index = mnemonicIndex(text, &stripped);
    const bool underlined = (flags & Qt::TextShowMnemonic) && !(flags & Qt::TextHideMnemonic);
    if (!underlined || stripped.contains(QLatin1Char('\n')) || !splitsJoining(stripped, index)) {
        QProxyStyle::drawItemText(painter, rect, flags, palette, enabled, text, textRole);
        return;
    }
    const int whole = (flags & ~Qt::TextShowMnemonic) | Qt::TextHideMnemonic;
    QProxyStyle::drawItemText(painter, rect, whole, palette, enabled, text, textRole);

    // The letter's place in the text as painted: the same font and direction as the painter's.
    const QRect painted = painter->boundingRect(rect, whole, text);
    QTextLayout layout(stripped, painter->font(), painter->device());
    QTextOption option;
    option.setTextDirection(painter->layoutDirection());
    option.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(option);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(painted.width());
    layout.endLayout();
    if (!line.isValid())
        return;
    const qreal x1 = line.cursorToX(index);
    const qreal x2 = line.cursorToX(index + 1);
    const QFontMetricsF metrics(painter->font(), painter->device());
    const qreal y = painted.top() + line.ascent() + metrics.underlinePos();
    painter->save();
    QColor colour = textRole == QPalette::NoRole ? painter->pen().color()
                                                  : palette.color(enabled ? QPalette::Active : QPalette::Disabled, textRole);
    painter->setPen(QPen(colour, qMax<qreal>(1.0, metrics.lineWidth())));
    painter->drawLine(QPointF(painted.left() + qMin(x1, x2), y), QPointF(painted.left() + qMax(x1, x2), y));
    painter->restore();
}

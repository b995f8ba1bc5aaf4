#include "theme/visibleindicatorstyle.h"

#include <QPainter>
#include <QStyleOption>

VisibleIndicatorStyle::VisibleIndicatorStyle(QStyle *base)
    : QProxyStyle(base)
{
}

QColor VisibleIndicatorStyle::edgeColour(const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    const QColor text = palette.color(QPalette::WindowText);
    // 60 % of the way: an antialiased ring (a radio button's) keeps 3:1 at its strongest pixels too.
    auto mix = [](float w, float t) { return w + (t - w) * 0.6f; };
    return QColor::fromRgbF(mix(window.redF(), text.redF()), mix(window.greenF(), text.greenF()),
                            mix(window.blueF(), text.blueF()));
}

void VisibleIndicatorStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                                          const QWidget *widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    const bool box = element == PE_IndicatorCheckBox;
    const bool ring = element == PE_IndicatorRadioButton;
    if (!(box || ring) || !(option->state & State_Enabled))
        return;
    // Over the base style's own edge, at the same place (Fusion draws on the half-pixel grid).
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(QPen(edgeColour(option->palette), 1.0));
    painter->setBrush(Qt::NoBrush);
    const QRectF r = QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5);
    if (box)
        painter->drawRect(r);
    else
        painter->drawEllipse(r.adjusted(0.5, 0.5, -0.5, -0.5));
    painter->restore();
}

#pragma once

#include <QImage>
#include <QList>
#include <QPair>
#include <QSize>
#include <QStringList>

class QWidget;

// What a person sees of one shown dialog, taken before it closes: its direction and size, every text
// it shows (keyed by widget so the English and Arabic dialogs can be compared), and what is cut off,
// laid out in the wrong direction or too faint to see. Used by tst_dialoglayout.
struct Snapshot
{
    bool taken = false;
    Qt::LayoutDirection direction = Qt::LeftToRight;
    QSize size;
    QList<QPair<QString, QString>> texts;  // (widget key, text), in creation order
    QStringList clipped;                   // "key: text (needs N, has M)"
    QStringList mirroredData;              // data fields laid out right to left
    QStringList unreadable;                // controls that vanish against the window
    QImage image;
};

Snapshot snapshotOf(QWidget *top);

// `text` as read: rich text's words, plain text as is.
QString plainText(const QString &text);

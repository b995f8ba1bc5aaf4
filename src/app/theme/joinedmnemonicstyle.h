#pragma once

#include <QProxyStyle>

/**
 * Keeps an Arabic word whole when one of its letters is a mnemonic ("ال&هاتف:"). Qt paints the
 * underlined letter as a text run of its own, so the letters on either side of it lose their joined
 * forms, the word comes out wider than sizeHint() measured it (whole), and a form label loses its
 * end. Such texts are painted whole, and the underline is drawn under the letter afterwards.
 * Every other text, English included, is painted by the base style unchanged.
 */
class JoinedMnemonicStyle : public QProxyStyle
{
    Q_OBJECT

public:
    explicit JoinedMnemonicStyle(QStyle *base);

    void drawItemText(QPainter *painter, const QRect &rect, int flags, const QPalette &palette, bool enabled,
                      const QString &text, QPalette::ColorRole textRole = QPalette::NoRole) const override;

    /** Where the mnemonic's letter is in `text` once the '&' is taken out, or -1; "&&" is a literal '&'. */
    static int mnemonicIndex(const QString &text, QString *stripped = nullptr);
    /** Whether painting the letter at `index` of `stripped` apart from its neighbours breaks their joining. */
    static bool splitsJoining(const QString &stripped, int index);
};

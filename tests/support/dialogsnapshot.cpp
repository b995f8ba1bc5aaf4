#include "dialogsnapshot.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStyle>
#include <QStyleOptionButton>
#include <QStyleOptionFrame>
#include <QTabBar>
#include <QTableView>
#include <QTextDocumentFragment>
#include <QTextEdit>

#include <cmath>

QString plainText(const QString &text)
{
    return Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
}

namespace {

// How wide the label's text is once painted, measured on its pixels: a mnemonic's underline
// inside an Arabic word can make Qt shape the word in pieces, wider than sizeHint() promised.
int inkWidth(QLabel *label)
{
    const QSize original = label->size();
    label->resize(original.width() + 80, original.height());
    const QImage image = label->grab().toImage();
    label->resize(original);
    const QRgb background = image.pixel(0, 0);
    int left = image.width(), right = -1;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (image.pixel(x, y) != background) {
                left = qMin(left, x);
                right = qMax(right, x);
            }
    return right < left ? 0 : right - left + 1;
}

bool hasMnemonic(QString text)
{
    return text.remove(QStringLiteral("&&")).contains(QLatin1Char('&'));
}

// The room a line edit gives its text (Qt's QLineEdit keeps 2 px on each side inside the frame).
int textRoom(const QLineEdit *edit)
{
    QStyleOptionFrame option;
    option.initFrom(edit);
    option.rect = edit->rect();
    option.lineWidth = edit->hasFrame() ? edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, edit) : 0;
    const QRect contents = edit->style()->subElementRect(QStyle::SE_LineEditContents, &option, edit)
                               .marginsRemoved(edit->textMargins());
    return contents.width() - 4;
}

double luminance(QColor c)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(QColor a, QColor b)
{
    const double la = luminance(a), lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

// How well a check box's or radio button's box stands out from the window: the strongest contrast of
// any of its pixels against the window colour (WCAG asks 3:1 of a control's boundary).
double indicatorContrast(QAbstractButton *button)
{
    QStyleOptionButton option;
    option.initFrom(button);
    const bool radio = qobject_cast<QRadioButton *>(button);
    const QRect box = button->style()->subElementRect(radio ? QStyle::SE_RadioButtonIndicator : QStyle::SE_CheckBoxIndicator,
                                                      &option, button);
    const QImage image = button->grab(box).toImage();
    const QColor window = button->palette().color(QPalette::Window);
    double best = 1.0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            best = qMax(best, contrast(image.pixelColor(x, y), window));
    return best;
}

} // namespace

Snapshot snapshotOf(QWidget *top)
{
    // Pending layout requests resize labels whose text was just set.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    Snapshot s;
    s.taken = true;
    s.direction = top->layoutDirection();
    s.size = top->frameGeometry().size();
    auto add = [&s](const QString &key, const QString &text) {
        if (!text.trimmed().isEmpty())
            s.texts.append({key, plainText(text)});
    };
    add(QStringLiteral("windowTitle"), top->windowTitle());
    QHash<QString, int> ordinal;
    for (QWidget *w : top->findChildren<QWidget *>()) {
        const QString cls = QString::fromLatin1(w->metaObject()->className());
        // Counted over hidden widgets too, so the same widget gets the same key in both languages.
        const QString key = cls + QLatin1Char('#') + QString::number(ordinal[cls]++) + QLatin1Char(':') + w->objectName();
        if (!w->isVisibleTo(top))
            continue;
        if (auto *label = qobject_cast<QLabel *>(w)) {
            add(key, label->text());
            // An ISO date inside an Arabic sentence: the digits after Arabic letters become Arabic
            // numbers for the bidi algorithm and "2026-12-01" is shown "01-12-2026", unless isolated.
            static const QRegularExpression isoDate(QStringLiteral("\\d{4}-\\d{2}-\\d{2}"));
            static const QRegularExpression arabic(QStringLiteral("[\\x{0621}-\\x{064A}]"));
            const QString shownText = plainText(label->text());
            if (shownText.contains(arabic) && shownText.contains(isoDate) && !shownText.contains(QChar(0x2066)))
                s.mirroredData << QStringLiteral("%1: \"%2\"").arg(key, shownText);
            if (!label->wordWrap() && !label->text().isEmpty() && label->sizeHint().width() > label->width())
                s.clipped << QStringLiteral("%1: \"%2\" (needs %3, has %4)")
                                 .arg(key, plainText(label->text()))
                                 .arg(label->sizeHint().width())
                                 .arg(label->width());
            else if (!label->wordWrap() && label->buddy() && hasMnemonic(label->text())) {
                const int room = label->contentsRect().width() - 2 * qMax(0, label->margin());
                // One pixel for antialiasing at the glyphs' edges.
                if (const int ink = inkWidth(label); ink > room + 1)
                    s.clipped << QStringLiteral("%1: \"%2\" (painted %3 wide, has %4)").arg(key, label->text()).arg(ink).arg(room);
            }
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            add(key, button->text());
            if ((qobject_cast<QCheckBox *>(w) || qobject_cast<QRadioButton *>(w)) && !button->isChecked()
                && button->isEnabled()) {
                if (const double c = indicatorContrast(button); c < 3.0)
                    s.unreadable << QStringLiteral("%1: box at %2:1").arg(key).arg(c, 0, 'f', 1);
            }
            if (!button->text().isEmpty() && button->sizeHint().width() > button->width())
                s.clipped << QStringLiteral("%1: \"%2\" (needs %3, has %4)")
                                 .arg(key, button->text())
                                 .arg(button->sizeHint().width())
                                 .arg(button->width());
        } else if (auto *box = qobject_cast<QGroupBox *>(w)) {
            add(key, box->title());
        } else if (auto *edit = qobject_cast<QLineEdit *>(w)) {
            add(key + QStringLiteral("/placeholder"), edit->placeholderText());
            const int needed = edit->fontMetrics().horizontalAdvance(edit->placeholderText());
            if (edit->text().isEmpty() && needed > textRoom(edit))
                s.clipped << QStringLiteral("%1: placeholder \"%2\" (needs %3, has %4)")
                                 .arg(key, edit->placeholderText())
                                 .arg(needed)
                                 .arg(textRoom(edit));
        } else if (auto *dates = qobject_cast<QDateTimeEdit *>(w)) {
            // Dates and times are data in Western digits, written ISO-style (year first, minutes last)
            // and left to right in either language, like a phone number; a mirrored edit shows
            // "2026-12-06 03:35" as "35:03 06-12-2026", its sections in reverse.
            bool isoOrder = true;
            for (int i = 0; i + 1 < dates->sectionCount(); ++i)
                isoOrder = isoOrder && dates->sectionAt(i) > dates->sectionAt(i + 1);
            if (dates->layoutDirection() != Qt::LeftToRight || !isoOrder)
                s.mirroredData << QStringLiteral("%1: \"%2\"").arg(key, dates->text());
        } else if (auto *edit = qobject_cast<QPlainTextEdit *>(w)) {
            add(key + QStringLiteral("/placeholder"), edit->placeholderText());
        } else if (auto *edit = qobject_cast<QTextEdit *>(w)) {
            add(key + QStringLiteral("/placeholder"), edit->placeholderText());
        } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(key + QStringLiteral("/tab%1").arg(i), tabs->tabText(i));
        } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < combo->count(); ++i)
                add(key + QStringLiteral("/item%1").arg(i), combo->itemText(i));
        } else if (auto *view = qobject_cast<QTableView *>(w); view && w->objectName() == QLatin1String("shortcutsTable")) {
            // The one table listing the interface's own words (what each shortcut does), not rows' data.
            for (int r = 0; r < view->model()->rowCount(); ++r)
                add(key + QStringLiteral("/row%1").arg(r), view->model()->index(r, 0).data().toString());
        } else if (auto *view = qobject_cast<QTableView *>(w)) {
            if (view->model() && view->horizontalHeader()->isVisibleTo(top))
                for (int c = 0; c < view->model()->columnCount(); ++c)
                    if (!view->isColumnHidden(c))
                        add(key + QStringLiteral("/header%1").arg(c),
                            view->model()->headerData(c, Qt::Horizontal).toString());
        }
    }
    s.image = top->grab().toImage();
    return s;
}

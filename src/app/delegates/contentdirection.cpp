#include "delegates/contentdirection.h"

#include <QAbstractSpinBox>
#include <QDateTimeEdit>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QStyleOptionViewItem>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextEdit>

namespace {

const char FollowedProperty[] = "waqtorFollowsContentDirection";

Qt::LayoutDirection surrounding(const QWidget *editor)
{
    return editor->parentWidget() ? editor->parentWidget()->layoutDirection() : QGuiApplication::layoutDirection();
}

// What a widget shows, as words: rich text without its markup.
QString shownText(const QWidget *widget)
{
    if (const auto *line = qobject_cast<const QLineEdit *>(widget))
        return line->text();
    if (const auto *plain = qobject_cast<const QPlainTextEdit *>(widget))
        return plain->toPlainText();
    if (const auto *rich = qobject_cast<const QTextEdit *>(widget))
        return rich->toPlainText();
    if (const auto *label = qobject_cast<const QLabel *>(widget)) {
        const bool rich = label->textFormat() == Qt::RichText
            || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
        return rich ? QTextDocumentFragment::fromHtml(label->text()).toPlainText() : label->text();
    }
    return {};
}

void refresh(QWidget *widget)
{
    const Qt::LayoutDirection direction = ContentDirection::of(shownText(widget), surrounding(widget));
    if (widget->layoutDirection() != direction)
        widget->setLayoutDirection(direction);
}

bool wantsDirection(const QWidget *widget)
{
    if (const auto *line = qobject_cast<const QLineEdit *>(widget)) {
        // A password's letters must not hint at their script; spin boxes show numbers in a fixed frame.
        if (line->echoMode() != QLineEdit::Normal)
            return false;
        return !qobject_cast<const QAbstractSpinBox *>(widget->parentWidget());
    }
    return qobject_cast<const QPlainTextEdit *>(widget) || qobject_cast<const QTextEdit *>(widget);
}

// Dates are data in Western digits, like a phone. A right-to-left QDateTimeEdit reverses the order of
// its sections when its format is set ("2026-12-06 03:35" shows as "35:03 06-12-2026"), and keeps
// that order when its direction changes later: the format is set again once it runs left to right.
void keepLeftToRight(QDateTimeEdit *dates)
{
    const QString format = dates->displayFormat();  // as written, while still right to left
    dates->setLayoutDirection(Qt::LeftToRight);
    dates->setDisplayFormat(format);
}

// Meets every editor when it is first polished (shown), wherever it was built.
class EditorWatcher : public QObject
{
public:
    using QObject::QObject;

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Polish && watched->isWidgetType()) {
            auto *widget = static_cast<QWidget *>(watched);
            if (wantsDirection(widget))
                ContentDirection::follow(widget);
            else if (auto *dates = qobject_cast<QDateTimeEdit *>(widget); dates && dates->isRightToLeft())
                keepLeftToRight(dates);
        } else if (event->type() == QEvent::ApplicationLayoutDirectionChange && watched->isWidgetType()) {
            // An empty editor sits on the interface's side: after a language switch, once the
            // surrounding widgets have turned, it turns with them. Qt tells only top-level windows,
            // and a followed editor's direction is set explicitly, so its window refreshes it.
            auto *window = static_cast<QWidget *>(watched);
            QMetaObject::invokeMethod(window, [window] {
                if (window->property(FollowedProperty).toBool())
                    refresh(window);
                const QList<QWidget *> children = window->findChildren<QWidget *>();
                for (QWidget *child : children)
                    if (child->property(FollowedProperty).toBool())
                        refresh(child);
            }, Qt::QueuedConnection);
        }
        return false;
    }
};

} // namespace

namespace ContentDirection {

Qt::LayoutDirection of(const QString &text, Qt::LayoutDirection interfaceDirection)
{
    if (text.isEmpty())
        return interfaceDirection;
    // isRightToLeft() looks for the first strong character; without one (digits, +, @) it says false.
    if (text.isRightToLeft())
        return Qt::RightToLeft;
    // Latin, or digits alone (a phone, an amount): left to right. Only a dash or a dot ("—" for
    // "none") has no direction of its own and sits where the interface starts.
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            return Qt::LeftToRight;
    }
    return interfaceDirection;
}

void applyTo(QStyleOptionViewItem *option)
{
    // The style aligns and elides by option->direction: AlignLeft becomes the start of this text's
    // own direction, and the ellipsis goes where the text ends, not where the view's language ends.
    option->direction = of(option->text, option->direction);
}

void applyTo(QLabel *label)
{
    refresh(label);
}

void follow(QWidget *editor)
{
    if (editor->property(FollowedProperty).toBool())
        return;
    editor->setProperty(FollowedProperty, true);
    refresh(editor);
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        QObject::connect(line, &QLineEdit::textChanged, line, [line] { refresh(line); });
    else if (auto *plain = qobject_cast<QPlainTextEdit *>(editor))
        QObject::connect(plain, &QPlainTextEdit::textChanged, plain, [plain] { refresh(plain); });
    else if (auto *rich = qobject_cast<QTextEdit *>(editor))
        QObject::connect(rich, &QTextEdit::textChanged, rich, [rich] { refresh(rich); });
}

void followEditors()
{
    static QPointer<EditorWatcher> watcher;
    if (watcher)
        return;
    watcher = new EditorWatcher(qApp);
    qApp->installEventFilter(watcher);
}

} // namespace ContentDirection

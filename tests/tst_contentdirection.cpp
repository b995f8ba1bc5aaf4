// ContentDirection, the one rule for mixed Arabic and Latin data: each cell of every delegate and each
// editor takes its direction from its own text, whatever the interface's direction.

#include "delegates/campaigncelldelegate.h"
#include "delegates/celldelegate.h"
#include "delegates/contentdirection.h"
#include "delegates/messagecelldelegate.h"
#include "delegates/textcelldelegate.h"

#include <QApplication>
#include <QDialog>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStandardItemModel>
#include <QStyle>
#include <QTest>
#include <QVBoxLayout>

#include <memory>

namespace {

// initStyleOption is protected; the probes ask it exactly as the view's paint() does.
template <class Delegate>
class Probe : public Delegate
{
public:
    using Delegate::Delegate;
    using Delegate::initStyleOption;
};

const QString ArabicName = QStringLiteral("محمد العلي");
const QString ArabicOffer = QStringLiteral("خصم 20٪.");
const QString LongArabicMessage = QStringLiteral("مرحبا بكم في متجرنا، لدينا عروض جديدة كل أسبوع على جميع المنتجات");

QStyleOptionViewItem optionFor(const QString &delegate, const QModelIndex &index, Qt::LayoutDirection viewDirection)
{
    QStyleOptionViewItem option;
    option.direction = viewDirection;  // what the view hands its delegate
    option.displayAlignment = Qt::AlignLeft | Qt::AlignVCenter;
    if (delegate == QLatin1String("cell")) {
        Probe<CellDelegate>().initStyleOption(&option, index);
    } else if (delegate == QLatin1String("message text")) {
        Probe<MessageCellDelegate>(MessageCellDelegate::Kind::FirstLine, nullptr).initStyleOption(&option, index);
    } else if (delegate == QLatin1String("campaign")) {
        Probe<CampaignCellDelegate>(CampaignCellDelegate::Columns{}).initStyleOption(&option, index);
    } else {
        Probe<TextCellDelegate>().initStyleOption(&option, index);
    }
    return option;
}

} // namespace

class tst_ContentDirection : public QObject
{
    Q_OBJECT

private slots:
    void cellDirection_data();
    void cellDirection();
    void editorFollowsTyping_data();
    void editorFollowsTyping();
    void everyPolishedEditorFollows();
};

void tst_ContentDirection::cellDirection_data()
{
    QTest::addColumn<QString>("delegate");
    QTest::addColumn<QString>("text");
    QTest::addColumn<Qt::LayoutDirection>("view");
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::addColumn<Qt::Alignment>("visualAlignment");

    const auto ltr = Qt::LeftToRight;
    const auto rtl = Qt::RightToLeft;
    const Qt::Alignment left = Qt::AlignLeft;
    const Qt::Alignment right = Qt::AlignRight;
    // Every delegate that shows data, with the same cases: the rule lives in one place.
    for (const char *delegate : {"cell", "message text", "campaign", "preview"}) {
        const auto row = [delegate](const char *name) -> QTestData & { return QTest::addRow("%s: %s", delegate, name); };
        row("Arabic name in an English window") << delegate << ArabicName << ltr << rtl << right;
        row("Arabic offer ending in ٪ and a full stop, English window") << delegate << ArabicOffer << ltr << rtl << right;
        row("long Arabic message in an English window") << delegate << LongArabicMessage << ltr << rtl << right;
        row("Arabic name in an Arabic window") << delegate << ArabicName << rtl << rtl << right;
        row("phone in an Arabic window") << delegate << QStringLiteral("+966 50 123 4567") << rtl << ltr << left;
        row("e-mail in an Arabic window") << delegate << QStringLiteral("sara@example.com") << rtl << ltr << left;
        row("UUID in an Arabic window") << delegate << QStringLiteral("3f2b8c1e-0d4a-4b7e-9c55-1a2b3c4d5e6f") << rtl << ltr
                                        << left;
        row("JSON with an Arabic value in an Arabic window")
            << delegate << QStringLiteral(R"({"city":"جدة"})") << rtl << ltr << left;
        row("count in an Arabic window") << delegate << QStringLiteral("1250") << rtl << ltr << left;
        row("English name in an Arabic window") << delegate << QStringLiteral("Summer sale") << rtl << ltr << left;
        row("Latin first, then Arabic, in an Arabic window") << delegate << QStringLiteral("VIP عملاء") << rtl << ltr << left;
        row("Arabic first, then Latin, in an English window") << delegate << QStringLiteral("عملاء VIP") << ltr << rtl << right;
        row("empty cell in an Arabic window") << delegate << QString() << rtl << rtl << right;
        row("a lone dash in an Arabic window") << delegate << QStringLiteral("—") << rtl << rtl << right;
        row("empty cell in an English window") << delegate << QString() << ltr << ltr << left;
    }
}

void tst_ContentDirection::cellDirection()
{
    QFETCH(QString, delegate);
    QFETCH(QString, text);
    QFETCH(Qt::LayoutDirection, view);
    QFETCH(Qt::LayoutDirection, direction);
    QFETCH(Qt::Alignment, visualAlignment);

    QStandardItemModel model(1, 1);
    model.setData(model.index(0, 0), text);
    const QStyleOptionViewItem option = optionFor(delegate, model.index(0, 0), view);

    QCOMPARE(option.direction, direction);
    // What the style paints with: the start of the text's own direction, so its end (and any ellipsis) is where it ends.
    // AlignAbsolute (which visualAlignment adds) is left out: only the side matters.
    const Qt::Alignment sides = Qt::AlignLeft | Qt::AlignRight | Qt::AlignHCenter | Qt::AlignJustify;
    QCOMPARE(QStyle::visualAlignment(option.direction, option.displayAlignment) & sides, visualAlignment);
}

void tst_ContentDirection::editorFollowsTyping_data()
{
    QTest::addColumn<Qt::LayoutDirection>("window");
    QTest::addColumn<bool>("plainTextEdit");

    QTest::newRow("line edit, English window") << Qt::LeftToRight << false;
    QTest::newRow("line edit, Arabic window") << Qt::RightToLeft << false;
    QTest::newRow("text edit, English window") << Qt::LeftToRight << true;
    QTest::newRow("text edit, Arabic window") << Qt::RightToLeft << true;
}

void tst_ContentDirection::editorFollowsTyping()
{
    QFETCH(Qt::LayoutDirection, window);
    QFETCH(bool, plainTextEdit);

    QWidget dialog;
    dialog.setLayoutDirection(window);
    QWidget *editor = plainTextEdit ? static_cast<QWidget *>(new QPlainTextEdit(&dialog)) : new QLineEdit(&dialog);
    ContentDirection::follow(editor);
    const auto type = [&](const QString &text) {
        if (auto *line = qobject_cast<QLineEdit *>(editor))
            line->clear();
        else
            static_cast<QPlainTextEdit *>(editor)->clear();
        // Key events carrying the text itself: QTest::keyClicks() handles ASCII only.
        for (const QChar c : text)
            QTest::sendKeyEvent(QTest::Click, editor, Qt::Key_unknown, QString(c), Qt::NoModifier);
    };

    QCOMPARE(editor->layoutDirection(), window);  // empty: the caret starts on the window's side
    type(ArabicOffer);
    QCOMPARE(editor->layoutDirection(), Qt::RightToLeft);
    type(QStringLiteral("+966501234567"));
    QCOMPARE(editor->layoutDirection(), Qt::LeftToRight);
    type(QStringLiteral("Hello ") + ArabicName);
    QCOMPARE(editor->layoutDirection(), Qt::LeftToRight);
    type(ArabicName + QStringLiteral(" hello"));
    QCOMPARE(editor->layoutDirection(), Qt::RightToLeft);
    type(QString());
    QCOMPARE(editor->layoutDirection(), window);
}

void tst_ContentDirection::everyPolishedEditorFollows()
{
    ContentDirection::followEditors();
    QDialog dialog;
    auto *name = new QLineEdit(&dialog);
    auto *empty = new QLineEdit(&dialog);
    auto *password = new QLineEdit(&dialog);
    password->setEchoMode(QLineEdit::Password);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(name);
    layout->addWidget(empty);
    layout->addWidget(password);
    name->setText(ArabicName);  // filled before the dialog is shown, as dialogs do
    password->setText(ArabicName);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    QCOMPARE(name->layoutDirection(), Qt::RightToLeft);
    QCOMPARE(password->layoutDirection(), Qt::LeftToRight);  // a password's script is not shown
    name->setText(QStringLiteral("sara@example.com"));
    QCOMPARE(name->layoutDirection(), Qt::LeftToRight);

    empty->setText(ArabicName);
    empty->clear();  // typed into and emptied: its direction is now set, no longer inherited
    QCOMPARE(empty->layoutDirection(), Qt::LeftToRight);

    // The interface turns to Arabic while the dialog is open: the empty field turns with it, the e-mail stays.
    QApplication::setLayoutDirection(Qt::RightToLeft);
    QTRY_COMPARE(dialog.layoutDirection(), Qt::RightToLeft);
    QTRY_COMPARE(empty->layoutDirection(), Qt::RightToLeft);
    QCOMPARE(name->layoutDirection(), Qt::LeftToRight);
    QApplication::setLayoutDirection(Qt::LeftToRight);
    QTRY_COMPARE(empty->layoutDirection(), Qt::LeftToRight);
}

QTEST_MAIN(tst_ContentDirection)
#include "tst_contentdirection.moc"

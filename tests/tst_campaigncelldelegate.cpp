// The campaign progress cell "sent / failed / total" reads in the same order as its header, in English
// and in Arabic: the number for "sent" stands where the header's "sent" stands (issue 12 part 2).

#include "delegates/campaigncelldelegate.h"
#include "i18n/displayformat.h"
#include "i18n/translations.h"
#include "i18n/uilanguage.h"

#include <QApplication>
#include <QStandardItemModel>
#include <QTest>
#include <QTextLayout>

namespace {

// Exposes the option a view would paint with, after the delegate's own styling and direction.
class ProgressDelegate : public CampaignCellDelegate
{
public:
    using CampaignCellDelegate::CampaignCellDelegate;
    QStyleOptionViewItem shown(const QModelIndex &index, Qt::LayoutDirection interfaceDirection) const
    {
        QStyleOptionViewItem option;
        option.direction = interfaceDirection;
        option.locale = QLocale();
        initStyleOption(&option, index);
        return option;
    }
};

// Where the character at `position` lands when `text` is laid out as a cell or header paints it.
qreal visualX(const QString &text, int position, Qt::LayoutDirection direction)
{
    QTextLayout layout(text, QApplication::font());
    QTextOption textOption;
    textOption.setTextDirection(direction);
    layout.setTextOption(textOption);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(2000);
    layout.endLayout();
    return line.cursorToX(position);
}

} // namespace

class tst_CampaignCellDelegate : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Translations::install(UiLanguage::English); }
    void progressReadsLikeItsHeader_data();
    void progressReadsLikeItsHeader();
};

void tst_CampaignCellDelegate::progressReadsLikeItsHeader_data()
{
    QTest::addColumn<int>("language");
    QTest::addColumn<int>("digits");
    QTest::addColumn<int>("direction");
    QTest::newRow("english") << int(UiLanguage::English) << int(DigitStyle::Western) << int(Qt::LeftToRight);
    QTest::newRow("arabic") << int(UiLanguage::Arabic) << int(DigitStyle::Western) << int(Qt::RightToLeft);
    QTest::newRow("arabic, arabic-indic digits")
        << int(UiLanguage::Arabic) << int(DigitStyle::ArabicIndic) << int(Qt::RightToLeft);
}

void tst_CampaignCellDelegate::progressReadsLikeItsHeader()
{
    QFETCH(int, language);
    QFETCH(int, digits);
    QFETCH(int, direction);
    QVERIFY(Translations::install(UiLanguage(language), DigitStyle(digits)));
    const auto interfaceDirection = Qt::LayoutDirection(direction);

    QStandardItemModel model(1, 3);
    model.setData(model.index(0, 0), 1184);  // total
    model.setData(model.index(0, 1), 2349);  // sent
    model.setData(model.index(0, 2), 108);   // failed
    CampaignCellDelegate::Columns columns;
    columns.total = 0;
    columns.sent = 1;
    columns.failed = 2;
    const ProgressDelegate delegate(columns);
    const QStyleOptionViewItem option = delegate.shown(model.index(0, 0), interfaceDirection);

    const QLocale locale;
    const QString sent = locale.toString(2349);
    const QString total = locale.toString(1184);
    const int sentAt = option.text.indexOf(sent);
    const int totalAt = option.text.indexOf(total);
    QVERIFY2(sentAt >= 0 && totalAt >= 0 && option.text.contains(locale.toString(108)), qPrintable(option.text));
    const bool sentLeftOfTotal =
        visualX(option.text, sentAt, option.direction) < visualX(option.text, totalAt, option.direction);

    const QString header = QCoreApplication::translate("CampaignsPage", "Sent / failed / total");
    const QStringList words = header.split(u'/');
    QCOMPARE(words.size(), 3);
    const int headerSentAt = header.indexOf(words.first().trimmed());
    const int headerTotalAt = header.lastIndexOf(words.last().trimmed());
    const bool headerSentLeftOfTotal = visualX(header, headerSentAt, interfaceDirection)
        < visualX(header, headerTotalAt, interfaceDirection);

    QVERIFY2(sentLeftOfTotal == headerSentLeftOfTotal,
             qPrintable(QStringLiteral("cell \"%1\" and header \"%2\" put sent on opposite sides")
                            .arg(option.text, header)));
    QCOMPARE(sentLeftOfTotal, interfaceDirection == Qt::LeftToRight);
}

QTEST_MAIN(tst_CampaignCellDelegate)
#include "tst_campaigncelldelegate.moc"

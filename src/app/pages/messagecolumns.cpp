#include "pages/messagecolumns.h"

#include "i18n/displayformat.h"
#include "repositories/messagerepository.h"

#include <QFontMetrics>
#include <QHeaderView>
#include <QTableView>

void MessageColumns::widen(QTableView *view, const QList<int> &columns, bool exact)
{
    const QFontMetrics metrics = view->fontMetrics();
    const auto widest = [&metrics](const QStringList &texts) {
        int width = 0;
        for (const QString &text : texts)
            width = qMax(width, metrics.horizontalAdvance(text));
        return width;
    };
    QStringList statuses;
    for (const QString &status : MessageRepository::statuses())
        statuses << MessageRepository::statusText(status);
    QStringList acks;
    for (int ack = -1; ack <= 4; ++ack)
        acks << MessageRepository::ackText(ack);
    const QList<QStringList> samples = {
        {DisplayFormat::dateTime(QDateTime(QDate(2026, 12, 31), QTime(23, 59, 59)), true, QLocale()),
         DisplayFormat::dateTime(QDateTime(QDate(2026, 12, 31), QTime(11, 59, 59)), true, QLocale())},
        {QStringLiteral("someone@example.com")},
        {QStringLiteral("+966501234567")},
        statuses,
        acks,
        {QString(44, u'n')},
        {QStringLiteral("Support line 2")},
        {QStringLiteral("document")},
        {QString(20, u'n')}};
    QHeaderView *header = view->horizontalHeader();
    for (int i = 0; i < columns.size() && i < samples.size(); ++i) {
        const int column = columns.at(i);
        // The header also carries the sort arrow; the cell its margins.
        const int width = qMax(widest(samples.at(i)) + 16,
                               metrics.horizontalAdvance(view->model()->headerData(column, Qt::Horizontal).toString()) + 32);
        if (exact || header->sectionSize(column) < width)
            view->setColumnWidth(column, width);
    }
}

// IsoDate::parse: dates typed on a command line, read strictly (no trailing text, no time, no impossible day).

#include "foundation/isodate.h"

#include <QTest>

class tst_IsoDate : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
};

void tst_IsoDate::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QDate>("date");
    QTest::newRow("date") << "2026-01-31" << QDate(2026, 1, 31);
    QTest::newRow("white space around") << " 2026-01-31\n" << QDate(2026, 1, 31);
    QTest::newRow("trailing garbage") << "2026-01-01garbage" << QDate();
    QTest::newRow("trailing space and text") << "2026-01-01 x" << QDate();
    QTest::newRow("with a time") << "2026-01-01T10:00" << QDate();
    QTest::newRow("impossible") << "2026-02-30" << QDate();
    QTest::newRow("no leading zeros") << "2026-1-1" << QDate();
    QTest::newRow("empty") << "" << QDate();
}

void tst_IsoDate::parse()
{
    QFETCH(QString, input);
    QFETCH(QDate, date);
    QCOMPARE(IsoDate::parse(input), date);
}

QTEST_GUILESS_MAIN(tst_IsoDate)
#include "tst_isodate.moc"

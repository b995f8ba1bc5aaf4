#include "settings/appsettings.h"

#include <QSettings>
#include <QTest>

// The app's own settings: the phone region is read and checked here, never in core.
class tst_AppSettings : public QObject
{
    Q_OBJECT

private slots:
    void init() { QSettings().remove(AppSettings::phoneRegionKey()); }
    void cleanup() { QSettings().remove(AppSettings::phoneRegionKey()); }
    void phoneRegion_data();
    void phoneRegion();
};

void tst_AppSettings::phoneRegion_data()
{
    QTest::addColumn<QVariant>("stored");  // invalid: the key is not set
    QTest::addColumn<QString>("expected");
    QTest::newRow("unset") << QVariant() << "SA";
    QTest::newRow("upper case") << QVariant("EG") << "EG";
    QTest::newRow("lower case") << QVariant("de") << "DE";
    QTest::newRow("spaces around") << QVariant(" ae ") << "AE";
    QTest::newRow("unknown region") << QVariant("XX") << "SA";
    QTest::newRow("empty") << QVariant("") << "SA";
    QTest::newRow("not a code") << QVariant("Saudi Arabia") << "SA";
}

void tst_AppSettings::phoneRegion()
{
    QFETCH(QVariant, stored);
    QFETCH(QString, expected);
    if (stored.isValid())
        QSettings().setValue(AppSettings::phoneRegionKey(), stored);
    QCOMPARE(AppSettings::phoneRegion(), expected);
}

QTEST_GUILESS_MAIN(tst_AppSettings)
#include "tst_appsettings.moc"

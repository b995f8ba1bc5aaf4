// Result<T>: reading the value of a failed Result stops the program, naming the unchecked error,
// instead of dereferencing an empty optional (undefined behaviour).

#include "foundation/result.h"

#include <QProcess>
#include <QTest>

class tst_Result : public QObject
{
    Q_OBJECT

private slots:
    void valueOfSuccess();
    void valueOfErrorStops_data();
    void valueOfErrorStops();
    void statusCarriesTheError();
};

void tst_Result::valueOfSuccess()
{
    QProcess p;
    p.start(QStringLiteral(RESULT_MISUSE_BINARY), {QStringLiteral("ok")});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 0);
    QCOMPARE(p.readAllStandardOutput(), QByteArray("carried on with size 4\n"));
}

void tst_Result::valueOfErrorStops_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("value()") << "value";
    QTest::newRow("value() const") << "const-value";
    QTest::newRow("operator->") << "arrow";
    QTest::newRow("operator*") << "star";
}

void tst_Result::valueOfErrorStops()
{
    QFETCH(QString, how);
    QProcess p;
    p.start(QStringLiteral(RESULT_MISUSE_BINARY), {how});
    QVERIFY(p.waitForFinished(30000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    // qFatal aborts: a crash exit, never "carried on".
    QVERIFY2(p.exitStatus() == QProcess::CrashExit, qPrintable(out + err));
    QVERIFY2(!out.contains(QLatin1String("carried on")), qPrintable(out));
    QVERIFY2(err.contains(QLatin1String("Result::value()")) && err.contains(QLatin1String("failed Result")), qPrintable(err));
#ifdef QT_NO_DEBUG
    // Release builds (no Q_ASSERT) name the error that was not looked at.
    QVERIFY2(err.contains(QLatin1String("the sentence nobody read")), qPrintable(err));
#endif
}

void tst_Result::statusCarriesTheError()
{
    const Result<int> failed = Error::notFound(QStringLiteral("No account has the email x."));
    QVERIFY(!failed.ok());
    QCOMPARE(failed.status().error().kind, ErrorKind::NotFound);
    QCOMPARE(failed.error().message, QStringLiteral("No account has the email x."));
    const Result<int> good = 7;
    QVERIFY(good.ok());
    QVERIFY(good.status().ok());
    QCOMPARE(good.value(), 7);
    QCOMPARE(good.error().kind, ErrorKind::None);
}

QTEST_GUILESS_MAIN(tst_Result)

#include "tst_result.moc"

// The session dialog shows the pairing QR code a phone must scan; a code that draws but does
// not scan is as broken as none, so the drawn codes are read back with zbarimg (zbar-tools).

#include "widgets/qrcodeimage.h"

#include <QBuffer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QLocale>
#include <QTest>

class tst_QrCodeImage : public QObject
{
    Q_OBJECT

private slots:
    void encodes_data();
    void encodes();
    void roundTrips_data();
    void roundTrips();
    void dataUrl_data();
    void dataUrl();
    void refused_data();
    void refused();

private:
    static QString decode(const QImage &image);
};

namespace {
// Shaped like what Baileys / whatsapp-web.js store: ref, noise key, identity key, adv secret.
QString pairingString()
{
    return QStringLiteral("2@Xq7Z3kP0vYb1nR8sT2uW4eF6gH9jK5lM0aS3dQ1wE7rT9yU2iO4pL6zX8cV0bN3mB5vC7xZ9aS1dF"
                          "3gH5jK7lQ9wE1rT3yU5i/O7pA+9sD,"
                          "c3VwZXJzZWNyZXRub2lzZWtleWJhc2U2NDEyMzQ1Njc4OTA=,"
                          "aWRlbnRpdHlrZXlwdWJsaWNiYXNlNjRhYmNkZWZnaGlqa2w=,"
                          "YWR2c2VjcmV0YmFzZTY0eHl6MTIzNDU2Nzg5MGFiY2RlZg==");
}

bool isBlack(QRgb p) { return qRed(p) == 0 && qGreen(p) == 0 && qBlue(p) == 0; }
bool isWhite(QRgb p) { return qRed(p) == 255 && qGreen(p) == 255 && qBlue(p) == 255; }

QString dataUrlOf(const QImage &image, const char *format, const QString &prefix)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, format))
        qFatal("could not save test image as %s", format);
    return prefix + QString::fromLatin1(bytes.toBase64());
}
}

QString tst_QrCodeImage::decode(const QImage &image)
{
    const QString zbarimg = QStandardPaths::findExecutable("zbarimg");
    if (zbarimg.isEmpty()) {
        qWarning("zbarimg not found: install zbar-tools (scripts/install-deps.sh does)");
        return QString();
    }
    QTemporaryDir dir;
    const QString file = dir.filePath("code.png");
    if (!image.save(file))
        return QString();
    QProcess p;
    p.start(zbarimg, {"--quiet", "--raw", file});
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning("zbarimg failed (exit %d): %s", p.exitCode(), p.readAllStandardError().constData());
        return QString();
    }
    QByteArray out = p.readAllStandardOutput();
    if (out.endsWith('\n'))
        out.chop(1);
    return QString::fromUtf8(out);
}

void tst_QrCodeImage::encodes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("moduleSize");
    QTest::newRow("pairing string, default size") << pairingString() << 6;
    QTest::newRow("pairing string, 1 px modules") << pairingString() << 1;
    QTest::newRow("pairing string, 10 px modules") << pairingString() << 10;
    QTest::newRow("one character") << "x" << 6;
    QTest::newRow("zero module size means 1 px") << "hello" << 0;
}

void tst_QrCodeImage::encodes()
{
    QFETCH(QString, text);
    QFETCH(int, moduleSize);
    QString error;
    const QImage image = QrCodeImage::fromPairingCode(text, moduleSize, &error);
    QVERIFY2(!image.isNull(), qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(image.width(), image.height());

    const int scale = qMax(1, moduleSize);
    QCOMPARE(image.width() % scale, 0);
    const int modules = image.width() / scale - 2 * QrCodeImage::QuietZoneModules;
    // A QR code of version v is 17 + 4v modules wide, v from 1 to 40.
    QVERIFY2(modules >= 21 && modules <= 177 && (modules - 17) % 4 == 0, qPrintable(QString::number(modules)));

    const int quiet = QrCodeImage::QuietZoneModules * scale;
    int dark = 0;
    int light = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb p = image.pixel(x, y);
            QVERIFY2(isBlack(p) || isWhite(p), qPrintable(QString("pixel %1,%2 is grey").arg(x).arg(y)));
            const bool inQuietZone = x < quiet || y < quiet || x >= image.width() - quiet || y >= image.height() - quiet;
            if (inQuietZone)
                QVERIFY2(isWhite(p), qPrintable(QString("quiet zone pixel %1,%2 is not white").arg(x).arg(y)));
            (isBlack(p) ? dark : light) += 1;
        }
    }
    QVERIFY(dark > 0);
    QVERIFY(light > 0);
    // Every finder pattern's outer corner is dark: top-left, top-right, bottom-left.
    QVERIFY(isBlack(image.pixel(quiet, quiet)));
    QVERIFY(isBlack(image.pixel(image.width() - quiet - 1, quiet)));
    QVERIFY(isBlack(image.pixel(quiet, image.height() - quiet - 1)));
}

void tst_QrCodeImage::roundTrips_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("whatsapp pairing string") << pairingString();
    QTest::newRow("short") << "2@abc,def,ghi,jkl";
    QTest::newRow("digits only") << "0123456789";
    QTest::newRow("arabic and emoji") << "رمز الاقتران 🔑 2@abc";
    QTest::newRow("largest") << QString(QrCodeImage::MaxBytes, 'A');
}

void tst_QrCodeImage::roundTrips()
{
    QFETCH(QString, text);
    QString error;
    const QImage image = QrCodeImage::fromPairingCode(text, 4, &error);
    QVERIFY2(!image.isNull(), qPrintable(error));
    QCOMPARE(decode(image), text);
}

void tst_QrCodeImage::dataUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QSize>("size");

    QImage small(37, 23, QImage::Format_RGB32);
    small.fill(QColor(10, 200, 30));
    QTest::newRow("png") << dataUrlOf(small, "PNG", "data:image/png;base64,") << small.size();
    QTest::newRow("upper case scheme") << dataUrlOf(small, "PNG", "DATA:IMAGE/PNG;BASE64,") << small.size();
    QTest::newRow("surrounding whitespace") << " \n" + dataUrlOf(small, "PNG", "data:image/png;base64,") + "\n"
                                            << small.size();
    QTest::newRow("jpeg") << dataUrlOf(small, "JPEG", "data:image/jpeg;base64,") << small.size();
    QTest::newRow("png with charset parameter")
        << dataUrlOf(small, "PNG", "data:image/png;charset=utf-8;base64,") << small.size();
    // What the node "qrcode" package's toDataURL gives, pictured by us: a real QR code as PNG.
    const QImage code = QrCodeImage::fromPairingCode(pairingString(), 3);
    QTest::newRow("qr code png") << dataUrlOf(code, "PNG", "data:image/png;base64,") << code.size();
}

void tst_QrCodeImage::dataUrl()
{
    QFETCH(QString, url);
    QFETCH(QSize, size);
    QString error;
    const QImage image = QrCodeImage::fromPairingCode(url, 6, &error);
    QVERIFY2(!image.isNull(), qPrintable(error));
    QCOMPARE(image.size(), size);
}

void tst_QrCodeImage::refused_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("mentions");  // a word the sentence must contain

    QTest::newRow("empty") << "" << "no QR code";
    QTest::newRow("blank") << "  \n\t" << "no QR code";
    // Counts are written in the interface's digits and grouping, like every number the app shows.
    QTest::newRow("one byte too long") << QString(QrCodeImage::MaxBytes + 1, 'A') << QLocale().toString(2332) + " bytes";
    QTest::newRow("very long") << QString(10000, 'x') << QLocale().toString(10000) + " bytes";
    // Arabic letters take two bytes each in UTF-8.
    QTest::newRow("long arabic") << QString(1200, QChar(0x0645)) << QLocale().toString(2400) + " bytes";
    QTest::newRow("data url not base64") << "data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg'/>"
                                         << "not base64-encoded";
    QTest::newRow("data url bad base64") << "data:image/png;base64,@@@not*base64" << "not valid base64";
    QTest::newRow("data url not an image") << "data:image/png;base64," + QString::fromLatin1(QByteArray("hello").toBase64())
                                           << "could not be read";
    QTest::newRow("data url empty payload") << "data:image/png;base64," << "could not be read";
}

void tst_QrCodeImage::refused()
{
    QFETCH(QString, input);
    QFETCH(QString, mentions);
    QString error;
    const QImage image = QrCodeImage::fromPairingCode(input, 6, &error);
    QVERIFY(image.isNull());
    QVERIFY2(error.contains(mentions), qPrintable(error));
    QVERIFY2(error.endsWith('.'), qPrintable(error));
    // Callers that do not want the sentence may pass no error pointer.
    QVERIFY(QrCodeImage::fromPairingCode(input).isNull());
}

QTEST_MAIN(tst_QrCodeImage)
#include "tst_qrcodeimage.moc"

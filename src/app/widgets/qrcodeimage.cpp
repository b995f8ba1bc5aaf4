#include "widgets/qrcodeimage.h"

#include <QCoreApplication>

#include <qrencode.h>

#include <algorithm>
#include <cerrno>
#include <memory>

namespace {
// Gives lupdate and the translator one context for this file's sentences.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(QrCodeImage)
};

QImage fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return {};
}

QImage fromDataUrl(const QString &url, QString *error)
{
    const qsizetype comma = url.indexOf(u',');
    const QString header = url.left(comma).toLower();
    if (comma < 0 || !header.endsWith(QStringLiteral(";base64")))
        return fail(error, Tr::tr("The stored QR code is a data URL that is not base64-encoded, so it cannot be shown."));
    const auto decoded = QByteArray::fromBase64Encoding(url.mid(comma + 1).trimmed().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return fail(error, Tr::tr("The stored QR code image is not valid base64, so it cannot be shown."));
    QImage image;
    if (!image.loadFromData(*decoded))
        return fail(error, Tr::tr("The stored QR code image could not be read as a picture."));
    return image;
}

struct QRcodeFree
{
    void operator()(QRcode *code) const { QRcode_free(code); }
};
}

QImage QrCodeImage::fromPairingCode(const QString &qrCode, int moduleSize, QString *error)
{
    const QString text = qrCode.trimmed();
    if (text.isEmpty())
        return fail(error, Tr::tr("This session has no QR code yet; the WaQtor server stores one when pairing starts."));
    if (text.startsWith(QStringLiteral("data:image/"), Qt::CaseInsensitive))
        return fromDataUrl(text, error);

    const QByteArray data = text.toUtf8();
    // libqrencode takes a C string: a NUL would silently cut the code short.
    if (data.contains('\0'))
        return fail(error, Tr::tr("The pairing code contains a NUL character and cannot be drawn as a QR code."));
    errno = 0;
    const std::unique_ptr<QRcode, QRcodeFree> code(QRcode_encodeString8bit(data.constData(), 0, QR_ECLEVEL_M));
    if (!code) {
        if (errno == ERANGE)
            return fail(error, Tr::tr("The pairing code is %L1 bytes long, too long for a QR code; "
                                      "the most is %L2.").arg(data.size()).arg(MaxBytes));
        return fail(error, Tr::tr("The pairing code could not be drawn as a QR code."));
    }

    const int modules = code->width;
    const int scale = qMax(1, moduleSize);
    const int side = (modules + 2 * QuietZoneModules) * scale;
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::white);
    const QRgb black = qRgb(0, 0, 0);
    for (int y = 0; y < modules; ++y) {
        for (int x = 0; x < modules; ++x) {
            // Bit 0 of each module byte is dark/light; the other bits describe its role.
            if (!(code->data[y * modules + x] & 1))
                continue;
            const int left = (x + QuietZoneModules) * scale;
            const int top = (y + QuietZoneModules) * scale;
            for (int py = top; py < top + scale; ++py) {
                auto *line = reinterpret_cast<QRgb *>(image.scanLine(py));
                std::fill(line + left, line + left + scale, black);
            }
        }
    }
    return image;
}

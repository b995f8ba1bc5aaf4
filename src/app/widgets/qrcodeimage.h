#pragma once

#include <QImage>
#include <QString>

/** The picture of a WhatsApp session's pairing QR code, from whatever the server stored in whatsapp_sessions.qr_code. */
class QrCodeImage
{
public:
    static constexpr int QuietZoneModules = 4;  // the white margin the QR standard asks for
    static constexpr int MaxBytes = 2331;       // 8-bit data at error correction level M, version 40

    // A `data:image/...;base64,...` URL is decoded as it is; any other text is the pairing string
    // itself and is drawn as a QR code, black modules on white, each moduleSize pixels square.
    // Empty input, text too long for a QR code or an unreadable image give a null QImage and,
    // if error is given, a sentence saying why.
    static QImage fromPairingCode(const QString &qrCode, int moduleSize = 6, QString *error = nullptr);
};

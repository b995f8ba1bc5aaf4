#pragma once

#include "repositories/sessionrepository.h"
#include "accounts/signedin.h"

#include <QDialog>
#include <memory>

namespace Ui { class SessionDialog; }
class QTimer;

/**
 * Creates or edits a WhatsApp session: name, owner (admins), status and phone; shows the pairing
 * QR code while the server waits for a scan. Read-only for viewers. session_data is never read.
 */
class SessionDialog : public QDialog
{
    Q_OBJECT

public:
    // An empty id creates a new session.
    SessionDialog(const SignedIn &signedIn, const QString &id, QWidget *parent = nullptr);
    ~SessionDialog() override;

    QString savedName() const { return m_savedName; }

    QString savedId() const { return m_savedId; }
    QString errorText() const;
    bool isReadOnly() const { return m_readOnly; }

public slots:
    void accept() override;

private:
    SessionRepository repository() const;
    bool load();
    void fillOwners();
    void setReadOnly();
    void showQrCode(const WhatsAppSession &session);
    void showQrText(const QString &text);
    void refreshQrCode();
    void fail(const QString &message, QWidget *field);

    std::unique_ptr<Ui::SessionDialog> ui;
    const SignedIn &m_signedIn;
    QString m_id;
    QString m_version;
    QString m_loadedPhone;
    QString m_savedName;
    QString m_savedId;
    bool m_readOnly = false;
    QTimer *m_qrTimer = nullptr;
};

#pragma once

#include "accounts/signedin.h"

#include <QDialog>
#include <memory>

namespace Ui { class MessageDialog; }
struct MessageDetail;

/** Every field of one message, read-only: messages are the Node server's log and are never edited here. */
class MessageDialog : public QDialog
{
    Q_OBJECT

public:
    MessageDialog(const SignedIn &signedIn, const QString &id, QWidget *parent = nullptr);
    ~MessageDialog() override;

    // The sentence shown when the message could not be loaded, else empty.
    QString errorText() const;

private:
    bool load(const QString &id);
    void fill(const MessageDetail &message);

    std::unique_ptr<Ui::MessageDialog> ui;
    const SignedIn &m_signedIn;
};

#pragma once

#include "accounts/signedin.h"

#include <QDialog>
#include <memory>

namespace Ui { class UserDialog; }

/** Creates or edits an account (admins only): email, name, role, active, and a new password. */
class UserDialog : public QDialog
{
    Q_OBJECT

public:
    // An empty id creates a new account.
    UserDialog(const SignedIn &signedIn, const QString &id, QWidget *parent = nullptr);
    ~UserDialog() override;

    QString savedEmail() const { return m_savedEmail; }

    QString savedId() const { return m_savedId; }
    QString errorText() const;

public slots:
    void accept() override;

private:
    bool load();
    void fail(const QString &message, QWidget *field);

    std::unique_ptr<Ui::UserDialog> ui;
    const SignedIn &m_signedIn;
    QString m_id;
    QString m_version;
    QString m_savedEmail;
    QString m_savedId;
};

#pragma once

#include "accounts/signedin.h"

#include <QDialog>
#include <memory>

namespace Ui { class LoginDialog; }

/** Email and password checked with bcrypt against users; the connection settings are one click away. */
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LoginDialog(const ConnectionSettings &settings, const QString &connectionName, QWidget *parent = nullptr);
    ~LoginDialog() override;

    // Valid after exec() returned Accepted.
    const SignedIn &signedIn() const { return m_signedIn; }
    QString errorText() const;

public slots:
    void accept() override;

private:
    void editConnection();
    void showServer();

    std::unique_ptr<Ui::LoginDialog> ui;
    ConnectionSettings m_settings;
    QString m_connectionName;
    SignedIn m_signedIn;
};

#pragma once

#include "accounts/signedin.h"

#include <QDialog>
#include <memory>

namespace Ui { class ChangePasswordDialog; }

/** Every role changes its own password here: the current one, then the new one twice. */
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ChangePasswordDialog(const SignedIn &signedIn, QWidget *parent = nullptr);
    ~ChangePasswordDialog() override;

public slots:
    void accept() override;

private:
    std::unique_ptr<Ui::ChangePasswordDialog> ui;
    const SignedIn &m_signedIn;
};

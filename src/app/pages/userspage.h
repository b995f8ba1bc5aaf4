#pragma once

#include "pages/tablepage.h"

#include <memory>

namespace Ui { class UsersPage; }

/** Accounts (admins only): email, name, role, active, last sign-in; create, edit, deactivate or delete. */
class UsersPage : public TablePage
{
    Q_OBJECT

public:
    UsersPage(const SignedIn &signedIn, QWidget *parent = nullptr);
    ~UsersPage() override;

    QString title() const override { return tr("Users"); }
    void newRecord() override;
    void editCurrent() override;
    void deleteSelected() override;

protected:
    void applyFilters() override;

private:
    std::unique_ptr<Ui::UsersPage> ui;
};

#pragma once

#include "pages/tablepage.h"

#include <memory>

namespace Ui { class GroupsPage; }
class GroupsModel;

/** Contact groups: name, owner, member count, description; create, edit and delete (memberships go, contacts stay). */
class GroupsPage : public TablePage
{
    Q_OBJECT

public:
    GroupsPage(const SignedIn &signedIn, QWidget *parent = nullptr);
    ~GroupsPage() override;

    QString title() const override { return tr("Groups"); }
    void newRecord() override;
    void editCurrent() override;
    void deleteSelected() override;
    // The membership dialog for the current group (read-only for viewers).
    void editMembers();

protected:
    void applyFilters() override;

private:
    void arrangeColumns();
    void arrangeOnce();
    void selectGroup(const QString &id);

    std::unique_ptr<Ui::GroupsPage> ui;
    GroupsModel *m_model = nullptr;
    bool m_arranged = false;
};

#pragma once

#include "pages/tablepage.h"
#include "repositories/sessionrepository.h"

#include <memory>

namespace Ui { class SessionsPage; }

/** WhatsApp sessions: name, owner, readable status, phone; create, edit and delete (messages and campaigns are kept). */
class SessionsPage : public TablePage
{
    Q_OBJECT

public:
    SessionsPage(const SignedIn &signedIn, QWidget *parent = nullptr);
    ~SessionsPage() override;

    QString title() const override { return tr("WhatsApp Sessions"); }
    void showFilter(const SessionFilter &filter) { showFiltered(filter.text, filter.status, filter.ownerId); }
    void newRecord() override;
    void editCurrent() override;
    void deleteSelected() override;

protected:
    void applyFilters() override;

private:
    std::unique_ptr<Ui::SessionsPage> ui;
};

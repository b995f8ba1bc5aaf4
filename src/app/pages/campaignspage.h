#pragma once

#include "pages/tablepage.h"
#include "repositories/campaignrepository.h"

#include <memory>

namespace Ui { class CampaignsPage; }

/** Campaigns: name, owner, session, status, progress and times; search, status and owner filters; CRUD through CampaignDialog. */
class CampaignsPage : public TablePage
{
    Q_OBJECT

public:
    CampaignsPage(const SignedIn &signedIn, QWidget *parent = nullptr);
    ~CampaignsPage() override;

    QString title() const override { return tr("Campaigns"); }
    void showFilter(const CampaignFilter &filter) { showFiltered(filter.text, filter.status, filter.ownerId); }
    void newRecord() override;
    void editCurrent() override;
    void deleteSelected() override;

protected:
    void applyFilters() override;

private:
    void fitColumns();
    void retranslateTexts();

    std::unique_ptr<Ui::CampaignsPage> ui;
    // Found before the first select: once the relations are joined, fieldIndex() no longer knows
    // user_id and session_id by name.
    int m_nameColumn = -1;
    int m_ownerColumn = -1;
    int m_sessionColumn = -1;
    int m_totalColumn = -1;
    QList<int> m_headerColumns;  // the visible columns, in header order
    WindowedTableModel *m_table = nullptr;
};

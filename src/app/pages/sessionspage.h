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
    // Shows the sessions `filter` asks for (the Overview's funnel: one session, by id, named in a banner).
    void showFilter(const SessionFilter &filter, const QString &sessionName = {});
    void newRecord() override;
    void editCurrent() override;
    void deleteSelected() override;

protected:
    void applyFilters() override;

private:
    void sayNarrowing();

    std::unique_ptr<Ui::SessionsPage> ui;
    QString m_onlyId;  // the one session another page asked for, until the banner's link drops it
    QString m_onlyName;
    class NarrowingBanner *m_only = nullptr;
};

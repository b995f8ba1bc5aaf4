#pragma once

#include "pages/tablepage.h"
#include "repositories/contactrepository.h"

#include <memory>
#include <optional>

namespace Ui { class ContactsPage; }

/**
 * Contacts (recipients), millions of rows per owner: one keyset window at a time, newest first.
 * The search box matches a phone number exactly after normalising it to E.164 (national numbers
 * in the region of the QSettings key "contacts/region", default "SA"), anything else as a part of
 * the name or email; plus status and owner filters, all evaluated on the server.
 */
class ContactsPage : public TablePage
{
    Q_OBJECT

public:
    ContactsPage(const SignedIn &signedIn, QWidget *parent = nullptr);
    ~ContactsPage() override;

    QString title() const override { return tr("Contacts"); }
    // Shows the contacts `filter` asks for (the Overview: one owner's contacts added in one week).
    void showFilter(const ContactFilter &filter);
    void newRecord() override;
    void editCurrent() override;
    void deleteSelected() override;
    // Opens the CSV import wizard (roles that may add contacts only); reloads after an import.
    void importCsv();
    // True when the search text is treated as a phone number (digits, +, spaces, dashes).
    static bool looksLikePhone(const QString &text);

protected:
    void applyFilters() override;

private:
    void showAddedRange();
    // Whether migration 0010's pg_trgm index on recipients' phones exists (asked once per page).
    bool phoneTrigramIndexed();

    std::unique_ptr<Ui::ContactsPage> ui;
    std::optional<bool> m_phoneTrigram;
    // The Overview's week, until the user asks for every date again (no widget of its own to edit it).
    QString m_addedFrom;
    QString m_addedBefore;
    class NarrowingBanner *m_added = nullptr;
};

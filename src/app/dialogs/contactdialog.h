#pragma once

#include "repositories/contactrepository.h"
#include "accounts/signedin.h"

#include <QDialog>
#include <memory>

namespace Ui { class ContactDialog; }

/**
 * Creates or edits a contact: phone (saved in E.164), name, email, status, owner (admins only) and
 * custom fields. Viewers see it read-only; a stale edit offers Reload / Overwrite / Cancel.
 */
class ContactDialog : public QDialog
{
    Q_OBJECT

public:
    // An empty id creates a new contact.
    ContactDialog(const SignedIn &signedIn, const QString &id, QWidget *parent = nullptr);
    ~ContactDialog() override;

    QString savedPhone() const { return m_savedPhone; }

    QString savedId() const { return m_savedId; }
    // The sentence shown in the dialog (next to the phone field or below the form), or empty.
    QString errorText() const;
    bool isReadOnly() const { return m_readOnly; }
    // The ids of the ticked groups.
    QStringList checkedGroupIds() const;

public slots:
    void accept() override;

private:
    bool load();
    void fillOwners();
    void updatePhoneHint();
    void fail(const QString &message, QWidget *field);
    // The owner's groups as a checklist, ticked where this contact is a member.
    void fillGroups();
    QString ownerId() const;
    ContactRepository repository() const;

    std::unique_ptr<Ui::ContactDialog> ui;
    const SignedIn &m_signedIn;
    QString m_id;
    QString m_version;
    QString m_region;
    QString m_savedPhone;
    QString m_savedId;
    bool m_readOnly = false;
    bool m_keepCustomFields = false;  // custom_fields is not a JSON object: kept exactly as stored
    bool m_hadCustomFields = false;   // empty rows then save {} rather than NULL
    bool m_phoneError = false;
    bool m_groupsLoaded = false;      // only a list that loaded is saved back
};

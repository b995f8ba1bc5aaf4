#pragma once

#include "accounts/signedin.h"

#include <QDialog>
#include <memory>

namespace Ui { class GroupDialog; }

/** Creates or edits a contact group: name, description, owner (admins), member count shown read-only. */
class GroupDialog : public QDialog
{
    Q_OBJECT

public:
    // An empty id creates a new group. Roles that may not change the group get it read-only.
    GroupDialog(const SignedIn &signedIn, const QString &id, QWidget *parent = nullptr);
    ~GroupDialog() override;

    // The owner a new group starts with (admins: e.g. the page's owner filter); empty keeps the default.
    void setDefaultOwner(const QString &ownerId);
    bool isReadOnly() const { return m_readOnly; }
    QString savedId() const { return m_savedId; }
    QString savedName() const { return m_savedName; }
    QString errorText() const;

public slots:
    void accept() override;

private:
    bool load();
    void fillOwners(const QString &currentOwnerId, const QString &currentOwnerEmail);
    void setReadOnly(bool readOnly);
    void fail(const QString &message, QWidget *field);

    std::unique_ptr<Ui::GroupDialog> ui;
    const SignedIn &m_signedIn;
    QString m_id;
    QString m_version;
    QString m_savedId;
    QString m_savedName;
    bool m_readOnly = false;
};

#pragma once

#include "phone/phonesearch.h"

#include "accounts/permissionpolicy.h"
#include "foundation/result.h"
#include "foundation/sqlconditions.h"
#include "foundation/timestamp.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <optional>

/** One key of a contact's custom_fields object, its value kept as the exact JSON text stored. */
struct CustomField
{
    QString key;
    QString type;  // jsonb_typeof: string, number, boolean, null, object, array
    QString json;  // the value as JSON text, e.g. "\"Riyadh\"", 42, true

    bool operator==(const CustomField &o) const { return key == o.key && type == o.type && json == o.json; }
};

/** A row of recipients (a contact), with its owner's email. */
struct Contact
{
    QString id;
    QString ownerId;
    QString ownerEmail;
    QString phone;
    QString name;
    QString email;
    QString status;
    QString customFieldsJson;         // custom_fields as stored, as text; empty when NULL
    QList<CustomField> customFields;  // its keys in order when it is an object; empty otherwise
    Timestamp createdAt;
    Timestamp updatedAt;
    QString version;  // the row's xmin: changes with every write, so a stale edit is detected exactly
};

/** What the contact dialog saves; phone is normalised to E.164 with the given region. */
struct ContactEdit
{
    QString id;       // empty for a new contact
    QString version;  // Contact::version as loaded; empty overwrites whatever is there now
    QString ownerId;  // empty: the signed-in user (roles scoped to their own rows)
    QString phone;
    QString name;
    QString email;
    QString status = QStringLiteral("active");
    QString customFieldsJson;        // a JSON object as text; empty stores NULL
    bool keepCustomFields = false;   // leave custom_fields exactly as stored
    // The contact's groups after saving (only the owner's own count); unset leaves them as they are,
    // except memberships in another owner's groups, which go when the contact changes owner.
    std::optional<QStringList> groupIds;
};

/** What deleting contacts removes: the contacts and, by cascade, their group memberships. */
struct ContactDeleteCounts
{
    qint64 contacts = 0;
    qint64 memberships = 0;
};

/** The Contacts list's filters as plain values; empty fields do not filter. */
struct ContactFilter
{
    QString phoneNumber;  // exact, as stored (E.164 when it parsed)
    QString text;         // in the name or the email; % and _ match themselves
    QString status;
    QString ownerId;      // "" for every owner the role may see
    QString addedFrom;    // yyyy-MM-dd: created on or after that day (the Overview's weeks)
    QString addedBefore;  // yyyy-MM-dd: created before that day
    std::optional<PhoneSearch> phonePart;  // part of a number: digits it contains, or its start
};

/**
 * SQL for recipients (the Contacts page): every value bound, phones in E.164, the signed-in role's
 * owner scope enforced on every read and write, each change in one transaction with its audit record.
 */
class ContactRepository
{
public:
    // `actor` is recorded in waqtor_audit: the signed-in email.
    ContactRepository(QSqlDatabase db, PermissionPolicy policy, QString actor);

    // Conditions on the table for `filter`, limited to the owner `policy` may see whatever the
    // filter asks: the one place the list's owner scope is written.
    // The owner scope on migration 0011's waqtor_contact_daily, read as `alias` (the Overview's figures).
    static SqlConditions summaryConditions(const QString &chosenOwner, const PermissionPolicy &policy,
                                           const QString &alias, const SqlPlaceholder &placeholder);
    static SqlConditions conditions(const ContactFilter &filter, const PermissionPolicy &policy,
                                    const SqlPlaceholder &placeholder);

    // The list's expressions, %1 standing for the recipients table's reference (the model's table,
    // or its keyset boundary row). custom_fields as short "key: value; …" text made on the server,
    // so a contact with a megabyte of custom data costs a window 300 characters; its sort key (the
    // stored JSON as text, never NULL); the phone number's, bare, so (user_id, phone_number) and
    // idx_recipients_phone deliver the order (phone numbers are never NULL).
    static QString customFieldsSummaryExpression();
    static QString customFieldsSortExpression();
    static QString phoneSortExpression();

    static QStringList statuses();  // active, blocked, invalid
    // The readable word for a status ("Blocked"); a status the Node server added later is shown as stored.
    static QString statusText(const QString &status);
    // Light: one @, something before it, a dotted domain after it, no spaces; empty is allowed.
    static Status checkEmail(const QString &email);
    // The fields as one JSON object text; keys must be non-empty and unique.
    static Result<QString> toJsonObject(const QList<CustomField> &fields);
    // A field holding `text` as a JSON string.
    static CustomField stringField(const QString &key, const QString &text);
    // How a value reads in a cell: strings without quotes, everything else as its JSON.
    static QString displayText(const CustomField &field);

    // NotFound for a row outside the owner scope, as for one that does not exist.
    Result<Contact> findById(const QString &id) const;
    Result<Contact> save(const ContactEdit &edit, const QString &region);
    Result<ContactDeleteCounts> previewDelete(const QStringList &ids) const;
    // All or nothing, in one transaction; refused when any row belongs to another owner.
    Result<ContactDeleteCounts> remove(const QStringList &ids);

private:
    Result<QString> ownerEmail(const QString &ownerId) const;
    Result<ContactDeleteCounts> counts(const QString &idArray) const;

    QSqlDatabase m_db;
    PermissionPolicy m_policy;
    QString m_actor;
};

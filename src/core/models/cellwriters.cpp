#include "models/cellwriters.h"

#include "accounts/accountservice.h"
#include "accounts/signedin.h"
#include "groups/contactgroups.h"
#include "repositories/campaignrepository.h"
#include "repositories/contactrepository.h"
#include "repositories/grouprepository.h"
#include "repositories/sessionrepository.h"
#include "repositories/userrepository.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CellWriters)
};

// Every field in `values` is one `known`, or the save is refused before anything is written.
Status onlyKnown(const QVariantMap &values, const QStringList &known)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        if (!known.contains(it.key()))
            return Error::invalid(Tr::tr("The column \"%1\" cannot be changed in the table; use the dialog.").arg(it.key()));
    return {};
}

// Sets `target` from values[field] when the field is there.
template<typename T, typename Convert>
void take(const QVariantMap &values, const QString &field, T &target, Convert convert)
{
    if (const auto it = values.constFind(field); it != values.cend())
        target = convert(*it);
}

QString text(const QVariant &v) { return v.toString(); }

} // namespace

WindowedTableModel::RowAccess CellWriters::users(const SignedIn &signedIn)
{
    static const QStringList fields = {u"email"_s, u"name"_s, u"role"_s, u"is_active"_s};
    WindowedTableModel::RowAccess access;
    access.read = [&signedIn](const QString &id) -> Result<QVariantMap> {
        const auto account = UserRepository(signedIn.database()).findById(id);
        if (!account)
            return account.error();
        return QVariantMap{{u"email"_s, account->email}, {u"name"_s, account->name}, {u"role"_s, account->role},
                           {u"is_active"_s, account->active}};
    };
    access.write = [&signedIn](const QString &id, const QString &version, const QVariantMap &values) -> Status {
        if (const Status s = onlyKnown(values, fields); !s)
            return s;
        const auto account = UserRepository(signedIn.database()).findById(id);
        if (!account)
            return account.error();
        AccountEdit edit{id, version, account->email, account->name, account->role, account->active, {}};
        take(values, u"email"_s, edit.email, text);
        take(values, u"name"_s, edit.name, text);
        take(values, u"role"_s, edit.role, text);
        take(values, u"is_active"_s, edit.active, [](const QVariant &v) { return v.toBool(); });
        return AccountService(signedIn.database(), signedIn.account.email, signedIn.policy).save(edit).status();
    };
    return access;
}

WindowedTableModel::RowAccess CellWriters::sessions(const SignedIn &signedIn, const QString &region)
{
    static const QStringList fields = {u"session_name"_s, u"user_id"_s, u"status"_s, u"phone_number"_s};
    WindowedTableModel::RowAccess access;
    access.read = [&signedIn](const QString &id) -> Result<QVariantMap> {
        const auto session = SessionRepository(signedIn.database(), signedIn.policy, signedIn.account.email).findById(id);
        if (!session)
            return session.error();
        return QVariantMap{{u"session_name"_s, session->name}, {u"user_id"_s, session->userId}, {u"status"_s, session->status},
                           {u"phone_number"_s, session->phoneNumber}};
    };
    access.write = [&signedIn, region](const QString &id, const QString &version, const QVariantMap &values) -> Status {
        if (const Status s = onlyKnown(values, fields); !s)
            return s;
        SessionRepository repo(signedIn.database(), signedIn.policy, signedIn.account.email);
        const auto session = repo.findById(id);
        if (!session)
            return session.error();
        SessionEdit edit{id, version, session->userId, session->name, session->status, session->phoneNumber, region};
        take(values, u"session_name"_s, edit.name, text);
        take(values, u"user_id"_s, edit.userId, text);
        take(values, u"status"_s, edit.status, text);
        take(values, u"phone_number"_s, edit.phoneNumber, text);
        return repo.save(edit).status();
    };
    return access;
}

WindowedTableModel::RowAccess CellWriters::campaigns(const SignedIn &signedIn)
{
    static const QStringList fields = {u"name"_s, u"user_id"_s, u"session_id"_s, u"message_template"_s, u"status"_s, u"scheduled_at"_s};
    WindowedTableModel::RowAccess access;
    access.read = [&signedIn](const QString &id) -> Result<QVariantMap> {
        const auto campaign = CampaignRepository(signedIn.database(), signedIn.policy, signedIn.account.email).findById(id);
        if (!campaign)
            return campaign.error();
        return QVariantMap{{u"name"_s, campaign->name}, {u"user_id"_s, campaign->userId}, {u"session_id"_s, campaign->sessionId},
                           {u"message_template"_s, campaign->messageTemplate}, {u"status"_s, campaign->status},
                           {u"scheduled_at"_s, campaign->scheduledAt.text()}};
    };
    access.write = [&signedIn](const QString &id, const QString &version, const QVariantMap &values) -> Status {
        if (const Status s = onlyKnown(values, fields); !s)
            return s;
        CampaignRepository repo(signedIn.database(), signedIn.policy, signedIn.account.email);
        const auto campaign = repo.findById(id);
        if (!campaign)
            return campaign.error();
        CampaignEdit edit{id, version, campaign->userId, campaign->sessionId, campaign->name,
                          campaign->messageTemplate, campaign->status, campaign->scheduledAt};
        // A session belongs to one owner: a campaign given to someone else leaves its session behind
        // (unless the same save names the session, as an undo of a dialog save does).
        if (values.contains(u"user_id"_s) && values.value(u"user_id"_s).toString() != campaign->userId
            && !values.contains(u"session_id"_s))
            edit.sessionId.clear();
        take(values, u"user_id"_s, edit.userId, text);
        take(values, u"session_id"_s, edit.sessionId, text);
        take(values, u"name"_s, edit.name, text);
        take(values, u"message_template"_s, edit.messageTemplate, text);
        take(values, u"status"_s, edit.status, text);
        take(values, u"scheduled_at"_s, edit.scheduledAt, [](const QVariant &v) { return Timestamp::fromText(v.toString()); });
        return repo.save(edit).status();
    };
    return access;
}

WindowedTableModel::RowAccess CellWriters::contacts(const SignedIn &signedIn, const QString &region)
{
    static const QStringList fields = {u"phone_number"_s, u"name"_s, u"email"_s, u"status"_s, u"user_id"_s, u"custom_fields"_s, u"groups"_s};
    WindowedTableModel::RowAccess access;
    access.read = [&signedIn](const QString &id) -> Result<QVariantMap> {
        const auto contact = ContactRepository(signedIn.database(), signedIn.policy, signedIn.account.email).findById(id);
        if (!contact)
            return contact.error();
        const auto choices = ContactGroups(signedIn.database(), signedIn.policy).choices(contact->ownerId, id);
        if (!choices)
            return choices.error();
        QStringList groups;
        for (const GroupChoice &choice : choices.value())
            if (choice.member)
                groups << choice.id;
        groups.sort();
        return QVariantMap{{u"phone_number"_s, contact->phone}, {u"name"_s, contact->name}, {u"email"_s, contact->email},
                           {u"status"_s, contact->status}, {u"user_id"_s, contact->ownerId},
                           {u"custom_fields"_s, contact->customFieldsJson}, {u"groups"_s, groups}};
    };
    access.write = [&signedIn, region](const QString &id, const QString &version, const QVariantMap &values) -> Status {
        if (const Status s = onlyKnown(values, fields); !s)
            return s;
        ContactRepository repo(signedIn.database(), signedIn.policy, signedIn.account.email);
        const auto contact = repo.findById(id);
        if (!contact)
            return contact.error();
        ContactEdit edit;
        edit.id = id;
        edit.version = version;
        edit.ownerId = contact->ownerId;
        edit.phone = contact->phone;
        edit.name = contact->name;
        edit.email = contact->email;
        edit.status = contact->status;
        edit.keepCustomFields = !values.contains(u"custom_fields"_s);
        take(values, u"phone_number"_s, edit.phone, text);
        take(values, u"name"_s, edit.name, text);
        take(values, u"email"_s, edit.email, text);
        take(values, u"status"_s, edit.status, text);
        take(values, u"user_id"_s, edit.ownerId, text);
        take(values, u"custom_fields"_s, edit.customFieldsJson, text);
        if (values.contains(u"groups"_s))
            edit.groupIds = values.value(u"groups"_s).toStringList();
        return repo.save(edit, region).status();
    };
    return access;
}

WindowedTableModel::RowAccess CellWriters::groups(const SignedIn &signedIn)
{
    static const QStringList fields = {u"name"_s, u"description"_s, u"user_id"_s};
    WindowedTableModel::RowAccess access;
    access.read = [&signedIn](const QString &id) -> Result<QVariantMap> {
        const auto group = GroupRepository(signedIn.database(), signedIn.policy, signedIn.account.email).findById(id);
        if (!group)
            return group.error();
        return QVariantMap{{u"name"_s, group->name}, {u"description"_s, group->description}, {u"user_id"_s, group->ownerId}};
    };
    access.write = [&signedIn](const QString &id, const QString &version, const QVariantMap &values) -> Status {
        if (const Status s = onlyKnown(values, fields); !s)
            return s;
        GroupRepository repo(signedIn.database(), signedIn.policy, signedIn.account.email);
        const auto group = repo.findById(id);
        if (!group)
            return group.error();
        GroupEdit edit{id, version, group->ownerId, group->name, group->description};
        take(values, u"name"_s, edit.name, text);
        take(values, u"description"_s, edit.description, text);
        take(values, u"user_id"_s, edit.ownerId, text);
        return repo.save(edit).status();
    };
    return access;
}

#include "models/cellwriters.h"

#include "accounts/accountservice.h"
#include "repositories/campaignrepository.h"
#include "repositories/contactrepository.h"
#include "repositories/grouprepository.h"
#include "repositories/sessionrepository.h"
#include "accounts/signedin.h"
#include "repositories/userrepository.h"

#include <QCoreApplication>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CellWriters)
};

Error notEditable(const QString &field)
{
    return Error::invalid(Tr::tr("The column \"%1\" cannot be changed in the table; use the dialog.").arg(field));
}

} // namespace

WindowedTableModel::CellWriter CellWriters::users(const SignedIn &signedIn)
{
    return [&signedIn](const QString &id, const QString &version, const QString &field, const QVariant &value) -> Status {
        const auto account = UserRepository(signedIn.database()).findById(id);
        if (!account)
            return account.error();
        AccountEdit edit{id, version, account->email, account->name, account->role, account->active, {}};
        if (field == QLatin1String("email"))
            edit.email = value.toString();
        else if (field == QLatin1String("name"))
            edit.name = value.toString();
        else if (field == QLatin1String("role"))
            edit.role = value.toString();
        else if (field == QLatin1String("is_active"))
            edit.active = value.toBool();
        else
            return notEditable(field);
        return AccountService(signedIn.database(), signedIn.account.email, signedIn.policy).save(edit).status();
    };
}

WindowedTableModel::CellWriter CellWriters::sessions(const SignedIn &signedIn, const QString &region)
{
    return [&signedIn, region](const QString &id, const QString &version, const QString &field, const QVariant &value) -> Status {
        SessionRepository repo(signedIn.database(), signedIn.policy, signedIn.account.email);
        const auto session = repo.findById(id);
        if (!session)
            return session.error();
        SessionEdit edit{id, version, session->userId, session->name, session->status, session->phoneNumber,
                         region};
        if (field == QLatin1String("session_name"))
            edit.name = value.toString();
        else if (field == QLatin1String("user_id"))
            edit.userId = value.toString();
        else if (field == QLatin1String("status"))
            edit.status = value.toString();
        else if (field == QLatin1String("phone_number"))
            edit.phoneNumber = value.toString();
        else
            return notEditable(field);
        return repo.save(edit).status();
    };
}

WindowedTableModel::CellWriter CellWriters::campaigns(const SignedIn &signedIn)
{
    return [&signedIn](const QString &id, const QString &version, const QString &field, const QVariant &value) -> Status {
        CampaignRepository repo(signedIn.database(), signedIn.policy, signedIn.account.email);
        const auto campaign = repo.findById(id);
        if (!campaign)
            return campaign.error();
        CampaignEdit edit{id, version, campaign->userId, campaign->sessionId, campaign->name,
                          campaign->messageTemplate, campaign->status, campaign->scheduledAt};
        if (field == QLatin1String("name")) {
            edit.name = value.toString();
        } else if (field == QLatin1String("user_id")) {
            // A session belongs to one owner: a campaign given to someone else leaves its session behind.
            if (value.toString() != campaign->userId)
                edit.sessionId.clear();
            edit.userId = value.toString();
        } else if (field == QLatin1String("session_id")) {
            edit.sessionId = value.toString();
        } else {
            return notEditable(field);
        }
        return repo.save(edit).status();
    };
}

WindowedTableModel::CellWriter CellWriters::contacts(const SignedIn &signedIn, const QString &region)
{
    return [&signedIn, region](const QString &id, const QString &version, const QString &field, const QVariant &value) -> Status {
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
        edit.keepCustomFields = true;
        if (field == QLatin1String("phone_number"))
            edit.phone = value.toString();
        else if (field == QLatin1String("name"))
            edit.name = value.toString();
        else if (field == QLatin1String("email"))
            edit.email = value.toString();
        else if (field == QLatin1String("status"))
            edit.status = value.toString();
        else if (field == QLatin1String("user_id"))
            edit.ownerId = value.toString();
        else
            return notEditable(field);
        return repo.save(edit, region).status();
    };
}

WindowedTableModel::CellWriter CellWriters::groups(const SignedIn &signedIn)
{
    return [&signedIn](const QString &id, const QString &version, const QString &field, const QVariant &value) -> Status {
        GroupRepository repo(signedIn.database(), signedIn.policy, signedIn.account.email);
        const auto group = repo.findById(id);
        if (!group)
            return group.error();
        GroupEdit edit{id, version, group->ownerId, group->name, group->description};
        if (field == QLatin1String("name"))
            edit.name = value.toString();
        else if (field == QLatin1String("description"))
            edit.description = value.toString();
        else if (field == QLatin1String("user_id"))
            edit.ownerId = value.toString();
        else
            return notEditable(field);
        return repo.save(edit).status();
    };
}

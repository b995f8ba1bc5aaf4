#pragma once

#include "repositories/campaignrepository.h"
#include "accounts/signedin.h"

#include <QDialog>
#include <memory>

class QTimer;

namespace Ui { class CampaignDialog; }

/**
 * Creates or edits a campaign: name, owner (admins), the owner's session, a template with a live
 * preview for one of the owner's contacts, the hand status changes and the scheduled time on the
 * server's clock. Read-only for roles that may not change the row.
 */
class CampaignDialog : public QDialog
{
    Q_OBJECT

public:
    // An empty id creates a new campaign.
    CampaignDialog(const SignedIn &signedIn, const QString &id, QWidget *parent = nullptr);
    ~CampaignDialog() override;

    QString savedName() const { return m_savedName; }

    QString savedId() const { return m_savedId; }
    QString errorText() const;
    bool isReadOnly() const { return m_readOnly; }

public slots:
    void accept() override;

private:
    bool load();
    void fillOwners();
    void ownerChanged();
    void fillSessions(const QString &selectId);
    void searchContacts();
    void updatePreview();
    void fillStatuses();
    void statusChosen();
    void updateProgress();
    void applyReadOnly();
    void fail(const QString &message, QWidget *field);
    QString ownerId() const;
    CampaignEdit currentEdit() const;

    std::unique_ptr<Ui::CampaignDialog> ui;
    const SignedIn &m_signedIn;
    CampaignRepository m_repository;
    QString m_id;
    Campaign m_loaded;       // the row as read (status, schedule, version); a draft for a new campaign
    QString m_serverNow;     // the server's LOCALTIMESTAMP when the dialog opened
    QList<TemplateContact> m_contacts;
    QTimer *m_contactSearch = nullptr;
    QString m_savedName;
    QString m_savedId;
    bool m_readOnly = false;
};

#include "dialogs/campaigndialog.h"
#include "widgets/readonlylook.h"
#include "ui_campaigndialog.h"

#include "dialogs/staleeditprompt.h"
#include "i18n/displayformat.h"
#include "campaigns/campaignstatus.h"
#include "campaigns/messagetemplate.h"
#include "theme/statuscolours.h"

#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimer>

namespace {
constexpr int ContactLimit = 50;  // the picker lists this many matches; typing narrows them down
}

CampaignDialog::CampaignDialog(const SignedIn &signedIn, const QString &id, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::CampaignDialog>()), m_signedIn(signedIn),
      m_repository(signedIn.database(), signedIn.policy, signedIn.account.email), m_id(id)
{
    ui->setupUi(this);
    ui->errorLabel->hide();
    ui->readOnlyLabel->hide();
    setWindowTitle(id.isEmpty() ? tr("New campaign") : tr("Edit campaign"));
    // The editor shows the server's wall clock as stored: UTC here only means "no conversion".
    ui->scheduledEdit->setTimeSpec(Qt::UTC);
    m_loaded.status = QStringLiteral("draft");
    // The whole hint in either language ("الاسم أو رقم الهاتف…" is wider than "Name or phone…"), with
    // room for the frame and the clear button; the contact list beside it takes what is left.
    ui->contactSearchEdit->setMinimumWidth(
        ui->contactSearchEdit->fontMetrics().horizontalAdvance(ui->contactSearchEdit->placeholderText()) + 40);

    // "Now" as the editor below writes times (ISO), isolated: inside an Arabic sentence the bidi
    // algorithm would otherwise turn "2026-12-06 03:35" into "06-12-2026 03:35".
    if (const auto now = m_repository.serverNow(); now) {
        m_serverNow = now.value();
        ui->serverTimeLabel->setText(tr("Times are the database server's clock (now %1).").arg(DisplayFormat::isolated(DisplayFormat::digits(m_serverNow.left(16)), Qt::LeftToRight)));
    }
    m_contactSearch = new QTimer(this);
    m_contactSearch->setSingleShot(true);
    m_contactSearch->setInterval(250);

    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &CampaignDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(ui->ownerCombo, &QComboBox::currentIndexChanged, this, &CampaignDialog::ownerChanged);
    connect(ui->statusCombo, &QComboBox::currentIndexChanged, this, &CampaignDialog::statusChosen);
    connect(ui->scheduledCheck, &QCheckBox::toggled, ui->scheduledEdit, &QWidget::setEnabled);
    connect(ui->templateEdit, &QPlainTextEdit::textChanged, this, &CampaignDialog::updatePreview);
    connect(ui->contactCombo, &QComboBox::currentIndexChanged, this, &CampaignDialog::updatePreview);
    connect(ui->contactSearchEdit, &QLineEdit::textChanged, m_contactSearch, qOverload<>(&QTimer::start));
    connect(m_contactSearch, &QTimer::timeout, this, &CampaignDialog::searchContacts);

    // An hour from the server's now, to the minute: what "Scheduled" starts from when first ticked.
    if (const QDateTime now = Timestamp::fromText(m_serverNow).toWallClock(); now.isValid())
        ui->scheduledEdit->setDateTime(now.addSecs(3600 - now.time().second()).addMSecs(-now.time().msec()));
    if (id.isEmpty()) {
        // Nothing has been sent yet: the progress rows would only say so.
        for (QWidget *w : std::initializer_list<QWidget *>{ui->progressLabel, ui->progressValue, ui->timesLabel, ui->timesValue})
            w->hide();
        fillOwners();
    } else if (!load()) {
        ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(false);
    }
    fillStatuses();
    ui->scheduledEdit->setEnabled(ui->scheduledCheck->isChecked());
    updateProgress();
    applyReadOnly();
    updatePreview();
}

CampaignDialog::~CampaignDialog() = default;

QString CampaignDialog::errorText() const
{
    return ui->errorLabel->isVisible() ? ui->errorLabel->text() : QString();
}

QString CampaignDialog::ownerId() const
{
    return ui->ownerCombo->currentData().toString();
}

bool CampaignDialog::load()
{
    const auto campaign = m_repository.findById(m_id);
    if (!campaign) {
        fail(campaign.error().message, nullptr);
        return false;
    }
    m_loaded = campaign.value();
    ui->nameEdit->setText(m_loaded.name);
    fillOwners();
    fillSessions(m_loaded.sessionId);
    searchContacts();
    ui->templateEdit->setPlainText(m_loaded.messageTemplate);
    ui->scheduledCheck->setChecked(!m_loaded.scheduledAt.isNull());
    if (!m_loaded.scheduledAt.isNull())
        ui->scheduledEdit->setDateTime(m_loaded.scheduledAt.toWallClock());
    fillStatuses();
    updateProgress();
    ui->errorLabel->hide();
    return true;
}

void CampaignDialog::fillOwners()
{
    const auto owners = m_repository.owners();
    if (!owners)
        return fail(owners.error().message, nullptr);
    // Filled without the owner signal: sessions and contacts follow once, for the owner finally chosen.
    const QSignalBlocker blocker(ui->ownerCombo);
    ui->ownerCombo->clear();
    for (const CampaignChoice &owner : owners.value())
        ui->ownerCombo->addItem(owner.text, owner.id);
    const QString wanted = m_id.isEmpty() ? m_signedIn.account.id : m_loaded.userId;
    int index = ui->ownerCombo->findData(wanted);
    if (index < 0 && !m_loaded.userId.isEmpty()) {
        // An owner outside the list (deleted meanwhile): shown, so the row is not silently moved.
        ui->ownerCombo->addItem(m_loaded.ownerEmail, m_loaded.userId);
        index = ui->ownerCombo->count() - 1;
    }
    ui->ownerCombo->setCurrentIndex(qMax(0, index));
    if (m_id.isEmpty())
        ownerChanged();
}

void CampaignDialog::ownerChanged()
{
    // Sessions and contacts are the owner's own: a new owner starts from "(none)".
    fillSessions(ownerId() == m_loaded.userId ? m_loaded.sessionId : QString());
    searchContacts();
}

void CampaignDialog::fillSessions(const QString &selectId)
{
    ui->sessionCombo->clear();
    ui->sessionCombo->addItem(tr("(none)"), QString());
    const auto sessions = m_repository.sessionsOf(ownerId());
    if (!sessions)
        return fail(sessions.error().message, ui->sessionCombo);
    for (const CampaignChoice &session : sessions.value())
        ui->sessionCombo->addItem(session.text, session.id);
    ui->sessionCombo->setCurrentIndex(qMax(0, ui->sessionCombo->findData(selectId)));
}

void CampaignDialog::searchContacts()
{
    const QString keep = ui->contactCombo->currentData().toString();
    const auto contacts = m_repository.contactsOf(ownerId(), ui->contactSearchEdit->text(), ContactLimit);
    m_contacts = contacts ? contacts.value() : QList<TemplateContact>();
    const QSignalBlocker blocker(ui->contactCombo);
    ui->contactCombo->clear();
    for (const TemplateContact &c : std::as_const(m_contacts))
        ui->contactCombo->addItem(c.name.isEmpty() ? c.phoneNumber : tr("%1 — %2").arg(c.name, c.phoneNumber), c.id);
    if (m_contacts.isEmpty())
        ui->contactCombo->addItem(ui->contactSearchEdit->text().isEmpty() ? tr("(the owner has no contacts)")
                                                                          : tr("(no contact matches)"));
    ui->contactCombo->setEnabled(!m_contacts.isEmpty());
    ui->contactCombo->setCurrentIndex(qMax(0, ui->contactCombo->findData(keep)));
    updatePreview();
}

void CampaignDialog::updatePreview()
{
    const int index = ui->contactCombo->currentIndex();
    const TemplateContact contact = index >= 0 && index < m_contacts.size() ? m_contacts.at(index) : TemplateContact();
    const auto rendering = MessageTemplate::render(ui->templateEdit->toPlainText(), contact.fields(), contact.customFields);
    QString html = rendering.text.toHtmlEscaped();
    QStringList flagged;
    for (const QString &key : rendering.unknown) {
        // Unknown placeholders stay in the text as written; mark each where it stands.
        const QRegularExpression written(QStringLiteral("(\\{\\{\\h*%1\\h*\\}\\})")
                                             .arg(QRegularExpression::escape(key.toHtmlEscaped())));
        html.replace(written, QStringLiteral("<span style=\"color:%1; background:%2;\">\\1</span>")
                                  .arg(StatusColours::text(StatusColours::Tone::Danger, palette()).name(),
                                       StatusColours::highlight(StatusColours::Tone::Danger, palette()).name()));
        flagged << QStringLiteral("{{%1}}").arg(key).toHtmlEscaped();
    }
    html.replace(u'\n', QLatin1String("<br>"));
    ui->previewBrowser->setHtml(html);
    // Known but empty for this contact (no email, say): sent as nothing, worth a warning.
    QStringList empty;
    const QVariantMap fields = contact.fields();
    for (const QString &key : MessageTemplate::placeholders(ui->templateEdit->toPlainText())) {
        const bool known = fields.contains(key) || contact.customFields.contains(key);
        const QString value = MessageTemplate::render(QStringLiteral("{{%1}}").arg(key), fields, contact.customFields).text;
        if (known && value.trimmed().isEmpty())
            empty << QStringLiteral("{{%1}}").arg(key).toHtmlEscaped();
    }
    QStringList notes;
    const QString who = m_contacts.isEmpty() ? tr("no contact chosen") : ui->contactCombo->currentText().toHtmlEscaped();
    if (!flagged.isEmpty())
        notes << tr("<span style=\"color:#b00020;\">Not filled for %1: %2 — the contact has no such field, so it "
                    "would be sent as written.</span>").arg(who, flagged.join(QStringLiteral(", ")));
    if (!empty.isEmpty())
        notes << tr("<span style=\"color:#b45309;\">Empty for this contact: %1.</span>").arg(empty.join(QStringLiteral(", ")));
    if (notes.isEmpty() && !MessageTemplate::placeholders(ui->templateEdit->toPlainText()).isEmpty())
        notes << tr("<span style=\"color:#1e7e34;\">Every placeholder is filled for this contact.</span>");
    ui->unknownLabel->setText(StatusColours::themedHtml(notes.join(QStringLiteral("<br>")), palette()));
}

void CampaignDialog::fillStatuses()
{
    const QSignalBlocker blocker(ui->statusCombo);
    ui->statusCombo->clear();
    for (const QString &status : CampaignStatus::handTargets(m_loaded.status))
        ui->statusCombo->addItem(CampaignStatus::displayName(status), status);
    ui->statusCombo->setCurrentIndex(0);
    // Running, completed and failed belong to the WaQtor server, whatever handTargets allows.
    const bool serverOwned = CampaignStatus::isServerOwned(m_loaded.status);
    ui->statusCombo->setEnabled(!serverOwned && ui->statusCombo->count() > 1);
    if (serverOwned)
        ui->statusNote->setText(tr("%1 is set by the WaQtor server, so the status cannot be changed here.")
                                    .arg(CampaignStatus::displayName(m_loaded.status)));
    else if (ui->statusCombo->count() <= 1)
        ui->statusNote->setText(tr("The status \"%1\" is not one WaQtor Admin can change.").arg(m_loaded.status));
    else
        statusChosen();
}

void CampaignDialog::statusChosen()
{
    const QString status = ui->statusCombo->currentData().toString();
    if (status == QLatin1String("scheduled")) {
        ui->scheduledCheck->setChecked(true);
        ui->statusNote->setText(tr("The WaQtor server starts the campaign at the scheduled time."));
    } else if (status == QLatin1String("paused")) {
        ui->statusNote->setText(tr("A paused campaign can only be scheduled again."));
    } else {
        ui->statusNote->setText(tr("Running, completed and failed are set by the WaQtor server."));
    }
}

void CampaignDialog::updateProgress()
{
    ui->progressValue->setText(tr("%L1 sent / %L2 failed / %L3 recipients")
                                   .arg(m_loaded.sentCount).arg(m_loaded.failedCount).arg(m_loaded.totalRecipients));
    const QString started = m_loaded.startedAt.isNull() ? tr("not started") : tr("started %1").arg(DisplayFormat::dateTime(m_loaded.startedAt.toWallClock(), true));
    ui->timesValue->setText(m_loaded.completedAt.isNull()
                                ? started
                                : tr("%1, completed %2").arg(started, DisplayFormat::dateTime(m_loaded.completedAt.toWallClock(), true)));
}

void CampaignDialog::applyReadOnly()
{
    const PermissionPolicy &policy = m_signedIn.policy;
    const Status allowed = m_id.isEmpty() ? policy.check(Action::Insert, Entity::Campaigns)
                                          : policy.check(Action::Edit, Entity::Campaigns, m_loaded.userId);
    // Only admins move a campaign to another owner.
    ui->ownerCombo->setEnabled(allowed.ok() && policy.seesAllOwners());
    if (allowed.ok())
        return;
    m_readOnly = true;
    ui->readOnlyLabel->setText(allowed.error().message);
    ui->readOnlyLabel->show();
    for (QWidget *w : std::initializer_list<QWidget *>{ui->nameEdit, ui->ownerCombo, ui->sessionCombo, ui->statusCombo,
                                                       ui->scheduledCheck, ui->scheduledEdit})
        w->setEnabled(false);
    ui->templateEdit->setReadOnly(true);
    ui->buttonBox->setStandardButtons(QDialogButtonBox::Close);
    setWindowTitle(tr("Campaign (read-only)"));
    ReadOnlyLook::applyWithin(this);
}

void CampaignDialog::fail(const QString &message, QWidget *field)
{
    ui->errorLabel->setText(message);
    ui->errorLabel->show();
    if (field)
        field->setFocus();
}

CampaignEdit CampaignDialog::currentEdit() const
{
    CampaignEdit edit{m_id, m_loaded.version, ownerId(), ui->sessionCombo->currentData().toString(), ui->nameEdit->text(),
                      ui->templateEdit->toPlainText(), ui->statusCombo->currentData().toString(), {}};
    if (ui->scheduledCheck->isChecked()) {
        const QDateTime shown = ui->scheduledEdit->dateTime();
        // Untouched, the stored value goes back exactly (microseconds and all).
        edit.scheduledAt = !m_loaded.scheduledAt.isNull() && shown == m_loaded.scheduledAt.toWallClock()
            ? m_loaded.scheduledAt
            : Timestamp::fromWallClock(shown);
    }
    return edit;
}

void CampaignDialog::accept()
{
    if (m_readOnly)
        return;
    CampaignEdit edit = currentEdit();
    // Validation before any SQL, the sentence next to the fields; the repository checks again.
    if (const Status s = CampaignRepository::checkFields(edit); !s) {
        const bool templateMissing = !edit.name.trimmed().isEmpty() && edit.messageTemplate.trimmed().isEmpty();
        return fail(s.error().message, templateMissing ? static_cast<QWidget *>(ui->templateEdit) : ui->nameEdit);
    }
    if (const Status s = CampaignStatus::checkTransition(m_loaded.status, edit.status); !s)
        return fail(s.error().message, ui->statusCombo);
    const bool scheduleChanged = m_id.isEmpty() || edit.status != m_loaded.status || edit.scheduledAt != m_loaded.scheduledAt;
    if (scheduleChanged)
        if (const Status s = CampaignStatus::checkSchedule(edit.status, edit.scheduledAt.text(), m_serverNow); !s)
            return fail(s.error().message, ui->scheduledEdit);

    auto saved = m_repository.save(edit);
    if (!StaleEditPrompt::resolve(this, windowTitle(), saved, [this] { load(); },
                                  [&] { edit.version.clear(); return m_repository.save(edit); }))
        return;
    if (!saved)
        return fail(saved.error().message, nullptr);
    m_savedName = saved->name;
    m_savedId = saved->id;
    QDialog::accept();
}

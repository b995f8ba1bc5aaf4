#include "dialogs/sessiondialog.h"
#include "widgets/readonlylook.h"
#include "ui_sessiondialog.h"

#include "phone/phonenumber.h"
#include "widgets/qrcodeimage.h"
#include "dialogs/staleeditprompt.h"
#include "i18n/displayformat.h"
#include "repositories/userrepository.h"

#include <QLocale>
#include <QPushButton>
#include <QTimer>

namespace {
constexpr int QrSide = 264;             // pixels the QR code aims for: easy to scan off a screen
constexpr int QrRefreshMs = 10 * 1000;  // WhatsApp rotates the pairing code about every 20 seconds
}

SessionDialog::SessionDialog(const SignedIn &signedIn, const QString &id, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::SessionDialog>()), m_signedIn(signedIn), m_id(id)
{
    ui->setupUi(this);
    ui->errorLabel->hide();
    ui->qrGroup->hide();
    ui->timesLabel->hide();
    for (const QString &status : SessionRepository::statuses())
        ui->statusCombo->addItem(SessionRepository::statusText(status), status);
    ui->statusCombo->setCurrentIndex(ui->statusCombo->findData(QStringLiteral("disconnected")));
    setWindowTitle(id.isEmpty() ? tr("New WhatsApp session") : tr("Edit WhatsApp session"));
    fillOwners();
    m_qrTimer = new QTimer(this);
    m_qrTimer->setInterval(QrRefreshMs);
    connect(m_qrTimer, &QTimer::timeout, this, &SessionDialog::refreshQrCode);
    connect(ui->refreshQrButton, &QPushButton::clicked, this, &SessionDialog::refreshQrCode);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &SessionDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const PermissionPolicy &policy = signedIn.policy;
    if (!policy.allows(id.isEmpty() ? Action::Insert : Action::Edit, Entity::Sessions))
        setReadOnly();
    if (!id.isEmpty())
        load();
}

SessionDialog::~SessionDialog() = default;

SessionRepository SessionDialog::repository() const
{
    return SessionRepository(m_signedIn.database(), m_signedIn.policy, m_signedIn.account.email);
}

QString SessionDialog::errorText() const
{
    return ui->errorLabel->isHidden() ? QString() : ui->errorLabel->text();
}

void SessionDialog::fillOwners()
{
    const PermissionPolicy &policy = m_signedIn.policy;
    if (policy.allows(Action::Insert, Entity::Sessions) && policy.seesAllOwners()) {
        // Admins hand sessions to anyone; a few thousand accounts at most.
        const auto accounts = UserRepository(m_signedIn.database()).list();
        if (!accounts)
            return fail(accounts.error().message, nullptr);
        for (const Account &a : accounts.value())
            ui->ownerCombo->addItem(a.email, a.id);
    } else if (!policy.seesAllOwners()) {
        ui->ownerCombo->addItem(m_signedIn.account.email, m_signedIn.account.id);
        ui->ownerCombo->setEnabled(false);
        ui->ownerCombo->setToolTip(tr("Your sessions are always your own; only an admin can give a session to someone else."));
    }
    // Viewers: load() adds the session's own owner.
    ui->ownerCombo->setCurrentIndex(qMax(0, ui->ownerCombo->findData(m_signedIn.account.id)));
}

void SessionDialog::setReadOnly()
{
    m_readOnly = true;
    setWindowTitle(tr("WhatsApp session (read-only)"));
    ui->nameEdit->setReadOnly(true);
    ui->phoneEdit->setReadOnly(true);
    ui->phoneEdit->setPlaceholderText(QString());
    ui->ownerCombo->setEnabled(false);
    ui->statusCombo->setEnabled(false);
    ui->buttonBox->setStandardButtons(QDialogButtonBox::Close);
    ReadOnlyLook::applyWithin(this);
}

bool SessionDialog::load()
{
    const auto session = repository().findById(m_id);
    if (!session) {
        fail(session.error().message, nullptr);
        if (QPushButton *save = ui->buttonBox->button(QDialogButtonBox::Save))
            save->setEnabled(false);
        return false;
    }
    const WhatsAppSession &s = session.value();
    ui->nameEdit->setText(s.name);
    if (ui->ownerCombo->findData(s.userId) < 0)
        ui->ownerCombo->addItem(s.ownerEmail, s.userId);
    ui->ownerCombo->setCurrentIndex(ui->ownerCombo->findData(s.userId));
    // A status the server wrote that this version does not know is shown, and kept, as stored.
    if (ui->statusCombo->findData(s.status) < 0)
        ui->statusCombo->addItem(SessionRepository::statusText(s.status), s.status);
    ui->statusCombo->setCurrentIndex(ui->statusCombo->findData(s.status));
    ui->phoneEdit->setText(s.phoneNumber);
    m_loadedPhone = s.phoneNumber;
    // In the locale's format, as the contact and group dialogs write them: the raw "2025-10-12" inside an
    // Arabic sentence is reordered by the bidi algorithm into "12-10-2025".
    ui->timesLabel->setText(tr("Created %1 · updated %2")
                                .arg(DisplayFormat::dateTime(s.createdAt.toWallClock(), true),
                                     DisplayFormat::dateTime(s.updatedAt.toWallClock(), true)));
    ui->timesLabel->show();
    m_version = s.version;
    if (!m_readOnly && !m_signedIn.policy.allowsOnRow(Action::Edit, Entity::Sessions, s.userId))
        setReadOnly();
    showQrCode(s);
    return true;
}

void SessionDialog::showQrCode(const WhatsAppSession &session)
{
    const bool pairing = session.status == QLatin1String("qr");
    ui->qrGroup->setVisible(pairing);
    if (!pairing) {
        m_qrTimer->stop();
        return;
    }
    m_qrTimer->start();
    QString why;
    const QImage image = QrCodeImage::fromPairingCode(session.qrCode, 1, &why);
    if (image.isNull())
        return showQrText(why);
    // Whole-pixel scaling keeps every module sharp; big stored images are fitted smoothly.
    const int side = qMax(image.width(), 1);
    const QImage shown = side <= QrSide
        ? image.scaled(image.size() * qMax(1, QrSide / side), Qt::KeepAspectRatio, Qt::FastTransformation)
        : image.scaled(QrSide, QrSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    // A word-wrapped label would let the layout squeeze the picture; a picture needs its full size.
    ui->qrLabel->setWordWrap(false);
    ui->qrLabel->setMinimumSize(shown.size());
    ui->qrLabel->setPixmap(QPixmap::fromImage(shown));
    adjustSize();
}

void SessionDialog::showQrText(const QString &text)
{
    ui->qrLabel->setPixmap(QPixmap());
    ui->qrLabel->setMinimumSize(0, 0);
    ui->qrLabel->setWordWrap(true);
    ui->qrLabel->setText(text);
}

void SessionDialog::refreshQrCode()
{
    // Only the picture: what the user is typing, and the version a save compares, stay as they are.
    const auto session = repository().findById(m_id);
    if (!session) {
        m_qrTimer->stop();
        return showQrText(session.error().message);
    }
    if (session->status != QLatin1String("qr")) {
        m_qrTimer->stop();
        return showQrText(tr("No code to scan: the session is now \"%1\".").arg(SessionRepository::statusText(session->status)));
    }
    showQrCode(session.value());
}

void SessionDialog::fail(const QString &message, QWidget *field)
{
    ui->errorLabel->setText(message);
    ui->errorLabel->show();
    if (field)
        field->setFocus();
}

void SessionDialog::accept()
{
    if (m_readOnly)
        return QDialog::reject();
    // Validation before any SQL, the sentence next to the fields.
    const auto name = SessionRepository::normaliseName(ui->nameEdit->text());
    if (!name)
        return fail(name.error().message, ui->nameEdit);
    // National numbers are read in the region of the computer's locale.
    QString region = QLocale::territoryToCode(QLocale().territory());
    if (!PhoneNumber::isKnownRegion(region))
        region.clear();
    QString phone = ui->phoneEdit->text().trimmed();
    if (phone != m_loadedPhone) {
        const auto normal = SessionRepository::normalisePhone(phone, region);
        if (!normal)
            return fail(normal.error().message, ui->phoneEdit);
        phone = normal.value();
        ui->phoneEdit->setText(phone);
    }
    SessionEdit edit{m_id, m_version, ui->ownerCombo->currentData().toString(), name.value(),
                     ui->statusCombo->currentData().toString(), phone, region};
    SessionRepository sessions = repository();
    auto saved = sessions.save(edit);
    if (!StaleEditPrompt::resolve(
            this, windowTitle(), saved,
            [this] {
                ui->errorLabel->hide();
                load();
            },
            [&] {
                edit.version.clear();
                return sessions.save(edit);
            }))
        return;
    if (!saved)
        return fail(saved.error().message, saved.error().kind == ErrorKind::Conflict ? ui->nameEdit : nullptr);
    m_savedName = saved->name;
    m_savedId = saved->id;
    QDialog::accept();
}

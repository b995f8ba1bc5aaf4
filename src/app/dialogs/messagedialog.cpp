#include "dialogs/messagedialog.h"
#include "ui_messagedialog.h"

#include "delegates/contentdirection.h"
#include "repositories/messagerepository.h"
#include "theme/statuscolours.h"

#include <QFontDatabase>
#include <QPushButton>
#include <QUrl>

MessageDialog::MessageDialog(const SignedIn &signedIn, const QString &id, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::MessageDialog>()), m_signedIn(signedIn)
{
    ui->setupUi(this);
    ui->loadErrorLabel->hide();
    ui->metadataEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (QPushButton *close = ui->buttonBox->button(QDialogButtonBox::Close))
        close->setDefault(true);
    load(id);
}

MessageDialog::~MessageDialog() = default;

QString MessageDialog::errorText() const
{
    return ui->loadErrorLabel->isHidden() ? QString() : ui->loadErrorLabel->text();
}

bool MessageDialog::load(const QString &id)
{
    const auto message = MessageRepository(m_signedIn.database(), m_signedIn.policy, m_signedIn.account.email).find(id);
    if (!message) {
        ui->loadErrorLabel->setText(message.error().message);
        ui->loadErrorLabel->show();
        return false;
    }
    fill(message.value());
    return true;
}

void MessageDialog::fill(const MessageDetail &m)
{
    const QString none = tr("—");
    auto orNone = [&none](const QString &text) { return text.isEmpty() ? none : text; };
    setWindowTitle(tr("Message to %1").arg(m.phoneNumber));
    ui->createdValue->setText(orNone(m.createdAt.text()));
    ui->updatedValue->setText(orNone(m.updatedAt.text()));
    ui->ownerValue->setText(orNone(m.ownerEmail));
    ui->sessionValue->setText(m.sessionId.isEmpty() ? tr("none (the session was removed)") : orNone(m.sessionName));
    ui->phoneValue->setText(m.phoneNumber);
    ui->statusValue->setText(orNone(MessageRepository::statusText(m.status)));
    ui->ackValue->setText(m.ack ? tr("%1 (%2)").arg(MessageRepository::ackText(*m.ack)).arg(*m.ack) : none);
    ui->mediaTypeValue->setText(orNone(m.mediaType));
    // Only web addresses become links: a file: or other scheme from the log is never opened with a click.
    const QUrl url(m.mediaUrl.trimmed());
    const bool web = url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
    ui->mediaUrlValue->setTextFormat(web ? Qt::RichText : Qt::PlainText);
    ui->mediaUrlValue->setText(web ? QStringLiteral("<a href=\"%1\">%2</a>")
                                         .arg(QString::fromUtf8(url.toEncoded()).toHtmlEscaped(), m.mediaUrl.toHtmlEscaped())
                                   : orNone(m.mediaUrl));
    ui->errorValue->setText(orNone(m.errorMessage));
    ui->errorValue->setStyleSheet(m.errorMessage.isEmpty() ? QString() : StatusColours::styleSheet(StatusColours::Tone::Danger, palette()));
    ui->messageIdValue->setText(orNone(m.messageId));
    ui->recordIdValue->setText(m.id);
    ui->textEdit->setPlainText(m.text);
    ui->metadataEdit->setPlainText(m.metadata);
    // Owner e-mails, session names and error texts are data: each runs in its own direction.
    for (QLabel *value : {ui->ownerValue, ui->sessionValue, ui->phoneValue, ui->mediaTypeValue, ui->mediaUrlValue,
                          ui->errorValue, ui->messageIdValue, ui->recordIdValue})
        ContentDirection::applyTo(value);
    ui->metadataEdit->setPlaceholderText(tr("No metadata"));
    ui->textEdit->setPlaceholderText(tr("No text (media only)"));
}

#include "dialogs/aboutdialog.h"

#include "db/databaseprobe.h"
#include "theme/icontheme.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QTextDocument>
#include <QVBoxLayout>

AboutDialog::AboutDialog(const SignedIn &signedIn, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("About WaQtor Admin"));
    auto *icon = new QLabel(this);
    icon->setPixmap(IconTheme::application().pixmap(96, 96));
    icon->setAlignment(Qt::AlignTop);

    // A server that stopped answering is no reason to hide the rest.
    const auto version = DatabaseProbe::serverVersion(signedIn.database());
    const QString server = version ? version.value() : tr("unknown (%1)").arg(version.error().message);
    const QString qtVersion = QString::fromLatin1(qVersion()) == QLatin1String(QT_VERSION_STR)
                                  ? QString::fromLatin1(qVersion())
                                  : tr("%1 (built with %2)").arg(QString::fromLatin1(qVersion()), QLatin1String(QT_VERSION_STR));
    m_text = new QLabel(this);
    m_text->setTextFormat(Qt::RichText);
    m_text->setWordWrap(true);
    m_text->setOpenExternalLinks(true);
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_text->setText(QStringLiteral("<h2>%1</h2><p>%2</p><p>%3<br>%4<br>%5</p><p>%6</p><p>%7</p>")
                        .arg(tr("WaQtor Admin %1").arg(QApplication::applicationVersion()).toHtmlEscaped(),
                             tr("Administers the PostgreSQL database of a WaQtor WhatsApp campaign server.").toHtmlEscaped(),
                             tr("Qt: %1").arg(qtVersion).toHtmlEscaped(),
                             tr("PostgreSQL server: %1").arg(server).toHtmlEscaped(),
                             tr("Database: %1").arg(signedIn.settings.describe()).toHtmlEscaped(),
                             tr("Licence: GNU General Public License, version 3 or (at your option) any later version "
                                "(GPL-3.0-or-later). This program comes with absolutely no warranty.")
                                 .toHtmlEscaped(),
                             tr("Icons: Breeze by the KDE Visual Design Group, LGPL-3.0-or-later.").toHtmlEscaped()));
    m_text->setMinimumWidth(420);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *row = new QHBoxLayout;
    row->addWidget(icon);
    row->addWidget(m_text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
}

QString AboutDialog::text() const
{
    QTextDocument document;
    document.setHtml(m_text->text());
    return document.toPlainText();
}

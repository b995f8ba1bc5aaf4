#include "widgets/connectionbanner.h"

#include "theme/statuscolours.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTime>
#include <QTimer>

ConnectionBanner::ConnectionBanner(QWidget *parent)
    : QFrame(parent), m_label(new QLabel(this)), m_button(new QPushButton(tr("Reconnect now"), this)),
      m_countdown(new QTimer(this))
{
    setObjectName(QStringLiteral("connectionBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_label->setObjectName(QStringLiteral("connectionBannerText"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_button->setObjectName(QStringLiteral("reconnectButton"));
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_button);
    connect(m_button, &QPushButton::clicked, this, [this] {
        m_secondsLeft = -1;
        m_countdown->stop();
        updateText();
        emit reconnectRequested();
    });
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, [this] {
        if (m_secondsLeft > 0)
            --m_secondsLeft;
        updateText();
    });
    applyColours();
    hide();
}

void ConnectionBanner::showLost(const QString &why)
{
    if (isHidden())
        m_since = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
    m_why = why;
    updateText();
    show();
}

void ConnectionBanner::showRetryIn(int msecs)
{
    m_secondsLeft = (msecs + 999) / 1000;
    m_countdown->start();
    updateText();
}

void ConnectionBanner::showBack()
{
    m_countdown->stop();
    m_secondsLeft = -1;
    hide();
}

QString ConnectionBanner::text() const
{
    return m_label->text();
}

void ConnectionBanner::updateText()
{
    const QString next = m_secondsLeft > 0 ? tr("Trying again in %L1 s.").arg(m_secondsLeft) : tr("Trying again now…");
    m_label->setText(tr("The connection to the database server was lost at %1: %2 %3 Your unsaved edits are kept; "
                        "pages show what they last loaded.")
                         .arg(m_since, m_why, next));
}

void ConnectionBanner::applyColours()
{
    // Warning text on the window's own colour: the pair StatusColours keeps at 4.5:1 in both themes.
    QPalette p = palette();
    p.setColor(QPalette::WindowText, StatusColours::text(StatusColours::Tone::Warning, p));
    p.setColor(QPalette::Window, StatusColours::highlight(StatusColours::Tone::Warning, p));
    setPalette(p);
    m_label->setPalette(p);
}

void ConnectionBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    // The theme changed (light ⇄ dark): pick the pair for the new one. applyColours() changes the
    // palette itself, which comes back here once.
    if (event->type() == QEvent::PaletteChange && !m_applying) {
        m_applying = true;
        applyColours();
        m_applying = false;
    }
    if (event->type() == QEvent::LanguageChange) {
        m_button->setText(tr("Reconnect now"));
        updateText();
    }
}

#include "live/sessionwatch.h"

#include "accounts/accountrules.h"
#include "db/database.h"
#include "live/liveupdates.h"
#include "widgets/connectionbanner.h"

#include <QWidget>

SessionWatch::SessionWatch(const SignedIn &signedIn, QWidget *window)
    : QObject(window), m_signedIn(signedIn), m_banner(new ConnectionBanner(window)),
      m_live(new LiveUpdates(signedIn.settings, signedIn.account.id, this))
{
    connect(m_live, &LiveUpdates::due, this, &SessionWatch::tablesChanged);
    connect(m_live, &LiveUpdates::connectionLost, this, [this](const Error &error) { m_banner->showLost(error.message); });
    connect(m_live, &LiveUpdates::retryScheduled, m_banner, &ConnectionBanner::showRetryIn);
    connect(m_live, &LiveUpdates::connectionBack, this, &SessionWatch::connectionBack);
    connect(m_live, &LiveUpdates::accountTouched, this, &SessionWatch::checkAccount);
    connect(m_banner, &ConnectionBanner::reconnectRequested, m_live, &LiveUpdates::reconnectNow);
    // A save refused anywhere (a dialog, a cell, an import) because the account changed.
    connect(AccountStanding::instance(), &AccountStanding::refused, this, [this](const QString &userId) {
        if (userId == m_signedIn.account.id)
            checkAccount();
    });
}

void SessionWatch::start()
{
    m_live->start();
}

void SessionWatch::connectionBack()
{
    // The window's own connection most likely went down with the listener's: open it again before
    // the reload that follows, so neither the reload nor a later save fails on a dead session.
    if (!Database::isAlive(m_signedIn.database())) {
        if (const Status s = Database::reopen(m_signedIn.database()); !s) {
            m_banner->showLost(s.error().message);
            return;
        }
    }
    m_banner->showBack();
    emit reconnected();
    checkAccount();
}

void SessionWatch::checkAccount()
{
    if (m_accountChangeSent)
        return;
    const auto standing = AccountStanding::read(m_signedIn.database(), m_signedIn.account.id);
    if (!standing)
        return;  // out of reach: the banner says so, and the account is read again once back
    const Standing &now = standing.value();
    QString message;
    if (!now.exists)
        message = tr("Your account was deleted by an administrator; you are signed out.");
    else if (!now.active)
        message = tr("Your account was deactivated by an administrator; you are signed out. Sign in again once it "
                     "is reactivated.");
    else if (now.role != m_signedIn.account.role)
        message = tr("An administrator changed your role from %1 to %2; the window now offers what the %2 role may do.")
                      .arg(AccountRules::roleText(m_signedIn.account.role), AccountRules::roleText(now.role));
    if (message.isEmpty())
        return;
    m_accountChangeSent = true;
    emit accountChanged(now, message);
}

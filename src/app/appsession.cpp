#include "appsession.h"

#include "i18n/interfacelanguage.h"
#include "settings/languagepreference.h"

#include "db/database.h"
#include "dialogs/logindialog.h"
#include "mainwindow.h"

#include <QApplication>
#include <QTimer>
#include <QMessageBox>

AppSession::AppSession(ConnectionSettings settings, QString connectionName, QObject *parent)
    : QObject(parent), m_settings(std::move(settings)), m_connectionStem(std::move(connectionName))
{
}

AppSession::~AppSession()
{
    close();
}

QString AppSession::nextConnectionName()
{
    // The first keeps the plain name; Switch user needs a second while the first is still open.
    const int n = m_connections++;
    return n == 0 ? m_connectionStem : QStringLiteral("%1-%2").arg(m_connectionStem).arg(n);
}

std::optional<SignedIn> AppSession::askSignIn()
{
    // Gone before open() replaces the window it is centred on.
    LoginDialog login(m_settings, nextConnectionName(), m_window.get(), &m_vault);
    const bool accepted = login.exec() == QDialog::Accepted;
    // Edits to the DB_* settings last for the run, whichever profile was then used.
    m_settings = login.environmentSettings();
    if (!accepted)
        return std::nullopt;
    return login.signedIn();
}

bool AppSession::signIn()
{
    const std::optional<SignedIn> signedIn = askSignIn();
    if (signedIn)
        open(*signedIn);
    return signedIn.has_value();
}

MainWindow *AppSession::open(const SignedIn &signedIn)
{
    close();
    m_signedIn = std::make_unique<SignedIn>(signedIn);
    // Each account opens in its own language (Settings remembers it per account), before its window is built.
    if (!m_languageForced) {
        const LanguageChoice saved = LanguagePreference::load(signedIn.account.id);
        InterfaceLanguage::apply(saved.effectiveLanguage(), saved.digits);
    }
    return openWindow();
}

MainWindow *AppSession::openWindow()
{
    m_window = std::make_unique<MainWindow>(*m_signedIn);
    if (m_restoresWorkspace)
        m_window->restoreWorkspace();
    // Queued: the window is deleted on the way, which must not happen inside its own action's signal.
    connect(m_window.get(), &MainWindow::signOutRequested, this, &AppSession::signOut, Qt::QueuedConnection);
    connect(m_window.get(), &MainWindow::switchUserRequested, this, &AppSession::switchUser, Qt::QueuedConnection);
    connect(m_window.get(), &MainWindow::accountChanged, this, &AppSession::followAccount, Qt::QueuedConnection);
    m_window->setAttribute(Qt::WA_DontShowOnScreen, m_picturesOnly);
    m_window->show();
    emit windowOpened(m_window.get());
    return m_window.get();
}

void AppSession::close()
{
    // Pages own their background queries, whose destructors cancel and wait for their workers, which
    // close their connections: the window goes first, the account's own connection after it.
    m_window.reset();
    if (m_signedIn) {
        const QString name = m_signedIn->connectionName;
        m_signedIn.reset();
        Database::disconnect(name);
    }
}

void AppSession::signOut()
{
    // Nothing is on screen between closing the window and showing the dialog: that must not end the program.
    const bool quitOnClose = QApplication::quitOnLastWindowClosed();
    QApplication::setQuitOnLastWindowClosed(false);
    close();
    const bool signedIn = signIn();
    QApplication::setQuitOnLastWindowClosed(quitOnClose);
    if (!signedIn)
        emit finished();
}

void AppSession::switchUser()
{
    const bool quitOnClose = QApplication::quitOnLastWindowClosed();
    QApplication::setQuitOnLastWindowClosed(false);
    if (const std::optional<SignedIn> other = askSignIn())
        open(*other);  // closes the old account first
    QApplication::setQuitOnLastWindowClosed(quitOnClose);
}

void AppSession::followAccount(const Standing &standing, const QString &message)
{
    // Never under an open dialog: it would go with the window while the user is in it.
    if (QApplication::activeModalWidget()) {
        QTimer::singleShot(300, this, [this, standing, message] { followAccount(standing, message); });
        return;
    }
    if (!m_window)
        return;
    QMessageBox::information(m_window.get(), m_window->windowTitle(), message);
    if (standing.exists && standing.active) {
        const bool quitOnClose = QApplication::quitOnLastWindowClosed();
        QApplication::setQuitOnLastWindowClosed(false);
        // The old window (its pages hold the account and its old rights) goes first; the connection stays.
        m_window.reset();
        m_signedIn->account.role = standing.role;
        m_signedIn->policy = PermissionPolicy(standing.role, m_signedIn->account.id, m_signedIn->policy.readOnlyDatabase());
        openWindow();
        QApplication::setQuitOnLastWindowClosed(quitOnClose);
    } else {
        signOut();
    }
}

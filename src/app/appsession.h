#pragma once

#include "accounts/accountstanding.h"
#include "accounts/signedin.h"
#include "connections/passwordvault.h"

#include <QObject>
#include <memory>
#include <optional>

class MainWindow;

/**
 * One signed-in account at a time: the sign-in dialog, then that account's main window. Sign out
 * closes the window (every page, and with them their worker connections) and the account's database
 * connection before the sign-in dialog shows again; Switch user shows it over the open window and
 * closes the old account only once another one signed in.
 */
class AppSession : public QObject
{
    Q_OBJECT

public:
    // `connectionName`: the stem of the GUI thread's connection names (each sign-in gets its own).
    AppSession(ConnectionSettings settings, QString connectionName, QObject *parent = nullptr);
    ~AppSession() override;

    // Shows the sign-in dialog and opens the main window; false when it was cancelled.
    bool signIn();
    // Only the dialog: the account it signed in, not yet given a window (nullopt when cancelled).
    std::optional<SignedIn> askSignIn();
    // Opens the main window of an account signed in elsewhere (--screenshot, tests) and takes over its connection.
    MainWindow *open(const SignedIn &signedIn);
    MainWindow *window() const { return m_window.get(); }
    // A connection name no open account uses.
    QString nextConnectionName();
    // --lang was given: every account's window keeps it instead of the account's saved language.
    void setLanguageForced(bool forced) { m_languageForced = forced; }
    // Windows come back as the account left them (not for --screenshot, which must look the same everywhere).
    void setRestoresWorkspace(bool restores) { m_restoresWorkspace = restores; }
    // --screenshot: the window is laid out as if shown but painted only into the picture, so it
    // never flashes up on a desktop and its table is not painted twice.
    void setPicturesOnly(bool picturesOnly) { m_picturesOnly = picturesOnly; }

public slots:
    void signOut();
    void switchUser();
    // Someone else changed this account's rights: the window is rebuilt for its new role, or, for a
    // deactivated or deleted account, closed for the sign-in dialog; `message` says which first.
    void followAccount(const Standing &standing, const QString &message);

signals:
    // Sign-in was cancelled after a sign-out: nobody is signed in, the application should end.
    void finished();
    void windowOpened(MainWindow *window);

private:
    void close();
    MainWindow *openWindow();

    ConnectionSettings m_settings;
    // Saved profiles' database passwords, asked at most once per run.
    PasswordVault m_vault;
    QString m_connectionStem;
    int m_connections = 0;
    bool m_languageForced = false;
    bool m_restoresWorkspace = false;
    bool m_picturesOnly = false;
    // The window holds a reference to the account: declared first so it is destroyed last.
    std::unique_ptr<SignedIn> m_signedIn;
    std::unique_ptr<MainWindow> m_window;
};

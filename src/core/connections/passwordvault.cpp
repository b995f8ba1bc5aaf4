#include "connections/passwordvault.h"

#include <QCoreApplication>
#include <QEventLoop>

#include <qt6keychain/keychain.h>

namespace {

// Gives lupdate and the translator one context for this file's sentences.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PasswordVault)
};

QString entryKey(const QString &profileId)
{
    return QStringLiteral("connection/") + profileId;
}

// qtkeychain's jobs answer through a signal (D-Bus underneath); the sign-in dialog waits for them.
void runToEnd(QKeychain::Job &job)
{
    bool finished = false;
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    job.start();
    if (!finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
}

} // namespace

PasswordVault::PasswordVault(QString service) : m_service(std::move(service))
{
}

bool PasswordVault::keychainAvailable()
{
    if (!m_keychainAvailable) {
        // A lookup that the keychain answers, found or not, shows there is one.
        QKeychain::ReadPasswordJob probe(m_service);
        probe.setAutoDelete(false);
        probe.setKey(QStringLiteral("probe"));
        runToEnd(probe);
        m_keychainAvailable = probe.error() == QKeychain::NoError || probe.error() == QKeychain::EntryNotFound;
    }
    return *m_keychainAvailable;
}

std::optional<QString> PasswordVault::password(const QString &profileId)
{
    if (const auto it = m_memory.constFind(profileId); it != m_memory.cend())
        return *it;
    if (!keychainAvailable())
        return std::nullopt;
    QKeychain::ReadPasswordJob read(m_service);
    read.setAutoDelete(false);
    read.setKey(entryKey(profileId));
    runToEnd(read);
    if (read.error() != QKeychain::NoError)
        return std::nullopt;
    m_memory.insert(profileId, read.textData());
    return read.textData();
}

Result<PasswordVault::Where> PasswordVault::store(const QString &profileId, const QString &password, bool inKeychain)
{
    m_memory.insert(profileId, password);
    if (!inKeychain)
        return Where::Memory;
    if (!keychainAvailable())
        return Error::invalid(Tr::tr("No system keychain answers on this desktop session, so the password is kept "
                                     "for this run only; start GNOME Keyring or KWallet to keep it."));
    QKeychain::WritePasswordJob write(m_service);
    write.setAutoDelete(false);
    write.setKey(entryKey(profileId));
    write.setTextData(password);
    runToEnd(write);
    if (write.error() != QKeychain::NoError)
        return Error::invalid(Tr::tr("The system keychain did not keep the password (%1), so it is kept for this run "
                                     "only.").arg(write.errorString()));
    return Where::Keychain;
}

Status PasswordVault::forget(const QString &profileId)
{
    m_memory.remove(profileId);
    if (!keychainAvailable())
        return {};
    QKeychain::DeletePasswordJob remove(m_service);
    remove.setAutoDelete(false);
    remove.setKey(entryKey(profileId));
    runToEnd(remove);
    if (remove.error() != QKeychain::NoError && remove.error() != QKeychain::EntryNotFound)
        return Error::invalid(Tr::tr("The system keychain did not remove the saved password (%1); remove the entry "
                                     "\"%2\" of \"%3\" in the keychain's own tool.")
                                  .arg(remove.errorString(), entryKey(profileId), m_service));
    return {};
}

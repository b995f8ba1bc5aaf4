#include "db/connectionsettings.h"

#include "db/connectionfailure.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <algorithm>

namespace {

// Gives lupdate and the translator one context for this file's sentences.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionSettings)
};

QString unquote(QString value)
{
    value = value.trimmed();
    if (value.size() >= 2
        && ((value.startsWith(u'"') && value.endsWith(u'"'))
            || (value.startsWith(u'\'') && value.endsWith(u'\'')))) {
        const bool doubleQuoted = value.startsWith(u'"');
        value = value.mid(1, value.size() - 2);
        if (doubleQuoted) // dotenv expands these two escapes inside double quotes only
            value.replace(QStringLiteral("\\n"), QStringLiteral("\n")).replace(QStringLiteral("\\\""), QStringLiteral("\""));
        return value;
    }
    // An unquoted value ends at an inline comment, as in dotenv.
    const int hash = value.indexOf(QStringLiteral(" #"));
    return hash >= 0 ? value.left(hash).trimmed() : value;
}

Result<QHash<QString, QString>> readDotEnv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return Error::invalid(Tr::tr("Cannot read the settings file %1: %2. Check the path given to --env-file.")
                                  .arg(QDir::toNativeSeparators(path), file.errorString()));
    QHash<QString, QString> values;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (QString line : lines) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        if (line.startsWith(QStringLiteral("export ")))
            line = line.mid(7).trimmed();
        const int eq = line.indexOf(u'=');
        if (eq <= 0)
            continue;
        values.insert(line.left(eq).trimmed(), unquote(line.mid(eq + 1)));
    }
    return values;
}

} // namespace

Result<ConnectionSettings> ConnectionSettings::load(const QString &envFile,
                                                    const QProcessEnvironment &environment)
{
    QHash<QString, QString> fileValues;
    QString filePath = envFile;
    if (filePath.isEmpty() && QFileInfo::exists(QStringLiteral(".env")))
        filePath = QStringLiteral(".env");
    if (!filePath.isEmpty()) {
        auto read = readDotEnv(filePath);
        if (!read)
            return read.error();
        fileValues = read.value();
    }

    // Each key on its own: the environment wins over the file, the file over the default.
    auto pick = [&](const QString &key, const QString &fallback) {
        if (environment.contains(key))
            return environment.value(key);
        return fileValues.value(key, fallback);
    };

    ConnectionSettings s;
    s.host = pick(QStringLiteral("DB_HOST"), s.host);
    s.databaseName = pick(QStringLiteral("DB_NAME"), s.databaseName);
    s.user = pick(QStringLiteral("DB_USER"), s.user);
    s.password = pick(QStringLiteral("DB_PASSWORD"), s.password);

    const QString portText = pick(QStringLiteral("DB_PORT"), QString::number(s.port)).trimmed();
    bool ok = false;
    const int port = portText.toInt(&ok);
    if (!ok || port < 1 || port > 65535)
        return Error::invalid(Tr::tr("DB_PORT is \"%1\", which is not a port number; use a number from 1 to 65535.")
                                  .arg(portText));
    s.port = port;

    const QString sslText = pick(QStringLiteral("DB_SSL"), QStringLiteral("false")).trimmed().toLower();
    if (sslText == QLatin1String("true") || sslText == QLatin1String("1") || sslText == QLatin1String("yes"))
        s.sslMode = SslMode::Require;
    else if (sslText == QLatin1String("false") || sslText == QLatin1String("0") || sslText == QLatin1String("no")
             || sslText.isEmpty())
        s.sslMode = SslMode::Disable;
    else
        return Error::invalid(Tr::tr("DB_SSL is \"%1\"; use true or false.").arg(sslText));

    if (s.host.trimmed().isEmpty())
        return Error::invalid(Tr::tr("DB_HOST is empty; give the database server's host name."));
    if (s.databaseName.trimmed().isEmpty())
        return Error::invalid(Tr::tr("DB_NAME is empty; give the name of the WaQtor database."));
    return s;
}

QString ConnectionSettings::describe() const
{
    // Shown in the About and sign-in dialogs and the status bar: a sentence, so the word is translated.
    return Tr::tr("%1:%2, database \"%3\"", "host:port, then the database's name").arg(host).arg(port).arg(databaseName);
}

QString ConnectionSettings::sslModeKeyword(SslMode mode)
{
    switch (mode) {
    case SslMode::Disable: return QStringLiteral("disable");
    case SslMode::Prefer: return QStringLiteral("prefer");
    case SslMode::Require: return QStringLiteral("require");
    case SslMode::VerifyCa: return QStringLiteral("verify-ca");
    case SslMode::VerifyFull: return QStringLiteral("verify-full");
    }
    return QStringLiteral("disable");
}

std::optional<ConnectionSettings::SslMode> ConnectionSettings::sslModeFromKeyword(const QString &keyword)
{
    for (SslMode mode : {SslMode::Disable, SslMode::Prefer, SslMode::Require, SslMode::VerifyCa, SslMode::VerifyFull})
        if (sslModeKeyword(mode) == keyword.trimmed().toLower())
            return mode;
    return std::nullopt;
}

namespace {

// The backend's command-line switch that makes every transaction read-only; one word, so it needs no quoting.
const QLatin1String ReadOnlyOption("-cdefault_transaction_read_only=on");

// A conninfo value in libpq's quoting (QPSQL pastes connectOptions into the conninfo string as they are).
QString conninfoQuoted(QString value)
{
    const bool plain = !value.isEmpty() && std::none_of(value.cbegin(), value.cend(), [](QChar c) {
        return c.isSpace() || c == u'\'' || c == u'\\';
    });
    if (plain)
        return value;
    value.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + value + u'\'';
}

} // namespace

QList<QPair<QByteArray, QByteArray>> ConnectionSettings::libpqOptions() const
{
    QList<QPair<QByteArray, QByteArray>> options;
    options.append({QByteArrayLiteral("sslmode"), sslModeKeyword(sslMode).toLatin1()});
    if (verifiesServer() && !caFile.isEmpty())
        options.append({QByteArrayLiteral("sslrootcert"), QFile::encodeName(caFile)});
    if (readOnly)
        options.append({QByteArrayLiteral("options"), QByteArray(ReadOnlyOption.data(), ReadOnlyOption.size())});
    return options;
}

QString ConnectionSettings::connectOptions() const
{
    QStringList parts;
    for (const auto &[key, value] : libpqOptions())
        parts.append(QString::fromLatin1(key) + u'=' + conninfoQuoted(QFile::decodeName(value)));
    parts.append(QStringLiteral("connect_timeout=%1").arg(ConnectionFailure::ConnectTimeoutSeconds));
    // QPSQL turns every ';' into a space, so a value must not hold one (problem() refuses such a CA path).
    return parts.join(u';');
}

QList<QPair<QString, QString>> ConnectionSettings::environment() const
{
    QList<QPair<QString, QString>> env;
    env.append({QStringLiteral("PGSSLMODE"), sslModeKeyword(sslMode)});
    if (verifiesServer() && !caFile.isEmpty())
        env.append({QStringLiteral("PGSSLROOTCERT"), caFile});
    if (readOnly)
        env.append({QStringLiteral("PGOPTIONS"), ReadOnlyOption});
    return env;
}

QString ConnectionSettings::problem() const
{
    if (!verifiesServer() || caFile.isEmpty())
        return {};
    if (caFile.contains(u';'))
        return Tr::tr("The CA file's path %1 contains a semicolon, which the database driver cannot pass on; "
                      "move or rename the file.").arg(QDir::toNativeSeparators(caFile));
    const QFileInfo info(caFile);
    if (!info.isFile() || !info.isReadable())
        return Tr::tr("The CA file %1 does not exist or cannot be read; choose the certificate (PEM) of the "
                      "authority that signed the server's certificate.").arg(QDir::toNativeSeparators(caFile));
    return {};
}

#pragma once

#include "foundation/result.h"
#include "i18n/uilanguage.h"

#include <QCommandLineOption>
#include <QList>
#include <QMap>
#include <QStringList>

#include <climits>

/** One waqtor-db command: its arguments, options and help. */
struct CommandSpec
{
    QString name;
    QStringList arguments;  // "EMAIL", "PASSWORD", "[NAME]": bracketed ones are optional; a last "[TABLE...]" repeats
    QString summary;
    QList<QCommandLineOption> options;

    int minArguments() const;
    int maxArguments() const
    {
        return !arguments.isEmpty() && arguments.constLast().endsWith(QLatin1String("...]")) ? INT_MAX : int(arguments.size());
    }
};

/** A parsed waqtor-db command line. */
struct ParsedCommand
{
    QString command;           // empty when only --help / --version was asked
    QStringList arguments;     // positional arguments after the command
    QMap<QString, QString> values;  // option name → value ("" for flags that are set); the last one when repeated
    QMap<QString, QStringList> lists;  // option name → every value, in order (options given more than once)
    QString envFile;
    bool help = false;
    bool version = false;

    bool isSet(const QString &option) const { return values.contains(option); }
    QString value(const QString &option) const { return values.value(option); }
    QStringList all(const QString &option) const { return lists.value(option); }
};

/** The command table and the parser: QCommandLineParser per command, so each rejects options it lacks. */
class CommandLine
{
public:
    static const QList<CommandSpec> &commands();
    static const CommandSpec *find(const QString &name);
    static Result<ParsedCommand> parse(const QStringList &arguments);
    // The language --lang asks for, when it names one we ship (parse() reports a bad value).
    static std::optional<UiLanguage> language(const QStringList &arguments);
    static QString generalHelp();
    static QString commandHelp(const CommandSpec &spec);
};

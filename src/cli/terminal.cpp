#include "terminal.h"

#include "interruptguard.h"

#include <QCoreApplication>

#include <cstdio>
#include <string>

#include <termios.h>
#include <unistd.h>

namespace {

// Gives lupdate and the translator one context for this file's sentences.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Terminal)
};

// One line from standard input without its line ending; nullopt at end of input.
std::optional<QString> readLine()
{
    std::string line;
    int c;
    bool any = false;
    while ((c = std::getchar()) != EOF) {
        any = true;
        if (c == '\n')
            break;
        line.push_back(char(c));
    }
    if (!any)
        return std::nullopt;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromUtf8(line.data(), qsizetype(line.size()));
}

std::optional<QString> readHidden(const QString &prompt)
{
    // Echo off first, then the prompt: TCSAFLUSH drops what was typed before the prompt (getpass(3)
    // does the same, so nothing typed early is echoed or taken as the password), and whatever is
    // typed once the prompt shows is kept, so a user (or a test) may answer as soon as they see it.
    termios saved;
    const bool haveTerminal = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (haveTerminal) {
        InterruptGuard::rememberTerminal(&saved);
        termios hidden = saved;
        hidden.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden);
    }
    std::fputs(prompt.toUtf8().constData(), stderr);
    std::fflush(stderr);
    auto line = readLine();
    if (haveTerminal) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        InterruptGuard::forgetTerminal();
    }
    std::fputs("\n", stderr);
    return line;
}

} // namespace

bool Terminal::stdinIsTerminal()
{
    return isatty(STDIN_FILENO) == 1;
}

Result<QString> Terminal::readSecret(const QString &prompt, bool confirm)
{
    if (!stdinIsTerminal()) {
        const auto line = readLine();
        if (!line || line->isEmpty())
            return Error::invalid(Tr::tr("No password on standard input; give it as the first line."));
        return *line;
    }
    const auto first = readHidden(prompt);
    if (!first || first->isEmpty())
        return Error::invalid(Tr::tr("No password was entered; nothing was changed."));
    if (confirm) {
        const auto second = readHidden(Tr::tr("Repeat the password: "));
        if (!second || *second != *first)
            return Error::invalid(Tr::tr("The two passwords differ; nothing was changed."));
    }
    return *first;
}

bool Terminal::confirm(const QString &question)
{
    std::fputs((question + QStringLiteral(" [y/N] ")).toUtf8().constData(), stderr);
    std::fflush(stderr);
    const auto answer = readLine();
    if (!answer)
        return false;
    const QString a = answer->trimmed().toLower();
    return a == QLatin1String("y") || a == QLatin1String("yes");
}

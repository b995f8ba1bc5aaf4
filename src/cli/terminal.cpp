#include "terminal.h"

#include "interruptguard.h"

#include <QCoreApplication>
#include <QStringDecoder>

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

// One line from standard input, as bytes, without its line ending; nullopt at end of input.
std::optional<std::string> readLine()
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
    return line;
}

// Strict UTF-8: a lenient decode turns every invalid byte into U+FFFD, so any two passwords with
// invalid bytes in the same places would hash alike.
std::optional<QString> strictUtf8(const std::string &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(QByteArrayView(bytes.data(), qsizetype(bytes.size())));
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

Error notUtf8()
{
    return Error::invalid(Tr::tr("The password is not valid UTF-8 text; nothing was changed. Type it again, or save "
                                 "it as UTF-8 before passing it on standard input."));
}

std::optional<std::string> readHidden(const QString &prompt)
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
        if (!line || line->empty())
            return Error::invalid(Tr::tr("No password on standard input; give it as the first line."));
        const auto text = strictUtf8(*line);
        if (!text)
            return notUtf8();
        return *text;
    }
    const auto first = readHidden(prompt);
    if (!first || first->empty())
        return Error::invalid(Tr::tr("No password was entered; nothing was changed."));
    if (confirm) {
        const auto second = readHidden(Tr::tr("Repeat the password: "));
        if (!second || *second != *first)
            return Error::invalid(Tr::tr("The two passwords differ; nothing was changed."));
    }
    const auto text = strictUtf8(*first);
    if (!text)
        return notUtf8();
    return *text;
}

bool Terminal::confirm(const QString &question)
{
    std::fputs((question + QStringLiteral(" [y/N] ")).toUtf8().constData(), stderr);
    std::fflush(stderr);
    const auto answer = readLine();
    if (!answer)
        return false;
    const QString a = QString::fromUtf8(answer->data(), qsizetype(answer->size())).trimmed().toLower();
    return a == QLatin1String("y") || a == QLatin1String("yes");
}

QString Terminal::ask(const QString &question)
{
    std::fputs(question.toUtf8().constData(), stderr);
    std::fflush(stderr);
    const auto answer = readLine();
    if (!answer)
        return {};
    return QString::fromUtf8(answer->data(), qsizetype(answer->size())).trimmed();
}

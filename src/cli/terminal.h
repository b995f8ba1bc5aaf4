#pragma once

#include "foundation/result.h"

#include <QString>

/** Standard input and the terminal: hidden password prompts and yes/no confirmations. */
class Terminal
{
public:
    static bool stdinIsTerminal();
    // On a terminal: prompts with echo off (twice when `confirm`). Otherwise reads one line.
    static Result<QString> readSecret(const QString &prompt, bool confirm);
    // Asks on the terminal; true only for y/yes. Callers check stdinIsTerminal() first.
    static bool confirm(const QString &question);
    // Asks on the terminal and returns the line typed (trimmed); empty at end of input.
    static QString ask(const QString &question);
};

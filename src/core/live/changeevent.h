#pragma once

#include "foundation/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

/**
 * One statement's change to a WaQtor table, as migration 0009's triggers announce it on the
 * waqtor_changes channel: which table, which operation, how many rows and whose (the owners).
 */
struct ChangeEvent
{
    static constexpr const char *Channel = "waqtor_changes";
    // The tables the triggers watch, in the guide's order.
    static QStringList tables();

    QString table;       // "messages"
    QString op;          // insert, update, delete or truncate
    qint64 rows = -1;    // -1: not known (a TRUNCATE)
    QStringList owners;  // distinct user ids touched, at most 100 (see ownersTotal)
    qint64 ownersTotal = -1;  // every distinct owner touched; -1 for a TRUNCATE (all of them)
    bool truncated = false;   // owners lists only the first 100 of ownersTotal
    QDateTime at;        // when the statement started, UTC

    // Reads a trigger's payload; a payload that is not one (someone else's NOTIFY) is Invalid.
    static Result<ChangeEvent> parse(const QByteArray &payload);
    // {"table","op","rows","owners","owners_total","truncated","at"}: what `waqtor-db watch --json` prints.
    QJsonObject toJson() const;
    // Every owner's rows may have changed: a TRUNCATE, or an owner list cut at 100.
    bool touchesEveryOwner() const { return ownersTotal < 0 || truncated; }
    // Could rows of `ownerId` have changed ("" stands for a view of every owner)?
    bool touches(const QString &ownerId) const;
};

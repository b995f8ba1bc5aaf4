#include "live/changeevent.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

// Gives lupdate and the translator one context for this file's sentences.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ChangeEvent)
};

} // namespace

QStringList ChangeEvent::tables()
{
    return {QStringLiteral("users"), QStringLiteral("whatsapp_sessions"), QStringLiteral("messages"),
            QStringLiteral("campaigns"), QStringLiteral("recipients")};
}

Result<ChangeEvent> ChangeEvent::parse(const QByteArray &payload)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(payload, &error);
    const QJsonObject o = doc.object();
    const Error notOurs = Error::invalid(Tr::tr("A notification on %1 is not a table change: %2")
                                             .arg(QLatin1String(Channel), QString::fromUtf8(payload.left(200))));
    if (error.error != QJsonParseError::NoError || !doc.isObject() || !o.value(QLatin1String("table")).isString()
        || !o.value(QLatin1String("op")).isString())
        return notOurs;
    ChangeEvent e;
    e.table = o.value(QLatin1String("table")).toString();
    e.op = o.value(QLatin1String("op")).toString();
    const QJsonValue rows = o.value(QLatin1String("rows"));
    e.rows = rows.isDouble() ? qint64(rows.toDouble()) : -1;
    for (const QJsonValue &owner : o.value(QLatin1String("owners")).toArray())
        e.owners << owner.toString();
    const QJsonValue total = o.value(QLatin1String("owners_total"));
    e.ownersTotal = total.isDouble() ? qint64(total.toDouble()) : -1;
    e.truncated = o.value(QLatin1String("truncated")).toBool();
    e.at = QDateTime::fromString(o.value(QLatin1String("at")).toString(), Qt::ISODateWithMs);
    return e;
}

QJsonObject ChangeEvent::toJson() const
{
    return {{QStringLiteral("table"), table},
            {QStringLiteral("op"), op},
            {QStringLiteral("rows"), rows < 0 ? QJsonValue() : QJsonValue(rows)},
            {QStringLiteral("owners"), QJsonArray::fromStringList(owners)},
            {QStringLiteral("owners_total"), ownersTotal < 0 ? QJsonValue() : QJsonValue(ownersTotal)},
            {QStringLiteral("truncated"), truncated},
            {QStringLiteral("at"), at.toString(Qt::ISODateWithMs)}};
}

bool ChangeEvent::touches(const QString &ownerId) const
{
    return ownerId.isEmpty() || touchesEveryOwner() || owners.contains(ownerId);
}

#pragma once

#include <QJsonObject>
#include <QStringList>
#include <QVariantMap>

/** WaQtor's `{{key}}` message placeholders: which ones a template uses and what it reads like for one contact. */
class MessageTemplate
{
public:
    struct Rendering {
        QString text;         // the template with every known placeholder replaced
        QStringList unknown;  // keys with no value for this contact, unique, in order; left as written in text
    };

    // The standard keys, filled from the contact's columns: name, phone_number, email.
    static QStringList standardKeys();

    // Keys as written between the braces, trimmed, unique, in order of first use.
    static QStringList placeholders(const QString &text);

    // contact holds name, phone_number and email (NULL or missing renders as empty); any other key
    // must come from customFields. A standard key wins over a custom field of the same name.
    static Rendering render(const QString &text, const QVariantMap &contact, const QJsonObject &customFields);
};

#include "campaigns/messagetemplate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QRegularExpression>

namespace {
// Two braces, a key with no braces or line breaks (spaces or tabs around it allowed), two braces. Anything
// else, such as `{{name}` or `{{ }}`, does not match and so stays in the text as written.
const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression re(QStringLiteral(R"(\{\{\h*([^{}\r\n]*?)\h*\}\})"),
                                       QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

QString jsonText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Bool:
    case QJsonValue::Double: {
        // Through the JSON writer so 42 stays "42" and 0.1 stays "0.1", exactly as stored.
        const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
    }
    }
    return {};
}
}

QStringList MessageTemplate::standardKeys()
{
    return {QStringLiteral("name"), QStringLiteral("phone_number"), QStringLiteral("email")};
}

QStringList MessageTemplate::placeholders(const QString &text)
{
    QStringList keys;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QString key = it.next().captured(1);
        if (!key.isEmpty() && !keys.contains(key))
            keys.append(key);
    }
    return keys;
}

MessageTemplate::Rendering MessageTemplate::render(const QString &text, const QVariantMap &contact,
                                                   const QJsonObject &customFields)
{
    Rendering r;
    const QStringList standard = standardKeys();
    qsizetype copied = 0;  // text before this index is already in r.text
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString key = m.captured(1);
        if (key.isEmpty())
            continue;  // `{{ }}` is malformed, not a placeholder
        QString value;
        if (standard.contains(key)) {
            value = contact.value(key).toString();
        } else if (customFields.contains(key)) {
            value = jsonText(customFields.value(key));
        } else {
            if (!r.unknown.contains(key))
                r.unknown.append(key);
            continue;
        }
        r.text += QStringView(text).mid(copied, m.capturedStart() - copied);
        r.text += value;
        copied = m.capturedEnd();
    }
    r.text += QStringView(text).mid(copied);
    return r;
}

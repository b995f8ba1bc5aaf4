#include "import/columnmapping.h"

#include "repositories/contactrepository.h"
#include "phone/phonenumber.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ColumnMapping)
};

// Match keys (see ColumnMapping::matchKey) of headers seen in real exports: Google Contacts
// ("Phone 1 - Value", "E-mail 1 - Value", "Given Name"), Outlook ("Mobile Phone", "E-mail Address"),
// spreadsheets in English and Arabic, CRM exports, and our own contacts export.
const QHash<QString, ContactField> &knownHeaders()
{
    static const QHash<QString, ContactField> table = [] {
        QHash<QString, ContactField> t;
        const auto add = [&t](ContactField field, std::initializer_list<const char16_t *> keys) {
            for (const char16_t *k : keys)
                t.insert(QString::fromUtf16(k), field);
        };
        add(ContactField::Phone, {u"phone", u"phonenumber", u"phoneno", u"mobile", u"mobilephone", u"mobilenumber",
                                  u"mobileno", u"cell", u"cellphone", u"cellular", u"whatsapp", u"whatsappnumber",
                                  u"tel", u"telephone", u"msisdn", u"number", u"phone1value", u"primaryphone",
                                  u"contactnumber", u"جوال", u"الجوال", u"رقمالجوال", u"الهاتف", u"رقمالهاتف",
                                  u"هاتف", u"الرقم", u"رقم", u"واتساب"});
        add(ContactField::Name, {u"name", u"fullname", u"contactname", u"displayname", u"customername",
                                 u"الاسم", u"اسم", u"الاسمالكامل"});
        add(ContactField::FirstName, {u"firstname", u"givenname", u"first", u"forename", u"الاسمالأول"});
        add(ContactField::LastName, {u"lastname", u"familyname", u"surname", u"last", u"اسمالعائلة"});
        add(ContactField::Email, {u"email", u"emailaddress", u"mail", u"email1value", u"emailaddress1",
                                  u"البريد", u"البريدالإلكتروني", u"البريدالالكتروني"});
        add(ContactField::Status, {u"status", u"contactstatus", u"الحالة"});
        add(ContactField::CustomFields, {u"customfields"});
        // The rest of our own export: who owned it, when, which groups. Import sets those itself.
        add(ContactField::Ignore, {u"owneremail", u"owner", u"createdat", u"updatedat", u"groups", u"id"});
        return t;
    }();
    return table;
}

// Up to which sample rows a column must be phone numbers (or emails) to be guessed as one.
bool mostly(int hits, int rows)
{
    return rows > 0 && hits * 2 > rows;
}

} // namespace

QString ColumnMapping::matchKey(const QString &header)
{
    QString key;
    key.reserve(header.size());
    for (const QChar c : header) {
        if (c.isLetterOrNumber())
            key += c.toLower();
    }
    return key;
}

bool ColumnMapping::isKnownColumnName(const QString &header)
{
    const QString trimmed = header.trimmed();
    return knownHeaders().contains(matchKey(trimmed)) || trimmed.startsWith(QLatin1String("custom:"));
}

QStringList ColumnMapping::fieldNames()
{
    return {QStringLiteral("phone_number"), QStringLiteral("name"), QStringLiteral("email"),
            QStringLiteral("status"), QStringLiteral("custom:KEY"), QStringLiteral("ignore")};
}

QString ColumnMapping::fieldName(const ColumnTarget &target)
{
    switch (target.field) {
    case ContactField::Ignore: return QStringLiteral("ignore");
    case ContactField::Phone: return QStringLiteral("phone_number");
    case ContactField::Name: return QStringLiteral("name");
    case ContactField::FirstName: return QStringLiteral("first_name");
    case ContactField::LastName: return QStringLiteral("last_name");
    case ContactField::Email: return QStringLiteral("email");
    case ContactField::Status: return QStringLiteral("status");
    case ContactField::Custom: return QStringLiteral("custom:") + target.key;
    case ContactField::CustomFields: return QStringLiteral("custom_fields");
    }
    return {};
}

ColumnMapping ColumnMapping::fromHeaders(const QStringList &headers)
{
    ColumnMapping mapping;
    QList<ContactField> taken;
    for (const QString &raw : headers) {
        const QString header = raw.trimmed();
        ColumnTarget target;
        target.header = raw;
        // Our own export's flattened custom fields keep their key exactly.
        if (header.startsWith(QLatin1String("custom:")) && header.size() > 7) {
            target.field = ContactField::Custom;
            target.key = header.mid(7);
        } else {
            const auto it = knownHeaders().constFind(matchKey(header));
            const bool single = it != knownHeaders().constEnd() && *it != ContactField::Ignore;
            if (it != knownHeaders().constEnd() && (!single || !taken.contains(*it))) {
                target.field = *it;
                taken << *it;
            } else {
                // Unknown, or a second phone/email column: kept under its own name.
                target.field = ContactField::Custom;
                target.key = header.isEmpty() ? Tr::tr("Column %1").arg(mapping.m_columns.size() + 1) : header;
                target.automatic = true;
            }
        }
        mapping.m_columns << target;
    }
    mapping.settleNameParts();
    return mapping;
}

ColumnMapping ColumnMapping::fromSample(int columnCount, const QList<QStringList> &sampleRows, const QString &region)
{
    ColumnMapping mapping;
    int phoneColumn = -1;
    int emailColumn = -1;
    for (int c = 0; c < columnCount; ++c) {
        int phones = 0;
        int emails = 0;
        int filled = 0;
        for (const QStringList &row : sampleRows) {
            const QString cell = row.value(c).trimmed();
            if (cell.isEmpty())
                continue;
            ++filled;
            if (PhoneNumber::toE164(cell, region).ok())
                ++phones;
            else if (cell.contains(u'@') && ContactRepository::checkEmail(cell).ok())
                ++emails;
        }
        if (phoneColumn < 0 && mostly(phones, filled))
            phoneColumn = c;
        else if (emailColumn < 0 && mostly(emails, filled))
            emailColumn = c;
    }
    for (int c = 0; c < columnCount; ++c) {
        ColumnTarget target;
        target.header = Tr::tr("Column %1").arg(c + 1);
        if (c == phoneColumn) {
            target.field = ContactField::Phone;
        } else if (c == emailColumn) {
            target.field = ContactField::Email;
        } else {
            target.field = ContactField::Custom;
            target.key = target.header;
            target.automatic = true;
        }
        mapping.m_columns << target;
    }
    return mapping;
}

void ColumnMapping::settleNameParts()
{
    // With a Name column, first/last name columns are extra information, not the name.
    bool hasName = false;
    for (const ColumnTarget &t : m_columns)
        hasName = hasName || t.field == ContactField::Name;
    if (!hasName)
        return;
    for (ColumnTarget &t : m_columns) {
        if (t.field == ContactField::FirstName || t.field == ContactField::LastName) {
            t.field = ContactField::Custom;
            t.key = t.header.trimmed();
            t.automatic = true;
        }
    }
}

Status ColumnMapping::setTarget(int column, const QString &fieldName)
{
    if (column < 0 || column >= m_columns.size())
        return Error::invalid(Tr::tr("There is no column %1.").arg(column + 1));
    const QString name = fieldName.trimmed();
    ColumnTarget &t = m_columns[column];
    t.automatic = false;
    t.key.clear();
    static const QHash<QString, ContactField> plain = {
        {QStringLiteral("phone_number"), ContactField::Phone}, {QStringLiteral("phone"), ContactField::Phone},
        {QStringLiteral("name"), ContactField::Name},          {QStringLiteral("email"), ContactField::Email},
        {QStringLiteral("status"), ContactField::Status},      {QStringLiteral("ignore"), ContactField::Ignore},
        {QStringLiteral("first_name"), ContactField::FirstName}, {QStringLiteral("last_name"), ContactField::LastName},
        {QStringLiteral("custom_fields"), ContactField::CustomFields},
    };
    const QString lower = name.toLower();
    if (plain.contains(lower)) {
        t.field = plain.value(lower);
        // Choosing a field for one column takes it from any other column that had it.
        if (t.field != ContactField::Ignore && t.field != ContactField::FirstName && t.field != ContactField::LastName) {
            for (int i = 0; i < m_columns.size(); ++i) {
                if (i != column && m_columns[i].field == t.field) {
                    m_columns[i].field = ContactField::Custom;
                    m_columns[i].key = m_columns[i].header.trimmed();
                    m_columns[i].automatic = true;
                }
            }
        }
        return {};
    }
    if (lower.startsWith(QLatin1String("custom:"))) {
        const QString key = name.mid(7).trimmed();
        if (key.isEmpty())
            return Error::invalid(Tr::tr("\"%1\" names no custom field key; write custom:KEY.").arg(name));
        t.field = ContactField::Custom;
        t.key = key;
        return {};
    }
    return Error::invalid(Tr::tr("\"%1\" is not a field; use one of %2.").arg(name, fieldNames().join(QStringLiteral(", "))));
}

Status ColumnMapping::applyMapSpec(const QString &spec)
{
    const int eq = spec.lastIndexOf(u'=');
    if (eq <= 0)
        return Error::invalid(Tr::tr("--map \"%1\" is not HEADER=FIELD.").arg(spec));
    const QString header = spec.left(eq);
    const QString field = spec.mid(eq + 1);
    for (int i = 0; i < m_columns.size(); ++i)
        if (m_columns[i].header == header || m_columns[i].header.trimmed() == header.trimmed())
            return setTarget(i, field);
    const QString key = matchKey(header);
    for (int i = 0; i < m_columns.size(); ++i)
        if (!key.isEmpty() && matchKey(m_columns[i].header) == key)
            return setTarget(i, field);
    QStringList names;
    for (const ColumnTarget &t : m_columns)
        names << t.header;
    return Error::invalid(Tr::tr("--map \"%1\": the file has no column \"%2\" (its columns: %3).")
                              .arg(spec, header, names.join(QStringLiteral(", "))));
}

void ColumnMapping::dropUnmapped()
{
    for (ColumnTarget &t : m_columns) {
        if (t.automatic) {
            t.field = ContactField::Ignore;
            t.key.clear();
        }
    }
}

int ColumnMapping::phoneColumn() const
{
    for (int i = 0; i < m_columns.size(); ++i)
        if (m_columns[i].field == ContactField::Phone)
            return i;
    return -1;
}

Status ColumnMapping::validate() const
{
    if (phoneColumn() < 0)
        return Error::invalid(Tr::tr("No column holds the phone number; map one with HEADER=phone_number."));
    QMap<ContactField, QString> seen;
    QHash<QString, QString> keys;
    for (const ColumnTarget &t : m_columns) {
        if (t.field == ContactField::Custom) {
            if (keys.contains(t.key))
                return Error::invalid(Tr::tr("Columns \"%1\" and \"%2\" both go to custom field \"%3\"; map one of them "
                                             "elsewhere.").arg(keys.value(t.key), t.header, t.key));
            keys.insert(t.key, t.header);
        } else if (t.field != ContactField::Ignore) {
            if (seen.contains(t.field))
                return Error::invalid(Tr::tr("Columns \"%1\" and \"%2\" are both mapped to %3; map one of them elsewhere.")
                                          .arg(seen.value(t.field), t.header, fieldName(t)));
            seen.insert(t.field, t.header);
        }
    }
    return {};
}

#include "import/contactrowbuilder.h"

#include "csv/formulaguard.h"
#include "repositories/contactrepository.h"
#include "csv/csvreader.h"
#include "phone/phonenumber.h"
#include "foundation/textlength.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ContactRowBuilder)
};

// The schema's varchar(255) for name and email; PostgreSQL counts characters, not bytes.
constexpr int MaxTextLength = TextLength::VarcharLimit;

qsizetype characters(const QString &text)
{
    return TextLength::characters(text);
}

} // namespace

ContactRowBuilder::ContactRowBuilder(ColumnMapping mapping, QString region, int expectedFields)
    : m_mapping(std::move(mapping)), m_region(std::move(region)), m_expectedFields(expectedFields)
{
}

QString ContactRowBuilder::unguard(const QString &cell)
{
    return FormulaGuard::unguarded(cell);
}

void ContactRowBuilder::appendJsonString(QString *out, QStringView text)
{
    static const char hex[] = "0123456789abcdef";
    out->append(u'"');
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'"': out->append(QLatin1String("\\\"")); break;
        case u'\\': out->append(QLatin1String("\\\\")); break;
        case u'\n': out->append(QLatin1String("\\n")); break;
        case u'\r': out->append(QLatin1String("\\r")); break;
        case u'\t': out->append(QLatin1String("\\t")); break;
        default:
            if (c.unicode() < 0x20) {
                out->append(QLatin1String("\\u00"));
                out->append(QLatin1Char(hex[c.unicode() >> 4]));
                out->append(QLatin1Char(hex[c.unicode() & 0xf]));
            } else {
                out->append(c);
            }
        }
    }
    out->append(u'"');
}

bool ContactRowBuilder::build(const CsvRecord &record, ImportRow *row, QString *reason) const
{
    if (!record.error.isEmpty()) {
        *reason = Tr::tr("The row cannot be read: %1.").arg(record.error);
        return false;
    }
    const int count = int(record.fields.size());
    if (count != m_expectedFields) {
        *reason = count < m_expectedFields
                      ? Tr::tr("The row has %1 fields, fewer than the %2 columns of the file.").arg(count).arg(m_expectedFields)
                      : Tr::tr("The row has %1 fields, more than the %2 columns of the file.").arg(count).arg(m_expectedFields);
        return false;
    }
    *row = ImportRow();
    row->line = record.line;
    QString firstName;
    QString lastName;
    QString customCols;
    const QList<ColumnTarget> &columns = m_mapping.columns();
    for (int i = 0; i < count; ++i) {
        const ColumnTarget &target = columns.at(i);
        if (target.field == ContactField::Ignore)
            continue;
        const QString cell = unguard(record.fields.at(i));
        if (cell.contains(QChar(0))) {
            *reason = Tr::tr("Column \"%1\" contains a NUL character, which the database cannot store.").arg(target.header);
            return false;
        }
        const QString trimmed = cell.trimmed();
        if (trimmed.isEmpty())
            continue;  // an empty cell gives nothing: a new contact leaves it empty, an update keeps what is stored
        switch (target.field) {
        case ContactField::Phone: {
            const auto phone = PhoneNumber::toE164(trimmed, m_region);
            if (!phone) {
                *reason = phone.error().message;
                return false;
            }
            row->phone = phone.value();
            break;
        }
        case ContactField::Name:
            row->name = cell;
            break;
        case ContactField::FirstName:
            firstName = trimmed;
            break;
        case ContactField::LastName:
            lastName = trimmed;
            break;
        case ContactField::Email: {
            if (const Status s = ContactRepository::checkEmail(trimmed); !s) {
                *reason = s.error().message;
                return false;
            }
            row->email = trimmed;
            break;
        }
        case ContactField::Status: {
            const QString status = trimmed.toLower();
            if (!ContactRepository::statuses().contains(status)) {
                *reason = Tr::tr("Status \"%1\" is not one of active, blocked or invalid.").arg(trimmed);
                return false;
            }
            row->status = status;
            break;
        }
        case ContactField::Custom:
            customCols += customCols.isEmpty() ? u'{' : u',';
            appendJsonString(&customCols, target.key);
            customCols += u':';
            appendJsonString(&customCols, cell);
            break;
        case ContactField::CustomFields: {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(trimmed.toUtf8(), &error);
            if (error.error != QJsonParseError::NoError || !doc.isObject()) {
                *reason = Tr::tr("Column \"%1\" is not a JSON object such as {\"city\": \"Riyadh\"}.").arg(target.header);
                return false;
            }
            // PostgreSQL's jsonb refuses \u0000; say so here rather than failing the whole import.
            if (trimmed.contains(QLatin1String("\\u0000"))) {
                *reason = Tr::tr("Column \"%1\" holds \\u0000, which the database cannot store.").arg(target.header);
                return false;
            }
            // Sent as written so numbers keep their exact digits.
            row->customJson = trimmed;
            break;
        }
        case ContactField::Ignore:
            break;
        }
    }
    if (row->phone.isEmpty()) {
        *reason = Tr::tr("The row has no phone number.");
        return false;
    }
    if (row->name.isNull() && (!firstName.isEmpty() || !lastName.isEmpty()))
        row->name = (firstName + u' ' + lastName).trimmed();
    if (const Status s = TextLength::checkName(row->name, MaxTextLength); !s) {
        *reason = s.error().message;
        return false;
    }
    if (characters(row->email) > MaxTextLength) {
        *reason = Tr::tr("The email is %1 characters long; the most is %2.").arg(characters(row->email)).arg(MaxTextLength);
        return false;
    }
    if (!customCols.isEmpty())
        row->customCols = customCols + u'}';
    return true;
}

#include "importwizard/importfilepage.h"
#include "ui_importfilepage.h"

#include "settings/appsettings.h"
#include "repositories/contactrepository.h"
#include "importwizard/importwizard.h"
#include "phone/phonenumber.h"

#include <QCollator>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>
#include <QTimer>
#include <algorithm>

#include <unicode/locid.h>
#include <unicode/unistr.h>

namespace {

// A territory by its name in the interface language ("السعودية" in Arabic): Qt names them in English
// only, ICU's locale data has every language's names. English Qt's name when ICU has none.
QString regionName(QLocale::Territory territory, const QString &code)
{
    icu::UnicodeString name;
    icu::Locale("", code.toLatin1().constData())
        .getDisplayCountry(icu::Locale(QLocale().name().toLatin1().constData()), name);
    if (name.isBogus() || name.isEmpty() || name == icu::UnicodeString(code.toLatin1().constData()))
        return QLocale::territoryToString(territory);
    return QString(reinterpret_cast<const QChar *>(name.getBuffer()), name.length());
}

} // namespace

ImportFilePage::ImportFilePage(ImportWizard *wizard)
    : QWizardPage(wizard), ui(std::make_unique<Ui::ImportFilePage>()), m_wizard(wizard), m_typing(new QTimer(this))
{
    ui->setupUi(this);
    fillChoices();
    ui->fileErrorLabel->hide();
    ui->encodingErrorLabel->hide();
    ui->detectedLabel->setText(tr("Nothing yet: choose a file."));

    // Typing a path reads the file once typing pauses, not at every keystroke.
    m_typing->setSingleShot(true);
    m_typing->setInterval(400);
    connect(m_typing, &QTimer::timeout, this, &ImportFilePage::analyse);
    connect(ui->fileEdit, &QLineEdit::textEdited, m_typing, qOverload<>(&QTimer::start));
    connect(ui->fileEdit, &QLineEdit::editingFinished, this, [this] {
        if (m_typing->isActive()) {
            m_typing->stop();
            analyse();
        }
    });
    connect(ui->browseButton, &QPushButton::clicked, this, &ImportFilePage::browse);
    for (QComboBox *combo : {ui->encodingCombo, ui->delimiterCombo, ui->headerCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportFilePage::analyse);
    connect(ui->regionCombo, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(ImportWizard::regionSettingsKey(m_wizard->signedIn().account.email),
                             ui->regionCombo->currentData().toString());
        analyse();
    });
}

ImportFilePage::~ImportFilePage() = default;

void ImportFilePage::fillChoices()
{
    ui->encodingCombo->addItem(tr("Automatic (byte order mark, else UTF-8)"), QString());
    ui->encodingCombo->addItem(tr("UTF-8"), QStringLiteral("UTF-8"));
    ui->encodingCombo->addItem(tr("UTF-16"), QStringLiteral("UTF-16"));
    ui->encodingCombo->addItem(tr("Windows-1256 (Arabic)"), QStringLiteral("windows-1256"));
    ui->encodingCombo->addItem(tr("ISO-8859-1 (Western European)"), QStringLiteral("ISO-8859-1"));

    ui->delimiterCombo->addItem(tr("Detected"), QString());
    ui->delimiterCombo->addItem(tr("Comma ( , )"), QStringLiteral(","));
    ui->delimiterCombo->addItem(tr("Semicolon ( ; )"), QStringLiteral(";"));
    ui->delimiterCombo->addItem(tr("Tab"), QStringLiteral("\t"));
    ui->delimiterCombo->addItem(tr("Vertical bar ( | )"), QStringLiteral("|"));

    ui->headerCombo->addItem(tr("Automatic"), QStringLiteral("auto"));
    ui->headerCombo->addItem(tr("Yes: the first row names the columns"), QStringLiteral("yes"));
    ui->headerCombo->addItem(tr("No: the first row is a contact"), QStringLiteral("no"));

    // Every territory libphonenumber knows, by its name in the user's language.
    QList<QPair<QString, QString>> regions;
    for (int t = 1; t <= int(QLocale::LastTerritory); ++t) {
        const auto territory = QLocale::Territory(t);
        const QString code = QLocale::territoryToCode(territory);
        if (code.size() == 2 && PhoneNumber::isKnownRegion(code))
            regions.append({regionName(territory, code), code});
    }
    QCollator collator;
    std::sort(regions.begin(), regions.end(), [&collator](const auto &a, const auto &b) {
        return collator.compare(a.first, b.first) < 0;
    });
    ui->regionCombo->addItem(tr("None: numbers need + or 00"), QString());
    for (const auto &r : std::as_const(regions))
        ui->regionCombo->addItem(tr("%1 (%2)").arg(r.first, r.second), r.second);
    const QString remembered = QSettings()
                                   .value(ImportWizard::regionSettingsKey(m_wizard->signedIn().account.email),
                                          AppSettings::phoneRegion())
                                   .toString();
    const int at = ui->regionCombo->findData(remembered.toUpper());
    ui->regionCombo->setCurrentIndex(at >= 0 ? at : 0);
}

void ImportFilePage::browse()
{
    const QString start = ui->fileEdit->text().trimmed().isEmpty() ? QDir::homePath() : ui->fileEdit->text().trimmed();
    const QString path = QFileDialog::getOpenFileName(this, tr("Import contacts from"), start,
                                                      tr("CSV files (*.csv *.txt *.tsv);;All files (*)"));
    if (!path.isEmpty())
        setPath(QDir::toNativeSeparators(path));
}

void ImportFilePage::setPath(const QString &path)
{
    m_typing->stop();
    ui->fileEdit->setText(path);
    analyse();
}

namespace {

bool selectData(QComboBox *combo, const QString &value)
{
    const int at = combo->findData(value);
    if (at < 0)
        return false;
    combo->setCurrentIndex(at);
    return true;
}

} // namespace

bool ImportFilePage::setEncoding(const QString &name) { return selectData(ui->encodingCombo, name); }
bool ImportFilePage::setDelimiter(const QString &delimiter) { return selectData(ui->delimiterCombo, delimiter); }
bool ImportFilePage::setHeader(const QString &header) { return selectData(ui->headerCombo, header); }
bool ImportFilePage::setRegion(const QString &region) { return selectData(ui->regionCombo, region.toUpper()); }
QString ImportFilePage::detectedText() const { return ui->detectedLabel->text(); }

QString ImportFilePage::errorText() const
{
    return (ui->fileErrorLabel->text() + u' ' + ui->encodingErrorLabel->text()).trimmed();
}

void ImportFilePage::showError(const QString &fileError, const QString &encodingError)
{
    ui->fileErrorLabel->setText(fileError);
    ui->fileErrorLabel->setVisible(!fileError.isEmpty());
    ui->encodingErrorLabel->setText(encodingError);
    ui->encodingErrorLabel->setVisible(!encodingError.isEmpty());
}

void ImportFilePage::analyse()
{
    ImportSetup &setup = m_wizard->setup();
    m_readable = false;
    ++setup.generation;
    setup.sample.clear();
    setup.path = QDir::fromNativeSeparators(ui->fileEdit->text().trimmed());
    setup.region = ui->regionCombo->currentData().toString();
    CsvReader::Options options;
    options.encoding = ui->encodingCombo->currentData().toString();
    const QString delimiter = ui->delimiterCombo->currentData().toString();
    options.delimiter = delimiter.isEmpty() ? QChar() : delimiter.at(0);
    const QString header = ui->headerCombo->currentData().toString();
    options.header = header == QLatin1String("yes")  ? CsvReader::Header::Yes
                     : header == QLatin1String("no") ? CsvReader::Header::No
                                                      : CsvReader::Header::Auto;
    setup.readerOptions = options;

    const auto finish = [&](const QString &fileError, const QString &encodingError) {
        showError(fileError, encodingError);
        if (!m_readable)
            ui->detectedLabel->setText(tr("Nothing yet: the file cannot be read as it is set up."));
        emit completeChanged();
    };
    if (setup.path.isEmpty()) {
        ui->detectedLabel->setText(tr("Nothing yet: choose a file."));
        showError(QString(), QString());
        emit completeChanged();
        return;
    }
    QFile file(setup.path);
    if (QFileInfo(setup.path).isDir() || !file.open(QIODevice::ReadOnly))
        return finish(tr("Cannot read %1: %2.").arg(QDir::toNativeSeparators(setup.path),
                                                     QFileInfo(setup.path).isDir() ? tr("it is a folder") : file.errorString()),
                      QString());
    if (file.size() == 0)
        return finish(tr("The file is empty."), QString());
    CsvReader reader(&file, options);
    reader.setKnownColumnName(&ColumnMapping::isKnownColumnName);
    // A field, row or header over the reader's limits is the file's to change, said as the command line
    // says it; anything else the reader refuses is about the bytes: the encoding is the field to change.
    const auto refused = [&](const Error &error) {
        if (reader.exceededLimit())
            return finish(error.message, QString());
        return finish(QString(), options.encoding.isEmpty() || options.encoding == QLatin1String("UTF-8")
                                     ? tr("%1 Arabic files from Excel are often Windows-1256; try it under Encoding.")
                                           .arg(error.message)
                                     : error.message);
    };
    if (Status s = reader.open(); !s)
        return refused(s.error());

    setup.detectedEncoding = reader.encoding();
    setup.detectedDelimiter = reader.delimiter();
    setup.hasHeader = reader.hasHeader();
    setup.suggested = ContactImporter::suggestMapping(reader, setup.region, &setup.sample);
    CsvRecord record;
    while (setup.sample.size() < ContactImporter::SampleRecords && reader.next(&record))
        setup.sample << record;
    if (Status s = reader.error(); !s)
        return refused(s.error());
    if (setup.suggested.columnCount() == 0)
        return finish(tr("The file has no columns: it holds a header row and nothing else."), QString());
    setup.mapping = setup.suggested;

    const QChar d = reader.delimiter();
    const QString delimiterName = d == u',' ? tr("comma") : d == u';' ? tr("semicolon") : d == u'\t' ? tr("tab")
                                : d == u'|' ? tr("vertical bar") : QString(d);
    ui->detectedLabel->setText(tr("%1, %2-separated, %3; %Ln column(s).", nullptr, setup.suggested.columnCount())
                                   .arg(reader.encoding(), delimiterName,
                                        reader.hasHeader() ? tr("the first row names the columns")
                                                           : tr("no header row (the first row is a contact)")));
    m_readable = true;
    finish(QString(), QString());
}

bool ImportFilePage::isComplete() const
{
    return m_readable;
}

bool ImportFilePage::validatePage()
{
    if (m_typing->isActive()) {
        m_typing->stop();
        analyse();
    }
    return m_readable;
}

#pragma once

#include "import/columnmapping.h"
#include "import/contactimporter.h"
#include "csv/csvreader.h"
#include "accounts/signedin.h"

#include <QWizard>
#include <atomic>
#include <memory>
#include <optional>

class ImportFilePage;
class ImportMappingPage;
class ImportOptionsPage;
class ImportPreviewPage;
class ImportProgressPage;
class ImportSummaryPage;

/** What the wizard's pages settle one after the other, shared between them through the wizard. */
struct ImportSetup
{
    // File page: the file and how to read it, as chosen (empty / null / Auto = detect).
    QString path;
    CsvReader::Options readerOptions;
    QString region;
    // File page: what the reader settled on, and the first records, for the mapping and the preview.
    QString detectedEncoding;
    QChar detectedDelimiter;
    bool hasHeader = false;
    QList<CsvRecord> sample;
    ColumnMapping suggested;
    int generation = 0;  // bumped whenever the file is read again: the mapping page starts over
    // Mapping page.
    ColumnMapping mapping;
    // Options page.
    ImportOptions options;
    // Progress page: set once the import has ended, however it ended.
    std::optional<Result<ImportReport>> outcome;
};

/**
 * Imports contacts from a CSV file in six steps: file, column mapping, preview, options, progress
 * (in a worker thread on its own connection) and summary. The importing itself is core's ContactImporter.
 */
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePage, MappingPage, PreviewPage, OptionsPage, ProgressPage, SummaryPage };

    explicit ImportWizard(const SignedIn &signedIn, QWidget *parent = nullptr);
    ~ImportWizard() override;

    const SignedIn &signedIn() const { return m_signedIn; }
    ImportSetup &setup() { return m_setup; }
    // True once an import (not a check) has committed and changed at least one contact.
    bool changedContacts() const;
    bool isImporting() const;
    // After a successful check: runs the same import for real, with the same file, mapping and options.
    void importAfterCheck();

    // The QSettings key remembering the default region of the signed-in user (the CLI never reads it).
    static QString regionSettingsKey(const QString &email);

    ImportFilePage *filePage() const { return m_filePage; }
    ImportMappingPage *mappingPage() const { return m_mappingPage; }
    ImportPreviewPage *previewPage() const { return m_previewPage; }
    ImportOptionsPage *optionsPage() const { return m_optionsPage; }
    ImportProgressPage *progressPage() const { return m_progressPage; }
    ImportSummaryPage *summaryPage() const { return m_summaryPage; }

public slots:
    // While importing, Cancel (and Escape, and closing the window) stops the import instead of
    // closing: the summary then says that nothing was imported.
    void reject() override;

private:
    const SignedIn &m_signedIn;
    ImportSetup m_setup;
    ImportFilePage *m_filePage;
    ImportMappingPage *m_mappingPage;
    ImportPreviewPage *m_previewPage;
    ImportOptionsPage *m_optionsPage;
    ImportProgressPage *m_progressPage;
    ImportSummaryPage *m_summaryPage;
};

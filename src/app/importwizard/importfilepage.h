#pragma once

#include <QWizardPage>
#include <memory>

namespace Ui { class ImportFilePage; }
class ImportWizard;
class QTimer;

/** The import wizard's first step: the file, how to read it (or what was detected) and the default region. */
class ImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFilePage(ImportWizard *wizard);
    ~ImportFilePage() override;

    // Sets the file and reads it at once (the field itself waits for typing to pause).
    void setPath(const QString &path);
    // Sets a combo by its value: "" (automatic) or an encoding name; "" or one character; "auto",
    // "yes" or "no"; a two-letter region. False when the combo has no such choice.
    bool setEncoding(const QString &name);
    bool setDelimiter(const QString &delimiter);
    bool setHeader(const QString &header);
    bool setRegion(const QString &region);
    QString detectedText() const;
    QString errorText() const;  // the file's or the encoding's error, empty when the file reads

    bool isComplete() const override;
    bool validatePage() override;

private:
    void fillChoices();
    void browse();
    // Opens the file with the current choices, detects what it can and reads the first records.
    void analyse();
    void showError(const QString &fileError, const QString &encodingError);

    std::unique_ptr<Ui::ImportFilePage> ui;
    ImportWizard *m_wizard;
    QTimer *m_typing;
    bool m_readable = false;
};

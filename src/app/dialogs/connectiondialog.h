#pragma once

#include "db/connectionsettings.h"

#include <QDialog>
#include <memory>

namespace Ui { class ConnectionDialog; }

/**
 * The DB_* settings for this session, with a Test button whose sentence tells apart a server that is
 * not running, an unknown host, a refused password, a missing database (then offering to create it)
 * and SSL trouble; nothing typed here is written to disk.
 */
class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectionDialog(const ConnectionSettings &settings, QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    ConnectionSettings settings() const;
    // Tries the settings on a throwaway connection; the result sentence is shown and returned.
    bool testConnection();
    // Shown only after a test found the database missing: creates it, then tests again.
    bool createDatabase();

private:
    void showResult(const QString &text, bool ok);

    std::unique_ptr<Ui::ConnectionDialog> ui;
};

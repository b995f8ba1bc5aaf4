#pragma once

#include "db/connectionsettings.h"

#include <QDialog>
#include <memory>

namespace Ui { class ConnectionDialog; }

/** The DB_* settings for this session, with a Test button; nothing typed here is written to disk. */
class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectionDialog(const ConnectionSettings &settings, QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    ConnectionSettings settings() const;
    // Tries the settings on a throwaway connection; the result sentence is shown and returned.
    bool testConnection();

private:
    std::unique_ptr<Ui::ConnectionDialog> ui;
};

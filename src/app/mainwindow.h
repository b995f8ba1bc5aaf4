#pragma once

#include "connectionsettings.h"

#include <QMainWindow>
#include <memory>

namespace Ui { class MainWindow; }

/** The main window; for now a database overview (the pages come with the next issue). */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const ConnectionSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Loads the overview; false (with the sentence in the status bar) when the database fails.
    bool refresh();

private:
    std::unique_ptr<Ui::MainWindow> ui;
    ConnectionSettings m_settings;
};

#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QTimer;

/**
 * The strip at the top of the main window while the database server is out of reach: what happened,
 * when the next attempt comes, that unsaved edits are kept, and a "Reconnect now" button. Its colours
 * come from StatusColours, so it reads in the light and the dark theme; its layout follows the
 * interface's direction.
 */
class ConnectionBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ConnectionBanner(QWidget *parent = nullptr);

    void showLost(const QString &why);
    void showRetryIn(int msecs);
    void showBack();
    QString text() const;

signals:
    void reconnectRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateText();
    void applyColours();

    QLabel *m_label = nullptr;
    QPushButton *m_button = nullptr;
    QTimer *m_countdown = nullptr;
    QString m_why;
    QString m_since;
    int m_secondsLeft = -1;
    bool m_applying = false;
};

// The icons of the navigation, toolbar and menus come through QIcon::fromTheme with the bundled Breeze
// sets as fallback: every one resolves, in the light look they are drawn dark and in the dark look light,
// and a desktop theme that has a name keeps it when the look follows the desktop.
#include "mainwindow.h"

#include "guitest.h"
#include "theme/apptheme.h"
#include "theme/icontheme.h"

#include <QAction>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QTest>
#include <QToolBar>

namespace {

// The mean lightness (0-255) of the opaque pixels of an icon drawn at 22 px.
int inkLightness(const QIcon &icon)
{
    const QImage image = icon.pixmap(22, 22).toImage().convertToFormat(QImage::Format_ARGB32);
    qint64 sum = 0, count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() > 200) {
                sum += c.lightness();
                ++count;
            }
        }
    return count ? int(sum / count) : -1;
}

} // namespace

class tst_IconTheme : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyIconResolves_data();
    void everyIconResolves();
    void inkContrastsWithTheLook_data();
    void inkContrastsWithTheLook();
    void applicationIcon();

private:
    TestDatabase m_db;
    SignedIn m_admin;
};

void tst_IconTheme::initTestCase()
{
    QVERIFY2(m_db.createMigrated(), qPrintable(m_db.lastError()));
    const auto admin = GuiTest::createAndSignIn(m_db, "admin@example.com", "admin");
    QVERIFY_OK(admin);
    m_admin = admin.value();
}

void tst_IconTheme::everyIconResolves_data()
{
    QTest::addColumn<QString>("mode");
    QTest::newRow("light") << QString("light");
    QTest::newRow("dark") << QString("dark");
    QTest::newRow("system") << QString("system");
}

void tst_IconTheme::everyIconResolves()
{
    QFETCH(QString, mode);
    AppTheme::apply(*AppTheme::modeByName(mode));
    // The look first and the window after, as main() does.
    MainWindow window(m_admin);
    QStringList missing;
    int checked = 0;
    const auto check = [&](const QString &what, const QIcon &icon) {
        ++checked;
        if (icon.isNull() || icon.pixmap(22, 22).isNull())
            missing << what;
    };
    auto *navigation = window.findChild<QListWidget *>("navigation");
    for (int row = 0; row < navigation->count(); ++row)
        check(navigation->item(row)->text(), navigation->item(row)->icon());
    for (QAction *action : window.findChild<QToolBar *>()->actions())
        if (!action->isSeparator())
            check(action->objectName(), action->icon());
    for (QAction *menu : window.menuBar()->actions())
        for (QAction *action : menu->menu()->actions())
            if (!action->isSeparator())
                check(menu->menu()->objectName() + "/" + action->objectName(), action->icon());
    QVERIFY(checked >= 20);  // 7 pages, 5 toolbar actions, File, Edit, Tools and Help
    QVERIFY2(missing.isEmpty(), qPrintable("without an icon: " + missing.join(", ")));
}

void tst_IconTheme::inkContrastsWithTheLook_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("name");
    for (const char *name : {"document-new", "view-refresh", "system-users", "view-pim-contacts", "help-about"}) {
        QTest::addRow("light %s", name) << QString("light") << QString(name);
        QTest::addRow("dark %s", name) << QString("dark") << QString(name);
    }
}

void tst_IconTheme::inkContrastsWithTheLook()
{
    QFETCH(QString, mode);
    QFETCH(QString, name);
    AppTheme::apply(*AppTheme::modeByName(mode));
    const bool dark = mode == "dark";
    QCOMPARE(QIcon::themeName(), IconTheme::bundledName(dark));
    const int ink = inkLightness(IconTheme::icon(name));
    QVERIFY2(ink >= 0, "nothing drawn");
    const int window = QApplication::palette().color(QPalette::Window).lightness();
    // Breeze draws #232629 for light backgrounds and #eff0f1 for dark ones.
    QVERIFY2(qAbs(ink - window) > 120, qPrintable(QString("ink %1 on window %2").arg(ink).arg(window)));
}

void tst_IconTheme::applicationIcon()
{
    const QIcon icon = IconTheme::application();
    QVERIFY(!icon.isNull());
    const QImage image = icon.pixmap(64, 64).toImage();
    QCOMPARE(image.size(), QSize(64, 64));
    // The green tile, left of the white bubble.
    const QColor middleLeft = image.pixelColor(6, 32);
    QVERIFY2(middleLeft.green() > 120 && middleLeft.red() < 100, qPrintable(middleLeft.name()));
}

QTEST_MAIN(tst_IconTheme)
#include "tst_icontheme.moc"

// Colours that carry meaning must read in light and in dark: WCAG contrast of at least 4.5:1 for every
// status colour against the rows (base, alternateBase) and the window of both palettes, and the
// delegates and themes must actually pick the pair member that matches the palette in use.

#include "delegates/campaigncelldelegate.h"
#include "theme/apptheme.h"
#include "theme/statuscolours.h"

#include <QApplication>
#include <QStandardItemModel>
#include <QStyle>
#include <QTest>

using StatusColours::Tone;

namespace {

class CampaignProbe : public CampaignCellDelegate
{
public:
    using CampaignCellDelegate::CampaignCellDelegate;
    using CampaignCellDelegate::initStyleOption;
};

QString toneName(Tone tone)
{
    switch (tone) {
    case Tone::Neutral: return QStringLiteral("neutral");
    case Tone::Accent: return QStringLiteral("accent");
    case Tone::Progress: return QStringLiteral("progress");
    case Tone::Warning: return QStringLiteral("warning");
    case Tone::Success: return QStringLiteral("success");
    case Tone::Danger: return QStringLiteral("danger");
    }
    return {};
}

} // namespace

class tst_StatusColours : public QObject
{
    Q_OBJECT

private slots:
    void contrastFormula_data();
    void contrastFormula();
    void everyToneReads_data();
    void everyToneReads();
    void campaignStatusFollowsPalette_data();
    void campaignStatusFollowsPalette();
    void forcedThemes_data();
    void forcedThemes();
};

void tst_StatusColours::contrastFormula_data()
{
    QTest::addColumn<QColor>("a");
    QTest::addColumn<QColor>("b");
    QTest::addColumn<double>("ratio");
    // Reference values from the WCAG 2 definition.
    QTest::newRow("black on white") << QColor(Qt::black) << QColor(Qt::white) << 21.0;
    QTest::newRow("white on white") << QColor(Qt::white) << QColor(Qt::white) << 1.0;
    QTest::newRow("#777 on white") << QColor(0x77, 0x77, 0x77) << QColor(Qt::white) << 4.48;
    QTest::newRow("order does not matter") << QColor(Qt::white) << QColor(0x77, 0x77, 0x77) << 4.48;
}

void tst_StatusColours::contrastFormula()
{
    QFETCH(QColor, a);
    QFETCH(QColor, b);
    QFETCH(double, ratio);
    QVERIFY2(qAbs(StatusColours::contrast(a, b) - ratio) < 0.01, qPrintable(QString::number(StatusColours::contrast(a, b))));
}

void tst_StatusColours::everyToneReads_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<int>("tone");
    QTest::addColumn<int>("role");

    const struct { const char *name; QPalette palette; } palettes[] = {
        {"light", AppTheme::lightPalette()},
        {"dark", AppTheme::darkPalette()},
    };
    const struct { const char *name; QPalette::ColorRole role; } backgrounds[] = {
        {"base", QPalette::Base}, {"alternateBase", QPalette::AlternateBase}, {"window", QPalette::Window}};
    for (const auto &p : palettes)
        for (Tone tone : StatusColours::allTones())
            for (const auto &b : backgrounds)
                QTest::addRow("%s: %s on %s", p.name, qPrintable(toneName(tone)), b.name) << p.palette << int(tone) << int(b.role);
    for (const auto &p : palettes)
        for (Tone tone : StatusColours::allTones())
            QTest::addRow("%s: %s on its own highlight", p.name, qPrintable(toneName(tone))) << p.palette << int(tone) << -1;
}

void tst_StatusColours::everyToneReads()
{
    QFETCH(QPalette, palette);
    QFETCH(int, tone);
    QFETCH(int, role);

    const QColor text = StatusColours::text(Tone(tone), palette);
    const QColor background = role < 0 ? StatusColours::highlight(Tone(tone), palette)
                                       : palette.color(QPalette::ColorRole(role));
    const double ratio = StatusColours::contrast(text, background);
    QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1 on %2: %3:1").arg(text.name(), background.name()).arg(ratio, 0, 'f', 2)));
}

void tst_StatusColours::campaignStatusFollowsPalette_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("dark");
    for (const char *status : {"draft", "scheduled", "running", "paused", "completed", "failed"}) {
        QTest::addRow("%s, light rows", status) << QString::fromLatin1(status) << false;
        QTest::addRow("%s, dark rows", status) << QString::fromLatin1(status) << true;
    }
}

void tst_StatusColours::campaignStatusFollowsPalette()
{
    QFETCH(QString, status);
    QFETCH(bool, dark);

    QStandardItemModel model(1, 1);
    model.setData(model.index(0, 0), status);
    CampaignCellDelegate::Columns columns;
    columns.status = 0;
    QStyleOptionViewItem option;
    option.palette = dark ? AppTheme::darkPalette() : AppTheme::lightPalette();
    CampaignProbe(columns).initStyleOption(&option, model.index(0, 0));

    const QColor shown = option.palette.color(QPalette::Text);
    QCOMPARE(shown, StatusColours::text(StatusColours::campaignTone(status), option.palette));
    for (QPalette::ColorRole row : {QPalette::Base, QPalette::AlternateBase})
        QVERIFY2(StatusColours::contrast(shown, option.palette.color(row)) >= 4.5, qPrintable(shown.name()));
}

void tst_StatusColours::forcedThemes_data()
{
    QTest::addColumn<QString>("theme");
    QTest::addColumn<bool>("dark");
    QTest::newRow("--theme dark") << "dark" << true;
    QTest::newRow("--theme light") << "light" << false;
    QTest::newRow("back to dark") << "DARK" << true;
}

void tst_StatusColours::forcedThemes()
{
    QFETCH(QString, theme);
    QFETCH(bool, dark);

    const auto mode = AppTheme::modeByName(theme);
    QVERIFY(mode);
    QCOMPARE(AppTheme::startupMode(theme), *mode);  // the command line wins over setting and environment
    AppTheme::apply(*mode);
    QCOMPARE(AppTheme::styleName().toLower(), QStringLiteral("fusion"));
    QCOMPARE(StatusColours::isDark(QApplication::palette()), dark);
    QCOMPARE(StatusColours::text(Tone::Danger), StatusColours::text(Tone::Danger, dark ? AppTheme::darkPalette()
                                                                                        : AppTheme::lightPalette()));
    QVERIFY(!AppTheme::modeByName(QStringLiteral("sepia")));
}

QTEST_MAIN(tst_StatusColours)
#include "tst_statuscolours.moc"

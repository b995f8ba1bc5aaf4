// Page benchmark: how fast waqtor-admin shows a big table, next to psql running the same SQL.
// Figures, not verdicts: the targets (first window < 150 ms at 10M messages, phone search < 100 ms,
// resident memory < 200 MB after paging through 100k rows, the --screenshot run within 1.3x of an
// empty table) are printed beside each measurement. See bench/README.md.

#include "benchsetup.h"
#include "db/database.h"
#include "mainwindow.h"
#include "psqlprocess.h"
#include "accounts/signedin.h"
#include "pages/tablepage.h"
#include "models/windowedtablemodel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTableView>
#include <QSqlQuery>
#include <QTemporaryFile>

#include <algorithm>
#include <cstdio>

namespace {

double residentMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}

// Runs `sql` through psql three times with \timing and returns the best time in ms (-1 on failure).
double psqlMilliseconds(const ConnectionSettings &s, const QStringList &setup, const QString &sql)
{
    QTemporaryFile script;
    if (!script.open())
        return -1;
    QString text = QStringLiteral("\\set QUIET on\n\\pset pager off\n\\o /dev/null\n");
    for (const QString &line : setup)
        text += line + QStringLiteral(";\n");
    text += QStringLiteral("\\timing on\n");
    for (int i = 0; i < 3; ++i)
        text += sql + QStringLiteral(";\n");
    script.write(text.toUtf8());
    script.flush();
    QProcess psql;
    PsqlProcess::start(psql, s, {QStringLiteral("-f"), script.fileName()});
    psql.waitForFinished(600000);
    const QString out = QString::fromUtf8(psql.readAllStandardOutput() + psql.readAllStandardError());
    double best = -1;
    static const QRegularExpression timeRe(QStringLiteral(R"(Time: ([0-9.]+) ms)"));
    for (auto it = timeRe.globalMatch(out); it.hasNext();) {
        const double ms = it.next().captured(1).toDouble();
        best = best < 0 ? ms : std::min(best, ms);
    }
    if (best < 0)
        std::fprintf(stderr, "psql failed: %s\n", qPrintable(out.left(400)));
    return best;
}

// The set_config() calls that give psql the same parameter values the model bound.
QStringList parameterSetup(QSqlDatabase db)
{
    QStringList setup;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT name, setting FROM pg_settings WHERE name LIKE 'waqtor.%'"));
    while (q.next())
        setup << QStringLiteral("SELECT set_config('%1', $v$%2$v$, false)").arg(q.value(0).toString(), q.value(1).toString());
    return setup;
}

void row(const char *what, double ours, double psql, const char *target)
{
    if (psql > 0)
        std::printf("  %-44s %10.1f %10.1f %8.2fx   %s\n", what, ours, psql, ours / psql, target);
    else
        std::printf("  %-44s %10.1f %10s %9s   %s\n", what, ours, "-", "-", target);
}

struct BenchAccount { QString label; QString email; };

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times waqtor-admin's pages on a big database, next to psql."));
    parser.addHelpOption();
    const QCommandLineOption envFile(QStringLiteral("env-file"), QStringLiteral("DB_* settings file."), QStringLiteral("PATH"));
    const QCommandLineOption pageOption(QStringLiteral("page"), QStringLiteral("messages or contacts (default messages)."),
                                        QStringLiteral("NAME"), QStringLiteral("messages"));
    const QCommandLineOption windows(QStringLiteral("windows"), QStringLiteral("Windows to page through (default 500)."),
                                     QStringLiteral("N"), QStringLiteral("500"));
    const QCommandLineOption emptyDb(QStringLiteral("empty-db"),
                                     QStringLiteral("A migrated database with no rows but the bench admin: the --screenshot "
                                                    "run there is the baseline for the run on the big one."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption scrollRows(QStringLiteral("scroll-rows"),
                                        QStringLiteral("Rows to scroll through in the view, as a reader would (default 1000000)."),
                                        QStringLiteral("N"), QStringLiteral("1000000"));
    parser.addOptions({envFile, pageOption, windows, emptyDb, scrollRows});
    parser.process(app);

    const auto settings = BenchSetup::settings(parser.value(envFile));
    if (!settings)
        return 1;
    const Entity entity = parser.value(pageOption) == QLatin1String("contacts") ? Entity::Contacts : Entity::Messages;
    const QString password = qEnvironmentVariable("BENCH_PASSWORD", QStringLiteral("bench-password-2026"));
    const QList<BenchAccount> accounts = {
        {QStringLiteral("admin, all owners"), qEnvironmentVariable("BENCH_ADMIN", QStringLiteral("bench-admin@waqtor.bench"))},
        {QStringLiteral("user owning ~10%"), qEnvironmentVariable("BENCH_USER", QStringLiteral("bench-user-01@waqtor.bench"))}};

    std::printf("WaQtor Admin page benchmark: %s page on %s\n", qPrintable(parser.value(pageOption)),
                qPrintable(settings->describe()));
    std::printf("  %-44s %10s %10s %9s   %s\n", "measure", "ours", "psql", "ratio", "target");
    int failures = 0;
    for (const BenchAccount &account : accounts) {
        const auto signedIn = SignedIn::signIn(settings.value(), account.email, password, account.email);
        if (!signedIn) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(account.email), qPrintable(signedIn.error().message));
            ++failures;
            continue;
        }
        std::printf("%s (%s)\n", qPrintable(account.label), qPrintable(account.email));
        {
            // The window, its models and the query below let go of the connection before it is removed.
            MainWindow window(signedIn.value());
            window.resize(1280, 800);
            window.show();
            QElapsedTimer clock;
            clock.start();
            QString error;
            if (!window.openPage(entity, &error)) {
                std::fprintf(stderr, "  cannot open the page: %s\n", qPrintable(error));
                ++failures;
                continue;
            }
            window.repaint();  // painted, not just fetched
            const double firstWindow = clock.nsecsElapsed() / 1e6;
            TablePage *page = window.page(entity);
            WindowedTableModel *model = page->model();
            const QString firstSql = model->selectStatement();
            const QStringList setup = parameterSetup(signedIn->database());
            if (qEnvironmentVariableIsSet("BENCH_SHOW_SQL"))
                std::printf("%s;\n%s;\n", qPrintable(setup.join(QStringLiteral(";\n"))), qPrintable(firstSql));
            row("first window shown (ms)", firstWindow, psqlMilliseconds(settings.value(), setup, firstSql), "< 150 ms");
            const double rssStart = residentMegabytes();

            // Page through the table: memory must stay flat.
            const int n = parser.value(windows).toInt();
            clock.restart();
            int moved = 0;
            while (moved < n && model->nextPage())
                ++moved;
            const double perWindow = moved ? clock.nsecsElapsed() / 1e6 / moved : 0;
            const QString nextSql = model->selectStatement();
            row("next window (ms, average)", perWindow, psqlMilliseconds(settings.value(), parameterSetup(signedIn->database()), nextSql), "");
            std::printf("  %-44s %10.0f   after %d windows (%d rows): %.0f MB   target < 200 MB\n", "resident memory (MB)",
                        rssStart, moved, moved * model->windowSize(), residentMegabytes());

            // Scroll the view itself down through the result (each time the view reaches the bottom of
            // the rows held, the window slides to the next keyset window): memory must stay flat.
            if (model->firstPage()) {
                const qint64 target = parser.value(scrollRows).toLongLong();
                QTableView *view = page->tableView();
                clock.restart();
                qint64 offset = 0;
                int slides = 0;
                while (offset < target && model->hasNextPage()) {
                    view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
                    const qint64 now = model->firstRowOffset().value_or(-1);
                    if (now <= offset)
                        break;  // the window did not move: the end, or an error
                    offset = now;
                    ++slides;
                }
                const double seconds = clock.nsecsElapsed() / 1e9;
                const qint64 reached = offset + model->rowCount();
                std::printf("  %-44s %10.0f   after scrolling %lld rows (%d slides, %.1f s): %.0f MB   target < 200 MB\n",
                            "resident memory scrolling (MB)", rssStart, static_cast<long long>(reached), slides, seconds,
                            residentMegabytes());
                clock.restart();
                model->lastPage();
                window.repaint();
                row("Ctrl+End: last rows shown (ms)", clock.nsecsElapsed() / 1e6,
                    psqlMilliseconds(settings.value(), parameterSetup(signedIn->database()), model->selectStatement()), "");
                model->firstPage();
            }

            // Exact phone search on a phone this account really has.
            QSqlQuery q(signedIn->database());
            q.prepare(QStringLiteral("SELECT phone_number FROM %1 WHERE user_id = CAST(:owner AS uuid) LIMIT 1")
                          .arg(entity == Entity::Messages ? QStringLiteral("messages") : QStringLiteral("recipients")));
            q.bindValue(QStringLiteral(":owner"), signedIn->account.id);
            if (q.exec() && q.next()) {
                auto *search = page->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
                search->setText(q.value(0).toString());
                clock.restart();
                page->reload();
                window.repaint();
                const double searchMs = clock.nsecsElapsed() / 1e6;
                row("phone search shown (ms)", searchMs,
                    psqlMilliseconds(settings.value(), parameterSetup(signedIn->database()), model->selectStatement()), "< 100 ms");

                // Part of a number (five digits from its middle): the pg_trgm index of migration 0010,
                // beside what a user types into psql for the same rows.
                const QString phone = q.value(0).toString();
                const QString digits = phone.mid(phone.size() - 7, 5);
                search->setText(digits);
                clock.restart();
                page->reload();
                window.repaint();
                const double partialMs = clock.nsecsElapsed() / 1e6;
                const QString table = entity == Entity::Messages ? QStringLiteral("messages") : QStringLiteral("recipients");
                const QString scope = signedIn->policy.seesAllOwners()
                    ? QString()
                    : QStringLiteral(" AND user_id = '%1'").arg(signedIn->account.id);
                const QString plain = QStringLiteral("SELECT * FROM %1 WHERE phone_number LIKE '%%2%'%3 ORDER BY created_at DESC LIMIT %4")
                                          .arg(table, digits, scope)
                                          .arg(model->windowSize());
                row(qPrintable(QStringLiteral("partial phone \"%1\" shown (ms)").arg(digits)), partialMs,
                    psqlMilliseconds(settings.value(), {}, plain), "< 150 ms");
                search->clear();
            }
        }
        Database::disconnect(account.email);
    }
    if (parser.isSet(emptyDb)) {
        const QString page = parser.value(pageOption);
        const BenchSetup::Account admin{accounts.first().email, password};
        const double big = BenchSetup::screenshotMilliseconds(settings.value(), settings->databaseName, page, admin, 3);
        const double empty = BenchSetup::screenshotMilliseconds(settings.value(), parser.value(emptyDb), page, admin, 3);
        std::printf("whole --screenshot run, admin (best of 3)\n");
        std::printf("  %-44s %10.1f %10.1f %8.2fx   %s\n", "big database vs empty database (ms)", big, empty,
                    empty > 0 ? big / empty : 0.0, "<= 1.3x");
    }
    return failures ? 2 : 0;
}

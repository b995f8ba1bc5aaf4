#include "summarycheck.h"

#include "runningstatement.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

namespace {
const QString WriterA = QStringLiteral("writer-a");
}

qint64 SummaryCheck::mismatches(QSqlDatabase db, const QString &fresh, const QString &summary)
{
    QSqlQuery q(db);
    const QString sql = QStringLiteral("SELECT 'missing', * FROM ((%1) EXCEPT ALL (%2)) a "
                                       "UNION ALL SELECT 'extra', * FROM ((%2) EXCEPT ALL (%1)) b")
                            .arg(fresh, summary);
    if (!q.exec(sql)) {
        qWarning("%s", qPrintable(q.lastError().text()));
        return -1;
    }
    qint64 n = 0;
    while (q.next()) {
        ++n;
        QStringList row;
        for (int c = 0; c < q.record().count(); ++c)
            row << q.value(c).toString();
        qWarning("%s", qPrintable(row.join(u' ')));
    }
    return n;
}

QString SummaryCheck::writeConcurrently(TestDatabase &db, const QString &first, const QString &second)
{
    QSqlQuery a(db.connection(WriterA));
    if (!a.exec(QStringLiteral("BEGIN")) || !a.exec(first))
        return QStringLiteral("writer A: ") + a.lastError().text();
    RunningStatement b(db.settings(), second);
    if (!b.waitUntilRunning(db.connection(), QStringLiteral("Lock")))
        return QStringLiteral("writer B never waited for writer A's lock");
    if (!a.exec(QStringLiteral("COMMIT")))
        return QStringLiteral("writer A's commit: ") + a.lastError().text();
    if (!QTest::qWaitFor([&b] { return b.finished(); }, 20000))
        return QStringLiteral("writer B did not finish");
    return b.status().ok() ? QString() : QStringLiteral("writer B: ") + b.failureText();
}

void SummaryCheck::rollBackWriterA(TestDatabase &db)
{
    QSqlQuery(db.connection(WriterA)).exec(QStringLiteral("ROLLBACK"));
}

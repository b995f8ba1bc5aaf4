#include "db/querycancel.h"

#include <QSqlQuery>
#include <QVariant>

void QueryCancel::cancel(QSqlDatabase db)
{
    cancelled = true;
    cancelBackend(std::move(db), backendPid);
}

void QueryCancel::cancelBackend(QSqlDatabase db, int pid)
{
    if (pid == 0)
        return;  // not started yet: the worker sees the flag before it runs its query
    QSqlQuery q(db);
    if (q.prepare(QStringLiteral("SELECT pg_cancel_backend(:pid)"))) {
        q.bindValue(QStringLiteral(":pid"), pid);
        q.exec();
    }
}

#pragma once

#include "StoreConformanceTest.h"

#include <QSqlDatabase>

// The conformance suite's view into an SQL store's tables, through a connection of its own.
namespace SqlStoreTestHooks {
// Every text value of every table the store made.
QStringList storedText(QSqlDatabase db);
QStringList outbox(QSqlDatabase db);
void setSchemaVersion(QSqlDatabase db, int version);
StoreTestHooks make(const std::function<QSqlDatabase()>& connection, const std::function<void()>& reset);
} // namespace SqlStoreTestHooks

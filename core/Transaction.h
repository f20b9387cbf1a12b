// RAII transaction guard: begins on construction, rolls back on destruction
// unless commit() succeeded. Every write touching more than one row uses one.
// Guards nest: the outermost one is a real transaction (BEGIN IMMEDIATE, so a
// writer waits on the busy timeout instead of failing late), inner ones are
// savepoints, so a store call can run inside a larger import or sample fill.
#pragma once

#include "Result.h"

#include <QSqlDatabase>

namespace lotbook {

class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    // Error from BEGIN, if it failed.
    const Status &beginStatus() const { return m_begin; }
    Status commit();
    void rollback();

private:
    QSqlDatabase m_db;
    int m_level = 0; // 0 for the outermost guard on this connection
    bool m_active = false;
    Status m_begin;
};

} // namespace lotbook

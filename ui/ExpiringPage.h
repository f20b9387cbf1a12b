// Placeholder: filled in by its issue.
#pragma once

#include <QWidget>

namespace lotbook {

class Database;

class ExpiringPage : public QWidget
{
    Q_OBJECT
public:
    ExpiringPage(Database &db, QWidget *parent = nullptr);
    void refresh();

signals:
    void dataChanged();

private:
    Database &m_db;
};

} // namespace lotbook

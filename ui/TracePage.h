// Placeholder: filled in by its issue.
#pragma once

#include <QWidget>

namespace lotbook {

class Database;

class TracePage : public QWidget
{
    Q_OBJECT
public:
    TracePage(Database &db, QWidget *parent = nullptr);
    void refresh();

signals:
    void dataChanged();

private:
    Database &m_db;
};

} // namespace lotbook

// One part: a header with a way back, its number and name, and tabs. Details
// shows the part record; the Lots tab (lot-tracked parts) comes with lots.
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QFormLayout;

namespace lotbook {

class Database;

class PartView : public QWidget
{
    Q_OBJECT
public:
    PartView(Database &db, QWidget *parent = nullptr);
    void showPart(qint64 id);
    qint64 partId() const { return m_partId; }
    QTabWidget *tabs() const { return m_tabs; }

signals:
    void backRequested();
    void editRequested(qint64 id);

private:
    Database &m_db;
    qint64 m_partId = 0;
    QPushButton *m_back;
    QLabel *m_title;
    QPushButton *m_edit;
    QTabWidget *m_tabs;
    QFormLayout *m_details;
    QWidget *m_detailsTab;
};

} // namespace lotbook

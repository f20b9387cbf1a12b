// A titled list of catalog records: action buttons, a search field that
// filters as you type, "show inactive", the table, the true count, and an
// empty state that tells a new user what to do first. Pages compose these.
#pragma once

#include "CatalogModels.h"
#include "Result.h"

#include <functional>

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QHBoxLayout;

namespace lotbook {

class ListPanel : public QWidget
{
    Q_OBJECT
public:
    // `name` prefixes object names and the saved column layout ("parts").
    ListPanel(const QString &name, const QString &title, CatalogModel *model,
              QWidget *parent = nullptr);

    QPushButton *addButton(const QString &text, const QString &objectName);
    // Adds the standard New / Edit / Deactivate buttons (object names
    // <name>New, <name>Edit, <name>ToggleActive). `setActive` writes through a store.
    void addStandardActions(const QString &newText,
                            std::function<Status(qint64 id, bool active)> setActive);
    void setEditable(bool editable); // false on a read-only database
    bool currentIsActive() const;
    void setEmptyText(const QString &noneYet, const QString &noMatch);
    // "%n part(s)" style text for the count label.
    void setCountText(std::function<QString(qint64)> text) { m_countText = std::move(text); }

    CatalogModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchEdit() const { return m_search; }
    QCheckBox *inactiveCheck() const { return m_inactive; }
    QLabel *countLabel() const { return m_count; }

    qint64 currentId() const;
    void selectId(qint64 id);
    // Re-runs the query, keeps (or moves to) the selection and updates count and empty state.
    void refresh(qint64 selectId = 0);

signals:
    void activated(qint64 id);
    void newRequested();
    void editRequested(qint64 id);
    void errorOccurred(const QString &message);
    void currentChanged(qint64 id);

private:
    CatalogModel *m_model;
    QHBoxLayout *m_buttons;
    QLineEdit *m_search;
    QCheckBox *m_inactive;
    QStackedWidget *m_stack;
    QTableView *m_view;
    QLabel *m_empty;
    QLabel *m_count;
    QPushButton *m_new = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_toggle = nullptr;
    bool m_editable = true;
    void updateButtons();
    QString m_noneYet;
    QString m_noMatch;
    std::function<QString(qint64)> m_countText;
};

} // namespace lotbook

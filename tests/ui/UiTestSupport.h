// Helpers shared by the GUI tests: a shown and active MainWindow on a file,
// driving modal dialogs opened with exec(), typing into fields the way a user
// does, field errors, and the display text of list cells.
#pragma once

#include "Database.h"
#include "ListPanel.h"
#include "MainWindow.h"

#include <QApplication>
#include <QDate>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTest>
#include <QTimer>
#include <catch2/catch.hpp>
#include <functional>
#include <memory>
#include <string>

// Catch prints QStrings in failure messages as text, dates as ISO dates.
namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
template <> struct StringMaker<QDate>
{
    static std::string convert(const QDate &d)
    {
        return d.isValid() ? d.toString(Qt::ISODate).toStdString() : std::string("(no date)");
    }
};
} // namespace Catch

namespace lotbook::test {

// A shown, active MainWindow on `path`, with settings left by earlier tests cleared.
inline std::unique_ptr<MainWindow> openWindow(const QString &path, OpenMode mode)
{
    QSettings().clear();
    auto window = std::make_unique<MainWindow>();
    const bool opened = window->openDatabase(path, mode, true);
    INFO(window->lastError().toStdString());
    REQUIRE(opened);
    window->show();
    window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(window.get()));
    return window;
}

// The child widget `name` of type W, or nullptr (no check: usable inside dialogs).
template <typename W> W *findWidget(const QWidget &parent, const char *name)
{
    return parent.findChild<W *>(QLatin1String(name));
}

// Runs `trigger`, which opens a modal dialog of type D with exec(), and calls
// `drive` on the dialog while it is open. `drive` runs inside exec()'s event
// loop, where an exception cannot pass: it must use CHECK, never REQUIRE. A
// dialog that `drive` leaves open is rejected, and any other modal window is
// reported and closed, so a failing test cannot hang. Modal windows already
// open before `trigger` (the dialog a nested one is opened from) are left
// alone. Returns whether a D was seen.
template <typename D>
bool withDialog(const std::function<void()> &trigger, const std::function<void(D &)> &drive)
{
    bool seen = false;
    QWidget *const openBefore = QApplication::activeModalWidget();
    QTimer poll;
    poll.setInterval(5);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible() || modal == openBefore)
            return;
        poll.stop();
        auto *dialog = qobject_cast<D *>(modal);
        if (!dialog) {
            FAIL_CHECK("unexpected modal window " << modal->metaObject()->className() << " \""
                                                  << modal->windowTitle().toStdString() << '"');
            modal->close();
            return;
        }
        seen = true;
        drive(*dialog);
        if (dialog->isVisible())
            dialog->reject();
    });
    poll.start();
    trigger();
    poll.stop();
    return seen;
}

// Replaces a line edit's text the way a user does: select all, type.
inline void typeInto(QWidget &dialog, const char *name, const QString &text)
{
    auto *edit = findWidget<QLineEdit>(dialog, name);
    CHECK(edit);
    if (!edit)
        return;
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(edit, text);
    CHECK(edit->text() == text);
}

// The error label `name` is shown and says `text`; the dialog is still open.
inline void checkFieldError(QWidget &dialog, const char *name, const QString &text)
{
    INFO(name);
    CHECK(dialog.isVisible());
    auto *label = findWidget<QLabel>(dialog, name);
    CHECK(label);
    if (!label)
        return;
    CHECK(label->isVisible());
    CHECK(label->text() == text);
}

inline void checkNoFieldError(QWidget &dialog, const char *name)
{
    INFO(name);
    auto *label = findWidget<QLabel>(dialog, name);
    CHECK(label);
    if (label)
        CHECK_FALSE(label->isVisible());
}

// What a list shows in `field` (display text) on `row`.
inline QString cell(const ListPanel *panel, int row, const QString &field)
{
    const int column = panel->model()->columnOf(field);
    REQUIRE(column >= 0);
    return panel->model()->index(row, column).data().toString();
}

} // namespace lotbook::test

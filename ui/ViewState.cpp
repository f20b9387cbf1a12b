#include "ViewState.h"

#include <QHeaderView>
#include <QSettings>
#include <QSplitter>

namespace lotbook::ViewState {

bool track(QHeaderView *header, const QString &key)
{
    const QString settingsKey = QStringLiteral("views/") + key;
    const QByteArray saved = QSettings().value(settingsKey).toByteArray();
    if (!saved.isEmpty())
        header->restoreState(saved);
    auto save = [header, settingsKey] { QSettings().setValue(settingsKey, header->saveState()); };
    QObject::connect(header, &QHeaderView::sectionResized, header, save);
    QObject::connect(header, &QHeaderView::sectionMoved, header, save);
    QObject::connect(header, &QHeaderView::sortIndicatorChanged, header, save);
    return !saved.isEmpty();
}

bool track(QSplitter *splitter, const QString &key)
{
    const QString settingsKey = QStringLiteral("views/") + key;
    const QByteArray saved = QSettings().value(settingsKey).toByteArray();
    if (!saved.isEmpty())
        splitter->restoreState(saved);
    QObject::connect(splitter, &QSplitter::splitterMoved, splitter, [splitter, settingsKey] {
        QSettings().setValue(settingsKey, splitter->saveState());
    });
    return !saved.isEmpty();
}

} // namespace lotbook::ViewState

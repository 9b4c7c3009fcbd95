// SPDX-License-Identifier: MIT
#include "ui/windowstatesaver.h"

#include <memory>

#include <QAbstractItemView>
#include <QHeaderView>
#include <QMainWindow>
#include <QSet>
#include <QSettings>
#include <QSplitter>
#include <QStringList>

namespace evalbench {

namespace {

const QString kGeometry = QStringLiteral("window/geometry");
const QString kWindowState = QStringLiteral("window/state");
const QString kSplitters = QStringLiteral("splitters/");
const QString kHeaders = QStringLiteral("headers/");

// A header is named after its view: headers themselves rarely have names of their own.
const QWidget* namedOwner(const QHeaderView* header)
{
    const auto* view = qobject_cast<const QAbstractItemView*>(header->parentWidget());
    return view ? view : header;
}

template <typename Widget, typename Visit> void forEachNamed(const QMainWindow& window, Visit visit)
{
    QSet<QString> seen;
    QSet<QString> twice;
    QList<QPair<QString, Widget*>> found;
    for (Widget* widget : window.findChildren<Widget*>()) {
        QString key;
        if constexpr (std::is_same_v<Widget, QHeaderView>) {
            if (widget->orientation() != Qt::Horizontal)
                continue;
            key = WindowStateSaver::keyOf(*namedOwner(widget), window);
        } else {
            key = WindowStateSaver::keyOf(*widget, window);
        }
        if (key.isEmpty())
            continue;
        if (seen.contains(key))
            twice.insert(key);
        seen.insert(key);
        found.append({ key, widget });
    }
    for (const auto& [key, widget] : std::as_const(found)) {
        if (!twice.contains(key))
            visit(key, widget);
    }
}

} // namespace

QString WindowStateSaver::keyOf(const QWidget& widget, const QWidget& window)
{
    if (widget.objectName().isEmpty())
        return {};
    QStringList names;
    for (const QWidget* w = &widget; w && w != &window; w = w->parentWidget()) {
        if (!w->objectName().isEmpty() && !w->objectName().startsWith(QLatin1String("qt_")))
            names.prepend(w->objectName());
    }
    return names.join(QLatin1Char('/'));
}

void WindowStateSaver::save(const QMainWindow& window, QSettings& settings)
{
    settings.setValue(kGeometry, window.saveGeometry());
    settings.setValue(kWindowState, window.saveState());
    forEachNamed<QSplitter>(window,
        [&](const QString& key, QSplitter* splitter) { settings.setValue(kSplitters + key, splitter->saveState()); });
    forEachNamed<QHeaderView>(window, [&](const QString& key, QHeaderView* header) {
        // An empty header (a list never loaded) would overwrite a useful state with nothing.
        if (header->count() > 0)
            settings.setValue(kHeaders + key, header->saveState());
    });
}

void WindowStateSaver::restore(QMainWindow& window, const QSettings& settings)
{
    window.restoreGeometry(settings.value(kGeometry).toByteArray());
    window.restoreState(settings.value(kWindowState).toByteArray());
    forEachNamed<QSplitter>(window, [&](const QString& key, QSplitter* splitter) {
        if (const QByteArray state = settings.value(kSplitters + key).toByteArray(); !state.isEmpty())
            splitter->restoreState(state);
    });
    forEachNamed<QHeaderView>(window, [&](const QString& key, QHeaderView* header) {
        const QByteArray state = settings.value(kHeaders + key).toByteArray();
        if (state.isEmpty())
            return;
        if (header->count() > 0) {
            header->restoreState(state);
            return;
        }
        // Once, when the first columns arrive.
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = QObject::connect(
            header, &QHeaderView::sectionCountChanged, header, [header, state, connection](int, int newCount) {
                if (newCount == 0)
                    return;
                QObject::disconnect(*connection);
                // After the view has finished taking in its new columns.
                QMetaObject::invokeMethod(
                    header, [header, state] { header->restoreState(state); }, Qt::QueuedConnection);
            });
    });
}

} // namespace evalbench

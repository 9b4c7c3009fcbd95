// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QMainWindow;
class QSettings;
class QWidget;

namespace evalbench {

// Remembers the window between sessions: its geometry and dock/toolbar state, and the state
// of every splitter and table header inside it that has an object name (the key is the chain
// of named ancestors, e.g. "sampleTable"). Pages take part by naming their splitters and
// views; nothing else to do. Unnamed ones are left alone, as are names used twice.
class WindowStateSaver
{
public:
    static void save(const QMainWindow& window, QSettings& settings);
    // Headers of views that have no columns yet (their list loads in the background) get
    // their state once the columns arrive.
    static void restore(QMainWindow& window, const QSettings& settings);

    static QString keyOf(const QWidget& widget, const QWidget& window);
};

} // namespace evalbench

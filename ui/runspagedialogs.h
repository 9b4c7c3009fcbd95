// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <optional>

#include <QString>

class QWidget;

namespace evalbench {

// The questions the Runs page asks (delete? new name?) and the notices it shows. The window
// uses message boxes and an input dialog; tests put answers in their place, since a modal
// dialog would wait for a click that never comes.
struct RunsPageDialogs
{
    // True when the user agrees.
    std::function<bool(QWidget* parent, const QString& title, const QString& text)> confirm;
    std::function<void(QWidget* parent, const QString& title, const QString& text)> inform;
    // The new name, or nothing when the user cancelled.
    std::function<std::optional<QString>(QWidget* parent, const QString& currentName)> askName;

    static RunsPageDialogs interactive();
};

} // namespace evalbench

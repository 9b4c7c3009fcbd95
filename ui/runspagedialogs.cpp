// SPDX-License-Identifier: MIT
#include "ui/runspagedialogs.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QMessageBox>

namespace evalbench {

RunsPageDialogs RunsPageDialogs::interactive()
{
    RunsPageDialogs dialogs;
    dialogs.confirm = [](QWidget* parent, const QString& title, const QString& text) {
        return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Yes;
    };
    dialogs.inform = [](QWidget* parent, const QString& title, const QString& text) {
        QMessageBox::information(parent, title, text);
    };
    dialogs.askName = [](QWidget* parent, const QString& currentName) -> std::optional<QString> {
        bool ok = false;
        const QString name =
            QInputDialog::getText(parent, QCoreApplication::translate("evalbench::RunsPageDialogs", "Rename run"),
                QCoreApplication::translate("evalbench::RunsPageDialogs", "New name:"), QLineEdit::Normal, currentName,
                &ok);
        return ok ? std::optional<QString>(name) : std::nullopt;
    };
    return dialogs;
}

} // namespace evalbench

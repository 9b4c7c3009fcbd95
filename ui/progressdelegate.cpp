// SPDX-License-Identifier: MIT
#include "ui/progressdelegate.h"

#include "ui/runlistmodel.h"

#include <QApplication>

namespace evalbench {

void ProgressDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QVariant progress = index.data(RunListModel::ProgressRole);
    if (!index.data(RunListModel::RunningRole).toBool() || !progress.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionProgressBar bar;
    // The view's palette, font and direction: a default option would paint the bar in the
    // application's palette, which is not the view's in every theme.
    bar.QStyleOption::operator=(option);
    bar.rect = option.rect.adjusted(2, 2, -2, -2);
    bar.minimum = 0;
    bar.maximum = 1000;
    bar.progress = int(progress.toDouble() * 1000);
    bar.text = index.data(Qt::DisplayRole).toString();
    bar.textVisible = true;
    bar.state = option.state | QStyle::State_Horizontal;
    QStyle* style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, option.widget);
}

} // namespace evalbench

// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace evalbench {

// Draws a progress bar in the Status cell of a running run.
class ProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace evalbench

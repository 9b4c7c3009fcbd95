// SPDX-License-Identifier: MIT
#include "ui/jobstatebadgedelegate.h"

#include <QApplication>
#include <QPainter>

namespace evalbench {

JobStateBadgeDelegate::JobStateBadgeDelegate(int stateRole, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_stateRole(stateRole)
{ }

QColor JobStateBadgeDelegate::badgeColor(JobState state)
{
    // Mid-dark tones: white text on them passes WCAG AA (≥ 4.5:1), and they stand out on both a
    // white and a near-black table background.
    switch (state) {
    case JobState::Queued:
        return QColor(0x5f, 0x63, 0x68); // grey
    case JobState::Running:
        return QColor(0x1a, 0x5f, 0xb4); // blue
    case JobState::Completed:
        return QColor(0x1e, 0x7b, 0x34); // green
    case JobState::Failed:
        return QColor(0xb3, 0x26, 0x1e); // red
    case JobState::Cancelled:
        return QColor(0x9a, 0x4f, 0x00); // amber
    }
    return Qt::gray;
}

QColor JobStateBadgeDelegate::textColor(JobState)
{
    return Qt::white;
}

void JobStateBadgeDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QVariant state = index.data(m_stateRole);
    if (!state.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The row's background and selection first, without the text.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const JobState jobState = JobState(state.toInt());
    const QString text = index.data(Qt::DisplayRole).toString();
    QFont font = option.font;
    font.setBold(true);
    const QFontMetrics metrics(font);
    const int height = std::min(option.rect.height() - 4, metrics.height() + 4);
    const int width = metrics.horizontalAdvance(text) + 16;
    const QRect badge(option.rect.left() + 6, option.rect.center().y() - height / 2 + 1, width, height);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(badgeColor(jobState));
    painter->drawRoundedRect(badge, height / 2.0, height / 2.0);
    painter->setFont(font);
    painter->setPen(textColor(jobState));
    painter->drawText(badge, Qt::AlignCenter, text);
    painter->restore();
}

QSize JobStateBadgeDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    QFont font = option.font;
    font.setBold(true);
    size.setWidth(QFontMetrics(font).horizontalAdvance(index.data(Qt::DisplayRole).toString()) + 28);
    return size;
}

} // namespace evalbench

// SPDX-License-Identifier: MIT
#include "ui/ml/confusionmatrixmodel.h"

#include "ui/readabletext.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include <QLocale>

namespace evalbench {

ConfusionMatrixModel::ConfusionMatrixModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ConfusionMatrixModel::setData(const QStringList& labels, const QList<QList<qint64>>& counts)
{
    beginResetModel();
    m_labels = labels;
    m_counts = counts;
    m_rowTotals.clear();
    for (const QList<qint64>& row : counts)
        m_rowTotals.append(std::accumulate(row.cbegin(), row.cend(), qint64(0)));
    endResetModel();
}

double ConfusionMatrixModel::share(int row, int column) const
{
    const qint64 total = m_rowTotals.value(row);
    return total > 0 ? double(m_counts.at(row).value(column)) / double(total) : 0.0;
}

QColor ConfusionMatrixModel::colorForShare(double share)
{
    // ColorBrewer's 9-class "Blues", interpolated between its steps: a straight line from the
    // lightest to the darkest would make the middle greyish.
    static const QList<QColor> steps { QColor(0xf7, 0xfb, 0xff), QColor(0xde, 0xeb, 0xf7), QColor(0xc6, 0xdb, 0xef),
        QColor(0x9e, 0xca, 0xe1), QColor(0x6b, 0xae, 0xd6), QColor(0x42, 0x92, 0xc6), QColor(0x21, 0x71, 0xb5),
        QColor(0x08, 0x51, 0x9c), QColor(0x08, 0x30, 0x6b) };
    const double position = std::clamp(share, 0.0, 1.0) * double(steps.size() - 1);
    const int low = std::min(int(position), int(steps.size()) - 2);
    const double t = position - low;
    const QColor& a = steps.at(low);
    const QColor& b = steps.at(low + 1);
    const auto mix = [t](int from, int to) { return int(std::lround(from + (to - from) * t)); };
    return QColor(mix(a.red(), b.red()), mix(a.green(), b.green()), mix(a.blue(), b.blue()));
}

int ConfusionMatrixModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_counts.size());
}

int ConfusionMatrixModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_labels.size());
}

QString ConfusionMatrixModel::toolTip(int row, int column) const
{
    const QLocale locale;
    const qint64 count = m_counts.at(row).at(column);
    if (m_rowTotals.at(row) == 0)
        return tr("true %1 predicted as %2: %3 (no sample is truly %1)")
            .arg(m_labels.at(row), m_labels.at(column), locale.toString(count));
    return tr("true %1 predicted as %2: %3 (%4% of %1)")
        .arg(m_labels.at(row), m_labels.at(column), locale.toString(count),
            locale.toString(100.0 * share(row, column), 'f', 1));
}

QVariant ConfusionMatrixModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return m_counts.at(row).at(column);
    case Qt::BackgroundRole:
        return colorForShare(share(row, column));
    case Qt::ForegroundRole:
        // Zeros recede (a muted grey that still reads 4.5:1 on the lightest blue); other counts
        // take dark text where it contrasts enough, else white.
        if (m_counts.at(row).at(column) == 0)
            return QColor(0x5f, 0x6b, 0x7a);
        return ReadableText::on(colorForShare(share(row, column)), QColor(0x1a, 0x20, 0x2c));
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case ShareRole:
        return share(row, column);
    default:
        return {};
    }
}

QVariant ConfusionMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section < 0 || section >= m_labels.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (role) {
    case Qt::DisplayRole:
        return m_labels.at(section);
    case Qt::ToolTipRole:
        return orientation == Qt::Vertical ? tr("True label: %1").arg(m_labels.at(section))
                                           : tr("Predicted label: %1").arg(m_labels.at(section));
    default:
        return QAbstractTableModel::headerData(section, orientation, role);
    }
}

} // namespace evalbench

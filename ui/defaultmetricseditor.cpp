// SPDX-License-Identifier: MIT
#include "ui/defaultmetricseditor.h"

#include "metrics/metricregistry.h"

#include <QDoubleSpinBox>
#include <QHeaderView>

namespace evalbench {

namespace {
enum Column
{
    MetricColumn = 0,
    WeightColumn,
    DescriptionColumn
};
} // namespace

DefaultMetricsEditor::DefaultMetricsEditor(QWidget* parent)
    : QTableWidget(0, 3, parent)
{
    setHorizontalHeaderLabels({ tr("Metric"), tr("Weight"), tr("Description") });
    horizontalHeader()->setStretchLastSection(true);
    verticalHeader()->hide();
    setSelectionMode(QAbstractItemView::NoSelection);
    for (const MetricInfo& info : MetricRegistry::builtin().infos()) {
        const int row = rowCount();
        insertRow(row);
        auto* item = new QTableWidgetItem(info.id);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        item->setCheckState(Qt::Unchecked);
        setItem(row, MetricColumn, item);
        auto* weight = new QDoubleSpinBox;
        weight->setRange(0.0, 100.0);
        weight->setSingleStep(0.5);
        weight->setValue(1.0);
        weight->setToolTip(tr("Weight of this metric in the weighted score"));
        setCellWidget(row, WeightColumn, weight);
        auto* description = new QTableWidgetItem(info.description);
        description->setFlags(Qt::ItemIsEnabled);
        description->setToolTip(info.description);
        setItem(row, DescriptionColumn, description);
    }
    resizeColumnsToContents();
}

void DefaultMetricsEditor::setDefaults(const EvaluationDefaults& defaults)
{
    for (int row = 0; row < rowCount(); ++row) {
        const QString id = item(row, MetricColumn)->text();
        item(row, MetricColumn)->setCheckState(defaults.metrics.contains(id) ? Qt::Checked : Qt::Unchecked);
        static_cast<QDoubleSpinBox*>(cellWidget(row, WeightColumn))->setValue(defaults.weightOf(id));
    }
}

EvaluationDefaults DefaultMetricsEditor::defaults() const
{
    EvaluationDefaults defaults;
    for (int row = 0; row < rowCount(); ++row) {
        const QString id = item(row, MetricColumn)->text();
        if (item(row, MetricColumn)->checkState() == Qt::Checked)
            defaults.metrics.append(id);
        if (const double weight = static_cast<QDoubleSpinBox*>(cellWidget(row, WeightColumn))->value(); weight != 1.0)
            defaults.weights.insert(id, weight);
    }
    return defaults;
}

int DefaultMetricsEditor::rowOf(const QString& metric) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (item(row, MetricColumn)->text() == metric)
            return row;
    }
    return -1;
}

void DefaultMetricsEditor::setMetricChecked(const QString& metric, bool checked)
{
    if (const int row = rowOf(metric); row >= 0)
        item(row, MetricColumn)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

void DefaultMetricsEditor::setWeight(const QString& metric, double weight)
{
    if (const int row = rowOf(metric); row >= 0)
        static_cast<QDoubleSpinBox*>(cellWidget(row, WeightColumn))->setValue(weight);
}

} // namespace evalbench

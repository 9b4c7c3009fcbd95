// SPDX-License-Identifier: MIT
#pragma once

#include "ui/evaluationdefaults.h"

#include <QTableWidget>

namespace evalbench {

// Every built-in metric with a check box and a weight: the defaults of a new evaluation.
class DefaultMetricsEditor : public QTableWidget
{
    Q_OBJECT
public:
    explicit DefaultMetricsEditor(QWidget* parent = nullptr);

    void setDefaults(const EvaluationDefaults& defaults);
    EvaluationDefaults defaults() const;
    void setMetricChecked(const QString& metric, bool checked);
    void setWeight(const QString& metric, double weight);

private:
    int rowOf(const QString& metric) const;
};

} // namespace evalbench

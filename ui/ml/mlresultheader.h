// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;

namespace evalbench {

struct MlResult;

// Top of the ML report: which scorer, its score in large type with the metric it reports,
// pass or fail against the threshold, and the scorer's warnings.
class MlResultHeader : public QWidget
{
    Q_OBJECT
public:
    explicit MlResultHeader(QWidget* parent = nullptr);

    void setResult(const MlResult& result);

private:
    QLabel* m_scorerLabel = nullptr;
    QLabel* m_taskLabel = nullptr;
    QLabel* m_scoreLabel = nullptr;
    QLabel* m_metricLabel = nullptr;
    QLabel* m_passBadge = nullptr;
    QLabel* m_thresholdLabel = nullptr;
    QLabel* m_warningsLabel = nullptr;
};

} // namespace evalbench

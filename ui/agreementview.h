// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QDoubleSpinBox;
class QLabel;
class QTableView;

namespace evalbench {

class AgreementModel;
class ReportAnnotations;

// Can the judge be trusted? The agreement of the analysts' scores with the run's,
// per metric and overall, with the pass / fail threshold for kappa at hand.
// Moving the threshold recomputes from the pairs already read.
class AgreementView : public QWidget
{
    Q_OBJECT
public:
    explicit AgreementView(ReportAnnotations* annotations, QWidget* parent = nullptr);

    AgreementModel* model() const { return m_model; }
    double threshold() const;
    void setThreshold(double threshold);

private:
    void refresh();

    ReportAnnotations* m_annotations;
    AgreementModel* m_model = nullptr;
    QDoubleSpinBox* m_threshold = nullptr;
    QLabel* m_summary = nullptr;
    QTableView* m_table = nullptr;
};

} // namespace evalbench

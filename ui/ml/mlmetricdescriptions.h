// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

namespace evalbench {

// One line on what a metric of the built-in scorers means; empty for names it does not know
// (a custom scorer's own metrics).
class MlMetricDescriptions
{
    Q_DECLARE_TR_FUNCTIONS(MlMetricDescriptions)
public:
    static QString describe(const QString& metric);
    // pycocotools' summary line for one of the 12 COCO stats ("AP", "AP50", …, "ARl"), e.g.
    // "Average Precision (AP) @[ IoU=0.50:0.95 | area=all | maxDets=100 ]"; empty if unknown.
    static QString cocoStatTitle(const QString& stat);
};

} // namespace evalbench

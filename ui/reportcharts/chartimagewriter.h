// SPDX-License-Identifier: MIT
#pragma once

#include <QImage>
#include <QList>
#include <QString>

namespace evalbench {

// A rendered chart and the file it goes to.
struct ChartImage
{
    QString path;
    QImage image;
};

// Writes each image as a PNG; stops at the first failure and returns its message (empty on
// success). Safe on a worker thread: QImage is not a widget.
QString writeChartImages(const QList<ChartImage>& images);

} // namespace evalbench

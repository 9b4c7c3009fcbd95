// SPDX-License-Identifier: MIT
#pragma once

#include "io/runcomparison.h"

#include <array>

#include <QBrush>
#include <QColor>
#include <QString>

namespace evalbench {

// Cell backgrounds for a change: green, red or grey mixed into the view's base
// colour, so that the palette's own text colour stays legible on light and dark
// themes. Also the words that say the same without colour (the arrows: changeArrow()).
class ChangeTints
{
public:
    ChangeTints();

    // Returns true when the base changed (the models then announce new backgrounds).
    bool setBase(const QColor& base);
    QBrush brush(Change change) const;
    // Legible text on brush(change): the palette's own text where it contrasts enough, else
    // black or white. Invalid for NotComparable (no tint, the view's colours apply).
    QColor text(Change change) const;

    static QString name(Change change);

private:
    QColor m_base = Qt::white;
    std::array<QBrush, 4> m_brushes; // indexed by Change
    std::array<QColor, 4> m_texts; // indexed by Change
};

} // namespace evalbench

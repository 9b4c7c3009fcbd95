// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>

namespace evalbench {

// Text colours that stay legible on tinted cells, in light and dark palettes alike, by the
// WCAG 2 definitions of relative luminance and contrast ratio.
class ReadableText
{
public:
    // WCAG AA for normal text.
    static constexpr double kMinimumContrast = 4.5;

    static double luminance(const QColor& color);
    // From 1 (same luminance) to 21 (black on white); the order of the colours does not matter.
    static double contrast(const QColor& a, const QColor& b);
    // `preferred` (usually the palette's text) when it reaches kMinimumContrast on `background`,
    // else black or white, whichever contrasts more (one of them always reaches 4.58:1).
    static QColor on(const QColor& background, const QColor& preferred = {});
};

} // namespace evalbench

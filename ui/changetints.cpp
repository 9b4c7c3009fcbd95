// SPDX-License-Identifier: MIT
#include "ui/changetints.h"

#include "ui/readabletext.h"

#include <QCoreApplication>

namespace evalbench {

namespace {

QColor mix(const QColor& base, const QColor& tint, double amount)
{
    return QColor::fromRgbF(float(base.redF() * (1 - amount) + tint.redF() * amount),
        float(base.greenF() * (1 - amount) + tint.greenF() * amount),
        float(base.blueF() * (1 - amount) + tint.blueF() * amount));
}

} // namespace

ChangeTints::ChangeTints()
{
    m_base = QColor(); // forces the first setBase to build the brushes
    setBase(Qt::white);
}

bool ChangeTints::setBase(const QColor& base)
{
    if (base == m_base)
        return false;
    m_base = base;
    // The same strength as the report's score tints: enough to read at a glance,
    // weak enough that Text on it keeps its contrast.
    m_brushes[size_t(Change::Improved)] = QBrush(mix(base, QColor(0x2e, 0xb8, 0x4b), 0.30));
    m_brushes[size_t(Change::Regressed)] = QBrush(mix(base, QColor(0xe0, 0x3b, 0x3b), 0.30));
    m_brushes[size_t(Change::Unchanged)] = QBrush(mix(base, QColor(0x80, 0x80, 0x80), 0.18));
    m_brushes[size_t(Change::NotComparable)] = QBrush();
    for (size_t i = 0; i < m_brushes.size(); ++i)
        m_texts[i] = m_brushes[i].style() == Qt::NoBrush ? QColor() : ReadableText::on(m_brushes[i].color());
    return true;
}

QBrush ChangeTints::brush(Change change) const
{
    return m_brushes[size_t(change)];
}

QColor ChangeTints::text(Change change) const
{
    return m_texts[size_t(change)];
}

QString ChangeTints::name(Change change)
{
    switch (change) {
    case Change::Improved:
        return QCoreApplication::translate("evalbench::ChangeTints", "Improved");
    case Change::Regressed:
        return QCoreApplication::translate("evalbench::ChangeTints", "Regressed");
    case Change::Unchanged:
        return QCoreApplication::translate("evalbench::ChangeTints", "Unchanged");
    case Change::NotComparable:
        break;
    }
    return QCoreApplication::translate("evalbench::ChangeTints", "Not comparable");
}

} // namespace evalbench

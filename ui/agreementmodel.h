// SPDX-License-Identifier: MIT
#pragma once

#include "io/annotationagreement.h"

#include <QAbstractTableModel>
#include <QList>

namespace evalbench {

// One row per metric (overall first): how many human scores pair with the run's,
// and how well they agree.
class AgreementModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        MetricColumn,
        PairsColumn,
        SpearmanColumn,
        KappaColumn,
        ColumnCount
    };

    explicit AgreementModel(QObject* parent = nullptr);

    void setRows(const QList<AgreementRow>& rows, double threshold);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const AgreementRow& row, int column) const;

    QList<AgreementRow> m_rows;
    double m_threshold = AnnotationAgreement::kDefaultThreshold;
};

} // namespace evalbench

// SPDX-License-Identifier: MIT
#pragma once

#include "judge/judgeprofile.h"

#include <QAbstractListModel>
#include <QList>

namespace evalbench {

// The judge profiles as last read: one row each, "name — model @ host".
class JudgeProfileListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles
    {
        ProfileIdRole = Qt::UserRole,
        ProfileRole
    };

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    void setProfiles(const QList<JudgeProfile>& profiles);
    const QList<JudgeProfile>& profiles() const { return m_profiles; }
    int rowOf(const QString& profileId) const;

private:
    QList<JudgeProfile> m_profiles;
};

} // namespace evalbench

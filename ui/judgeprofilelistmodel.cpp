// SPDX-License-Identifier: MIT
#include "ui/judgeprofilelistmodel.h"

namespace evalbench {

int JudgeProfileListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_profiles.size());
}

QVariant JudgeProfileListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JudgeProfile& profile = m_profiles.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 — %2 @ %3").arg(profile.name, profile.chatModel, profile.baseUrl.host());
    case Qt::ToolTipRole:
        return profile.baseUrl.toDisplayString();
    case ProfileIdRole:
        return profile.id;
    case ProfileRole:
        return QVariant::fromValue(profile);
    default:
        return {};
    }
}

void JudgeProfileListModel::setProfiles(const QList<JudgeProfile>& profiles)
{
    beginResetModel();
    m_profiles = profiles;
    endResetModel();
}

int JudgeProfileListModel::rowOf(const QString& profileId) const
{
    for (int row = 0; row < m_profiles.size(); ++row) {
        if (m_profiles.at(row).id == profileId)
            return row;
    }
    return -1;
}

} // namespace evalbench

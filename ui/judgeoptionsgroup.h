// SPDX-License-Identifier: MIT
#pragma once

#include "judge/judgeprofile.h"

#include <memory>
#include <optional>

#include <QGroupBox>
#include <QJsonObject>
#include <QList>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace evalbench {

class JudgeProfileRepository;

// The "Judge" group of the New evaluation page: which LLM profile judges (or none),
// the prompts' language, whether to bypass the answer cache, the rubric's criteria,
// and an estimate of the judge work for the dataset and metrics chosen.
class JudgeOptionsGroup : public QGroupBox
{
    Q_OBJECT
public:
    // Without a repository only "No judge" is offered.
    explicit JudgeOptionsGroup(JudgeProfileRepository* repository, QWidget* parent = nullptr);
    ~JudgeOptionsGroup() override;

    std::optional<JudgeProfile> selectedProfile() const;
    // Selects by id or name; false when there is no such profile.
    bool selectProfile(const QString& idOrName);
    // What runs record as settings.judge: the profile without its key, plus
    // language, fresh_calls and rubric_criteria. Empty without a profile.
    QJsonObject judgeSettings() const;
    void setRubricChecked(bool checked);

    // Recomputes the estimate in the background (a newer call drops an older result).
    void updateEstimate(const QString& datasetPath, const QStringList& llmMetrics);
    QLabel* estimateLabel() const { return m_estimate; }
    QComboBox* profileCombo() const { return m_profile; }

    void reload();

Q_SIGNALS:
    void profileChanged();
    void profilesReloaded();
    void estimateShown();

private:
    void setProfiles(const QList<JudgeProfile>& profiles);

    JudgeProfileRepository* m_repository = nullptr;
    QList<JudgeProfile> m_profiles;
    QComboBox* m_profile = nullptr;
    QComboBox* m_language = nullptr;
    QCheckBox* m_fresh = nullptr;
    QLineEdit* m_rubricCriteria = nullptr;
    QLabel* m_estimate = nullptr;
    quint64 m_profilesGeneration = 0;
    // Shared with the estimating worker, which stops early once it is stale.
    std::shared_ptr<std::atomic<quint64>> m_estimateGeneration;
};

} // namespace evalbench

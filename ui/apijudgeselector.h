// SPDX-License-Identifier: MIT
#pragma once

#include "judge/judgeprofile.h"

#include <QCoro/QCoroTask>
#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;

namespace evalbench {

class ApiJobService;
class JudgeProfileRepository;

// Which LLM profile judges the posts the listener receives, on the API server page: none
// (judged metrics in posts are NaN) or one of the stored profiles, remembered between sessions.
// The profile's key is read from the key store here, on the GUI thread, before the job service
// gets the profile: its scoring loop never touches the keychain.
class ApiJudgeSelector : public QWidget
{
    Q_OBJECT
public:
    ApiJudgeSelector(JudgeProfileRepository& profiles, ApiJobService& jobs, QWidget* parent = nullptr);

    QComboBox* combo() const { return m_combo; }
    QLabel* note() const { return m_note; }
    // The profile the job service judges with now; empty for none.
    QString appliedProfileId() const { return m_appliedId; }

Q_SIGNALS:
    // The job service has the chosen judge (or none): after the key was read.
    void judgeApplied(const QString& profileId);

private:
    void reload();
    void choose();
    QCoro::Task<> apply(JudgeProfile profile, quint64 generation);

    JudgeProfileRepository& m_profiles;
    ApiJobService& m_jobs;
    QList<JudgeProfile> m_list;
    QComboBox* m_combo = nullptr;
    QLabel* m_note = nullptr;
    QString m_appliedId;
    quint64 m_generation = 0; // a later choice wins over a key still being read
    bool m_reloading = false;
};

} // namespace evalbench

// SPDX-License-Identifier: MIT
#pragma once

#include "judge/judgeprofile.h"

#include <optional>

#include <QHash>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QToolButton;

namespace evalbench {

// Edits one judge profile: endpoint (with presets), models, API key, limits and
// prices. Problems are shown inline under the field they concern. The key field
// starts empty; it is only saved when the analyst types in it.
class JudgeProfileForm : public QWidget
{
    Q_OBJECT
public:
    enum Field
    {
        NameField,
        BaseUrlField,
        ChatModelField,
        GeneralField
    };

    explicit JudgeProfileForm(QWidget* parent = nullptr);

    // An empty id means a new profile.
    void setProfile(const JudgeProfile& profile);
    JudgeProfile profile() const;
    // nullopt: the key field was not touched (keep the stored key).
    std::optional<QString> newKey() const;

    // Checks the fields, shows what is wrong next to each; true when all is well.
    bool validate();
    // Shows an error from saving (e.g. a duplicate name) next to its field.
    void showError(const QString& message);
    void clearErrors();
    QString errorText(Field field) const;
    // The first problem shown, field order; empty when none.
    QString firstError() const;

    // The presets of the base URL combo: label and URL (Azure's needs filling in).
    static QList<QPair<QString, QString>> presets();

private:
    void applyPreset(int index);
    void setFieldError(Field field, const QString& message);
    QLabel* makeErrorLabel(const QString& objectName);

    QString m_id;
    QLineEdit* m_name = nullptr;
    QComboBox* m_preset = nullptr;
    QLineEdit* m_baseUrl = nullptr;
    QLineEdit* m_apiVersion = nullptr;
    QLineEdit* m_chatModel = nullptr;
    QLineEdit* m_embeddingModel = nullptr;
    QLineEdit* m_apiKey = nullptr;
    QToolButton* m_showKey = nullptr;
    bool m_keyEdited = false;
    QComboBox* m_temperaturePolicy = nullptr;
    QDoubleSpinBox* m_temperature = nullptr;
    QSpinBox* m_concurrency = nullptr;
    QSpinBox* m_requestsPerMinute = nullptr;
    QSpinBox* m_timeout = nullptr;
    QSpinBox* m_retries = nullptr;
    QSpinBox* m_maxTokens = nullptr;
    QDoubleSpinBox* m_priceInput = nullptr;
    QDoubleSpinBox* m_priceOutput = nullptr;
    QHash<int, QLabel*> m_errors;
};

} // namespace evalbench

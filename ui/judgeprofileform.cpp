// SPDX-License-Identifier: MIT
#include "ui/judgeprofileform.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace evalbench {

namespace {

const auto kAzurePreset = QStringLiteral("https://<resource>.openai.azure.com/openai/deployments/<deployment>");

QDoubleSpinBox* priceBox()
{
    auto* box = new QDoubleSpinBox;
    box->setRange(0.0, 1000.0);
    box->setDecimals(5);
    box->setSingleStep(0.0005);
    return box;
}

} // namespace

QList<QPair<QString, QString>> JudgeProfileForm::presets()
{
    return {
        { tr("Custom"), QString() },
        { tr("OpenAI"), QStringLiteral("https://api.openai.com/v1") },
        { tr("Azure OpenAI"), kAzurePreset },
        { tr("Ollama"), QStringLiteral("http://localhost:11434/v1") },
        { tr("vLLM"), QStringLiteral("http://localhost:8000/v1") },
        { tr("LM Studio"), QStringLiteral("http://localhost:1234/v1") },
        { tr("DeepSeek"), QStringLiteral("https://api.deepseek.com/v1") },
        { tr("Qwen / DashScope (compatible mode)"),
            QStringLiteral("https://dashscope.aliyuncs.com/compatible-mode/v1") },
    };
}

JudgeProfileForm::JudgeProfileForm(QWidget* parent)
    : QWidget(parent)
{
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("e.g. gpt-4o-mini, local qwen"));
    m_preset = new QComboBox;
    m_preset->setObjectName(QStringLiteral("presetCombo"));
    for (const auto& [label, url] : presets())
        m_preset->addItem(label, url);
    m_baseUrl = new QLineEdit;
    m_baseUrl->setObjectName(QStringLiteral("baseUrlEdit"));
    m_baseUrl->setPlaceholderText(tr("Up to and including /v1"));
    m_apiVersion = new QLineEdit;
    m_apiVersion->setObjectName(QStringLiteral("apiVersionEdit"));
    m_apiVersion->setPlaceholderText(tr("Azure OpenAI only, e.g. 2024-06-01"));
    m_chatModel = new QLineEdit;
    m_chatModel->setObjectName(QStringLiteral("chatModelEdit"));
    m_embeddingModel = new QLineEdit;
    m_embeddingModel->setObjectName(QStringLiteral("embeddingModelEdit"));
    m_embeddingModel->setPlaceholderText(
        tr("Optional: answer relevancy, answer correctness and semantic similarity need it"));

    m_apiKey = new QLineEdit;
    m_apiKey->setObjectName(QStringLiteral("apiKeyEdit"));
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_showKey = new QToolButton;
    m_showKey->setText(tr("Show"));
    m_showKey->setCheckable(true);
    m_showKey->setToolTip(tr("Show or hide the API key"));
    auto* keyRow = new QHBoxLayout;
    keyRow->addWidget(m_apiKey, 1);
    keyRow->addWidget(m_showKey);

    m_temperaturePolicy = new QComboBox;
    m_temperaturePolicy->setObjectName(QStringLiteral("temperaturePolicyCombo"));
    m_temperaturePolicy->addItem(
        tr("RAGAS default (0.01, 0.3 for several completions)"), int(TemperaturePolicy::Ragas));
    m_temperaturePolicy->addItem(tr("Fixed value"), int(TemperaturePolicy::Fixed));
    m_temperaturePolicy->addItem(tr("Server default (reasoning models)"), int(TemperaturePolicy::ServerDefault));
    m_temperature = new QDoubleSpinBox;
    m_temperature->setRange(0.0, 2.0);
    m_temperature->setSingleStep(0.1);
    m_temperature->setDecimals(2);
    auto* temperatureRow = new QHBoxLayout;
    temperatureRow->addWidget(m_temperaturePolicy, 1);
    temperatureRow->addWidget(m_temperature);

    m_concurrency = new QSpinBox;
    m_concurrency->setRange(1, 256);
    m_requestsPerMinute = new QSpinBox;
    m_requestsPerMinute->setRange(0, 1'000'000);
    m_requestsPerMinute->setSpecialValueText(tr("no limit"));
    m_timeout = new QSpinBox;
    m_timeout->setObjectName(QStringLiteral("timeoutSpin"));
    m_timeout->setRange(1, 3600);
    m_timeout->setSuffix(tr(" s"));
    m_retries = new QSpinBox;
    m_retries->setObjectName(QStringLiteral("retriesSpin"));
    m_retries->setRange(0, 20);
    m_maxTokens = new QSpinBox;
    m_maxTokens->setRange(16, 1'000'000);
    m_priceInput = priceBox();
    m_priceOutput = priceBox();

    auto* form = new QFormLayout;
    const auto withError = [this](QWidget* field, Field which, const QString& errorName) {
        auto* box = new QVBoxLayout;
        box->setContentsMargins(0, 0, 0, 0);
        box->addWidget(field);
        QLabel* error = makeErrorLabel(errorName);
        m_errors.insert(which, error);
        box->addWidget(error);
        return box;
    };
    form->addRow(tr("Name"), withError(m_name, NameField, QStringLiteral("nameError")));
    form->addRow(tr("Preset"), m_preset);
    form->addRow(tr("Base URL"), withError(m_baseUrl, BaseUrlField, QStringLiteral("baseUrlError")));
    form->addRow(tr("API version"), m_apiVersion);
    form->addRow(tr("Chat model"), withError(m_chatModel, ChatModelField, QStringLiteral("chatModelError")));
    form->addRow(tr("Embedding model"), m_embeddingModel);
    form->addRow(tr("API key"), keyRow);
    form->addRow(tr("Temperature"), temperatureRow);
    form->addRow(tr("Concurrency"), m_concurrency);
    form->addRow(tr("Requests per minute"), m_requestsPerMinute);
    form->addRow(tr("Timeout"), m_timeout);
    form->addRow(tr("Retries"), m_retries);
    form->addRow(tr("Max tokens"), m_maxTokens);
    form->addRow(tr("Price per 1k input tokens"), m_priceInput);
    form->addRow(tr("Price per 1k output tokens"), m_priceOutput);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    QLabel* general = makeErrorLabel(QStringLiteral("formError"));
    m_errors.insert(GeneralField, general);
    layout->addWidget(general);

    connect(m_preset, &QComboBox::activated, this, &JudgeProfileForm::applyPreset);
    connect(m_apiKey, &QLineEdit::textEdited, this, [this] { m_keyEdited = true; });
    connect(m_showKey, &QToolButton::toggled, this, [this](bool shown) {
        m_apiKey->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_showKey->setText(shown ? tr("Hide") : tr("Show"));
    });
    connect(m_temperaturePolicy, &QComboBox::currentIndexChanged, this, [this] {
        m_temperature->setEnabled(m_temperaturePolicy->currentData().toInt() == int(TemperaturePolicy::Fixed));
    });
    setProfile({});
}

QLabel* JudgeProfileForm::makeErrorLabel(const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #c0392b"));
    label->hide();
    return label;
}

void JudgeProfileForm::applyPreset(int index)
{
    const QString url = m_preset->itemData(index).toString();
    if (url.isEmpty())
        return;
    m_baseUrl->setText(url);
    if (url == kAzurePreset && m_apiVersion->text().isEmpty())
        m_apiVersion->setText(QStringLiteral("2024-06-01"));
    // Azure's URL has placeholders to replace: select the first one.
    if (const int at = url.indexOf(QLatin1Char('<')); at >= 0) {
        m_baseUrl->setFocus();
        m_baseUrl->setSelection(at, url.indexOf(QLatin1Char('>'), at) - at + 1);
    }
}

void JudgeProfileForm::setProfile(const JudgeProfile& profile)
{
    m_id = profile.id;
    m_name->setText(profile.name);
    m_baseUrl->setText(profile.baseUrl.toString());
    int preset = 0;
    for (int i = 1; i < m_preset->count(); ++i) {
        if (m_preset->itemData(i).toString() == profile.baseUrl.toString())
            preset = i;
    }
    m_preset->setCurrentIndex(preset);
    m_apiVersion->setText(profile.apiVersion);
    m_chatModel->setText(profile.chatModel);
    m_embeddingModel->setText(profile.embeddingModel);
    m_apiKey->clear();
    m_keyEdited = false;
    m_apiKey->setPlaceholderText(profile.id.isEmpty() ? tr("Leave empty for servers without a key")
                                                      : tr("Unchanged (type to replace, clear to remove)"));
    m_temperaturePolicy->setCurrentIndex(m_temperaturePolicy->findData(int(profile.temperaturePolicy)));
    m_temperature->setValue(profile.temperature);
    m_temperature->setEnabled(profile.temperaturePolicy == TemperaturePolicy::Fixed);
    m_concurrency->setValue(profile.maxConcurrency);
    m_requestsPerMinute->setValue(profile.requestsPerMinute);
    m_timeout->setValue(std::max(1, profile.timeoutMs / 1000));
    m_retries->setValue(profile.maxRetries);
    m_maxTokens->setValue(profile.maxTokens);
    m_priceInput->setValue(profile.pricePer1kInput);
    m_priceOutput->setValue(profile.pricePer1kOutput);
    clearErrors();
}

JudgeProfile JudgeProfileForm::profile() const
{
    JudgeProfile profile;
    profile.id = m_id;
    profile.name = m_name->text().trimmed();
    profile.baseUrl = QUrl(m_baseUrl->text().trimmed(), QUrl::StrictMode);
    profile.apiVersion = m_apiVersion->text().trimmed();
    profile.chatModel = m_chatModel->text().trimmed();
    profile.embeddingModel = m_embeddingModel->text().trimmed();
    profile.temperaturePolicy = TemperaturePolicy(m_temperaturePolicy->currentData().toInt());
    profile.temperature = m_temperature->value();
    profile.maxConcurrency = m_concurrency->value();
    profile.requestsPerMinute = m_requestsPerMinute->value();
    profile.timeoutMs = m_timeout->value() * 1000;
    profile.maxRetries = m_retries->value();
    profile.maxTokens = m_maxTokens->value();
    profile.pricePer1kInput = m_priceInput->value();
    profile.pricePer1kOutput = m_priceOutput->value();
    return profile;
}

std::optional<QString> JudgeProfileForm::newKey() const
{
    if (!m_keyEdited)
        return std::nullopt;
    return m_apiKey->text().trimmed();
}

bool JudgeProfileForm::validate()
{
    clearErrors();
    const JudgeProfile candidate = profile();
    bool ok = true;
    if (candidate.name.isEmpty()) {
        setFieldError(NameField, tr("Give the profile a name."));
        ok = false;
    }
    const QUrl& url = candidate.baseUrl;
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        || url.host().isEmpty()) {
        setFieldError(BaseUrlField, tr("Expected http(s)://host[:port]/v1, e.g. http://localhost:11434/v1."));
        ok = false;
    }
    if (candidate.chatModel.isEmpty()) {
        setFieldError(ChatModelField, tr("Name the model the judge should use."));
        ok = false;
    }
    if (ok) {
        // The spin boxes keep the other settings in range; this is the last word.
        if (const QString invalid = candidate.validationError(); !invalid.isEmpty()) {
            showError(invalid);
            ok = false;
        }
    }
    return ok;
}

void JudgeProfileForm::showError(const QString& message)
{
    if (message.contains(QLatin1String("already exists")))
        setFieldError(NameField, tr("Another profile already has this name; choose another."));
    else if (message.startsWith(QLatin1String("base URL")))
        setFieldError(BaseUrlField, message);
    else
        setFieldError(GeneralField, message);
}

void JudgeProfileForm::clearErrors()
{
    for (QLabel* label : std::as_const(m_errors)) {
        label->clear();
        label->hide();
    }
}

QString JudgeProfileForm::errorText(Field field) const
{
    return m_errors.value(field)->text();
}

QString JudgeProfileForm::firstError() const
{
    for (const Field field : { NameField, BaseUrlField, ChatModelField, GeneralField }) {
        if (const QString text = errorText(field); !text.isEmpty())
            return text;
    }
    return {};
}

void JudgeProfileForm::setFieldError(Field field, const QString& message)
{
    QLabel* label = m_errors.value(field);
    label->setText(message);
    label->show();
}

} // namespace evalbench

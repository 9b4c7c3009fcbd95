// SPDX-License-Identifier: MIT
#include "ui/difysetuppanel.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace evalbench {

namespace {

const QString kBody = QStringLiteral("{{#code.payload#}}");
const QString kWorkflowRunId = QStringLiteral("{{#sys.workflow_run_id#}}");
const QString kDockerBridge = QStringLiteral("172.17.0.1");

QString code(const QString& text)
{
    return QStringLiteral("<code>") + text.toHtmlEscaped() + QStringLiteral("</code>");
}

QLabel* wrappedLabel(const QString& text = {})
{
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLineEdit* readOnlyField(const QString& text = {})
{
    auto* field = new QLineEdit(text);
    field->setReadOnly(true);
    field->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return field;
}

bool isAnyAddress(const QHostAddress& address)
{
    return address == QHostAddress::Any || address == QHostAddress::AnyIPv4 || address == QHostAddress::AnyIPv6;
}

} // namespace

QString DifySetupPanel::pythonSnippet()
{
    // Flattened (CODE_MAX_DEPTH is 5) and at most 30 contexts (CODE_MAX_OBJECT_ARRAY_LENGTH).
    return QStringLiteral(R"(def main(query: str, text: str, result: list, run_id: str) -> dict:
    contexts = []
    for chunk in (result or [])[:30]:
        meta = chunk.get("metadata") or {}
        contexts.append({
            "content": chunk.get("content") or "",
            "title": chunk.get("title") or "",
            "document_name": meta.get("document_name"),
            "dataset_name": meta.get("dataset_name"),
            "segment_id": meta.get("segment_id"),
            "score": meta.get("score"),
            "position": meta.get("position"),
        })
    return {
        "payload": {
            "request_id": run_id + "-score",
            "question": query,
            "answer": text,
            "contexts": contexts,
        }
    }
)");
}

DifySetupPanel::DifySetupPanel(QWidget* parent)
    : QWidget(parent)
{
    m_deployment = new QComboBox;
    m_deployment->setObjectName(QStringLiteral("difyDeployment"));
    m_deployment->addItems(
        { tr("Docker Desktop (macOS, Windows)"), tr("Docker Engine on Linux"), tr("On this machine, without Docker") });

    m_url = readOnlyField();
    m_url->setObjectName(QStringLiteral("difyUrl"));
    m_auth = readOnlyField();
    m_auth->setFont(font());
    m_body = readOnlyField(kBody);
    m_body->setObjectName(QStringLiteral("difyBody"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Dify runs in"), m_deployment);
    form->addRow(tr("Method"), wrappedLabel(code(QStringLiteral("POST"))));
    form->addRow(tr("URL"), copyRow(m_url, QStringLiteral("copyUrlButton")));
    form->addRow(tr("Authorization"), m_auth);
    form->addRow(
        tr("Body"), wrappedLabel(tr("JSON, the whole body being the Code node's payload (type / to insert it):")));
    form->addRow(QString(), copyRow(m_body, QStringLiteral("copyBodyButton")));
    form->addRow(tr("Timeout"),
        wrappedLabel(tr("connect 10 s, read 30 s, write 30 s (the listener answers 202 at once; scoring happens "
                        "afterwards)")));
    form->addRow(tr("Retry on failure"),
        wrappedLabel(tr("may stay on (Dify's default: 3 retries): the payload's %1, built from %2, makes a repeated "
                        "post return the first job instead of scoring twice")
                         .arg(code(QStringLiteral("request_id")), code(kWorkflowRunId))));
    form->addRow(tr("Error handling"),
        wrappedLabel(tr("“Default value”, with the node on a side branch, so a scoring problem never fails the "
                        "workflow")));

    m_bindNote = wrappedLabel();
    m_bindNote->setObjectName(QStringLiteral("difyBindNote"));

    m_code = new QPlainTextEdit(pythonSnippet());
    m_code->setObjectName(QStringLiteral("difyCode"));
    m_code->setReadOnly(true);
    m_code->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_code->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_code->setMinimumHeight(200);
    auto* copyCode = new QPushButton(tr("Copy code"));
    copyCode->setObjectName(QStringLiteral("copyCodeButton"));
    connect(
        copyCode, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_code->toPlainText()); });
    auto* codeTitle =
        wrappedLabel(tr("<b>Code node</b> (Python 3), before the HTTP Request node. Input variables: "
                        "%1 ← %2, %3 ← the Knowledge Retrieval node's %4, %5 ← the LLM node's %6, "
                        "%7 ← %8. Output variable: %9, type Object.")
                         .arg(code(QStringLiteral("query")), code(QStringLiteral("sys.query")),
                             code(QStringLiteral("result")), code(QStringLiteral("result")),
                             code(QStringLiteral("text")), code(QStringLiteral("text")), code(QStringLiteral("run_id")),
                             code(QStringLiteral("sys.workflow_run_id")), code(QStringLiteral("payload"))));
    auto* codeHeader = new QHBoxLayout;
    codeHeader->addWidget(codeTitle, 1);
    codeHeader->addWidget(copyCode, 0, Qt::AlignTop);

    auto* ssrf = wrappedLabel(
        tr("<b>Self-hosted Dify (docker compose)</b> sends every HTTP Request node through its %1 container, which "
           "blocks private addresses (since v1.15). Add %2 (on Linux: %3) to %4, then recreate the proxy with %5 — "
           "a restart is not enough. Use %6: the proxy only tunnels %7 to port 443. Dify Cloud can only reach a "
           "public URL (e.g. a tunnel), and then the token is essential.")
            .arg(code(QStringLiteral("ssrf_proxy")),
                code(QStringLiteral("SSRF_PROXY_ALLOW_PRIVATE_DOMAINS=host.docker.internal")),
                code(QStringLiteral("SSRF_PROXY_ALLOW_PRIVATE_IPS=172.17.0.1/32")), code(QStringLiteral("docker/.env")),
                code(QStringLiteral("docker compose up -d ssrf_proxy")), code(QStringLiteral("http://")),
                code(QStringLiteral("https://"))));
    ssrf->setObjectName(QStringLiteral("difySsrfNote"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(wrappedLabel(tr("<h3>Dify setup</h3>Settings of the workflow's <b>HTTP Request</b> node:")));
    layout->addLayout(form);
    layout->addWidget(m_bindNote);
    layout->addSpacing(8);
    layout->addLayout(codeHeader);
    layout->addWidget(m_code, 1);
    layout->addSpacing(8);
    layout->addWidget(ssrf);

    connect(m_deployment, &QComboBox::currentIndexChanged, this, &DifySetupPanel::update);
    update();
}

QWidget* DifySetupPanel::copyRow(QLineEdit* field, const QString& objectName)
{
    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* copy = new QPushButton(tr("Copy"));
    copy->setObjectName(objectName);
    connect(copy, &QPushButton::clicked, this, [field] { QApplication::clipboard()->setText(field->text()); });
    layout->addWidget(field, 1);
    layout->addWidget(copy);
    return row;
}

void DifySetupPanel::setListener(const QHostAddress& address, quint16 port, bool hasToken)
{
    m_address = address;
    m_port = port;
    m_hasToken = hasToken;
    update();
}

void DifySetupPanel::setDeployment(Deployment deployment)
{
    m_deployment->setCurrentIndex(deployment);
}

QString DifySetupPanel::url() const
{
    return m_url->text();
}

QString DifySetupPanel::body() const
{
    return m_body->text();
}

QString DifySetupPanel::codeSnippet() const
{
    return m_code->toPlainText();
}

void DifySetupPanel::update()
{
    const bool loopback = m_address.isLoopback();
    const bool any = isAnyAddress(m_address);
    QString host;
    QString note;
    switch (Deployment(m_deployment->currentIndex())) {
    case DockerDesktop:
        host = QStringLiteral("host.docker.internal");
        break;
    case DockerLinux:
        host = loopback || any ? kDockerBridge : m_address.toString();
        if (loopback)
            note = tr("Dify's containers cannot reach 127.0.0.1 of this machine: set the listener's address to the "
                      "Docker bridge gateway (%1, see %2) or to 0.0.0.0, with a token.")
                       .arg(code(kDockerBridge), code(QStringLiteral("ip -4 addr show docker0")));
        break;
    case NoDocker:
        host = any ? QStringLiteral("127.0.0.1") : m_address.toString();
        break;
    }
    if (m_address.protocol() == QAbstractSocket::IPv6Protocol && host == m_address.toString())
        host = QLatin1Char('[') + host + QLatin1Char(']');
    m_url->setText(QStringLiteral("http://%1:%2/api/score/async").arg(host).arg(m_port));
    m_url->setCursorPosition(0); // the host is what differs between the deployments
    m_auth->setText(m_hasToken ? tr("API-Key, type Bearer, API Key: the listener's token")
                               : tr("No Auth (the listener has no token)"));
    m_bindNote->setText(note);
    m_bindNote->setVisible(!note.isEmpty());
}

} // namespace evalbench

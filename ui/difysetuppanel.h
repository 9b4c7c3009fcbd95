// SPDX-License-Identifier: MIT
#pragma once

#include <QHostAddress>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace evalbench {

// The "Dify setup" panel of the API server page: the exact settings of Dify's HTTP Request node
// for this listener (the URL as Dify in Docker sees this machine), the Code node that builds the
// payload, and the SSRF proxy note. Every value can be copied.
class DifySetupPanel : public QWidget
{
    Q_OBJECT
public:
    enum Deployment
    {
        DockerDesktop = 0, // macOS, Windows: host.docker.internal
        DockerLinux, // Docker Engine on Linux: the bridge gateway
        NoDocker // Dify from source on this machine
    };

    explicit DifySetupPanel(QWidget* parent = nullptr);

    // The listener's address, port and whether a token is set (the values shown follow them).
    void setListener(const QHostAddress& address, quint16 port, bool hasToken);
    void setDeployment(Deployment deployment);
    QString url() const;
    QString body() const;
    QString codeSnippet() const;
    // The Code node snippet; it is also what the Copy button puts on the clipboard.
    static QString pythonSnippet();

private:
    void update();
    QWidget* copyRow(QLineEdit* field, const QString& objectName);

    QHostAddress m_address = QHostAddress::LocalHost;
    quint16 m_port = 8765;
    bool m_hasToken = false;
    QComboBox* m_deployment = nullptr;
    QLineEdit* m_url = nullptr;
    QLineEdit* m_auth = nullptr;
    QLineEdit* m_body = nullptr;
    QLabel* m_bindNote = nullptr;
    QPlainTextEdit* m_code = nullptr;
};

} // namespace evalbench

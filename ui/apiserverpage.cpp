// SPDX-License-Identifier: MIT
#include "ui/apiserverpage.h"

#include "server/apiserver.h"
#include "server/apitoken.h"
#include "ui/apiqueuecounter.h"
#include "ui/apirequestlogmodel.h"
#include "ui/apiserverpreferences.h"
#include "ui/difysetuppanel.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace evalbench {

namespace {

enum Tile
{
    RequestsTile = 0,
    SuccessTile,
    ClientErrorTile,
    ServerErrorTile,
    AcceptedTile,
    QueuedTile,
    TileCount
};

QString urlOf(const QHostAddress& address, quint16 port)
{
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
        ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
        : address.toString();
    return QStringLiteral("http://%1:%2").arg(host).arg(port);
}

} // namespace

ApiServerPage::ApiServerPage(ApiServer& server, ApiQueueCounter& queue, QWidget* parent)
    : QWidget(parent)
    , m_server(server)
{
    m_log = new ApiRequestLogModel(this);
    m_setup = new DifySetupPanel;

    m_logView = new QTableView;
    m_logView->setObjectName(QStringLiteral("requestLogView"));
    m_logView->setModel(m_log);
    m_logView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_logView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_logView->verticalHeader()->hide();
    // Fixed row heights and column widths: no measuring of a thousand rows on every batch.
    m_logView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_logView->horizontalHeader()->setStretchLastSection(false);
    m_logView->horizontalHeader()->setSectionResizeMode(ApiRequestLogModel::RouteColumn, QHeaderView::Stretch);
    m_logView->setColumnWidth(ApiRequestLogModel::TimeColumn, 110);
    m_logView->setColumnWidth(ApiRequestLogModel::MethodColumn, 70);
    m_logView->setColumnWidth(ApiRequestLogModel::StatusColumn, 60);
    m_logView->setColumnWidth(ApiRequestLogModel::LatencyColumn, 90);
    auto* clearLog = new QPushButton(tr("Clear"));
    clearLog->setToolTip(tr("Empty the request log and reset the counters"));
    auto* logHeader = new QHBoxLayout;
    logHeader->addWidget(
        new QLabel(tr("<b>Requests</b> (the last %L1, newest first)").arg(ApiRequestLogModel::kDefaultCapacity)), 1);
    logHeader->addWidget(clearLog);

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(buildListenerBox());
    leftLayout->addWidget(buildCounters());
    leftLayout->addLayout(logHeader);
    leftLayout->addWidget(m_logView, 1);

    auto* splitter = new QSplitter;
    splitter->setObjectName(QStringLiteral("apiServerSplitter")); // remembered by the window
    splitter->addWidget(left);
    splitter->addWidget(m_setup);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>API server</h2>")));
    layout->addWidget(splitter, 1);

    connect(&server, &ApiServer::requestServed, m_log, &ApiRequestLogModel::add);
    connect(&server, &ApiServer::runningChanged, this, &ApiServerPage::onRunningChanged);
    connect(m_log, &ApiRequestLogModel::flushed, this, &ApiServerPage::showCounters);
    connect(&queue, &ApiQueueCounter::queuedChanged, this, &ApiServerPage::showQueued);
    connect(clearLog, &QPushButton::clicked, m_log, &ApiRequestLogModel::clear);

    showCounters({});
    showQueued(queue.queued());
    onRunningChanged(server.isRunning());
}

QWidget* ApiServerPage::buildListenerBox()
{
    m_listenButton = new QPushButton;
    m_listenButton->setObjectName(QStringLiteral("listenButton"));
    m_listenButton->setCheckable(true);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("listenerStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_address = new QComboBox;
    m_address->setObjectName(QStringLiteral("addressBox"));
    m_address->setEditable(true);
    m_address->addItems({ QStringLiteral("127.0.0.1"), QStringLiteral("0.0.0.0"), QStringLiteral("172.17.0.1") });
    m_address->setToolTip(tr("127.0.0.1: only programs on this machine; 0.0.0.0: every network interface; "
                             "172.17.0.1: the Docker bridge on Linux"));
    m_addressNote = new QLabel;
    m_addressNote->setObjectName(QStringLiteral("addressNote"));
    m_addressNote->setWordWrap(true);

    m_port = new QSpinBox;
    m_port->setObjectName(QStringLiteral("portBox"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("any free port"));

    m_token = new QLineEdit;
    m_token->setObjectName(QStringLiteral("tokenEdit"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("none: no authentication (loopback only)"));
    m_generateToken = new QPushButton(tr("Generate"));
    m_generateToken->setToolTip(tr("Make a new random token; Dify must then send the new one"));
    m_showToken = new QPushButton(tr("Show"));
    m_showToken->setObjectName(QStringLiteral("showTokenButton"));
    m_showToken->setCheckable(true);
    m_copyToken = new QPushButton(tr("Copy"));
    m_copyToken->setObjectName(QStringLiteral("copyTokenButton"));
    auto* tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(m_generateToken);
    tokenRow->addWidget(m_showToken);
    tokenRow->addWidget(m_copyToken);

    auto* toggleRow = new QHBoxLayout;
    toggleRow->addWidget(m_listenButton);
    toggleRow->addWidget(m_status, 1);

    m_form = new QFormLayout;
    QFormLayout* form = m_form;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Address"), m_address);
    form->addRow(QString(), m_addressNote);
    form->addRow(tr("Port"), m_port);
    form->addRow(tr("Token"), tokenRow);

    auto* box = new QGroupBox(tr("Listener for Dify"));
    auto* layout = new QVBoxLayout(box);
    layout->addLayout(toggleRow);
    layout->addLayout(form);

    const ApiServerSettings stored = ApiServerPreferences::load();
    m_restoring = true;
    m_address->setCurrentText(stored.address.toString());
    m_port->setValue(stored.port);
    m_token->setText(stored.token);
    m_restoring = false;

    connect(m_listenButton, &QPushButton::clicked, this, [this](bool checked) { setListening(checked); });
    connect(m_address, &QComboBox::currentTextChanged, this, &ApiServerPage::onSettingsEdited);
    connect(m_port, &QSpinBox::valueChanged, this, &ApiServerPage::onSettingsEdited);
    connect(m_token, &QLineEdit::textChanged, this, &ApiServerPage::onSettingsEdited);
    connect(m_generateToken, &QPushButton::clicked, this, &ApiServerPage::generateToken);
    connect(m_copyToken, &QPushButton::clicked, this, &ApiServerPage::copyToken);
    connect(m_showToken, &QPushButton::toggled, this, [this](bool shown) {
        m_token->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_showToken->setText(shown ? tr("Hide") : tr("Show"));
    });
    onSettingsEdited();
    return box;
}

QWidget* ApiServerPage::buildCounters()
{
    const QStringList captions = { tr("Requests"), tr("2xx"), tr("4xx"), tr("5xx"), tr("Accepted jobs"),
        tr("Queued now") };
    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    for (int tile = 0; tile < TileCount; ++tile) {
        auto* frame = new QFrame;
        frame->setFrameShape(QFrame::StyledPanel);
        auto* frameLayout = new QVBoxLayout(frame);
        auto* value = new QLabel;
        value->setObjectName(QStringLiteral("counter%1").arg(tile));
        QFont big = value->font();
        big.setPointSizeF(big.pointSizeF() * 1.6);
        big.setBold(true);
        value->setFont(big);
        value->setAlignment(Qt::AlignCenter);
        auto* caption = new QLabel(captions.at(tile));
        caption->setAlignment(Qt::AlignCenter);
        frameLayout->addWidget(value);
        frameLayout->addWidget(caption);
        layout->addWidget(frame, 1);
        m_tiles.append(value);
    }
    return row;
}

std::optional<ApiServerSettings> ApiServerPage::settings() const
{
    ApiServerSettings settings;
    const QString text = m_address->currentText().trimmed();
    settings.address = text.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
        ? QHostAddress(QHostAddress::LocalHost)
        : QHostAddress(text);
    if (settings.address.isNull())
        return std::nullopt;
    settings.port = quint16(m_port->value());
    settings.token = m_token->text().trimmed();
    return settings;
}

void ApiServerPage::onSettingsEdited()
{
    const std::optional<ApiServerSettings> current = settings();
    if (!current) {
        m_addressNote->setText(
            tr("⚠ “%1” is not an IP address (e.g. 127.0.0.1 or 0.0.0.0).").arg(m_address->currentText().trimmed()));
        return;
    }
    if (current->address.isLoopback())
        m_addressNote->setText(tr("Only programs on this machine can connect."));
    else if (current->token.isEmpty())
        m_addressNote->setText(tr("⚠ Other machines can connect to this address: it requires a token (Generate one "
                                  "below)."));
    else
        m_addressNote->setText(tr("Other machines can connect to this address; every request must carry the token."));
    m_setup->setListener(
        current->address, m_server.isRunning() ? m_server.port() : current->port, !current->token.isEmpty());
    if (!m_restoring)
        ApiServerPreferences::save(*current);
}

bool ApiServerPage::setListening(bool on)
{
    if (!on) {
        m_server.stop();
        onRunningChanged(m_server.isRunning());
        return true;
    }
    if (m_server.isRunning())
        return true;
    const std::optional<ApiServerSettings> wanted = settings();
    QString problem;
    if (!wanted)
        problem = tr("“%1” is not an IP address.").arg(m_address->currentText().trimmed());
    else if (!wanted->address.isLoopback() && wanted->token.isEmpty())
        problem = tr("A token is required to listen on %1: generate one, or listen on 127.0.0.1.")
                      .arg(wanted->address.toString());
    else if (const std::optional<EvalError> error = m_server.start(*wanted))
        problem = error->message;
    if (!problem.isEmpty()) {
        m_listenButton->setChecked(false);
        m_status->setText(tr("⚠ Not listening: %1").arg(problem));
        return false;
    }
    onRunningChanged(m_server.isRunning());
    return true;
}

void ApiServerPage::setJudgeSelector(QWidget* selector)
{
    m_form->addRow(tr("Judge"), selector);
}

bool ApiServerPage::isListening() const
{
    return m_server.isRunning();
}

void ApiServerPage::onRunningChanged(bool running)
{
    m_listenButton->setChecked(running);
    m_listenButton->setText(running ? tr("Turn off") : tr("Turn on"));
    m_address->setEnabled(!running);
    m_port->setEnabled(!running);
    m_token->setReadOnly(running);
    m_generateToken->setEnabled(!running);
    if (running) {
        const ApiServerSettings active = m_server.settings();
        m_status->setText(active.token.isEmpty()
                ? tr("Listening on %1 (no token)").arg(urlOf(active.address, m_server.port()))
                : tr("Listening on %1 (token required)").arg(urlOf(active.address, m_server.port())));
        m_setup->setListener(active.address, m_server.port(), !active.token.isEmpty());
    } else {
        m_status->setText(tr("Off. Turn it on to accept scoring requests from Dify workflows."));
        onSettingsEdited();
    }
}

void ApiServerPage::generateToken()
{
    m_token->setText(ApiToken::generate());
}

void ApiServerPage::copyToken()
{
    QApplication::clipboard()->setText(m_token->text());
}

void ApiServerPage::setTile(int tile, qint64 value)
{
    m_tiles.at(tile)->setText(QLocale().toString(value));
}

void ApiServerPage::showCounters(const ApiRequestCounters& counters)
{
    setTile(RequestsTile, counters.requests);
    setTile(SuccessTile, counters.success);
    setTile(ClientErrorTile, counters.clientErrors);
    setTile(ServerErrorTile, counters.serverErrors);
    setTile(AcceptedTile, counters.acceptedJobs);
}

void ApiServerPage::showQueued(int queued)
{
    setTile(QueuedTile, queued);
}

QStringList ApiServerPage::counterTexts() const
{
    QStringList texts;
    for (const QLabel* tile : m_tiles)
        texts.append(tile->text());
    return texts;
}

} // namespace evalbench

// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace evalbench {

class RunFilterProxy;

// Above the Runs table: the search field, the source / status / date filters and the
// "N of M runs" count. Every change goes straight to the proxy.
class RunFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit RunFilterBar(RunFilterProxy* proxy, QWidget* parent = nullptr);

    QLineEdit* searchEdit() const { return m_search; }
    QLabel* countLabel() const { return m_count; }
    // Ctrl+F: the search field with its text selected, ready to be typed over.
    void focusSearch();

Q_SIGNALS:
    // Return in the search field: the analyst wants the list.
    void searchAccepted();

private:
    void updateCount();

    RunFilterProxy* m_proxy = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_source = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_period = nullptr;
    QLabel* m_count = nullptr;
};

} // namespace evalbench

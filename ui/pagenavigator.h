// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>

class QListWidget;
class QMenu;

namespace evalbench {

// Keyboard navigation between the window's pages, listed in a "Go" menu so that the keys
// are written next to what they do: Ctrl+1…Ctrl+9 for the first nine pages in the sidebar's
// order (a disabled page is skipped), Alt+Left back to the page shown before, F5 to refresh
// the current page. It remembers the pages visited, whichever way they were opened.
class PageNavigator : public QObject
{
    Q_OBJECT
public:
    // Adds its actions to `menu`; the window owns both widgets.
    PageNavigator(QListWidget* navigation, QMenu* menu, QObject* parent = nullptr);

    // Shows the page before the current one; false when there is none.
    bool back();
    bool canGoBack() const { return !m_history.isEmpty(); }

Q_SIGNALS:
    // F5: the window knows how each page reloads.
    void refreshRequested(int page);

private:
    void onPageChanged(int page);

    QListWidget* m_navigation = nullptr;
    QList<int> m_history; // pages shown before the current one, oldest first
    int m_current = -1;
    bool m_goingBack = false;
};

} // namespace evalbench

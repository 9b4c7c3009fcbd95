# The Trends page (a metric over the runs of one dataset or API run name), the Settings
# page (language switched at run time, data directory, default metrics) and the host that
# rebuilds the main window on a language switch, listed apart from the other pages.
target_sources(evalbench_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/trendpointmodel.h ${CMAKE_CURRENT_LIST_DIR}/trendpointmodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/trendchart.h ${CMAKE_CURRENT_LIST_DIR}/trendchart.cpp
    ${CMAKE_CURRENT_LIST_DIR}/trendspage.h ${CMAKE_CURRENT_LIST_DIR}/trendspage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/uilanguage.h ${CMAKE_CURRENT_LIST_DIR}/uilanguage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/evaluationdefaults.h ${CMAKE_CURRENT_LIST_DIR}/evaluationdefaults.cpp
    ${CMAKE_CURRENT_LIST_DIR}/defaultmetricseditor.h ${CMAKE_CURRENT_LIST_DIR}/defaultmetricseditor.cpp
    ${CMAKE_CURRENT_LIST_DIR}/settingspage.h ${CMAKE_CURRENT_LIST_DIR}/settingspage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/windowhost.h ${CMAKE_CURRENT_LIST_DIR}/windowhost.cpp
)

# The window's polish: the Runs page's search, filters, rename and delete, the keyboard
# navigation, the remembered window state and the text colours of tinted cells.
target_sources(evalbench_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/runfilterproxy.h ${CMAKE_CURRENT_LIST_DIR}/runfilterproxy.cpp
    ${CMAKE_CURRENT_LIST_DIR}/runfilterbar.h ${CMAKE_CURRENT_LIST_DIR}/runfilterbar.cpp
    ${CMAKE_CURRENT_LIST_DIR}/runspagedialogs.h ${CMAKE_CURRENT_LIST_DIR}/runspagedialogs.cpp
    ${CMAKE_CURRENT_LIST_DIR}/pagenavigator.h ${CMAKE_CURRENT_LIST_DIR}/pagenavigator.cpp
    ${CMAKE_CURRENT_LIST_DIR}/windowstatesaver.h ${CMAKE_CURRENT_LIST_DIR}/windowstatesaver.cpp
    ${CMAKE_CURRENT_LIST_DIR}/readabletext.h ${CMAKE_CURRENT_LIST_DIR}/readabletext.cpp
)

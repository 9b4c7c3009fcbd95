# The Compare page (issue 6) and its models, listed apart from the other pages.
target_sources(evalbench_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/changetints.h ${CMAKE_CURRENT_LIST_DIR}/changetints.cpp
    ${CMAKE_CURRENT_LIST_DIR}/metricdeltamodel.h ${CMAKE_CURRENT_LIST_DIR}/metricdeltamodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/changecountmodel.h ${CMAKE_CURRENT_LIST_DIR}/changecountmodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/comparisonitemmodel.h ${CMAKE_CURRENT_LIST_DIR}/comparisonitemmodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/comparisonitemfilter.h ${CMAKE_CURRENT_LIST_DIR}/comparisonitemfilter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/comparisonchart.h ${CMAKE_CURRENT_LIST_DIR}/comparisonchart.cpp
    ${CMAKE_CURRENT_LIST_DIR}/comparepage.h ${CMAKE_CURRENT_LIST_DIR}/comparepage.cpp
)

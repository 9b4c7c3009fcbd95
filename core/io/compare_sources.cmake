# Run comparison (issue 6): per-metric deltas, matched-sample changes and their Markdown export.
target_sources(evalbench_io PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/runscores.h ${CMAKE_CURRENT_LIST_DIR}/runscores.cpp
    ${CMAKE_CURRENT_LIST_DIR}/samplematch.h ${CMAKE_CURRENT_LIST_DIR}/samplematch.cpp
    ${CMAKE_CURRENT_LIST_DIR}/runcomparison.h ${CMAKE_CURRENT_LIST_DIR}/runcomparison.cpp
    ${CMAKE_CURRENT_LIST_DIR}/comparisonmarkdownwriter.h ${CMAKE_CURRENT_LIST_DIR}/comparisonmarkdownwriter.cpp
)

# Dataset import (CONTRACTS "Datasets"): streaming JSONL / JSON array / CSV reader and preview.
target_sources(evalbench_io PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/datasetformat.h ${CMAKE_CURRENT_LIST_DIR}/datasetformat.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dataseterror.h ${CMAKE_CURRENT_LIST_DIR}/dataseterror.cpp
    ${CMAKE_CURRENT_LIST_DIR}/datasetutf8.h ${CMAKE_CURRENT_LIST_DIR}/datasetutf8.cpp
    ${CMAKE_CURRENT_LIST_DIR}/datasetblockbuffer.h ${CMAKE_CURRENT_LIST_DIR}/datasetblockbuffer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/jsonrecordscanner.h ${CMAKE_CURRENT_LIST_DIR}/jsonrecordscanner.cpp
    ${CMAKE_CURRENT_LIST_DIR}/csvrecordparser.h ${CMAKE_CURRENT_LIST_DIR}/csvrecordparser.cpp
    ${CMAKE_CURRENT_LIST_DIR}/datasetfields.h ${CMAKE_CURRENT_LIST_DIR}/datasetfields.cpp
    ${CMAKE_CURRENT_LIST_DIR}/datasetrecordmapper.h ${CMAKE_CURRENT_LIST_DIR}/datasetrecordmapper.cpp
    ${CMAKE_CURRENT_LIST_DIR}/datasetreader.h ${CMAKE_CURRENT_LIST_DIR}/datasetreader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/datasetpreview.h ${CMAKE_CURRENT_LIST_DIR}/datasetpreview.cpp
)

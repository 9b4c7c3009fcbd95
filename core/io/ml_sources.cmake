# ML inputs: id,label / id,value CSV pairs joined on id, and COCO detection JSON.
target_sources(evalbench_io PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/labelcsvresult.h
    ${CMAKE_CURRENT_LIST_DIR}/labelcsvparser.h ${CMAKE_CURRENT_LIST_DIR}/labelcsvparser.cpp
    ${CMAKE_CURRENT_LIST_DIR}/labelcsvjoin.h ${CMAKE_CURRENT_LIST_DIR}/labelcsvjoin.cpp
    ${CMAKE_CURRENT_LIST_DIR}/parallelpair.h ${CMAKE_CURRENT_LIST_DIR}/shortdecimal.h
    ${CMAKE_CURRENT_LIST_DIR}/integerids.h ${CMAKE_CURRENT_LIST_DIR}/integerids.cpp
    ${CMAKE_CURRENT_LIST_DIR}/denseidmatch.h ${CMAKE_CURRENT_LIST_DIR}/denseidmatch.cpp
    ${CMAKE_CURRENT_LIST_DIR}/labelinterner.h ${CMAKE_CURRENT_LIST_DIR}/labelinterner.cpp
    ${CMAKE_CURRENT_LIST_DIR}/labelcsvfastpath.h ${CMAKE_CURRENT_LIST_DIR}/labelcsvfastpath.cpp
    ${CMAKE_CURRENT_LIST_DIR}/labelcsvloader.h ${CMAKE_CURRENT_LIST_DIR}/labelcsvloader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/cocojsonloader.h ${CMAKE_CURRENT_LIST_DIR}/cocojsonloader.cpp
)
target_link_libraries(evalbench_io PUBLIC evalbench_ml_metrics)

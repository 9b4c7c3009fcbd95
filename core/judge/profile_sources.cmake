# Judge profiles: settings in the store, API keys in the OS keychain (or the key file).
target_sources(evalbench_judge PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/apikeystore.h
    ${CMAKE_CURRENT_LIST_DIR}/apikeystore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/judgeprofilerepository.h
    ${CMAKE_CURRENT_LIST_DIR}/judgeprofilerepository.cpp)
target_link_libraries(evalbench_judge PUBLIC evalbench_store PRIVATE qt6keychain)

# The OpenAI-compatible client: concurrency, rate limit, timeouts, retries.
target_sources(evalbench_judge PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/judgecall.cpp
    ${CMAKE_CURRENT_LIST_DIR}/judgeclient.h
    ${CMAKE_CURRENT_LIST_DIR}/judgeclient.cpp
    ${CMAKE_CURRENT_LIST_DIR}/judgehttpoutcome.h
    ${CMAKE_CURRENT_LIST_DIR}/asyncwait.h
    ${CMAKE_CURRENT_LIST_DIR}/asyncwait.cpp
    ${CMAKE_CURRENT_LIST_DIR}/asyncsemaphore.h
    ${CMAKE_CURRENT_LIST_DIR}/asyncsemaphore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/requestratelimiter.h
    ${CMAKE_CURRENT_LIST_DIR}/requestratelimiter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/retrypolicy.h
    ${CMAKE_CURRENT_LIST_DIR}/retrypolicy.cpp
    ${CMAKE_CURRENT_LIST_DIR}/networkmanagerpool.h
    ${CMAKE_CURRENT_LIST_DIR}/networkmanagerpool.cpp
    ${CMAKE_CURRENT_LIST_DIR}/openaiwire.h
    ${CMAKE_CURRENT_LIST_DIR}/openaiwire.cpp)

# The judged metrics and what drives them: the session (cache, parsing, repair) and the runner.
target_sources(evalbench_judge PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/judgecache.h ${CMAKE_CURRENT_LIST_DIR}/judgecache.cpp
    ${CMAKE_CURRENT_LIST_DIR}/judgeanswer.h ${CMAKE_CURRENT_LIST_DIR}/judgependingcall.h
    ${CMAKE_CURRENT_LIST_DIR}/judgesession.h ${CMAKE_CURRENT_LIST_DIR}/judgesession.cpp
    ${CMAKE_CURRENT_LIST_DIR}/judgedmetric.h ${CMAKE_CURRENT_LIST_DIR}/judgedmetric.cpp
    ${CMAKE_CURRENT_LIST_DIR}/faithfulnessjudge.h ${CMAKE_CURRENT_LIST_DIR}/faithfulnessjudge.cpp
    ${CMAKE_CURRENT_LIST_DIR}/answerrelevancyjudge.h ${CMAKE_CURRENT_LIST_DIR}/answerrelevancyjudge.cpp
    ${CMAKE_CURRENT_LIST_DIR}/contextprecisionjudge.h ${CMAKE_CURRENT_LIST_DIR}/contextprecisionjudge.cpp
    ${CMAKE_CURRENT_LIST_DIR}/contextrecalljudge.h ${CMAKE_CURRENT_LIST_DIR}/contextrecalljudge.cpp
    ${CMAKE_CURRENT_LIST_DIR}/answercorrectnessjudge.h ${CMAKE_CURRENT_LIST_DIR}/answercorrectnessjudge.cpp
    ${CMAKE_CURRENT_LIST_DIR}/semanticsimilarityjudge.h ${CMAKE_CURRENT_LIST_DIR}/semanticsimilarityjudge.cpp
    ${CMAKE_CURRENT_LIST_DIR}/rubricjudge.h ${CMAKE_CURRENT_LIST_DIR}/rubricjudge.cpp
    ${CMAKE_CURRENT_LIST_DIR}/judgerunner.h ${CMAKE_CURRENT_LIST_DIR}/judgerunner.cpp
    ${CMAKE_CURRENT_LIST_DIR}/judgeadvisor.h ${CMAKE_CURRENT_LIST_DIR}/judgeadvisor.cpp
    ${CMAKE_CURRENT_LIST_DIR}/hallucinationjudge.h ${CMAKE_CURRENT_LIST_DIR}/hallucinationjudge.cpp
)
target_link_libraries(evalbench_judge PUBLIC evalbench_store)

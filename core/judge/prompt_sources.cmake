# Judge prompts: resource files per language, their renderer and the reply parser.
target_sources(evalbench_judge PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/orderedjson.h ${CMAKE_CURRENT_LIST_DIR}/orderedjson.cpp
    ${CMAKE_CURRENT_LIST_DIR}/pydanticjson.h ${CMAKE_CURRENT_LIST_DIR}/pydanticjson.cpp
    ${CMAKE_CURRENT_LIST_DIR}/judgelanguage.h ${CMAKE_CURRENT_LIST_DIR}/judgelanguage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/judgeprompt.h ${CMAKE_CURRENT_LIST_DIR}/judgeprompt.cpp
    ${CMAKE_CURRENT_LIST_DIR}/promptlibrary.h ${CMAKE_CURRENT_LIST_DIR}/promptlibrary.cpp
    ${CMAKE_CURRENT_LIST_DIR}/judgeoutputparser.h ${CMAKE_CURRENT_LIST_DIR}/judgeoutputparser.cpp
)
# One file per prompt and language; _frame.json holds the fixed sentences around schema and input.
set(_evalbench_prompt_names
    _frame statement_generator nli_statement response_relevance context_precision context_recall
    correctness_classifier fix_output rubric_steps rubric_score hallucination optimization_advice)
set(_evalbench_prompt_files)
foreach(_lang en zh)
    foreach(_name IN LISTS _evalbench_prompt_names)
        list(APPEND _evalbench_prompt_files ${_lang}/${_name}.json)
    endforeach()
endforeach()
list(TRANSFORM _evalbench_prompt_files PREPEND ${CMAKE_CURRENT_LIST_DIR}/prompts/)
qt_add_resources(evalbench_judge "judge_prompts" PREFIX "/evalbench/prompts" BASE ${CMAKE_CURRENT_LIST_DIR}/prompts
    FILES ${_evalbench_prompt_files})

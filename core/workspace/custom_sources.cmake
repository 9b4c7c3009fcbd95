# Custom scorers: manifests, the catalog with hot reload, the child-process runner, the result schema.
target_sources(evalbench_workspace PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/jsontypename.h ${CMAKE_CURRENT_LIST_DIR}/jsontypename.cpp
    ${CMAKE_CURRENT_LIST_DIR}/jsonobjectfile.h ${CMAKE_CURRENT_LIST_DIR}/jsonobjectfile.cpp
    ${CMAKE_CURRENT_LIST_DIR}/scorermanifest.h ${CMAKE_CURRENT_LIST_DIR}/scorermanifest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/resultschema.h ${CMAKE_CURRENT_LIST_DIR}/resultschema.cpp
    ${CMAKE_CURRENT_LIST_DIR}/scorercommand.h ${CMAKE_CURRENT_LIST_DIR}/scorercommand.cpp
    ${CMAKE_CURRENT_LIST_DIR}/scorerprocess.h ${CMAKE_CURRENT_LIST_DIR}/scorerprocess.cpp
    ${CMAKE_CURRENT_LIST_DIR}/customscorerrunner.h ${CMAKE_CURRENT_LIST_DIR}/customscorerrunner.cpp
    ${CMAKE_CURRENT_LIST_DIR}/scorercatalog.h ${CMAKE_CURRENT_LIST_DIR}/scorercatalog.cpp
)

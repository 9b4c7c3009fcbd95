target_sources(evalbench_io PRIVATE
    reportjson.h reportjson.cpp
    samplejsonencoder.h samplejsonencoder.cpp
    jsonreportwriter.h jsonreportwriter.cpp
    csvreportwriter.h csvreportwriter.cpp
    markdownreportwriter.h markdownreportwriter.cpp
    ruleadvice.h ruleadvice.cpp
    mlreportwriter.h mlreportwriter.cpp
    mladvice.h mladvice.cpp
    artifactwriter.h artifactwriter.cpp
    reportexporter.h reportexporter.cpp
)
target_link_libraries(evalbench_io PUBLIC evalbench_store)

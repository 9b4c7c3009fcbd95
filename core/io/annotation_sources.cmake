# Human annotations in the reports: their JSON and their agreement with the run's scores.
target_sources(evalbench_io PRIVATE
    annotationjson.h annotationjson.cpp
    annotationagreement.h annotationagreement.cpp
    annotationmarkdown.h annotationmarkdown.cpp
)

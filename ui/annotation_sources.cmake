# Human annotations in the report: the editor beside the selected sample and the
# agreement of the analysts' scores with the run's.
target_sources(evalbench_ui PRIVATE
    reportannotations.h reportannotations.cpp
    annotationeditor.h annotationeditor.cpp
    agreementmodel.h agreementmodel.cpp
    agreementview.h agreementview.cpp
)

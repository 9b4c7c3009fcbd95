target_sources(evalbench_ui PRIVATE
    reportpage.h reportpage.cpp
    reportheader.h reportheader.cpp
    metricsummarymodel.h metricsummarymodel.cpp
    samplelistmodel.h samplelistmodel.cpp
    samplerowsloader.h samplerowsloader.cpp
    sampledetailview.h sampledetailview.cpp
    evidencehtml.h evidencehtml.cpp
)

# The report views of ML scoring runs (result.json of the classification, regression and
# detection scorers, and of custom scorers).
target_sources(evalbench_ui PRIVATE
    ml/mlresult.h ml/mlresult.cpp
    ml/mlformat.h ml/mlformat.cpp
    ml/mlmetricdescriptions.h ml/mlmetricdescriptions.cpp
    ml/mlmetricsmodel.h ml/mlmetricsmodel.cpp
    ml/perclassmodel.h ml/perclassmodel.cpp
    ml/confusionmatrixmodel.h ml/confusionmatrixmodel.cpp
    ml/cocostatsmodel.h ml/cocostatsmodel.cpp
    ml/mlchartfactory.h ml/mlchartfactory.cpp
    ml/prcurveview.h ml/prcurveview.cpp
    ml/mlresultheader.h ml/mlresultheader.cpp
    ml/mlresultview.h ml/mlresultview.cpp
)

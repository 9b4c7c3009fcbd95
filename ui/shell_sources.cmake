target_sources(evalbench_ui PRIVATE
    backgroundtask.h
    guiapplication.h guiapplication.cpp
    mainwindow.h mainwindow.cpp
    runlistmodel.h runlistmodel.cpp
    runstatuslabel.h runstatuslabel.cpp
    progressdelegate.h progressdelegate.cpp
    runspage.h runspage.cpp
    demodataset.h demodataset.cpp
    newevaluationpage.h newevaluationpage.cpp
    modelscoringpage.h modelscoringpage.cpp
)
# The demo dataset is compiled in, so "Score the demo dataset" works from any install.
qt_add_resources(evalbench_ui "demo_dataset" PREFIX "/" BASE ${PROJECT_SOURCE_DIR}
    FILES ${PROJECT_SOURCE_DIR}/examples/rag-demo.jsonl)

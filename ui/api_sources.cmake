# The window side of the HTTP API: the API server page (listener, request log, Dify setup),
# the Score jobs page and the status-bar indicator.
target_sources(evalbench_ui PRIVATE
    apijudgeselector.h apijudgeselector.cpp
    apiqueuecounter.h apiqueuecounter.cpp
    apirequestlogmodel.h apirequestlogmodel.cpp
    apiserverpage.h apiserverpage.cpp
    apiserverpreferences.h apiserverpreferences.cpp
    apistatusindicator.h apistatusindicator.cpp
    apijoblistmodel.h apijoblistmodel.cpp
    difysetuppanel.h difysetuppanel.cpp
    jobstatebadgedelegate.h jobstatebadgedelegate.cpp
    scorejobspage.h scorejobspage.cpp
)

# The window side of the LLM judge: the LLM profiles page with its form, list model and
# connection test, and the Judge group of the New evaluation page.
target_sources(evalbench_ui PRIVATE
    judgeconnectiontester.h judgeconnectiontester.cpp
    judgeoptionsgroup.h judgeoptionsgroup.cpp
    judgeprofileform.h judgeprofileform.cpp
    judgeprofilelistmodel.h judgeprofilelistmodel.cpp
    llmprofilespage.h llmprofilespage.cpp
)

target_sources(evalbench_io PRIVATE placeholder.cpp)

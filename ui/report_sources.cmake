target_sources(evalbench_ui PRIVATE)

#!/usr/bin/env bash
# Builds the libFuzzer target for the HTTP API's request body parser with clang
# (-fsanitize=fuzzer,address,undefined) and runs it. Usage: scripts/fuzz.sh [SECONDS] (default 60).
# New inputs go to build/fuzz/corpus (the seed corpus in fuzz/corpus stays as committed);
# a crash leaves its input in build/fuzz/ and makes this script fail.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-60}
build="$root/build/fuzz"
cxx=${EVALBENCH_FUZZ_CXX:-clang++-14}

cmake -S "$root/fuzz" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER="$cxx" >/dev/null
cmake --build "$build" --parallel 2
mkdir -p "$build/corpus"
cd "$build"
export ASAN_OPTIONS=detect_leaks=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
./scorerequest_fuzzer -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
    -dict="$root/fuzz/scorerequest.dict" -print_final_stats=1 corpus "$root/fuzz/corpus"

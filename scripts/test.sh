#!/usr/bin/env bash
# Installs what is missing, builds with AddressSanitizer + UBSan and runs every test.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
source scripts/setup.sh

export QT_QPA_PLATFORM=offscreen
# Qt's own one-time allocations are not leaks of ours; ASan still checks memory errors.
export ASAN_OPTIONS=detect_leaks=0
cmake --preset dev-asan
cmake --build --preset dev-asan --parallel
ctest --preset dev-asan --parallel 2
# A short fuzz run of the HTTP API's request body parser (clang + libFuzzer); fails on a crash.
scripts/fuzz.sh "${EVALBENCH_FUZZ_SECONDS:-30}"

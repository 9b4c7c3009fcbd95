#!/usr/bin/env bash
# Quick start: installs what is missing, builds EvalBench (release) and starts it.
# Arguments pass through: `scripts/run.sh eval examples/rag-demo.jsonl --json` runs headless.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
source scripts/setup.sh

cmake --preset release >&2
cmake --build --preset release --parallel >&2
exec "$root/build/release/app/evalbench" "$@"

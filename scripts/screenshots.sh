#!/usr/bin/env bash
# Renders every page of the window at 1440x900, in English and in Chinese, with the demo
# data (offscreen platform, the CJK font the set-up installs) into docs/screenshots/.
# Usage: scripts/screenshots.sh   (after scripts/test.sh or scripts/run.sh has set up the machine)
set -euo pipefail
cd "$(dirname "$0")/.."
export CMAKE_CXX_COMPILER_LAUNCHER="${CMAKE_CXX_COMPILER_LAUNCHER:-$(command -v ccache || true)}"
cmake --preset dev-asan >/dev/null
cmake --build build/dev-asan --target ui_shell_test -j"$(nproc)"
mkdir -p docs/screenshots
EVALBENCH_SCREENSHOT_DIR="$PWD/docs/screenshots" QT_QPA_PLATFORM=offscreen \
    build/dev-asan/tests/ui/ui_shell_test --gtest_filter='MainWindowTest.PagesRenderInEnglishAndChinese'
ls docs/screenshots

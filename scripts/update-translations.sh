#!/usr/bin/env bash
# Refreshes translations/*.ts from the sources: every tr() in ui/ and the metric
# descriptions marked with QT_TRANSLATE_NOOP in core/metrics, the key store and judge profile
# messages in core/judge, and the built-in scorers'
# names and descriptions in core/workspace/builtinscorers.cpp. Then translate the
# new entries (Qt Linguist, or by hand) and commit the .ts file.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
# -I: lupdate must find the headers to know the classes live in namespace evalbench.
"$lupdate" -no-obsolete -locations none -I . -I core ui core/metrics core/workspace/builtinscorers.cpp core/server/apiserver.cpp core/judge/apikeystore.cpp core/judge/judgeprofilerepository.cpp -ts translations/evalbench_zh_CN.ts

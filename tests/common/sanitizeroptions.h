// SPDX-License-Identifier: MIT
#pragma once

// Leak checking is off in the test programs: Qt, fontconfig and the platform plugins keep
// process-lifetime allocations that LeakSanitizer reports at exit. Set here rather than in
// ctest's environment, so a test run by hand or by ctest behaves the same. ASan reads this
// hook before main(); without ASan it is never called. Included by each test main only:
// the translation unit with main() is always linked, a separate object in the archive would not be.
extern "C" const char* __asan_default_options()
{
    return "detect_leaks=0";
}

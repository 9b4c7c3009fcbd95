// SPDX-License-Identifier: MIT
#pragma once

#include <future>
#include <system_error>
#include <utility>

namespace evalbench::ml {

// Returns { task(first), task(second) }, with task(second) run on a thread of its own meanwhile.
// The ML loaders read, parse and sort gt and pred files this way: the two are independent until
// the join, and on two cores that nearly halves the load of a 1M-row pair, which is most of its
// scoring time. Without a thread to be had, the two run one after the other.
template <typename Task, typename Arg> auto inParallel(const Task& task, const Arg& first, const Arg& second)
{
    using Result = decltype(task(first));
    std::future<Result> other;
    try {
        other = std::async(std::launch::async, [&task, &second] { return task(second); });
    } catch (const std::system_error&) {
        Result one = task(first);
        return std::pair<Result, Result> { std::move(one), task(second) };
    }
    Result one = task(first);
    return std::pair<Result, Result> { std::move(one), other.get() };
}

} // namespace evalbench::ml

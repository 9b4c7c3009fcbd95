// SPDX-License-Identifier: MIT
#pragma once

#include <variant>

#include <QJsonValue>
#include <QString>
#include <QStringView>

namespace evalbench {

// Reads the Python repr that Dify pastes into a JSON body for an array[object] variable
// (dify-reference.md §1.5): `[{'content': 'a', 'score': None}]`. A deliberately small, safe
// subset of Python literals: strings in ' or " with escapes, None / True / False, numbers,
// lists, tuples and dicts. Nothing is evaluated; anything else is an error. NaN and infinities
// become null (JSON has no such numbers); nesting is capped so hostile input cannot exhaust
// the stack.
class PythonLiteral
{
public:
    static constexpr int kMaxDepth = 64;

    // The value, or a message naming the offset of the first problem.
    static std::variant<QJsonValue, QString> parse(QStringView text);
};

} // namespace evalbench

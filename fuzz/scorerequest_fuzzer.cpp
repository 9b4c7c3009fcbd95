// SPDX-License-Identifier: MIT
// libFuzzer entry point: any bytes, with each accepted content type, must give a ScoreRequest or
// an HTTP problem with a 4xx status, never a crash, a hang or undefined behaviour. The first byte
// picks the content type; the Python literal reader also gets the bytes as text directly.
#include "server/pythonliteral.h"
#include "server/scorerequestparser.h"

#include <cstdint>
#include <cstdlib>

#include <QByteArray>
#include <QString>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    static const QByteArray kTypes[] = { "application/json", "text/plain; charset=utf-8", "", "text/html" };
    const QByteArray contentType = kTypes[data[0] % 4];
    const QByteArray body(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));

    const auto result = evalbench::ScoreRequestParser::parse(body, contentType);
    if (const auto* problem = std::get_if<evalbench::HttpProblem>(&result)) {
        if (problem->status < 400 || problem->status > 499)
            std::abort(); // a caller's mistake must never be a 5xx
    } else if (std::get<evalbench::ScoreRequest>(result).sample.question.trimmed().isEmpty()) {
        std::abort(); // accepted without a question
    }
    (void)evalbench::PythonLiteral::parse(QString::fromUtf8(body));
    return 0;
}

-- wrk script: POST /api/score/async with a Dify-like body (Knowledge Retrieval contexts), a
-- distinct question per request, and a count of the answers by status (printed at the end),
-- so that bench_api_load.py can check that every 202 ends as a completed job.
local counter = 0
local threads = {}

function setup(thread)
    thread:set("id", #threads + 1)
    table.insert(threads, thread)
end

function init(args)
    accepted = 0
    other = 0
    errors_5xx = 0
end

function request()
    counter = counter + 1
    local body = string.format([[{"question": "What does the warranty cover? (thread %d, request %d)",
"answer": "The warranty covers manufacturing defects for two years from the date of purchase.",
"contexts": [{"content": "Our products carry a two-year warranty against manufacturing defects.", "title": "warranty.md",
"metadata": {"score": 0.83, "document_name": "warranty.md", "dataset_name": "support", "position": 1}},
{"content": "Damage from misuse is not covered.", "title": "warranty.md", "metadata": {"score": 0.61, "position": 2}}],
"ground_truth": "Manufacturing defects are covered for two years.",
"metrics": ["token_f1", "rouge_l", "exact_match"], "run": "load test"}]], id, counter)
    return wrk.format("POST", nil, {["Content-Type"] = "application/json"}, body)
end

function response(status, headers, body)
    if status == 202 then
        accepted = accepted + 1
    elseif status >= 500 then
        errors_5xx = errors_5xx + 1
    else
        other = other + 1
    end
end

function done(summary, latency, requests)
    local a, o, e = 0, 0, 0
    for _, thread in ipairs(threads) do
        a = a + thread:get("accepted")
        o = o + thread:get("other")
        e = e + thread:get("errors_5xx")
    end
    io.write(string.format("STATUS accepted=%d other=%d server_errors=%d\n", a, o, e))
    for _, p in ipairs({50, 90, 99, 99.9}) do
        io.write(string.format("PERCENTILE %g %.3f\n", p, latency:percentile(p) / 1000.0))
    end
end

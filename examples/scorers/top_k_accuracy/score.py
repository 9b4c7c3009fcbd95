#!/usr/bin/env python3
"""Top-k accuracy for EvalBench (custom scorer example; standard library only).

Reads   WORKSPACE/input/gt.csv     id,label
        WORKSPACE/output/pred.csv  id,labels   (labels: best first, separated by "|")
Writes  WORKSPACE/output/result.json
"""
import csv
import json
import os
import sys
import time


def write_result(result):
    with open(os.environ["EVALBENCH_RESULT"], "w", encoding="utf-8") as f:
        json.dump(result, f, indent=2)


def fail(code, message, **details):
    # A reported error reaches the user as is (code, message, details).
    write_result({"error": {"code": code, "message": message, "stage": "validation", "details": details}})
    sys.exit(1)


def read_rows(path, columns):
    name = os.path.relpath(path, sys.argv[1])
    if not os.path.exists(path):
        fail("MISSING_FILE", f"{name} is missing; it needs the columns {','.join(columns)}")
    with open(path, newline="", encoding="utf-8-sig") as f:
        reader = csv.DictReader(f)
        missing = [c for c in columns if c not in (reader.fieldnames or [])]
        if missing:
            fail("BAD_FORMAT", f"{name} lacks the column(s) {', '.join(missing)}", file=name)
        return {row["id"]: row for row in reader}


def main():
    started = time.monotonic()
    workspace = sys.argv[1]
    params = json.loads(os.environ.get("EVALBENCH_PARAMS", "{}"))
    k = params.get("k", 3)
    if not isinstance(k, int) or k < 1:
        fail("BAD_FORMAT", f"params.k must be a whole number of at least 1; got {k!r}", field="params.k")

    truth = read_rows(os.path.join(workspace, "input", "gt.csv"), ["id", "label"])
    pred = read_rows(os.path.join(workspace, "output", "pred.csv"), ["id", "labels"])
    missing = sorted(set(truth) - set(pred))
    if missing:
        fail("MISMATCH", f"output/pred.csv has no prediction for {len(missing)} id(s), e.g. {missing[0]}",
             missing_ids=missing[:20])

    hits_k = hits_1 = 0
    for sample_id, row in truth.items():
        ranked = [label.strip() for label in pred[sample_id]["labels"].split("|")]
        hits_k += row["label"] in ranked[:k]
        hits_1 += row["label"] == ranked[0]
    n = len(truth)
    top_k = hits_k / n if n else 0.0
    print(f"scored {n} ids with k={k}", file=sys.stderr)  # stderr is quoted when the scorer fails

    write_result({
        "summary": {"score": top_k, "primary_metric": "top_k_accuracy", "higher_is_better": True},
        "metrics": {"top_k_accuracy": top_k, "top_1_accuracy": hits_1 / n if n else 0.0},
        "details": {"k": k, "samples": n},
        "params": {"k": k},
        "timing": {"total_ms": round((time.monotonic() - started) * 1000)},
    })


if __name__ == "__main__":
    main()

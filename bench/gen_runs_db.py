#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Fill an EvalBench data directory with many runs, for timing the Runs page.

Usage: gen_runs_db.py EVALBENCH_EXE DATA_DIR [-n 100000]

Lets evalbench create the database (so the schema is the real one), then adds
N completed runs with settings and metric summaries straight through SQLite.
"""

import argparse
import json
import os
import random
import sqlite3
import subprocess
from datetime import datetime, timedelta, timezone

METRICS = ["exact_match", "token_f1", "rouge_l", "bleu", "string_similarity"]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("exe")
    parser.add_argument("data_dir")
    parser.add_argument("-n", "--count", type=int, default=100000)
    args = parser.parse_args()
    env = dict(os.environ, EVALBENCH_DATA_DIR=args.data_dir)
    subprocess.run([args.exe, "runs"], env=env, check=True, capture_output=True)
    db = sqlite3.connect(os.path.join(args.data_dir, "evalbench.sqlite"))
    rng = random.Random(7)
    start = datetime(2026, 1, 1, tzinfo=timezone.utc)
    rows = []
    for i in range(args.count):
        created = start + timedelta(minutes=5 * i)
        summary = {m: {"mean": rng.random(), "min": 0.0, "max": 1.0, "scored": 100, "skipped": 0, "nan": 0} for m in METRICS}
        settings = {"metrics": METRICS, "weights": {}, "ragas_compat": False, "semantics": "evalbench-1", "judge": None}
        rows.append(("run-%06d" % i, "nightly run %d" % i, "rag", "file", "completed",
                     created.strftime("%Y-%m-%dT%H:%M:%S.000Z"), created.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                     100, 100, "/data/set%d.jsonl" % (i % 50), json.dumps(settings), json.dumps(summary), rng.random()))
    db.executemany("INSERT INTO runs (id, name, kind, source, status, created_at, finished_at, sample_count, "
                   "scored_count, dataset_path, settings_json, summary_json, weighted_score) "
                   "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
    db.commit()
    print("%d runs in %s" % (args.count, args.data_dir))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Fill an EvalBench data directory with many runs, for timing the Runs page.

Usage: gen_runs_db.py EVALBENCH_EXE DATA_DIR [-n 100000] [--large-run 100000]

Lets evalbench create the database (so the schema is the real one), then adds
N completed runs with settings and metric summaries straight through SQLite.
With --large-run, `evalbench eval` then scores a generated dataset of that many
samples into the same data directory (for the Report page) and prints its run id.
"""

import argparse
import json
import os
import random
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta, timezone

METRICS = ["exact_match", "token_f1", "rouge_l", "bleu", "string_similarity"]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("exe")
    parser.add_argument("data_dir")
    parser.add_argument("-n", "--count", type=int, default=100000)
    parser.add_argument("--large-run", type=int, default=0, metavar="SAMPLES")
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
    db.close()
    print("%d runs in %s" % (args.count, args.data_dir))
    if args.large_run:
        dataset = os.path.join(args.data_dir, "large-run.jsonl")
        generator = os.path.join(os.path.dirname(os.path.abspath(__file__)), "gen_rag_dataset.py")
        subprocess.run([sys.executable, generator, "-n", str(args.large_run), "--no-reference-contexts",
                        "-o", dataset], check=True, capture_output=True)
        done = subprocess.run([args.exe, "eval", dataset, "--name", "large run", "--json"], env=env, check=True,
                              capture_output=True, text=True)
        run_id = json.loads(done.stdout)["data"]["run_id"]
        os.remove(dataset)
        print("large run: %s (%d samples)" % (run_id, args.large_run))


if __name__ == "__main__":
    main()

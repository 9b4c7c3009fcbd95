#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""End-to-end timing of `evalbench eval`: import + score + store + artifacts.

Usage: bench_eval.py EVALBENCH_EXE [-n 100000] [--runs 5] [--metrics LIST] [--reference-contexts]
                     [--work DIR]

Generates the dataset once with gen_rag_dataset.py (answer and ground truth ~300
characters, 3 contexts of ~500 characters; with --reference-contexts also 3
reference contexts of ~500), then runs `evalbench eval` --runs times, each into a
fresh data directory, and prints the median wall time and the median peak RSS of
the evalbench process. Nothing leaves the machine.
"""

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def child_peak_rss_mib(before_kib):
    # ru_maxrss of RUSAGE_CHILDREN is the largest peak of any waited-for child so far;
    # each run is measured in its own process below, so this is that run's peak.
    return (resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024.0


def one_run(exe, dataset, metrics, work):
    data_dir = tempfile.mkdtemp(prefix="evalbench-bench-", dir=work)
    args = [exe, "eval", dataset, "--json", "--metrics", metrics]
    env = dict(os.environ, EVALBENCH_DATA_DIR=data_dir)
    code = (
        "import resource,subprocess,sys,time,os,json;"
        "t=time.perf_counter();p=subprocess.run(sys.argv[1:],env=os.environ,capture_output=True);"
        "w=time.perf_counter()-t;"
        "print(json.dumps({'rc':p.returncode,'wall':w,"
        "'rss':resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss/1024.0,'out':p.stdout.decode()[:2000]}))"
    )
    # A fresh Python per run, so RUSAGE_CHILDREN covers exactly one evalbench process.
    result = subprocess.run([sys.executable, "-c", code] + args, env=env, capture_output=True, text=True, check=True)
    shutil.rmtree(data_dir, ignore_errors=True)
    import json

    return json.loads(result.stdout)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("exe")
    parser.add_argument("-n", "--count", type=int, default=100000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--metrics", default="exact_match,token_f1,rouge_l,bleu,string_similarity")
    parser.add_argument("--reference-contexts", action="store_true")
    parser.add_argument("--work", default=tempfile.gettempdir())
    args = parser.parse_args()

    dataset = os.path.join(args.work, "evalbench-bench-%d%s.jsonl" % (args.count, "-ref" if args.reference_contexts else ""))
    if not os.path.exists(dataset):
        gen = [sys.executable, os.path.join(HERE, "..", "gen_rag_dataset.py"), "-n", str(args.count), "-o", dataset]
        if not args.reference_contexts:
            gen.append("--no-reference-contexts")
        subprocess.run(gen, check=True)
    size_mib = os.path.getsize(dataset) / 1048576.0

    walls, rsses = [], []
    for i in range(args.runs):
        r = one_run(args.exe, dataset, args.metrics, args.work)
        if r["rc"] != 0:
            sys.exit("evalbench failed: %s" % r["out"])
        walls.append(r["wall"])
        rsses.append(r["rss"])
        print("run %d: %.2f s, peak RSS %.0f MiB" % (i + 1, r["wall"], r["rss"]), file=sys.stderr)
    print("dataset: %d samples, %.0f MiB; metrics: %s" % (args.count, size_mib, args.metrics))
    print("median wall %.2f s (min %.2f, max %.2f); median peak RSS %.0f MiB over %d runs"
          % (statistics.median(walls), min(walls), max(walls), statistics.median(rsses), args.runs))


if __name__ == "__main__":
    main()

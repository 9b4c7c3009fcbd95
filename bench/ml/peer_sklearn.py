#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Peer timing for bench_ml: pandas + scikit-learn doing the same work on the same files.

Load gt.csv / pred.csv, inner-join on id (one to one), then every metric bench_ml computes:
classification = accuracy, precision/recall/F1 macro+micro+weighted, per-class P/R/F1/support,
confusion matrix; regression = MSE, RMSE, MAE, R², MAPE. Prints the median of N runs.
Run with the system Python (python3-sklearn 1.2.1, python3-pandas): /usr/bin/python3 peer_sklearn.py DIR [N]
where DIR is gen.py's --out folder (default /tmp/ml-large/cases).

`peer_sklearn.py --once classification|regression DIR` does one task once and prints
{"task": ..., "seconds": ...} (the work after the imports) on one line: bench_score.py runs it as
a child process, as a user would run such a script, to time the whole process (Python start-up
and the pandas / scikit-learn imports included) and its peak RSS.
"""
import json
import statistics
import sys
import time

import numpy as np
import pandas as pd
from sklearn.metrics import (accuracy_score, confusion_matrix, mean_absolute_error,
                             mean_absolute_percentage_error, mean_squared_error,
                             precision_recall_fscore_support, r2_score)


def classification(d):
    kw = dict(dtype={"id": np.int64, "label": str}, keep_default_na=False, na_filter=False)
    gt = pd.read_csv(f"{d}/classification/large/gt.csv", **kw)
    pr = pd.read_csv(f"{d}/classification/large/pred.csv", **kw)
    m = gt.merge(pr, on="id", how="inner", suffixes=("_true", "_pred"), validate="one_to_one")
    yt, yp = m["label_true"].to_numpy(dtype=object), m["label_pred"].to_numpy(dtype=object)
    labels = sorted(set(yt) | set(yp))
    out = {"accuracy": accuracy_score(yt, yp)}
    for avg in ("macro", "micro", "weighted"):
        out[avg] = precision_recall_fscore_support(yt, yp, average=avg)
    out["per_class"] = precision_recall_fscore_support(yt, yp, labels=labels, average=None)
    out["cm"] = confusion_matrix(yt, yp, labels=labels)
    return out["macro"][2]


def regression(d):
    kw = dict(dtype={"id": np.int64, "value": np.float64}, float_precision="round_trip")
    gt = pd.read_csv(f"{d}/regression/large/gt.csv", **kw)
    pr = pd.read_csv(f"{d}/regression/large/pred.csv", **kw)
    m = gt.merge(pr, on="id", how="inner", suffixes=("_true", "_pred"), validate="one_to_one")
    yt, yp = m["value_true"].to_numpy(), m["value_pred"].to_numpy()
    return (mean_squared_error(yt, yp), mean_squared_error(yt, yp, squared=False),
            mean_absolute_error(yt, yp), r2_score(yt, yp), mean_absolute_percentage_error(yt, yp))


def timed(fn, d, runs):
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn(d)
        times.append(time.perf_counter() - t0)
    return statistics.median(times), times


def once(task, d):
    t0 = time.perf_counter()
    {"classification": classification, "regression": regression}[task](d)
    print(json.dumps({"task": task, "seconds": time.perf_counter() - t0}), flush=True)


def main():
    if len(sys.argv) > 2 and sys.argv[1] == "--once":
        once(sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else "/tmp/ml-large/cases")
        return
    d = sys.argv[1] if len(sys.argv) > 1 else "/tmp/ml-large/cases"
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    for name, fn in (("classification 1M load+metrics", classification), ("regression 1M load+metrics", regression)):
        med, times = timed(fn, d, runs)
        print(f"{name}: median {med:.3f} s over {runs} runs ({', '.join(f'{t:.3f}' for t in times)})", flush=True)


if __name__ == "__main__":
    main()

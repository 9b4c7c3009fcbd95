#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Extra ML test cases with expected values from scikit-learn (Debian 12: python3-sklearn 1.2.1).

Run with the system Python (/usr/bin/python3) from this folder; it rewrites extra/.
The reference cases beside this file are copies of /work/shared/data/ml/cases (do not edit).
"""
import json
import os

import numpy as np
from sklearn.metrics import (accuracy_score, confusion_matrix, mean_absolute_error,
                             mean_absolute_percentage_error, mean_squared_error,
                             precision_recall_fscore_support, r2_score)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "extra")


def write_csv(path, column, ids, values):
    with open(path, "w") as f:
        f.write("id,%s\n" % column)
        for i, v in zip(ids, values):
            f.write("%s,%s\n" % (i, v))


def classification_case(name, y_true, y_pred, ids=None):
    d = os.path.join(OUT, "classification", name)
    os.makedirs(d, exist_ok=True)
    n = len(y_true)
    ids = list(ids) if ids is not None else list(range(1, n + 1))
    rng = np.random.default_rng(7)
    order = rng.permutation(n)
    write_csv(os.path.join(d, "gt.csv"), "label", ids, y_true)
    write_csv(os.path.join(d, "pred.csv"), "label", [ids[i] for i in order], [y_pred[i] for i in order])
    labels = sorted(set(y_true) | set(y_pred))
    out = {"n": n, "labels": labels, "accuracy": accuracy_score(y_true, y_pred)}
    for avg in ("macro", "micro", "weighted"):
        p, r, f, _ = precision_recall_fscore_support(y_true, y_pred, average=avg, zero_division="warn")
        out["precision_" + avg], out["recall_" + avg], out["f1_" + avg] = float(p), float(r), float(f)
    p, r, f, s = precision_recall_fscore_support(y_true, y_pred, labels=labels, average=None)
    out["per_class"] = {l: {"precision": float(p[i]), "recall": float(r[i]), "f1": float(f[i]),
                            "support": int(s[i])} for i, l in enumerate(labels)}
    out["confusion_matrix"] = {"labels": labels,
                               "matrix": confusion_matrix(y_true, y_pred, labels=labels).tolist()}
    with open(os.path.join(d, "expected.json"), "w") as f:
        json.dump(out, f, indent=1)


def regression_case(name, y_true, y_pred):
    d = os.path.join(OUT, "regression", name)
    os.makedirs(d, exist_ok=True)
    n = len(y_true)
    ids = list(range(10, 10 + n))
    write_csv(os.path.join(d, "gt.csv"), "value", ids, [repr(float(v)) for v in y_true])
    write_csv(os.path.join(d, "pred.csv"), "value", ids[::-1], [repr(float(v)) for v in y_pred[::-1]])
    yt = np.array(y_true, dtype=np.float64)
    yp = np.array(y_pred, dtype=np.float64)
    out = {"n": n,
           "mse": float(mean_squared_error(yt, yp)),
           "rmse": float(mean_squared_error(yt, yp, squared=False)),
           "mae": float(mean_absolute_error(yt, yp)),
           "r2": float(r2_score(yt, yp)),
           "mape": float(mean_absolute_percentage_error(yt, yp))}
    with open(os.path.join(d, "expected.json"), "w") as f:
        json.dump(out, f, indent=1)


def main():
    rng = np.random.default_rng(20240611)
    # 12 labels, some only predicted, some never predicted; 3,000 rows so numpy's pairwise
    # summation takes its recursive branch in the averages.
    truth_labels = ["c%02d" % i for i in range(10)]
    pred_labels = truth_labels[2:] + ["x_only_pred", "y_only_pred"]
    n = 3000
    yt = list(rng.choice(truth_labels, n, p=np.linspace(1, 3, 10) / np.linspace(1, 3, 10).sum()))
    yp = [t if (rng.random() < 0.6 and t in pred_labels) else str(rng.choice(pred_labels)) for t in yt]
    classification_case("many_labels", yt, yp, ids=rng.permutation(np.arange(5, 5 + 3 * n, 3)))

    # Constant ground truth: sklearn 1.2 r2_score(force_finite=True) gives 1.0 for perfect
    # predictions and 0.0 otherwise, but only when y − mean(y) is exactly 0.
    regression_case("constant_perfect", [5.0] * 6, [5.0] * 6)
    regression_case("constant_imperfect", [5.0] * 6, [5.0, 5.5, 4.0, 5.0, 6.0, 5.0])
    # mean([0.1]*3) is 0.10000000000000002 in numpy, so the denominator is tiny, not zero.
    regression_case("constant_inexact_mean", [0.1] * 3, [0.1, 0.2, 0.1])
    # A zero truth value takes MAPE's eps branch; 1,000 rows take the pairwise recursion.
    yt = rng.normal(10.0, 30.0, 1000)
    yt[17] = 0.0
    yp = yt + rng.normal(0.0, 4.0, 1000)
    regression_case("pairwise_1000", list(yt), list(yp))


if __name__ == "__main__":
    main()

#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""End-to-end timing of `evalbench score WORKSPACE` on the three large ML cases, next to pandas +
scikit-learn run as a user would run a script (a whole `python3 peer_sklearn.py` process).

What a user waits for: evalbench validates the workspace, loads the files, computes every metric,
writes output/result.json, stores the run in SQLite and writes the report files. Each run gets a
fresh --data-dir. Wall time and peak RSS are those of the child process (os.wait4), so Python's
own start-up never counts for evalbench, and always counts for the peer.

The workspaces (meta.json + symlinks input/gt.* and output/pred.*) are built from the output of
`/usr/bin/python3 /work/shared/data/ml/gen.py --no-expected --out DIR` (default DIR /tmp/ml-large/cases).
The runs of evalbench and of the peer alternate, so a busy machine slows both alike; quote the
ratio of medians from one run of this script.

  python3 bench/ml/bench_score.py build/release/app/evalbench --runs 5 --peer-runs 3

pycocotools cannot be installed here (no Debian package), so detection is compared with the
figures of the issue (17.5 s, 490 MiB) instead of a peer run.
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
TASKS = {
    # task: (scorer, files, issue's peer figures for reference: seconds, MiB or None)
    "classification": ("classification_f1", ("gt.csv", "pred.csv"), (11.9, 275)),
    "regression": ("regression_rmse", ("gt.csv", "pred.csv"), (2.5, None)),
    "detection": ("detection_map", ("gt.json", "pred.json"), (17.5, 490)),
}


def build_workspace(root, data, task):
    scorer, (gt, pred), _ = TASKS[task]
    source = data / task / "large"
    ws = root / task
    (ws / "input").mkdir(parents=True, exist_ok=True)
    (ws / "output").mkdir(parents=True, exist_ok=True)
    for name, folder in ((gt, "input"), (pred, "output")):
        if not (source / name).is_file():
            sys.exit(f"{source / name} is missing: run gen.py --no-expected --out {data}")
        link = ws / folder / name
        if link.is_symlink() or link.exists():
            link.unlink()
        link.symlink_to(source / name)
    (ws / "meta.json").write_text(json.dumps({"scorer": scorer, "params": {}}) + "\n")
    return ws


def timed_child(argv):
    """Wall seconds, peak RSS (MiB) and stdout of one child process. fork + exec + wait4 by hand:
    wait4 gives this child's own rusage, whereas RUSAGE_CHILDREN's ru_maxrss is the largest of all
    children so far, and subprocess reaps the child without keeping its rusage."""
    t0 = time.perf_counter()
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(r)
        os.dup2(w, 1)
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 2)
        try:
            os.execv(argv[0], [str(a) for a in argv])
        finally:
            os._exit(127)
    os.close(w)
    chunks = []
    while True:
        chunk = os.read(r, 65536)
        if not chunk:
            break
        chunks.append(chunk)
    os.close(r)
    _, status, usage = os.wait4(pid, 0)
    seconds = time.perf_counter() - t0
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        sys.exit(f"{' '.join(map(str, argv))} exited with {code}")
    return seconds, usage.ru_maxrss / 1024.0, b"".join(chunks)


def score_once(evalbench, ws):
    result = ws / "output" / "result.json"
    if result.exists():
        result.unlink()
    data_dir = Path(tempfile.mkdtemp(prefix="eb-score-"))
    try:
        seconds, rss, _ = timed_child([evalbench, "--data-dir", data_dir, "score", ws])
        status = json.loads(result.read_text())
        if "summary" not in status:
            sys.exit(f"{result}: no summary: {status.get('error')}")
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)
    return seconds, rss


def peer_once(python, task, data):
    seconds, rss, out = timed_child([python, HERE / "peer_sklearn.py", "--once", task, data])
    inner = json.loads(out.decode().strip().splitlines()[-1])["seconds"]
    return seconds, rss, inner


def describe(values, unit="s"):
    return (f"median {statistics.median(values):.3f} {unit} (min {min(values):.3f}, max {max(values):.3f}, "
            f"n={len(values)})")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("evalbench", type=Path, help="release build: build/release/app/evalbench")
    ap.add_argument("--data", type=Path, default=Path("/tmp/ml-large/cases"), help="gen.py's --out folder")
    ap.add_argument("--work", type=Path, default=None, help="where the workspaces go (default: a temp folder)")
    ap.add_argument("--runs", type=int, default=5, help="evalbench runs per task")
    ap.add_argument("--peer-runs", type=int, default=3, help="pandas + scikit-learn runs per task (0: none)")
    ap.add_argument("--tasks", default="classification,regression,detection")
    ap.add_argument("--python", default="/usr/bin/python3", help="the Python that has pandas and scikit-learn")
    args = ap.parse_args()
    evalbench = args.evalbench.resolve()
    data = args.data.resolve()
    work = args.work or Path(tempfile.mkdtemp(prefix="eb-ws-"))
    print(f"load average at start: {os.getloadavg()[0]:.2f}, {os.cpu_count()} cores", flush=True)

    for task in args.tasks.split(","):
        ws = build_workspace(work, data, task)
        has_peer = task != "detection" and args.peer_runs > 0
        score_once(evalbench, ws)  # warm the page cache for both sides
        ours, ours_rss, peer, peer_rss, peer_inner = [], [], [], [], []
        for i in range(max(args.runs, args.peer_runs if has_peer else 0)):
            if i < args.runs:
                s, m = score_once(evalbench, ws)
                ours.append(s)
                ours_rss.append(m)
            if has_peer and i < args.peer_runs:
                s, m, inner = peer_once(args.python, task, data)
                peer.append(s)
                peer_rss.append(m)
                peer_inner.append(inner)
        print(f"{task}: evalbench score {describe(ours)}, peak RSS median {statistics.median(ours_rss):.1f} MiB "
              f"(max {max(ours_rss):.1f})", flush=True)
        ref_s, ref_mib = TASKS[task][2]
        if has_peer:
            print(f"  pandas+sklearn whole process {describe(peer)}, peak RSS median "
                  f"{statistics.median(peer_rss):.1f} MiB; its work after the imports {describe(peer_inner)}")
            print(f"  ratio (peer / evalbench, medians): {statistics.median(peer) / statistics.median(ours):.1f}x "
                  f"whole process; {statistics.median(peer_inner) / statistics.median(ours):.1f}x against the "
                  f"peer's work without its start-up", flush=True)
        mib = f", {ref_mib} MiB" if ref_mib else ""
        print(f"  issue's figure for the peer: {ref_s} s{mib} -> {ref_s / statistics.median(ours):.1f}x", flush=True)
    print(f"load average at end: {os.getloadavg()[0]:.2f}")
    if args.work is None:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

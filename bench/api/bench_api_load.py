#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Load test of the Dify listener: `evalbench serve` on 127.0.0.1 against wrk posting
POST /api/score/async for a fixed time, then a check that every 202 ends `completed`.

Prints: accepted requests/s, latency percentiles (wrk), the answers by status, the jobs that
completed, the server's RSS over time (memory should stay flat) and how long the queue took to
drain after the load stopped. Everything stays on loopback and stops by itself.

  python3 bench/api/bench_api_load.py build/release/app/evalbench [--seconds 30] [--connections 32]
"""
import argparse
import json
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get_json(url):
    with urllib.request.urlopen(url, timeout=10) as r:
        return json.loads(r.read())


def rss_mib(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024.0
    except OSError:
        return None
    return None


def cpu_seconds(pid):
    """utime + stime of a process, in seconds."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("evalbench")
    ap.add_argument("--seconds", type=int, default=30)
    ap.add_argument("--connections", type=int, default=32)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--drain-timeout", type=int, default=600)
    ap.add_argument("--rss-log", help="write the RSS samples (seconds, MiB) to this file")
    args = ap.parse_args()

    data_dir = tempfile.mkdtemp(prefix="evalbench-load-")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([args.evalbench, "--data-dir", data_dir, "serve", "--port", str(port)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.time() + 30
        while True:
            try:
                get_json(base + "/healthz")
                break
            except OSError:
                if time.time() > deadline or server.poll() is not None:
                    sys.exit("evalbench serve did not come up: " + (server.stderr.read() if server.poll() is not None else ""))
                time.sleep(0.1)

        samples = []  # (seconds since start, RSS MiB)
        stop = threading.Event()
        t0 = time.time()

        def sample():
            while not stop.is_set():
                samples.append((time.time() - t0, rss_mib(server.pid)))
                stop.wait(1.0)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        cpu_before = cpu_seconds(server.pid)
        wrk = subprocess.run(["wrk", "-t", str(args.threads), "-c", str(args.connections), "-d", f"{args.seconds}s",
                              "--latency", "-s", os.path.join(HERE, "post_score.lua"), base + "/api/score/async"],
                             capture_output=True, text=True)
        load_end = time.time()
        cpu_load = cpu_seconds(server.pid) - cpu_before
        out = wrk.stdout
        rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
        status = dict(re.findall(r"(\w+)=(\d+)", re.search(r"STATUS (.*)", out).group(1)))
        percentiles = {float(p): float(ms) for p, ms in re.findall(r"PERCENTILE ([\d.]+) ([\d.]+)", out)}
        accepted = int(status["accepted"])

        # Drain: every accepted job must end completed.
        drained_at = None
        while time.time() < load_end + args.drain_timeout:
            open_jobs = sum(get_json(f"{base}/api/score/jobs?status={s}&limit=1")["total"] for s in ("queued", "running"))
            if open_jobs == 0:
                drained_at = time.time()
                break
            time.sleep(0.5)
        completed = get_json(f"{base}/api/score/jobs?status=completed&limit=1")["total"]
        failed = get_json(f"{base}/api/score/jobs?status=failed&limit=1")["total"]
        stop.set()
        sampler.join()

        print(f"load: {args.seconds} s, {args.connections} connections, {args.threads} wrk threads")
        print(f"accepted (202): {accepted}  other: {status['other']}  5xx: {status['server_errors']}")
        print(f"requests/s: {rps:.0f}   latency ms p50 {percentiles.get(50.0, 0):.2f}  p90 {percentiles.get(90.0, 0):.2f}"
              f"  p99 {percentiles.get(99.0, 0):.2f}  p99.9 {percentiles.get(99.9, 0):.2f}")
        # wrk stops with requests in flight: those may be committed (and complete) without wrk
        # counting their 202, so more completed jobs than counted 202s is expected; fewer is a loss.
        print(f"jobs completed: {completed}  failed: {failed}  lost: {max(0, accepted - completed - failed)}")
        # CPU per accepted post is steadier than posts/s on a shared machine (it ignores steal
        # time and the other processes): it is what to compare between builds.
        print(f"server CPU during the load: {cpu_load:.1f} s = {cpu_load / max(1, accepted) * 1e6:.0f} µs per accepted post"
              f" ({cpu_load / args.seconds * 100:.0f}% of one core)")
        print("queue drained {:.1f} s after the load".format(drained_at - load_end) if drained_at else "queue NOT drained")
        during = [m for t, m in samples if m is not None and t <= load_end - t0]
        if during:
            third = max(1, len(during) // 3)
            print(f"server RSS MiB: first third max {max(during[:third]):.0f}, middle third max "
                  f"{max(during[third:-third] or during):.0f}, last third max {max(during[-third:]):.0f},"
                  f" peak {max(m for _, m in samples if m):.0f}")
        if args.rss_log:
            with open(args.rss_log, "w") as f:
                for t, m in samples:
                    f.write(f"{t:.1f} {m}\n")
        print(out.split("STATUS")[0].strip())
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=60)
        except subprocess.TimeoutExpired:
            server.kill()


if __name__ == "__main__":
    main()

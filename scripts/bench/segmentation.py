#!/usr/bin/python3
"""Segmentation speed: Personas' k-means against scikit-learn on identical data, in the same run.

Usage (from the repository root; needs Debian's python3-sklearn and libopenblas0-pthread, see docs/benchmarks.md):
    /usr/bin/python3 scripts/bench/segmentation.py [--rows 1000000] [--cols 20] [--k 8] [--out DIR]

Generates a seeded Gaussian mixture (float32), runs `tests/Personas.Benchmarks segmentation-peer` on it, runs
scikit-learn on the same file, and prints every figure of the issue with the ratios. Writes peer.json to --out.
"""
import argparse
import json
import os
import subprocess
import sys
import time

import numpy as np
from sklearn.cluster import KMeans
from sklearn.metrics import silhouette_score


def median_time(repeats, fn):
    """Median wall and process CPU time (all threads) in ms; the machine is shared, so CPU time is reported too."""
    fn()  # warm-up, as the C# side does
    wall, cpu = [], []
    result = None
    for _ in range(repeats):
        t, c = time.perf_counter(), time.process_time()
        result = fn()
        wall.append((time.perf_counter() - t) * 1000)
        cpu.append((time.process_time() - c) * 1000)
    wall.sort()
    cpu.sort()
    return wall[len(wall) // 2], cpu[len(cpu) // 2], result


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--cols", type=int, default=20)
    ap.add_argument("--k", type=int, default=8)
    ap.add_argument("--out", default="/tmp/personas-bench")
    ap.add_argument("--skip-mlnet", action="store_true")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    repo = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))

    rng = np.random.default_rng(42)
    # Overlapping clusters (centres in [-1.5, 1.5]^d, unit noise), so runs take many iterations as real customer data does.
    centres = rng.uniform(-1.5, 1.5, size=(a.k, a.cols))
    which = rng.integers(0, a.k, size=a.rows)
    X = (centres[which] + rng.standard_normal((a.rows, a.cols))).astype(np.float32)
    data = os.path.join(a.out, "x.f32")
    X.tofile(data)
    init_path = os.path.join(a.out, "init.f32")
    cs_json = os.path.join(a.out, "personas.json")

    cmd = ["dotnet", "run", "-c", "Release", "--project", os.path.join(repo, "tests", "Personas.Benchmarks"), "--",
           "segmentation-peer", "--data", data, "--rows", str(a.rows), "--cols", str(a.cols), "--k", str(a.k),
           "--init-out", init_path, "--out", cs_json]
    if a.skip_mlnet:
        cmd.append("--skip-mlnet")
    print("personas:", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True)
    cs = json.load(open(cs_json))

    init = np.fromfile(init_path, dtype=np.float32).reshape(a.k, a.cols)
    sk = {}
    print("scikit-learn", __import__("sklearn").__version__, "numpy", np.__version__, flush=True)

    def lloyd20():
        return KMeans(a.k, init=init, n_init=1, max_iter=20, tol=0, algorithm="lloyd").fit(X)
    ms, cpu, km = median_time(3, lloyd20)
    sk["lloydPerIterationMs"] = ms / km.n_iter_
    sk["lloydPerIterationCpuMs"] = cpu / km.n_iter_
    sk["lloydIterations"] = int(km.n_iter_)
    print(f"sklearn Lloyd from the same init, {km.n_iter_} iterations: {sk['lloydPerIterationMs']:.1f} ms per iteration", flush=True)

    def fit50():
        return KMeans(a.k, n_init=1, max_iter=50, random_state=42).fit(X)
    ms, cpu, km = median_time(3, fit50)
    sk["fitMs"] = ms
    sk["fitCpuMs"] = cpu
    sk["fitInertia"] = float(km.inertia_)
    sk["fitIterations"] = int(km.n_iter_)
    print(f"sklearn KMeans(n_init=1, max_iter=50): {ms:.0f} ms, {km.n_iter_} iterations, inertia {km.inertia_:.1f}", flush=True)

    t, c = time.perf_counter(), time.process_time()
    sils = {}
    for k in range(2, 11):
        labels = KMeans(k, n_init=1, random_state=42).fit(X).labels_
        sils[k] = float(silhouette_score(X, labels, sample_size=10000, random_state=0))
    sk["sweepMs"] = (time.perf_counter() - t) * 1000
    sk["sweepCpuMs"] = (time.process_time() - c) * 1000
    sk["sweepChosenK"] = max(sils, key=sils.get)
    print(f"sklearn sweep k=2..10 + silhouette_score(sample_size=10000): {sk['sweepMs']:.0f} ms, best silhouette at k = {sk['sweepChosenK']}", flush=True)

    ratios = {
        "lloydPassOverBound": cs["lloydPassOverBound"],
        "lloydIterationSpeedup": sk["lloydPerIterationMs"] / cs["lloydPerIterationMs"],
        "fitSpeedup": sk["fitMs"] / cs["fitMs"],
        "fitInertiaRatio": cs["fitInertia"] / sk["fitInertia"],
        "sweepSpeedup": sk["sweepMs"] / cs["sweepMs"],
        "sweepWithStabilitySpeedup": sk["sweepMs"] / cs["sweepWithStabilityMs"],
        "lloydPassOverBoundCpu": cs["lloydPassOverBoundCpu"],
        "lloydIterationSpeedupCpu": sk["lloydPerIterationCpuMs"] / cs["lloydPerIterationCpuMs"],
        "hamerlyIterationSpeedup": sk["lloydPerIterationMs"] / cs["hamerlyPerIterationMs"],
        "hamerlyIterationSpeedupCpu": sk["lloydPerIterationCpuMs"] / cs["hamerlyPerIterationCpuMs"],
        "fitSpeedupCpu": sk["fitCpuMs"] / cs["fitCpuMs"],
        "sweepSpeedupCpu": sk["sweepCpuMs"] / cs["sweepCpuMs"],
    }
    if "fitMlNetMs" in cs:
        ratios["mlnetOverNativeFitTime"] = cs["fitMlNetMs"] / cs["fitMs"]
        ratios["mlnetOverNativeInertia"] = cs["fitMlNetInertia"] / cs["fitInertia"]
    print()
    print("| figure | Personas wall (CPU) | scikit-learn wall (CPU) | ratio wall (CPU) | target |")
    print("| --- | --- | --- | --- | --- |")
    print(f"| memory pass = bound ({cs['bandwidthGBs']:.1f} GB/s) | {cs['bandwidthPassMs']:.1f} ms ({cs['bandwidthPassCpuMs']:.1f}) | | | |")
    print(f"| one Lloyd pass vs the memory pass | {cs['lloydPassMs']:.1f} ms ({cs['lloydPassCpuMs']:.1f}) | | {ratios['lloydPassOverBound']:.2f}x ({ratios['lloydPassOverBoundCpu']:.2f}x) the bound | <= 1.5x |")
    print(f"| Lloyd per iteration (same init, 20 iterations) | {cs['lloydPerIterationMs']:.1f} ms ({cs['lloydPerIterationCpuMs']:.1f}) | {sk['lloydPerIterationMs']:.1f} ms ({sk['lloydPerIterationCpuMs']:.1f}) | {ratios['lloydIterationSpeedup']:.1f}x ({ratios['lloydIterationSpeedupCpu']:.1f}x) faster | >= 5x |")
    print(f"| Hamerly per iteration (same init, same labels as Lloyd) | {cs['hamerlyPerIterationMs']:.1f} ms ({cs['hamerlyPerIterationCpuMs']:.1f}) | {sk['lloydPerIterationMs']:.1f} ms ({sk['lloydPerIterationCpuMs']:.1f}) | {ratios['hamerlyIterationSpeedup']:.1f}x ({ratios['hamerlyIterationSpeedupCpu']:.1f}x) faster | (>= 5x) |")
    print(f"| full fit, 1 restart, <= 50 iterations | {cs['fitMs']:.0f} ms ({cs['fitCpuMs']:.0f}), inertia {cs['fitInertia']:.6g} | {sk['fitMs']:.0f} ms ({sk['fitCpuMs']:.0f}), inertia {sk['fitInertia']:.6g} | {ratios['fitSpeedup']:.1f}x ({ratios['fitSpeedupCpu']:.1f}x) faster | >= 3x |")
    print(f"| auto-k sweep 2..10 + 10,000-row silhouette | {cs['sweepMs']:.0f} ms ({cs['sweepCpuMs']:.0f}) | {sk['sweepMs']:.0f} ms ({sk['sweepCpuMs']:.0f}) | {ratios['sweepSpeedup']:.1f}x ({ratios['sweepSpeedupCpu']:.1f}x) faster | >= 5x |")
    print(f"| the same sweep plus stability (10 resamples per k) | {cs['sweepWithStabilityMs']:.0f} ms | (not computed) | {ratios['sweepWithStabilitySpeedup']:.1f}x | |")
    if "fitMlNetMs" in cs:
        print(f"| ML.NET engine full fit (1 run) | {cs['fitMlNetMs']:.0f} ms (inertia {cs['fitMlNetInertia']:.4g}) | | {ratios['mlnetOverNativeFitTime']:.1f}x the native time | |")
    print(f"| memory allocated by a fit | {cs['fitAllocatedMB']:.0f} MB (matrix {cs['matrixMB']:.0f} MB) | | | O(n), no n x k matrix |")
    json.dump({"personas": cs, "sklearn": sk, "ratios": ratios}, open(os.path.join(a.out, "peer.json"), "w"), indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())

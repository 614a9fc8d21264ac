#!/usr/bin/python3
"""End to end: `personas build --k auto` against an analyst's scikit-learn script, on the same CSV, in one run.

Usage (from the repository root; needs Debian's python3-sklearn, python3-pandas and libopenblas0-pthread):
    /usr/bin/python3 scripts/bench/build_e2e.py [--rows 1000000] [--cols 20] [--runs 3] [--dir /var/tmp/personas-e2e]
    /usr/bin/python3 scripts/bench/build_e2e.py --rows 10000000 --runs 1 --skip-sklearn    # the 10M run

Generates (once per size, kept in --dir) a seeded CSV: an id and --cols numeric columns with two decimals, drawn from
8 planted, overlapping Gaussian clusters (the cluster of each row is written beside it to truth.u8, never into the
CSV). Sizes above 1M that are whole millions repeat the 1M file with distinct ids (the same as the sed-built file
used for the figures in docs/benchmarks.md). Then, per run, alternately: the scikit-learn script (pandas read_csv, StandardScaler, KMeans(k, n_init=1) for
k = 2..10, silhouette_score(sample_size=10000), labels of the best k) and `personas build --customers F --id id --k
auto --out O` (the Release apphost, built first). Each run is measured with /usr/bin/time -v (wall, user+sys CPU,
peak RSS) and the load average before it. Prints a Markdown table, the ratios (median and range over runs), the
adjusted Rand index of both against the planted clusters, and writes results.json to --dir.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time

import numpy as np

SKLEARN_SCRIPT = r'''
import sys, time
import numpy as np, pandas as pd
from sklearn.preprocessing import StandardScaler
from sklearn.cluster import KMeans
from sklearn.metrics import silhouette_score
t0 = time.perf_counter()
df = pd.read_csv(sys.argv[1])
X = StandardScaler().fit_transform(df.drop(columns=["id"]).to_numpy(dtype=np.float64))
t1 = time.perf_counter()
best = None
for k in range(2, 11):
    km = KMeans(k, n_init=1, random_state=42).fit(X)
    s = silhouette_score(X, km.labels_, sample_size=10000, random_state=0)
    if best is None or s > best[0]:
        best = (s, k, km.labels_)
t2 = time.perf_counter()
pd.DataFrame({"id": df["id"], "persona": best[2]}).to_csv(sys.argv[2], index=False)
np.asarray(best[2], dtype=np.uint8).tofile(sys.argv[2] + ".u8")
print(f"sklearn: read+scale {t1 - t0:.1f} s, sweep {t2 - t1:.1f} s, write {time.perf_counter() - t2:.1f} s, k = {best[1]}", file=sys.stderr)
'''


def generate(path, truth_path, rows, cols, seed=7, chunk=1_000_000):
    rng = np.random.default_rng(seed)
    centres = rng.uniform(-1.5, 1.5, size=(8, cols))
    scale = rng.uniform(5, 200, size=cols)
    offset = rng.uniform(2, 10, size=cols) * scale
    with open(path, "w") as f, open(truth_path, "wb") as t:
        f.write("id," + ",".join(f"x{c}" for c in range(cols)) + "\n")
        for start in range(0, rows, chunk):
            n = min(chunk, rows - start)
            which = rng.integers(0, 8, size=n)
            x = (centres[which] + rng.standard_normal((n, cols))) * scale + offset
            which.astype(np.uint8).tofile(t)
            ids = np.char.add("C", np.char.zfill(np.arange(start, start + n).astype(str), 9))
            body = np.column_stack([ids, np.char.mod("%.2f", np.round(x, 2))])
            f.write("\n".join(",".join(r) for r in body))
            f.write("\n")


def ari(a, b):
    """Adjusted Rand index (Hubert and Arabie), from the contingency table."""
    ka, kb = int(a.max()) + 1, int(b.max()) + 1
    table = np.zeros((ka, kb), dtype=np.int64)
    np.add.at(table, (a.astype(np.int64), b.astype(np.int64)), 1)
    comb = lambda x: float((x.astype(np.float64) * (x - 1) / 2).sum())
    index = comb(table)
    sa, sb, n = comb(table.sum(1)), comb(table.sum(0)), len(a)
    expected = sa * sb / (float(n) * (n - 1) / 2)
    return float((index - expected) / ((sa + sb) / 2 - expected))


def timed(cmd, env=None):
    load = os.getloadavg()[0]
    with tempfile.NamedTemporaryFile("r", suffix=".time") as tf:
        t = time.perf_counter()
        p = subprocess.run(["/usr/bin/time", "-v", "-o", tf.name] + cmd, env=env, capture_output=True, text=True)
        wall = time.perf_counter() - t
        report = tf.read()
    if p.returncode != 0:
        sys.stderr.write(p.stdout + p.stderr)
        raise SystemExit(f"failed ({p.returncode}): {' '.join(cmd)}")
    user = float(re.search(r"User time \(seconds\): ([\d.]+)", report).group(1))
    sys_ = float(re.search(r"System time \(seconds\): ([\d.]+)", report).group(1))
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", report).group(1))
    return {"wall": wall, "cpu": user + sys_, "peakMiB": rss / 1024, "load": load,
            "loadAfter": os.getloadavg()[0], "stdout": p.stdout, "stderr": p.stderr}


def read_personas_labels(assignments, n):
    """persona index per row of assignments.csv (rows in input order), P1 -> 0."""
    labels = np.empty(n, dtype=np.int64)
    with open(assignments) as f:
        header = f.readline().strip().split(",")
        col = header.index("persona_id")
        for i, line in enumerate(f):
            labels[i] = int(line.split(",")[col].strip('"')[1:]) - 1
    return labels


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--cols", type=int, default=20)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--dir", default="/var/tmp/personas-e2e")
    ap.add_argument("--skip-sklearn", action="store_true")
    ap.add_argument("--skip-build", action="store_true", help="use the Release apphost as it is")
    ap.add_argument("--extra", default="", help="more options for personas build, e.g. '--threads 1'")
    ap.add_argument("--compare-restarts", action="store_true", help="also run --restart-sample 0 once and compare every k's inertia")
    a = ap.parse_args()
    repo = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
    os.makedirs(a.dir, exist_ok=True)
    data = os.path.join(a.dir, f"customers-{a.rows}x{a.cols}.csv")
    truth_path = data + ".truth.u8"
    if not os.path.exists(data) and a.rows > 1_000_000 and a.rows % 1_000_000 == 0:
        # Formatting 200M numbers in Python takes half an hour here: larger files repeat the 1M file with distinct ids.
        base = os.path.join(a.dir, f"customers-1000000x{a.cols}.csv")
        if not os.path.exists(base):
            generate(base + ".tmp", base + ".truth.u8", 1_000_000, a.cols)
            os.replace(base + ".tmp", base)
        print(f"generating {data}: {a.rows // 1_000_000} copies of {base}, ids C0... to C{a.rows // 1_000_000 - 1}...", flush=True)
        with open(data + ".tmp", "w") as out, open(truth_path, "wb") as t, open(base) as f:
            out.write(f.readline())
            body = f.read()
            base_truth = open(base + ".truth.u8", "rb").read()
            for j in range(a.rows // 1_000_000):
                out.write(("\n" + body).replace("\nC", f"\nC{j}")[1:])
                t.write(base_truth)
        os.replace(data + ".tmp", data)
    if not os.path.exists(data):
        print(f"generating {data} ...", flush=True)
        generate(data + ".tmp", truth_path, a.rows, a.cols)
        os.replace(data + ".tmp", data)
    truth = np.fromfile(truth_path, dtype=np.uint8)
    size_mb = os.path.getsize(data) / 1e6
    print(f"{data}: {a.rows:,} rows x {a.cols} numeric columns, {size_mb:.0f} MB", flush=True)

    if not a.skip_build:
        subprocess.run(["dotnet", "build", "-c", "Release", "-v", "q", "--nologo", os.path.join(repo, "src", "Personas.Cli")], check=True)
    personas = os.path.join(repo, "src", "Personas.Cli", "bin", "Release", "net10.0", "Personas.Cli")
    script = os.path.join(a.dir, "analyst.py")
    with open(script, "w") as f:
        f.write(SKLEARN_SCRIPT)

    runs = []
    for r in range(a.runs):
        run = {}
        if not a.skip_sklearn:
            sk_out = os.path.join(a.dir, "sklearn-labels.csv")
            run["sklearn"] = timed(["/usr/bin/python3", script, data, sk_out])
            run["sklearn"]["ari"] = ari(truth, np.fromfile(sk_out + ".u8", dtype=np.uint8))
            print(f"run {r + 1} scikit-learn: {run['sklearn']['wall']:.1f} s wall, {run['sklearn']['cpu']:.1f} s CPU, "
                  f"peak {run['sklearn']['peakMiB']:.0f} MiB, load {run['sklearn']['load']:.1f}; {run['sklearn']['stderr'].strip()}", flush=True)
        out = os.path.join(a.dir, "out")
        cmd = [personas, "build", "--customers", data, "--id", "id", "--k", "auto", "--out", out, "--verbose"] + a.extra.split()
        run["personas"] = p = timed(cmd)
        p["ari"] = ari(truth, read_personas_labels(os.path.join(out, "assignments.csv"), a.rows))
        p["k"] = json.load(open(os.path.join(out, "personas.json")))["k"]
        p["stages"] = [line for line in p["stderr"].splitlines() if "stage" in line or " s " in line][-40:]
        print(f"run {r + 1} personas: {p['wall']:.1f} s wall, {p['cpu']:.1f} s CPU, peak {p['peakMiB']:.0f} MiB, "
              f"load {p['load']:.1f}, k = {p['k']}, ARI {p['ari']:.4f}", flush=True)
        runs.append(run)

    if a.compare_restarts:
        # Today's restarts (all ten on all rows) against restarts on a sample: the inertia on all rows of every k.
        out0 = os.path.join(a.dir, "out-all-rows")
        t = timed([personas, "build", "--customers", data, "--id", "id", "--k", "auto", "--restart-sample", "0", "--out", out0] + a.extra.split())
        sampled = json.load(open(os.path.join(a.dir, "out", "personas.json")))
        full = json.load(open(os.path.join(out0, "personas.json")))
        print(f"\n--restart-sample 0 (every restart on all rows): {t['wall']:.1f} s wall, {t['cpu']:.1f} s CPU, load {t['load']:.1f}, k = {full['k']}")
        print("| k | inertia, restarts on all rows | inertia, restarts on a 50,000 sample + refinement | ratio |")
        print("| --- | --- | --- | --- |")
        ratios = []
        for f_, s_ in zip(full["kSelection"]["scores"], sampled["kSelection"]["scores"]):
            ratios.append(s_["inertia"] / f_["inertia"])
            print(f"| {f_['k']} | {f_['inertia']:.6g} | {s_['inertia']:.6g} | {ratios[-1]:.5f} |")
        print(f"chosen k: {full['k']} (all rows) vs {sampled['k']} (sample); worst inertia ratio {max(ratios):.5f} (target <= 1.001)")
        run_all = {"wall": t["wall"], "cpu": t["cpu"], "load": t["load"], "k": full["k"], "worstInertiaRatio": max(ratios)}
    else:
        run_all = None

    def summary(key, side):
        v = sorted(r[side][key] for r in runs)
        return v[len(v) // 2], v[0], v[-1]

    print()
    print(f"| {a.rows:,} x {a.cols} ({size_mb:.0f} MB) | wall s | CPU s | peak MiB | load | k | ARI vs planted |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for side in (["sklearn"] if not a.skip_sklearn else []) + ["personas"]:
        for i, r in enumerate(runs):
            s = r[side]
            print(f"| {side} run {i + 1} | {s['wall']:.1f} | {s['cpu']:.1f} | {s['peakMiB']:.0f} | {s['load']:.1f} | {s.get('k', '')} | {s['ari']:.4f} |")
    result = {"rows": a.rows, "cols": a.cols, "csvMB": size_mb, "allRowRestarts": run_all, "runs": [{side: {k: v for k, v in s.items() if k not in ("stdout", "stderr")} for side, s in r.items()} for r in runs]}
    if not a.skip_sklearn:
        ratios = sorted(r["personas"]["wall"] / r["sklearn"]["wall"] for r in runs)
        cpu_ratios = sorted(r["personas"]["cpu"] / r["sklearn"]["cpu"] for r in runs)
        result["wallRatio"] = {"median": ratios[len(ratios) // 2], "min": ratios[0], "max": ratios[-1]}
        result["cpuRatio"] = {"median": cpu_ratios[len(cpu_ratios) // 2], "min": cpu_ratios[0], "max": cpu_ratios[-1]}
        print()
        print(f"personas / scikit-learn wall time: median {result['wallRatio']['median']:.2f}x (range {ratios[0]:.2f}-{ratios[-1]:.2f}x; target <= 0.2x); "
              f"CPU time: median {result['cpuRatio']['median']:.2f}x (range {cpu_ratios[0]:.2f}-{cpu_ratios[-1]:.2f}x)")
    print(f"personas peak memory: median {summary('peakMiB', 'personas')[0]:.0f} MiB; float32 matrix {a.rows * a.cols * 4 / 2**20:.0f} MiB, "
          f"limit 2x matrix + 1 GiB = {2 * a.rows * a.cols * 4 / 2**20 + 1024:.0f} MiB")
    with open(os.path.join(a.dir, "results.json"), "w") as f:
        json.dump(result, f, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())

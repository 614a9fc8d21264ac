#!/usr/bin/python3
"""Hostile input shapes of issue 18: wide files (200 rows x 2,500 and 10,000 numeric columns) and one huge line
(a 1.1 MB .gz holding one 1.2 GB line). Generates the files once (seeded) in --dir, runs `personas build` on each
through /usr/bin/time -v and prints wall, CPU, peak RSS, exit code, the load average before the run, and the
`timing:` lines of the slowest stages.

Usage (from the repository root):
    /usr/bin/python3 scripts/bench/hostile_inputs.py [--dir /var/tmp/personas-hostile] [--personas PATH] [--timeout 600]
--personas defaults to this checkout's Release apphost (built first unless --skip-build).
"""
import argparse
import os
import random
import re
import subprocess
import zlib


def wide(path, columns, rows=200, seed=1):
    r = random.Random(seed + columns)
    with open(path, "w") as f:
        f.write("id," + ",".join(f"c{j}" for j in range(columns)) + "\n")
        for i in range(rows):
            g = i % 3
            f.write(f"C{i}," + ",".join(f"{r.gauss(g * (j % 5 == 0), 1):.2f}" for j in range(columns)) + "\n")


def one_line_gz(path, size=1_200_000_000):
    c = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = b"x" * (1 << 24)
    with open(path, "wb") as f:
        for _ in range(size // len(block)):
            f.write(c.compress(block))
        f.write(c.compress(b"\n"))
        f.write(c.flush())


def run(personas, data, out, timeout):
    load = open("/proc/loadavg").read().split()[0]
    cmd = ["/usr/bin/time", "-v", personas, "build", "--customers", data, "--out", out, "--verbose"]
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
        err, code = p.stderr, p.returncode
    except subprocess.TimeoutExpired as e:
        return f"| {os.path.basename(data)} | > {timeout} (stopped) | | | | {load} | |"
    field = lambda name: re.search(name + r": ([\d.:]+)", err).group(1)
    wall = field(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\)")
    cpu = float(field("User time \\(seconds\\)")) + float(field("System time \\(seconds\\)"))
    peak = int(field("Maximum resident set size \\(kbytes\\)")) / 1024
    timings = sorted(((float(m.group(2)), m.group(1)) for m in re.finditer(r"timing: ([^:]+(?:: [^:]+)?): ([\d.]+) s wall", err)), reverse=True)[:3]
    slowest = ", ".join(f"{n} {w:.1f} s" for w, n in timings)
    message = next((l for l in err.splitlines() if l.startswith("error:")), "")[:160]
    return f"| {os.path.basename(data)} | {wall} | {cpu:.1f} | {peak:,.0f} | {code} | {load} | {slowest or message} |"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", default="/var/tmp/personas-hostile")
    ap.add_argument("--personas")
    ap.add_argument("--skip-build", action="store_true")
    ap.add_argument("--timeout", type=int, default=600)
    a = ap.parse_args()
    repo = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
    os.makedirs(a.dir, exist_ok=True)
    personas = a.personas
    if personas is None:
        if not a.skip_build:
            subprocess.run(["dotnet", "build", "-c", "Release", "-v", "q", "--nologo", os.path.join(repo, "src", "Personas.Cli")], check=True)
        personas = os.path.join(repo, "src", "Personas.Cli", "bin", "Release", "net10.0", "Personas.Cli")
    files = []
    for columns in (2500, 10000):
        path = os.path.join(a.dir, f"wide-200x{columns}.csv")
        if not os.path.exists(path):
            wide(path, columns)
        files.append(path)
    path = os.path.join(a.dir, "one-1.2GB-line.csv.gz")
    if not os.path.exists(path):
        one_line_gz(path)
    files.append(path)
    print("| input | wall (m:ss) | CPU s | peak MiB | exit | load before | slowest stages / error |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | --- |")
    for f in files:
        print(run(personas, f, os.path.join(a.dir, "out"), a.timeout), flush=True)


if __name__ == "__main__":
    main()

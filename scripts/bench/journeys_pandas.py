#!/usr/bin/env python3
"""Peer benchmark for issue 6: pandas doing variants, transition counts and top paths on the same events as
benchmarks JourneyBenchmarks (raw columns written by JourneyBenchmarks.WriteData / SyntheticEventLog.WriteRaw).

Usage: python3 scripts/bench/journeys_pandas.py DATA_DIR [--timings]
Needs Debian's python3-pandas (apt-get install -y python3-pandas libopenblas0-pthread).
Prints wall-clock and CPU seconds per step (CPU time is the fairer figure on a shared machine) and the peak resident memory.
"""
import resource
import sys
import time

import numpy as np
import pandas as pd


def main() -> None:
    data = sys.argv[1]
    timings = "--timings" in sys.argv
    t = time.perf_counter()
    customer = np.fromfile(f"{data}/customer.i32", dtype="<i4")
    ticks = np.fromfile(f"{data}/ticks.i64", dtype="<i8")
    touchpoint = np.fromfile(f"{data}/touchpoint.i32", dtype="<i4")
    conversion = np.fromfile(f"{data}/conversion.u8", dtype="u1").astype(bool)
    names = open(f"{data}/touchpoints.txt", encoding="utf-8").read().split()
    df = pd.DataFrame({"customer": customer, "ts": ticks, "touchpoint": pd.Categorical.from_codes(touchpoint, names), "conversion": conversion})
    load = time.perf_counter() - t
    print(f"events {len(df):,} customers {df['customer'].nunique():,} load {load:.2f} s")

    start = time.perf_counter()
    cpu_start = time.process_time()
    t = time.perf_counter()
    df = df.sort_values(["customer", "ts"], kind="stable", ignore_index=True)
    sort_cpu = time.process_time() - cpu_start
    print(f"sort {time.perf_counter() - t:.2f} s (cpu {sort_cpu:.2f} s)")

    t = time.perf_counter()
    paths = df.groupby("customer", sort=False)["touchpoint"].agg(tuple)
    converted = df.groupby("customer", sort=False)["conversion"].any()
    variants = pd.DataFrame({"path": paths, "converted": converted}).groupby("path", sort=False)["converted"].agg(["size", "sum"])
    print(f"variants {time.perf_counter() - t:.2f} s ({len(variants):,} variants)")

    t = time.perf_counter()
    same = df["customer"].to_numpy()[1:] == df["customer"].to_numpy()[:-1]
    src = df["touchpoint"].to_numpy()[:-1][same]
    dst = df["touchpoint"].to_numpy()[1:][same]
    edges = pd.DataFrame({"from": src, "to": dst})
    if timings:
        edges["seconds"] = (df["ts"].to_numpy()[1:][same] - df["ts"].to_numpy()[:-1][same]) / 1e7
        transitions = edges.groupby(["from", "to"], observed=True)["seconds"].agg(["size", "mean", "median", "min", "max", "sum", "std"])
    else:
        transitions = edges.groupby(["from", "to"], observed=True).size()
    print(f"transitions {time.perf_counter() - t:.2f} s ({len(transitions):,} edges)")

    t = time.perf_counter()
    top = variants.sort_values("size", ascending=False, kind="stable").head(20)
    print(f"top paths {time.perf_counter() - t:.2f} s (top share {top['size'].iloc[0] / len(paths):.4f})")

    total = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"pandas total {total:.2f} s wall, {cpu:.2f} s cpu (sort + variants + transitions + top paths); without the sort {cpu - sort_cpu:.2f} s cpu; peak RSS {peak:.0f} MB")


if __name__ == "__main__":
    main()

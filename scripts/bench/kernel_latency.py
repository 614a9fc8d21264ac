"""Kernel start-up and trivial-cell latency, measured with Jupyter's own KernelManager and BlockingKernelClient
(what a front end sees). The kernelspec is found on JUPYTER_PATH (scripts/bench/kernel.sh installs one).

usage: kernel_latency.py [KERNEL_NAME] [STARTS] [CELLS]
prints one JSON object: start-up seconds per start (process launch to kernel_info reply), the first cell's
seconds, and trivial-cell round trips ("1 + 1": execute_request to the idle status) after warm-up.
"""
import json
import statistics
import sys
import tempfile
import time
from queue import Empty

from jupyter_client.manager import KernelManager

name = sys.argv[1] if len(sys.argv) > 1 else "personas"
starts = int(sys.argv[2]) if len(sys.argv) > 2 else 5
cells = int(sys.argv[3]) if len(sys.argv) > 3 else 100


def run(kc, code):
    t0 = time.perf_counter()
    msg_id = kc.execute(code)
    while True:
        try:
            msg = kc.get_iopub_msg(timeout=60)
        except Empty:
            raise TimeoutError(code)
        if msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            return time.perf_counter() - t0


start_seconds, first_cell = [], []
latencies = []
for i in range(starts):
    km = KernelManager(kernel_name=name)
    t0 = time.perf_counter()
    km.start_kernel(cwd=tempfile.gettempdir())
    kc = km.client()
    kc.start_channels()
    kc.wait_for_ready(timeout=120)
    start_seconds.append(time.perf_counter() - t0)
    first_cell.append(run(kc, "1 + 1"))
    if i == starts - 1:
        for _ in range(10):
            run(kc, "1 + 1")
        latencies = [run(kc, "1 + 1") for _ in range(cells)]
    km.shutdown_kernel(now=False)
    kc.stop_channels()

q = statistics.quantiles(latencies, n=20)
print(json.dumps({
    "kernel": name,
    "start_seconds": start_seconds,
    "start_median": statistics.median(start_seconds),
    "first_cell_seconds": first_cell,
    "trivial_cell_ms_median": 1000 * statistics.median(latencies),
    "trivial_cell_ms_p95": 1000 * q[18],
    "trivial_cell_ms_max": 1000 * max(latencies),
    "cells": len(latencies),
}, indent=1))

"""Starts the kernel through Jupyter's KernelManager (the kernelspec found on JUPYTER_PATH), then checks restart,
interrupt over the control channel (interrupt_mode "message"), SIGINT, and shutdown. Prints what it saw as JSON.

usage: manager_checks.py WORKING_DIR [--sigint-ignored]

--sigint-ignored: the front end ignores SIGINT before it starts the kernel, as a process started in the background by a
non-interactive shell does (`jupyter lab &`, nohup, a CI job); the kernel inherits the ignore and must still be
interruptible by SIGINT.
"""
import json
import os
import signal
import sys
import time
from queue import Empty

from jupyter_client.manager import KernelManager

cwd = sys.argv[1]
seen = {}
if "--sigint-ignored" in sys.argv[2:]:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
seen["front_end_ignores_sigint"] = signal.getsignal(signal.SIGINT) == signal.SIG_IGN


def run(kc, code, timeout=120):
    msg_id = kc.execute(code)
    outputs = []
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            msg = kc.get_iopub_msg(timeout=1)
        except Empty:
            continue
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            break
        outputs.append({"type": msg["msg_type"], "content": msg["content"]})
    reply = kc.get_shell_msg(timeout=timeout)
    while reply["parent_header"].get("msg_id") != msg_id:
        reply = kc.get_shell_msg(timeout=timeout)
    return {"reply": reply["content"], "outputs": outputs}


started = time.time()
km = KernelManager(kernel_name="personas")
km.start_kernel(cwd=cwd)
kc = km.client()
kc.start_channels()
kc.wait_for_ready(timeout=120)
seen["ready_seconds"] = time.time() - started
seen["first"] = run(kc, "var a = 41;\na + 1")
seen["cwd"] = run(kc, "Environment.CurrentDirectory")


def interrupt(kc, how):
    # Interrupt a cell that is running: wait for the line it prints before it waits (on a loaded machine compiling the
    # cell can take longer than a fixed pause, and an interrupt before the cell runs is a different case).
    msg_id = kc.execute('Console.WriteLine("waiting");\nawait Task.Delay(60000, CancellationToken);')
    deadline = time.time() + 120
    while time.time() < deadline:
        try:
            msg = kc.get_iopub_msg(timeout=1)
        except Empty:
            continue
        if msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "stream" and "waiting" in msg["content"]["text"]:
            break
    time.sleep(0.2)
    t0 = time.time()
    how()
    while True:
        msg = kc.get_shell_msg(timeout=60)
        if msg["parent_header"].get("msg_id") == msg_id:
            return {"reply": msg["content"], "seconds": time.time() - t0}


seen["interrupt_message"] = interrupt(kc, km.interrupt_kernel)
seen["sigint"] = interrupt(kc, lambda: os.kill(km.provisioner.process.pid, signal.SIGINT))
seen["sigint_again"] = interrupt(kc, lambda: os.kill(km.provisioner.process.pid, signal.SIGINT))
seen["alive_after_interrupts"] = run(kc, "a + 2")

km.restart_kernel(now=False)
kc.wait_for_ready(timeout=120)
seen["after_restart_old_state"] = run(kc, "a")
seen["after_restart"] = run(kc, "1 + 1")

km.shutdown_kernel(now=False)
seen["alive_after_shutdown"] = km.is_alive()

# SIGTERM (what a front end sends when a kernel does not answer a shutdown request) stops the kernel.
km = KernelManager(kernel_name="personas")
km.start_kernel(cwd=cwd)
kc2 = km.client()
kc2.start_channels()
kc2.wait_for_ready(timeout=120)
km.provisioner.process.send_signal(signal.SIGTERM)
deadline = time.time() + 20
while km.is_alive() and time.time() < deadline:
    time.sleep(0.2)
seen["alive_after_sigterm"] = km.is_alive()
kc2.stop_channels()
if km.is_alive():
    km.shutdown_kernel(now=True)
kc.stop_channels()
print(json.dumps(seen))

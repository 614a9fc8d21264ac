"""Drives a running Personas kernel with Jupyter's own BlockingKernelClient and prints what it saw as JSON.

usage: protocol_checks.py CONNECTION_FILE PERSONAS_DLL SAMPLE_CSV

The C# tests (KernelProtocolTests) read the JSON and assert on it; this script only collects.
"""
import json
import sys
import time
from queue import Empty

from jupyter_client import BlockingKernelClient
from jupyter_client.session import Session
from jupyter_client.utils import run_sync

connection_file, personas_dll, sample_csv = sys.argv[1:4]
kc = BlockingKernelClient(connection_file=connection_file)
kc.load_connection_file()
kc.start_channels()
kc.wait_for_ready(timeout=120)
seen = {}


def collect(msg_id, timeout=120):
    """iopub messages of one request, up to its idle status."""
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
            return outputs
        outputs.append({"type": msg["msg_type"], "content": msg["content"]})
    raise TimeoutError("no idle status for " + msg_id)


def shell_reply(msg_id, timeout=120):
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            msg = kc.get_shell_msg(timeout=1)
        except Empty:
            continue
        if msg["parent_header"].get("msg_id") == msg_id:
            return msg
    raise TimeoutError("no shell reply for " + msg_id)


def control_msg(timeout=30):
    """The control channel's get_msg is a coroutine in this jupyter_client: run it to completion."""
    got = kc.control_channel.get_msg(timeout=timeout)
    return run_sync(lambda: got)() if hasattr(got, "__await__") else got


def run(code, **kw):
    msg_id = kc.execute(code, **kw)
    outputs = collect(msg_id)
    reply = shell_reply(msg_id)
    return {"reply": reply["content"], "outputs": outputs}


info = kc.kernel_info(reply=True, timeout=60)
seen["kernel_info"] = info["content"]

seen["first"] = run("1 + 1")
seen["state_set"] = run("var x = 20;")
seen["state_use"] = run("x * 2 + 2")
seen["stdout"] = run('Console.WriteLine("hello"); Console.Error.WriteLine("careful");')
seen["display"] = run('display(Html("<b>hi</b>")); display(Markdown("**md**"));')
seen["update"] = run('var shown = display("first"); shown.Update("second");')
seen["compile_error"] = run("var ok = 1;\nvar y = undefinedName + 1;")
seen["runtime_error"] = run('var a = 1;\nthrow new InvalidOperationException("boom");')
seen["after_error"] = run("x + 1")

load = '#r "' + personas_dll + '"\nusing Personas.Data;\nvar table = CustomerReader.ReadFile("' + sample_csv + '");\ntable.RowCount'
seen["load_library"] = run(load)
seen["table_html"] = run("table.Columns.Count")
seen["nuget_folder"] = run('#i "nuget: pkgs"\n#r "nuget: KernelGreeter"\nKernelGreeter.Hi')

seen["complete_member"] = kc.complete("table.", 6, reply=True, timeout=60)["content"]
seen["complete_prefix"] = kc.complete("var n = table.Row", len("var n = table.Row"), reply=True, timeout=60)["content"]
seen["complete_local"] = kc.complete("ta", 2, reply=True, timeout=60)["content"]
seen["complete_unicode"] = kc.complete('var s = "\U0001F600"; tab', len('var s = "\U0001F600"; tab'), reply=True, timeout=60)["content"]
seen["inspect"] = kc.inspect("CustomerReader.ReadFile", len("CustomerReader.ReadFile"), reply=True, timeout=60)["content"]
seen["inspect_variable"] = kc.inspect("table", 3, reply=True, timeout=60)["content"]
seen["is_complete_open"] = shell_reply(kc.is_complete("if (x > 1) {"))["content"]
seen["is_complete_done"] = shell_reply(kc.is_complete("var z = 1;"))["content"]
seen["history"] = kc.history(hist_access_type="tail", n=3, reply=True, timeout=60)["content"]
comm_info_id = kc.comm_info()
seen["comm_info"] = shell_reply(comm_info_id)["content"]

# stdin: Console.ReadLine asks the front end.
msg_id = kc.execute('var name = Console.ReadLine();\nname + "!"', allow_stdin=True)
request = kc.get_stdin_msg(timeout=60)
seen["input_request"] = request["content"]
kc.input("Ann")
seen["stdin"] = {"outputs": collect(msg_id), "reply": shell_reply(msg_id)["content"]}


def interrupt_during(code, wait_before=1.0):
    msg_id = kc.execute(code)
    time.sleep(wait_before)
    started = time.time()
    msg = kc.session.msg("interrupt_request", {})
    kc.control_channel.send(msg)
    control_reply = control_msg()
    outputs = collect(msg_id)
    reply = shell_reply(msg_id)
    return {"reply": reply["content"], "outputs": outputs, "control": control_reply["content"], "seconds": time.time() - started}


# A cell that honours the CancellationToken global stops at once; one that ignores it is abandoned after 5 s.
seen["interrupt_cooperative"] = interrupt_during("await Task.Delay(60000, CancellationToken);")
seen["after_interrupt"] = run("x + 2")
seen["interrupt_stubborn"] = interrupt_during("System.Threading.Thread.Sleep(9000);")
seen["after_stubborn"] = run("x + 3")

# Wrongly signed and unsigned messages are refused: the code never runs, no reply comes.
bad = Session(key=b"not-the-key")
bad_msg = bad.msg("execute_request", {"code": "var hacked = 1;", "silent": False, "store_history": True, "user_expressions": {}, "allow_stdin": False, "stop_on_error": True})
bad.send(kc.shell_channel.socket, bad_msg)
unsigned = Session(key=b"")
unsigned_msg = unsigned.msg("execute_request", {"code": "var hacked2 = 1;", "silent": False, "store_history": True, "user_expressions": {}, "allow_stdin": False, "stop_on_error": True})
unsigned.send(kc.shell_channel.socket, unsigned_msg)
replies = []
deadline = time.time() + 3
while time.time() < deadline:
    try:
        replies.append(kc.get_shell_msg(timeout=0.5)["parent_header"].get("msg_id"))
    except Empty:
        pass
seen["bad_signature_replies"] = [r for r in replies if r in (bad_msg["header"]["msg_id"], unsigned_msg["header"]["msg_id"])]
seen["after_bad_signature"] = run("hacked + hacked2")

seen["user_expressions"] = run("var w = 5;", user_expressions={"twice": "w * 2", "broken": "nope"})["reply"]
seen["silent"] = run("x", silent=True)

# stop_on_error: a failing cell aborts the ones queued behind it.
first = kc.execute('throw new Exception("stop");')
second = kc.execute("x")
r1 = shell_reply(first)
r2 = shell_reply(second)
seen["stop_on_error"] = [r1["content"]["status"], r2["content"]["status"]]

shutdown = kc.shutdown()
try:
    seen["shutdown"] = control_msg()["content"]
except Empty:
    seen["shutdown"] = None
kc.stop_channels()
print(json.dumps(seen))

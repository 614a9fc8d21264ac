"""Executes a notebook with nbclient, the papermill way: a cell tagged "injected-parameters" that redeclares the given
variables is inserted right after the cell tagged "parameters". Writes the executed notebook.

usage: nbclient_parameters.py NOTEBOOK OUTPUT NAME=VALUE...
"""
import json
import os
import sys

import nbformat
from nbclient import NotebookClient

source, target, *pairs = sys.argv[1:]
nb = nbformat.read(source, as_version=4)
index = next(i for i, c in enumerate(nb.cells) if "parameters" in c.get("metadata", {}).get("tags", []))
lines = ["// Parameters"]
for pair in pairs:
    name, value = pair.split("=", 1)
    lines.append("var %s = %s;" % (name, json.dumps(value)))  # a JSON string is a valid C# string literal here
cell = nbformat.v4.new_code_cell("\n".join(lines))
cell.metadata["tags"] = ["injected-parameters"]
nb.cells.insert(index + 1, cell)
client = NotebookClient(nb, kernel_name="personas", timeout=600, resources={"metadata": {"path": os.path.dirname(os.path.abspath(source))}})
client.execute()
nbformat.write(nb, target)

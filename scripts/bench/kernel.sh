#!/usr/bin/env bash
# Kernel start-up and trivial-cell latency (issue 17's targets: start-up under 5 s, a trivial cell under 200 ms after
# warm-up), measured with Jupyter's own client: builds the personas tool in Release, installs its kernelspec into a
# temporary prefix, and runs kernel_latency.py against it. Needs python3-jupyter-client (Debian).
#   scripts/bench/kernel.sh [STARTS] [CELLS]
set -euo pipefail
cd "$(dirname "$0")/../.."
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
dotnet build src/Personas.Cli -c Release -o "$out/tool" -v quiet -nologo >/dev/null
"$out/tool/Personas.Cli" kernel install --prefix "$out/prefix" >/dev/null
JUPYTER_PATH="$out/prefix/share/jupyter" JUPYTER_RUNTIME_DIR="$out/runtime" \
  /usr/bin/python3 scripts/bench/kernel_latency.py personas "${1:-5}" "${2:-100}"

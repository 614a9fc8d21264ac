#!/usr/bin/env bash
# The data-platform benchmark of docs/scale.md (issue 19), one command:
#   scripts/bench/scale.sh [ROWS] [SAMPLE] [DIR]      (defaults 50000000 1000000 /var/tmp/personas-scale)
# 1. a planted-cluster Parquet file of ROWS customers x 20 numeric columns (DuckDB; kept for reruns),
# 2. personas learned from a SAMPLE-row sample drawn by DuckDB inside `personas build --sql` (all defaults, --k auto),
# 3. `personas sql --dialect duckdb` and the query run over all ROWS customers in embedded DuckDB, as a warehouse would,
#    with the adjusted Rand index against the planted clusters.
# 4. with WITH_SAMPLE=1: `personas build --customers FILE.parquet --sample SAMPLE` (the draw, the build and the
#    assignment of every row in this process, streaming; assignments.csv of all ROWS customers).
# Every step runs under /usr/bin/time -v (wall, CPU, peak RSS). Use a disk folder, not tmpfs.
set -euo pipefail
rows=${1:-50000000}; sample=${2:-1000000}; dir=${3:-/var/tmp/personas-scale}
root=$(cd "$(dirname "$0")/../.." && pwd)
mkdir -p "$dir"
dotnet build "$root/src/Personas.Cli" -c Release -o "$dir/cli" -v quiet >/dev/null
dotnet build "$root/tests/Personas.Benchmarks" -c Release -o "$dir/bench" -v quiet >/dev/null
timed() { # label, command...
  local label=$1; shift
  /usr/bin/time -v "$@" 2>"$dir/$label.time" | sed "s/^/  /"
  awk -v l="$label" -F': ' '/Elapsed \(wall/ {w=$2} /User time/ {u=$2} /System time/ {s=$2} /Maximum resident/ {m=$2}
    END {printf "%s: %s wall, %.1f s CPU, peak %.0f MiB\n", l, w, u+s, m/1024}' "$dir/$label.time"
}
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
parquet="$dir/customers-$rows.parquet"
[ -f "$parquet" ] || timed generate dotnet "$dir/bench/Personas.Benchmarks.dll" scale-generate --rows "$rows" --out "$parquet"
columns=$(seq -f 'x%02g' 1 20 | paste -sd, -)
timed build dotnet "$dir/cli/Personas.Cli.dll" build \
  --sql "SELECT id, $columns FROM read_parquet('$parquet') USING SAMPLE reservoir($sample ROWS) REPEATABLE (19)" \
  --id id --out "$dir/out"
timed sql dotnet "$dir/cli/Personas.Cli.dll" sql --model "$dir/out/model.persona.json" --dialect duckdb --table customers --id id --out "$dir/assign.sql"
timed assign dotnet "$dir/bench/Personas.Benchmarks.dll" scale-assign --parquet "$parquet" --sql "$dir/assign.sql"
python3 -c "import json,sys; p=json.load(open(sys.argv[1])); print('sample build: k =', p['k'], '; sizes', [x['size'] for x in p['personas']])" "$dir/out/personas.json"
if [ "${WITH_SAMPLE:-0}" = 1 ]; then
  timed build-sample dotnet "$dir/cli/Personas.Cli.dll" build --customers "$parquet" --sample "$sample" --id id --exclude planted --out "$dir/out-sample"
  python3 -c "import json,sys; p=json.load(open(sys.argv[1])); a=p['sample']['allRows']; print('--sample build: k =', p['k'], '; assigned', a['assigned'], '; sizes over all rows', [x['size'] for x in a['personas']])" "$dir/out-sample/personas.json"
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

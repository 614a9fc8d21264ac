#!/usr/bin/env bash
# Same outputs before and after a speed change: runs `personas build` with defaults on the sample data (with events)
# and on the real datasets in ../shared/datasets with two builds of the tool, and compares every output file byte for
# byte, except the creation time stamps (personas.json/model.persona.json "createdAt", the model checksum that covers
# it, and the date lines of cards.md and report.html).
# Usage: scripts/bench/same_outputs.sh OLD_PERSONAS_EXE NEW_PERSONAS_EXE [WORK_DIR]
#   e.g. OLD = a copy of src/Personas.Cli/bin/Release/net10.0 built from main, NEW = this branch's Release build.
# Exit code 0 when every output is identical.
set -euo pipefail
old=$1
new=$2
work=${3:-$(mktemp -d)}
mkdir -p "$work"
repo=$(cd "$(dirname "$0")/../.." && pwd)
data=$repo/../shared/datasets
[ -d "$data" ] || data=/work/shared/datasets

runs=("sample|--customers $repo/data-samples/customers.csv --events $repo/data-samples/touchpoints.csv")
if [ -d "$data" ]; then
  runs+=("mall|--customers $data/mall-customers/Mall_Customers.csv")
  runs+=("telco|--customers $data/telco-customer-churn/Telco-Customer-Churn.csv")
  runs+=("bank|--customers $data/bank-marketing/bank-full.csv")
  runs+=("shoppers|--customers $data/online-shoppers-intention/online_shoppers_intention.csv")
  runs+=("personality|--customers $data/customer-personality-analysis/marketing_campaign.csv")
  runs+=("retail|--transactions $data/online-retail/online_retail.csv --customer-column CustomerID --date-column InvoiceDate --quantity-column Quantity --price-column UnitPrice")
fi

status=0
for run in "${runs[@]}"; do
  name=${run%%|*}
  args=${run#*|}
  for side in old new; do
    exe=$old; [ $side = new ] && exe=$new
    # shellcheck disable=SC2086
    "$exe" build $args --out "$work/$side/$name" > "$work/$side-$name.log" 2>&1 || { echo "$name: $side build failed (see $work/$side-$name.log)"; status=1; continue 2; }
  done
  for f in "$work/old/$name"/*; do
    b=$(basename "$f")
    if ! diff -q <(grep -v -E '"createdAt"|"checksum": "sha256|Created:\*\* [0-9]{4}-|<dt>Created</dt>|Generated [0-9]{4}-|[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}' "$f") \
                 <(grep -v -E '"createdAt"|"checksum": "sha256|Created:\*\* [0-9]{4}-|<dt>Created</dt>|Generated [0-9]{4}-|[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}' "$work/new/$name/$b") > /dev/null; then
      echo "$name/$b: DIFFERENT"
      status=1
    else
      echo "$name/$b: identical"
    fi
  done
done
exit $status

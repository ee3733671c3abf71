#!/usr/bin/env bash
# Speed of `clearslate forms`: one person's package (official forms from
# ../shared/forms, filled and drawn by qpdf, plus generated papers), and
# bulk motions with 10,000 exhibit rows. Writes the figures to
# target/bench-forms.txt and prints them.
#
#   bash benches/forms.sh            # RUNS=15 ROWS=10000 by default
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${RUNS:-15}"
ROWS="${ROWS:-10000}"
FORMS="${FORMS:-../shared/forms}"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}"
cargo build --release -q --bin clearslate
BIN="$CARGO_TARGET_DIR/release/clearslate"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

ms() { echo $(( $(date +%s%N) / 1000000 )); }

# One person: a misdemeanor with probation completed (CR-180 + CR-181).
"$BIN" check --as-of 2026-11-23 --format json \
  ../shared/fixtures/scenarios/001-misdemeanor-probation-completed.txt > "$WORK/report.json"
cat > "$WORK/person.toml" <<'TOML'
name = "JORDAN AVERY REYES"
address = "1200 Fulton St, Apt 4"
city = "Fresno"
state = "CA"
zip = "93721"
phone = "559-555-0100"
TOML
times=()
for i in $(seq "$RUNS"); do
  rm -rf "$WORK/pkg"
  t0=$(ms)
  "$BIN" forms --report "$WORK/report.json" --person "$WORK/person.toml" \
    --out "$WORK/pkg" --forms-dir "$FORMS" 2>/dev/null
  t1=$(ms)
  times+=($((t1 - t0)))
done
pages=$(python3 -c "import json;m=json.load(open('$WORK/pkg/manifest.json'));print(sum(d['pages'] for d in m['documents']))")
court=$(python3 -c "import json;m=json.load(open('$WORK/pkg/manifest.json'));print(sum(d['pages'] for d in m['documents'] if d['form'] in ('CR-180','CR-181')))")
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')

# Bulk motions: ROWS eligible convictions in one county.
mkdir -p "$WORK/run"
python3 - "$WORK/run" "$ROWS" <<'PY'
import sys
run, rows = sys.argv[1], int(sys.argv[2])
with open(f"{run}/convictions.csv", "w") as f:
    f.write("subject_id,input,line,count,county,case_number,conviction_date,section,level,remedy,outcome,action,eligible_on,policy_rule,reason,other_remedies\n")
    for i in range(rows):
        f.write(f"{10000000+i},x.csv,{i+2},e1.c1,LOS ANGELES,{20000000+i},2012-0{1+i%9}-1{i%9},HS 11359,felony,hs-11361.8,eligible,dismiss,,dismiss_section,policy,\n")
open(f"{run}/summary.json", "w").write('{"as_of": "2026-11-23"}')
PY
t0=$(ms)
"$BIN" forms --bulk "$WORK/run" --out "$WORK/motions" 2>/dev/null
t1=$(ms)
motion_pages=$(python3 -c "import json;m=json.load(open('$WORK/motions/manifest.json'));print(sum(d['pages'] for d in m['documents']))")

{
  echo "package: median ${median} ms over ${RUNS} runs; ${pages} pages in all (${court} of official CR-180/CR-181), target < 300 ms for 5 pages"
  echo "bulk motions: ${ROWS} exhibit rows, ${motion_pages} pages, $((t1 - t0)) ms, target < 10000 ms"
} | tee "$CARGO_TARGET_DIR/bench-forms.txt"

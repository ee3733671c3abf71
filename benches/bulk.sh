#!/usr/bin/env bash
# Throughput and memory of `clearslate bulk` on a generated research file.
#
#   benches/bulk.sh                 # 1,000,000 rows (~800 bytes a row)
#   ROWS=10000000 benches/bulk.sh   # ten times more: peak memory must not grow
#
# Prints rows/s end to end on two threads, the peak resident memory, and the
# time of a plain pass that only splits the same file into CSV fields.
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${ROWS:-1000000}
# WORK=DIR keeps the extract and the last run's outputs there; by default
# a temporary folder, removed at the end.
if [ -z "${WORK:-}" ]; then
  WORK=$(mktemp -d)
  trap 'rm -rf "$WORK"' EXIT
fi
mkdir -p "$WORK"
cargo build --release -q -p clearslate
cargo build --release -q -p clearslate-doj --example split
BIN=${CARGO_TARGET_DIR:-target}/release/clearslate
SPLIT=${CARGO_TARGET_DIR:-target}/release/examples/split
# The generator writes about 7.7 rows a person.
PEOPLE=$(( ROWS * 10 / 77 ))
"$BIN" gen doj --people "$PEOPLE" --seed 7 --malformed-every 20000 > "$WORK/extract.csv"
LINES=$(( $(wc -l < "$WORK/extract.csv") - 1 ))
echo "input: $LINES rows, $(du -h "$WORK/extract.csv" | cut -f1)"
# Let the generated file reach the disk first: its writeback would
# otherwise share the two cores with the timed runs.
sync
# This machine's timings vary from run to run: each pass runs RUNS times
# and the best and the median are printed.
RUNS=${RUNS:-3}
: > "$WORK/split-times"
: > "$WORK/times"
for _ in $(seq "$RUNS"); do
  /usr/bin/time -f "%e" -a -o "$WORK/split-times" "$SPLIT" "$WORK/extract.csv" > /dev/null
  rm -rf "$WORK/out"
  /usr/bin/time -f "%e %M" -a -o "$WORK/times" \
    "$BIN" bulk --input "$WORK/extract.csv" --out "$WORK/out" --as-of 2026-11-23 --threads 2
done
stats() { sort -n | awk '{ v[NR] = $1 } END { printf "%s %s\n", v[1], v[int((NR + 1) / 2)] }'; }
read -r SPLIT_BEST SPLIT_MED < <(stats < "$WORK/split-times")
read -r BEST MED < <(stats < "$WORK/times")
KB=$(awk '$2 > m { m = $2 } END { print m }' "$WORK/times")
awk -v l="$LINES" -v b="$BEST" -v m="$MED" -v kb="$KB" -v sb="$SPLIT_BEST" -v sm="$SPLIT_MED" -v n="$RUNS" 'BEGIN {
  printf "bulk, best of %d: %d rows in %.2f s: %.0f rows/s (median %.2f s: %.0f rows/s; target: at least 500000)\n", n, l, b, l / b, m, l / m
  printf "peak memory: %.0f MB (target: under 500 MB, the same for 10x the rows)\n", kb / 1024
  printf "plain split, best: %.2f s (median %.2f s); bulk takes %.1fx as long, best to best (target: within 4x)\n", sb, sm, b / sb
}'

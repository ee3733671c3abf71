#!/usr/bin/env bash
# Load on `clearslate serve` (release build, embedded SQLite, its own
# folder): wrk with 100 connections on the home page, a screener step, a
# saved results page (each read is audited: one SQLite write per request)
# and fresh results (an ~8 KB sheet uploaded by every request), then
# upload-to-results of the sheet timed alone with curl. Targets: the
# pages (home, screener, a results page) p99 under 50 ms at 100
# connections; upload-to-results under 100 ms (alone, and p99 with 100
# uploads at once: every one reads, judges and renders a whole sheet). Writes
# target/bench-web.txt and prints it. Needs wrk (Debian package `wrk`).
#
#   bash benches/web.sh              # SECONDS_EACH=10 by default
#   BIN=target/release/clearslate bash benches/web.sh   # no build first
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH="${SECONDS_EACH:-10}"
command -v wrk >/dev/null || { echo "install wrk (apt-get install wrk)" >&2; exit 1; }
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}"
# BIN=path/to/clearslate measures a binary already built.
if [ -z "${BIN:-}" ]; then
  cargo build --release -q --bin clearslate
  BIN="$CARGO_TARGET_DIR/release/clearslate"
fi
WORK="$(mktemp -d)"
PORT="${PORT:-18080}"
BASE="http://127.0.0.1:$PORT"
# wrk's 100 connections all come from one address: per-address limits off
# (they answer 429 in microseconds and would hide the pages' real cost).
(cd "$WORK" && CLEARSLATE_RATE_LIMITS=off exec "$BIN" serve --addr "127.0.0.1:$PORT" 2>/dev/null) &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; rm -rf "$WORK"' EXIT
for _ in $(seq 100); do curl -fs "$BASE/healthz" >/dev/null && break; sleep 0.1; done

# A synthetic sheet of about 8 KB (generated records: never real people):
# one generated sheet's header and cycles, then more generated cycles, as
# one person's record (the parse bench builds its 8 KB sheet the same way).
"$BIN" gen rapsheet --seed 0 | grep -v "END OF MESSAGE" > "$WORK/sheet.txt"
seed=1
while [ "$(wc -c < "$WORK/sheet.txt")" -lt 7800 ]; do
  "$BIN" gen rapsheet --seed "$seed" |
    awk '/^\* \* \* \*/ { on = 1 } /END OF MESSAGE/ { on = 0 } on' >> "$WORK/sheet.txt"
  seed=$((seed + 1))
done
echo "* * * END OF MESSAGE * * *" >> "$WORK/sheet.txt"
bytes=$(wc -c < "$WORK/sheet.txt")

token() { curl -fs -c "$WORK/jar" "$BASE/check" | sed -n 's/.*name="csrf" value="\([0-9a-f]*\)".*/\1/p'; }

# Upload to results.
times=()
for _ in $(seq 8); do
  t=$(token)
  s=$(curl -fs -b "$WORK/jar" -o /dev/null -w '%{time_total}' \
        -F "csrf=$t" -F "sheet=@$WORK/sheet.txt" "$BASE/check")
  times+=("$(awk -v s="$s" 'BEGIN { printf "%.1f", s * 1000 }')")
done
upload_median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
upload_max=$(printf '%s\n' "${times[@]}" | sort -n | tail -1)

# A saved case, for the results page.
t=$(token)
link=$(curl -fs -b "$WORK/jar" -o /dev/null -w '%{redirect_url}' \
  -F "csrf=$t" -F "sheet=@$WORK/sheet.txt" -F save=yes "$BASE/check")

# Fresh results under load: the same upload posted by every connection
# (multipart, with the form token), so every request reads, parses,
# evaluates and renders a whole sheet; nothing is kept.
t=$(token)
boundary=clearslatebench
{
  printf -- '--%s\r\nContent-Disposition: form-data; name="csrf"\r\n\r\n%s\r\n' "$boundary" "$t"
  printf -- '--%s\r\nContent-Disposition: form-data; name="sheet"; filename="sheet.txt"\r\nContent-Type: text/plain\r\n\r\n' "$boundary"
  cat "$WORK/sheet.txt"
  printf -- '\r\n--%s--\r\n' "$boundary"
} > "$WORK/upload.body"
cat > "$WORK/upload.lua" <<LUA
local f = io.open("$WORK/upload.body", "rb")
wrk.body = f:read("*a")
f:close()
wrk.method = "POST"
wrk.headers["Content-Type"] = "multipart/form-data; boundary=$boundary"
wrk.headers["Cookie"] = "csrf=$t"
LUA

p99() {
  wrk -t2 -c100 -d"${SECONDS_EACH}s" --latency ${2:+-s "$2"} "$1" |
    awk '/^ +99%/ {p=$2} /Requests\/sec/ {rps=$2} /Non-2xx/ {bad=$5} END {print p, rps, bad+0}'
}
read -r home_p99 home_rps home_bad < <(p99 "$BASE/")
read -r screener_p99 screener_rps screener_bad < <(p99 "$BASE/screener?convicted=yes&level=misdemeanor")
read -r results_p99 results_rps results_bad < <(p99 "$link")
read -r fresh_p99 fresh_rps fresh_bad < <(p99 "$BASE/check" "$WORK/upload.lua")

mkdir -p "$CARGO_TARGET_DIR"
{
  echo "clearslate serve under load ($(date -u +%Y-%m-%d), $(nproc) cores, wrk -t2 -c100 -d${SECONDS_EACH}s)"
  echo "home page:        p99 $home_p99, $home_rps requests/s, $home_bad not 2xx/3xx (target p99 < 50 ms)"
  echo "screener step:    p99 $screener_p99, $screener_rps requests/s, $screener_bad not 2xx/3xx (target p99 < 50 ms)"
  echo "saved results:    p99 $results_p99, $results_rps requests/s, $results_bad not 2xx/3xx (target p99 < 50 ms; each read audited; one case, kept in memory after the first)"
  echo "fresh results:    p99 $fresh_p99, $fresh_rps requests/s, $fresh_bad not 2xx/3xx (upload to results, 100 at once, target < 100 ms; a ${bytes}-byte sheet uploaded by every request)"
  echo "upload to results (${bytes}-byte sheet, 8 runs, alone): median ${upload_median} ms, slowest ${upload_max} ms (target < 100 ms)"
} | tee "$CARGO_TARGET_DIR/bench-web.txt"

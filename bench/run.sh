#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 VastQt contributors
# SPDX-License-Identifier: BSD-3-Clause
#
# bench/run.sh BUILD_DIR
#
# Runs vastqt-bench and the vast-client-js scripts of bench/js/ on the same input and prints
# their JSON lines and the ratios (VastQt rate / vast-client-js rate):
#   parse:    the IAB samples of VAST 2.0+ from ../shared/corpus/iab (VAST 1.0 files, root
#             <VideoAdServingTemplate>, are skipped: VastQt refuses them by design)
#   sessions: resources/demo/inline.xml with {{BASE}} = http://127.0.0.1:1 (nothing is sent)
# The first two VastQt lines and the two vast-client-js lines are the comparison (sessions one
# after another, clock at speed 0); two extra VastQt lines show the same sessions with a manual
# clock (--manual) and 8 at a time (--concurrency 8).
# Each side's round count is calibrated so that one measurement takes more than 1 s; each
# measurement is repeated VASTQT_BENCH_REPEATS times (default 3) and the fastest run is kept,
# since the machine may be shared. Without node/npm only the C++ side runs.
# batch:    `vastqt-bench batch` and bench/js/batch.mjs side by side: VASTQT_BENCH_BATCH_SESSIONS
#           (default 10000) sessions of the demo 3-hop chain at each of VASTQT_BENCH_BATCH_JOBS
#           (default "1 100 1000") sessions at once, every hop and beacon over loopback to one
#           `vastqt-bench serve` process; one run each (no calibration). VASTQT_BENCH_BATCH=0 skips it.
# Called by `./build.sh bench`; never part of ctest.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
build="${1:-$root/build}"
bench="$build/bench/vastqt-bench"
corpus="${VASTQT_CORPUS_DIR:-$root/../shared/corpus}/iab"
repeats="${VASTQT_BENCH_REPEATS:-3}"
target_ms="${VASTQT_BENCH_TARGET_MS:-2000}" # calibrate each measurement to about this long

if [ ! -x "$bench" ]; then
  echo "run.sh: $bench not found; build it first (cmake --build $build --target vastqt-bench)" >&2
  exit 1
fi
if [ ! -d "$corpus" ]; then
  echo "run.sh: IAB corpus not found at $corpus (set VASTQT_CORPUS_DIR)" >&2
  exit 1
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# --- inputs ---------------------------------------------------------------------------------
files=()
skipped=0
while IFS= read -r -d '' f; do
  if grep -q '<VideoAdServingTemplate' "$f"; then
    skipped=$((skipped + 1))
  else
    files+=("$f")
  fi
done < <(find "$corpus" -type f -name '*.xml' -print0 | LC_ALL=C sort -z)
if [ ${#files[@]} -eq 0 ]; then
  echo "run.sh: no VAST 2.0+ sample under $corpus" >&2
  exit 1
fi
inline="$tmp/inline.xml"
sed 's#{{BASE}}#http://127.0.0.1:1#g' "$root/resources/demo/inline.xml" > "$inline"

echo "== inputs: ${#files[@]} IAB samples of VAST 2.0+ ($skipped VAST 1.0 files skipped) from $corpus"
echo "== sessions: resources/demo/inline.xml, {{BASE}} = http://127.0.0.1:1"

# --- JavaScript side available? -------------------------------------------------------------
js=1
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "== node/npm not found: running the C++ side only (install nodejs and npm for the comparison)"
  js=0
elif [ ! -d "$here/js/node_modules/@dailymotion/vast-client" ] || [ ! -d "$here/js/node_modules/@xmldom/xmldom" ]; then
  echo "== installing bench/js dependencies (npm ci)"
  if ! (cd "$here/js" && npm ci --no-audit --no-fund --loglevel=error >&2); then
    echo "== npm ci failed: running the C++ side only"
    js=0
  fi
fi

# --- helpers --------------------------------------------------------------------------------
field() { # field NAME JSONLINE -> the number after "NAME":
  sed -n "s/.*\"$1\":\([0-9.eE+-]*\).*/\1/p" <<<"$2"
}

# measure COUNT_START RATE_FIELD CMD... ; the literal word @N in CMD is replaced by the count.
# Calibrates the count until one run takes >= 2/3 of target_ms (so that repeats, which may
# run faster, still take over 1 s), then keeps the fastest of $repeats runs that took >= 1 s.
# Prints the chosen JSON line.
measure() {
  local n="$1" ratefield="$2"
  shift 2
  local line ms
  while :; do
    line="$(run_with "$n" "$@")" || return 1
    ms="$(field ms "$line")"
    if awk -v ms="$ms" -v t="$target_ms" 'BEGIN { exit !(ms >= 1000 && ms >= t * 2 / 3) }'; then
      break
    fi
    n="$(awk -v n="$n" -v ms="$ms" -v t="$target_ms" 'BEGIN {
      f = (ms > 0) ? t / ms : 10; if (f < 2) f = 2; if (f > 100) f = 100; printf "%d", n * f + 1 }')"
  done
  local best="$line" r
  for ((r = 1; r < repeats; ++r)); do
    line="$(run_with "$n" "$@")" || return 1
    if awk -v a="$(field "$ratefield" "$line")" -v b="$(field "$ratefield" "$best")" -v ms="$(field ms "$line")" \
      'BEGIN { exit !(a > b && ms >= 1000) }'; then
      best="$line"
    fi
  done
  echo "$best"
}

run_with() {
  local n="$1"
  shift
  local args=() a
  for a in "$@"; do
    if [ "$a" = "@N" ]; then args+=("$n"); else args+=("$a"); fi
  done
  "${args[@]}"
}

ratio() { # ratio A B -> A / B with 2 decimals
  awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'
}

# --- run --------------------------------------------------------------------------------------
echo "== measuring (each run calibrated to > 1 s, best of $repeats)"
qt_parse="$(measure 10 docsPerSec "$bench" parse @N "${files[@]}")"
qt_sessions="$(measure 200 sessionsPerSec "$bench" sessions @N "$inline")"
qt_manual="$(measure 200 sessionsPerSec "$bench" sessions @N "$inline" --manual)"
qt_conc="$(measure 200 sessionsPerSec "$bench" sessions @N "$inline" --concurrency 8)"
if [ $js -eq 1 ]; then
  js_parse="$(measure 5 docsPerSec node "$here/js/parse.mjs" @N "${files[@]}")"
  js_sessions="$(measure 200 sessionsPerSec node "$here/js/sessions.mjs" @N "$inline")"
fi

echo
echo "$qt_parse"
[ $js -eq 1 ] && echo "$js_parse"
echo "$qt_sessions"
[ $js -eq 1 ] && echo "$js_sessions"
echo "$qt_manual"
echo "$qt_conc"
echo
if [ $js -eq 1 ]; then
  echo "ratios, VastQt / vast-client-js     wall time   CPU time   bar"
  printf '  parse    (docs/s)                 %8s   %8s   >= 4\n' \
    "$(ratio "$(field docsPerSec "$qt_parse")" "$(field docsPerSec "$js_parse")")" \
    "$(ratio "$(field docsPerCpuSec "$qt_parse")" "$(field docsPerCpuSec "$js_parse")")"
  printf '  sessions (sessions/s)             %8s   %8s   >= 10\n' \
    "$(ratio "$(field sessionsPerSec "$qt_sessions")" "$(field sessionsPerSec "$js_sessions")")" \
    "$(ratio "$(field sessionsPerCpuSec "$qt_sessions")" "$(field sessionsPerCpuSec "$js_sessions")")"
  printf '  sessions, --manual clock (extra)  %8s   %8s\n' \
    "$(ratio "$(field sessionsPerSec "$qt_manual")" "$(field sessionsPerSec "$js_sessions")")" \
    "$(ratio "$(field sessionsPerCpuSec "$qt_manual")" "$(field sessionsPerCpuSec "$js_sessions")")"
  printf '  sessions, 8 at a time (extra)     %8s   %8s\n' \
    "$(ratio "$(field sessionsPerSec "$qt_conc")" "$(field sessionsPerSec "$js_sessions")")" \
    "$(ratio "$(field sessionsPerCpuSec "$qt_conc")" "$(field sessionsPerCpuSec "$js_sessions")")"
  echo "(wall time is the measure; CPU time, all threads of each process, is shown because a shared"
  echo " machine stretches wall time. Node's CPU time includes its GC and JIT threads.)"
else
  echo "no ratios: the vast-client-js side did not run"
fi

# --- batch over loopback ----------------------------------------------------------------------
if [ "${VASTQT_BENCH_BATCH:-1}" != 0 ] && "$bench" 2>&1 | grep -q 'vastqt-bench batch'; then
  batch_n="${VASTQT_BENCH_BATCH_SESSIONS:-10000}"
  batch_jobs="${VASTQT_BENCH_BATCH_JOBS:-1 100 1000}"
  mkfifo "$tmp/hold"
  "$bench" serve <"$tmp/hold" >"$tmp/server.url" &
  server_pid=$!
  exec 3>"$tmp/hold" # the server runs until this closes
  for _ in $(seq 50); do [ -s "$tmp/server.url" ] && break; sleep 0.1; done
  url="$(head -1 "$tmp/server.url")"
  echo
  echo "== batch: $batch_n sessions of the demo 3-hop chain over loopback ($url), jobs: $batch_jobs"
  for jobs in $batch_jobs; do
    qt_batch="$("$bench" batch "$batch_n" "$jobs" --server "$url")" || true
    echo "$qt_batch"
    if [ $js -eq 1 ]; then
      js_batch="$(node "$here/js/batch.mjs" "$batch_n" "$jobs" "$url")" || true
      echo "$js_batch"
      printf '  jobs %-5s sessions/s ratio %s, beacons/s ratio %s, KiB per session %s vs %s\n' "$jobs" \
        "$(ratio "$(field sessionsPerSec "$qt_batch")" "$(field sessionsPerSec "$js_batch")")" \
        "$(ratio "$(field beaconsPerSec "$qt_batch")" "$(field beaconsPerSec "$js_batch")")" \
        "$(field kibPerSession "$qt_batch")" "$(field kibPerSession "$js_batch")"
    fi
  done
  exec 3>&-
  wait "$server_pid" || true
fi

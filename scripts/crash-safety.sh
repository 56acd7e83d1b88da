#!/usr/bin/env bash
# Crash safety figure: N residents, one resident notice due now, the real app in local mode killed with SIGKILL
# several times during fan-out and delivery (when the sandbox send log passes evenly spread fractions of N),
# restarted each time, then left to finish. At each kill it records the send-log lines so far and the rows in flight
# (status Claimed: handed to the send step, outcome not recorded); afterwards each duplicate send is laid at the kill
# it straddles. Prints a table per kill (sends at kill, in flight, duplicates caused) and the totals: recipients,
# delivered, lost, duplicates. Target: 0 lost, each kill's duplicates <= its rows in flight, no duplicate that
# straddles no kill. Exit status 0 when the target is met.
# Usage: scripts/crash-safety.sh [--recipients 100000] [--kills 3]
# Uses its own in-memory Azurite on spare ports (never the shared one on 10000-10002) and a scratch folder.
# NOTIFY_AZURITE=path/to/azurite uses that Azurite instead of the pinned npm one (no npm install then).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/azurite.sh"

recipients=100000
kills=3
while [ $# -gt 0 ]; do
  case "$1" in
    --recipients) recipients="$2"; shift 2 ;;
    --kills) kills="$2"; shift 2 ;;
    *) echo "usage: scripts/crash-safety.sh [--recipients N] [--kills K]" >&2; exit 2 ;;
  esac
done

cd "$NOTIFY_ROOT"
azurite_bin="${NOTIFY_AZURITE:-$NOTIFY_ROOT/node_modules/.bin/azurite}"
if [ -z "${NOTIFY_AZURITE:-}" ]; then ensure_npm_tools; fi
work="$NOTIFY_ROOT/.notify/crash-safety"
rm -rf "$work"
mkdir -p "$work"

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
base=12100
until port_free "$base" && port_free $((base + 1)) && port_free $((base + 2)) && port_free $((base + 80)); do
  base=$((base + 10))
done
app_port=$((base + 80))

app_pid=""
own_azurite_pid=""
cleanup() {
  if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; fi
  # Its data is throwaway, and a large in-memory Azurite can take long to honour SIGTERM.
  if [ -n "$own_azurite_pid" ]; then kill -KILL "$own_azurite_pid" 2>/dev/null || true; wait "$own_azurite_pid" 2>/dev/null || true; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

"$azurite_bin" --silent --skipApiVersionCheck --loose --disableTelemetry --inMemoryPersistence \
  --blobPort "$base" --queuePort $((base + 1)) --tablePort $((base + 2)) >"$work/azurite.log" 2>&1 &
own_azurite_pid=$!
for _ in $(seq 150); do
  port_free $((base + 2)) || break
  sleep 0.2
done
key="Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
export AzureWebJobsStorage="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$key;BlobEndpoint=http://127.0.0.1:$base/devstoreaccount1;QueueEndpoint=http://127.0.0.1:$((base + 1))/devstoreaccount1;TableEndpoint=http://127.0.0.1:$((base + 2))/devstoreaccount1;"
echo "crash: Azurite (in memory) on 127.0.0.1:$base-$((base + 2)), app on :$app_port, scratch in $work"

echo "crash: building (Release) ..."
dotnet build functions/Notify.LocalHost --configuration Release --nologo --verbosity quiet >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
dotnet build bench/Notify.Benchmarks --configuration Release --nologo --verbosity quiet >>"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
app_dll="$NOTIFY_ROOT/functions/Notify.LocalHost/bin/Release/net10.0/Notify.LocalHost.dll"
bench_dll="$NOTIFY_ROOT/bench/Notify.Benchmarks/bin/Release/net10.0/Notify.Benchmarks.dll"
harness() { dotnet "$bench_dll" crash "$@"; }

send_log="$work/sends.log"
export Notify__Channels__Sandbox__SendLog="$send_log"
export Notify__Channels__Sandbox__RecordInTable=false
# A killed process's queue messages come back when their lease ends; the default (10 minutes) would stall the drain.
export Notify__LocalHost__MessageLease=00:00:20
export Logging__LogLevel__Default=Warning

# The app runs on real time; resident sends would otherwise wait out the quiet hours (21:00-08:00 Shanghai).
export Notify__Schedule__QuietHours=none

start_app() {
  dotnet "$app_dll" serve --urls "http://127.0.0.1:$app_port" >>"$work/app.log" 2>&1 &
  app_pid=$!
  for _ in $(seq 300); do
    if curl -fsS "http://127.0.0.1:$app_port/api/health" >/dev/null 2>&1; then return 0; fi
    if ! kill -0 "$app_pid" 2>/dev/null; then echo "crash: the app exited at start; see $work/app.log" >&2; tail -20 "$work/app.log" >&2; exit 1; fi
    sleep 0.2
  done
  echo "crash: the app did not answer within 60 s; see $work/app.log" >&2
  exit 1
}

lines() { if [ -f "$send_log" ]; then wc -l <"$send_log"; else echo 0; fi; }

started=$(date +%s)
start_app
echo "crash: app started (pid $app_pid); seeding $recipients residents and the notice ..."
job=$(harness seed --recipients "$recipients" | tee "$work/seed.log" | tail -1)
echo "crash: fan-out job $job; the app's minute sweep starts it"

for ((k = 1; k <= kills; k++)); do
  if [ "$kills" -eq 1 ]; then pct=50; else pct=$((15 + (k - 1) * 60 / (kills - 1))); fi
  threshold=$((recipients * pct / 100))
  waited=0
  until [ "$(lines)" -ge "$threshold" ]; do
    sleep 0.05
    waited=$((waited + 1))
    if [ "$waited" -gt 12000 ]; then echo "crash: the send log did not reach $threshold lines within 10 minutes" >&2; exit 1; fi
  done
  kill -KILL "$app_pid"
  wait "$app_pid" 2>/dev/null || true
  app_pid=""
  at=$(lines)
  count=$(harness inflight --job "$job" --sends "$at" --out "$work/kill-$k.txt")
  echo "crash: kill $k at $at send-log lines (${pct}% target): $count rows in flight (Claimed)"
  start_app
  echo "crash: restarted (pid $app_pid)"
done

echo "crash: waiting for the job to finish ..."
for _ in $(seq 180); do
  state=$(harness progress --job "$job")
  if [[ "$state" == finished* ]]; then break; fi
  sleep 5
done
echo "crash: $state"
kill "$app_pid" 2>/dev/null || true
wait "$app_pid" 2>/dev/null || true
app_pid=""

echo "crash: elapsed $(( $(date +%s) - started )) s"
echo
harness verify --job "$job" --recipients "$recipients" --send-log "$send_log" --kills-dir "$work"

# Shared by run-local.sh and test.sh: install the pinned npm tools and make sure Azurite answers.
# Sourced, not executed.

NOTIFY_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
AZURITE_PID=""

ensure_npm_tools() {
  local stamp="$NOTIFY_ROOT/node_modules/.package-lock.json"
  if [ ! -f "$stamp" ] || [ "$NOTIFY_ROOT/package-lock.json" -nt "$stamp" ]; then
    echo "notify: installing pinned npm tools (Azurite) from package-lock.json ..."
    (cd "$NOTIFY_ROOT" && npm ci --no-audit --no-fund --loglevel=error) || {
      echo "notify: 'npm ci' failed; Node.js 20+ and npm are needed (apt-get install nodejs npm)." >&2
      return 1
    }
  fi
}

azurite_answers() {
  # All three ports accepting connections means the emulator is up (bash's /dev/tcp: no curl needed).
  local port
  for port in 10000 10001 10002; do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || return 1
  done
}

# start_azurite <data-folder|memory> <log-file>
start_azurite() {
  local location="$1" log="$2" args=(--silent --skipApiVersionCheck --loose --disableTelemetry)
  if azurite_answers; then
    echo "notify: using the Azurite already listening on 127.0.0.1:10000-10002"
    return 0
  fi
  if [ "$location" = "memory" ]; then
    args+=(--inMemoryPersistence)
  else
    mkdir -p "$location"
    args+=(--location "$location")
  fi
  "$NOTIFY_ROOT/node_modules/.bin/azurite" "${args[@]}" >"$log" 2>&1 &
  AZURITE_PID=$!
  local waited=0
  until azurite_answers; do
    if ! kill -0 "$AZURITE_PID" 2>/dev/null; then
      echo "notify: Azurite exited at start; its log ($log) says:" >&2
      cat "$log" >&2
      return 1
    fi
    sleep 0.2
    waited=$((waited + 1))
    if [ "$waited" -gt 150 ]; then
      echo "notify: Azurite did not answer on 127.0.0.1:10000-10002 within 30 s; see $log" >&2
      return 1
    fi
  done
  echo "notify: started Azurite (pid $AZURITE_PID), log in $log"
}

stop_azurite() {
  if [ -n "$AZURITE_PID" ]; then
    kill "$AZURITE_PID" 2>/dev/null || true
    wait "$AZURITE_PID" 2>/dev/null || true
    AZURITE_PID=""
  fi
}

# with_azurite <data-folder|memory> <log-file>: the common start of every script that needs storage.
# Installs the npm tools, starts Azurite unless one is listening, and stops it when the script exits.
with_azurite() {
  cd "$NOTIFY_ROOT"
  ensure_npm_tools
  mkdir -p .notify
  trap stop_azurite EXIT
  start_azurite "$1" "$2"
}

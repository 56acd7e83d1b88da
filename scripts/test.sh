#!/usr/bin/env bash
# Runs every Notify test: unit tests and integration tests against a real Azurite.
# Starts an in-memory Azurite when none is listening, and stops it afterwards.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/azurite.sh"
with_azurite memory .notify/azurite-test.log

results="$NOTIFY_ROOT/.notify/test-results"
rm -rf "$results"
set +e
dotnet test Notify.sln --configuration Release --logger "console;verbosity=minimal" \
  --logger "trx" --results-directory "$results" "$@" 2>&1 | tee .notify/test-output.log
status=${PIPESTATUS[0]}
set -e

# One closing line over all test projects: "N passed, N failed".
awk '
  /^(Passed|Failed)!/ { for (i = 1; i <= NF; i++) { if ($i == "Passed:") p += $(i+1); if ($i == "Failed:") f += $(i+1) } }
  END { printf "tests: %d passed, %d failed\n", p, f }' .notify/test-output.log
exit "$status"

#!/usr/bin/env bash
# Runs a Notify benchmark against a local Azurite (in-memory, started if none is listening).
# Usage: scripts/bench.sh storage [--messages N] [--entities N]
#        scripts/bench.sh import [--residents N]   (CSV import: checking pass and all-or-nothing import against a single-pass baseline)
#        scripts/bench.sh parse      (BenchmarkDotNet: extraction of the largest seed gazette, 1x/4x/16x)
#        scripts/bench.sh units      (BenchmarkDotNet: resolving one unit name of 1,000/4,000/16,000 characters)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/azurite.sh"
with_azurite memory .notify/azurite-bench.log
dotnet run --configuration Release --project bench/Notify.Benchmarks -- "$@"

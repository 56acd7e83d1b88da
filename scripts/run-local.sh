#!/usr/bin/env bash
# Runs Notify locally as a demo (the main job): Azurite (data kept in .azurite/), then `notify demo`, which gives
# every unit demo contacts, fills the registry with synthetic residents, ingests and parses the three samples,
# approves what can be approved (labelled demo mode), shows what is scheduled, and serves on
# http://127.0.0.1:7071 with sandbox channels. Re-running skips what is already there. Ctrl+C stops both.
# Arguments go to the demo: --residents N (default 30000), --seed N (default 7), --urls …
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/azurite.sh"

cat <<PLAN
notify: about to
  1. start Azurite on 127.0.0.1:10000-10002 (data kept in .azurite/, log in .notify/azurite.log), unless one is listening
  2. build the app (Release)
  3. run the demo: storage and templates, unit contacts, synthetic residents, the three samples in samples/,
     automatic approval (DEMO MODE, recorded as actor 'demo-mode'), a table of what is scheduled
  4. serve on http://127.0.0.1:7071 with sandbox channels (nothing leaves the machine), a summary line every 30 s
PLAN

with_azurite "$NOTIFY_ROOT/.azurite" .notify/azurite.log

echo "notify: building ..."
dotnet build functions/Notify.LocalHost --configuration Release --nologo --verbosity quiet

key_file=".notify/admin-api-key"
log_file=".notify/notify.log"
where() {
  cat <<WHERE
notify: where things are
  app:           http://127.0.0.1:7071 (health: curl http://127.0.0.1:7071/api/health)
  admin API key: $key_file (every role), e.g. curl -H "X-Api-Key: \$(cat $key_file)" http://127.0.0.1:7071/api/policies
  more keys:     scripts/notify keys create --name "…" --roles editor,approver
  sandbox sends: table SandboxMessages in Azurite (what would have been sent)
  logs:          $log_file (this run's output), .notify/azurite.log (Azurite)
  storage:       Azurite on 127.0.0.1:10000-10002, data in .azurite/ (delete it to start from nothing)
WHERE
}

set +e
dotnet functions/Notify.LocalHost/bin/Release/net10.0/Notify.LocalHost.dll demo --admin-key-file "$key_file" "$@" 2>&1 | tee -i "$log_file"
status=${PIPESTATUS[0]}
set -e
echo
where
exit "$status"
